"""`story.requested` leaves after the 202: a transactional outbox with the `stories` table as the
outbox.

`POST /api/stories/` commits the row (`queued`, `published_at` empty) and answers; this outbox then
publishes the event in the background and records `published_at` for the stories it published,
many in one statement. If the gateway stops in between, or NATS is away, the row stays
unpublished and the reconciler publishes it again: the database, not this process's memory, is
what guarantees that every accepted story reaches NATS. A republish is harmless: the message id
`{story_id}:requested` makes JetStream drop a duplicate inside its window.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging

from moretale_contracts.api import StoryCreate
from moretale_gateway.stories import mark_published, publish_requested
from moretale_kit.bus import Bus
from moretale_kit.db import Database

log = logging.getLogger(__name__)


class Outbox:
    """Publishes accepted stories in the background; at most `max_pending` at once (beyond that a
    story waits for the reconciler, so a NATS outage cannot grow this process without bound)."""

    def __init__(
        self, db: Database, bus: Bus, max_pending: int = 1000, record_every_sec: float = 0.25
    ) -> None:
        self.db = db
        self.bus = bus
        self.max_pending = max_pending
        self.record_every_sec = record_every_sec
        self._publishing: set[asyncio.Task[None]] = set()
        self._published: list[str] = []
        self._recorder: asyncio.Task[None] | None = None
        self._full = False

    def submit(self, story_id: str, request: StoryCreate, request_id: str | None) -> None:
        """Publish `story.requested` for a committed row, soon. Call it inside the request: the
        task copies its context, so the publish continues the request's trace and logs."""
        if len(self._publishing) >= self.max_pending:
            if not self._full:
                log.warning("outbox full; new stories wait for the reconciler")
            self._full = True
            return
        self._full = False
        task = asyncio.create_task(self._publish(story_id, request, request_id))
        self._publishing.add(task)
        task.add_done_callback(self._publishing.discard)

    async def _publish(self, story_id: str, request: StoryCreate, request_id: str | None) -> None:
        if not await publish_requested(self.bus, story_id, request, request_id):
            return
        self._published.append(story_id)
        if self._recorder is None or self._recorder.done():
            # Its own empty context: it records many stories, not this request's.
            self._recorder = asyncio.create_task(self._record(), context=contextvars.Context())

    async def _record(self) -> None:
        # One UPDATE for everything published in the last `record_every_sec`: a story's
        # `published_at` only tells the reconciler to leave it alone, and it looks at stories
        # seconds old, so the delay costs nothing and spares a write per story.
        while self._published:
            await asyncio.sleep(self.record_every_sec)
            story_ids, self._published = self._published, []
            try:
                await mark_published(self.db, story_ids)
            except Exception:
                log.warning(
                    "could not record %d published stories; the reconciler may publish them "
                    "again (JetStream drops the duplicates)",
                    len(story_ids),
                    exc_info=True,
                )

    async def close(self, grace_sec: float = 10.0) -> None:
        """Let the publishes under way finish and record them (up to `grace_sec` seconds)."""
        if self._publishing:
            await asyncio.wait(set(self._publishing), timeout=grace_sec)
        if self._recorder is not None:
            await asyncio.wait({self._recorder}, timeout=grace_sec)
