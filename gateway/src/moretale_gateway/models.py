"""The gateway's table: every story and its status (the source of truth)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class StoryRow(SQLModel, table=True):
    """One story: what was asked, where it is, how far each stage has come."""

    __tablename__ = "stories"
    __table_args__ = (
        Index("ix_stories_owner_created", "owner", "created_at", "id"),
        Index("ix_stories_owner_status_created", "owner", "status", "created_at"),
        Index("ix_stories_owner_idempotency", "owner", "idempotency_key", unique=True),
    )

    id: str = Field(primary_key=True, max_length=120)
    owner: str = Field(
        max_length=64, description="HMAC-SHA256 (hex) of the API key that created it."
    )
    status: str = Field(max_length=20)
    request: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    request_id: str | None = Field(default=None, max_length=100)
    idempotency_key: str | None = Field(default=None, max_length=200)
    request_hash: str = Field(max_length=64)
    child_name: str = Field(max_length=100, index=True)
    primary_lang: str = Field(max_length=40, index=True)
    secondary_lang: str = Field(max_length=40, index=True)
    revision: int = 0
    story_key: str | None = Field(default=None, description="Where the text is, once written.")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    started_at: datetime | None = None
    completed_at: datetime | None = None
    published_at: datetime | None = None

    story_done: int = 0
    story_failed: int = 0
    tts_done: int = 0
    tts_failed: int = 0
    tts_total: int = 0
    illustrations_done: int = 0
    illustrations_failed: int = 0
    illustrations_total: int = 0

    error: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class Regeneration(SQLModel, table=True):
    """A request to make one kind of asset again; also what the per-key rate limit counts."""

    __tablename__ = "regenerations"
    __table_args__ = (Index("ix_regenerations_owner_created", "owner", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    story_id: str = Field(max_length=120, index=True)
    owner: str = Field(max_length=64)
    kind: str = Field(max_length=20)
    revision: int
    pages: list[int] = Field(sa_column=Column(JSON, nullable=False))
    overrides: dict[str, Any] | None = Field(
        default=None,
        sa_column=Column(JSON(none_as_null=True), nullable=True),
        description="The `generation` options (JSON values, models resolved) in which this "
        "regeneration differs from the book's request: what the caller asked, so a republished "
        "announcement asks it too. None: none (or a row from before migration 0003).",
    )
    created_at: datetime = Field(default_factory=utcnow)
