"""Asset bookkeeping: one row per asset, done stays done, a book completes exactly when every
expected asset is done or failed, and its manifests and result are written."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from fake_bus import RecordingBus

from asset_service.books import Books
from asset_service.models import Asset, BookRecord
from moretale_contracts.story import Story, StoryPage, VocabularyEntry
from moretale_kit.db import Database
from moretale_kit.store import LocalObjectStore

SID = "20260101_000000_story_mina_x"


def _story(pages: int) -> Story:
    vocab = [
        VocabularyEntry(
            word_primary="용",
            word_secondary="dragon",
            definition_primary="큰 상상 속 동물",
            definition_secondary="a big beast",
        )
    ]
    return Story(
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
                page_number=n,
                text_primary=f"쪽 {n}",
                text_secondary=f"page {n}",
                illustration_prompt="p scene",
                illustration_scene_prompt="scene",
                vocabulary=vocab,
            )
            for n in range(1, pages + 1)
        ],
    )


@pytest.fixture
async def books(db: Database, tmp_path: Path) -> Books:
    store = LocalObjectStore(tmp_path / "objects", "http://assets.test", b"s" * 32)
    await store.put(f"{SID}/story_m.json", _story(2).model_dump_json().encode(), "application/json")
    return Books(db, store, timedelta(minutes=10))


def _book() -> BookRecord:
    return BookRecord(
        story_id=SID,
        story_key=f"{SID}/story_m.json",
        story_model="m",
        page_count=2,
        primary_language="Korean",
        secondary_language="English",
        expect_audio=True,
        expect_illustrations=True,
    )


def _audio(page: int, role: str, status: str = "done") -> Asset:
    folder = "01_korean" if role == "primary" else "02_english"
    return Asset(
        story_id=SID,
        kind="audio",
        page_number=page,
        role=role,
        language="Korean" if role == "primary" else "English",
        status=status,
        key=f"{SID}/audio/{folder}/page_{page:02d}_{role}.wav" if status == "done" else None,
        error_code="TTS_FAILED" if status == "failed" else None,
    )


def _picture(page: int, status: str = "done") -> Asset:
    name = "cover" if page == 0 else f"page_{page:02d}"
    return Asset(
        story_id=SID,
        kind="illustration",
        page_number=page,
        role="cover" if page == 0 else "page",
        status=status,
        key=f"{SID}/illustrations/{name}.png" if status == "done" else None,
        prompt_mode="procedural-scene",
    )


async def test_one_row_per_asset_and_done_stays_done(books: Books) -> None:
    assert await books.record_asset(_audio(1, "primary", "failed"))
    assert await books.record_asset(_audio(1, "primary"))  # a later success replaces a failure
    assert not await books.record_asset(_audio(1, "primary"))  # a duplicate changes nothing
    assert not await books.record_asset(_audio(1, "primary", "failed"))  # done stays done
    rows = await books.assets(SID)
    assert len(rows) == 1 and rows[0].status == "done" and rows[0].key


async def test_completion_counts_and_outputs(books: Books) -> None:
    await books.record_book(_book())
    await books.record_book(_book())  # redelivered: still one
    for page in (1, 2):
        await books.record_asset(_audio(page, "primary"))
    await books.record_asset(_audio(1, "secondary"))
    for page in (0, 1, 2):
        await books.record_asset(_picture(page))
    book = await books.book(SID)
    summary = books.summary(book, await books.assets(SID))
    assert (summary.audio.done, summary.audio.total) == (3, 4)
    assert (summary.illustrations.done, summary.illustrations.total) == (3, 3)
    assert not books.is_complete(book, summary)

    await books.record_asset(_audio(2, "secondary", "failed"))
    assets = await books.assets(SID)
    summary = books.summary(book, assets)
    assert books.is_complete(book, summary) and summary.has_partial_failures
    assert book is not None
    key = await books.write_outputs(book, assets)
    root = books.store.path(SID)  # type: ignore[attr-defined]
    result = json.loads((root / "result.json").read_text())
    assert key == f"{SID}/result.json"
    assert result["pages"][1]["audio_secondary_path"] is None  # the failed clip
    assert result["cover_path"] == f"{SID}/illustrations/cover.png"
    audio = json.loads((root / "audio" / "manifest.json").read_text())["entries"]
    assert [(e["page_number"], e["role"], e["status"]) for e in audio] == [
        (1, "primary", "done"),
        (1, "secondary", "done"),
        (2, "primary", "done"),
        (2, "secondary", "failed"),
    ]
    pictures = json.loads((root / "illustrations" / "manifest.json").read_text())["entries"]
    assert [e["page_number"] for e in pictures] == [0, 1, 2]
    assert all(e["prompt_mode"] == "procedural-scene" for e in pictures)


async def test_result_has_urls_only_for_what_is_done(books: Books) -> None:
    assert await books.result(SID) is None  # no text yet
    await books.record_book(_book())
    await books.record_asset(_audio(1, "primary"))
    await books.record_asset(_audio(1, "secondary", "failed"))
    result = await books.result(SID)
    assert result is not None and result.status == "running"
    first, second = result.pages
    assert first.audio_primary_url and first.audio_primary_url.startswith("http://assets.test/")
    assert first.audio_secondary_url is None and second.audio_primary_url is None
    assert first.vocabulary[0].word_secondary == "dragon"
    assert result.story_json_url and result.cover_url is None


# --- the plan's result contract: each asset's status, manifests' summary blocks and URLs


def _book_with(**changes: object) -> BookRecord:
    book = _book()
    for name, value in changes.items():
        setattr(book, name, value)
    return book


def _failed_clip() -> Asset:
    clip = _audio(1, "secondary", "failed")
    clip.error_message = "the voice model answered 500 three times"
    return clip


async def test_each_page_says_the_status_of_each_asset(books: Books) -> None:
    await books.record_book(_book_with(tts_model="tts-x"))
    await books.record_asset(_audio(1, "primary"))
    await books.record_asset(_failed_clip())
    await books.record_asset(_picture(1))
    result = await books.result(SID)
    assert result is not None
    first, second = result.pages
    assert first.assets.audio_primary.status == "done"
    assert first.assets.audio_primary.url == first.audio_primary_url is not None
    failed = first.assets.audio_secondary
    assert failed.status == "failed" and failed.url is None and first.audio_secondary_url is None
    assert failed.error is not None
    assert failed.error.code == "TTS_FAILED"
    assert failed.error.message == "the voice model answered 500 three times"
    assert first.assets.illustration.status == "done"
    for asset in (second.assets.audio_primary, second.assets.illustration):
        assert asset.status == "pending" and asset.url is None and asset.error is None
    assert result.assets.audio.enabled and result.assets.illustrations.enabled
    # Not complete yet: no manifest exists.
    assert result.audio_manifest_url is None and result.illustrations_manifest_url is None


async def test_a_kind_not_asked_for_is_skipped_and_not_enabled(books: Books) -> None:
    await books.record_book(_book_with(expect_illustrations=False))
    result = await books.result(SID)
    assert result is not None
    assert {p.assets.illustration.status for p in result.pages} == {"skipped"}
    assert {p.assets.audio_primary.status for p in result.pages} == {"pending"}
    assert not result.assets.illustrations.enabled and result.assets.audio.enabled
    assert result.assets.illustrations.total == 0


async def test_manifests_carry_a_summary_and_their_urls_are_in_the_result(
    books: Books,
) -> None:
    await books.record_book(_book_with(tts_model="tts-x"))
    for page in (1, 2):
        await books.record_asset(_audio(page, "primary").model_copy(update={"model": "tts-x"}))
    await books.record_asset(_audio(2, "secondary").model_copy(update={"model": "tts-x"}))
    await books.record_asset(_failed_clip())
    for page in (0, 1, 2):
        # No model in the request: the worker's default is what the pictures name.
        await books.record_asset(_picture(page).model_copy(update={"model": "paint-default"}))
    book = await books.book(SID)
    assert book is not None
    await books.write_outputs(book, await books.assets(SID))
    await books.mark_completed(SID, 0)
    root = books.store.path(SID)  # type: ignore[attr-defined]
    audio = json.loads((root / "audio" / "manifest.json").read_text())
    assert audio["summary"] == {
        "enabled": True,
        "total": 4,
        "done": 3,
        "failed": 1,
        "skipped": 0,
        "languages": ["Korean", "English"],
        "model": "tts-x",
    }
    pictures = json.loads((root / "illustrations" / "manifest.json").read_text())
    assert pictures["summary"]["enabled"] is True
    assert (pictures["summary"]["done"], pictures["summary"]["total"]) == (3, 3)
    assert pictures["summary"]["model"] == "paint-default"  # the model that painted them
    assert len(pictures["entries"]) == 3
    result = await books.result(SID)
    assert result is not None
    assert result.audio_manifest_url and "audio/manifest.json" in result.audio_manifest_url
    assert result.illustrations_manifest_url
    assert "illustrations/manifest.json" in result.illustrations_manifest_url


async def test_a_failed_regeneration_keeps_the_good_clip(books: Books) -> None:
    await books.record_book(_book())
    await books.record_asset(_audio(1, "primary"))
    assert await books.start_revision(SID, 1, "audio", [1])
    assert not await books.start_revision(SID, 1, "audio", [1])  # redelivered: once
    failed = _audio(1, "primary", "failed").model_copy(update={"revision": 1})
    assert await books.record_asset(failed)
    [row] = [a for a in await books.assets(SID) if a.role == "primary"]
    assert (row.status, row.revision) == ("failed", 1)  # the revision's truth, for its counts
    assert row.key == f"{SID}/audio/01_korean/page_01_primary.wav"  # the good file stays
    result = await books.result(SID)
    assert result is not None and result.pages[0].audio_primary_url


async def test_mark_completed_respects_the_revision(books: Books) -> None:
    await books.record_book(_book())
    # A regeneration starts between a completion's announcement and its stamp.
    assert await books.start_revision(SID, 1, "audio", [1])
    assert not await books.mark_completed(SID, 0)  # revision 0's stamp does not land on 1
    book = await books.book(SID)
    assert book is not None and book.completed_at is None
    assert await books.mark_completed(SID, 1)
    assert not await books.mark_completed(SID, 1)  # stamped once


async def test_the_sweep_completes_a_book_no_event_will_settle(books: Books) -> None:
    from asset_service.handlers import AssetHandlers
    from moretale_contracts.events import StoryCompleted

    bus = RecordingBus()
    handlers = AssetHandlers(bus, books)  # type: ignore[arg-type]
    await books.record_book(_book())
    # Every asset recorded, and the process that recorded the last one died before settling.
    for page in (1, 2):
        for role in ("primary", "secondary"):
            await books.record_asset(_audio(page, role))
    for page in (0, 1, 2):
        await books.record_asset(_picture(page))
    assert await books.unsettled() == [SID]
    assert await handlers.sweep() == 1
    completed = bus.one(StoryCompleted)
    assert completed.story_id == SID and completed.revision == 0
    book = await books.book(SID)
    assert book is not None and book.completed_at is not None
    assert await books.unsettled() == [] and await handlers.sweep() == 0


async def test_the_result_names_the_model_that_made_each_kind(books: Books) -> None:
    """A request that left the models out: the result and both manifests name the models the
    workers used (their configured defaults), not null."""
    await books.record_book(_book())
    await books.record_asset(_audio(1, "primary").model_copy(update={"model": "voice-1"}))
    await books.record_asset(_audio(1, "secondary").model_copy(update={"model": "voice-1"}))
    await books.record_asset(_picture(0).model_copy(update={"model": "paint-1"}))
    result = await books.result(SID)
    assert result is not None
    assert result.assets.audio.model == "voice-1"
    assert result.assets.illustrations.model == "paint-1"
    book = await books.book(SID)
    assert book is not None and book.tts_model is None  # the request named none
    await books.write_outputs(book, await books.assets(SID))
    root = books.store.path(SID)  # type: ignore[attr-defined]
    audio = json.loads((root / "audio" / "manifest.json").read_text())
    assert audio["summary"]["model"] == "voice-1"
    pictures = json.loads((root / "illustrations" / "manifest.json").read_text())
    assert pictures["summary"]["model"] == "paint-1"
