"""Republishes stories stuck in `queued`: the database, not NATS, is the source of truth."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from sqlalchemy import or_, select

from moretale_contracts.api import StoryCreate, StoryStatus
from moretale_gateway.models import utcnow
from moretale_gateway.stories import STORIES, mark_published, publish_requested
from moretale_kit.bus import Bus
from moretale_kit.db import Database
from moretale_kit.logs import log_context

log = logging.getLogger(__name__)

# A story younger than this may still be on its way out of the outbox.
GRACE = timedelta(seconds=2)


class Reconciler:
    """Every `interval`, publishes again each story queued and unpublished (or published longer
    than `requeue_after` ago and still queued). This is the outbox's safety net: a story whose
    publish after the 202 failed, or never ran because the process stopped, goes out here."""

    def __init__(
        self, db: Database, bus: Bus, interval: timedelta, requeue_after: timedelta
    ) -> None:
        self.db = db
        self.bus = bus
        self.interval = interval
        self.requeue_after = requeue_after

    async def run(self) -> None:
        while True:
            try:
                await self.reconcile_once()
            except Exception:
                log.exception("reconcile pass failed")
            await asyncio.sleep(self.interval.total_seconds())

    async def reconcile_once(self) -> int:
        """One pass; returns how many stories were published again."""
        now = utcnow()
        query = (
            select(STORIES.c.id, STORIES.c.request, STORIES.c.request_id)
            .where(STORIES.c.status == StoryStatus.QUEUED)
            .where(
                or_(
                    STORIES.c.published_at.is_(None),
                    STORIES.c.published_at < now - self.requeue_after,
                )
            )
            .where(STORIES.c.created_at < now - GRACE)
            .limit(100)
        )
        rows = await self.db.run(lambda conn: conn.execute(query).all())
        published = []
        for row in rows:
            with log_context(story_id=row.id, request_id=row.request_id):
                request = StoryCreate.model_validate(row.request)
                if await publish_requested(self.bus, row.id, request, row.request_id):
                    log.info("republished a queued story")
                    published.append(row.id)
        await mark_published(self.db, published)
        return len(published)
