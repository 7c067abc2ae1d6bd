"""Paths with control characters reach no route (schemathesis found `/api/stories/%0A`
answered by the list: Starlette's route pattern ends in `$`, which matches before a newline)."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from moretale_gateway.main import RequestIdMiddleware
from moretale_kit.errors import install_error_handlers


def _app() -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/api/stories/")
    async def stories() -> dict[str, list[str]]:
        return {"items": []}

    app.add_middleware(RequestIdMiddleware)
    return app


async def test_a_control_character_in_the_path_is_not_found() -> None:
    async with AsyncClient(transport=ASGITransport(app=_app()), base_url="http://a") as client:
        listed = await client.get("/api/stories/")
        assert listed.status_code == 200
        for path in ("/api/stories/%0A", "/api/stories/%0D", "/api/stories/%7F", "/api/%00/"):
            answer = await client.get(path)
            assert answer.status_code == 404, path
            assert answer.json()["error"]["code"] == "NOT_FOUND"
            assert answer.headers["x-request-id"]
