"""The JetStream bus: publish events, and consume them at least once.

`Bus.consume` runs the one consumer loop every service uses: a durable pull consumer shared by
all replicas, a handler per message, `ack` only after the handler returned (its artifact is
stored), `in_progress` heartbeats while it works, `nak` with a delay to retry. This loop is the
one place that retries, and it never loses a message silently:

- `Retry(delay)` tries again after the delay the provider asked for (a 429's Retry-After); any
  other exception is transient and retried with capped exponential backoff and jitter.
- A job (`retry_budget_sec` set) is retried for that long after it was queued, however many
  deliveries that takes (a crash's redelivery, a rate limit); `max_deliver` is only a safety
  cap. `Fail(code, reason)` gives up at once (retrying cannot help). Then the `on_exhausted`
  hook (a failed asset) and a dead letter.
- A consumer whose events must not be lost (`retry_budget_sec=None`: lifecycle and page events)
  retries for as long as it takes, with a log line and a metric per retry after a minute; only
  a message that cannot be decoded becomes a dead letter.
- On shutdown (`close`) a loop stops fetching, lets handlers finish for `drain_sec`, and naks
  what is still unfinished, so another replica takes it at once instead of after `ack_wait`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import nats
from nats.aio.client import Client as NATS
from nats.aio.msg import Msg
from nats.errors import NoServersError
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js import JetStreamContext, api
from nats.js.errors import (
    BadRequestError,
    BucketNotFoundError,
    KeyNotFoundError,
    KeyWrongLastSequenceError,
    NoStreamResponseError,
    NotFoundError,
)
from nats.js.kv import KeyValue
from opentelemetry import propagate
from opentelemetry.trace import SpanKind
from pydantic import ValidationError
from tenacity import retry, retry_if_exception_type, stop_after_delay, wait_exponential

from moretale_contracts.events import Event, event_type_of
from moretale_contracts.streams import (
    CANCELED_BUCKET,
    DEAD_LETTERS,
    STORY_TEXTS_BUCKET,
    STREAMS,
    ConsumerSpec,
    StreamSpec,
    dead_letter_subject,
    page_text_part,
    story_subjects,
)
from moretale_kit.logs import log_context
from moretale_kit.telemetry import MESSAGE_RETRIES_LONG, MESSAGE_SECONDS, MESSAGES, tracer

log = logging.getLogger(__name__)

# The duplicate window nats-py (and nats.go) give a key-value bucket's stream: 2 minutes, or
# the bucket's TTL if that is shorter.
KV_DUPLICATE_WINDOW_SEC = 120.0

Handler = Callable[[Any], Awaitable[None]]
ExhaustedHook = Callable[[Any, BaseException], Awaitable[None]]


class Retry(Exception):
    """Raised by a handler to try the message again after `delay` seconds (e.g. a 429).

    `code` names the failure for the failed asset if the attempts run out meanwhile.
    """

    def __init__(self, delay: float, reason: str = "", code: str | None = None) -> None:
        super().__init__(reason or f"retry in {delay:.1f}s")
        self.delay = delay
        self.code = code


class Fail(Exception):
    """Raised by a handler when trying again cannot help: the message is exhausted at once
    (`on_exhausted`, then a dead letter) instead of using up its deliveries."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def error_code(exc: BaseException, default: str) -> str:
    """The code a failure names for its failed asset (`exc.code` when it is text), or `default`."""
    code = getattr(exc, "code", None)
    return code if isinstance(code, str) and code else default


@dataclass(frozen=True)
class ConsumerOptions:
    """How one consumer loop behaves.

    `concurrency` is this replica's parallel handlers; `max_ack_pending` caps the messages in
    flight across all replicas together (the provider's concurrency limit). With
    `skip_canceled`, a message about a canceled story is acked without calling the handler, so
    no provider is called for it. After `idle_check_sec` without a message, the loop asks the
    server whether its consumer still exists (a server that lost its store forgets it, and a
    pull on a missing consumer only times out) and creates it again if not.

    `retry_budget_sec`: how long after a message entered its stream a transient failure is
    still retried (a job); None: for as long as it takes (events that must not be lost).
    `max_deliver` caps the deliveries of a job in any case. `drain_sec`: on shutdown, how long
    running handlers may finish before their messages are handed back.
    """

    concurrency: int = 1
    skip_canceled: bool = False
    max_deliver: int = 100
    ack_wait_sec: float = 30.0
    max_ack_pending: int = 1000
    backoff_base_sec: float = 1.0
    backoff_max_sec: float = 60.0
    idle_check_sec: float = 60.0
    retry_budget_sec: float | None = 900.0
    drain_sec: float = 10.0

    @property
    def must_not_lose(self) -> bool:
        return self.retry_budget_sec is None


