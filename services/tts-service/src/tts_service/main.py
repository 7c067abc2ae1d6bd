"""tts-service app: plans page jobs from `story.generated` and narrates them; ops routes only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from fastapi import FastAPI

from moretale_contracts.streams import TTS_PLANNER, TTS_WORKERS
from moretale_kit.gemini_models import model_checks
from moretale_kit.ops import ops_router
from moretale_kit.runtime import Runtime
from tts_service import SERVICE
from tts_service.config import Settings
from tts_service.handlers import NarrationHandlers
from tts_service.narrators import make_narrator


def create_app(settings: Settings | None = None) -> FastAPI:
    """The tts-service app."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with Runtime.start(SERVICE, settings.common) as runtime:
            narrator = make_narrator(settings, runtime.bus.js)
            app.state.model_checks = await model_checks(narrator, settings.allowed_model_ids)
            handlers = NarrationHandlers(runtime.bus, runtime.store, narrator)
            # Jobs of a canceled story are dropped before any provider call.
            options = replace(settings.consumer_options(), skip_canceled=True)
            # A lost `story.generated` would leave the book waiting forever: never given up.
            planning = replace(settings.consumer_options(must_not_lose=True), skip_canceled=True)
            runtime.bus.consume(TTS_PLANNER, handlers.on_story_event, planning)
            runtime.bus.consume(TTS_WORKERS, handlers.on_job, options, handlers.on_job_failed)
            app.state.runtime = runtime
            app.state.info = settings.provider_info(narrator.model)
            yield

    app = FastAPI(title="MoreTale tts-service", lifespan=lifespan)
    app.include_router(
        ops_router(
            lambda: {**app.state.runtime.checks(), **app.state.model_checks}, lambda: app.state.info
        )
    )
    return app
