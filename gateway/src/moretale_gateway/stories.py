"""Stories as the gateway keeps them: created, published, and shown to clients."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from moretale_contracts.api import (
    ErrorInfo,
    Progress,
    StageProgress,
    StoryAccepted,
    StoryCreate,
    StoryStatus,
    StoryView,
)
from moretale_contracts.events import StoryRequested
from moretale_gateway.ids import new_story_id
from moretale_gateway.models import StoryRow, utcnow
from moretale_kit.bus import Bus
from moretale_kit.db import Database

log = logging.getLogger(__name__)

API_PREFIX = "/api/stories"


def status_url(story_id: str) -> str:
    return f"{API_PREFIX}/{story_id}"


def result_url(story_id: str) -> str:
    return f"{API_PREFIX}/{story_id}/result"


def new_row(request: StoryCreate, request_id: str | None) -> StoryRow:
    """A queued story for `request`."""
    now = utcnow()
    return StoryRow(
        id=new_story_id(request.child_name, request.theme, now),
        status=StoryStatus.QUEUED,
        request=request.model_dump(mode="json"),
        request_id=request_id,
        child_name=request.child_name,
        primary_lang=request.primary_lang,
        secondary_lang=request.secondary_lang,
        created_at=now,
        updated_at=now,
    )


async def publish_requested(db: Database, bus: Bus, row: StoryRow) -> bool:
    """Publish `story.requested` for a row and note when; False (logged) if NATS failed.

    The row, not the bus, is the source of truth: a story whose publish failed stays queued
    and the reconciler publishes it again under the same message id.
    """
    event = StoryRequested(
        story_id=row.id,
        request=StoryCreate.model_validate(row.request),
        request_id=row.request_id,
    )
    try:
        await bus.publish(event, msg_id=f"{row.id}:requested")
    except Exception as exc:
        log.warning("could not publish story.requested; the reconciler will retry: %s", exc)
        return False
    async with db.session() as session:
        stored = await session.get(StoryRow, row.id)
        if stored is not None:
            stored.published_at = utcnow()
            session.add(stored)
            await session.commit()
    return True


def accepted(row: StoryRow) -> StoryAccepted:
    return StoryAccepted(
        id=row.id,
        status=StoryStatus(row.status),
        status_url=status_url(row.id),
        result_url=result_url(row.id),
    )


def _aware(value: datetime | None) -> datetime | None:
    # SQLite gives back naive datetimes; everything we store is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def view(row: StoryRow) -> StoryView:
    """The client's view of a story row."""
    return StoryView(
        id=row.id,
        status=StoryStatus(row.status),
        created_at=_aware(row.created_at),  # type: ignore[arg-type]
        updated_at=_aware(row.updated_at),  # type: ignore[arg-type]
        started_at=_aware(row.started_at),
        completed_at=_aware(row.completed_at),
        request=StoryCreate.model_validate(row.request),
        progress=Progress(
            story=StageProgress(done=row.story_done, failed=row.story_failed, total=1),
            tts=StageProgress(done=row.tts_done, failed=row.tts_failed, total=row.tts_total),
            illustrations=StageProgress(
                done=row.illustrations_done,
                failed=row.illustrations_failed,
                total=row.illustrations_total,
            ),
        ),
        error=ErrorInfo.model_validate(row.error) if row.error else None,
        status_url=status_url(row.id),
        result_url=result_url(row.id),
    )
