"""The POST hot path: a story is committed first, `story.requested` follows from the outbox, the
reconciler publishes what the outbox could not, and the rate limit counts in the write."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from fake_bus import RecordingBus

from moretale_contracts.api import IllustrationRegeneration, StoryCreate, TtsRegeneration
from moretale_contracts.events import (
    RegenerationKind,
    StoryRegenerationRequested,
    StoryRequested,
)
from moretale_gateway.config import Settings
from moretale_gateway.models import utcnow
from moretale_gateway.outbox import Outbox
from moretale_gateway.reconciler import GRACE, Reconciler
from moretale_gateway.stories import STORIES, create, get, regenerate
from moretale_kit.db import Database
from moretale_kit.errors import ApiError

LIMIT = 1000  # a rate limit no test here reaches

REQUEST = StoryCreate(
    child_name="Mina",
    child_age=5,
    primary_lang="ko",
    secondary_lang="en",
    theme="Friendship",
    page_count=4,
)


async def _published_at(db: Database, story_id: str) -> Any:
    query = STORIES.select().where(STORIES.c.id == story_id)
    return (await db.run(lambda conn: conn.execute(query).one())).published_at


async def test_the_outbox_publishes_after_the_commit_and_records_it(db: Database) -> None:
    bus = RecordingBus()
    outbox = Outbox(db, bus, record_every_sec=0.01)  # type: ignore[arg-type]
    rows = [
        (await create(db, REQUEST, "owner-1", f"req-{i}", None, rate_limit=LIMIT))[0]
        for i in range(3)
    ]
    for i, row in enumerate(rows):
        assert await _published_at(db, row.id) is None  # committed, not yet published
        outbox.submit(row.id, REQUEST, f"req-{i}")
    await outbox.close()
    assert bus.msg_ids == [f"{row.id}:requested" for row in rows]
    event = bus.published[0]
    assert isinstance(event, StoryRequested) and event.request == REQUEST
    assert event.request_id == "req-0"
    for row in rows:
        assert await _published_at(db, row.id) is not None


async def test_what_the_outbox_could_not_publish_the_reconciler_does(db: Database) -> None:
    bus = RecordingBus()
    bus.down = True
    outbox = Outbox(db, bus, record_every_sec=0.01)  # type: ignore[arg-type]
    row, _ = await create(db, REQUEST, "owner-1", "req-1", None, rate_limit=LIMIT)
    outbox.submit(row.id, REQUEST, "req-1")
    await outbox.close()
    assert await _published_at(db, row.id) is None

    bus.down = False
    reconciler = Reconciler(db, bus, timedelta(seconds=1), timedelta(seconds=60))  # type: ignore[arg-type]
    assert await reconciler.reconcile_once() == 0  # too young: may still be on its way
    old = STORIES.update().values(created_at=utcnow() - GRACE * 2)
    await db.run(lambda conn: conn.execute(old), write=True)
    assert await reconciler.reconcile_once() == 1
    assert bus.msg_ids[-1] == f"{row.id}:requested"
    assert await _published_at(db, row.id) is not None
    assert await reconciler.reconcile_once() == 0  # published: left alone


async def test_a_full_outbox_leaves_the_story_to_the_reconciler(db: Database) -> None:
    bus = RecordingBus()
    outbox = Outbox(db, bus, max_pending=1, record_every_sec=0.01)  # type: ignore[arg-type]
    first, _ = await create(db, REQUEST, "owner-1", None, None, rate_limit=LIMIT)
    second, _ = await create(db, REQUEST, "owner-1", None, None, rate_limit=LIMIT)
    outbox.submit(first.id, REQUEST, None)
    outbox.submit(second.id, REQUEST, None)  # over the cap: not published now
    await outbox.close()
    assert bus.msg_ids == [f"{first.id}:requested"]
    assert await _published_at(db, second.id) is None


async def test_the_rate_limit_is_counted_in_the_insert(db: Database) -> None:
    for _ in range(2):
        await create(db, REQUEST, "owner-1", None, None, rate_limit=2)
    with pytest.raises(ApiError) as limited:
        await create(db, REQUEST, "owner-1", None, None, rate_limit=2)
    assert limited.value.status == 429 and limited.value.code == "RATE_LIMITED"
    assert limited.value.headers is not None
    assert 1 <= int(limited.value.headers["Retry-After"]) <= 61
    row, created = await create(db, REQUEST, "owner-2", None, None, rate_limit=2)  # other key
    assert created and (await get(db, "owner-2", row.id)).status == "queued"
    with pytest.raises(ApiError):
        await get(db, "owner-1", row.id)  # another key's story is not found


async def test_regenerations_count_toward_the_limit(db: Database) -> None:
    first, _ = await create(db, REQUEST, "owner-1", None, None, rate_limit=3)
    second, _ = await create(db, REQUEST, "owner-1", None, None, rate_limit=3)
    finished = STORIES.update().values(status="completed", story_key="stories/x/story.json")
    await db.run(lambda conn: conn.execute(finished), write=True)
    settings = Settings(rate_limit_per_minute=3)
    bus = RecordingBus()
    tts = RegenerationKind.TTS
    first_row = await get(db, "owner-1", first.id)
    await regenerate(db, bus, settings, first_row, tts, TtsRegeneration())  # type: ignore[arg-type]
    second_row = await get(db, "owner-1", second.id)
    with pytest.raises(ApiError) as limited:  # two books and a regeneration: three
        await regenerate(db, bus, settings, second_row, tts, TtsRegeneration())  # type: ignore[arg-type]
    assert limited.value.status == 429
    assert (await get(db, "owner-1", second.id)).status == "completed"  # nothing written
    assert len(bus.published) == 1


async def test_a_failed_unit_of_work_is_rolled_back(db: Database) -> None:
    row, _ = await create(db, REQUEST, "owner-1", None, None, rate_limit=LIMIT)
    change = STORIES.update().where(STORIES.c.id == row.id).values(status="failed")

    def change_then_fail(conn: Any) -> None:
        conn.execute(change)
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await db.run(change_then_fail, write=True)
    assert (await get(db, "owner-1", row.id)).status == "queued"


async def test_concurrent_writes_share_commits_and_fail_alone(db: Database) -> None:
    def failing(conn: Any) -> None:
        conn.execute(STORIES.delete())
        raise RuntimeError("boom")

    results = await asyncio.gather(
        *(create(db, REQUEST, "owner-1", None, None, rate_limit=15) for _ in range(20)),
        db.run(failing, write=True),
        return_exceptions=True,
    )
    created = [r for r in results[:20] if isinstance(r, tuple)]
    limited = [r for r in results[:20] if isinstance(r, ApiError)]
    assert len(created) == 15 and len(limited) == 5  # the limit is exact inside a group too
    assert isinstance(results[20], RuntimeError)  # only the failing unit failed
    for row, _ in created:
        assert (await get(db, "owner-1", row.id)).status == "queued"


async def test_the_watchdog_drives_a_stalled_story_again_once(db: Database) -> None:
    from moretale_gateway.reconciler import STORIES_REDRIVEN

    bus = RecordingBus()
    row, _ = await create(db, REQUEST, "owner-1", "req-1", None, rate_limit=LIMIT)
    running = STORIES.update().values(
        status="running", published_at=utcnow(), updated_at=utcnow() - timedelta(minutes=20)
    )
    await db.run(lambda conn: conn.execute(running), write=True)
    before = STORIES_REDRIVEN.labels("story")._value.get()
    reconciler = Reconciler(  # type: ignore[arg-type]
        db, bus, timedelta(seconds=1), timedelta(seconds=60), timedelta(minutes=15)
    )
    assert await reconciler.reconcile_once() == 1
    [event], [msg_id] = bus.published, bus.msg_ids
    assert isinstance(event, StoryRequested) and event.story_id == row.id
    # Not the first message id: JetStream would drop it as a duplicate inside its window.
    assert msg_id is not None and msg_id.startswith(f"{row.id}:requested:redrive:")
    assert STORIES_REDRIVEN.labels("story")._value.get() == before + 1
    assert await reconciler.reconcile_once() == 0  # driven: not again before `stall_after`
    assert len(bus.published) == 1


async def test_a_regeneration_whose_publish_failed_is_published_by_the_reconciler(
    db: Database,
) -> None:
    row = await _finished_book(db)
    bus = RecordingBus()
    bus.down = True
    started = await regenerate(  # type: ignore[arg-type]
        db,
        bus,
        Settings(),
        await get(db, "owner-1", row.id),
        RegenerationKind.TTS,
        TtsRegeneration(pages=[2, 3]),
    )
    # Committed (running, revision 1) but not announced: nothing may leave it stuck.
    assert started.status == "running" and started.revision == 1
    assert started.published_at is None and bus.published == []

    bus.down = False
    reconciler, event = await _republished(db, bus)
    assert isinstance(event, StoryRegenerationRequested)
    assert (event.revision, event.pages, event.kind) == (1, [2, 3], RegenerationKind.TTS)
    assert await _published_at(db, row.id) is not None
    assert await reconciler.reconcile_once() == 0


async def _republished(db: Database, bus: RecordingBus) -> tuple[Reconciler, Any]:
    """The reconciler's one announcement of a regeneration left unannounced past the grace."""
    old = STORIES.update().values(updated_at=utcnow() - GRACE * 2)
    await db.run(lambda conn: conn.execute(old), write=True)
    reconciler = Reconciler(db, bus, timedelta(seconds=1), timedelta(seconds=60))  # type: ignore[arg-type]
    assert await reconciler.reconcile_once() == 1
    [event] = bus.published
    return reconciler, event


