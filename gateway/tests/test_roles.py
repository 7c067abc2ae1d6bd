"""The gateway's roles share one database: started together on a fresh SQLite file (as `make
run` starts `--role api` and `--role projector`), each migrates, one at a time, and neither
fails on the other's tables."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import inspect

from moretale_gateway.main import MIGRATIONS
from moretale_kit.db import Database


async def test_two_processes_migrating_one_sqlite_file_together_both_succeed(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'data' / 'gateway.db'}"
    databases = [Database(url) for _ in range(4)]
    try:
        await asyncio.gather(*(db.migrate(MIGRATIONS) for db in databases))
        async with databases[0].engine.connect() as conn:
            tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
        assert {"stories", "regenerations", "gateway_alembic_version"} <= tables
    finally:
        for db in databases:
            await db.close()
