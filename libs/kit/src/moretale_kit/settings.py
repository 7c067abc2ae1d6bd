"""Settings shared by every service (prefix `MORETALE_`) and the base of each service's own."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from secrets import token_urlsafe
from typing import ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from moretale_kit.bus import ConsumerOptions, StreamLimits
from moretale_kit.gemini_models import ModelCapability, ModelCatalog


class CommonSettings(BaseSettings):
    """Where the shared infrastructure is: NATS, the object store, the data folder."""

    model_config = SettingsConfigDict(env_prefix="MORETALE_", extra="ignore")

    data_dir: Path = Path(".data")
    nats_url: str = "nats://127.0.0.1:4222"
    nats_user: str | None = Field(
        default=None, description="NATS user name (with nats_password); unset: no user auth."
    )
    nats_password: SecretStr | None = Field(default=None, description="Password of nats_user.")
    nats_creds_file: Path | None = Field(
        default=None,
        description="NATS credentials file (JWT and NKey seed, decentralized auth); unset: none.",
    )
    duplicate_window_sec: float = Field(
        default=600.0, description="JetStream drops a re-published message id inside this window."
    )
    stream_replicas: int = Field(
        default=1,
        ge=1,
        le=5,
        description="JetStream replicas of every stream and key-value bucket the services create "
        "(3 on a 3-server NATS cluster: a server can be lost without losing a message).",
    )
    stream_max_age_sec: float = Field(
        default=7 * 24 * 3600.0,
        description="Every stream but DEAD_LETTERS drops messages older than this (0: never).",
    )
    stream_max_bytes: int = Field(
        default=1 << 30,
        description="Every stream but DEAD_LETTERS keeps at most this many bytes, dropping the "
        "oldest (0: no limit).",
    )
    dead_letter_max_age_sec: float = Field(
        default=30 * 24 * 3600.0,
        description="DEAD_LETTERS keeps a record this long, to investigate (0: forever).",
    )
    dead_letter_max_bytes: int = Field(
        default=256 << 20, description="DEAD_LETTERS keeps at most this many bytes (0: no limit)."
    )
    tombstone_ttl_sec: float = Field(
        default=30 * 24 * 3600.0,
        description="A canceled or deleted story's key in the cancellation set expires after "
        "this (longer than any message about it is kept; 0: never). An existing bucket is brought "
        "to it at start.",
    )
    log_level: str = "INFO"

    store: Literal["local", "s3"] = "local"
    store_dir: Path | None = Field(
        default=None, description="Local object store folder; default {data_dir}/objects."
    )
    s3_endpoint: str = "127.0.0.1:9000"
    s3_public_endpoint: str | None = Field(
        default=None, description="Host:port clients reach for presigned URLs, if not s3_endpoint."
    )
    s3_public_url: str | None = Field(
        default=None,
        description="Scheme, host and port clients use for presigned URLs (e.g. "
        "https://s3.example.com), whatever the services use to reach the store; wins over "
        "s3_public_endpoint and s3_secure for the URLs it signs.",
    )
    s3_access_key: SecretStr = SecretStr("minioadmin")
    s3_secret_key: SecretStr = SecretStr("minioadmin")
    s3_bucket: str = "moretale"
    s3_secure: bool = False
    s3_region: str = "us-east-1"
    s3_connect_timeout_sec: float = Field(
        default=5.0, gt=0, description="Connecting to the S3 endpoint gives up after this."
    )
    s3_read_timeout_sec: float = Field(
        default=60.0, gt=0, description="Waiting for an S3 answer gives up after this."
    )
    s3_retry_sec: float = Field(
        default=60.0,
        ge=0,
        description="An S3 call failing on the network is tried again for this long.",
    )

    url_secret: SecretStr | None = Field(
        default=None,
        description="Key that signs local asset URLs; generated into the data dir when unset.",
    )
    internal_token: SecretStr | None = Field(
        default=None,
        description="Shared secret the gateway sends to asset-service's internal routes "
        "(`Authorization: Bearer`); generated into the data dir when unset.",
    )
    public_asset_url: str = Field(
        default="http://127.0.0.1:8004",
        description="Base URL clients use to reach asset-service (signed local URLs).",
    )
    gemini_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("GEMINI_API_KEY", "MORETALE_GEMINI_API_KEY"),
        description="Gemini API key of every worker service; set: Gemini providers, not offline.",
    )
    gemini_quota_jitter_sec: float = Field(
        default=2.0,
        ge=0,
        le=30,
        description="Seconds per minute of each shared Gemini budget left for the jitter "
        "between a call's slot and its arrival at Google (calls are spaced (60 + this) / rpm).",
    )
    gemini_model_aliases: dict[str, str] = Field(
        default_factory=dict,
        description="JSON object: retired model id -> the model serving it, added to (or "
        "replacing) the built-in table of Google's recommended replacements.",
    )
    gemini_model_capabilities: dict[str, ModelCapability] = Field(
        default_factory=dict,
        description="JSON object: model id -> capability row (see moretale_kit.gemini_models), "
        "added to (or replacing) the built-in table.",
    )

    @property
    def model_catalog(self) -> ModelCatalog:
        """The alias and capability tables: built-in, with this configuration's entries."""
        return ModelCatalog(self.gemini_model_aliases, self.gemini_model_capabilities)

    @field_validator("s3_public_url")
    @classmethod
    def _origin_only(cls, value: str | None) -> str | None:
        """An origin (scheme://host[:port]): presigned URLs carry the bucket in their path."""
        if not value:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{value!r} is not an http(s)://host[:port] origin")
        if parts.path.strip("/") or parts.query or parts.fragment or parts.username:
            raise ValueError(f"{value!r} has more than scheme, host and port")
        parts.port  # noqa: B018  (raises ValueError on a malformed port)
        return f"{parts.scheme}://{parts.netloc}"

    def stream_limits(self) -> StreamLimits:
        """The retention limits of the streams the services create."""
        return StreamLimits(
            max_age_sec=self.stream_max_age_sec,
            max_bytes=self.stream_max_bytes,
            dead_letter_max_age_sec=self.dead_letter_max_age_sec,
            dead_letter_max_bytes=self.dead_letter_max_bytes,
            tombstone_ttl_sec=self.tombstone_ttl_sec,
        )

    @property
    def objects_dir(self) -> Path:
        return self.store_dir or self.data_dir / "objects"

    def nats_auth(self) -> dict[str, str]:
        """nats-py connect options for the configured credentials (empty: none)."""
        auth: dict[str, str] = {}
        if self.nats_user:
            auth["user"] = self.nats_user
            auth["password"] = self.nats_password.get_secret_value() if self.nats_password else ""
        if self.nats_creds_file:
            auth["user_credentials"] = str(self.nats_creds_file)
        return auth

    def internal_secret(self) -> str:
        """The service credential of internal routes: configured, or generated once into the
        data dir (which every process of the embedded default shares)."""
        if self.internal_token is not None and self.internal_token.get_secret_value():
            return self.internal_token.get_secret_value()
        return generated_secret(self.data_dir / "internal-token", lambda: token_urlsafe(32))


