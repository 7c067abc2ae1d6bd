"""story-service's one pipeline of pages: `story.page.written` for every page before
`story.generated`, streamed (Gemini) or after the whole story (the composer; streaming off),
a rejected text's pages redone under a new text revision, a cancel stopping the stream."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from fake_bus import RecordingBus
from pydantic import SecretStr
from servers import FakeGeminiServer

from moretale_contracts.api import StoryCreate
from moretale_contracts.events import StoryGenerated, StoryPageWritten, StoryRequested
from moretale_contracts.story import Story
from moretale_kit.store import LocalObjectStore
from story_service.config import Settings
from story_service.handlers import StoryHandlers
from story_service.writers import StoryWriter, make_writer
from story_service.writers.composer import StoryComposer


def request(**changes: object) -> StoryCreate:
    body: dict[str, object] = {
        "child_name": "Mina",
        "child_age": 5,
        "primary_lang": "ko",
        "secondary_lang": "en",
        "theme": "Friendship",
        "page_count": 6,
        **changes,
    }
    return StoryCreate.model_validate(body)


def gemini_writer(fake: FakeGeminiServer) -> StoryWriter:
    return make_writer(
        Settings(
            gemini_api_key=SecretStr(fake.api_key), gemini_base_url=fake.base_url, gemini_rpm=0
        )
    )


def handlers(
    tmp_path: Path, writer: StoryWriter, **options: object
) -> tuple[StoryHandlers, RecordingBus, LocalObjectStore]:
    bus = RecordingBus()
    store = LocalObjectStore(tmp_path / "objects", "http://assets.test", b"s" * 32)
    made = StoryHandlers(bus, store, writer, **options)  # type: ignore[arg-type]
    return made, bus, store


def pages(bus: RecordingBus) -> list[tuple[int, int]]:
    """(page number, text revision) of every page event, in order."""
    return [(e.page.page_number, e.revision) for e in bus.of(StoryPageWritten)]


async def stored(store: LocalObjectStore, bus: RecordingBus) -> Story:
    return Story.model_validate_json(await store.get(bus.one(StoryGenerated).story_key))


async def test_the_composer_emits_its_pages_through_the_same_path(tmp_path: Path) -> None:
    handler, bus, store = handlers(tmp_path, StoryComposer())
    await handler.on_requested(StoryRequested(story_id="c1", request=request()))
    kinds = [type(e).__name__ for e in bus.published]
    assert kinds == ["StoryStarted"] + ["StoryPageWritten"] * 6 + ["StoryGenerated"]
    assert pages(bus) == [(n, 0) for n in range(1, 7)]
    story = await stored(store, bus)
    written = bus.of(StoryPageWritten)
    assert [e.page for e in written] == story.pages
    assert {e.page_count for e in written} == {6}
    assert {(e.primary_language, e.secondary_language) for e in written} == {("Korean", "English")}
    assert bus.one(StoryGenerated).text_revisions == [0] * 6


async def test_gemini_pages_go_out_as_they_are_written(
    gemini: FakeGeminiServer, tmp_path: Path
) -> None:
    gemini.configure(latency={"story": 2.0}, stream_pieces=24)
    handler, bus, store = handlers(tmp_path, gemini_writer(gemini))
    await handler.on_requested(StoryRequested(story_id="g1", request=request()))
    assert pages(bus) == [(n, 0) for n in range(1, 7)]
    assert isinstance(bus.published[-1], StoryGenerated)
    story = await stored(store, bus)
    assert [e.page for e in bus.of(StoryPageWritten)] == story.pages
    [seen] = gemini.requests()
    assert seen["stream"] is True


async def test_streaming_off_writes_whole_then_emits_the_pages(
    gemini: FakeGeminiServer, tmp_path: Path
) -> None:
    handler, bus, _ = handlers(tmp_path, gemini_writer(gemini), stream_pages=False)
    await handler.on_requested(StoryRequested(story_id="g2", request=request()))
    assert pages(bus) == [(n, 0) for n in range(1, 7)]
    [seen] = gemini.requests()
    assert seen["stream"] is False


async def test_a_story_rejected_at_the_end_is_redone_as_a_new_revision(
    gemini: FakeGeminiServer, tmp_path: Path
) -> None:
    # Five good pages of six: each passes on arrival and goes out; the end-of-story check
    # rejects the count, and the next answer's six pages go out as text revision 1.
    gemini.configure(stream_pieces=20, faults=[{"kind": "wrong_count", "count": 1}])
    handler, bus, store = handlers(tmp_path, gemini_writer(gemini))
    await handler.on_requested(StoryRequested(story_id="g3", request=request()))
    assert pages(bus) == [(n, 0) for n in range(1, 6)] + [(n, 1) for n in range(1, 7)]
    assert bus.one(StoryGenerated).text_revisions == [1] * 6
    story = await stored(store, bus)
    latest = [e for e in bus.of(StoryPageWritten) if e.revision == 1]
    assert [e.page for e in latest] == story.pages


async def test_a_renumbered_story_redoes_the_pages_that_moved(
    gemini: FakeGeminiServer, tmp_path: Path
) -> None:
    # The model numbers its pages 5..0 backwards: each page went out by its place, the
    # whole-story check orders them by the model's numbers, so every page changes and goes
    # out again under a new revision (never the old text's assets under a new text).
    gemini.configure(stream_pieces=20, faults=[{"kind": "renumber", "count": 1}])
    handler, bus, store = handlers(tmp_path, gemini_writer(gemini))
    await handler.on_requested(StoryRequested(story_id="g4", request=request()))
    first = [(n, 0) for n in range(1, 7)]
    assert pages(bus)[:6] == first
    redone = pages(bus)[6:]
    assert redone and {r for _, r in redone} == {1}
    story = await stored(store, bus)
    revisions = bus.one(StoryGenerated).text_revisions
    latest = {e.page.page_number: e for e in bus.of(StoryPageWritten)}  # the last of each
    assert [latest[p.page_number].page for p in story.pages] == story.pages
    assert revisions == [latest[n].revision for n in range(1, 7)]


async def test_a_redelivery_writes_under_a_new_revision(
    gemini: FakeGeminiServer, tmp_path: Path
) -> None:
    gemini.configure(latency={"story": 2.0}, stream_pieces=20)
    handler, bus, _ = handlers(tmp_path, gemini_writer(gemini))
    event = StoryRequested(story_id="g5", request=request())
    first = asyncio.create_task(handler.on_requested(event))
    await bus.wait_for(StoryPageWritten)
    first.cancel()  # the process dies mid-stream...
    with pytest.raises(asyncio.CancelledError):
        await first
    gone = len(pages(bus))
    await handler.on_requested(event)  # ... and the message comes again
    assert {r for _, r in pages(bus)[:gone]} == {0}
    assert pages(bus)[gone:] == [(n, 1) for n in range(1, 7)]
    assert bus.one(StoryGenerated).text_revisions == [1] * 6


class CancelingBus(RecordingBus):
    """A bus whose cancellation set has the story once `after` pages went out."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    async def is_canceled(self, story_id: str) -> bool:
        return len(self.of(StoryPageWritten)) >= self.after


async def test_a_cancel_mid_stream_closes_it(gemini: FakeGeminiServer, tmp_path: Path) -> None:
    gemini.configure(latency={"story": 6.0}, stream_pieces=60)
    bus = CancelingBus(after=2)
    store = LocalObjectStore(tmp_path / "objects", "http://assets.test", b"s" * 32)
    handler = StoryHandlers(bus, store, gemini_writer(gemini), cancel_check_sec=0.1)  # type: ignore[arg-type]
    started = time.monotonic()
    await handler.on_requested(StoryRequested(story_id="g6", request=request()))
    took = time.monotonic() - started
    assert took < 5.0, f"writing went on for {took:.1f}s after the cancel"
    written = pages(bus)
    assert 2 <= len(written) < 6
    assert not bus.of(StoryGenerated)
    await asyncio.sleep(0.3)  # the fake notes the closed connection
    [seen] = gemini.requests()
    assert seen["streamed"] == "closed"
    assert not await store.exists("g6/story_gemini-2.5-flash.json")
