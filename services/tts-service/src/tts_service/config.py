"""tts-service settings (prefix `TTS_`)."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import ServiceSettings


class Settings(ServiceSettings):
    """How tts-service runs."""

    model_config = SettingsConfigDict(env_prefix="TTS_", extra="ignore")

    port: int = 8002
    espeak_rate_wpm: int = 150
