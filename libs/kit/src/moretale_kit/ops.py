"""The routes every service exposes for its operators: /healthz, /readyz and /metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

ReadyCheck = Callable[[], Awaitable[Any]]


def ops_router(
    checks: Callable[[], Mapping[str, ReadyCheck]],
    info: Callable[[], Mapping[str, Any]] = dict,
    timeout_sec: float = 2.0,
) -> APIRouter:
    """Health (alive), readiness (every check passes) and Prometheus metrics.

    `checks` returns named probes (NATS, database, object store …) that raise when their part is
    unreachable; `info` adds facts to the readiness body (e.g. which provider is active).
    """
    router = APIRouter(include_in_schema=False)

    @router.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz")
    async def readyz() -> JSONResponse:
        results: dict[str, str] = {}
        for name, check in checks().items():
            try:
                await asyncio.wait_for(check(), timeout_sec)
                results[name] = "ok"
            except Exception as exc:
                results[name] = f"error: {type(exc).__name__}: {exc}"[:300]
        ready = all(value == "ok" for value in results.values())
        body = {"status": "ready" if ready else "not ready", "checks": results, **info()}
        return JSONResponse(body, status_code=200 if ready else 503)

    @router.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router
