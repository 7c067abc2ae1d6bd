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

    port: int = Field(default=8004, description="Public port: `/files` and the ops routes.")
    internal_port: int = Field(
        default=8005,
        description="Port of the internal routes the gateway calls (`/internal/...`, with "
        "the `MORETALE_INTERNAL_TOKEN` credential); not answered on `port`. Equal to `port`: "
        "one port for both (the credential still applies).",
    )
    nice: int = Field(
        default=10,
        ge=0,
        le=19,
        description="CPU priority (Unix niceness) at start: below the gateway's, with the "
        "workers. Where one machine runs everything (`make run`) recording a book's pages is "
        "work that can wait and a request to the gateway is not (bench/RESULTS.md, the gateway "
        "section); in its own pod it changes nothing.",
    )
    url_ttl_sec: int = Field(default=3600, ge=60, le=7 * 24 * 3600)
    sweep_interval_sec: float = Field(
        default=30.0,
        gt=0,
        description="How often every book neither completed nor canceled is settled again "
        "(completed if all its assets are in).",
    )
