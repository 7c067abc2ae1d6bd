"""API hardening over real processes: asset-service's internal routes closed, API keys stored as
keyed hashes (and migrated), bounded bodies, capped event streams, 400s for bad input."""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from servers import HOST, PostgresServer, postgres_server  # noqa: F401  (fixture)
from stack import API_KEY, INTERNAL_TOKEN, Stack
from test_api import QUICK, _read_events
from test_book import create

pytestmark = pytest.mark.timeout(180)

KEY_SECRET = "test-api-key-secret"
LONG_KEY = "k" * 200


def owner_of(key: str) -> str:
    return hmac.new(KEY_SECRET.encode(), key.encode(), hashlib.sha256).hexdigest()


@pytest.fixture(scope="module")
def hard_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The whole system on SQLite and the local store."""
    stack = Stack.start(tmp_path_factory.mktemp("hard-stack"))
    yield stack
    stack.stop()


@pytest.fixture(scope="module")
def pg_gateway(
    tmp_path_factory: pytest.TempPathFactory,
    postgres_server: PostgresServer,  # noqa: F811
) -> Iterator[tuple[Stack, str]]:
    """The gateway alone on PostgreSQL: its stories stay queued (no worker takes them)."""
    url = postgres_server.create_database(f"gw_hard_{uuid.uuid4().hex[:8]}")
    stack = Stack.start(
        tmp_path_factory.mktemp("pg-gateway"),
        {
            "GATEWAY_DATABASE_URL": url,
            "MORETALE_API_KEYS": f"{API_KEY},second-key,{LONG_KEY}",
            "GATEWAY_API_KEY_SECRET": KEY_SECRET,
            "GATEWAY_SSE_MAX_STREAMS_PER_KEY": "2",
            "GATEWAY_SSE_MAX_STREAMS_PER_SHARE": "1",
            "GATEWAY_SSE_HEARTBEAT_SEC": "1",
        },
        services=("gateway",),
    )
    yield stack, url
    stack.stop()


# --- 1. asset-service's internal routes


def test_internal_routes_need_the_service_credential(hard_stack: Stack) -> None:
    story_id = create(hard_stack, QUICK)
    hard_stack.wait_for_status(story_id, {"completed"})
    public = f"http://{HOST}:{hard_stack.ports['asset']}/internal/books/{story_id}"
    internal = f"http://{HOST}:{hard_stack.ports['asset-internal']}/internal/books/{story_id}"
    # Not on the public port (the one that serves /files), whatever the credential.
    for headers in ({}, {"Authorization": f"Bearer {INTERNAL_TOKEN}"}):
        assert httpx.get(f"{public}/result", headers=headers).status_code == 404
        assert httpx.delete(public, headers=headers).status_code == 404
    # On the internal port: 401 without it, 403 when wrong, and nothing changes.
    missing = httpx.get(f"{internal}/result")
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "UNAUTHORIZED"
    wrong = {"Authorization": "Bearer not-the-token"}
    assert httpx.get(f"{internal}/result", headers=wrong).status_code == 403
    assert httpx.delete(internal, headers=wrong).status_code == 403
    assert httpx.delete(internal).status_code == 401
    objects = hard_stack.base / "data" / "objects" / story_id
    assert any(p.is_file() for p in objects.rglob("*"))
    with hard_stack.client() as client:
        book = client.get(f"/api/stories/{story_id}/result")
        assert book.status_code == 200 and len(book.json()["pages"]) == 4
    # The gateway's credential works.
    right = {"Authorization": f"Bearer {INTERNAL_TOKEN}"}
    assert httpx.get(f"{internal}/result", headers=right).status_code == 200


# --- 2. API keys as keyed hashes


def test_keys_are_stored_as_keyed_hashes_and_any_length_works(
    pg_gateway: tuple[Stack, str],
) -> None:
    stack, url = pg_gateway
    with stack.client(key=LONG_KEY) as client:
        created = client.post("/api/stories/", json=QUICK)
        assert created.status_code == 202, created.text  # was a 500 on PostgreSQL
        story_id = created.json()["id"]
        assert client.get(f"/api/stories/{story_id}").status_code == 200
        assert [s["id"] for s in client.get("/api/stories/").json()["items"]] == [story_id]
    with stack.client() as other:
        assert other.get(f"/api/stories/{story_id}").status_code == 404
    owners = _pg_owners(url)
    assert owner_of(LONG_KEY) in owners
    assert not any(key in owners for key in (LONG_KEY, API_KEY, "second-key"))


def _pg_owners(url: str) -> set[str]:
    script = (
        "import asyncio, sys, asyncpg\n"
        "async def main():\n"
        "    c = await asyncpg.connect(sys.argv[1])\n"
        "    print('\\n'.join(r[0] for r in await c.fetch('select owner from stories')))\n"
        "asyncio.run(main())\n"
    )
    plain = url.replace("postgresql+asyncpg://", "postgresql://")
    out = subprocess.run(
        [sys.executable, "-c", script, plain], capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


MIGRATE = """
import asyncio, json, sys
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from moretale_gateway.main import MIGRATIONS
from moretale_gateway.models import Regeneration, StoryRow, utcnow
from moretale_kit.db import Database

