"""The per-key rate limit holds under a burst on PostgreSQL, where inserts run at once (SQLite
writes one transaction at a time): for new books and for regenerations."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from servers import NatsServer, PostgresServer, nats_server, postgres_server  # noqa: F401

from moretale_contracts.api import StoryCreate, TtsRegeneration
from moretale_contracts.events import RegenerationKind
from moretale_gateway.config import Settings
from moretale_gateway.main import MIGRATIONS
from moretale_gateway.stories import STORIES, create, get, regenerate
from moretale_kit.bus import Bus
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


async def test_a_burst_of_regenerations_stops_at_the_limit(
    postgres_server: PostgresServer,  # noqa: F811
    nats_server: NatsServer,  # noqa: F811
) -> None:
    """Six finished books of one key, each regenerated at once, at a limit of 8 a minute: the
    six books count, so two regenerations go ahead and four get 429."""
    db = Database(postgres_server.create_database(f"regen_{uuid.uuid4().hex[:8]}"), pool_size=10)
    await db.migrate(MIGRATIONS)
    bus = await Bus.connect(nats_server.url, "test")
    try:
        await bus.ensure_streams()
        await db.warm()
        ids = [
            (await create(db, REQUEST, "owner-1", None, None, rate_limit=100))[0].id
            for _ in range(6)
        ]
        finished = STORIES.update().values(status="completed", story_key="stories/x/story.json")
        await db.run(lambda conn: conn.execute(finished), write=True)
        rows = [await get(db, "owner-1", story_id) for story_id in ids]
        settings = Settings(rate_limit_per_minute=8)
        results = await asyncio.gather(
            *(
                regenerate(db, bus, settings, row, RegenerationKind.TTS, TtsRegeneration())
                for row in rows
            ),
            return_exceptions=True,
        )
        started = [r for r in results if not isinstance(r, BaseException)]
        refused = [r for r in results if isinstance(r, ApiError) and r.status == 429]
        assert (len(started), len(refused)) == (2, 4), results
    finally:
        await bus.close()
        await db.close()
