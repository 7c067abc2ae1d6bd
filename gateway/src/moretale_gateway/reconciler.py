"""Republishes what the rows say and the bus may not have heard: stories stuck in `queued`,
cancellations and regenerations whose announcement failed (`published_at` empty). The database,
not NATS, is the source of truth."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from prometheus_client import Counter
from sqlalchemy import and_, or_, select, update

from moretale_contracts.api import StoryCreate, StoryStatus
from moretale_contracts.events import (
    RegenerationKind,
    StoryRegenerationRequested,
    StoryRequested,
)
from moretale_gateway.models import utcnow
from moretale_gateway.stories import (
    REGENERATIONS,
    STORIES,
    announce_canceled,
    mark_published,
    publish_regeneration,
    publish_requested,
    with_overrides,
)
from moretale_kit.bus import Bus
from moretale_kit.db import Database
from moretale_kit.logs import log_context

log = logging.getLogger(__name__)

# A story younger than this may still be on its way out of the outbox.
GRACE = timedelta(seconds=2)

STORIES_REDRIVEN = Counter(
    "moretale_stories_redriven_total",
    "Running stories without progress for GATEWAY_STALL_AFTER_SEC whose stage the watchdog "
    "published again, by stage (story: the text or the planning after it; regeneration).",
    ["stage"],
)


class Reconciler:
    """Every `interval`, publishes again each story queued and unpublished (or published longer
    than `requeue_after` ago and still queued). This is the outbox's safety net: a story whose
    publish after the 202 failed, or never ran because the process stopped, goes out here."""

    def __init__(
        self,
        db: Database,
        bus: Bus,
        interval: timedelta,
        requeue_after: timedelta,
        stall_after: timedelta = timedelta(minutes=15),
    ) -> None:
        self.db = db
        self.bus = bus
        self.interval = interval
        self.requeue_after = requeue_after
        self.stall_after = stall_after

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
        return await self._requested() + await self._announcements() + await self._stalled()

    async def _stalled(self) -> int:
        """The watchdog: a running story without progress for `stall_after` is driven again
        from its stage. A first book: `story.requested` once more (story-service finds its
        text stored and announces it again, the planners plan again, stored assets are
        announced, not remade). A regeneration: its request once more. Every step is
        idempotent; the row's `updated_at` moves, so it is driven once per `stall_after`."""
        now = utcnow()
        query = (
            select(
                STORIES.c.id,
                STORIES.c.request,
                STORIES.c.request_id,
                STORIES.c.revision,
                STORIES.c.updated_at,
            )
            .where(STORIES.c.status == StoryStatus.RUNNING)
            .where(STORIES.c.published_at.is_not(None))
            .where(STORIES.c.updated_at < now - self.stall_after)
            .limit(100)
        )
        rows = await self.db.run(lambda conn: conn.execute(query).all())
        driven = 0
        for row in rows:
            claim = (
                update(STORIES)
                .where(STORIES.c.id == row.id, STORIES.c.updated_at == row.updated_at)
                .values(updated_at=now)
            )
            if not await self.db.run(lambda conn, c=claim: conn.execute(c).rowcount, write=True):
                continue  # progress, or another gateway drove it meanwhile
            with log_context(story_id=row.id, request_id=row.request_id):
                stage = "regeneration" if row.revision else "story"
                try:
                    if row.revision:
                        # Unannounced: `_announcements` republishes the regeneration now.
                        await self.db.run(
                            lambda conn, i=row.id: conn.execute(
                                update(STORIES)
                                .where(STORIES.c.id == i)
                                .values(published_at=None, updated_at=now - GRACE * 2)
                            ),
                            write=True,
                        )
                    else:
                        event = StoryRequested(
                            story_id=row.id,
                            request=StoryCreate.model_validate(row.request),
                            request_id=row.request_id,
                        )
                        stamp = int(now.timestamp())
                        await self.bus.publish(event, msg_id=f"{row.id}:requested:redrive:{stamp}")
                except Exception:
                    log.warning("could not drive a stalled story again", exc_info=True)
                    continue
                log.warning(
                    "a running story made no progress for %s: driven again", self.stall_after
                )
                STORIES_REDRIVEN.labels(stage).inc()
                driven += 1
        if any(row.revision for row in rows):
            await self._announcements()
        return driven

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
                REGENERATIONS.c.overrides,
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
                    # What the caller asked (voice, models), kept with the regeneration.
                    request = StoryCreate.model_validate(row.request)
                    ok = await publish_regeneration(
                        self.bus,
                        StoryRegenerationRequested(
                            story_id=row.id,
                            kind=RegenerationKind(row.kind),
                            revision=row.revision,
                            story_key=row.story_key,
                            pages=list(row.pages),
                            generation=with_overrides(request.generation, row.overrides),
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
