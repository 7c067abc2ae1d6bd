"""illustration-service settings (prefix `ILLUSTRATION_`)."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from moretale_contracts.api import AspectRatio
from moretale_kit.settings import ServiceSettings


class Settings(ServiceSettings):
    """How illustration-service runs."""

    model_config = SettingsConfigDict(env_prefix="ILLUSTRATION_", extra="ignore")

    port: int = 8003
    cover_aspect_ratio: AspectRatio = "3:4"
    image_long_side: int = 1024
