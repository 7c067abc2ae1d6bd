"""The routes every service exposes for its operators: /healthz, /readyz and /metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Mapping
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, Gauge, generate_latest

ReadyCheck = Callable[[], Awaitable[Any]]

DEPENDENCY_UP = Gauge(
    "moretale_dependency_up",
    "1 if the dependency answered the last /readyz check, 0 if not.",
    ["dependency"],
)


def ops_router(
    checks: Callable[[], Mapping[str, ReadyCheck]],
    info: Callable[[], Mapping[str, Any]] = dict,
    timeout_sec: float = 2.0,
    required: Collection[str] | None = None,
) -> APIRouter:
    """Health (alive), readiness and Prometheus metrics.

    `checks` returns named probes (NATS, database, object store …) that raise when their part is
    unreachable; `info` adds facts to the readiness body (e.g. which provider is active).
    `required` names the checks readiness fails on (None: all of them): the parts the pod
    cannot serve without. The others are reported in the body ("degraded") and in the
    `moretale_dependency_up` gauge, but leave the pod ready: a blip of a shared dependency
    must not take every replica out of its Service at once.
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
            DEPENDENCY_UP.labels(name).set(1 if results[name] == "ok" else 0)
        failing = {name for name, value in results.items() if value != "ok"}
        ready = not (failing if required is None else failing & set(required))
        status = "not ready" if not ready else "degraded" if failing else "ready"
        body = {"status": status, "checks": results, **info()}
        return JSONResponse(body, status_code=200 if ready else 503)

    @router.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router
