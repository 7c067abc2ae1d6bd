"""Run a service's app the way production does: uvicorn, our JSON logs, graceful shutdown."""

from __future__ import annotations

from collections.abc import Callable

import uvicorn
from fastapi import FastAPI

from moretale_kit.logs import configure_logging
from moretale_kit.settings import ServiceSettings
from moretale_kit.telemetry import instrument_app, setup_telemetry


def serve(service: str, create_app: Callable[[], FastAPI], settings: ServiceSettings) -> None:
    """Serve `create_app()` on the settings' host and port until SIGINT/SIGTERM."""
    configure_logging(service, settings.common.log_level)
    setup_telemetry(service)
    app = create_app()
    instrument_app(app)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=10,
    )
