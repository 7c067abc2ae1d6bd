"""Lifecycle and progress events → the `stories` row.

Counters only grow and terminal states stay terminal, so events that arrive twice or out of
order never move a story backwards (nothing flips a canceled or completed story back). The
write is one conditional statement (`… WHERE status IN ('queued', 'running') AND revision = r`),
so a cancel or a regeneration committed between the read and the write wins on SQLite as on
PostgreSQL; the event is then projected again onto what they left. A terminal event meeting its
terminal row owes its webhook again (the webhook's message id deduplicates): a crash between
the commit and the webhook's publish does not lose it.
"""

from __future__ import annotations

import functools
import logging
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, select, update

from moretale_contracts.api import StoryStatus
from moretale_contracts.events import (
    Event,
    StoryCanceled,
    StoryCompleted,
    StoryDeleted,
    StoryFailed,
    StoryGenerated,
    StoryProgressed,
    StoryRegenerationRequested,
    StoryRequested,
    StoryStarted,
    WebhookDelivery,
)
from moretale_gateway.models import utcnow
from moretale_gateway.stories import STORIES, STORY_TRANSITIONS, result_url, status_url
from moretale_kit.bus import Bus
from moretale_kit.db import Database

log = logging.getLogger(__name__)

_COUNTERS = (
    "tts_done",
    "tts_failed",
    "tts_total",
    "illustrations_done",
    "illustrations_failed",
    "illustrations_total",
)


class Projector:
    """Applies story events to rows, and owes a webhook for every terminal state reached."""

    def __init__(self, db: Database, bus: Bus | None = None) -> None:
        self.db = db
        self.bus = bus

    async def on_event(self, event: Event) -> None:
        if isinstance(event, StoryRequested | StoryDeleted | StoryRegenerationRequested):
            return  # the gateway wrote these itself (and its consumer no longer asks for them)
        outcome = await self.db.run(functools.partial(_project, event), write=True)
        if outcome is None:
            return
        row, moved, terminal_now = outcome
        if moved:
            STORY_TRANSITIONS.labels(row.status).inc()
        if terminal_now:
            await self._owe_webhook(row)

    async def _owe_webhook(self, row: Any) -> None:
        url = row.request.get("callback_url")
        if not url or self.bus is None:
            return
        event_type = f"story.{row.status}"
        payload = {
            "type": event_type,
            "timestamp": utcnow().isoformat(),
            "data": {
                "id": row.id,
                "status": row.status,
                "revision": row.revision,
                "status_url": status_url(row.id),
                "result_url": result_url(row.id),
                "error": row.error,
            },
        }
        await self.bus.publish(
            WebhookDelivery(
                story_id=row.id,
                url=url,
                event_type=f"{event_type}.{row.revision}",
                payload=payload,
            )
        )


_TERMINAL_EVENTS = {
    StoryStatus.COMPLETED: StoryCompleted,
    StoryStatus.FAILED: StoryFailed,
    StoryStatus.CANCELED: StoryCanceled,
}


def _project(event: Event, conn: Connection) -> tuple[Any, bool, bool] | None:
    """One event onto its row, in the caller's transaction: (row, status moved, webhook owed),
    or None when there is nothing to do. Core statements: this runs for every event."""
    for _ in range(5):
        query = select(STORIES).where(STORIES.c.id == event.story_id)
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        found = conn.execute(query).first()
        if found is None:
            return None  # a story this gateway does not know (deleted): nothing to project
        row = SimpleNamespace(**found._mapping)
        status = StoryStatus(row.status)
        if status.is_terminal:
            owed = isinstance(event, _TERMINAL_EVENTS[status]) and not _stale(row, event)
            return (row, False, True) if owed else None
        if isinstance(event, StoryCanceled) or _stale(row, event):
            return None
        before = dict(vars(row))
        _apply(row, event)
        row.updated_at = utcnow()
        changes = {name: value for name, value in vars(row).items() if before[name] != value}
        moved = conn.execute(
            update(STORIES)
            .where(
                STORIES.c.id == row.id,
                STORIES.c.status == before["status"],
                STORIES.c.revision == before["revision"],
            )
            .values(**changes)
        ).rowcount
        if moved:
            return row, row.status != before["status"], StoryStatus(row.status).is_terminal
        # A cancel or a regeneration committed since the read: project onto what it left.
    raise RuntimeError(f"story {event.story_id} kept changing under its projection")


def _stale(row: Any, event: Event) -> bool:
    # Events of an earlier revision (before a regeneration) no longer describe the story.
    revision = getattr(event, "revision", None)
    return revision is not None and revision < row.revision


def _apply(row: Any, event: Event) -> None:
    now = utcnow()
    match event:
        case StoryStarted():
            row.status = StoryStatus.RUNNING
            row.started_at = row.started_at or now
        case StoryGenerated():
            row.status = StoryStatus.RUNNING
            row.started_at = row.started_at or now
            row.story_done = 1
            row.story_key = event.story_key
            options = event.generation
            words = event.vocabulary_words if options.enable_vocabulary_audio else 0
            clips = 2 * (event.page_count + words) if options.enable_tts else 0
            row.tts_total = max(row.tts_total, clips)
            row.illustrations_total = max(
                row.illustrations_total, event.page_count + 1 if options.enable_illustration else 0
            )
        case StoryProgressed():
            row.status = StoryStatus.RUNNING
            # 0 while pages arrive before the whole story is written (story.page.written).
            row.story_done = max(row.story_done, event.progress.story.done)
            _raise_counters(row, event)
        case StoryCompleted():
            row.status = StoryStatus.COMPLETED
            row.completed_at = now
            row.story_done = 1
            assets = event.assets
            # Skipped assets (nothing to make) are finished work, as in progress events.
            row.tts_done = assets.audio.done + assets.audio.skipped
            row.tts_failed = assets.audio.failed
            row.tts_total = assets.audio.total
            row.illustrations_done = assets.illustrations.done + assets.illustrations.skipped
            row.illustrations_failed = assets.illustrations.failed
            row.illustrations_total = assets.illustrations.total
        case StoryFailed():
            row.status = StoryStatus.FAILED
            row.completed_at = now
            if event.stage == "story":
                row.story_failed = 1
            row.error = event.error.model_dump(mode="json")


def _raise_counters(row: Any, event: StoryProgressed) -> None:
    p = event.progress
    values = {
        "tts_done": p.tts.done,
        "tts_failed": p.tts.failed,
        "tts_total": p.tts.total,
        "illustrations_done": p.illustrations.done,
        "illustrations_failed": p.illustrations.failed,
        "illustrations_total": p.illustrations.total,
    }
    for name in _COUNTERS:
        setattr(row, name, max(getattr(row, name), values[name]))
