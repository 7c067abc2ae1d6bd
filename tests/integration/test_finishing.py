"""Every book finishes: faults in the windows where a book used to be left `running` forever.

- The last asset's settle fails (the store down past its retry, so `result.json` cannot be
  written): the redelivered page event finds its row recorded and settles the book anyway.
- The databases of the consumers whose events must not be lost (the gateway projector, the
  asset-service's story and page consumers; the planners' object store) are down longer than the
  old `max_deliver` window: those consumers wait the outage out instead of dead-lettering.
- A book deleted in its middle leaves nothing: no object, no row, no message on any stream.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable

import nats
import pytest
from proxy import TcpProxy
from servers import (
    FakeGeminiServer,
    PostgresServer,
    S3Server,
    fake_gemini,  # noqa: F401  (fixture)
    run_coroutine,
)
from stack import Stack
from test_book import check_whole_book, create
from test_faults import (
    PAGES,
    _dead_letters,
    _log_lines,
    asset_rows,
    check_each_asset_once,
    gemini,  # noqa: F401  (fixture)
    gemini_env,
    in_the_middle,
    object_keys,
    stacks,  # noqa: F401  (fixture)
    status,
    wait_for,
)

from moretale_contracts.streams import STREAMS

pytestmark = pytest.mark.timeout(180)

# The minute: three times what the old loop gave an event (5 deliveries, backoff
# 1+2+4+8 s, plus a 1 s S3 retry each: about 20 s).
OUTAGE_SEC = 60.0
ASSETS = 2 * PAGES + PAGES + 1  # clips, pages and the cover


def s3_env(s3_server: S3Server, endpoint: str | None = None) -> dict[str, str]:
    return {
        "MORETALE_STORE": "s3",
        "MORETALE_S3_ENDPOINT": endpoint or s3_server.endpoint,
        "MORETALE_S3_ACCESS_KEY": s3_server.access_key,
        "MORETALE_S3_SECRET_KEY": s3_server.secret_key,
        "MORETALE_S3_REGION": s3_server.region,
        "MORETALE_S3_BUCKET": f"finish-{uuid.uuid4().hex[:8]}",
        # A failing S3 call reaches the consumer loop after a second (default: a minute).
        "MORETALE_S3_RETRY_SEC": "1",
    }


def settle_failures(stack: Stack) -> int:
    """asset-service's page events that failed (settling: nothing else there needs S3)."""
    return sum(
        1
        for line in _log_lines(stack, "asset")
        if line["message"].startswith("handler failed")
        and line.get("subject", "").startswith(("tts.page", "illustration.page"))
    )


def test_the_last_assets_settle_fails_and_the_book_still_completes(
    stacks: Callable[..., Stack],  # noqa: F811
    s3_server: S3Server,
) -> None:
    """asset-service reaches S3 through a proxy that is down while the whole book's assets
    arrive: every row commits, then writing `result.json` fails past the S3 retry; the page
    event comes back, finds its row, and settles the book once S3 is back."""
    proxy = TcpProxy(s3_server.port).start()
    try:
        env = s3_env(s3_server) | {
            "ASSET_MUST_NOT_LOSE_BACKOFF_MAX_SEC": "1",
            # Not the sweep: the redelivered page event itself must settle the book.
            "ASSET_SWEEP_INTERVAL_SEC": "600",
        }
        stack = stacks(env, service_env={"asset": {"MORETALE_S3_ENDPOINT": proxy.endpoint}})
        with proxy.outage():
            story_id = create(stack)
            wait_for(
                lambda: len(asset_rows(stack, story_id)) == ASSETS, "every asset recorded", stack
            )
            # Settling failed once the last row was in (S3 past its retry), and the event
            # came back at least once more while S3 was still down.
            wait_for(lambda: settle_failures(stack) >= 1, "a failed settle", stack, 60)
            time.sleep(4)  # the redelivery (backoff ≤ 1 s) meets the outage too
            assert status(stack, story_id)["status"] == "running"
            assert proxy.rejected > 0, "asset-service did not try to write the book"
        final = stack.wait_for_status(story_id, {"completed", "failed"}, 60)
        assert final["status"] == "completed", final
        check_whole_book(stack, story_id)
        check_each_asset_once(stack, story_id)
        assert not run_coroutine(lambda: _dead_letters(stack.nats.url, story_id))
    finally:
        proxy.stop()


