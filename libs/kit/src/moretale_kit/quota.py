"""A request budget shared by every replica of a service, kept in a NATS JetStream KV bucket.

`*_GEMINI_RPM` is the provider's quota for the whole system: N replicas together must not
send more than that, whatever N the autoscaler picks. Each replica already talks to JetStream,
so the budget lives there, as a generic cell rate algorithm (GCRA): one key per (service,
model) holds the "theoretical arrival time", the moment the next call may start. A caller reads
it, takes the slot `max(tat, now)`, writes `slot + 60 / rpm` back with a compare-and-set on the
key's revision (a replica that raced it reads again), then sleeps until its slot. Calls are so
spaced `60 / rpm` apart across all replicas, never in a burst: at most `rpm` start in any
minute. The interval is `(60 + jitter_sec) / rpm`: a call reaches the provider some time after
its slot, and not always the same time (a busy CPU, the network), so exact spacing would let
the provider count `rpm + 1` in some minute; the allowance absorbs that much jitter. Its one
source is the setting `MORETALE_GEMINI_QUOTA_JITTER_SEC` (default 2 s per minute, 3.3 % of the
budget), which the caller passes: `SharedRateLimit` has no default of its own.

Nothing is held between calls, so a replica that dies holds no budget; the most it can waste
is the slots its waiters had reserved, and a slot is only reserved `horizon_sec` ahead (a
waiter further back sleeps first and reserves then): by default two intervals, at least 2 s.
The slot times are wall-clock seconds, so replicas' clocks must agree (NTP) to well under an
interval.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time

from nats.js import JetStreamContext, api
from nats.js.errors import BucketNotFoundError, KeyNotFoundError, KeyWrongLastSequenceError
from nats.js.kv import KeyValue

log = logging.getLogger(__name__)

QUOTA_BUCKET = "gemini_quota"
_KEY_UNSAFE = re.compile(r"[^-/_=.a-zA-Z0-9]")


class SharedRateLimit:
    """`rate` calls per `period_sec` for all holders of the same bucket and key together,
    evenly spaced, with `jitter_sec` per period of delivery jitter allowed for (the caller's
    setting, e.g. `CommonSettings.gemini_quota_jitter_sec`). `rate` 0 means no limit."""

    def __init__(
        self,
        js: JetStreamContext,
        scope: str,
        rate: int,
        *,
        jitter_sec: float,
        period_sec: float = 60.0,
        horizon_sec: float | None = None,
        bucket: str = QUOTA_BUCKET,
        replicas: int = 1,
    ) -> None:
        if rate < 0:
            raise ValueError(f"rate must be >= 0, got {rate}")
        self.js = js
        self.scope = scope
        self.rate = rate
        self.interval = (period_sec + jitter_sec) / rate if rate else 0.0
        self.horizon = horizon_sec if horizon_sec is not None else max(2 * self.interval, 2.0)
        self.bucket_name = bucket
        self.replicas = replicas
        self._bucket: KeyValue | None = None
        self._lock = asyncio.Lock()

    async def _kv(self) -> KeyValue:
        if self._bucket is None:
            async with self._lock:
                if self._bucket is None:
                    try:
                        self._bucket = await self.js.key_value(self.bucket_name)
                    except BucketNotFoundError:
                        # Keys of models no longer called expire; a live key is rewritten on
                        # every call, so its age never reaches this.
                        self._bucket = await self.js.create_key_value(
                            bucket=self.bucket_name,
                            history=1,
                            ttl=max(600.0, 10 * self.interval),
                            storage=api.StorageType.FILE,
                            replicas=self.replicas,
                        )
        return self._bucket

    def key(self, name: str) -> str:
        """The KV key of `name` (a model id) in this scope (a service)."""
        return _KEY_UNSAFE.sub("_", f"{self.scope}.{name}")

    async def acquire(self, name: str) -> float:
        """Wait for the next slot of `name`'s budget and take it; returns the slot (wall-clock
        seconds; the call starts at or after it)."""
        if not self.rate:
            return time.time()
        kv = await self._kv()
        key = self.key(name)
        # Whole microseconds: sums of float intervals would drift under the exact spacing.
        interval, horizon = round(self.interval * 1e6), round(self.horizon * 1e6)
        while True:
            try:
                entry = await kv.get(key)
                tat, revision = int(entry.value or b"0"), entry.revision
            except (KeyNotFoundError, ValueError):
                tat, revision = 0, None
            now = round(time.time() * 1e6)
            slot_us = max(tat, now)
            if slot_us - now > horizon:
                # Too far ahead to reserve: a waiter that dies must not hold the budget.
                await asyncio.sleep((slot_us - now - horizon) / 1e6)
                continue
            value = str(slot_us + interval).encode()
            try:
                if revision is None:
                    await kv.create(key, value)
                else:
                    await kv.update(key, value, last=revision)
            except KeyWrongLastSequenceError:
                continue  # another caller took this slot first: read the new one
            slot = slot_us / 1e6
            left = slot - time.time()
            if left > 0:
                # The loop's timer runs on the monotonic clock: a millisecond more so the call
                # never starts before its wall-clock slot.
                await asyncio.sleep(left + 0.001)
            return slot
