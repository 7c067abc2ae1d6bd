"""SQLite writes from two processes on one file (the gateway's api and projector roles): each
takes the write lock at BEGIN and tries again at once while the other holds it."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError, OperationalError

from moretale_kit import db as db_module
from moretale_kit.db import Database


def _create(conn: Connection) -> None:
    conn.execute(text("create table if not exists t (k integer primary key, v text)"))


def _hold_write_lock(path: Path, seconds: float, holding: threading.Event) -> None:
    """Another process's writer: the file's write lock for `seconds`."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("insert into t (k, v) values (1, 'other')")
    holding.set()
    threading.Event().wait(seconds)
    other.execute("COMMIT")
    other.close()


async def _locked_by_another(db: Database, path: Path, seconds: float) -> threading.Thread:
    """The table made, and the file's write lock taken by another writer for `seconds`."""
    await db.run(_create, write=True)
    holding = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, seconds, holding))
    holder.start()
    await asyncio.to_thread(holding.wait)
    return holder


def _insert_mine(conn: Connection) -> None:
    conn.execute(text("insert into t (k, v) values (2, 'mine')"))


async def test_a_write_waits_for_another_writer_and_then_commits(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        holder = await _locked_by_another(db, path, 0.3)
        await db.run(_insert_mine, write=True)
        holder.join()
        rows = await db.run(lambda conn: conn.execute(text("select k, v from t")).all())
        assert sorted(map(tuple, rows)) == [(1, "other"), (2, "mine")]
    finally:
        await db.close()


async def test_a_write_gives_up_after_the_lock_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bounded like the busy timeout it replaces: an error, not a wait for ever.
    monkeypatch.setattr(db_module, "SQLITE_LOCK_WAIT_SEC", 0.05)
    path = tmp_path / "shared.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        holder = await _locked_by_another(db, path, 1.0)
        with pytest.raises(OperationalError, match="locked"):
            await db.run(_insert_mine, write=True)
        holder.join()
    finally:
        await db.close()


async def test_a_failed_write_is_rolled_back_and_the_error_kept(tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'one.db'}")
    try:
        await db.run(_create, write=True)
        await db.run(lambda conn: conn.execute(text("insert into t values (1, 'a')")), write=True)

        def twice(conn: Connection) -> None:
            conn.execute(text("insert into t values (2, 'b')"))
            conn.execute(text("insert into t values (1, 'again')"))

        with pytest.raises(IntegrityError):
            await db.run(twice, write=True)
        rows = await db.run(lambda conn: conn.execute(text("select k from t")).scalars().all())
        assert rows == [1]  # the first insert of the failed unit is gone too
        # The lock was released: the next write goes through.
        await db.run(lambda conn: conn.execute(text("insert into t values (3, 'c')")), write=True)
    finally:
        await db.close()
