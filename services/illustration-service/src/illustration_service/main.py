"""illustration-service app: plans the cover job, then page jobs; ops routes only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from fastapi import FastAPI

from illustration_service import SERVICE
from illustration_service.config import Settings
from illustration_service.handlers import IllustrationHandlers
from illustration_service.painters import make_painter
from moretale_contracts.streams import ILLUSTRATION_PLANNER, ILLUSTRATION_WORKERS
from moretale_kit.gemini_models import model_checks
from moretale_kit.ops import ops_router
from moretale_kit.runtime import Runtime


def create_app(settings: Settings | None = None) -> FastAPI:
    """The illustration-service app."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with Runtime.start(SERVICE, settings.common) as runtime:
            painter = make_painter(settings, runtime.bus.js)
            app.state.model_checks = await model_checks(painter, settings.allowed_model_ids)
            handlers = IllustrationHandlers(
                runtime.bus,
                runtime.store,
                painter,
                settings.cover_aspect_ratio,
                settings.plan_ttl_sec,
            )
            # Jobs of a canceled story are dropped before any provider call.
            options = replace(settings.consumer_options(), skip_canceled=True)
            # A lost `story.generated` would leave the book waiting forever: never given up.
            planning = replace(settings.consumer_options(must_not_lose=True), skip_canceled=True)
            runtime.bus.consume(ILLUSTRATION_PLANNER, handlers.on_story_event, planning)
            runtime.bus.consume(
                ILLUSTRATION_WORKERS, handlers.on_job, options, handlers.on_job_failed
            )
            app.state.runtime = runtime
            app.state.info = settings.provider_info(painter.model)
            yield

    app = FastAPI(title="MoreTale illustration-service", lifespan=lifespan)
    app.include_router(
        ops_router(
            lambda: {**app.state.runtime.checks(), **app.state.model_checks}, lambda: app.state.info
        )
    )
    return app