LONG_RETRY_SEC = 60.0
"""A message failing for longer than this is logged (and counted) at every retry."""


@dataclass(frozen=True)
class StreamLimits:
    """How long and how much the streams keep (limits retention: oldest dropped first; a work
    queue's job older than `max_age_sec` is dropped). Dead letters keep longer, to investigate.
    0 or less: no limit."""

    max_age_sec: float = 7 * 24 * 3600.0
    max_bytes: int = 1 << 30
    dead_letter_max_age_sec: float = 30 * 24 * 3600.0
    dead_letter_max_bytes: int = 256 << 20
    # A canceled or deleted story's key in the cancellation set (its tombstone) outlives every
    # message about it (`max_age_sec`), then expires instead of piling up.
    tombstone_ttl_sec: float = 30 * 24 * 3600.0


def encode(event: Event) -> bytes:
    """The wire form of an event: JSON of its fields."""
    return event.model_dump_json().encode()


def decode(subject: str, data: bytes) -> Event:
    """The typed event for a message on `subject`; raises ValueError if it is not one."""
    event_type = event_type_of(subject)
    if event_type is None:
        raise ValueError(f"no event is published on {subject!r}")
    try:
        return event_type.model_validate_json(data)
    except ValidationError as exc:
        raise ValueError(f"undecodable {subject} message: {exc.error_count()} errors") from exc


