"""asset-service settings (prefix `ASSET_`)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import DatabaseServiceSettings


class Settings(DatabaseServiceSettings):
    """How asset-service runs."""

    model_config = SettingsConfigDict(env_prefix="ASSET_", extra="ignore")

    port: int = 8004
    database_url: str | None = Field(
        default=None, description="SQLAlchemy async URL; default SQLite {data_dir}/assets.db."
    )
    url_ttl_sec: int = Field(default=3600, ge=60, le=7 * 24 * 3600)

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.common.data_dir / 'assets.db'}"
