"""The shared request budget (`moretale_kit.quota`) on a real nats-server: independent users,
each with its own connection (as replicas have), together never exceed the configured calls per
period, keep the calls evenly spaced, and a user that dies holds no budget."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid

import nats
import pytest
from servers import NatsServer

from moretale_kit.quota import SharedRateLimit

pytestmark = pytest.mark.timeout(60)

RATE, PERIOD = 20, 2.0  # 20 calls per 2 s: one every 0.1 s, scaled down from a minute
JITTER = 0.04  # seconds per period left for arrival jitter (a minute has 2 s by default)


async def _user(
    url: str, scope: str, slots: list[float], starts: list[float], until: float
) -> None:
    """One replica: its own connection, calling as fast as its budget lets it."""
    nc = await nats.connect(url)
    try:
        limit = SharedRateLimit(nc.jetstream(), scope, RATE, period_sec=PERIOD, jitter_sec=JITTER)
        while time.time() < until:
            slots.append(await limit.acquire("gemini-3.8-flash-tts"))
            starts.append(time.time())
    finally:
        await nc.close()


def _most_in_a_window(times: list[float], window: float) -> int:
    """The most of `times` in any half-open window of `window` seconds (counted in whole
    microseconds, the quota's unit)."""
    starts = sorted(round(t * 1e6) for t in times)
    most, first = 0, 0
    for last, at in enumerate(starts):
        while at - starts[first] >= round(window * 1e6):
            first += 1
        most = max(most, last - first + 1)
    return most


@pytest.mark.parametrize("users", [1, 4])
async def test_users_together_stay_within_the_budget(nats_server: NatsServer, users: int) -> None:
    scope = f"test-{uuid.uuid4().hex[:8]}"
    slots: list[float] = []
    starts: list[float] = []
    run_for = 3 * PERIOD
    until = time.time() + run_for
    await asyncio.gather(
        *(_user(nats_server.url, scope, slots, starts, until) for _ in range(users))
    )
    # Never more than RATE slots in any period, whatever the number of users, and no call
    # starts before its slot ...
    assert _most_in_a_window(slots, PERIOD) <= RATE
    assert len(set(slots)) == len(slots)  # no slot given twice
    assert all(start >= slot for slot, start in zip(slots, starts, strict=True))
    # ... and the budget is used: about RATE per period together (not RATE per user).
    expected = run_for / PERIOD * RATE
    assert 0.8 * expected <= len(starts) <= expected + users + 1
    # Evenly spaced across users, not in bursts.
    ordered = sorted(slots)
    gaps = [b - a for a, b in itertools.pairwise(ordered)]
    assert min(gaps) >= (PERIOD + JITTER) / RATE * 0.999


async def test_a_user_that_dies_holds_no_budget(nats_server: NatsServer) -> None:
    scope = f"test-{uuid.uuid4().hex[:8]}"
    nc = await nats.connect(nats_server.url)
    dead = SharedRateLimit(nc.jetstream(), scope, RATE, period_sec=PERIOD, jitter_sec=JITTER)
    # It takes five slots (0.5 s of budget) and its connection goes away.
    for _ in range(5):
        await dead.acquire("m")
    await nc.close()
    other = await nats.connect(nats_server.url)
    try:
        limit = SharedRateLimit(
            other.jetstream(), scope, RATE, period_sec=PERIOD, jitter_sec=JITTER
        )
        started = time.time()
        await limit.acquire("m")
        assert time.time() - started <= PERIOD / RATE + 0.1  # the next slot, not later
    finally:
        await other.close()


async def test_waiters_reserve_only_a_short_way_ahead(nats_server: NatsServer) -> None:
    """A caller far back in the queue sleeps before it reserves, so the slots reserved at any
    moment (what a replica that dies could waste) stay within the horizon."""
    scope = f"test-{uuid.uuid4().hex[:8]}"
    nc = await nats.connect(nats_server.url)
    try:
        js = nc.jetstream()
        limit = SharedRateLimit(js, scope, 10, period_sec=1.0, horizon_sec=0.3, jitter_sec=JITTER)
        waiters = [asyncio.create_task(limit.acquire("m")) for _ in range(12)]
        await asyncio.sleep(0.2)
        kv = await js.key_value("gemini_quota")
        reserved_until = int((await kv.get(limit.key("m"))).value or b"0") / 1e6
        assert reserved_until - time.time() <= 0.3 + 0.1 + 0.05
        await asyncio.gather(*waiters)
    finally:
        await nc.close()
