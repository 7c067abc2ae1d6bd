"""Migrations at start, as several replicas run them at once against one PostgreSQL database:
one migrates, the others wait for it and find the schema at head. Each replica is its own
process, as in a cluster (Alembic's `context` is process-global: one migration per process)."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from servers import PostgresServer, postgres_server  # noqa: F401  (fixture)

pytestmark = pytest.mark.timeout(120)

REPLICA = """
import asyncio, sys
from moretale_kit.db import Database
from {package}.main import MIGRATIONS

async def main() -> None:
    db = Database(sys.argv[1])
    try:
        await db.migrate(MIGRATIONS)
    finally:
        await db.close()

asyncio.run(main())
"""


@pytest.mark.parametrize("package", ["moretale_gateway", "asset_service"])
def test_replicas_migrating_at_once_all_start(
    postgres_server: PostgresServer,  # noqa: F811
    package: str,
) -> None:
    url = postgres_server.create_database(f"migrate_{uuid.uuid4().hex[:8]}")
    script = REPLICA.format(package=package)
    replicas = [
        subprocess.Popen([sys.executable, "-c", script, url], stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    failures = []
    for replica in replicas:
        _, stderr = replica.communicate(timeout=90)
        if replica.returncode != 0:
            failures.append(stderr[-600:])
    assert not failures, failures


async def test_the_pool_is_opened_at_start(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    """`warm` opens every pooled connection before the first request needs one, and the pool
    keeps them (a connection opened in a burst costs a server process and a password exchange)."""
    from moretale_kit.db import Database

    db = Database(postgres_server.create_database(f"warm_{uuid.uuid4().hex[:8]}"), pool_size=4)
    try:
        assert db.engine.pool.checkedin() == 0  # type: ignore[attr-defined]
        await db.warm()
        assert db.engine.pool.checkedin() == 4  # type: ignore[attr-defined]
    finally:
        await db.close()
