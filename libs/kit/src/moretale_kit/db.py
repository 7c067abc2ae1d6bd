"""SQL databases: an async engine for SQLite or PostgreSQL, and Alembic migrations at start."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession


class Database:
    """One database: `session()` for work, `migrate()` to bring the schema to head."""

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"pool_pre_ping": True}
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            kwargs = {"connect_args": {"timeout": 30}}
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self._sessions = async_sessionmaker(
            self.engine, class_=AsyncSession, expire_on_commit=False
        )

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session; commit is the caller's, rollback on error is automatic."""
        async with self._sessions() as session:
            yield session

    async def migrate(self, migrations_dir: Path) -> None:
        """Run Alembic's `upgrade head` with the migrations in `migrations_dir`."""
        config = Config()
        config.set_main_option("script_location", str(migrations_dir))
        config.attributes["database_url"] = self.url
        # env.py runs its own event loop; a worker thread has none, so asyncio.run works there.
        await asyncio.to_thread(command.upgrade, config, "head")

    async def check(self) -> None:
        """Raise if the database cannot be reached (readiness)."""
        async with self.engine.connect() as conn:
            await conn.execute(text("select 1"))

    async def close(self) -> None:
        await self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers and one writer work at once; five processes may share a data dir.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


MIGRATION_LOCK_KEY = 0x4D6F726554616C65  # "MoreTale": the advisory lock migrations hold


def run_async_migrations(target_metadata: Any, url: str) -> None:
    """The body of every service's Alembic env.py (online mode, async engine)."""
    from alembic import context

    def do_run(connection: Any) -> None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite needs batch mode to alter tables
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Replicas starting together: the first migrates, the others wait here until it
                # commits, then find the schema at head. Released with the transaction.
                connection.execute(
                    text("select pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            context.run_migrations()

    async def run() -> None:
        engine = create_async_engine(url)
        async with engine.connect() as connection:
            await connection.run_sync(do_run)
            await connection.commit()
        await engine.dispose()

    asyncio.run(run())
