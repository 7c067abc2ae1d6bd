"""Lifecycle and progress events → the `stories` row.

Counters only grow and terminal states stay terminal, so events that arrive twice or out of
order never move a story backwards (nothing flips a canceled or completed story back).
"""

from __future__ import annotations

import logging

from moretale_contracts.api import StoryStatus
from moretale_contracts.events import (
    Event,
    StoryCanceled,
    StoryCompleted,
    StoryFailed,
    StoryGenerated,
    StoryProgressed,
    StoryRequested,
    StoryStarted,
)
from moretale_gateway.models import StoryRow, utcnow
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
    """Applies story events to rows."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def on_event(self, event: Event) -> None:
        if isinstance(event, StoryRequested | StoryCanceled):
            return  # the gateway wrote these itself
        async with self.db.session() as session:
            row = await session.get(StoryRow, event.story_id, with_for_update=True)
            if row is None:
                log.info("event for an unknown story ignored")
                return
            if StoryStatus(row.status).is_terminal:
                return
            _apply(row, event)
            row.updated_at = utcnow()
            session.add(row)
            await session.commit()


def _apply(row: StoryRow, event: Event) -> None:
    now = utcnow()
    match event:
        case StoryStarted():
            row.status = StoryStatus.RUNNING
            row.started_at = row.started_at or now
        case StoryGenerated():
            row.status = StoryStatus.RUNNING
            row.started_at = row.started_at or now
            row.story_done = 1
            options = event.generation
            row.tts_total = max(row.tts_total, 2 * event.page_count if options.enable_tts else 0)
            row.illustrations_total = max(
                row.illustrations_total, event.page_count + 1 if options.enable_illustration else 0
            )
        case StoryProgressed():
            row.status = StoryStatus.RUNNING
            row.story_done = 1
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


def _raise_counters(row: StoryRow, event: StoryProgressed) -> None:
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
