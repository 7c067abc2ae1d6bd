"""Admission control's in-flight limit: beyond `max_in_flight` API requests being answered at
once, the next gets 503 `OVERLOADED` with Retry-After in the envelope, before any work; once
answers go out, requests are taken again; non-API paths are never refused, and a long poll
does not take a place."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import httpx
from fastapi import FastAPI
from prometheus_client import REGISTRY

from moretale_gateway.admission import AdmissionMiddleware
from moretale_kit.errors import install_error_handlers


def _app(release: asyncio.Event, entered: asyncio.Queue[str]) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/api/stories/{story_id}")
    async def held(story_id: str) -> dict[str, str]:
        entered.put_nowait(story_id)
        await release.wait()
        return {"id": story_id}

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.add_middleware(
        AdmissionMiddleware,
        max_in_flight=2,
        max_queued=10,
        retry_after_max_sec=60,
        state=SimpleNamespace(),
    )
    return app


async def test_beyond_the_in_flight_limit_a_request_is_shed_at_once() -> None:
    release, entered = asyncio.Event(), asyncio.Queue[str]()
    app = _app(release, entered)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
        # A long poll (`Prefer: wait`) waits by request: it does not take a place.
        waiting = asyncio.create_task(client.get("/api/stories/w", headers={"Prefer": "wait=5"}))
        assert await entered.get() == "w"
        held = [asyncio.create_task(client.get(f"/api/stories/s{i}")) for i in range(2)]
        assert {await entered.get(), await entered.get()} == {"s0", "s1"}
        before = _shed("OVERLOADED")
        shed = await client.get("/api/stories/s3")
        assert _shed("OVERLOADED") == before + 1
        assert shed.status_code == 503
        assert shed.headers["Retry-After"] == "1"
        assert shed.json()["error"]["code"] == "OVERLOADED"
        assert shed.json()["error"]["detail"] == {"max_in_flight": 2}
        assert entered.empty()  # refused before the endpoint ran
        # Probes are not refused while the API is full.
        assert (await client.get("/healthz")).status_code == 200
        release.set()
        assert [r.status_code for r in await asyncio.gather(*held, waiting)] == [200] * 3
        # The answers went out: the count is back to zero, two fit again.
        release.clear()
        again = [asyncio.create_task(client.get(f"/api/stories/a{i}")) for i in range(2)]
        assert {await entered.get(), await entered.get()} == {"a0", "a1"}
        release.set()
        assert [r.status_code for r in await asyncio.gather(*again)] == [200, 200]


async def test_a_failing_request_gives_its_place_back() -> None:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/api/boom")
    async def boom() -> None:
        raise RuntimeError("boom")

    middleware = AdmissionMiddleware(app, 1, 10, 60, SimpleNamespace())
    transport = httpx.ASGITransport(app=middleware, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
        for _ in range(3):
            assert (await client.get("/api/boom")).status_code == 500
    assert middleware.in_flight == 0


def _shed(code: str) -> float:
    value = REGISTRY.get_sample_value("moretale_gateway_shed_requests_total", {"code": code})
    return value or 0.0


def _creating_app(release: asyncio.Event, entered: asyncio.Queue[str]) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)

    @app.post("/api/stories/")
    async def create(name: str = "") -> dict[str, str]:
        entered.put_nowait(name)
        await release.wait()
        return {"id": name}

    @app.get("/api/stories/{story_id}")
    async def read(story_id: str) -> dict[str, str]:
        return {"id": story_id}

    app.add_middleware(
        AdmissionMiddleware,
        max_in_flight=100,
        max_queued=10,
        retry_after_max_sec=60,
        state=SimpleNamespace(),
        max_create_wait_ms=50,
    )
    return app


async def test_new_books_are_shed_while_the_oldest_creation_has_waited_too_long() -> None:
    release, entered = asyncio.Event(), asyncio.Queue[str]()
    transport = httpx.ASGITransport(app=_creating_app(release, entered))
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
        # A burst on an idle gateway: none has waited yet, all are taken.
        burst = [
            asyncio.create_task(client.post("/api/stories/", params={"name": f"b{i}"}))
            for i in range(5)
        ]
        assert {await entered.get() for _ in range(5)} == {f"b{i}" for i in range(5)}
        await asyncio.sleep(0.08)  # the burst now waits (the database, say) past 50 ms
        before = _shed("OVERLOADED")
        shed = await client.post("/api/stories/", params={"name": "late"})
        assert shed.status_code == 503
        assert shed.headers["Retry-After"] == "1"
        assert shed.json()["error"]["code"] == "OVERLOADED"
        assert shed.json()["error"]["detail"] == {"max_create_wait_ms": 50}
        assert _shed("OVERLOADED") == before + 1
        assert entered.empty()  # refused before the endpoint ran
        # Reads are still answered.
        assert (await client.get("/api/stories/b0")).status_code == 200
        release.set()
        assert [r.status_code for r in await asyncio.gather(*burst)] == [200] * 5
        # The waiting creations have answered: new books are taken again.
        assert (await client.post("/api/stories/", params={"name": "next"})).status_code == 200
