"""What `serve` does to an app before uvicorn runs it."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.testclient import TestClient

from moretale_kit.serve import freeze_after_startup


def test_objects_alive_after_startup_leave_the_collectors_view() -> None:
    started: list[bool] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        started.append(True)
        yield

    app = FastAPI(lifespan=lifespan)
    freeze_after_startup(app)
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        with TestClient(app):
            assert started == [True]  # the app's own startup ran first
            assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()
