"""Migrations at start, as several replicas run them at once against one PostgreSQL database:
one migrates, the others wait for it and find the schema at head. Each replica is its own
process, as in a cluster (Alembic's `context` is process-global: one migration per process)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from typing import Any

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


async def test_a_connection_idle_too_long_is_checked_before_use(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    """A pooled connection whose server process died (a restart, a proxy's idle timeout) is
    found out by the check before use and replaced, once it has sat idle past
    `ping_idle_sec`; a connection used more recently is trusted without the round trip (at
    200 POST/s that check took 3-7 ms of the slow POSTs)."""
    import asyncio

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.ext.asyncio import create_async_engine
    from sqlalchemy.pool import NullPool

    from moretale_kit.db import Database

    url = postgres_server.create_database(f"ping_{uuid.uuid4().hex[:8]}")

    async def kill_other_connections() -> None:
        admin = create_async_engine(url, poolclass=NullPool)
        try:
            async with admin.connect() as conn:
                killed = await conn.execute(
                    text(
                        "select pg_terminate_backend(pid) from pg_stat_activity "
                        "where datname = current_database() and pid <> pg_backend_pid()"
                    )
                )
                assert killed.scalars().all() == [True]  # the pool's one connection
        finally:
            await admin.dispose()
        await asyncio.sleep(0.2)

    def one(conn: Any) -> int:
        return int(conn.execute(text("select 1")).scalar_one())

    checked = Database(url, pool_size=1, ping_idle_sec=0.1)
    try:
        assert await checked.run(one) == 1
        await kill_other_connections()  # the connection has now been idle for 0.2 s
        assert await checked.run(one) == 1  # checked, found dead, replaced
        assert await checked.run(one, write=True) == 1
    finally:
        await checked.close()

    trusting = Database(url, pool_size=1, ping_idle_sec=60)
    try:
        assert await trusting.run(one) == 1
        await kill_other_connections()
        with pytest.raises(DBAPIError):
            await trusting.run(one)  # used 0.2 s ago: not checked, and it was dead
        assert await trusting.run(one) == 1  # the failure discarded it
    finally:
        await trusting.close()


def _heads(migrations: Any) -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations))
    return set(ScriptDirectory.from_config(config).get_heads())


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
async def test_one_database_for_both_services_and_one_migrated_with_the_shared_table(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Any,
) -> None:
    """Each service has its own Alembic version table, so both can share one database; a
    database migrated when both used `alembic_version` upgrades: the service whose tables are
    there keeps its revision, the one the shared table made skip its tables gets them."""
    from sqlalchemy import inspect, text

    from asset_service.main import MIGRATIONS as ASSET
    from moretale_gateway.main import MIGRATIONS as GATEWAY
    from moretale_kit.db import Database

    if backend == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'shared.db'}"
    else:
        server = request.getfixturevalue("postgres_server")
        url = server.create_database(f"shared_{uuid.uuid4().hex[:8]}")
    db = Database(url, pool_size=1)

    async def tables() -> set[str]:
        async with db.engine.connect() as conn:
            return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))

    async def versions(table: str) -> set[str]:
        async with db.engine.connect() as conn:
            return set((await conn.execute(text(f"select version_num from {table}"))).scalars())

    try:
        # The old state: the gateway migrated first and wrote the shared alembic_version; the
        # asset-service found "0001" there and made none of its tables.
        await db.migrate(GATEWAY)
        async with db.engine.begin() as conn:  # as Alembic made it: alembic_version_pkc
            for statement in (
                "create table alembic_version (version_num varchar(32) not null, "
                "constraint alembic_version_pkc primary key (version_num))",
                "insert into alembic_version select version_num from gateway_alembic_version",
                "drop table gateway_alembic_version",
            ):
                await conn.execute(text(statement))
        gateway_tables = await tables() - {"alembic_version"}
        assert gateway_tables and "gateway_alembic_version" not in gateway_tables

        await db.migrate(ASSET)  # its tables are made now
        await db.migrate(GATEWAY)  # adopts its revision: no CREATE TABLE of existing tables
        await db.migrate(GATEWAY)  # and again: nothing to do
        await db.migrate(ASSET)

        assert {"assets", "asset_books"} <= await tables()
        assert gateway_tables <= await tables()
        assert await versions("gateway_alembic_version") == _heads(GATEWAY)
        assert await versions("asset_alembic_version") == _heads(ASSET)
    finally:
        await db.close()
