"""Settings shared by every service (prefix `MORETALE_`) and the base of each service's own."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from moretale_kit.bus import ConsumerOptions, StreamLimits


class CommonSettings(BaseSettings):
    """Where the shared infrastructure is: NATS, the object store, the data folder."""

    model_config = SettingsConfigDict(env_prefix="MORETALE_", extra="ignore")

    data_dir: Path = Path(".data")
    nats_url: str = "nats://127.0.0.1:4222"
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
        "this (longer than any message about it is kept; 0: never). Set when the bucket is made.",
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
    public_asset_url: str = Field(
        default="http://127.0.0.1:8004",
        description="Base URL clients use to reach asset-service (signed local URLs).",
    )
    gemini_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("GEMINI_API_KEY", "MORETALE_GEMINI_API_KEY"),
        description="Gemini API key of every worker service; set: Gemini providers, not offline.",
    )

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
    gemini_api_version: str | None = Field(
        default=None, description="API version (e.g. v1beta); unset: the SDK's default (v1)."
    )
    gemini_model: str = Field(default="", description="Default model id of this service.")
    gemini_timeout_sec: float = Field(default=120.0, gt=0, description="Timeout of one call.")
    gemini_rpm: int = Field(
        default=60, ge=0, description="Requests per minute per model, per replica; 0: no limit."
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