@pytest.mark.timeout(300)
def test_must_not_lose_consumers_wait_out_their_database(
    stacks: Callable[..., Stack],  # noqa: F811
    gemini: FakeGeminiServer,  # noqa: F811
    s3_server: S3Server,
    postgres_server: PostgresServer,
) -> None:
    """The gateway's and asset-service's PostgreSQL, and the object store the TTS and
    illustration planners read the story from, are unreachable for `OUTAGE_SEC` from the moment
    the book is accepted: `story.started`, `story.generated`, the page events and the progress
    all meet the outage, and the book completes, whole, with no dead letter."""
    database = TcpProxy(postgres_server.port).start()
    store = TcpProxy(s3_server.port).start()
    try:
        suffix = uuid.uuid4().hex[:6]
        gateway_db = postgres_server.create_database(f"gateway_out_{suffix}")
        asset_db = postgres_server.create_database(f"assets_out_{suffix}")
        through = f":{postgres_server.port}/"
        env = gemini_env(
            gemini,
            **s3_env(s3_server),
            GATEWAY_DATABASE_URL=gateway_db.replace(through, f":{database.port}/"),
            ASSET_DATABASE_URL=asset_db.replace(through, f":{database.port}/"),
            **{
                f"{p}_MUST_NOT_LOSE_BACKOFF_MAX_SEC": "2"
                for p in ("GATEWAY", "ASSET", "TTS", "ILLUSTRATION")
            },
        )
        gemini.configure(latency={"story": 0.5, "tts": 0.2, "image": 0.2})
        planners = {"MORETALE_S3_ENDPOINT": store.endpoint}
        stack = stacks(env, service_env={"tts": planners, "illustration": planners})
        story_id = create(stack)
        with database.outage(), store.outage():
            time.sleep(OUTAGE_SEC)
            assert database.rejected > 0 and store.rejected > 0
        final = stack.wait_for_status(story_id, {"completed", "failed"}, 120)
        assert final["status"] == "completed", final
        check_whole_book(stack, story_id)
        check_each_asset_once(stack, story_id)
        assert not run_coroutine(lambda: _dead_letters(stack.nats.url, story_id))
        # Each consumer met the outage, and went on trying past the old budget of 5 attempts
        # (the planners' S3 calls take a few seconds each to fail, so fewer tries for them).
        for service, subject, beyond in (
            ("gateway", "story.", 5),
            ("asset", "story.", 5),
            ("tts", "story.generated.", 1),
            ("illustration", "story.", 1),
        ):
            lines = _log_lines(stack, service)
            assert not [r for r in lines if r["message"].startswith("giving up")], service
            attempts = [
                int(m.group(1))
                for r in lines
                if r.get("subject", "").startswith(subject)
                and (m := re.match(r"handler failed on attempt (\d+)", r["message"]))
            ]
            assert attempts and max(attempts) > beyond, (service, attempts)
    finally:
        database.stop()
        store.stop()


async def _messages_of(url: str, story_id: str) -> dict[str, int]:
    """Every subject of the story still holding messages, on every stream."""
    nc = await nats.connect(url)
    try:
        js = nc.jetstream()
        found: dict[str, int] = {}
        for spec in STREAMS:
            info = await js.stream_info(spec.name, subjects_filter=">")
            for subject, count in (info.state.subjects or {}).items():
                if subject.endswith(story_id):
                    found[subject] = count
        return found
    finally:
        await nc.close()


def test_delete_in_the_middle_of_a_book_leaves_nothing_of_it(
    stacks: Callable[..., Stack],  # noqa: F811
    gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    """DELETE while clips and pictures are being made (calls in flight on every worker):
    afterwards no object, no asset row, no story row and no message of the story anywhere,
    also once the calls in flight have ended."""
    latency = 1.5
    gemini.configure(latency={"story": 0.2, "tts": latency, "image": latency})
    stack = stacks(gemini_env(gemini, TTS_CONCURRENCY="4", ILLUSTRATION_CONCURRENCY="2"))
    story_id = create(stack)
    in_the_middle(stack, story_id, "tts", 2)
    assert run_coroutine(lambda: _messages_of(stack.nats.url, story_id))
    with stack.client() as client:
        assert client.delete(f"/api/stories/{story_id}").status_code == 204
        time.sleep(latency * 2 + 1)  # every call in flight at the delete has ended
        assert client.get(f"/api/stories/{story_id}").status_code == 404
    assert object_keys(stack, story_id) == []
    assert asset_rows(stack, story_id) == []
    assert run_coroutine(lambda: _messages_of(stack.nats.url, story_id)) == {}


def test_sigterm_to_a_busy_worker_hands_its_jobs_back_at_once(
    stacks: Callable[..., Stack],  # noqa: F811
    gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    """A rollout's SIGTERM to a TTS replica in the middle of its calls: it stops fetching,
    gives its handlers `TTS_DRAIN_SEC`, naks the rest and exits; the other replica makes
    those clips now (long before the 30 s ACK_WAIT_SEC would bring them back), none fails."""
    latency, drain, ack_wait = 4.0, 1.0, 30.0
    gemini.configure(latency={"story": 0.2, "tts": latency, "image": 0.2})
    env = gemini_env(
        gemini,
        TTS_CONCURRENCY="3",
        TTS_DRAIN_SEC=str(drain),
        TTS_ACK_WAIT_SEC=str(ack_wait),
    )
    stack = stacks(env)
    stack.start_service("tts", replica=2)
    story_id = create(stack)
    in_the_middle(stack, story_id, "tts", 1)

    started = time.monotonic()
    code = stack.processes["tts"].stop(grace=ack_wait)
    exit_sec = time.monotonic() - started
    print(f"SIGTERM: the worker exited in {exit_sec:.1f}s (drain {drain}s), code {code}")
    assert exit_sec < drain + 4, exit_sec
    lines = _log_lines(stack, "tts")
    assert any("handed back at shutdown" in r["message"] for r in lines), "nothing was in flight"

    final = stack.wait_for_status(story_id, {"completed", "failed"}, ack_wait)
    finished_sec = time.monotonic() - started
    print(f"the book completed {finished_sec:.1f}s after the SIGTERM")
    assert final["status"] == "completed", final
    assert finished_sec < ack_wait, "the handed-back jobs waited for ACK_WAIT_SEC"
    check_each_asset_once(stack, story_id)
