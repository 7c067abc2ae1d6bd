"""Every error a client-facing service gives is the plan's envelope."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

from moretale_kit.errors import ApiError, install_error_handlers


class Body(BaseModel):
    n: int


def make_client() -> TestClient:
    app = FastAPI()
    install_error_handlers(app)

    @app.post("/things")
    async def create(body: Body) -> dict[str, int]:
        if body.n == 409:
            raise ApiError(409, "THING_CONFLICT", "already done", {"n": body.n})
        if body.n == 500:
            raise RuntimeError("boom: secret-ish internals")
        return {"n": body.n}

    return TestClient(app, raise_server_exceptions=False)


def test_validation_is_400_in_the_envelope() -> None:
    response = make_client().post("/things", json={"n": "x"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert error["detail"]["errors"][0]["loc"] == ["body", "n"]


def test_malformed_json_is_400() -> None:
    response = make_client().post(
        "/things", content=b"{bad", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "request body is not valid JSON"


def test_api_errors_unknown_routes_and_crashes() -> None:
    client = make_client()
    conflict = client.post("/things", json={"n": 409})
    assert conflict.status_code == 409
    assert conflict.json() == {
        "error": {"code": "THING_CONFLICT", "message": "already done", "detail": {"n": 409}}
    }
    missing = client.get("/nowhere")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "NOT_FOUND"
    crash = client.post("/things", json={"n": 500})
    assert crash.status_code == 500
    assert crash.json()["error"] == {
        "code": "INTERNAL_ERROR",
        "message": "internal server error",
        "detail": None,
    }