class ServiceSettings(BaseSettings):
    """Fields every service has. Subclasses set their own `env_prefix`."""

    model_config = SettingsConfigDict(extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8000
    concurrency: int = Field(default=2, ge=1, description="Messages handled at once per replica.")
    max_deliver: int = Field(
        default=100,
        ge=1,
        description="Safety cap on a job's deliveries; a job fails when its retry budget is spent.",
    )
    retry_budget_sec: float = Field(
        default=900.0,
        gt=0,
        description="A job meeting transient failures (a 429, a 5xx, a timeout, a crash's "
        "redelivery) is retried for this long after it was queued, then fails.",
    )
    drain_sec: float = Field(
        default=10.0,
        ge=0,
        description="On SIGTERM, running handlers may finish for this long; the rest are handed "
        "back (nak) to another replica at once.",
    )
    must_not_lose_backoff_max_sec: float = Field(
        default=10.0,
        gt=0,
        description="Longest wait between tries of an event that must not be lost (a lifecycle "
        "or page event meeting a database or S3 outage, retried until it passes).",
    )
    ack_wait_sec: float = Field(default=30.0, gt=0, description="Redelivery after silence.")
    max_ack_pending: int = Field(
        default=64, ge=1, description="Messages in flight across all replicas together."
    )
    nice: int = Field(
        default=0,
        ge=0,
        le=19,
        description="CPU priority the process lowers itself to at start (Unix niceness).",
    )
    common: CommonSettings = Field(default_factory=CommonSettings)

    def consumer_options(self, must_not_lose: bool = False) -> ConsumerOptions:
        """How this service's consumer loops behave: for jobs (retried on a time budget, then
        a failed asset), or `must_not_lose` (lifecycle and page events: retried until they
        pass, never dead-lettered unless undecodable)."""
        return ConsumerOptions(
            concurrency=self.concurrency,
            max_deliver=self.max_deliver,
            ack_wait_sec=self.ack_wait_sec,
            max_ack_pending=self.max_ack_pending,
            retry_budget_sec=None if must_not_lose else self.retry_budget_sec,
            backoff_max_sec=self.must_not_lose_backoff_max_sec if must_not_lose else 60.0,
            drain_sec=self.drain_sec,
        )


class DatabaseServiceSettings(ServiceSettings):
    """A service with a database of its own (the gateway, asset-service): each names its
    SQLite file and may declare `database_url` again with its own aliases."""

    database_file: ClassVar[str]  # in the data dir, when `database_url` is unset
    database_url: str | None = Field(
        default=None, description="SQLAlchemy async URL; default SQLite in the data dir."
    )

    database_pool_size: int = Field(
        default=10,
        ge=1,
        le=100,
        description="Database connections kept open (PostgreSQL), opened at start.",
    )
    database_max_overflow: int = Field(
        default=10,
        ge=0,
        le=100,
        description="Connections opened beyond the pool under a burst, closed after use "
        "(PostgreSQL); a pod holds at most pool + overflow.",
    )
    database_ping_idle_sec: float = Field(
        default=1.0,
        ge=0,
        description="A pooled connection idle longer than this is checked (one round trip) "
        "before use; one used more recently is not (PostgreSQL).",
    )

    @property
    def db_url(self) -> str:
        """`database_url`, else the service's SQLite file in the data dir."""
        return (
            self.database_url or f"sqlite+aiosqlite:///{self.common.data_dir / self.database_file}"
        )


class GeminiServiceSettings(ServiceSettings):
    """A worker service that calls Gemini when it has a key and works offline when it has none.

    Subclasses set the prefix and their own defaults (`gemini_model`, `gemini_rpm`, ...).
    """

    gemini_api_key: SecretStr | None = Field(
        default=None, description="This service's Gemini key; unset: the shared GEMINI_API_KEY."
    )
    gemini_base_url: str | None = Field(
        default=None, description="API endpoint; unset: GOOGLE_GEMINI_BASE_URL or Google's."
    )
    gemini_api_version: Literal["v1", "v1beta"] = Field(
        default="v1",
        description="API version sent explicitly (Google's API versions page: structured output, "
        "system instructions, thinking and speech config are in v1; image output in v1beta).",
    )
    gemini_model: str = Field(default="", description="Default model id of this service.")
    allowed_models: str = Field(
        default="",
        description="Comma-separated models a request may name (the default always may); "
        "a retired id is first resolved through the alias table.",
    )
    gemini_timeout_sec: float = Field(default=120.0, gt=0, description="Timeout of one call.")
    gemini_rpm: int = Field(
        default=60,
        ge=0,
        description="Requests per minute per model for ALL replicas of the service together "
        "(a shared budget on NATS JetStream); 0: no limit.",
    )
    nice: int = Field(
        default=10,
        ge=0,
        le=19,
        description="Workers yield the CPU to the client-facing gateway and asset-service: "
        "narration and painting can keep every core busy, and they can wait, requests cannot.",
    )

    @property
    def gemini_key(self) -> SecretStr | None:
        """The key this service uses: its own, else the shared one, else None (offline).

        An empty value counts as unset (SecretStr("") is falsy).
        """
        return self.gemini_api_key or self.common.gemini_api_key or None

    @property
    def allowed_model_ids(self) -> frozenset[str]:
        """The models a request may name: the allowlist plus the default, as configured (a
        retired one there is reported by the start-up lookup, not silently replaced)."""
        listed = {m.strip() for m in self.allowed_models.split(",") if m.strip()}
        return frozenset(listed | {self.gemini_model})

    def choose_model(self, requested: str | None) -> str:
        """The model that serves a request naming `requested` (None: the default): a retired
        id becomes its replacement; `ValueError` listing the allowed ones if it is not one."""
        if requested is None:
            return self.gemini_model
        model = self.common.model_catalog.resolve(requested)
        allowed = self.allowed_model_ids
        if model not in allowed:
            raise ValueError(f"model {requested!r} is not one of: {', '.join(sorted(allowed))}")
        return model

    def provider_info(self, model: str) -> dict[str, str]:
        """What /readyz says about the active provider."""
        return {"provider": "gemini" if self.gemini_key else "offline", "model": model}


def generated_secret(path: Path, make: Callable[[], str]) -> str:
    """The secret kept in `path`, made by `make()` and written there (0600) the first time.

    Several processes may start at once: exactly one writes it (O_EXCL); the others read it.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as f:
                f.write(make())
    for _ in range(100):  # the writer may not have finished yet
        if secret := path.read_text().strip():
            return secret
        time.sleep(0.02)
    raise RuntimeError(f"{path} is empty")
