"""The per-key rate limit holds under a burst on PostgreSQL, where inserts run at once (SQLite
writes one transaction at a time)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from servers import PostgresServer, postgres_server  # noqa: F401  (fixture)

from moretale_contracts.api import StoryCreate
from moretale_gateway.main import MIGRATIONS
from moretale_gateway.stories import create
from moretale_kit.db import Database
from moretale_kit.errors import ApiError

pytestmark = pytest.mark.timeout(120)

REQUEST = StoryCreate(
    child_name="Mina",
    child_age=5,
    primary_lang="ko",
    secondary_lang="en",
    theme="Friendship",
    page_count=4,
)


async def test_a_burst_on_postgres_stops_at_the_limit(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    """30 requests of one key at once against a limit of 5: five stories, 25 answers of 429.
    Without the key's turn each insert counted only what was committed when it began, and
    8 of 30 got in."""
    db = Database(postgres_server.create_database(f"rate_{uuid.uuid4().hex[:8]}"), pool_size=10)
    await db.migrate(MIGRATIONS)
    try:
        await db.warm()  # ten connections: the inserts really run at once
        results = await asyncio.gather(
            *(create(db, REQUEST, "owner-1", None, None, rate_limit=5) for _ in range(30)),
            return_exceptions=True,
        )
        created = [r for r in results if not isinstance(r, BaseException)]
        refused = [r for r in results if isinstance(r, ApiError) and r.status == 429]
        assert (len(created), len(refused)) == (5, 25), results
        # Another key is not held up by this one's turn.
        _, other = await create(db, REQUEST, "owner-2", None, None, rate_limit=5)
        assert other
    finally:
        await db.close()
