"""illustration-service settings (prefix `ILLUSTRATION_`)."""

from __future__ import annotations

from typing import Literal

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
        default="gemini-3.1-flash-image", description="Model used when a request names none."
    )
    allowed_models: str = Field(
        default="gemini-3.1-flash-image,gemini-3-pro-image",
        description="Comma-separated models a request may ask for (the default always may).",
    )
    gemini_api_version: Literal["v1", "v1beta"] = Field(
        default="v1beta",
        description="API version sent explicitly: image output (responseModalities IMAGE, "
        "imageConfig) is a v1beta feature on Google's API versions page.",
    )
    gemini_rpm: int = 10
