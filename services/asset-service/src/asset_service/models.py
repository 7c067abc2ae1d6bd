"""asset-service tables: what each book expects, and every asset it got."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class BookRecord(SQLModel, table=True):
    """A book whose text exists: where it is and which assets it expects."""

    __tablename__ = "asset_books"

    story_id: str = Field(primary_key=True, max_length=120)
    story_key: str
    story_model: str
    page_count: int
    primary_language: str
    secondary_language: str
    expect_audio: bool
    expect_illustrations: bool
    vocabulary_audio_words: int = 0  # words with pronunciation clips (two each)
    # The models the book asked for (null: the worker's configured default), for the manifests.
    tts_model: str | None = Field(default=None, max_length=100)
    illustration_model: str | None = Field(default=None, max_length=100)
    quiz_key: str | None = None
    completed_at: datetime | None = None
    canceled_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    revision: int = 0
    regen_kind: str | None = Field(default=None, max_length=20)  # audio | illustration
    regen_pages: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))

    @property
    def audio_total(self) -> int:
        if not self.expect_audio:
            return 0
        return 2 * self.page_count + 2 * self.vocabulary_audio_words

    @property
    def illustrations_total(self) -> int:
        return self.page_count + 1 if self.expect_illustrations else 0  # the cover too


class Asset(SQLModel, table=True):
    """One clip or picture: done (with its key) or failed (with why). One row per asset."""

    __tablename__ = "assets"
    __table_args__ = (UniqueConstraint("story_id", "kind", "page_number", "role"),)

    id: int | None = Field(default=None, primary_key=True)
    story_id: str = Field(index=True, max_length=120)
    kind: str = Field(max_length=20)  # audio | vocabulary | illustration
    page_number: int
    # primary | secondary | cover | page; a vocabulary clip: "{index}.primary" / "{index}.secondary"
    role: str = Field(max_length=20)
    language: str | None = None
    status: str = Field(max_length=20)  # done | failed
    key: str | None = None
    prompt_mode: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    revision: int = 0
    # A clip's sentences with their times ([{"text", "start", "end"}]) and how they were found.
    sentences: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    timed_by: str | None = Field(default=None, max_length=20)
    model: str | None = Field(default=None, max_length=100)  # the model that made it
    text_revision: int = 0  # the `story.page.written` revision of the text it was made from
    updated_at: datetime = Field(default_factory=utcnow)


class WrittenPage(SQLModel, table=True):
    """A page whose text arrived (`story.page.written`) before or after the whole story: the
    latest text revision of each page, with what the request expects of the book."""

    __tablename__ = "written_pages"
    __table_args__ = (UniqueConstraint("story_id", "page_number"),)

    id: int | None = Field(default=None, primary_key=True)
    story_id: str = Field(index=True, max_length=120)
    page_number: int
    text_revision: int = 0
    page_count: int
    primary_language: str
    secondary_language: str
    expect_audio: bool
    expect_illustrations: bool
    vocabulary_audio: bool
    page: dict = Field(sa_column=Column(JSON, nullable=False))  # type: ignore[type-arg]
    updated_at: datetime = Field(default_factory=utcnow)
