"""The projector moves a story forward only: counters grow, terminal states stay."""

from __future__ import annotations

import pytest
from fake_bus import RecordingBus

from moretale_contracts.api import (
    AssetCounts,
    AssetsSummary,
    ErrorInfo,
    GenerationOptions,
    Progress,
    StageProgress,
    StoryCreate,
)
from moretale_contracts.events import (
    StoryCompleted,
    StoryFailed,
    StoryGenerated,
    StoryProgressed,
    StoryStarted,
)
from moretale_gateway.models import StoryRow
from moretale_gateway.projector import Projector
from moretale_gateway.stories import create, view
from moretale_kit.db import Database

LIMIT = 1000  # a rate limit no test here reaches

REQUEST = StoryCreate(
    child_name="Mina",
    child_age=5,
    primary_lang="ko",
    secondary_lang="en",
    theme="Friendship",
    page_count=4,
)


async def _new_story(db: Database) -> str:
    row, created = await create(db, REQUEST, "owner-1", "req-1", None, rate_limit=LIMIT)
    assert created
    return row.id


async def _row(db: Database, story_id: str) -> StoryRow:
    async with db.session() as session:
        row = await session.get(StoryRow, story_id)
    assert row is not None
    return row


def _progress(tts_done: int, pictures_done: int) -> Progress:
    return Progress(
        story=StageProgress(done=1, total=1),
        tts=StageProgress(done=tts_done, total=8),
        illustrations=StageProgress(done=pictures_done, total=5),
    )


async def test_a_story_runs_and_completes(db: Database) -> None:
    projector = Projector(db)
    story_id = await _new_story(db)
    assert view(await _row(db, story_id)).status == "queued"
    await projector.on_event(StoryStarted(story_id=story_id))
    row = await _row(db, story_id)
    assert row.status == "running" and row.started_at is not None
    await projector.on_event(
        StoryGenerated(
            story_id=story_id,
            story_key="k",
            story_model="m",
            page_count=4,
            primary_language="Korean",
            secondary_language="English",
            generation=GenerationOptions(),
        )
    )
    story_view = view(await _row(db, story_id))
    assert story_view.progress.story.done == 1
    assert story_view.progress.tts.total == 8 and story_view.progress.illustrations.total == 5

    await projector.on_event(StoryProgressed(story_id=story_id, progress=_progress(5, 3)))
    # An older progress event arriving late does not move the counters back.
    await projector.on_event(StoryProgressed(story_id=story_id, progress=_progress(2, 1)))
    story_view = view(await _row(db, story_id))
    assert (story_view.progress.tts.done, story_view.progress.illustrations.done) == (5, 3)

    summary = AssetsSummary(
        audio=AssetCounts(done=7, failed=1, total=8),
        illustrations=AssetCounts(done=5, total=5),
        has_partial_failures=True,
    )
    await projector.on_event(StoryCompleted(story_id=story_id, result_key="r", assets=summary))
    story_view = view(await _row(db, story_id))
    assert story_view.status == "completed" and story_view.completed_at is not None
    assert story_view.progress.tts == StageProgress(done=7, failed=1, total=8)

    # Nothing after a terminal state changes it.
    await projector.on_event(StoryProgressed(story_id=story_id, progress=_progress(8, 5)))
    await projector.on_event(
        StoryFailed(story_id=story_id, stage="story", error=ErrorInfo(code="X", message="x"))
    )
    assert view(await _row(db, story_id)).status == "completed"
    assert view(await _row(db, story_id)).progress.tts.done == 7


async def test_a_failed_story_keeps_its_error(db: Database) -> None:
    story_id = await _new_story(db)
    error = ErrorInfo(code="STORY_GENERATION_FAILED", message="no", detail={"reason": "r"})
    await Projector(db).on_event(StoryFailed(story_id=story_id, stage="story", error=error))
    story_view = view(await _row(db, story_id))
    assert story_view.status == "failed"
    assert story_view.error == error
    assert story_view.progress.story.failed == 1


async def test_events_for_unknown_stories_are_ignored(db: Database) -> None:
    await Projector(db).on_event(StoryStarted(story_id="nobody"))
    async with db.session() as session:
        assert await session.get(StoryRow, "nobody") is None


async def test_a_terminal_webhook_lost_after_the_commit_is_owed_again(db: Database) -> None:
    from moretale_contracts.events import WebhookDelivery

    request = REQUEST.model_copy(update={"callback_url": "https://example.com/hook"})
    row, _ = await create(db, request, "owner-1", None, None, rate_limit=LIMIT)
    bus = RecordingBus(failures=1)  # the first publish fails, as with NATS away
    projector = Projector(db, bus)  # type: ignore[arg-type]
    completed = StoryCompleted(
        story_id=row.id,
        result_key="r",
        assets=AssetsSummary(
            audio=AssetCounts(done=8, total=8),
            illustrations=AssetCounts(done=5, total=5),
            has_partial_failures=False,
        ),
    )
    with pytest.raises(ConnectionError):  # committed, then the webhook's publish fails
        await projector.on_event(completed)
    assert view(await _row(db, row.id)).status == "completed" and bus.published == []
    await projector.on_event(completed)  # the loop delivers the event again
    [delivery] = bus.published
    assert isinstance(delivery, WebhookDelivery) and delivery.event_type == "story.completed.0"
    # A progress event after the end owes nothing.
    await projector.on_event(StoryProgressed(story_id=row.id, progress=_progress(8, 5)))
    assert len(bus.published) == 1