async def _finished_book(db: Database) -> Any:
    """A book of owner-1 whose text is written and whose assets are done: it may be regenerated."""
    row, _ = await create(db, REQUEST, "owner-1", None, None, rate_limit=LIMIT)
    finished = STORIES.update().values(status="completed", story_key="stories/x/story.json")
    await db.run(lambda conn: conn.execute(finished), write=True)
    return row


@pytest.mark.parametrize(
    ("kind", "body", "asked"),
    [
        (
            RegenerationKind.TTS,
            # A retired id: the regeneration asks for the model serving it.
            TtsRegeneration(tts_voice="Kore", tts_model="gemini-2.5-flash-preview-tts"),
            {"tts_voice": "Kore", "tts_model": "gemini-3.8-flash-tts"},
        ),
        (
            RegenerationKind.ILLUSTRATIONS,
            IllustrationRegeneration(
                illustration_model="gemini-3-pro-image", illustration_aspect_ratio="1:1"
            ),
            {"illustration_model": "gemini-3-pro-image", "illustration_aspect_ratio": "1:1"},
        ),
    ],
)
async def test_a_republished_regeneration_asks_what_the_caller_asked(
    db: Database,
    kind: RegenerationKind,
    body: TtsRegeneration | IllustrationRegeneration,
    asked: dict[str, str],
) -> None:
    """The caller's overrides are kept with the regeneration (in the unit that starts it), so
    the reconciler's announcement equals the one whose publish failed, not the book's own
    voice and models."""
    from moretale_gateway.stories import REGENERATIONS

    row = await _finished_book(db)
    bus = RecordingBus()
    bus.down = True
    await regenerate(  # type: ignore[arg-type]
        db, bus, Settings(), await get(db, "owner-1", row.id), kind, body
    )
    stored = await db.run(lambda conn: conn.execute(REGENERATIONS.select()).one())
    assert stored.overrides == asked

    bus.down = False
    reconciler, event = await _republished(db, bus)
    assert isinstance(event, StoryRegenerationRequested) and event.kind is kind
    expected = REQUEST.generation.model_copy(update=asked)
    assert event.generation == expected
    assert await reconciler.reconcile_once() == 0