async def main(url: str, step: str, keys: list[str]) -> None:
    db = Database(url)
    try:
        if step == "old":
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["database_url"] = db.url
            await asyncio.to_thread(command.upgrade, config, "0001")
            async with db.session() as session:
                for i, key in enumerate(keys):
                    session.add(StoryRow(
                        id=f"story-{i}", owner=key, status="completed", request={},
                        request_hash="h", child_name="Mina", primary_lang="Korean",
                        secondary_lang="English",
                    ))
                    # The columns 0001 made (an ORM object would name later ones too).
                    await session.execute(Regeneration.__table__.insert().values(
                        story_id=f"story-{i}", owner=key, kind="tts", revision=1, pages=[1],
                        created_at=utcnow(),
                    ))
                await session.commit()
        else:
            await db.migrate(MIGRATIONS)
            async with db.engine.connect() as conn:
                owners = {}
                for table in ("stories", "regenerations"):
                    rows = await conn.execute(text(f"select owner from {table} order by owner"))
                    owners[table] = sorted(r[0] for r in rows)
            print(json.dumps(owners))
    finally:
        await db.close()

asyncio.run(main(sys.argv[1], sys.argv[2], json.loads(sys.argv[3])))
"""


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_migration_hashes_existing_owners(
    engine: str,
    tmp_path: Any,
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    if engine == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
        keys = [API_KEY, "second-key", LONG_KEY]  # SQLite kept keys of any length
    else:
        url = postgres_server.create_database(f"gw_keys_{uuid.uuid4().hex[:8]}")
        keys = [API_KEY, "second-key"]
    env = {"PATH": "/usr/bin:/bin", "GATEWAY_API_KEY_SECRET": KEY_SECRET}
    env["MORETALE_DATA_DIR"] = str(tmp_path / "data")
    for step in ("old", "head"):
        done = subprocess.run(
            [sys.executable, "-c", MIGRATE, url, step, json.dumps(keys)],
            capture_output=True,
            text=True,
            env=env,
            timeout=90,
        )
        assert done.returncode == 0, done.stderr[-1500:]
    owners = json.loads(done.stdout)
    expected = sorted(owner_of(k) for k in keys)
    assert owners == {"stories": expected, "regenerations": expected}


# --- 3. bounded bodies, the key first


def test_bodies_are_bounded_after_the_key(pg_gateway: tuple[Stack, str]) -> None:
    stack, _ = pg_gateway
    big = {**QUICK, "extra_prompt": "x" * 70_000}
    with stack.client(key=None) as anonymous:
        answer = anonymous.post("/api/stories/", json=big)
        assert answer.status_code == 401  # the key first: nothing was read
        assert answer.json()["error"]["code"] == "UNAUTHORIZED"
    with stack.client() as client:
        too_large = client.post("/api/stories/", json=big)
        assert too_large.status_code == 413
        error = too_large.json()["error"]
        assert error["code"] == "PAYLOAD_TOO_LARGE" and error["detail"]["max_bytes"] == 65536

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted while read
            body = json.dumps(big).encode()
            for start in range(0, len(body), 8192):
                yield body[start : start + 8192]

        chunked = client.post(
            "/api/stories/", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert chunked.status_code == 413
        assert client.post("/api/stories/", json=QUICK).status_code == 202


# --- 5. capped event streams; 6. 400s


def _open_stream(url: str, headers: dict[str, str]) -> tuple[httpx.Client, httpx.Response]:
    client = httpx.Client(timeout=30)
    response = client.send(client.build_request("GET", url, headers=headers), stream=True)
    return client, response


def test_event_streams_are_capped_per_key_and_per_link(pg_gateway: tuple[Stack, str]) -> None:
    stack, _ = pg_gateway
    story_id = create(stack, QUICK)  # stays queued: the stream stays open
    url = f"{stack.gateway_url}/api/stories/{story_id}/events"
    key = {"X-API-Key": API_KEY}
    opened = [_open_stream(url, key) for _ in range(2)]
    try:
        assert [r.status_code for _, r in opened] == [200, 200]
        refused = httpx.get(url, headers=key, timeout=10)
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "TOO_MANY_STREAMS"
        client, response = opened.pop()
        response.close()
        client.close()
        deadline = time.monotonic() + 10
        while True:  # the slot comes back once the server saw the stream close
            again = _open_stream(url, key)
            if again[1].status_code == 200 or time.monotonic() > deadline:
                break
            again[1].close()
            again[0].close()
            time.sleep(0.3)
        opened.append(again)
        assert again[1].status_code == 200

        with stack.client() as owner:
            token = owner.post(f"/api/stories/{story_id}/share").json()["token"]
        shared = f"{stack.gateway_url}/api/shared/{token}/events"
        opened.append(_open_stream(shared, {}))
        assert opened[-1][1].status_code == 200
        assert httpx.get(shared, timeout=10).status_code == 429
    finally:
        for client, response in opened:
            response.close()
            client.close()


def test_bad_last_event_id_and_callback_port_are_400(pg_gateway: tuple[Stack, str]) -> None:
    stack, _ = pg_gateway
    story_id = create(stack, QUICK)
    with stack.client() as client:
        # Read as latin-1, b"\xb2" is "²": isdigit() says yes, int() says no (was a 500).
        for value in (b"\xb2", "١٢".encode(), b"12a", b"-1", b"9" * 40):
            answer = client.get(f"/api/stories/{story_id}/events", headers={"Last-Event-ID": value})
            assert answer.status_code == 400, (value, answer.text)
            assert answer.json()["error"]["code"] == "VALIDATION_ERROR"
        port = client.post(
            "/api/stories/", json={**QUICK, "callback_url": "http://hooks.example:99999/x"}
        )
        assert port.status_code == 400, port.text
        assert port.json()["error"]["code"] == "CALLBACK_URL_NOT_ALLOWED"


def test_a_resume_after_the_end_ends_at_once(hard_stack: Stack) -> None:
    story_id = create(hard_stack, QUICK)
    hard_stack.wait_for_status(story_id, {"completed"})
    url = f"{hard_stack.gateway_url}/api/stories/{story_id}/events"
    headers = {"X-API-Key": API_KEY}
    # The client that saw every event of a finished story, including the last.
    with httpx.stream("GET", url, headers={**headers, "Last-Event-ID": "1"}, timeout=30) as r:
        seen = _read_events(r.iter_lines())
    last = max(int(i) for i, _, _ in seen if i)
    started = time.monotonic()
    with httpx.stream(
        "GET", url, headers={**headers, "Last-Event-ID": str(last)}, timeout=10
    ) as response:
        assert response.status_code == 200
        events = _read_events(response.iter_lines())
    assert time.monotonic() - started < 5
    assert [(i, name) for i, name, _ in events] == [("", "status"), ("", "completed")]
    assert events[0][2]["status"] == events[1][2]["status"] == "completed"


# --- 8, 9. the plan's result contract over the stack


def test_a_completed_story_carries_its_result_summary(hard_stack: Stack) -> None:
    body = {**QUICK, "generation": {"enable_tts": True, "enable_illustration": False}}
    story_id = create(hard_stack, body)
    with hard_stack.client() as client:
        early = client.get(f"/api/stories/{story_id}").json()
        if early["status"] != "completed":
            assert early["result"] is None
        done = hard_stack.wait_for_status(story_id, {"completed"})
        assert "result" in done
        summary = client.get(f"/api/stories/{story_id}").json()["result"]
        book = client.get(f"/api/stories/{story_id}/result").json()
    assert summary["result_url"] == f"/api/stories/{story_id}/result"
    assert summary["assets"] == {
        "audio": {"enabled": True, "done": 8, "failed": 0, "total": 8},
        "illustrations": {"enabled": False, "done": 0, "failed": 0, "total": 0},
        "has_partial_failures": False,
    }
    assert summary["illustrations_manifest_url"] is None
    story = httpx.get(summary["story_json_url"])
    assert story.status_code == 200 and len(story.json()["pages"]) == 4
    manifest = httpx.get(summary["audio_manifest_url"]).json()
    assert manifest["summary"]["enabled"] is True
    assert (manifest["summary"]["done"], manifest["summary"]["total"]) == (8, 8)
    assert manifest["summary"]["languages"] == ["Korean", "English"]
    assert len(manifest["entries"]) == 8
    # /result: each page's assets, the manifests' URLs, the kinds asked for.
    assert book["audio_manifest_url"] and book["illustrations_manifest_url"] is None
    assert book["assets"]["illustrations"]["enabled"] is False
    for page in book["pages"]:
        assert page["assets"]["audio_primary"] == {
            "status": "done",
            "url": page["audio_primary_url"],
            "error": None,
        }
        assert page["assets"]["audio_secondary"]["status"] == "done"
        assert page["assets"]["illustration"] == {"status": "skipped", "url": None, "error": None}
    assert httpx.get(book["pages"][0]["assets"]["audio_primary"]["url"]).status_code == 200


# --- 11. the list's filters


def test_list_filters_are_documented_ones(pg_gateway: tuple[Stack, str]) -> None:
    stack, _ = pg_gateway
    with stack.client(key="second-key") as client:
        ids = [
            client.post("/api/stories/", json={**QUICK, "child_name": name}).json()["id"]
            for name in ("Mina", "MIHO", "Bora", "Mi_a")
        ]
        views = [client.get(f"/api/stories/{i}").json() for i in ids]

        def names(**params: Any) -> list[str]:
            answer = client.get("/api/stories/", params={"limit": 100, **params})
            assert answer.status_code == 200, answer.text
            return sorted(s["child_name"] for s in answer.json()["items"])

        assert names(child_name="mi") == ["MIHO", "Mi_a", "Mina"]  # prefix, any case
        assert names(child_name="mi_") == ["Mi_a"]  # `_` is a letter, not a wildcard
        assert names(child_name="Mina") == ["Mina"]
        assert names(child_name="ina") == []
        # created_to is inclusive: the story created at that instant is in.
        created = views[2]["created_at"]
        assert "Bora" in names(created_to=created)
        assert "Bora" in names(created_from=created)
        for params in ({"offset": "10"}, {"limit": "5", "sort": "name"}):
            unknown = client.get("/api/stories/", params=params)
            assert unknown.status_code == 400, unknown.text
            assert unknown.json()["error"]["code"] == "VALIDATION_ERROR"
        assert client.get(f"/api/stories/{ids[0]}", params={"x": "1"}).status_code == 400
