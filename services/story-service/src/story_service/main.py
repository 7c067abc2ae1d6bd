"""story-service app: consumes `story.requested` in its lifespan; serves only ops routes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from fastapi import FastAPI

from moretale_contracts.streams import STORY_WRITER
from moretale_kit.gemini_models import model_checks
from moretale_kit.ops import ops_router
from moretale_kit.runtime import Runtime
from story_service import SERVICE
from story_service.config import Settings
from story_service.handlers import StoryHandlers
from story_service.writers import make_writer


def create_app(settings: Settings | None = None) -> FastAPI:
    """The story-service app."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with Runtime.start(SERVICE, settings.common) as runtime:
            writer = make_writer(settings, runtime.bus.js)
            app.state.model_checks = await model_checks(writer, settings.allowed_model_ids)
            handlers = StoryHandlers(
                runtime.bus,
                runtime.store,
                writer,
                stream_pages=settings.stream_pages,
                cancel_check_sec=settings.cancel_check_sec,
                text_revisions_ttl_sec=settings.text_revisions_ttl_sec,
            )
            # A story canceled before its text was written is never written.
            options = replace(settings.consumer_options(), skip_canceled=True)
            runtime.bus.consume(STORY_WRITER, handlers.on_requested, options, handlers.on_failed)
            app.state.runtime = runtime
            app.state.info = settings.provider_info(writer.model)
            yield

    app = FastAPI(title="MoreTale story-service", lifespan=lifespan)
    app.include_router(
        ops_router(
            lambda: {**app.state.runtime.checks(), **app.state.model_checks}, lambda: app.state.info
        )
    )
    return app
