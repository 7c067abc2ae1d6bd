"""asset-service records each asset once on PostgreSQL, where replicas (and redeliveries) write
at the same time (SQLite writes one transaction at a time)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from servers import PostgresServer, postgres_server  # noqa: F401

from asset_service.books import Books
from asset_service.main import MIGRATIONS
from asset_service.models import Asset
from moretale_kit.db import Database
from moretale_kit.store import LocalObjectStore

pytestmark = pytest.mark.timeout(120)

SID = "20260101_000000_story_mina_x"


def _clip(status: str, page: int = 1) -> Asset:
    return Asset(
        story_id=SID,
        kind="audio",
        page_number=page,
        role="primary",
        language="Korean",
        status=status,
        key=f"{SID}/audio/01_korean/page_{page:02d}_primary.wav" if status == "done" else None,
        error_code="TTS_FAILED" if status == "failed" else None,
    )


async def test_the_same_asset_recorded_at_once_is_one_row_and_one_change(
    postgres_server: PostgresServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Ten deliveries of one clip at once: one row, and exactly one of them reports a change
    (each change is announced as progress). Then, over a recorded failure, ten successes at
    once: the failure is replaced once. Without the retry after a duplicate insert nine calls
    raise; without the row lock several successes each report replacing the failure."""
    url = postgres_server.create_database(f"assets_{uuid.uuid4().hex[:8]}")
    db = Database(url, pool_size=10)
    await db.migrate(MIGRATIONS)
    await db.warm()
    store = LocalObjectStore(tmp_path / "objects", "http://assets.test", b"s" * 32)
    books = Books(db, store, timedelta(minutes=10))
    try:
        changed = await asyncio.gather(*(books.record_asset(_clip("done")) for _ in range(10)))
        assert changed.count(True) == 1
        rows = await books.assets(SID)
        assert [(r.status, r.key) for r in rows] == [("done", _clip("done").key)]

        assert await books.record_asset(_clip("failed", page=2))
        changed = await asyncio.gather(*(books.record_asset(_clip("done", 2)) for _ in range(10)))
        assert changed.count(True) == 1
        rows = {r.page_number: r for r in await books.assets(SID)}
        assert len(rows) == 2 and rows[2].status == "done" and rows[2].error_code is None
    finally:
        await db.close()
