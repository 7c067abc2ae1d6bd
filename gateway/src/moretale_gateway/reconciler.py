"""Republishes what the rows say and the bus may not have heard: stories stuck in `queued`,
cancellations and regenerations whose announcement failed (`published_at` empty). The database,
not NATS, is the source of truth."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from sqlalchemy import and_, or_, select

from moretale_contracts.api import StoryCreate, StoryStatus
from moretale_contracts.events import RegenerationKind, StoryRegenerationRequested
from moretale_gateway.models import utcnow
from moretale_gateway.stories import (
    REGENERATIONS,
    STORIES,
    announce_canceled,
    mark_published,
    publish_regeneration,
    publish_requested,
)
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
        """One pass; returns how many stories (or their cancellations and regenerations) were
        published again."""
        return await self._requested() + await self._announcements()

    async def _announcements(self) -> int:
        """Cancellations and regenerations committed but not announced (the publish after the
        commit failed, or the process stopped in between)."""
        query = (
            select(
                STORIES.c.id,
                STORIES.c.status,
                STORIES.c.request,
                STORIES.c.story_key,
                REGENERATIONS.c.kind,
                REGENERATIONS.c.revision,
                REGENERATIONS.c.pages,
            )
            .select_from(
                STORIES.outerjoin(
                    REGENERATIONS,
                    and_(
                        REGENERATIONS.c.story_id == STORIES.c.id,
                        REGENERATIONS.c.revision == STORIES.c.revision,
                    ),
                )
            )
            .where(STORIES.c.published_at.is_(None))
            .where(
                or_(
                    STORIES.c.status == StoryStatus.CANCELED,
                    and_(STORIES.c.status == StoryStatus.RUNNING, STORIES.c.revision > 0),
                )
            )
            .where(STORIES.c.updated_at < utcnow() - GRACE)
            .limit(100)
        )
        rows = await self.db.run(lambda conn: conn.execute(query).all())
        announced = []
        for row in rows:
            with log_context(story_id=row.id):
                if row.status == StoryStatus.CANCELED:
                    ok = await announce_canceled(self.bus, row.id)
                elif row.kind is None or row.story_key is None:
                    continue
                else:
                    # The overrides of the request (voice, model) are not kept in the row: the
                    # republished regeneration uses the book's own options.
                    request = StoryCreate.model_validate(row.request)
                    ok = await publish_regeneration(
                        self.bus,
                        StoryRegenerationRequested(
                            story_id=row.id,
                            kind=RegenerationKind(row.kind),
                            revision=row.revision,
                            story_key=row.story_key,
                            pages=list(row.pages),
                            generation=request.generation,
                        ),
                    )
                if ok:
                    log.info("announced a %s story again", row.status)
                    announced.append(row.id)
        await mark_published(self.db, announced)
        return len(announced)

    async def _requested(self) -> int:
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
