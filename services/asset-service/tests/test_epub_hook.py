"""Where a book completes: book.epub is written before `story.completed`; if it cannot be
written the book still completes, and the first download builds it."""

from __future__ import annotations

import io
import wave
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from fake_bus import RecordingBus
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from asset_service.api.routes import books as book_routes
from asset_service.books import Books
from asset_service.config import Settings
from asset_service.handlers import AssetHandlers
from asset_service.models import BookRecord
from moretale_contracts.events import AudioPageCompleted, AudioRole, Event, StoryCompleted
from moretale_contracts.storage import audio_key, epub_key
from moretale_contracts.story import Story, StoryPage
from moretale_kit.bus import Bus
from moretale_kit.db import Database
from moretale_kit.errors import install_error_handlers
from moretale_kit.store import LocalObjectStore

SID = "20260101_000000_story_mina_epub"


def _book() -> BookRecord:
    """One page, read aloud, no pictures; a new instance each time (a session that added one
    keeps it as that database's row)."""
    return BookRecord(
        story_id=SID,
        story_key=f"{SID}/story_m.json",
        story_model="m",
        page_count=1,
        primary_language="Korean",
        secondary_language="English",
        expect_audio=True,
        expect_illustrations=False,
    )


class EpubOutage(LocalObjectStore):
    """The local store, refusing book.epub while `down`."""

    down = True

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        if self.down and key.endswith("book.epub"):
            raise OSError("the object store is unreachable")
        await super().put(key, data, content_type)


def _wav() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(b"\x10\x00\xf0\xff" * 11025)
    return buffer.getvalue()


@pytest.fixture
async def books(db: Database, tmp_path: Path) -> Books:
    store = EpubOutage(tmp_path / "objects", "http://assets.test", b"s" * 32)
    story = Story(
        title_primary="미나",
        title_secondary="Mina",
        author_name="MoreTale",
        primary_language="Korean",
        secondary_language="English",
        image_style="s",
        main_character_design="d",
        illustration_prefix="p",
        pages=[
            StoryPage(
                page_number=1,
                text_primary="안녕. 잘 자.",
                text_secondary="Hello. Good night.",
                illustration_prompt="p",
                illustration_scene_prompt="scene",
            )
        ],
    )
    await store.put(f"{SID}/story_m.json", story.model_dump_json().encode(), "application/json")
    return Books(db, store, timedelta(minutes=10))


async def _clip(books: Books, handlers: AssetHandlers, role: AudioRole, text: str) -> None:
    language = "Korean" if role is AudioRole.PRIMARY else "English"
    key = audio_key(SID, 1, role, language)
    await books.store.put(key, _wav(), "audio/wav")
    first, rest = text.split(". ", 1)
    await handlers.on_page(
        AudioPageCompleted(
            story_id=SID,
            page_number=1,
            role=role,
            language=language,
            key=key,
            duration_sec=1.0,
            sentences=[
                {"text": f"{first}.", "start": 0.0, "end": 0.4},
                {"text": rest, "start": 0.5, "end": 1.0},
            ],
            timed_by="engine",
        )
    )


async def test_a_failed_epub_does_not_hold_the_book_back(books: Books) -> None:
    bus = RecordingBus()
    handlers = AssetHandlers(cast(Bus, bus), books)
    await books.record_book(_book())
    await _clip(books, handlers, AudioRole.PRIMARY, "안녕. 잘 자.")
    await _clip(books, handlers, AudioRole.SECONDARY, "Hello. Good night.")
    bus.one(StoryCompleted)  # completed once, without its EPUB
    assert not await books.store.exists(epub_key(SID))
    result = await books.result(SID)
    assert result is not None and result.epub_url  # where it will be
    assert [s.text for s in result.pages[0].read_along.secondary] == ["Hello.", "Good night."]

    # The store is back: the first download builds it, the next one reads it.
    cast(Any, books.store).down = False
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(book_routes.router)
    app.state.books = books
    app.state.settings = Settings(port=8004, internal_port=8004)
    app.state.internal_secret = "internal-token"
    async with AsyncClient(
        transport=ASGITransport(app=app),
        base_url="http://a",
        headers={"Authorization": "Bearer internal-token"},
    ) as client:
        answer = await client.get(f"/internal/books/{SID}/book.epub")
        assert answer.status_code == 200 and answer.content[:2] == b"PK"
        assert await books.store.exists(epub_key(SID))
        again = await client.get(f"/internal/books/{SID}/book.epub")
        assert again.content == answer.content
        missing = await client.get("/internal/books/nobody/book.epub")
        assert missing.status_code == 404


async def test_the_epub_is_written_before_the_book_is_announced(books: Books) -> None:
    cast(Any, books.store).down = False
    seen: list[bool] = []

    class Watching(RecordingBus):
        async def publish(self, event: Event, msg_id: str | None = None) -> bool:
            if isinstance(event, StoryCompleted):
                seen.append(await books.store.exists(epub_key(SID)))
            return await super().publish(event, msg_id)

    handlers = AssetHandlers(cast(Bus, Watching()), books)
    await books.record_book(_book())
    await _clip(books, handlers, AudioRole.PRIMARY, "안녕. 잘 자.")
    assert seen == []
    await _clip(books, handlers, AudioRole.SECONDARY, "Hello. Good night.")
    assert seen == [True]
