"""asset-service app: consumes page and story events; serves results and signed files."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI

from asset_service import SERVICE
from asset_service.api.routes import books, files
from asset_service.books import Books
from asset_service.config import Settings
from asset_service.handlers import AssetHandlers
from moretale_contracts.streams import ASSET_PAGES, ASSET_STORIES
from moretale_kit.db import Database
from moretale_kit.errors import install_error_handlers
from moretale_kit.ops import ops_router
from moretale_kit.runtime import Runtime

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The asset-service app."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.internal_secret = settings.common.internal_secret()
        db = Database.of(settings)
        await db.migrate(MIGRATIONS)
        await db.warm()
        try:
            async with Runtime.start(SERVICE, settings.common) as runtime:
                app.state.runtime = runtime
                app.state.db = db
                app.state.books = Books(db, runtime.store, timedelta(seconds=settings.url_ttl_sec))
                handlers = AssetHandlers(runtime.bus, app.state.books)
                # Lifecycle and page events must not be lost: retried until they pass.
                options = settings.consumer_options(must_not_lose=True)
                runtime.bus.consume(ASSET_STORIES, handlers.on_story_event, options)
                # Results a canceled story's in-flight jobs still deliver are not recorded
                # (`on_page` checks; of a deleted story it removes what they stored).
                runtime.bus.consume(ASSET_PAGES, handlers.on_page, options)
                sweeper = asyncio.create_task(_sweep(handlers, settings.sweep_interval_sec))
                yield
                sweeper.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await sweeper
        finally:
            await db.close()

    app = FastAPI(title="MoreTale asset-service", lifespan=lifespan)
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(books.router)
    app.include_router(files.router)
    # Ready while the database answers: NATS and the object store show in /readyz's body and
    # in moretale_dependency_up, and a blip of either leaves every replica in the Service.
    app.include_router(
        ops_router(
            lambda: {**app.state.runtime.checks(), "database": app.state.db.check},
            required={"database"},
        )
    )
    return app


async def _sweep(handlers: AssetHandlers, interval_sec: float) -> None:
    """Every `interval_sec`, settle the books no event will settle any more."""
    while True:
        await asyncio.sleep(interval_sec)
        try:
            if completed := await handlers.sweep():
                log.warning("sweep completed %d books their last event left unsettled", completed)
        except Exception:
            log.warning("sweep failed; trying again", exc_info=True)