async def test_a_stalled_regeneration_is_driven_again_as_the_caller_asked(db: Database) -> None:
    """The watchdog's second announcement of a regeneration also carries its overrides."""
    row = await _finished_book(db)
    bus = RecordingBus()
    body = TtsRegeneration(tts_voice="Kore", pages=[1])
    await regenerate(  # type: ignore[arg-type]
        db, bus, Settings(), await get(db, "owner-1", row.id), RegenerationKind.TTS, body
    )
    [first] = bus.published
    assert isinstance(first, StoryRegenerationRequested)
    assert first.generation.tts_voice == "Kore"
    stalled = STORIES.update().values(updated_at=utcnow() - timedelta(minutes=20))
    await db.run(lambda conn: conn.execute(stalled), write=True)
    reconciler = Reconciler(  # type: ignore[arg-type]
        db, bus, timedelta(seconds=1), timedelta(seconds=60), timedelta(minutes=15)
    )
    await reconciler.reconcile_once()
    [_, again] = bus.published
    moment = {"occurred_at"}
    assert again.model_dump(exclude=moment) == first.model_dump(exclude=moment)


async def test_a_regeneration_asking_nothing_new_keeps_no_overrides(db: Database) -> None:
    """No overrides (or a row from before migration 0003): the book's own options."""
    from moretale_gateway.stories import REGENERATIONS

    row = await _finished_book(db)
    bus = RecordingBus()
    bus.down = True
    await regenerate(  # type: ignore[arg-type]
        db,
        bus,
        Settings(),
        await get(db, "owner-1", row.id),
        RegenerationKind.TTS,
        TtsRegeneration(tts_temperature=REQUEST.generation.tts_temperature),
    )
    stored = await db.run(lambda conn: conn.execute(REGENERATIONS.select()).one())
    assert stored.overrides is None
    absent = REGENERATIONS.select().where(REGENERATIONS.c.overrides.is_(None))
    assert len(await db.run(lambda conn: conn.execute(absent).all())) == 1  # SQL NULL
    bus.down = False
    _, event = await _republished(db, bus)
    assert isinstance(event, StoryRegenerationRequested)
    assert event.generation == REQUEST.generation


