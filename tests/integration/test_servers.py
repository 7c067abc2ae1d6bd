"""Prove the real-server fixtures from ``servers.py`` work: NATS JetStream, moto S3, PostgreSQL."""

from __future__ import annotations

import io
import os
import sys
import uuid
from datetime import timedelta
from pathlib import Path

import httpx
import nats
import pytest
from minio import Minio
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

# --import-mode=importlib (root pyproject) puts no test folder on sys.path, and servers.py
# lives next to this file. A no-op once conftest.py or `pythonpath` has added it.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from servers import (  # noqa: E402
    NatsServer,
    PostgresServer,
    RunningProcess,
    S3Server,
    ServerStartError,
)

# Loads the fixtures when this file runs alone; harmless once conftest.py loads them too.
pytest_plugins = ("servers",)


def _unique(prefix: str) -> str:
    # The servers are shared by the whole session: never reuse a name another test may own.
    return f"{prefix}{uuid.uuid4().hex[:10]}"


# --------------------------------------------------------------------------------------------
# RunningProcess


def _alive(pid: int) -> bool:
    # A zombie (killed, not yet reaped by init) counts as dead.
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def _printed_child_pid(proc: RunningProcess) -> int | None:
    # The log's first line echoes the command (script included), so match whole lines only.
    for line in proc.log_tail().splitlines():
        if line.startswith("CHILD_PID="):
            return int(line.removeprefix("CHILD_PID="))
    return None


def test_stop_ends_the_whole_process_group(tmp_path: Path) -> None:
    script = (
        "import subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "print(f'CHILD_PID={child.pid}', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = RunningProcess.start([sys.executable, "-c", script], {}, tmp_path / "p.log")
    try:
        proc.wait_until(lambda: _printed_child_pid(proc), timeout=10)
        child_pid = _printed_child_pid(proc)
        assert child_pid is not None
        assert _alive(child_pid)
    finally:
        proc.stop(grace=2)
    assert not proc.is_running()
    assert not _alive(child_pid)


def test_wait_until_reports_early_exit_with_log(tmp_path: Path) -> None:
    cmd = [sys.executable, "-c", "print('boom: bad config'); raise SystemExit(3)"]
    proc = RunningProcess.start(cmd, {"MORETALE_X": "1"}, tmp_path / "p.log", name="bad")
    with pytest.raises(ServerStartError, match="exited with code 3") as info:
        proc.wait_until(lambda: False, timeout=10)
    assert "boom: bad config" in str(info.value)
    proc.stop()


# --------------------------------------------------------------------------------------------
# NATS JetStream


@pytest.mark.asyncio
async def test_jetstream_dedup_and_survives_restart(nats_server: NatsServer) -> None:
    assert nats_server.url.startswith("nats://127.0.0.1:")
    stream, subject = _unique("PROBE_"), _unique("probe.")
    nc = await nats.connect(nats_server.url)
    try:
        js = nc.jetstream()
        await js.add_stream(name=stream, subjects=[subject])
        headers = {"Nats-Msg-Id": "msg-1"}
        first = await js.publish(subject, b"hello", headers=headers)
        second = await js.publish(subject, b"hello", headers=headers)
        assert not first.duplicate
        assert second.duplicate
        assert second.seq == first.seq
        assert (await js.stream_info(stream)).state.messages == 1
    finally:
        await nc.close()

    # Called from inside a running loop on purpose: fault tests will do the same.
    nats_server.restart()

    nc = await nats.connect(nats_server.url)
    try:
        js = nc.jetstream()
        assert (await js.stream_info(stream)).state.messages == 1
        sub = await js.pull_subscribe(subject, durable=_unique("probe_"), stream=stream)
        [msg] = await sub.fetch(1, timeout=5)
        assert msg.data == b"hello"
        assert msg.headers and msg.headers.get("Nats-Msg-Id") == "msg-1"
        await msg.ack()
        await js.delete_stream(stream)
    finally:
        await nc.close()
    assert any(p.is_dir() for p in nats_server.store_dir.iterdir())


# --------------------------------------------------------------------------------------------
# S3 (moto)


def test_s3_put_get_presign(s3_server: S3Server) -> None:
    client = Minio(
        s3_server.endpoint,
        access_key=s3_server.access_key,
        secret_key=s3_server.secret_key,
        secure=False,
        region=s3_server.region,
    )
    bucket, key, body = _unique("probe-"), "books/1/page-1.png", os.urandom(4096)
    client.make_bucket(bucket)
    assert client.bucket_exists(bucket)
    client.put_object(bucket, key, io.BytesIO(body), len(body), content_type="image/png")

    resp = client.get_object(bucket, key)
    try:
        assert resp.read() == body
    finally:
        resp.close()
        resp.release_conn()

    url = client.presigned_get_object(bucket, key, expires=timedelta(minutes=5))
    assert url.startswith(f"http://{s3_server.endpoint}/")
    got = httpx.get(url, timeout=10)
    assert got.status_code == 200
    assert got.content == body


# --------------------------------------------------------------------------------------------
# PostgreSQL


@pytest.mark.asyncio
async def test_postgres_create_database_and_query(postgres_server: PostgresServer) -> None:
    name = _unique("probe_")
    url = postgres_server.create_database(name)
    assert url == postgres_server.url(name)
    assert url.startswith("postgresql+asyncpg://") and "@127.0.0.1:" in url

    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            assert (await conn.execute(text("select 1"))).scalar_one() == 1
            assert (await conn.execute(text("select current_database()"))).scalar_one() == name
            await conn.execute(text("create table t (v int)"))
            await conn.execute(text("insert into t values (42)"))

        postgres_server.restart()
        # The pooled connection died with the server; committed data must not have.
        await engine.dispose()
        async with engine.connect() as conn:
            assert (await conn.execute(text("select v from t"))).scalar_one() == 42
    finally:
        await engine.dispose()

    # Password auth is real, so a service with wrong credentials fails here as in production.
    bad = create_async_engine(url.replace(f":{postgres_server.password}@", ":wrong@"))
    try:
        with pytest.raises(Exception, match="password authentication failed"):
            async with bad.connect():
                pass
    finally:
        await bad.dispose()