class Bus:
    """A NATS connection with JetStream, for one service."""

    def __init__(
        self,
        nc: NATS,
        service: str,
        duplicate_window_sec: float = 600.0,
        replicas: int = 1,
        limits: StreamLimits | None = None,
    ) -> None:
        self.nc = nc
        self.js: JetStreamContext = nc.jetstream()
        self.service = service
        self.duplicate_window_sec = duplicate_window_sec
        self.replicas = replicas
        self.limits = limits or StreamLimits()
        self._tasks: list[asyncio.Task[None]] = []
        self._buckets: dict[str, KeyValue] = {}

    @classmethod
    async def connect(
        cls,
        url: str,
        service: str,
        duplicate_window_sec: float = 600.0,
        connect_timeout_sec: float = 60.0,
        replicas: int = 1,
        auth: Mapping[str, str] | None = None,
        limits: StreamLimits | None = None,
    ) -> Bus:
        """Connect, retrying while the server starts; once connected, reconnect forever.

        `auth`: nats-py credential options (`user`/`password`, `user_credentials`), as
        `CommonSettings.nats_auth()` gives them."""

        async def on_error(exc: Exception) -> None:
            log.warning("NATS: %s", exc)

        async def on_disconnect() -> None:
            log.warning("NATS: disconnected; reconnecting")

        # nats-py does not retry a first connect; a service may start before nats-server.
        @retry(
            retry=retry_if_exception_type((OSError, NoServersError, NatsTimeoutError)),
            wait=wait_exponential(multiplier=0.2, max=2),
            stop=stop_after_delay(connect_timeout_sec),
            reraise=True,
        )
        async def connect() -> NATS:
            return await nats.connect(
                url,
                name=service,
                max_reconnect_attempts=-1,
                reconnect_time_wait=0.5,
                allow_reconnect=True,
                connect_timeout=2,
                error_cb=on_error,
                disconnected_cb=on_disconnect,
                **(auth or {}),
            )

        return cls(await connect(), service, duplicate_window_sec, replicas, limits)

    @property
    def connected(self) -> bool:
        return self.nc.is_connected

    async def ensure_streams(self, streams: tuple[StreamSpec, ...] = STREAMS) -> None:
        """Create the streams and the cancellation set, or bring their config up to date; safe
        from every replica."""
        for spec in streams:
            dead = spec.name == DEAD_LETTERS.name
            max_age = self.limits.dead_letter_max_age_sec if dead else self.limits.max_age_sec
            max_bytes = self.limits.dead_letter_max_bytes if dead else self.limits.max_bytes
            config = api.StreamConfig(
                name=spec.name,
                subjects=list(spec.subjects),
                retention=api.RetentionPolicy(spec.retention.value),
                storage=api.StorageType.FILE,
                duplicate_window=self.duplicate_window_sec,
                discard=api.DiscardPolicy.OLD,
                num_replicas=self.replicas,
                max_age=max_age if max_age > 0 else None,
                max_bytes=max_bytes if max_bytes > 0 else None,
            )
            try:
                await self.js.add_stream(config)
            except BadRequestError:
                await self.js.update_stream(config)
        await self.ensure_tombstones()

    async def ensure_tombstones(self) -> KeyValue:
        """Open the cancellation set (the tombstones), creating it, or bringing the TTL of one
        that exists (its stream's `max_age`) to `tombstone_ttl_sec`: the setting changed, or an
        older deployment made the bucket. Safe from every replica at once (the same update
        twice changes nothing); the change is logged by the process that makes it."""
        ttl = self.limits.tombstone_ttl_sec if self.limits.tombstone_ttl_sec > 0 else 0.0
        stream = f"KV_{CANCELED_BUCKET}"
        try:
            info = await self.js.stream_info(stream)
        except NotFoundError:
            try:
                bucket = await self.js.create_key_value(
                    bucket=CANCELED_BUCKET,
                    storage=api.StorageType.FILE,
                    ttl=ttl or None,
                    replicas=self.replicas,
                )
            except BadRequestError:  # another replica made it meanwhile, otherwise configured
                info = await self.js.stream_info(stream)
            else:
                self._buckets[CANCELED_BUCKET] = bucket
                return bucket
        if not math.isclose(info.config.max_age or 0.0, ttl, abs_tol=1e-3):
            # As a bucket made with this TTL has it: nats-py's 2-minute duplicate window, or
            # the TTL if shorter (the server refuses a window longer than max_age).
            window = min(KV_DUPLICATE_WINDOW_SEC, ttl) if ttl else KV_DUPLICATE_WINDOW_SEC
            await self.js.update_stream(info.config.evolve(max_age=ttl, duplicate_window=window))
            log.info(
                "cancellation set %s: tombstone TTL %.0f s -> %.0f s (0: never expire)",
                CANCELED_BUCKET,
                info.config.max_age or 0.0,
                ttl,
            )
        bucket = await self.js.key_value(CANCELED_BUCKET)
        self._buckets[CANCELED_BUCKET] = bucket
        return bucket

    async def _bucket(self, name: str, ttl_sec: float | None = None) -> KeyValue:
        bucket = self._buckets.get(name)
        if bucket is None:
            try:
                bucket = await self.js.key_value(name)
            except BucketNotFoundError:
                bucket = await self.js.create_key_value(
                    bucket=name,
                    storage=api.StorageType.FILE,
                    ttl=ttl_sec,
                    replicas=self.replicas,
                )
            self._buckets[name] = bucket
        return bucket

    async def rendezvous(
        self, bucket: str, key: str, part: str, value: str, ttl_sec: float | None = None
    ) -> dict[str, str]:
        """Record `part` = `value` under `key`; return every part recorded there so far.

        Writes compare-and-set, so when two parties each record their part, exactly one of
        them (the second) sees both; a redelivered message that records its part again sees
        what is there now. `ttl_sec` applies when this call creates the bucket.
        """
        kv = await self._bucket(bucket, ttl_sec)
        while True:
            try:
                entry: KeyValue.Entry | None = await kv.get(key)
            except KeyNotFoundError:
                entry = None
            parts: dict[str, str] = json.loads(entry.value) if entry and entry.value else {}
            if parts.get(part) == value:
                return parts
            parts[part] = value
            data = json.dumps(parts).encode()
            try:
                if entry is None:
                    await kv.create(key, data)
                else:
                    await kv.update(key, data, last=entry.revision)
            except KeyWrongLastSequenceError:
                continue  # the other party wrote in between: read theirs and try again
            return parts

    async def _canceled(self) -> KeyValue:
        return self._buckets.get(CANCELED_BUCKET) or await self.ensure_tombstones()

    async def newer_text(self, story_id: str, page_number: int, text_revision: int) -> bool:
        """True if a newer text of the page than `text_revision` went out
        (`story.page.written`): a clip or picture of the older one is no longer wanted."""
        try:
            kv = self._buckets.get(STORY_TEXTS_BUCKET) or await self.js.key_value(
                STORY_TEXTS_BUCKET
            )
            entry = await kv.get(story_id)
        except (BucketNotFoundError, KeyNotFoundError):
            return False  # no story was ever written again
        self._buckets[STORY_TEXTS_BUCKET] = kv
        parts: dict[str, str] = json.loads(entry.value) if entry.value else {}
        return int(parts.get(page_text_part(page_number), "0")) > text_revision

    async def mark_canceled(self, story_id: str) -> None:
        """Record that a story is canceled: every worker sees it before its next call."""
        await (await self._canceled()).put(story_id, b"1")

    async def is_canceled(self, story_id: str) -> bool:
        """True if the story was canceled (or deleted)."""
        try:
            await (await self._canceled()).get(story_id)
        except KeyNotFoundError:
            return False
        return True

    async def purge_story(self, story_id: str) -> None:
        """Remove every message of one story from every stream (a deleted child's request,
        events, jobs and dead letters)."""
        for spec in STREAMS:
            for subject in story_subjects(spec, story_id):
                try:
                    await self.js.purge_stream(spec.name, subject=subject)
                except NotFoundError:
                    continue  # the stream does not exist (yet): nothing of the story in it

    async def publish(self, event: Event, msg_id: str | None = None) -> bool:
        """Publish `event` on its subject; False if JetStream dropped it as a duplicate.

        The message carries the current trace (`traceparent`), so its consumers continue it.
        """
        subject = event.subject()
        message_id = msg_id or event.message_id()
        with tracer.start_as_current_span(
            f"send {event.SUBJECT}",
            kind=SpanKind.PRODUCER,
            attributes={
                "messaging.system": "nats",
                "messaging.operation.type": "send",
                "messaging.destination.name": subject,
                "messaging.message.id": message_id,
                "story.id": event.story_id,
            },
        ):
            headers = {"Nats-Msg-Id": message_id}
            propagate.inject(headers)
            try:
                ack = await self.js.publish(subject, encode(event), headers=headers)
            except NoStreamResponseError:
                # No stream takes the subject: a server that lost its store. Make them again.
                log.warning("no stream for %s; creating the streams again", subject)
                await self.ensure_streams()
                ack = await self.js.publish(subject, encode(event), headers=headers)
        return not ack.duplicate

    def consume(
        self,
        spec: ConsumerSpec,
        handler: Handler,
        options: ConsumerOptions | None = None,
        on_exhausted: ExhaustedHook | None = None,
    ) -> None:
        """Start a consumer loop in the background; `close()` stops it."""
        task = asyncio.create_task(
            _ConsumerLoop(self, spec, handler, options or ConsumerOptions(), on_exhausted).run(),
            name=f"consumer:{spec.durable}",
        )
        self._tasks.append(task)

    async def close(self) -> None:
        """Stop every consumer loop (letting running handlers finish) and disconnect."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        # Handlers are done and every publish was awaited for its ack: nothing is left to
        # flush, and drain() can wait its full timeout on an abandoned pull request.
        with contextlib.suppress(Exception):
            await self.nc.close()


class _ConsumerLoop:
    def __init__(
        self,
        bus: Bus,
        spec: ConsumerSpec,
        handler: Handler,
        options: ConsumerOptions,
        on_exhausted: ExhaustedHook | None,
    ) -> None:
        self.bus = bus
        self.spec = spec
        self.handler = handler
        self.options = options
        self.on_exhausted = on_exhausted
        self.slots = asyncio.Semaphore(options.concurrency)
        self.running: set[asyncio.Task[None]] = set()

    async def _subscribe(self) -> JetStreamContext.PullSubscription:
        name = self.spec.durable
        config = api.ConsumerConfig(
            name=name,
            durable_name=name,
            filter_subjects=list(self.spec.filter_subjects),
            ack_policy=api.AckPolicy.EXPLICIT,
            deliver_policy=api.DeliverPolicy.ALL,
            ack_wait=self.options.ack_wait_sec,
            # Unlimited on the server: the loop counts attempts itself, so even a message whose
            # handler kills the process every time ends as a failed asset and a dead letter.
            max_deliver=-1,
            max_ack_pending=self.options.max_ack_pending,
        )
        try:
            await self.bus.js.add_consumer(self.spec.stream.name, config)
        except NotFoundError:
            # The stream is gone (a server that lost its store): make the streams again.
            log.warning("stream %s not found; creating the streams again", self.spec.stream.name)
            await self.bus.ensure_streams()
            await self.bus.js.add_consumer(self.spec.stream.name, config)
        return await self.bus.js.pull_subscribe_bind(durable=name, stream=self.spec.stream.name)

    async def _consumer_gone(self) -> bool:
        """True if the server no longer has this consumer (a pull on it would only time out)."""
        try:
            await self.bus.js.consumer_info(self.spec.stream.name, self.spec.durable)
        except NotFoundError:
            return True
        except Exception:
            return False  # unreachable or slow: the fetch loop deals with that
        return False

    async def run(self) -> None:
        sub: JetStreamContext.PullSubscription | None = None
        idle_since = time.monotonic()
        try:
            while True:
                try:
                    if sub is None:
                        sub = await self._subscribe()
                        idle_since = time.monotonic()
                    if await self._fill(sub):
                        idle_since = time.monotonic()
                except asyncio.CancelledError:
                    raise
                except (NatsTimeoutError, TimeoutError):
                    if time.monotonic() - idle_since >= self.options.idle_check_sec:
                        idle_since = time.monotonic()
                        if await self._consumer_gone():
                            log.warning("consumer %s is gone; creating it again", self.spec.durable)
                            sub = None
                    continue
                except Exception:
                    log.warning(
                        "consumer %s: fetch failed; retrying", self.spec.durable, exc_info=True
                    )
                    sub = None if not self.bus.connected else sub
                    await asyncio.sleep(1.0)
        finally:
            # Fetching has stopped. Let in-flight handlers finish for `drain_sec` so their work
            # is stored and acked, not redone; then hand back the rest (each naks its message).
            if self.running:
                await asyncio.wait(set(self.running), timeout=self.options.drain_sec)
            unfinished = set(self.running)
            for task in unfinished:
                task.cancel()
            if unfinished:
                log.warning(
                    "consumer %s: %d messages handed back at shutdown",
                    self.spec.durable,
                    len(unfinished),
                )
                await asyncio.wait(unfinished, timeout=2.0)

    async def _fill(self, sub: JetStreamContext.PullSubscription) -> bool:
        """Fetch a message as soon as a slot is free and start it; True if one came.

        One at a time: nats-py's fetch of a batch, once its first message has come, waits for
        the rest of the batch until its timeout, so on an idle consumer a lone message (a page
        event while the story is written) was held up to 5 s before it was handled.
        """
        await self.slots.acquire()
        try:
            messages = await sub.fetch(batch=1, timeout=5)
        except BaseException:
            self.slots.release()
            raise
        if not messages:
            self.slots.release()
        for msg in messages:
            task = asyncio.create_task(self._handle(msg))
            self.running.add(task)
            task.add_done_callback(self.running.discard)
        return bool(messages)

    async def _handle(self, msg: Msg) -> None:
        try:
            await self._process(msg)
        except Exception:
            log.exception("consumer %s: could not settle a message", self.spec.durable)
        finally:
            self.slots.release()

    async def _process(self, msg: Msg) -> None:
        attempt = msg.metadata.num_delivered or 1
        try:
            event = decode(msg.subject, msg.data)
        except ValueError as exc:
            log.error("poison message on %s: %s", msg.subject, exc)
            MESSAGES.labels(self.spec.durable, "dead").inc()
            # Every subject ends with its story's id: kept under it, purged with the story.
            await self._dead_letter(msg, exc, attempt, msg.subject.rsplit(".", 1)[-1])
            await msg.term()
            return

        consumer = self.spec.durable
        MESSAGES.labels(consumer, "consumed").inc()
        parent = propagate.extract(dict(msg.headers or {}))
        with (
            log_context(story_id=event.story_id, subject=msg.subject, attempt=attempt),
            tracer.start_as_current_span(
                f"process {event.SUBJECT}",
                context=parent,
                kind=SpanKind.CONSUMER,
                attributes={
                    "messaging.system": "nats",
                    "messaging.operation.type": "process",
                    "messaging.destination.name": msg.subject,
                    "messaging.consumer.group.name": consumer,
                    "messaging.message.delivery_count": attempt,
                    "story.id": event.story_id,
                },
            ),
        ):
            started = time.perf_counter()
            outcome = await self._settle(msg, event, attempt)
            MESSAGES.labels(consumer, outcome).inc()
            MESSAGE_SECONDS.labels(consumer, event.SUBJECT, outcome).observe(
                time.perf_counter() - started
            )

    async def _settle(self, msg: Msg, event: Event, attempt: int) -> str:
        """Run the handler and ack, nak or give up; returns the outcome for metrics."""
        if not self.options.must_not_lose and attempt > self.options.max_deliver:
            await self._exhaust(msg, event, RuntimeError("delivered too many times"), attempt)
            return "dead"
        if self.options.skip_canceled and await self.bus.is_canceled(event.story_id):
            log.info("dropped: the story was canceled")
            await msg.ack()
            return "dropped"
        heartbeat = asyncio.create_task(self._heartbeat(msg))
        try:
            await self.handler(event)
        except asyncio.CancelledError:
            # Shutting down before the handler finished: another replica takes it now.
            with contextlib.suppress(Exception):
                await msg.nak()
            MESSAGES.labels(self.spec.durable, "handed_back").inc()
            raise
        except Retry as retry:
            log.info("retrying %s in %.1fs: %s", msg.subject, retry.delay, retry)
            return await self._retry_or_exhaust(msg, event, retry, attempt, retry.delay)
        except Fail as failure:
            log.warning("failed for good on attempt %d: %s: %s", attempt, failure.code, failure)
            await self._exhaust(msg, event, failure, attempt)
            return "dead"
        except Exception as exc:
            log.warning("handler failed on attempt %d: %s", attempt, exc, exc_info=True)
            return await self._retry_or_exhaust(msg, event, exc, attempt, self._backoff(attempt))
        else:
            await msg.ack()
            return "acked"
        finally:
            heartbeat.cancel()

    def _backoff(self, attempt: int) -> float:
        """Exponential in the attempt, capped; "equal jitter" (half fixed, half random) keeps
        the jobs a provider outage failed together from all coming back at the same moment."""
        ceiling = min(
            self.options.backoff_base_sec * 2.0 ** (attempt - 1), self.options.backoff_max_sec
        )
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    async def _retry_or_exhaust(
        self, msg: Msg, event: Event, exc: BaseException, attempt: int, delay: float
    ) -> str:
        age = _age_sec(msg)
        if self._out_of_budget(attempt, age):
            await self._exhaust(msg, event, exc, attempt)
            return "dead"
        if age >= LONG_RETRY_SEC:
            MESSAGE_RETRIES_LONG.labels(self.spec.durable).inc()
            log.warning(
                "still failing after %.0fs and %d attempts; retrying in %.1fs: %s",
                age,
                attempt,
                delay,
                exc,
            )
        await msg.nak(delay=delay)
        return "naked"

    def _out_of_budget(self, attempt: int, age: float) -> bool:
        """Whether a transient failure ends the message: never for a must-not-lose consumer;
        for a job, at the safety cap or once its time budget is spent (and it had a retry)."""
        budget = self.options.retry_budget_sec
        if budget is None:
            return False
        return attempt >= self.options.max_deliver or (attempt > 1 and age >= budget)

    async def _exhaust(self, msg: Msg, event: Event, exc: BaseException, attempt: int) -> None:
        log.error("giving up after %d attempts: %s", attempt, exc)
        if self.on_exhausted is not None:
            try:
                await self.on_exhausted(event, exc)
            except Exception:
                # The failure could not be recorded: keep the message for another try.
                log.exception("could not record the failure; will retry")
                await msg.nak(delay=self.options.backoff_max_sec)
                return
        await self._dead_letter(msg, exc, attempt, event.story_id)
        await msg.term()

    async def _dead_letter(
        self, msg: Msg, exc: BaseException, attempt: int, story_id: str = "unknown"
    ) -> None:
        record = {
            "subject": msg.subject,
            "consumer": self.spec.durable,
            "service": self.bus.service,
            "attempts": attempt,
            "error": f"{type(exc).__name__}: {exc}",
            "data": msg.data.decode("utf-8", errors="replace"),
        }
        try:
            await self.bus.js.publish(
                dead_letter_subject(self.spec.stream, story_id),
                json.dumps(record).encode(),
                stream=DEAD_LETTERS.name,
            )
        except Exception:
            log.exception("could not store a dead letter")

    async def _heartbeat(self, msg: Msg) -> None:
        interval = max(self.options.ack_wait_sec / 3, 0.5)
        while True:
            await asyncio.sleep(interval)
            with contextlib.suppress(Exception):
                await msg.in_progress()


def _age_sec(msg: Msg) -> float:
    """Seconds since the message entered its stream (0 if the server did not say)."""
    try:
        stored = msg.metadata.timestamp
    except Exception:
        return 0.0
    age = time.time() - stored.timestamp()
    return age if math.isfinite(age) and age > 0 else 0.0
