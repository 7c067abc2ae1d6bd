"""asset-service settings (prefix `ASSET_`)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import DatabaseServiceSettings


class Settings(DatabaseServiceSettings):
    """How asset-service runs."""

    model_config = SettingsConfigDict(env_prefix="ASSET_", extra="ignore")
    database_file: ClassVar[str] = "assets.db"

    port: int = 8004
    url_ttl_sec: int = Field(default=3600, ge=60, le=7 * 24 * 3600)
    sweep_interval_sec: float = Field(
        default=30.0,
        gt=0,
        description="How often every book neither completed nor canceled is settled again "
        "(completed if all its assets are in).",
    )
