"""illustration-service settings (prefix `ILLUSTRATION_`)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from moretale_contracts.api import AspectRatio
from moretale_kit.settings import GeminiServiceSettings


class Settings(GeminiServiceSettings):
    """How illustration-service runs: Gemini when a key is set, the procedural painter
    otherwise."""

    model_config = SettingsConfigDict(env_prefix="ILLUSTRATION_", extra="ignore")

    port: int = 8003
    cover_aspect_ratio: AspectRatio = "3:4"
    image_long_side: int = 1024
    plan_ttl_sec: float = Field(
        default=86400.0,
        gt=0,
        description="How long a book's cover and text wait for each other in the plans bucket.",
    )
    gemini_model: str = Field(
        default="gemini-2.5-flash-image", description="Model used when a request names none."
    )
    gemini_rpm: int = 10