async def test_delete_removes_the_storys_regenerations_too(db: Database) -> None:
    from moretale_gateway.stories import REGENERATIONS, delete

    row = await _finished_book(db)
    await regenerate(  # type: ignore[arg-type]
        db,
        RecordingBus(),
        Settings(),
        await get(db, "owner-1", row.id),
        RegenerationKind.TTS,
        TtsRegeneration(),
    )
    count = REGENERATIONS.select().where(REGENERATIONS.c.story_id == row.id)
    assert len(await db.run(lambda conn: conn.execute(count).all())) == 1
    await delete(db, row.id)
    assert await db.run(lambda conn: conn.execute(count).all()) == []
    with pytest.raises(ApiError):
        await get(db, "owner-1", row.id)


async def test_regenerating_a_kind_the_book_disabled_is_refused(db: Database) -> None:
    request = REQUEST.model_copy(
        update={"generation": REQUEST.generation.model_copy(update={"enable_tts": False})}
    )
    row, _ = await create(db, request, "owner-1", None, None, rate_limit=LIMIT)
    finished = STORIES.update().values(status="completed", story_key="stories/x/story.json")
    await db.run(lambda conn: conn.execute(finished), write=True)
    bus = RecordingBus()
    with pytest.raises(ApiError) as refused:
        await regenerate(  # type: ignore[arg-type]
            db,
            bus,
            Settings(),
            await get(db, "owner-1", row.id),
            RegenerationKind.TTS,
            TtsRegeneration(),
        )
    assert (refused.value.status, refused.value.code) == (409, "STORY_KIND_DISABLED")
    assert (await get(db, "owner-1", row.id)).status == "completed" and bus.published == []
