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
        default="gemini-3.8-flash-tts", description="Model used when a request names none."
    )
    allowed_models: str = Field(
        default="gemini-3.8-flash-tts,gemini-3.8-flash-lite-tts,gemini-3.1-flash-tts-preview",
        description="Comma-separated models a request may ask for (the default always may).",
    )
    narration_style: str = Field(
        default="Read aloud to a young child at bedtime: warm, gentle and unhurried, with a "
        "smile in the voice, a short pause between sentences.",
        description="How the page is read: `speech_metadata.style` for Gemini 3.8 TTS, an "
        "instruction before the text for older speech models.",
    )
    gemini_voice: str = Field(
        default="Achernar", description="Prebuilt voice used when a request names none."
    )
    gemini_rpm: int = 10
    gemini_timeout_sec: float = 90.0
