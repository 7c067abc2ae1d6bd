"""State changes race on real databases (SQLite, the default, and PostgreSQL) and a real
nats-server: a cancel against the book's completion, two regenerations at once. Two `Database`
objects stand for two gateway processes (their own connections, their own SQLite writer). Every
race has one consistent outcome; nothing flips a story back."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from servers import NatsServer, PostgresServer

from moretale_contracts.api import (
    AssetCounts,
    AssetsSummary,
    GenerationOptions,
    StoryCreate,
    TtsRegeneration,
)
from moretale_contracts.events import RegenerationKind, StoryCompleted, StoryGenerated
from moretale_gateway.config import Settings
from moretale_gateway.main import MIGRATIONS
from moretale_gateway.projector import Projector
from moretale_gateway.stories import _BY_ID, REGENERATIONS, cancel, create, regenerate
from moretale_kit.bus import Bus
from moretale_kit.db import Database
from moretale_kit.errors import ApiError

pytestmark = pytest.mark.timeout(120)

ROUNDS = 15
REQUEST = StoryCreate(
    child_name="Mina",
    child_age=5,
    primary_lang="ko",
    secondary_lang="en",
    theme="Friendship",
    page_count=4,
)
ASSETS = AssetsSummary(
    audio=AssetCounts(done=8, total=8),
    illustrations=AssetCounts(done=5, total=5),
    has_partial_failures=False,
)


@pytest.fixture(params=["sqlite", "postgresql"])
async def two_gateways(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[Database, Database]]:
    """Two connections to one migrated stories database, as two gateway processes have."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = await asyncio.to_thread(server.create_database, f"races_{uuid.uuid4().hex[:8]}")
    first, second = Database(url), Database(url)
    await first.migrate(MIGRATIONS)
    yield first, second
    await first.close()
    await second.close()


@pytest.fixture
async def bus(nats_server: NatsServer) -> AsyncIterator[Bus]:
    bus = await Bus.connect(nats_server.url, "gateway-test")
    await bus.ensure_streams()
    yield bus
    await bus.close()


async def _running_story(db: Database) -> str:
    row, _ = await create(db, REQUEST, "owner-1", None, None, rate_limit=10_000)
    await Projector(db).on_event(_generated(row.id))
    return str(row.id)


def _generated(story_id: str) -> StoryGenerated:
    return StoryGenerated(
        story_id=story_id,
        story_key=f"{story_id}/story_m.json",
        story_model="m",
        page_count=4,
        primary_language="Korean",
        secondary_language="English",
        generation=GenerationOptions(),
    )


async def _status(db: Database, story_id: str) -> tuple[str, int]:
    row = await db.run(lambda conn: conn.execute(_BY_ID, {"story_id": story_id}).one())
    return str(row.status), int(row.revision)


async def test_cancel_and_completion_racing_end_one_way(
    two_gateways: tuple[Database, Database], bus: Bus
) -> None:
    api, projector_db = two_gateways
    projector = Projector(projector_db)
    outcomes = set()
    for _ in range(ROUNDS):
        story_id = await _running_story(api)
        row = await api.run(lambda conn, s=story_id: conn.execute(_BY_ID, {"story_id": s}).one())
        completed = StoryCompleted(story_id=story_id, result_key="r", assets=ASSETS)
        canceled, _ = await asyncio.gather(
            cancel(api, bus, row), projector.on_event(completed), return_exceptions=True
        )
        final, _ = await _status(api, story_id)
        if isinstance(canceled, ApiError):
            # Completion won: the cancel was refused, and the story is completed.
            assert canceled.code == "STORY_CANCEL_NOT_ALLOWED", canceled
            assert final == "completed"
        else:
            assert not isinstance(canceled, BaseException), canceled
            # The cancel won: it said canceled, and the completion changed nothing.
            assert canceled.status == "canceled" and final == "canceled"
        # Late copies of either event flip nothing back.
        await projector.on_event(completed)
        assert (await _status(api, story_id))[0] == final
        outcomes.add(final)
    print(f"outcomes over {ROUNDS} races: {sorted(outcomes)}")


async def test_two_regenerations_at_once_one_runs_the_other_is_refused(
    two_gateways: tuple[Database, Database], bus: Bus
) -> None:
    first, second = two_gateways
    settings = Settings(rate_limit_per_minute=10_000)
    for _ in range(ROUNDS):
        story_id = await _running_story(first)
        await Projector(first).on_event(
            StoryCompleted(story_id=story_id, result_key="r", assets=ASSETS)
        )
        row = await first.run(lambda conn, s=story_id: conn.execute(_BY_ID, {"story_id": s}).one())
        results = await asyncio.gather(
            *(
                regenerate(db, bus, settings, row, RegenerationKind.TTS, TtsRegeneration())
                for db in (first, second)
            ),
            return_exceptions=True,
        )
        refused = [r for r in results if isinstance(r, ApiError)]
        started = [r for r in results if not isinstance(r, BaseException)]
        assert len(started) == 1 and len(refused) == 1, results
        assert refused[0].status == 409 and refused[0].code == "STORY_BUSY"
        assert await _status(first, story_id) == ("running", 1)
        assert started[0].revision == 1 and started[0].published_at is not None
        count = await first.run(
            lambda conn, s=story_id: len(
                conn.execute(REGENERATIONS.select().where(REGENERATIONS.c.story_id == s)).all()
            )
        )
        assert count == 1
