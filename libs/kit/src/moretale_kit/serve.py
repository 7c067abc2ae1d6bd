"""Run a service's app the way production does: uvicorn, our JSON logs, graceful shutdown."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from moretale_kit.logs import configure_logging
from moretale_kit.settings import ServiceSettings
from moretale_kit.telemetry import instrument_app, setup_telemetry


def serve(
    service: str,
    create_app: Callable[[], FastAPI],
    settings: ServiceSettings,
    extra_ports: Sequence[int] = (),
) -> None:
    """Serve `create_app()` on the settings' host and port (and `extra_ports`, same host, same
    app: routes tell them apart by `scope["server"]`) until SIGINT/SIGTERM."""
    configure_logging(service, settings.common.log_level)
    lower_priority(settings.nice)
    setup_telemetry(service)
    app = create_app()
    instrument_app(app)
    freeze_after_startup(app)

    def config(port: int) -> uvicorn.Config:
        return uvicorn.Config(
            app,
            host=settings.host,
            port=port,
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=10,
            # Named, not "auto": a missing wheel fails at start instead of quietly costing CPU.
            loop="uvloop",
            http="httptools",
        )

    main = config(settings.port)
    ports = [p for p in dict.fromkeys(extra_ports) if p != settings.port]
    sockets = [main.bind_socket(), *(config(p).bind_socket() for p in ports)]
    uvicorn.Server(main).run(sockets=sockets)


def freeze_after_startup(app: FastAPI) -> None:
    """Once the app has started, move every object alive then (modules, app, clients: ~150k
    objects) out of the garbage collector's view (`gc.freeze`). A full collection otherwise
    walks them all, ~40 ms during which no request is answered."""
    started = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[Any]:
        async with started(app) as state:
            gc.collect()
            gc.freeze()
            yield state

    app.router.lifespan_context = lifespan


def lower_priority(nice: int) -> None:
    """Run this process (and the threads it starts from now on) at niceness `nice`, unless it
    already runs lower. Lowering one's own priority needs no privilege.

    Linux's autogroup scheduling (on by default) first shares the CPU fairly between sessions
    and only then ranks by niceness inside each; a service that leads its own session (as
    `make run` and the test stack start them) therefore lowers its session's group too, or
    its niceness would change nothing next to the other services.
    """
    log = logging.getLogger(__name__)
    if nice > os.getpriority(os.PRIO_PROCESS, 0):
        os.setpriority(os.PRIO_PROCESS, 0, nice)
        log.info("running at niceness %d", nice)
    if os.getsid(0) != os.getpid():
        return
    autogroup = Path("/proc/self/autogroup")
    try:
        if nice > int(autogroup.read_text().split()[-1]):
            autogroup.write_text(str(nice))
            log.info("session group at niceness %d", nice)
    except (OSError, ValueError, IndexError):
        pass  # no autogroup scheduling here (or not allowed): niceness alone applies
