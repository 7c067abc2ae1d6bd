"""Faults in the middle of a book: crashed workers, a restarted nats-server, an unreachable S3,
restarted gateway and asset-service, provider 429/503 storms, poison messages, duplicated
events and 20 books at once on PostgreSQL. Every book is checked asset by asset at the end:
every expected clip and picture present once (one row, one manifest entry, one object).

Worker providers are the Gemini ones against the fake Gemini API where a fault needs a book that
is still being made (its latencies keep it in the middle long enough), offline elsewhere.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import nats
import pytest
from minio import Minio
from proxy import TcpProxy
from servers import (
    HOST,
    FakeGeminiServer,
    PostgresServer,
    S3Server,
    fake_gemini,  # noqa: F401  (fixture)
    run_coroutine,
)
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from stack import Stack
from test_book import BODY, check_whole_book, create

from moretale_contracts.events import AudioRole, IllustrationJob, IllustrationKind
from moretale_contracts.storage import audio_key, illustration_key
from moretale_contracts.streams import DEAD_LETTERS

pytestmark = pytest.mark.timeout(150)

T = TypeVar("T")
PAGES = BODY["page_count"]  # check_whole_book checks a book of BODY's size


# --------------------------------------------------------------------------------------------
# helpers


def gemini_env(fake: FakeGeminiServer, **extra: str) -> dict[str, str]:
    """Every worker on Gemini (the fake), no request budget, short redelivery."""
    return {
        "GEMINI_API_KEY": fake.api_key,
        "GOOGLE_GEMINI_BASE_URL": fake.base_url,
        "ILLUSTRATION_GEMINI_BASE_URL": fake.base_url,
        "ILLUSTRATION_GEMINI_API_VERSION": "v1beta",
        "STORY_GEMINI_RPM": "0",
        "TTS_GEMINI_RPM": "0",
        "ILLUSTRATION_GEMINI_RPM": "0",
        # Jobs a dead worker held come back this soon; heartbeats keep live ones.
        **{f"{p}_ACK_WAIT_SEC": "2" for p in ("STORY", "TTS", "ILLUSTRATION", "ASSET", "GATEWAY")},
        **extra,
    }


@pytest.fixture
def gemini(fake_gemini: FakeGeminiServer) -> FakeGeminiServer:  # noqa: F811
    fake_gemini.reset()
    return fake_gemini


@pytest.fixture
def stacks(tmp_path: Path) -> Iterator[Callable[..., Stack]]:
    """`stacks(env)` starts a stack for this test; every one is stopped at its end."""
    started: list[Stack] = []

    def start(
        env: dict[str, str] | None = None,
        name: str = "stack",
        service_env: dict[str, dict[str, str]] | None = None,
    ) -> Stack:
        stack = Stack.start(tmp_path / name, env, service_env=service_env)
        started.append(stack)
        return stack

    yield start
    for stack in started:
        stack.stop()


def wait_for(check: Callable[[], T], what: str, stack: Stack, timeout: float = 60) -> T:
    """Poll `check()` until it returns something truthy (an exception means "not yet")."""
    deadline = time.monotonic() + timeout
    last: BaseException | None = None
    while True:
        try:
            value = check()
            if value:
                return value
        except (httpx.HTTPError, KeyError, ValueError, OSError) as exc:
            last = exc
        if time.monotonic() > deadline:
            raise AssertionError(f"not {what} after {timeout:.0f}s ({last!r})\n{stack.logs()}")
        time.sleep(0.1)


def status(stack: Stack, story_id: str) -> dict[str, Any]:
    with stack.client() as client:
        response = client.get(f"/api/stories/{story_id}")
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def result(stack: Stack, story_id: str) -> dict[str, Any]:
    with stack.client() as client:
        response = client.get(f"/api/stories/{story_id}/result")
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def done(stack: Stack, story_id: str, stage: str) -> int:
    return int(status(stack, story_id)["progress"][stage]["done"])


def in_the_middle(stack: Stack, story_id: str, stage: str, at_least: int) -> None:
    """Wait until `stage` has `at_least` assets done, and check the book is still going."""
    wait_for(
        lambda: done(stack, story_id, stage) >= at_least,
        f"{at_least} {stage} done",
        stack,
    )
    body = status(stack, story_id)
    progress = body["progress"][stage]
    assert body["status"] == "running", body
    assert progress["done"] < progress["total"], f"{stage} finished before the fault: {body}"


def metric(stack: Stack, service: str, name: str, **labels: str) -> float:
    """A sample of a service's /metrics (0 if absent)."""
    body = httpx.get(f"http://{HOST}:{stack.ports[service]}/metrics", timeout=5).text
    wanted = ",".join(f'{k}="{v}"' for k, v in labels.items())
    for line in body.splitlines():
        if line.startswith(f"{name}{{{wanted}}} "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def _s3(stack: Stack) -> Minio:
    env = stack.env
    return Minio(
        env["MORETALE_S3_ENDPOINT"],
        access_key=env["MORETALE_S3_ACCESS_KEY"],
        secret_key=env["MORETALE_S3_SECRET_KEY"],
        secure=False,
        region=env.get("MORETALE_S3_REGION", "us-east-1"),
    )


def object_keys(stack: Stack, story_id: str) -> list[str]:
    """Every object key of the story, from the store itself (a list: a repeat would show)."""
    if stack.env.get("MORETALE_STORE") == "s3":
        objects = _s3(stack).list_objects(
            stack.env["MORETALE_S3_BUCKET"], prefix=f"{story_id}/", recursive=True
        )
        return [str(o.object_name) for o in objects]
    root = stack.base / "data" / "objects"
    # Hidden files included: a half-written temporary file left by a crash would show here.
    return [p.relative_to(root).as_posix() for p in (root / story_id).rglob("*") if p.is_file()]


def read_object(stack: Stack, key: str) -> bytes:
    if stack.env.get("MORETALE_STORE") == "s3":
        response = _s3(stack).get_object(stack.env["MORETALE_S3_BUCKET"], key)
        try:
            return bytes(response.read())
        finally:
            response.close()
            response.release_conn()
    return (stack.base / "data" / "objects" / key).read_bytes()


def asset_rows(stack: Stack, story_id: str) -> list[tuple[str, int, str, str]]:
    """The asset-service's rows for the story: (kind, page, role, status)."""
    url = stack.env.get("ASSET_DATABASE_URL") or (
        f"sqlite+aiosqlite:///{stack.base / 'data' / 'assets.db'}"
    )

    async def query() -> list[tuple[str, int, str, str]]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as conn:
                rows = await conn.execute(
                    text("select kind, page_number, role, status from assets where story_id = :s"),
                    {"s": story_id},
                )
                return [(r[0], r[1], r[2], r[3]) for r in rows]
        finally:
            await engine.dispose()

    rows: list[tuple[str, int, str, str]] = run_coroutine(query)
    return rows


def check_each_asset_once(
    stack: Stack,
    story_id: str,
    pages: int = PAGES,
    failed: frozenset[tuple[str, int, str]] = frozenset(),
) -> dict[str, Any]:
    """The finished book has every expected clip and picture exactly once: one asset row, one
    manifest entry, one object per key (none for a failed asset), and counts that say so.

    `failed` names the assets expected to have failed, as (kind, page, role).
    """
    book = result(stack, story_id)
    assert book["status"] == "completed", book["status"]
    primary, secondary = book["primary_language"], book["secondary_language"]
    expected = {("audio", p, r) for p in range(1, pages + 1) for r in ("primary", "secondary")}
    expected |= {("illustration", 0, "cover")}
    expected |= {("illustration", p, "page") for p in range(1, pages + 1)}
    failed_audio = sum(1 for f in failed if f[0] == "audio")
    failed_pictures = len(failed) - failed_audio
    for kind in ("audio", "illustrations"):  # the model that made them: the workers' own
        assert book["assets"][kind].pop("model") or not book["assets"][kind]["done"]
    assert book["assets"] == {
        "audio": {
            "enabled": True,
            "done": 2 * pages - failed_audio,
            "failed": failed_audio,
            "skipped": 0,
            "total": 2 * pages,
        },
        "illustrations": {
            "enabled": True,
            "done": pages + 1 - failed_pictures,
            "failed": failed_pictures,
            "skipped": 0,
            "total": pages + 1,
        },
        "has_partial_failures": bool(failed),
    }

    # One row per asset, with the right status.
    rows = asset_rows(stack, story_id)
    counts = Counter((kind, page, role) for kind, page, role, _ in rows)
    assert set(counts) == expected and set(counts.values()) == {1}, counts
    assert {(k, p, r) for k, p, r, s in rows if s == "failed"} == failed
    assert all(s in ("done", "failed") for *_, s in rows)

    # One manifest entry per asset, with the right status.
    audio = json.loads(read_object(stack, f"{story_id}/audio/manifest.json"))["entries"]
    pictures = json.loads(read_object(stack, f"{story_id}/illustrations/manifest.json"))["entries"]
    entries = [("audio", e["page_number"], e["role"], e["status"]) for e in audio]
    entries += [("illustration", e["page_number"], e["role"], e["status"]) for e in pictures]
    assert Counter(e[:3] for e in entries) == dict.fromkeys(expected, 1)
    for kind, page, role, state in entries:
        assert state == ("failed" if (kind, page, role) in failed else "done"), (kind, page, role)

    # One object per asset key, none for a failed asset, nothing else under audio/ or
    # illustrations/ but the manifests.
    languages = {"primary": primary, "secondary": secondary}
    keys = {
        (kind, page, role): audio_key(story_id, page, AudioRole(role), languages[role])
        if kind == "audio"
        else illustration_key(story_id, page)
        for kind, page, role in expected - failed
    }
    stored = object_keys(stack, story_id)
    assert len(stored) == len(set(stored))
    asset_objects = [
        k for k in stored if "/audio/" in k or "/illustrations/" in k if not k.endswith(".json")
    ]
    assert sorted(asset_objects) == sorted(keys.values()), set(asset_objects) ^ set(keys.values())
    assert {f"{story_id}/audio/manifest.json", f"{story_id}/result.json"} <= set(stored)
    stray = [k for k in stored if k.rsplit("/", 1)[1].startswith(".")]
    assert not stray, f"temporary files left behind: {stray}"
    return book


def fake_calls(fake: FakeGeminiServer, kind: str) -> list[dict[str, Any]]:
    return [r for r in fake.requests() if r["kind"] == kind]


async def _dead_letters(url: str, needle: str) -> list[dict[str, Any]]:
    nc = await nats.connect(url)
    js = nc.jetstream()
    sub = await js.subscribe("deadletter.>", stream=DEAD_LETTERS.name, ordered_consumer=True)
    found = []
    try:
        while True:
            msg = await sub.next_msg(timeout=1)
            record = json.loads(msg.data)
            if needle in str(record["data"]):
                found.append(record)
    except nats.errors.TimeoutError:
        pass
    finally:
        await nc.close()
    return found


async def _consumer_idle(url: str, stream: str, durable: str) -> bool:
    nc = await nats.connect(url)
    try:
        info = await nc.jetstream().consumer_info(stream, durable)
        return bool(info.num_pending == 0 and info.num_ack_pending == 0)
    finally:
        await nc.close()


def _log_lines(stack: Stack, key: str) -> list[dict[str, Any]]:
    lines = (stack.base / f"{key}.log").read_text().splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


# --------------------------------------------------------------------------------------------
# crashes and restarts


def test_workers_killed_in_the_middle_of_a_book(
    stacks: Callable[..., Stack], gemini: FakeGeminiServer
) -> None:
    gemini.configure(latency={"story": 0.2, "tts": 1.5, "image": 3.0})
    # Two replicas of each, every handler busy while jobs are queued: at any moment of the
    # book, the replica killed is in the middle of a call. Pictures take twice as long as
    # clips, so while the clips are waited for and their worker killed, the pictures are still
    # early (the cover and a page of 7): both picture replicas are in a call when one is killed.
    stack = stacks(gemini_env(gemini, TTS_CONCURRENCY="2", ILLUSTRATION_CONCURRENCY="1"))
    stack.start_service("tts", wait=False, replica=2)
    stack.start_service("illustration", wait=False, replica=2)
    stack.wait_ready("tts-2")
    stack.wait_ready("illustration-2")
    story_id = create(stack)

    in_the_middle(stack, story_id, "tts", 2)
    stack.kill_service("tts")  # kill -9: its jobs in flight are never acked
    stack.start_service("tts", wait=False, replica=3)
    in_the_middle(stack, story_id, "illustrations", 2)  # the cover and a page
    stack.kill_service("illustration")
    stack.start_service("illustration", wait=False, replica=3)
    stack.wait_ready("tts-3")
    stack.wait_ready("illustration-3")

    check_whole_book(stack, story_id)
    check_each_asset_once(stack, story_id)
    # The dead workers were in the middle of calls, which other replicas made again.
    for kind in ("tts", "image"):
        calls = Counter(r["prompt_sha"] for r in fake_calls(gemini, kind) if r["status"] == 200)
        assert max(calls.values()) >= 2, f"no {kind} call was cut off and made again"


def test_nats_server_crashes_and_restarts_in_the_middle_of_a_book(
    stacks: Callable[..., Stack], gemini: FakeGeminiServer
) -> None:
    latency = 1.0
    gemini.configure(latency={"story": 0.2, "tts": latency, "image": latency})
    stack = stacks(gemini_env(gemini))
    assert "sync_interval: always" in (stack.base / "nats-server.conf").read_text()
    story_id = create(stack)
    in_the_middle(stack, story_id, "tts", 2)

    stack.nats.kill()  # kill -9: what JetStream acknowledged must already be on disk
    # Down long enough that the calls in flight end while it is: their results cannot be
    # announced, and their jobs cannot be acked.
    time.sleep(latency + 0.5)
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://{HOST}:{stack.ports['tts']}/readyz", timeout=2).raise_for_status()
    stack.nats.start()

    check_whole_book(stack, story_id)
    check_each_asset_once(stack, story_id)

    async def requested_is_kept() -> bool:
        nc = await nats.connect(stack.nats.url)
        try:
            msg = await nc.jetstream().get_last_msg("STORY_EVENTS", f"story.requested.{story_id}")
            return bool(msg.data)
        finally:
            await nc.close()

    assert run_coroutine(requested_is_kept), "the stream lost what it had before the crash"


def test_s3_unreachable_for_20_seconds(
    stacks: Callable[..., Stack],
    gemini: FakeGeminiServer,
    s3_server: S3Server,
) -> None:
    proxy = TcpProxy(s3_server.port).start()
    try:
        gemini.configure(latency={"story": 0.2, "tts": 0.5, "image": 0.5})
        env = gemini_env(
            gemini,
            MORETALE_STORE="s3",
            MORETALE_S3_ENDPOINT=proxy.endpoint,
            MORETALE_S3_ACCESS_KEY=s3_server.access_key,
            MORETALE_S3_SECRET_KEY=s3_server.secret_key,
            MORETALE_S3_REGION=s3_server.region,
            MORETALE_S3_BUCKET=f"faults-{uuid.uuid4().hex[:8]}",
        )
        stack = stacks(env)
        story_id = create(stack)
        in_the_middle(stack, story_id, "tts", 1)
        with proxy.outage():
            ends = time.monotonic() + 20
            while time.monotonic() < ends:  # the book waits; the API still answers
                body = status(stack, story_id)
                assert body["status"] == "running", body
                time.sleep(0.5)
            assert proxy.rejected > 0, "nothing tried to reach S3 during the outage"
        print(f"S3 outage: {proxy.rejected} connections refused, {proxy.cut} cut")
        assert stack.wait_for_status(story_id, {"completed", "failed"}, 90)["status"] == (
            "completed"
        )
        check_whole_book(stack, story_id)
        check_each_asset_once(stack, story_id)
    finally:
        proxy.stop()


def test_gateway_and_asset_service_restart_in_the_middle_of_a_book(
    stacks: Callable[..., Stack], gemini: FakeGeminiServer
) -> None:
    gemini.configure(latency={"story": 0.2, "tts": 1.5, "image": 1.5})
    stack = stacks(gemini_env(gemini))
    story_id = create(stack)
    in_the_middle(stack, story_id, "tts", 2)
    before = status(stack, story_id)
    pages_before = result(stack, story_id)

    stack.kill_service("gateway")
    stack.kill_service("asset")
    stack.start_service("asset")
    stack.start_service("gateway")

    after = status(stack, story_id)
    assert after["created_at"] == before["created_at"]
    assert after["started_at"] == before["started_at"]
    assert after["request"] == before["request"]
    # Progress never goes back, and the book so far is still there, URL for URL.
    seen = [before]
    while (body := status(stack, story_id))["status"] == "running":
        seen.append(body)
        time.sleep(0.1)
    seen.append(body)
    for stage in ("tts", "illustrations"):
        done_counts = [s["progress"][stage]["done"] for s in seen]
        assert done_counts == sorted(done_counts), (stage, done_counts)
    pages_after = result(stack, story_id)
    for old, new in zip(pages_before["pages"], pages_after["pages"], strict=True):
        for field in ("audio_primary_url", "audio_secondary_url", "illustration_url"):
            assert old[field] is None or new[field] is not None, (old["page_number"], field)
    assert pages_after["assets"]["audio"]["done"] >= pages_before["assets"]["audio"]["done"]
    check_whole_book(stack, story_id)
    check_each_asset_once(stack, story_id)


# --------------------------------------------------------------------------------------------
# the provider


def test_provider_429_storm_and_503s_are_absorbed_and_a_page_that_always_fails_is_failed(
    stacks: Callable[..., Stack], gemini: FakeGeminiServer
) -> None:
    tts_max_deliver, image_max_deliver = 6, 3
    gemini.configure(
        latency={"story": 0.1, "tts": 0.2, "image": 0.2},
        faults=[
            {"match": "story", "kind": "503", "count": 1},
            # A storm: the first 8 speech calls are refused, then 4 more fail with 503.
            {"match": "tts", "kind": "429", "retry_after": 0.5, "count": 8},
            {"match": "tts", "kind": "503", "count": 4},
            # The cover passes (a fault that only takes the first match), then every attempt
            # at the next picture, page 1, fails: painted one at a time, it is always page 1.
            {"match": "image", "kind": "timeout", "seconds": 0, "count": 1},
            {"match": "image", "kind": "503", "count": image_max_deliver},
        ],
    )
    stack = stacks(
        gemini_env(
            gemini,
            TTS_CONCURRENCY="4",
            TTS_MAX_ACK_PENDING="4",
            TTS_MAX_DELIVER=str(tts_max_deliver),
            ILLUSTRATION_CONCURRENCY="1",
            ILLUSTRATION_MAX_ACK_PENDING="1",
            ILLUSTRATION_MAX_DELIVER=str(image_max_deliver),
        )
    )
    story_id = create(stack)
    final = stack.wait_for_status(story_id, {"completed", "failed"}, 90)
    assert final["status"] == "completed", final
    assert final["progress"]["tts"] == {"done": 2 * PAGES, "failed": 0, "total": 2 * PAGES}
    assert final["progress"]["illustrations"] == {"done": PAGES, "failed": 1, "total": PAGES + 1}

    book = check_each_asset_once(stack, story_id, failed=frozenset({("illustration", 1, "page")}))
    assert book["assets"]["has_partial_failures"] is True
    assert book["pages"][0]["illustration_url"] is None
    assert all(p["illustration_url"] for p in book["pages"][1:])
    assert all(p["audio_primary_url"] and p["audio_secondary_url"] for p in book["pages"])
    assert book["cover_url"]
    pictures = json.loads(read_object(stack, f"{story_id}/illustrations/manifest.json"))
    page_1 = next(e for e in pictures["entries"] if e["page_number"] == 1)
    assert page_1["status"] == "failed" and page_1["path"] is None
    assert page_1["error"] == "GEMINI_UNAVAILABLE"

    # Every fault happened; no clip needed more attempts than its budget.
    faults = Counter((r["kind"], r["fault"]) for r in gemini.requests() if r["fault"])
    assert faults == {
        ("story", "503"): 1,
        ("tts", "429"): 8,
        ("tts", "503"): 4,
        ("image", "timeout"): 1,
        ("image", "503"): image_max_deliver,
    }
    attempts = Counter(r["prompt_sha"] for r in fake_calls(gemini, "tts"))
    assert len(attempts) == 2 * PAGES and max(attempts.values()) < tts_max_deliver, attempts
    letters = run_coroutine(lambda: _dead_letters(stack.nats.url, story_id))
    assert [(d["consumer"], d["attempts"]) for d in letters] == [
        ("illustration-workers", image_max_deliver)
    ]


# --------------------------------------------------------------------------------------------
# messages


@pytest.fixture(scope="module")
def offline_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Offline providers; one job at a time on the worker queues, so a message that blocked
    its consumer would block every book behind it."""
    stack = Stack.start(
        tmp_path_factory.mktemp("faults-offline"),
        {
            "TTS_CONCURRENCY": "1",
            "TTS_MAX_ACK_PENDING": "1",
            "ILLUSTRATION_CONCURRENCY": "1",
            "ILLUSTRATION_MAX_ACK_PENDING": "1",
            "ILLUSTRATION_MAX_DELIVER": "2",
        },
    )
    yield stack
    stack.stop()


def test_poison_messages_become_dead_letters_and_block_nothing(offline_stack: Stack) -> None:
    stack = offline_stack
    poison = f"poison-{uuid.uuid4().hex[:8]}"

    async def publish() -> None:
        nc = await nats.connect(stack.nats.url)
        js = nc.jetstream()
        # Not an event at all.
        await js.publish(f"tts.job.page.{poison}", b'{"story_id": "' + poison.encode() + b'", ')
        # A well-formed job that fails every time: its reference picture does not exist.
        job = IllustrationJob(
            story_id=poison,
            kind=IllustrationKind.PAGE,
            page_number=1,
            story_key=f"{poison}/story_x.json",
            prompt="A picture.",
            scene_prompt="A picture.",
            character_design="A child.",
            aspect_ratio="16:9",
            reference_key=f"{poison}/illustrations/cover.png",
        )
        await js.publish(
            job.subject(), job.model_dump_json().encode(), headers={"Nats-Msg-Id": poison}
        )
        await nc.close()

    run_coroutine(publish)
    story_id = create(stack)  # its jobs queue up behind the poison ones
    check_whole_book(stack, story_id)
    check_each_asset_once(stack, story_id)

    letters = run_coroutine(lambda: _dead_letters(stack.nats.url, poison))
    by_consumer = {d["consumer"]: d for d in letters}
    assert len(letters) == 2 and set(by_consumer) == {"tts-workers", "illustration-workers"}
    assert "undecodable" in by_consumer["tts-workers"]["error"]
    assert by_consumer["illustration-workers"]["attempts"] == 2
    assert "ObjectNotFound" in by_consumer["illustration-workers"]["error"]
    tts_logs = [r for r in _log_lines(stack, "tts") if poison in r["message"]]
    assert any(r["level"] == "ERROR" and "poison message" in r["message"] for r in tts_logs)
    ill_logs = [r for r in _log_lines(stack, "illustration") if r.get("story_id") == poison]
    assert any("giving up after 2 attempts" in r["message"] for r in ill_logs), ill_logs
    labels = {"consumer": "tts-workers", "outcome": "dead"}
    assert metric(stack, "tts", "moretale_messages_total", **labels) == 1
    labels = {"consumer": "illustration-workers", "outcome": "dead"}
    assert metric(stack, "illustration", "moretale_messages_total", **labels) == 1


def test_the_same_page_event_twice_makes_one_asset(offline_stack: Stack) -> None:
    stack = offline_stack
    copies: dict[str, int] = {}

    async def duplicate_first_events(story: asyncio.Future[str]) -> None:
        """Publish the book's first clip and first picture events again, twice each, under
        new message ids, while the book is being made."""
        nc = await nats.connect(stack.nats.url)
        js = nc.jetstream()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        subs = [
            await nc.subscribe(s, cb=queue.put)
            for s in ("tts.page.completed.>", "illustration.page.completed.>")
        ]
        story_id = await story
        try:
            while len(copies) < 2:
                msg = await asyncio.wait_for(queue.get(), 30)
                kind = msg.subject.split(".")[0]
                if not msg.subject.endswith(story_id) or kind in copies:
                    continue
                for n in (1, 2):
                    ack = await js.publish(
                        msg.subject, msg.data, headers={"Nats-Msg-Id": f"copy-{n}-{msg.subject}"}
                    )
                    assert not ack.duplicate
                copies[kind] = json.loads(msg.data)["page_number"]
        finally:
            for sub in subs:
                await sub.unsubscribe()
            await nc.close()

    async def run() -> str:
        story: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        task = asyncio.create_task(duplicate_first_events(story))
        await asyncio.sleep(0.2)  # subscribed before the book starts
        story.set_result(await asyncio.to_thread(create, stack))
        await task
        return story.result()

    story_id: str = run_coroutine(run, timeout=60)
    assert set(copies) == {"tts", "illustration"}
    check_whole_book(stack, story_id)
    wait_for(
        lambda: run_coroutine(
            lambda: _consumer_idle(stack.nats.url, "PAGE_RESULTS", "asset-service-pages")
        ),
        "every page event handled",
        stack,
    )
    check_each_asset_once(stack, story_id)

    async def completed_events() -> int:
        nc = await nats.connect(stack.nats.url)
        js = nc.jetstream()
        sub = await js.subscribe(
            f"tts.page.completed.{story_id}", stream="PAGE_RESULTS", ordered_consumer=True
        )
        count = 0
        try:
            while True:
                await sub.next_msg(timeout=1)
                count += 1
        except nats.errors.TimeoutError:
            return count
        finally:
            await nc.close()

    # The copies were delivered (not dropped as duplicates), and changed nothing.
    assert run_coroutine(completed_events) == 2 * PAGES + 2


# --------------------------------------------------------------------------------------------
# load


def test_twenty_books_at_once_on_postgres(
    stacks: Callable[..., Stack],
    gemini: FakeGeminiServer,
    postgres_server: PostgresServer,
) -> None:
    suffix = uuid.uuid4().hex[:6]
    env = gemini_env(
        gemini,
        GATEWAY_DATABASE_URL=postgres_server.create_database(f"gateway_load_{suffix}"),
        ASSET_DATABASE_URL=postgres_server.create_database(f"assets_load_{suffix}"),
        # Many handlers at once everywhere, so progress events race for the same rows.
        STORY_CONCURRENCY="20",
        GATEWAY_CONCURRENCY="8",
        ASSET_CONCURRENCY="8",
        TTS_CONCURRENCY="8",
        ILLUSTRATION_CONCURRENCY="8",
    )
    # Calls take a little while, so the 20 books are all being made at the same time.
    gemini.configure(latency={"story": 0.5, "tts": 0.3, "image": 0.3})
    stack = stacks(env)
    pages = 4
    body = {**BODY, "page_count": pages}

    with stack.client() as client:
        responses = [client.post("/api/stories/", json=body) for _ in range(20)]
    assert [r.status_code for r in responses] == [202] * 20, responses[-1].text
    story_ids = [r.json()["id"] for r in responses]

    finals = []
    for story_id in story_ids:
        final = stack.wait_for_status(story_id, {"completed", "failed", "canceled"}, 120)
        finals.append(final)
        assert final["status"] == "completed", final
        assert final["progress"] == {
            "story": {"done": 1, "failed": 0, "total": 1},
            "tts": {"done": 2 * pages, "failed": 0, "total": 2 * pages},
            "illustrations": {"done": pages + 1, "failed": 0, "total": pages + 1},
        }
    assert max(f["started_at"] for f in finals) < min(f["completed_at"] for f in finals)
    for story_id in story_ids:
        book = check_each_asset_once(stack, story_id, pages)
        assert all(
            p["audio_primary_url"] and p["audio_secondary_url"] and p["illustration_url"]
            for p in book["pages"]
        )
    # Every story's row, read straight from PostgreSQL, says the same.
    url = env["GATEWAY_DATABASE_URL"]

    async def rows() -> list[Any]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as conn:
                result_rows = await conn.execute(text("select * from stories"))
                return [dict(r._mapping) for r in result_rows]
        finally:
            await engine.dispose()

    table = {r["id"]: r for r in run_coroutine(rows)}
    for story_id in story_ids:
        row = table[story_id]
        counters = {k: v for k, v in row.items() if re.match(r"(tts|illustrations)_", k)}
        assert counters == {
            "tts_done": 2 * pages,
            "tts_failed": 0,
            "tts_total": 2 * pages,
            "illustrations_done": pages + 1,
            "illustrations_failed": 0,
            "illustrations_total": pages + 1,
        }, counters
