"""SQL databases: an async engine for SQLite or PostgreSQL, and Alembic migrations at start."""

from __future__ import annotations

import asyncio
import fcntl
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession
from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_fixed

from moretale_kit.settings import DatabaseServiceSettings

T = TypeVar("T")


class Database:
    """One database: `session()` for ORM work, `run()` for a unit of Core statements (the hot
    paths), `migrate()` to bring the schema to head."""

    def __init__(
        self, url: str, pool_size: int = 10, ping_idle_sec: float = 1.0, max_overflow: int = 10
    ) -> None:
        """`pool_size` connections kept open (a database server), up to `max_overflow` more
        under a burst; a pooled connection idle for more than `ping_idle_sec` is checked with
        one round trip before it is used."""
        self.url = url
        self.pool_size = pool_size
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        # Most recently used first: under steady load the same few connections serve, stay
        # warm (prepared statements, plans) and skip the idle check.
        kwargs: dict[str, Any] = {
            "pool_size": pool_size,
            "max_overflow": max_overflow,
            "pool_use_lifo": True,
        }
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            kwargs = {"connect_args": {"timeout": 30}}
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        else:
            _check_when_idle(self.engine.sync_engine, ping_idle_sec)
        self._sessions = async_sessionmaker(
            self.engine, class_=AsyncSession, expire_on_commit=False
        )
        # SQLite file: `run()` uses the standard sqlite3 driver on two threads of its own, one
        # that reads and one that writes (see `run`), each with its connection.
        self._sync_engine: Engine | None = None
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            self._sync_engine = create_engine(
                parsed.set(drivername="sqlite"),
                connect_args={"timeout": 30, "check_same_thread": False},
                pool_size=1,
                max_overflow=0,
            )
            event.listen(self._sync_engine, "connect", _sqlite_pragmas)
            # Writes: their own connection, which takes the file's write lock at BEGIN (see
            # `_take_write_lock`) instead of waiting in SQLite's busy handler.
            self._write_engine = create_engine(
                parsed.set(drivername="sqlite"),
                connect_args={"timeout": 0, "check_same_thread": False},
                pool_size=1,
                max_overflow=0,
            )
            event.listen(self._write_engine, "connect", _sqlite_writer_pragmas)
            event.listen(self._write_engine, "begin", _take_write_lock)
            self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-read")
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-write")
            self._writes: list[tuple[Callable[[Connection], Any], asyncio.Future[Any]]] = []
            self._writes_lock = threading.Lock()

    @classmethod
    def of(cls, settings: DatabaseServiceSettings) -> Database:
        """The database a service's settings name, with their pool settings."""
        return cls(
            settings.db_url,
            settings.database_pool_size,
            settings.database_ping_idle_sec,
            settings.database_max_overflow,
        )

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session; commit is the caller's, rollback on error is automatic."""
        async with self._sessions() as session:
            yield session

    async def run(self, work: Callable[[Connection], T], *, write: bool = False) -> T:
        """`work(connection)` as one unit: its Core statements in one transaction, committed
        before this returns if `write` (rolled back if it raises), and its result.

        SQLite: on this database's own threads with the standard `sqlite3` driver, so a unit
        costs one hand-off between threads (through aiosqlite every driver call, cursor,
        execute, fetch, close and commit, is a hand-off of its own, about 0.1 ms of CPU each).
        Reads have a thread of their own and never wait for a write (WAL). Writes take turns on
        the other thread with group commit: the units that arrive while one commits run
        together in the next transaction, so many share one commit and its fsync, each still
        durable before its caller goes on; if one of them fails, each runs again alone, so
        only that one fails. Other databases: the async engine (`AsyncConnection.run_sync`),
        where the server does the group commit.
        """
        if self._sync_engine is None:
            async with self.engine.begin() if write else self.engine.connect() as conn:
                return await conn.run_sync(work)
        loop = asyncio.get_running_loop()
        if not write:
            return await loop.run_in_executor(self._reader, self._read, work)
        done: asyncio.Future[T] = loop.create_future()
        with self._writes_lock:
            self._writes.append((work, done))
        self._writer.submit(self._drain, loop)
        return await done

    def _read(self, work: Callable[[Connection], T]) -> T:
        assert self._sync_engine is not None
        with self._sync_engine.connect() as conn:
            return work(conn)

    def _drain(self, loop: asyncio.AbstractEventLoop) -> None:
        # The writer thread, once per write: commit everything waiting. Writes that arrived
        # during the last commit go together; a drain that finds nothing (its write went in an
        # earlier group) returns.
        with self._writes_lock:
            batch, self._writes = self._writes, []
        if batch:
            self._commit(batch, loop)

    def _commit(
        self,
        batch: list[tuple[Callable[[Connection], Any], asyncio.Future[Any]]],
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        try:
            with self._write_engine.begin() as conn:
                results = [work(conn) for work, _ in batch]
        except BaseException as exc:  # whatever it is, every caller hears of it
            if len(batch) > 1:
                for item in batch:  # all rolled back: now each on its own
                    self._commit([item], loop)
            else:
                loop.call_soon_threadsafe(_settle, batch[0][1], None, exc)
            return
        for (_, done), result in zip(batch, results, strict=True):
            loop.call_soon_threadsafe(_settle, done, result, None)

    async def migrate(self, migrations_dir: Path) -> None:
        """Run Alembic's `upgrade head` with the migrations in `migrations_dir`."""
        config = Config()
        config.set_main_option("script_location", str(migrations_dir))
        config.attributes["database_url"] = self.url
        # env.py runs its own event loop; a worker thread has none, so asyncio.run works there.
        await asyncio.to_thread(self._upgrade, config)

    def _upgrade(self, config: Config) -> None:
        # Processes sharing one SQLite file (the gateway's api and projector roles) start
        # together: one migrates at a time, the next finds the schema at head. PostgreSQL:
        # env.py's advisory lock.
        database = make_url(self.url).database
        if not self.is_sqlite or not database or database == ":memory:":
            command.upgrade(config, "head")
            return
        with open(f"{database}.migrate-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            command.upgrade(config, "head")

    async def warm(self) -> None:
        """Open the pool's connections now (a database server only). Opened under load, a
        connection costs a server process and a password exchange, milliseconds of CPU on both
        sides, just when a burst needs it; measured: bursts of 50-110 ms inserts at 200 POST/s."""
        if self.is_sqlite:
            return
        connections = [await self.engine.connect() for _ in range(self.pool_size)]
        for connection in connections:
            await connection.close()  # back to the pool, which keeps up to pool_size

    async def check(self) -> None:
        """Raise if the database cannot be reached (readiness)."""
        async with self.engine.connect() as conn:
            await conn.execute(text("select 1"))

    async def close(self) -> None:
        if self._sync_engine is not None:
            # Let what was handed to the threads finish, then close their connections.
            for thread in (self._reader, self._writer):
                await asyncio.to_thread(thread.shutdown)
            self._sync_engine.dispose()
            self._write_engine.dispose()
        await self.engine.dispose()


def _settle(done: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if done.cancelled():  # the caller went away; the work was done all the same
        return
    if error is not None:
        done.set_exception(error)
    else:
        done.set_result(result)


def _check_when_idle(engine: Engine, idle_sec: float) -> None:
    """SQLAlchemy's `pool_pre_ping`, but only for a connection idle longer than `idle_sec` (as
    HikariCP skips its check within 500 ms of use). A ping on every checkout is a round trip
    per request: at 200 POST/s on PostgreSQL it took 3-7 ms of the slow POSTs. A connection that
    served a moment ago is alive but for a server that died in that moment; one that has sat
    idle (a restart, a proxy's idle timeout) is checked and, if dead, replaced."""

    @event.listens_for(engine, "checkin")
    def _idle_from_now(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since <= idle_sec:
            return  # just opened, or just used
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            # The pool drops this connection and checks out another (a new one if need be).
            raise DisconnectionError(f"pooled connection failed its check: {exc!r}") from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers and one writer work at once; five processes may share a data dir.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_writer_pragmas(dbapi_connection: Any, record: Any) -> None:
    _sqlite_pragmas(dbapi_connection, record)
    # The driver's own BEGIN is off: `_take_write_lock` begins every transaction.
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA busy_timeout=0")


SQLITE_LOCK_WAIT_SEC = 30.0  # as long as the busy timeout of the other connections
SQLITE_LOCK_RETRY_SEC = 0.0005


def _take_write_lock(conn: Connection) -> None:
    """Begin a write with the database file's write lock (`BEGIN IMMEDIATE`), trying again every
    half millisecond while another process holds it, for up to 30 s.

    Two processes write one file when the gateway's api and projector roles run apart. SQLite's
    own busy handler sleeps 1, 2, 5, 10, 15, 20, 25 ... ms between tries, so a write that met
    the other's lock waited 10-100 ms however short that lock was (offline POST p99 71-104 ms
    split against 44-79 ms in one process). Nothing has been done when BEGIN fails, so trying
    again is safe; once it succeeds, this transaction's statements and COMMIT do not wait."""
    for attempt in Retrying(
        retry=retry_if_exception(_busy),
        wait=wait_fixed(SQLITE_LOCK_RETRY_SEC),
        stop=stop_after_delay(SQLITE_LOCK_WAIT_SEC),
        reraise=True,
    ):
        with attempt:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def _busy(exc: BaseException) -> bool:
    """Another connection holds the lock (not some other failure)."""
    orig = getattr(exc, "orig", None)
    return isinstance(exc, OperationalError) and (
        getattr(orig, "sqlite_errorcode", None) in _SQLITE_BUSY
    )


_SQLITE_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


MIGRATION_LOCK_KEY = 0x4D6F726554616C65  # "MoreTale": the advisory lock migrations hold


LEGACY_VERSION_TABLE = "alembic_version"  # Alembic's default: once shared by both services


def run_async_migrations(
    target_metadata: Any, url: str, version_table: str, own_table: str
) -> None:
    """The body of every service's Alembic env.py (online mode, async engine).

    Each service keeps its revision in a `version_table` of its own, so the gateway and
    asset-service can share one database: with one shared table, the second to start found the
    first's revision (both histories begin at 0001) and skipped its own tables. `own_table`:
    a table the service's first migration makes (how an older database shows it has them)."""
    from alembic import context

    def do_run(connection: Any) -> None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite needs batch mode to alter tables
            version_table=version_table,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Replicas starting together: the first migrates, the others wait here until it
                # commits, then find the schema at head. Released with the transaction.
                connection.execute(
                    text("select pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            _adopt_legacy_version(connection, version_table, own_table, context.script)
            context.run_migrations()

    async def run() -> None:
        engine = create_async_engine(url)
        async with engine.connect() as connection:
            await connection.run_sync(do_run)
            await connection.commit()
        await engine.dispose()

    asyncio.run(run())


def _adopt_legacy_version(
    connection: Connection, version_table: str, own_table: str, script: Any
) -> None:
    """A database migrated before version tables were per service: its revision sits in the
    shared `alembic_version`. If this service's tables are there, they were made by its own
    history, so that revision is copied into `version_table` (the old table stays: the other
    service may still read it once). Without its tables the service's history runs from the
    start, which also repairs a database where the shared table made it skip them."""
    tables = set(inspect(connection).get_table_names())
    if version_table in tables or LEGACY_VERSION_TABLE not in tables:
        return
    if own_table not in tables:
        return
    revisions = connection.execute(text(f"select version_num from {LEGACY_VERSION_TABLE}"))
    known = [r for (r,) in revisions if script.get_revision(r) is not None]
    if not known:
        raise RuntimeError(
            f"{LEGACY_VERSION_TABLE} names no revision of this service's migrations, but its "
            f"tables exist; stamp {version_table} by hand (alembic stamp)"
        )
    connection.execute(
        text(
            f"create table {version_table} (version_num varchar(32) not null, "
            f"constraint {version_table}_pkc primary key (version_num))"
        )
    )
    for revision in known:
        connection.execute(
            text(f"insert into {version_table} (version_num) values (:v)"), {"v": revision}
        )
