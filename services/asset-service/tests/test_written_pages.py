"""Pages known before the whole story (`story.page.written`): shown in the result as their
text arrives, totals from the request's page count, and a newer text of a page dropping what
an older one made (its late results ignored), so a page's text and assets never mix."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from asset_service.books import Books
from asset_service.models import Asset, WrittenPage
from moretale_contracts.story import StoryPage, VocabularyEntry
from moretale_kit.db import Database
from moretale_kit.store import LocalObjectStore

SID = "20261206_000000_story_mina_stream"


@pytest.fixture
async def books(db: Database, tmp_path: Path) -> Books:
    store = LocalObjectStore(tmp_path / "objects", "http://assets.test", b"s" * 32)
    return Books(db, store, timedelta(minutes=10))


def _written(page: int, revision: int = 0, text: str = "미나가 웃어요.") -> WrittenPage:
    return WrittenPage(
        story_id=SID,
        page_number=page,
        text_revision=revision,
        page_count=4,
        primary_language="Korean",
        secondary_language="English",
        expect_audio=True,
        expect_illustrations=True,
        vocabulary_audio=False,
        page=StoryPage(
            page_number=page,
            text_primary=f"{text} ({page})",
            text_secondary=f"Mina smiles. ({page})",
            illustration_prompt="p Scene: a meadow",
            illustration_scene_prompt="a meadow",
            vocabulary=[
                VocabularyEntry(
                    word_primary="웃음",
                    word_secondary="smile",
                    definition_primary="기쁠 때",
                    definition_secondary="when happy",
                )
            ],
        ).model_dump(mode="json"),
    )


def _clip(page: int, role: str = "primary", text_revision: int = 0) -> Asset:
    return Asset(
        story_id=SID,
        kind="audio",
        page_number=page,
        role=role,
        language="Korean" if role == "primary" else "English",
        status="done",
        key=f"{SID}/audio/01_korean/page_{page:02d}_{role}.wav",
        text_revision=text_revision,
    )


async def test_pages_show_as_their_text_arrives(books: Books) -> None:
    assert await books.result(SID) is None  # nothing written yet
    assert await books.record_written_page(_written(1))
    assert not await books.record_written_page(_written(1))  # redelivered: no change
    await books.record_written_page(_written(2))
    await books.record_asset(_clip(1))
    result = await books.result(SID)
    assert result is not None and result.status == "running"
    assert [p.page_number for p in result.pages] == [1, 2]
    assert result.pages[0].text_primary == "미나가 웃어요. (1)"
    assert result.pages[0].audio_primary_url and result.pages[1].audio_primary_url is None
    assert result.pages[0].vocabulary[0].word_secondary == "smile"
    # Totals from the request's page count, not from the pages so far.
    assert (result.assets.audio.done, result.assets.audio.total) == (1, 8)
    assert result.assets.illustrations.total == 5
    progress = books.progress_while_writing(await books.written_pages(SID), await books.assets(SID))
    assert progress is not None
    assert (progress.story.done, progress.tts.done, progress.tts.total) == (0, 1, 8)


async def test_a_newer_text_of_a_page_drops_what_the_older_made(books: Books) -> None:
    await books.record_written_page(_written(1))
    await books.record_written_page(_written(2))
    for page in (1, 2):
        await books.record_asset(_clip(page))
    # The story was rejected at its end; page 1 comes again from the new text.
    assert await books.record_written_page(_written(1, revision=1, text="미나가 노래해요."))
    assert not await books.record_written_page(_written(1, revision=0))  # older: ignored
    rows = {(a.page_number, a.text_revision) for a in await books.assets(SID)}
    assert rows == {(2, 0)}  # page 1's old clip is gone, page 2's stays
    assert await books.stale_text(_clip(1, text_revision=0))  # a late old result: ignored
    assert not await books.stale_text(_clip(1, text_revision=1))
    assert not await books.stale_text(_clip(2, text_revision=0))
    assert await books.record_asset(_clip(1, text_revision=1))
    result = await books.result(SID)
    assert result is not None and result.pages[0].text_primary == "미나가 노래해요. (1)"
    assert result.pages[0].audio_primary_url is not None


async def test_a_newer_texts_result_replaces_an_older_one(books: Books) -> None:
    # A result of the newer text may come before its page event: it replaces the row, and
    # an older text's result never replaces a newer one's.
    assert await books.record_asset(_clip(1, text_revision=0))
    assert await books.record_asset(_clip(1, text_revision=1))
    assert not await books.record_asset(_clip(1, text_revision=0))
    [row] = await books.assets(SID)
    assert row.text_revision == 1
    await books.record_written_page(_written(1, revision=1))
    [row] = await books.assets(SID)
    assert row.text_revision == 1  # kept: it is the new text's


async def test_delete_removes_written_pages(books: Books) -> None:
    await books.record_written_page(_written(1))
    await books.delete(SID)
    assert await books.written_pages(SID) == []
    assert await books.result(SID) is None
