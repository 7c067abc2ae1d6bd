"""The runtime library's bus against a real nats-server: publish, dedupe, the consumer loop's
retries, exhaustion, dead letters, poison messages and work shared by replicas."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections import Counter
from pathlib import Path

import nats
import pytest
from servers import NatsServer, _find_binary, free_port

from moretale_contracts.events import AudioRole, NarrationJob
from moretale_contracts.streams import DEAD_LETTERS, TTS_JOBS, ConsumerSpec
from moretale_kit.bus import Bus, ConsumerOptions, Fail, Retry, error_code

pytestmark = pytest.mark.timeout(60)


def job(story_id: str, page: int) -> NarrationJob:
    return NarrationJob(
        story_id=story_id, page_number=page, role=AudioRole.PRIMARY, language="Korean", text="안녕"
    )


def spec() -> ConsumerSpec:
    # A fresh durable per test, on the real work-queue stream, filtered to this test's story.
    return ConsumerSpec(TTS_JOBS, f"test-{uuid.uuid4().hex[:8]}", ("tts.job.>",))


async def _bus(server: NatsServer) -> Bus:
    bus = await Bus.connect(server.url, "test")
    await bus.ensure_streams()
    # Work-queue streams allow one consumer per subject: clear the ones other tests left.
    for consumer in await bus.js.consumers_info(TTS_JOBS.name):
        await bus.js.delete_consumer(TTS_JOBS.name, consumer.name)
    return bus


async def _dead_letters(bus: Bus, story_id: str) -> list[dict[str, object]]:
    sub = await bus.js.subscribe("deadletter.>", stream=DEAD_LETTERS.name, ordered_consumer=True)
    found = []
    try:
        while True:
            msg = await sub.next_msg(timeout=0.5)
            record = json.loads(msg.data)
            if story_id in str(record["data"]):
                found.append(record)
    except nats.errors.TimeoutError:
        pass
    await sub.unsubscribe()
    return found


async def test_publish_is_deduplicated_by_message_id(nats_server: NatsServer) -> None:
    bus = await _bus(nats_server)
    event = job(f"dedupe-{uuid.uuid4().hex}", 1)
    assert await bus.publish(event) is True
    assert await bus.publish(event) is False
    await bus.close()


async def test_retry_then_success_and_exhaustion_with_dead_letter(nats_server: NatsServer) -> None:
    bus = await _bus(nats_server)
    story = f"retry-{uuid.uuid4().hex}"
    attempts: Counter[int] = Counter()
    exhausted: list[tuple[int, str]] = []
    done = asyncio.Event()

    async def handler(event: NarrationJob) -> None:
        if event.story_id != story:
            return  # left in the shared stream by another test
        attempts[event.page_number] += 1
        if event.page_number == 1 and attempts[1] < 3:
            raise Retry(0.1, "rate limited")  # like a 429 with Retry-After
        if event.page_number == 2:
            raise RuntimeError("provider is down")
        if attempts[1] >= 3 and exhausted:
            done.set()

    async def on_exhausted(event: NarrationJob, exc: BaseException) -> None:
        exhausted.append((event.page_number, str(exc)))
        if attempts[1] >= 3:
            done.set()

    options = ConsumerOptions(concurrency=2, max_deliver=3, ack_wait_sec=5, backoff_base_sec=0.1)
    bus.consume(spec(), handler, options, on_exhausted)
    await bus.publish(job(story, 1))
    await bus.publish(job(story, 2))
    await asyncio.wait_for(done.wait(), 20)
    assert attempts[1] == 3  # two retries, then success
    assert attempts[2] == 3  # max_deliver attempts, no more
    assert exhausted == [(2, "provider is down")]
    letters = await _dead_letters(bus, story)
    assert len(letters) == 1 and letters[0]["attempts"] == 3
    assert "provider is down" in str(letters[0]["error"])
    await bus.close()


async def test_a_poison_message_is_kept_and_does_not_block(nats_server: NatsServer) -> None:
    bus = await _bus(nats_server)
    story = f"poison-{uuid.uuid4().hex}"
    handled: list[int] = []
    got_good = asyncio.Event()

    async def handler(event: NarrationJob) -> None:
        if event.story_id != story:
            return
        handled.append(event.page_number)
        got_good.set()

    bus.consume(spec(), handler, ConsumerOptions(concurrency=1, ack_wait_sec=5))
    await bus.js.publish(
        f"tts.job.page.{story}", json.dumps({"story_id": story, "junk": True}).encode()
    )
    await bus.publish(job(story, 7))
    await asyncio.wait_for(got_good.wait(), 10)
    assert handled == [7]
    letters = await _dead_letters(bus, story)
    assert len(letters) == 1 and "undecodable" in str(letters[0]["error"])
    await bus.close()


async def test_replicas_share_the_work_queue(nats_server: NatsServer) -> None:
    first, second = await _bus(nats_server), await Bus.connect(nats_server.url, "test-2")
    story = f"share-{uuid.uuid4().hex}"
    seen: dict[str, list[int]] = {"first": [], "second": []}
    all_done = asyncio.Event()
    shared = spec()

    def handler_for(name: str):  # type: ignore[no-untyped-def]
        async def handler(event: NarrationJob) -> None:
            if event.story_id != story:
                return
            seen[name].append(event.page_number)
            await asyncio.sleep(0.05)  # a slow provider call
            if len(seen["first"]) + len(seen["second"]) >= 20:
                all_done.set()

        return handler

    options = ConsumerOptions(concurrency=2, ack_wait_sec=5)
    first.consume(shared, handler_for("first"), options)
    second.consume(shared, handler_for("second"), options)
    for page in range(1, 21):
        await first.publish(job(story, page))
    await asyncio.wait_for(all_done.wait(), 20)
    await asyncio.sleep(0.3)
    pages = sorted(seen["first"] + seen["second"])
    assert pages == list(range(1, 21))  # each page once, none lost
    assert seen["first"] and seen["second"]  # both replicas worked
    await first.close()
    await second.close()


async def test_heartbeats_keep_a_slow_job_from_being_redelivered(nats_server: NatsServer) -> None:
    bus = await _bus(nats_server)
    story = f"slow-{uuid.uuid4().hex}"
    calls: list[int] = []
    finished = asyncio.Event()

    async def handler(event: NarrationJob) -> None:
        if event.story_id != story:
            return
        calls.append(event.page_number)
        await asyncio.sleep(3.5)  # longer than ack_wait: only in_progress() keeps it ours
        finished.set()

    bus.consume(spec(), handler, ConsumerOptions(concurrency=2, ack_wait_sec=1.5))
    await bus.publish(job(story, 1))
    await asyncio.wait_for(finished.wait(), 15)
    await asyncio.sleep(2)
    assert calls == [1]
    await bus.close()


async def test_fail_gives_up_at_once(nats_server: NatsServer) -> None:
    bus = await _bus(nats_server)
    story = f"fail-{uuid.uuid4().hex}"
    attempts: Counter[int] = Counter()
    exhausted: list[tuple[int, str]] = []
    done = asyncio.Event()

    async def handler(event: NarrationJob) -> None:
        if event.story_id != story:
            return
        attempts[event.page_number] += 1
        raise Fail("TTS_BLOCKED", "blocked by a safety filter")  # no retry can help

    async def on_exhausted(event: NarrationJob, exc: BaseException) -> None:
        exhausted.append((event.page_number, error_code(exc, "TTS_FAILED")))
        done.set()

    options = ConsumerOptions(concurrency=1, max_deliver=5, ack_wait_sec=5, backoff_base_sec=0.1)
    bus.consume(spec(), handler, options, on_exhausted)
    await bus.publish(job(story, 1))
    await asyncio.wait_for(done.wait(), 10)
    await asyncio.sleep(0.5)  # a redelivery, if there were one, would come by now
    assert attempts[1] == 1
    assert exhausted == [(1, "TTS_BLOCKED")]
    letters = await _dead_letters(bus, story)
    assert len(letters) == 1 and letters[0]["attempts"] == 1
    await bus.close()


async def test_rendezvous_lets_exactly_one_party_see_both_parts(nats_server: NatsServer) -> None:
    """Two parties record their parts at once, many times over: in every round exactly one of
    them sees both; a party recording its part again sees what is there."""
    buses = [await _bus(nats_server), await _bus(nats_server)]
    bucket = f"test_meet_{uuid.uuid4().hex[:8]}"
    try:
        for round_ in range(40):
            key = f"book-{round_}"
            seen = await asyncio.gather(
                buses[0].rendezvous(bucket, key, "cover", "c.png", ttl_sec=60),
                buses[1].rendezvous(bucket, key, "story", "s.json", ttl_sec=60),
            )
            assert sum(len(parts) == 2 for parts in seen) == 1, seen
            again = await buses[0].rendezvous(bucket, key, "cover", "c.png")
            assert again == {"cover": "c.png", "story": "s.json"}
        info = await buses[0].js.stream_info(f"KV_{bucket}")
        assert info.config.max_age == 60
    finally:
        await buses[0].js.delete_key_value(bucket)
        for bus in buses:
            await bus.close()


async def test_streams_and_consumers_lost_by_the_server_are_made_again(
    tmp_path: Path,
) -> None:
    """A server that lost its store (a fresh volume, a deleted stream): the consumer loop makes
    its consumer (and the streams) again, a publish makes the streams again, and work flows."""
    binary = _find_binary("nats-server")
    assert binary
    server = NatsServer(binary, free_port(), tmp_path / "store", tmp_path / "nats.log")
    server.start()
    worker, sender = await _bus(server), await _bus(server)
    handled: list[int] = []

    async def handler(event: NarrationJob) -> None:
        handled.append(event.page_number)

    story = f"lost-{uuid.uuid4().hex[:8]}"
    consumer = spec()
    worker.consume(consumer, handler, ConsumerOptions(idle_check_sec=0.3))

    async def until(page: int) -> None:
        for _ in range(100):
            if page in handled:
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"page {page} was not handled: {handled}")

    try:
        await sender.publish(job(story, 1))
        await until(1)
        # The stream (and with it the consumer) disappears; the idle loop notices and makes both.
        await sender.js.delete_stream(TTS_JOBS.name)
        for _ in range(50):
            await asyncio.sleep(0.1)
            with contextlib.suppress(nats.js.errors.NotFoundError):
                await sender.js.consumer_info(TTS_JOBS.name, consumer.durable)
                break
        else:
            raise AssertionError("the consumer was not made again")
        await sender.publish(job(story, 2))
        await until(2)
        # Gone again, and this time a publish comes first: it makes the streams itself.
        await sender.js.delete_stream(TTS_JOBS.name)
        assert await sender.publish(job(story, 3))
        await until(3)
    finally:
        await worker.close()
        await sender.close()
        server.stop()


async def test_a_must_not_lose_consumer_retries_past_max_deliver(nats_server: NatsServer) -> None:
    bus = await _bus(nats_server)
    story = f"keep-{uuid.uuid4().hex}"
    attempts = 0
    done = asyncio.Event()

    async def handler(event: NarrationJob) -> None:
        nonlocal attempts
        if event.story_id != story:
            return
        attempts += 1
        if attempts <= 6:
            raise ConnectionError("database is down")
        done.set()

    options = ConsumerOptions(
        max_deliver=2,
        ack_wait_sec=5,
        backoff_base_sec=0.05,
        backoff_max_sec=0.2,
        retry_budget_sec=None,
    )
    bus.consume(spec(), handler, options)
    await bus.publish(job(story, 1))
    await asyncio.wait_for(done.wait(), 20)
    assert attempts == 7  # far past max_deliver: an event that must not be lost waits it out
    assert await _dead_letters(bus, story) == []
    await bus.close()


async def test_a_job_is_retried_for_its_time_budget_not_a_count(nats_server: NatsServer) -> None:
    bus = await _bus(nats_server)
    story = f"budget-{uuid.uuid4().hex}"
    attempts = 0
    exhausted = asyncio.Event()

    async def handler(event: NarrationJob) -> None:
        nonlocal attempts
        if event.story_id == story:
            attempts += 1
            raise Retry(0.1, "429: rate limited", code="GEMINI_RATE_LIMITED")

    async def on_exhausted(event: NarrationJob, exc: BaseException) -> None:
        exhausted.set()

    budget = 1.5
    options = ConsumerOptions(max_deliver=1000, ack_wait_sec=5, retry_budget_sec=budget)
    started = asyncio.get_running_loop().time()
    bus.consume(spec(), handler, options, on_exhausted)
    await bus.publish(job(story, 1))
    await asyncio.wait_for(exhausted.wait(), 20)
    took = asyncio.get_running_loop().time() - started
    assert took >= budget and attempts > 5, (took, attempts)  # more than the old count of 5
    [letter] = await _dead_letters(bus, story)
    assert letter["attempts"] == attempts
    await bus.close()


async def test_close_hands_unfinished_messages_back_at_once(nats_server: NatsServer) -> None:
    first, second = await _bus(nats_server), await Bus.connect(nats_server.url, "test-2")
    story = f"drain-{uuid.uuid4().hex}"
    durable = spec()
    started, finished = asyncio.Event(), asyncio.Event()

    async def slow(event: NarrationJob) -> None:
        if event.story_id == story:
            started.set()
            await asyncio.sleep(60)

    async def quick(event: NarrationJob) -> None:
        if event.story_id == story:
            finished.set()

    ack_wait = 30.0
    first.consume(durable, slow, ConsumerOptions(ack_wait_sec=ack_wait, drain_sec=0.5))
    await first.publish(job(story, 1))
    await asyncio.wait_for(started.wait(), 10)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await first.close()
    assert loop.time() - t0 < 3  # the drain time, not the handler's minute
    second.consume(durable, quick, ConsumerOptions(ack_wait_sec=ack_wait))
    await asyncio.wait_for(finished.wait(), 10)  # now, not after ack_wait
    assert loop.time() - t0 < ack_wait / 2
    await second.close()
