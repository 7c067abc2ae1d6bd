"""Gateway settings (prefix `GATEWAY_`; the API keys and database URL also by their plain names)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import SettingsConfigDict

from moretale_kit.settings import DatabaseServiceSettings, generated_secret


class Settings(DatabaseServiceSettings):
    """How the gateway runs."""

    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")
    database_file: ClassVar[str] = "gateway.db"

    port: int = 8000
    role: Literal["all", "api", "projector"] = Field(
        default="all",
        description="What this process does: `api` answers requests (and publishes the "
        "outbox), `projector` applies story events to rows, delivers webhooks and runs the "
        "reconciler, `all` both. `python -m moretale_gateway --role ...` overrides it.",
    )
    projector_port: int = Field(
        default=8010,
        description="Where a `projector` process serves /healthz, /readyz and /metrics.",
    )
    slow_callback_ms: float = Field(
        default=0,
        ge=0,
        description="Diagnostics: log every event-loop step that runs longer than this (asyncio "
        "debug mode, which costs CPU itself); 0: off.",
    )
    admission_max_in_flight: int = Field(
        default=64,
        ge=1,
        description="API requests this process answers at once; beyond it a request gets 503 "
        "`OVERLOADED` (Retry-After 1) at once instead of waiting in line.",
    )
    admission_max_create_wait_ms: float = Field(
        default=10.0,
        ge=0,
        description="While the oldest book creation under way in this process has waited this "
        "long (the database's write, the CPU), a new `POST /api/stories/` gets 503 "
        "`OVERLOADED` (Retry-After 1) at once; 0: off.",
    )
    admission_max_queued: int = Field(
        default=1000,
        ge=1,
        description="Books waiting for a story writer (accepted, not yet taken); at this many "
        "`POST /api/stories/` answers 503 `STORY_QUEUE_FULL` with Retry-After.",
    )
    admission_refresh_sec: float = Field(
        default=1.0, gt=0, le=60, description="How often the waiting books are counted (NATS)."
    )
    admission_retry_after_max_sec: int = Field(
        default=60, ge=1, description="Cap of the Retry-After a full queue answers with."
    )
    api_keys: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("MORETALE_API_KEYS", "GATEWAY_API_KEYS"),
        description="Comma-separated accepted keys; unset: one is generated into the data dir.",
    )
    api_key_secret: SecretStr | None = Field(
        default=None,
        description="Key of the HMAC-SHA256 under which API keys are stored (`stories.owner`); "
        "generated into the data dir when unset. Every replica needs the same; changing it "
        "leaves existing stories with no owner.",
    )
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("GATEWAY_DATABASE_URL", "DATABASE_URL"),
        description="SQLAlchemy async URL; default SQLite {data_dir}/gateway.db.",
    )
    asset_service_url: str = Field(
        default="http://127.0.0.1:8005",
        description="asset-service's internal port (`ASSET_INTERNAL_PORT`); called with "
        "`MORETALE_INTERNAL_TOKEN`.",
    )
    public_url: str = Field(
        default="http://127.0.0.1:8000", description="Where clients reach the gateway."
    )
    reconcile_interval_sec: float = Field(default=10.0, gt=0)
    requeue_after_sec: float = Field(
        default=60.0, gt=0, description="A story still queued this long is published again."
    )
    stall_after_sec: float = Field(
        default=900.0,
        gt=0,
        description="A running story with no progress for this long is driven again (its stage "
        "republished); longer than MORETALE_DUPLICATE_WINDOW_SEC, or JetStream drops the copy.",
    )
    asset_timeout_sec: float = 10.0
    outbox_max_pending: int = Field(
        default=1000,
        ge=1,
        description="`story.requested` publishes under way after their 202; beyond it, a new "
        "story is published by the reconciler.",
    )
    outbox_record_interval_sec: float = Field(
        default=0.25,
        gt=0,
        le=1,
        description="How often the outbox records `published_at` for the stories it published "
        "(one statement for all of them).",
    )

    rate_limit_per_minute: int = Field(
        default=30, ge=1, description="Creations plus regenerations per API key per minute."
    )
    max_body_bytes: int = Field(
        default=64 * 1024,
        ge=1024,
        description="Largest request body accepted (413 beyond it), read only after the key.",
    )
    max_wait_sec: float = Field(default=60.0, ge=0, description="Cap of `Prefer: wait=N`.")
    max_child_name_length: int = Field(default=40, ge=1, le=40)
    max_theme_length: int = Field(default=80, ge=1, le=80)
    max_extra_prompt_length: int = Field(default=300, ge=0, le=300)
    allowed_languages: str = Field(
        default="ko,en,ja,zh,es,vi,fr,de", description="Comma-separated ISO codes."
    )
    # Current models (December 2026); a request naming a retired id is served by its
    # replacement (MORETALE_GEMINI_MODEL_ALIASES) and checked as that.
    allowed_story_models: str = (
        "gemini-3.8-flash,gemini-3.5-flash,gemini-3.5-flash-lite,gemini-3.1-flash-lite,"
        "gemini-2.5-flash-lite"
    )
    allowed_tts_models: str = (
        "gemini-3.8-flash-tts,gemini-3.8-flash-lite-tts,gemini-3.1-flash-tts-preview"
    )
    allowed_illustration_models: str = "gemini-3.1-flash-image,gemini-3-pro-image"

    webhook_secret: SecretStr | None = Field(
        default=None,
        description="Standard Webhooks secret (whsec_…); generated into the data dir when unset.",
    )
    allow_private_callbacks: bool = Field(
        default=False, description="Let callback_url point at private or loopback addresses."
    )
    webhook_timeout_sec: float = Field(
        default=10.0,
        gt=0,
        description="Deadline of one delivery attempt as a whole: resolving, connecting, sending, "
        "the answer's status (its body is not read).",
    )
    webhook_max_attempts: int = Field(default=8, ge=1)
    sse_heartbeat_sec: float = Field(default=15.0, gt=0)
    sse_max_streams_per_key: int = Field(
        default=10, ge=1, description="Open event streams per API key, per gateway replica."
    )
    sse_max_streams_per_share: int = Field(
        default=5, ge=1, description="Open event streams per share link, per gateway replica."
    )
    share_secret: SecretStr | None = Field(
        default=None,
        description="Key that signs share links (secret); generated into the data dir when unset.",
    )
    share_ttl_sec: int = Field(
        default=7 * 24 * 3600, ge=60, le=366 * 24 * 3600, description="How long a share link works."
    )

    @staticmethod
    def _items(value: str) -> frozenset[str]:
        return frozenset(item.strip() for item in value.split(",") if item.strip())

    @property
    def story_models(self) -> frozenset[str]:
        return self._items(self.allowed_story_models)

    @property
    def tts_models(self) -> frozenset[str]:
        return self._items(self.allowed_tts_models)

    @property
    def illustration_models(self) -> frozenset[str]:
        return self._items(self.allowed_illustration_models)

    @property
    def languages(self) -> frozenset[str]:
        return self._items(self.allowed_languages)

    def webhook_signing_secret(self) -> str:
        """The webhook secret: configured, or generated once into the data dir."""
        if self.webhook_secret is not None:
            return self.webhook_secret.get_secret_value()
        return generated_secret(
            self.common.data_dir / "webhook-secret",
            lambda: "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode(),
        )

    def api_key_hmac_secret(self) -> bytes:
        """The key API keys are hashed with: configured, or generated once into the data dir."""
        if self.api_key_secret is not None and self.api_key_secret.get_secret_value():
            return self.api_key_secret.get_secret_value().encode()
        return generated_secret(
            self.common.data_dir / "api-key-secret", lambda: secrets.token_urlsafe(32)
        ).encode()

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
        key = generated_secret(self.api_key_file, lambda: f"mt_{secrets.token_urlsafe(24)}")
        return [key], True


def key_owner(secret: bytes, key: str) -> str:
    """What the database keeps of an API key: HMAC-SHA256 under the server's secret, in hex
    (64 characters, whatever the key's length). The key itself is never stored."""
    return hmac.new(secret, key.encode(), hashlib.sha256).hexdigest()
