"""Gateway settings (prefix `GATEWAY_`; the API keys and database URL also by their plain names)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import ServiceSettings


class Settings(ServiceSettings):
    """How the gateway runs."""

    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    port: int = 8000
    api_keys: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("MORETALE_API_KEYS", "GATEWAY_API_KEYS"),
        description="Comma-separated accepted keys; unset: one is generated into the data dir.",
    )
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("GATEWAY_DATABASE_URL", "DATABASE_URL"),
        description="SQLAlchemy async URL; default SQLite {data_dir}/gateway.db.",
    )
    asset_service_url: str = "http://127.0.0.1:8004"
    public_url: str = Field(
        default="http://127.0.0.1:8000", description="Where clients reach the gateway."
    )
    reconcile_interval_sec: float = Field(default=10.0, gt=0)
    requeue_after_sec: float = Field(
        default=60.0, gt=0, description="A story still queued this long is published again."
    )
    asset_timeout_sec: float = 10.0

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.common.data_dir / 'gateway.db'}"

    @property
    def api_key_file(self) -> Path:
        return self.common.data_dir / "api-key"

    def accepted_keys(self) -> tuple[list[str], bool]:
        """The accepted API keys, and whether they are the embedded default's own key (kept in
        the data dir, generated on first start), which is safe to show its owner."""
        if self.api_keys is not None:
            keys = [k.strip() for k in self.api_keys.get_secret_value().split(",") if k.strip()]
            if keys:
                return keys, False
        path = self.api_key_file
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass  # another replica wrote it first
            else:
                with os.fdopen(fd, "w") as f:
                    f.write(f"mt_{secrets.token_urlsafe(24)}")
        return [path.read_text().strip()], True
