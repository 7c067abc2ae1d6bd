"""/readyz: ready on the checks a pod cannot serve without; the others reported, not gating."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from moretale_kit.ops import ReadyCheck, ops_router


class Part:
    """A dependency whose check passes or raises, as the test sets it."""

    def __init__(self) -> None:
        self.up = True

    async def check(self) -> None:
        if not self.up:
            raise ConnectionError("unreachable")


def _client(checks: Mapping[str, ReadyCheck], required: set[str] | None) -> TestClient:
    app = FastAPI()
    app.include_router(ops_router(lambda: checks, required=required))
    return TestClient(app)


def _up(name: str) -> float | None:
    return REGISTRY.get_sample_value("moretale_dependency_up", {"dependency": name})


def test_a_blip_of_a_shared_dependency_is_reported_but_keeps_the_pod_ready() -> None:
    nats, database = Part(), Part()
    client = _client({"nats": nats.check, "database": database.check}, {"database"})

    answer = client.get("/readyz")
    assert (answer.status_code, answer.json()["status"]) == (200, "ready")
    assert _up("nats") == 1 and _up("database") == 1

    nats.up = False
    answer = client.get("/readyz")
    assert answer.status_code == 200
    assert answer.json()["status"] == "degraded"
    assert answer.json()["checks"]["nats"].startswith("error: ConnectionError")
    assert answer.json()["checks"]["database"] == "ok"
    assert _up("nats") == 0

    database.up = False
    answer = client.get("/readyz")
    assert (answer.status_code, answer.json()["status"]) == (503, "not ready")
    assert _up("database") == 0

    nats.up = database.up = True
    assert client.get("/readyz").json()["status"] == "ready"
    assert _up("nats") == 1


def test_without_required_every_check_gates_readiness() -> None:
    store = Part()
    client = _client({"object_store": store.check}, None)
    assert client.get("/readyz").status_code == 200
    store.up = False
    assert client.get("/readyz").status_code == 503
