"""A regeneration's overrides (voice, models) survive the gateway dying on its way to announce
it, on SQLite and PostgreSQL with a real nats-server. The gateway process is killed (SIGKILL)
after the unit that starts the regeneration commits and before its announcement goes out, or
after it went out and before that was recorded; the reconciler of another process then
announces it with what the caller asked, and the stream holds it once. Also migration 0003
(`regenerations.overrides`) over rows written before it."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import nats
import pytest
from servers import NatsServer, PostgresServer

from moretale_contracts.api import StoryCreate
from moretale_contracts.events import RegenerationKind, StoryRegenerationRequested
from moretale_contracts.streams import STORY_EVENTS
from moretale_gateway.main import MIGRATIONS
from moretale_gateway.models import utcnow
from moretale_gateway.reconciler import GRACE, Reconciler
from moretale_gateway.stories import REGENERATIONS, STORIES, create
from moretale_kit.bus import Bus, decode
from moretale_kit.db import Database

pytestmark = pytest.mark.timeout(120)

REQUEST = StoryCreate(
    child_name="Mina",
    child_age=5,
    primary_lang="ko",
    secondary_lang="en",
    theme="Friendship",
    page_count=4,
)

# One gateway process regenerating a story's narration with another voice and a retired model
# id (served by gemini-3.8-flash-tts). It is killed at `point`.
GATEWAY = """
import asyncio, os, signal, sys
from moretale_contracts.api import TtsRegeneration
from moretale_contracts.events import RegenerationKind
from moretale_gateway import stories
from moretale_gateway.config import Settings
from moretale_kit.bus import Bus
from moretale_kit.db import Database

async def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

async def main(url, nats_url, story_id, point):
    db = Database(url)
    bus = await Bus.connect(nats_url, "gateway")
    if point == "before the announcement":
        stories.publish_regeneration = die
    else:
        stories.mark_published = die
    row = await stories.get(db, "owner-1", story_id)
    body = TtsRegeneration(tts_voice="Kore", tts_model="gemini-2.5-flash-preview-tts", pages=[2])
    await stories.regenerate(db, bus, Settings(), row, RegenerationKind.TTS, body)

asyncio.run(main(*sys.argv[1:]))
"""
ASKED = {"tts_voice": "Kore", "tts_model": "gemini-3.8-flash-tts"}


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return await asyncio.to_thread(server.create_database, f"regen_{uuid.uuid4().hex[:8]}")


@pytest.fixture
async def bus(nats_server: NatsServer) -> AsyncIterator[Bus]:
    bus = await Bus.connect(nats_server.url, "gateway-test")
    await bus.ensure_streams()
    yield bus
    await bus.close()


async def _announcements(bus: Bus, story_id: str) -> list[StoryRegenerationRequested]:
    """Every regeneration of the story in the stream."""
    subject = f"{StoryRegenerationRequested.SUBJECT}.{story_id}"
    sub = await bus.js.subscribe(subject, stream=STORY_EVENTS.name, ordered_consumer=True)
    found = []
    try:
        while True:
            msg = await sub.next_msg(timeout=0.5)
            event = decode(msg.subject, msg.data)
            assert isinstance(event, StoryRegenerationRequested)
            found.append(event)
    except nats.errors.TimeoutError:
        pass
    await sub.unsubscribe()
    return found


async def _past_grace(db: Database, story_id: str) -> None:
    """As if GRACE had passed since the regeneration started (the reconciler waits it out)."""
    older = STORIES.update().where(STORIES.c.id == story_id).values(updated_at=utcnow() - GRACE * 2)
    await db.run(lambda conn: conn.execute(older), write=True)


@pytest.mark.parametrize("point", ["before the announcement", "before it is recorded"])
async def test_a_gateway_killed_while_announcing_a_regeneration_leaves_it_announced_once_as_asked(
    database_url: str, bus: Bus, nats_server: NatsServer, tmp_path: Path, point: str
) -> None:
    db = Database(database_url)
    try:
        await db.migrate(MIGRATIONS)
        row, _ = await create(db, REQUEST, "owner-1", None, None, rate_limit=1000)
        story_id = str(row.id)
        finished = (
            STORIES.update()
            .where(STORIES.c.id == story_id)
            .values(status="completed", story_key=f"{story_id}/story.json")
        )
        await db.run(lambda conn: conn.execute(finished), write=True)

        gateway = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-c", GATEWAY, database_url, nats_server.url, story_id, point],
            capture_output=True,
            text=True,
            timeout=90,
            env={"PATH": "/usr/bin:/bin", "MORETALE_DATA_DIR": str(tmp_path / "data")},
        )
        assert gateway.returncode == -signal.SIGKILL, gateway.stderr[-1500:]

        # Committed: running as revision 1, its overrides kept, the announcement not recorded.
        story = await db.run(
            lambda conn: conn.execute(STORIES.select().where(STORIES.c.id == story_id)).one()
        )
        assert (story.status, story.revision, story.published_at) == ("running", 1, None)
        regeneration = await db.run(
            lambda conn: conn.execute(
                REGENERATIONS.select().where(REGENERATIONS.c.story_id == story_id)
            ).one()
        )
        assert regeneration.overrides == ASKED
        sent = await _announcements(bus, story_id)
        assert len(sent) == (0 if point == "before the announcement" else 1)

        # Another gateway's reconciler (its own connections) announces it: as the caller asked.
        other = Database(database_url)
        try:
            await _past_grace(other, story_id)
            reconciler = Reconciler(other, bus, timedelta(seconds=1), timedelta(seconds=60))
            assert await reconciler.reconcile_once() == 1
            assert await reconciler.reconcile_once() == 0  # recorded: not again
        finally:
            await other.close()
        [event] = await _announcements(bus, story_id)  # a republish of a sent one is dropped
        assert (event.kind, event.revision, event.pages) == (RegenerationKind.TTS, 1, [2])
        assert event.generation == REQUEST.generation.model_copy(update=ASKED)
    finally:
        await db.close()


# Step "old": the schema at 0002 and a regeneration written then (no overrides column), whose
# announcement failed. Step "head": migrate, down to 0002 and up again (both ways work on the
# engine), and print the columns and the old row's overrides.
MIGRATE = """
import asyncio, json, sys
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from moretale_gateway.main import MIGRATIONS
from moretale_kit.db import Database

