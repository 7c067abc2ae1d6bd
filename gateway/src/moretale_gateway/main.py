"""Gateway app: the public API, the projector that keeps rows current, the reconciler (in one
process, or split by role: see `create_app`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from moretale_contracts.streams import GATEWAY_PROJECTOR, GATEWAY_WEBHOOKS
from moretale_gateway import SERVICE
from moretale_gateway.admission import AdmissionMiddleware, StoryQueue
from moretale_gateway.api.body_limit import BodyLimitMiddleware
from moretale_gateway.api.deps import accepted_owners
from moretale_gateway.api.routes import epub, reader, share, stories
from moretale_gateway.config import Settings
from moretale_gateway.outbox import Outbox
from moretale_gateway.projector import Projector
from moretale_gateway.reconciler import Reconciler
from moretale_gateway.webhooks import WebhookSender
from moretale_kit.bus import ConsumerOptions
from moretale_kit.db import Database
from moretale_kit.errors import error_response, install_error_handlers
from moretale_kit.logs import log_context
from moretale_kit.ops import ops_router
from moretale_kit.runtime import Runtime

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The gateway app for the settings' role: `api` serves the public API (and publishes the
    outbox), `projector` keeps rows current from events (plus webhooks and the reconciler) and
    serves only /healthz, /readyz and /metrics, `all` does both in one process."""
    settings = settings or Settings()
    serves_api = settings.role in ("all", "api")
    projects = settings.role in ("all", "projector")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.slow_callback_ms:
            _log_slow_callbacks(settings.slow_callback_ms)
        keys, embedded_key = settings.accepted_keys() if serves_api else ([], False)
        app.state.api_keys = accepted_owners(settings, keys)
        db = Database.of(settings)
        await db.migrate(MIGRATIONS)
        await db.warm()
        app.state.db = db
        try:
            async with (
                Runtime.start(service_name(settings), settings.common) as runtime,
                contextlib.AsyncExitStack() as stack,
                _Tasks() as tasks,
            ):
                app.state.runtime = runtime
                if projects:
                    webhook_client = await stack.enter_async_context(
                        httpx.AsyncClient(
                            timeout=settings.webhook_timeout_sec, follow_redirects=False
                        )
                    )
                    _start_projection(settings, db, runtime, webhook_client, tasks)
                if serves_api:
                    app.state.assets = await stack.enter_async_context(
                        httpx.AsyncClient(
                            base_url=settings.asset_service_url,
                            timeout=settings.asset_timeout_sec,
                            headers={
                                "Authorization": f"Bearer {settings.common.internal_secret()}"
                            },
                        )
                    )
                    outbox = Outbox(
                        db,
                        runtime.bus,
                        settings.outbox_max_pending,
                        settings.outbox_record_interval_sec,
                    )
                    stack.push_async_callback(outbox.close)
                    app.state.outbox = outbox
                    app.state.story_queue = StoryQueue(runtime.bus, settings.admission_refresh_sec)
                    tasks.start(app.state.story_queue.run(), "story queue")
                    _announce(settings, keys[0] if embedded_key else None)
                else:
                    log.info("projector running; health on port %d", settings.projector_port)
                yield
        finally:
            await db.close()

    app = FastAPI(
        title="MoreTale API",
        summary="Personalized bilingual picture books: text, narration and illustrations.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)

    if serves_api:
        app.add_middleware(
            BodyLimitMiddleware,
            max_bytes=settings.max_body_bytes,
            keyed_prefix=stories.router.prefix,
        )
        app.add_middleware(
            AdmissionMiddleware,
            max_in_flight=settings.admission_max_in_flight,
            max_queued=settings.admission_max_queued,
            retry_after_max_sec=settings.admission_retry_after_max_sec,
            state=app.state,
            max_create_wait_ms=settings.admission_max_create_wait_ms,
        )
        app.add_middleware(RequestIdMiddleware)
        app.include_router(stories.router)
        app.include_router(share.router)
        app.include_router(epub.router)
        app.include_router(reader.router)
    # Ready while the database answers: NATS and the object store show in /readyz's body and
    # in moretale_dependency_up, and a blip of either leaves every replica in the Service.
    app.include_router(
        ops_router(
            lambda: {**app.state.runtime.checks(), "database": app.state.db.check},
            required={"database"},
        )
    )
    return app


def _log_slow_callbacks(threshold_ms: float) -> None:
    """asyncio's own stall report: every callback or task step that holds the event loop longer
    than the threshold is logged (`Executing <Task ...> took 0.052 seconds`) with where it
    was created. Debug mode costs CPU per callback: a diagnostic, not for production."""
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    loop.slow_callback_duration = threshold_ms / 1000
    logging.getLogger("asyncio").setLevel(logging.WARNING)
    log.warning("event-loop debug: logging steps longer than %g ms", threshold_ms)


def service_name(settings: Settings) -> str:
    """The name a process goes by on the bus, in logs and traces."""
    return f"{SERVICE}-projector" if settings.role == "projector" else SERVICE


def _start_projection(
    settings: Settings,
    db: Database,
    runtime: Runtime,
    webhook_client: httpx.AsyncClient,
    tasks: _Tasks,
) -> None:
    """Events -> rows, webhooks owed -> deliveries, stuck stories -> published again."""
    runtime.bus.consume(
        GATEWAY_PROJECTOR,
        Projector(db, runtime.bus).on_event,
        settings.consumer_options(must_not_lose=True),
    )
    sender = WebhookSender(
        webhook_client,
        settings.webhook_signing_secret(),
        settings.allow_private_callbacks,
        settings.webhook_timeout_sec,
    )
    runtime.bus.consume(
        GATEWAY_WEBHOOKS,
        sender.deliver,
        ConsumerOptions(
            concurrency=4,
            max_deliver=settings.webhook_max_attempts,
            ack_wait_sec=settings.webhook_timeout_sec * 3,
            backoff_base_sec=2.0,
            backoff_max_sec=300.0,
            drain_sec=settings.drain_sec,
        ),
    )
    reconciler = Reconciler(
        db,
        runtime.bus,
        timedelta(seconds=settings.reconcile_interval_sec),
        timedelta(seconds=settings.requeue_after_sec),
        timedelta(seconds=settings.stall_after_sec),
    )
    tasks.start(reconciler.run(), "reconciler")


class _Tasks(contextlib.AbstractAsyncContextManager["_Tasks"]):
    """Background loops of the app's lifetime, canceled (and awaited) when it ends."""

    def __init__(self) -> None:
        self._tasks: list[asyncio.Task[None]] = []

    def start(self, loop: Coroutine[Any, Any, None], name: str) -> None:
        self._tasks.append(asyncio.create_task(loop, name=name))

    async def __aexit__(self, *_: object) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class RequestIdMiddleware:
    """Every request gets an id (the client's `X-Request-ID`, else a new one): bound to every log
    line while it runs, kept in `request.state.request_id`, echoed in the answer's headers.

    Plain ASGI: `@app.middleware("http")` (Starlette's BaseHTTPMiddleware) runs the rest of the
    app in another task with memory streams between them, on every request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((v for k, v in scope["headers"] if k == b"x-request-id"), b"")
        request_id = (given.decode("latin-1") or uuid.uuid4().hex)[:100]
        scope.setdefault("state", {})["request_id"] = request_id
        header = (b"x-request-id", request_id.encode("latin-1"))

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        with log_context(request_id=request_id):
            if _CONTROL.search(scope["path"]):
                # No route has a control character in it; Starlette's `$` would match before a
                # trailing newline (`/api/stories/%0A` reached the list), so none is routed.
                answer = error_response(404, "NOT_FOUND", "no such path")
                await answer(scope, receive, send_with_id)
                return
            await self.app(scope, receive, send_with_id)


def _announce(settings: Settings, embedded_key: str | None) -> None:
    url = settings.public_url.rstrip("/")
    key = embedded_key or "$MORETALE_API_KEY"
    body = (
        '{"child_name":"Mina","child_age":5,"primary_lang":"Korean",'
        '"secondary_lang":"English","theme":"Friendship","extra_prompt":"Include a dragon"}'
    )
    lines = [
        f"MoreTale gateway is up at {url}  (API docs: {url}/docs, reader: {url}/reader/)",
        *([f"API key (kept in {settings.api_key_file}): {key}"] if embedded_key else []),
        "Make a first book:",
        f"  curl -s -X POST {url}/api/stories/ -H 'X-API-Key: {key}' "
        f"-H 'Content-Type: application/json' -d '{body}'",
    ]
    # Printed, not logged: this is for the person at the terminal, and the key is theirs.
    print("\n".join(lines), flush=True)
