"""Gateway app: the public API, the projector that keeps rows current, the reconciler."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import httpx
from fastapi import FastAPI, Request, Response

from moretale_contracts.streams import GATEWAY_PROJECTOR, GATEWAY_WEBHOOKS
from moretale_gateway import SERVICE
from moretale_gateway.api.routes import reader, share, stories
from moretale_gateway.config import Settings
from moretale_gateway.projector import Projector
from moretale_gateway.reconciler import Reconciler
from moretale_gateway.webhooks import WebhookSender
from moretale_kit.bus import ConsumerOptions
from moretale_kit.db import Database
from moretale_kit.errors import install_error_handlers
from moretale_kit.logs import log_context
from moretale_kit.ops import ops_router
from moretale_kit.runtime import Runtime

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The gateway app."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        keys, embedded_key = settings.accepted_keys()
        app.state.api_keys = keys
        db = Database(settings.db_url)
        await db.migrate(MIGRATIONS)
        app.state.db = db
        try:
            async with (
                Runtime.start(SERVICE, settings.common) as runtime,
                httpx.AsyncClient(
                    base_url=settings.asset_service_url, timeout=settings.asset_timeout_sec
                ) as assets,
                httpx.AsyncClient(
                    timeout=settings.webhook_timeout_sec, follow_redirects=False
                ) as webhook_client,
            ):
                app.state.runtime = runtime
                app.state.assets = assets
                runtime.bus.consume(
                    GATEWAY_PROJECTOR,
                    Projector(db, runtime.bus).on_event,
                    settings.consumer_options(),
                )
                sender = WebhookSender(
                    webhook_client,
                    settings.webhook_signing_secret(),
                    settings.allow_private_callbacks,
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
                    ),
                )
                reconciler = Reconciler(
                    db,
                    runtime.bus,
                    timedelta(seconds=settings.reconcile_interval_sec),
                    timedelta(seconds=settings.requeue_after_sec),
                )
                task = asyncio.create_task(reconciler.run(), name="reconciler")
                _announce(settings, keys[0] if embedded_key else None)
                yield
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
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

    @app.middleware("http")
    async def request_id(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        rid = request.headers.get("X-Request-ID") or uuid.uuid4().hex
        request.state.request_id = rid[:100]
        with log_context(request_id=request.state.request_id):
            response = await call_next(request)
        response.headers["X-Request-ID"] = request.state.request_id
        return response

    app.include_router(stories.router)
    app.include_router(share.router)
    app.include_router(reader.router)
    app.include_router(
        ops_router(lambda: {**app.state.runtime.checks(), "database": app.state.db.check})
    )
    return app


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
