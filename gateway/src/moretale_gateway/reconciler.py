"""Republishes stories stuck in `queued`: the database, not NATS, is the source of truth."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from sqlalchemy import or_
from sqlmodel import select

from moretale_contracts.api import StoryStatus
from moretale_gateway.models import StoryRow, utcnow
from moretale_gateway.stories import publish_requested
from moretale_kit.bus import Bus
from moretale_kit.db import Database
from moretale_kit.logs import log_context

log = logging.getLogger(__name__)


class Reconciler:
    """Every `interval`, publishes again each story queued and unpublished for `requeue_after`."""

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
        cutoff = utcnow() - self.requeue_after
        async with self.db.session() as session:
            rows = (
                await session.exec(
                    select(StoryRow)
                    .where(StoryRow.status == StoryStatus.QUEUED)
                    .where(
                        or_(
                            StoryRow.published_at.is_(None),  # type: ignore[union-attr]
                            StoryRow.published_at < cutoff,  # type: ignore[operator]
                        )
                    )
                    .where(StoryRow.created_at < utcnow() - timedelta(seconds=2))
                    .limit(100)
                )
            ).all()
        count = 0
        for row in rows:
            with log_context(story_id=row.id, request_id=row.request_id):
                if await publish_requested(self.db, self.bus, row):
                    log.info("republished a queued story")
                    count += 1
        return count
