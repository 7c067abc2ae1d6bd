"""asset-service settings (prefix `ASSET_`)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import ServiceSettings


class Settings(ServiceSettings):
    """How asset-service runs."""

    model_config = SettingsConfigDict(env_prefix="ASSET_", extra="ignore")

    port: int = 8004
    database_url: str | None = Field(
        default=None, description="SQLAlchemy async URL; default SQLite {data_dir}/assets.db."
    )
    database_pool_size: int = Field(
        default=10,
        ge=1,
        le=100,
        description="Database connections kept open (PostgreSQL), opened at start.",
    )
    url_ttl_sec: int = Field(default=3600, ge=60, le=7 * 24 * 3600)

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.common.data_dir / 'assets.db'}"
