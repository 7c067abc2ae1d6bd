"""tts-service settings (prefix `TTS_`)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import GeminiServiceSettings


class Settings(GeminiServiceSettings):
    """How tts-service runs: Gemini when a key is set, eSpeak NG otherwise."""

    model_config = SettingsConfigDict(env_prefix="TTS_", extra="ignore")

    port: int = 8002
    espeak_rate_wpm: int = 150
    gemini_model: str = Field(
        default="gemini-2.5-flash-preview-tts", description="Model used when a request names none."
    )
    gemini_voice: str = Field(
        default="Achernar", description="Prebuilt voice used when a request names none."
    )
    gemini_rpm: int = 10
    gemini_timeout_sec: float = 90.0