async def main(url, step, story_id, request):
    db = Database(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["database_url"] = db.url
    try:
        if step == "old":
            await asyncio.to_thread(command.upgrade, config, "0002")
            stories = sa.table(
                "stories", *(sa.column(c) for c in (
                    "id", "owner", "status", "request", "request_hash", "child_name",
                    "primary_lang", "secondary_lang", "revision", "story_key", "created_at",
                    "updated_at", "story_done", "story_failed", "tts_done", "tts_failed",
                    "tts_total", "illustrations_done", "illustrations_failed",
                    "illustrations_total",
                ))
            )
            regenerations = sa.table(
                "regenerations",
                *(sa.column(c) for c in ("story_id", "owner", "kind", "revision", "created_at")),
                sa.column("pages", sa.JSON),
            )
            now = sa.func.current_timestamp()
            async with db.engine.begin() as conn:
                await conn.execute(stories.insert().values(
                    id=story_id, owner="o", status="running", request=request,
                    request_hash="h", child_name="Mina", primary_lang="Korean",
                    secondary_lang="English", revision=1, story_key=f"{story_id}/story.json",
                    created_at=now, updated_at=now, story_done=1, story_failed=0, tts_done=0,
                    tts_failed=0, tts_total=2, illustrations_done=0, illustrations_failed=0,
                    illustrations_total=0,
                ))
                await conn.execute(regenerations.insert().values(
                    story_id=story_id, owner="o", kind="tts", revision=1, pages=[1],
                    created_at=now,
                ))
        else:
            await db.migrate(MIGRATIONS)
            await asyncio.to_thread(command.downgrade, config, "0002")
            await asyncio.to_thread(command.upgrade, config, "head")
            async with db.engine.connect() as conn:
                columns = await conn.run_sync(
                    lambda c: [col["name"] for col in sa.inspect(c).get_columns("regenerations")]
                )
                rows = await conn.execute(sa.text("select overrides from regenerations"))
                overrides = [row[0] for row in rows]
            print(json.dumps({"columns": columns, "overrides": overrides}))
    finally:
        await db.close()

asyncio.run(main(*sys.argv[1:]))
"""


async def test_migration_0003_keeps_older_regenerations_and_they_are_announced_as_before(
    database_url: str, bus: Bus, tmp_path: Path
) -> None:
    story_id = f"old-{uuid.uuid4().hex[:8]}"
    request = json.dumps(REQUEST.model_dump(mode="json"))
    env = {"PATH": "/usr/bin:/bin", "MORETALE_DATA_DIR": str(tmp_path / "data")}
    for step in ("old", "head"):
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-c", MIGRATE, database_url, step, story_id, request],
            capture_output=True,
            text=True,
            env=env,
            timeout=90,
        )
        assert done.returncode == 0, done.stderr[-1500:]
    schema = json.loads(done.stdout)
    assert "overrides" in schema["columns"]
    assert schema["overrides"] == [None]

    db = Database(database_url)
    try:
        await _past_grace(db, story_id)
        reconciler = Reconciler(db, bus, timedelta(seconds=1), timedelta(seconds=60))
        assert await reconciler.reconcile_once() == 1
    finally:
        await db.close()
    [event] = await _announcements(bus, story_id)
    assert (event.kind, event.revision, event.pages) == (RegenerationKind.TTS, 1, [1])
    assert event.generation == REQUEST.generation  # nothing was asked over the book's options
