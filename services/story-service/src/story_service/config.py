"""story-service settings (prefix `STORY_`)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import GeminiServiceSettings


class Settings(GeminiServiceSettings):
    """How story-service runs: Gemini when a key is set, the offline composer otherwise."""

    model_config = SettingsConfigDict(env_prefix="STORY_", extra="ignore")

    port: int = 8001
    composer_model: str = "moretale-composer"
    gemini_model: str = Field(
        default="gemini-3.8-flash", description="Model used when a request names none."
    )
    allowed_models: str = Field(
        default="gemini-3.8-flash,gemini-3.5-flash,gemini-3.5-flash-lite,gemini-3.1-flash-lite,"
        "gemini-2.5-flash-lite",
        description="Comma-separated models a request may ask for (the default always may).",
    )
    gemini_rpm: int = 30
    gemini_timeout_sec: float = Field(
        default=300.0,
        gt=0,
        description="Timeout of one story call: a thinking model's 10k-token answer takes "
        "minutes, and a timeout pays for the whole story again.",
    )
    gemini_attempts: int = Field(
        default=3, ge=1, le=10, description="Answers asked for before an invalid story fails."
    )
    stream_pages: bool = Field(
        default=True,
        description="Stream the story and publish each page as it is written "
        "(story.page.written); off: all pages after the whole story is written.",
    )
    cancel_check_sec: float = Field(
        default=0.25, gt=0, le=5, description="How often writing looks for a cancel or delete."
    )
    text_revisions_ttl_sec: float = Field(
        default=86400, gt=0, description="How long a story's text revision counter is kept."
    )
    image_style: str = Field(
        default="Soft watercolor children's picture-book illustration, warm pastel colors, "
        "gentle light, rounded friendly shapes",
        description="The illustration style every page prompt starts with.",
    )
