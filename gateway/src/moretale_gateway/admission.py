"""Admission control: when the machine or the workers are saturated, the gateway answers at once
with 503 and `Retry-After` (in the error envelope) rather than seconds late.

Three limits, each a gateway setting:

- requests answered at once by this process (`GATEWAY_ADMISSION_MAX_IN_FLIGHT`): beyond it an
  API request gets 503 `OVERLOADED`, `Retry-After: 1`, before any work is done for it. A
  request counts from its arrival until its answer starts (an SSE stream stops counting once it
  has started; a `Prefer: wait` creation is a long poll by request and does not count);
- how long the book creations under way in this process have waited
  (`GATEWAY_ADMISSION_MAX_CREATE_WAIT_MS`): while the oldest has been waiting longer than that,
  a new `POST /api/stories/` gets 503 `OVERLOADED`, `Retry-After: 1`. A creation waits for
  the database's write (on SQLite, one writer thread shared with the outbox, and the file's
  write lock shared with the projector process) and for the CPU; when the machine is
  saturated by the books it makes, that wait is what grows, whatever the request rate, so a
  limit in time rather than in count sheds exactly then, and lets a burst through on an idle
  machine;
- books waiting for a story writer (`GATEWAY_ADMISSION_MAX_QUEUED`): the story-service
  consumer's pending `story.requested` messages, read from NATS every
  `GATEWAY_ADMISSION_REFRESH_SEC` (one JetStream API call, shared by all requests; every replica
  sees the same queue). At the limit `POST /api/stories/` gets 503 `STORY_QUEUE_FULL` with the
  seconds the writers need, at the rate they were seen taking books, to bring the queue back
  under it. Reads, cancels and deletes are still answered.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from typing import Any

from nats.js.errors import NotFoundError
from prometheus_client import Counter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from moretale_contracts.streams import STORY_WRITER
from moretale_gateway.stories import API_PREFIX
from moretale_kit.bus import Bus
from moretale_kit.errors import error_response

log = logging.getLogger(__name__)

_CREATE_PATHS = frozenset({API_PREFIX, API_PREFIX + "/"})

SHED = Counter(
    "moretale_gateway_shed_requests_total",
    "Requests answered 503 by admission control, by error code.",
    ["code"],
)


class StoryQueue:
    """How many books wait for a story writer, and how fast the writers take them, as last read
    from the story-service's durable consumer."""

    def __init__(self, bus: Bus, refresh_sec: float) -> None:
        self.bus = bus
        self.refresh_sec = refresh_sec
        self.waiting = 0
        self.taken_per_sec: float | None = None
        self._last: tuple[float, int] | None = None
        self._failing = False

    async def run(self) -> None:
        while True:
            await self.refresh()
            await asyncio.sleep(self.refresh_sec)

    async def refresh(self) -> None:
        """Read the queue once. Unknown (NATS away, no writer consumer yet) counts as empty:
        admission never refuses books on a guess; the outbox and the reconciler keep them."""
        try:
            info = await self.bus.js.consumer_info(STORY_WRITER.stream.name, STORY_WRITER.durable)
        except NotFoundError:
            self.waiting, self._last = 0, None
            return
        except Exception as exc:
            if not self._failing:
                log.warning("cannot read the story queue (admitting every book): %s", exc)
            self._failing = True
            self.waiting, self._last = 0, None
            return
        self._failing = False
        now = asyncio.get_running_loop().time()
        taken = info.delivered.consumer_seq if info.delivered else 0
        if self._last is not None and now > self._last[0]:
            self.taken_per_sec = max(0, taken - self._last[1]) / (now - self._last[0])
        self._last = (now, taken)
        self.waiting = info.num_pending or 0

    def retry_after(self, limit: int, cap: int) -> int:
        """Seconds until the queue is back under `limit` at the rate the writers were taking
        books (1..cap; `cap` when they took none)."""
        excess = self.waiting - limit + 1
        if not self.taken_per_sec:
            return cap
        return max(1, min(cap, math.ceil(excess / self.taken_per_sec)))


class AdmissionMiddleware:
    """Plain ASGI (no task per request): the two limits above, for `/api/` paths only (the
    reader, share pages and /healthz, /readyz, /metrics are never refused)."""

    def __init__(
        self,
        app: ASGIApp,
        max_in_flight: int,
        max_queued: int,
        retry_after_max_sec: int,
        state: Any,
        max_create_wait_ms: float = 0,
    ) -> None:
        self.app = app
        self.max_in_flight = max_in_flight
        self.max_queued = max_queued
        self.retry_after_max_sec = retry_after_max_sec
        self.max_create_wait_sec = max_create_wait_ms / 1000
        self.state = state  # the app's state: `story_queue` once the app has started
        self.in_flight = 0
        # Book creations under way: when each began, oldest first (dicts keep their order).
        self.creating: dict[object, float] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.max_in_flight:
            response = error_response(
                503,
                "OVERLOADED",
                "the gateway is answering as many requests as it can; retry",
                {"max_in_flight": self.max_in_flight},
                headers={"Retry-After": "1"},
            )
            SHED.labels("OVERLOADED").inc()
            await response(scope, receive, send)
            return
        creates = scope["method"] == "POST" and scope["path"] in _CREATE_PATHS
        if creates:
            if self.max_create_wait_sec and self.creating:
                waited = time.monotonic() - next(iter(self.creating.values()))
                if waited > self.max_create_wait_sec:
                    response = error_response(
                        503,
                        "OVERLOADED",
                        "the books being accepted wait for the database or the CPU; retry",
                        {"max_create_wait_ms": round(self.max_create_wait_sec * 1000, 3)},
                        headers={"Retry-After": "1"},
                    )
                    SHED.labels("OVERLOADED").inc()
                    await response(scope, receive, send)
                    return
            queue: StoryQueue | None = getattr(self.state, "story_queue", None)
            if queue is not None and queue.waiting >= self.max_queued:
                retry_after = queue.retry_after(self.max_queued, self.retry_after_max_sec)
                response = error_response(
                    503,
                    "STORY_QUEUE_FULL",
                    "too many books are waiting to be written; retry later",
                    {"waiting": queue.waiting, "max_queued": self.max_queued},
                    headers={"Retry-After": str(retry_after)},
                )
                SHED.labels("STORY_QUEUE_FULL").inc()
                await response(scope, receive, send)
                return
        if _long_poll(scope):
            await self.app(scope, receive, send)
            return
        counted = True
        self.in_flight += 1
        token = object()
        if creates:
            self.creating[token] = time.monotonic()

        async def send_counted(message: Message) -> None:
            nonlocal counted
            if counted and message["type"] == "http.response.start":
                counted = False
                self.in_flight -= 1
                self.creating.pop(token, None)
            await send(message)

        try:
            await self.app(scope, receive, send_counted)
        finally:
            if counted:
                self.in_flight -= 1
                self.creating.pop(token, None)


def _long_poll(scope: Scope) -> bool:
    # `Prefer: wait=N` asks the gateway to hold the answer: a waiting request, not work.
    return any(k == b"prefer" and b"wait=" in v for k, v in scope["headers"])
