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
        Index("ix_stories_status_created", "status", "created_at"),
        Index("ix_stories_created_id", "created_at", "id"),
    )

    id: str = Field(primary_key=True, max_length=120)
    status: str = Field(max_length=20)
    request: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    request_id: str | None = Field(default=None, max_length=100)
    child_name: str = Field(max_length=100, index=True)
    primary_lang: str = Field(max_length=40, index=True)
    secondary_lang: str = Field(max_length=40, index=True)
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
