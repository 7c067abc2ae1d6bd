"""story-service settings (prefix `STORY_`)."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import ServiceSettings


class Settings(ServiceSettings):
    """How story-service runs."""

    model_config = SettingsConfigDict(env_prefix="STORY_", extra="ignore")

    port: int = 8001
    composer_model: str = "moretale-composer"
