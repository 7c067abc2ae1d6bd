"""Benchmark: the gateway's latency and throughput at a fixed request rate while books generate.

    .venv/bin/python bench/gateway_load.py [--rate 200] [--get-seconds 10] [--post-seconds 5]
        [--post-rates 200,50] [--warmup-seconds 1] [--books 10]
        [--modes gemini,gemini+postgres,offline] [--runs 5] [--gateway-roles split|all]
        [--quiet-load 0.7] [--profile DIR] [--slow-callback-ms MS] [--httpx] [--no-record]

Every mode runs `--runs` times (5), each time on a fresh stack, and the summary gives p99 over
the runs as min / median / max; the target reads the worst run. The CPU model (/proc/cpuinfo)
and the load average at the start of each run are recorded with the figures. `--profile DIR`
samples the gateway with py-spy during each phase (collapsed stacks per thread, for
flamegraph tools); `--slow-callback-ms` has the gateway log event-loop steps longer than that.
A 503 of admission control is counted as shed, by its code (`OVERLOADED`, `STORY_QUEUE_FULL`).

For each mode, a stack (five services, loopback only) starts and `--books` 24-page books are
requested; while they generate, an open-loop client sends requests at a fixed rate (one every
1/rate s, whether or not earlier ones have answered, so a slow server cannot slow the load
down): first `GET /api/stories/{id}` over those books for `--get-seconds`, then
`POST /api/stories/` (text-only books, so the extra stories add little work) for
`--post-seconds`. Each phase first runs `--warmup-seconds` (1) at its rate, unmeasured: its
first moments find cold connections (a pooled database connection prepares and plans a
statement on its first uses) and would measure a start-up, not the steady state. Counts and
time are bounded: rate x seconds requests, each with a 10 s timeout.
POSTs come from `--keys` API keys in turn (400: at 200/s each makes one book every 2 s, within
the default limit of 30 a minute), as books come from many families; GETs use one key. (One
key at a raised limit would measure the rate-limit count of one key making 12,000 books a
minute: each insert counts that key's books of the last minute, up to its limit.) The load comes
from a small keep-alive HTTP/1.1 client (`LoopbackClient`, about 5% of a core at 200/s);
`--httpx` uses httpx instead, which here needed 30-80% of a core and, once behind, sent late
and in bursts (the "client late" and "client CPU" columns show it).

Modes: `gemini` = the Gemini providers against the fake API (8/3/6 s latencies, TTS 60/min,
images 120/min): the workers wait on the network, as in production; `offline` = the embedded
default's eSpeak NG and Pillow painter, which compete with the gateway for the CPU (at the
lower CPU priority the embedded default gives the workers, `{PREFIX}NICE`, as `make run` does).

Target: p99 <= 25 ms at 200 requests/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from report import BOOK, machine, percentile, record, table, wait_quiet  # noqa: E402
from servers import (  # noqa: E402
    HOST,
    FakeGeminiServer,
    PostgresServer,
    _find_pg_bin,
    free_port,
)
from stack import API_KEY, Stack  # noqa: E402

LATENCY = {"story": 8.0, "tts": 3.0, "image": 6.0}
FULL_BOOK = {**BOOK, "page_count": 24}
TEXT_ONLY = {**FULL_BOOK, "generation": {"enable_tts": False, "enable_illustration": False}}
TARGET_P99_MS = 25.0


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU time of the whole machine so far, from /proc/stat."""
    fields = [float(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    data = Path(f"/proc/{pid}/stat").read_text()
    fields = data[data.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class LoopbackClient:
    """A small HTTP/1.1 keep-alive client for loopback load (requests with JSON bodies, answers
    with a Content-Length). A general client such as httpx spends a millisecond or more of CPU
    per request with hundreds of connections open, and on a 2-core machine the load generator
    then becomes the bottleneck it is supposed to measure."""

    IDLE_SEC = 3.0  # below uvicorn's 5 s keep-alive timeout: never reuse a closing connection

    def __init__(self, host: str, port: int, key: str, max_connections: int = 256):
        self.host, self.port, self.key = host, port, key
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []
        self.slots = asyncio.Semaphore(max_connections)

    async def request(
        self, method: str, path: str, body: Any = None, key: str | None = None
    ) -> str:
        """Send one request (with API key `key` instead of the client's own, if given); its
        status code, with the error code of a 503 (`503 OVERLOADED`) (raises OSError or
        IncompleteReadError)."""
        data = b"" if body is None else json.dumps(body).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        head += f"X-API-Key: {key or self.key}\r\n"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
        message = (head + "\r\n").encode() + data
        async with self.slots:
            reader, writer = await self._connection()
            try:
                writer.write(message)
                status_line = await reader.readuntil(b"\r\n")
                headers = await reader.readuntil(b"\r\n\r\n")
                length = re.search(rb"(?i)content-length:\s*(\d+)", headers)
                answer = await reader.readexactly(int(length.group(1)) if length else 0)
            except BaseException:
                writer.close()
                raise
            if re.search(rb"(?i)connection:\s*close", headers):
                writer.close()
            else:
                self.idle.append((reader, writer, time.monotonic()))
            return _status(status_line.split()[1].decode(), answer)

    async def _connection(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        while self.idle:
            reader, writer, since = self.idle.pop()
            if time.monotonic() - since < self.IDLE_SEC and not reader.at_eof():
                return reader, writer
            writer.close()
        return await asyncio.open_connection(self.host, self.port)

    async def aclose(self) -> None:
        for _, writer, _ in self.idle:
            writer.close()
        self.idle.clear()


def _status(code: str, body: bytes) -> str:
    """`503 CODE` for a shed answer (the envelope's code: OVERLOADED, STORY_QUEUE_FULL)."""
    if code == "503":
        found = re.search(rb'"code"\s*:\s*"([A-Z_]+)"', body)
        return f"503 {found.group(1).decode()}" if found else code
    return code


class HttpxClient:
    """The same interface over httpx (`--httpx`), to compare load generators."""

    def __init__(self, base_url: str, key: str) -> None:
        limits = httpx.Limits(max_connections=256, keepalive_expiry=3.0)
        headers = {"X-API-Key": key}
        self.client = httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits)

    async def request(
        self, method: str, path: str, body: Any = None, key: str | None = None
    ) -> str:
        headers = {"X-API-Key": key} if key is not None else None
        try:
            answer = await self.client.request(method, path, json=body, headers=headers)
            return _status(str(answer.status_code), answer.content)
        except httpx.TransportError as exc:
            raise OSError(repr(exc)) from exc

    async def aclose(self) -> None:
        await self.client.aclose()


async def fixed_rate(
    client: LoopbackClient | HttpxClient, make: Any, rate: float, seconds: float
) -> dict[str, Any]:
    """Send `make(i)` -> (method, url, json) at `rate` per second for `seconds`; measure."""
    loop = asyncio.get_running_loop()
    count = int(rate * seconds)
    latencies: list[float] = []
    answered: list[float] = []  # every HTTP answer, a 503 that sheds load included
    late: list[float] = []
    codes: dict[str, int] = {}

    async def one(i: int, at: float) -> None:
        method, url, body, api_key = make(i)
        started = loop.time()
        late.append(started - at)
        try:
            key = await asyncio.wait_for(client.request(method, url, body, api_key), 10)
        except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
            key = type(exc).__name__
        codes[key] = codes.get(key, 0) + 1
        if key[:3].isdigit():
            answered.append(loop.time() - started)
        if key.startswith("2"):
            latencies.append(loop.time() - started)

    t0 = loop.time() + 0.05
    tasks = []
    for i in range(count):
        at = t0 + i / rate
        if (delay := at - loop.time()) > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i, at)))
    sent_in = loop.time() - t0
    await asyncio.gather(*tasks)
    elapsed = loop.time() - t0
    return {
        "sent": count,
        "sent_in": sent_in,
        "elapsed": elapsed,
        "ok": len(latencies),
        "codes": codes,
        "throughput": len(latencies) / elapsed,
        "p50": percentile(latencies, 50) * 1000,
        "p90": percentile(latencies, 90) * 1000,
        "p99": percentile(latencies, 99) * 1000,
        "max": max(latencies, default=float("nan")) * 1000,
        "shed": sum(n for code, n in codes.items() if code.startswith("503")),
        "answered_p99": percentile(answered, 99) * 1000,
        "late_p99": percentile(late, 99) * 1000,
    }


def start_profiler(
    args: argparse.Namespace, pid: int, phase: str, seconds: float
) -> subprocess.Popen[bytes] | None:
    """`--profile DIR`: py-spy samples the gateway during the phase (collapsed stacks per
    thread, idle frames included, so a stall shows where the event loop stood)."""
    if not args.profile:
        return None
    args.profile.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", f"{args.current_mode} {phase} {args.current_run}".lower())
    out = args.profile / f"{slug.strip('-')}.txt"
    command = [str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(pid)]
    command += ["--duration", str(int(seconds)), "--rate", "250", "--format", "raw"]
    command += ["--threads", "--idle", "--nonblocking", "--output", str(out)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stack_processes(stack: Stack) -> dict[str, int]:
    """Every process of the stack, nats-server included, by name: pid."""
    found = {key: process.pid for key, process in stack.processes.items()}
    nats = getattr(stack.nats, "process", None)
    if nats is not None:
        found["nats"] = nats.pid
    return found


async def load(
    stack: Stack, story_ids: list[str], args: argparse.Namespace, baseline: bool = False
) -> list[dict]:
    gateway = stack.processes["gateway"].pid
    client: LoopbackClient | HttpxClient = (
        HttpxClient(stack.gateway_url, API_KEY)
        if args.httpx
        else LoopbackClient(HOST, stack.ports["gateway"], API_KEY)
    )
    try:
        # Warm the connections and the gateway's code paths.
        await asyncio.gather(*(client.request("GET", f"/api/stories/{i}") for i in story_ids))

        def get(i: int) -> tuple[str, str, None, None]:
            return "GET", f"/api/stories/{story_ids[i % len(story_ids)]}", None, None

        def post(i: int) -> tuple[str, str, dict[str, Any], str]:
            # Books come from many families: each key in turn, within its own rate limit.
            return "POST", "/api/stories/", TEXT_ONLY, args.keys[i % len(args.keys)]

        if baseline:
            plan = [("GET /api/stories/{id}, no book generating", get, args.rate, 5.0)]
        else:
            plan = [("GET /api/stories/{id}", get, args.rate, args.get_seconds)]
            plan += [
                ("POST /api/stories/", post, rate, args.post_seconds) for rate in args.post_rates
            ]
        phases = []
        for name, make, rate, seconds in plan:
            # Not measured: the first moments of a phase find cold connections (prepared
            # statements and plans per pooled connection, new client connections).
            await fixed_rate(client, make, rate, args.warmup_seconds)
            processes = stack_processes(stack)
            each0 = {name: cpu_seconds(pid) for name, pid in processes.items()}
            cpu0, busy0, own0 = cpu_seconds(gateway), machine_busy(), cpu_seconds(os.getpid())
            profiler = start_profiler(args, gateway, name, seconds)
            result = await fixed_rate(client, make, rate, seconds)
            if profiler is not None:
                await asyncio.to_thread(profiler.wait)
            used = cpu_seconds(gateway) - cpu0
            result["cpu_by_process"] = {
                name: (cpu_seconds(pid) - each0[name]) / result["elapsed"]
                for name, pid in processes.items()
            }
            result["client_cpu"] = (cpu_seconds(os.getpid()) - own0) / result["elapsed"]
            busy1 = machine_busy()
            result["machine_busy"] = (busy1[0] - busy0[0]) / (busy1[1] - busy0[1])
            result |= {"phase": name, "rate": rate, "gateway_cpu": used / result["elapsed"]}
            result["cpu_per_request"] = used / max(result["sent"], 1) * 1000
            phases.append(result)
            await asyncio.sleep(1)  # let the backlog of one phase drain before the next
    finally:
        await client.aclose()
    return phases


def report_slow_callbacks(stack: Stack, mode: str) -> None:
    """`--slow-callback-ms`: print what the gateway's event loop logged as slow steps."""
    for key, process in stack.processes.items():
        if key.startswith("gateway"):
            text = process.log_path.read_text(errors="replace")
            slow = [line for line in text.splitlines() if "Executing" in line]
            print(f"{mode} {key}: {len(slow)} slow event-loop steps", flush=True)
            for line in slow[-40:]:
                print("   ", line[:400], flush=True)


def run_mode(base: Path, mode: str, args: argparse.Namespace) -> list[dict]:
    env = {
        "MORETALE_API_KEYS": ",".join([API_KEY, *args.keys]),
        # The production defaults (the test stack republishes queued stories every 0.5 s).
        "GATEWAY_RECONCILE_INTERVAL_SEC": "10",
        "GATEWAY_REQUEUE_AFTER_SEC": "60",
    }
    env |= dict(item.split("=", 1) for item in args.env)
    workers, _, database = mode.partition("+")
    pg = None
    if database == "postgres":
        pg = PostgresServer(_find_pg_bin(), free_port(), Path(tempfile.mkdtemp(prefix="mt-pg-")))
        pg.start()
        env |= {
            "GATEWAY_DATABASE_URL": pg.create_database("gateway"),
            "ASSET_DATABASE_URL": pg.create_database("assets"),
        }
    fake = None
    if workers == "gemini":
        fake = FakeGeminiServer(free_port(), base / f"fake-{mode}.log", config={"latency": LATENCY})
        fake.start()
        env |= {
            "GEMINI_API_KEY": fake.api_key,
            "GOOGLE_GEMINI_BASE_URL": fake.base_url,
            "TTS_GEMINI_RPM": "60",
            "ILLUSTRATION_GEMINI_RPM": "120",
            "STORY_CONCURRENCY": "10",
            "TTS_CONCURRENCY": "4",
            "ILLUSTRATION_CONCURRENCY": "4",
        }
    if args.gateway_roles == "split":
        env["GATEWAY_ROLE"] = "api"
    if args.slow_callback_ms:
        env["GATEWAY_SLOW_CALLBACK_MS"] = str(args.slow_callback_ms)
    try:
        stack = Stack.start(base / mode, env)
        try:
            if args.gateway_roles == "split":
                nice = {"GATEWAY_NICE": str(args.projector_nice)} if args.projector_nice else {}
                stack.start_projector(extra_env=nice)
            with stack.client() as client:
                quiet = client.post("/api/stories/", json=TEXT_ONLY).json()["id"]
            stack.wait_for_status(quiet, {"completed"})
            phases = asyncio.run(load(stack, [quiet], args, baseline=True))
            phases[0]["books_running"] = 0
            with stack.client() as client:
                ids = [
                    client.post("/api/stories/", json=FULL_BOOK).json()["id"]
                    for _ in range(args.books)
                ]
            # Under way: every book's text is written, its pages are being made.
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                with stack.client() as client:
                    states = [client.get(f"/api/stories/{i}").json() for i in ids]
                if all(s["progress"]["story"]["done"] for s in states):
                    break
                time.sleep(0.2)
            phases += asyncio.run(load(stack, ids, args))
            with stack.client() as client:
                states = [client.get(f"/api/stories/{i}").json() for i in ids]
            for phase in phases:
                phase.setdefault("books_running", sum(s["status"] == "running" for s in states))
                phase["mode"] = mode
            return phases
        finally:
            if args.slow_callback_ms:
                report_slow_callbacks(stack, mode)
            stack.stop()
    finally:
        if fake is not None:
            fake.stop()
        if pg is not None:
            pg.stop()
            pg.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second")
    parser.add_argument("--get-seconds", type=float, default=10.0)
    parser.add_argument("--post-seconds", type=float, default=5.0)
    parser.add_argument(
        "--post-rates",
        default="200,50",
        type=lambda v: [float(x) for x in v.split(",")],
        help="POST phases: one per rate (requests/s)",
    )
    parser.add_argument(
        "--warmup-seconds",
        type=float,
        default=1.0,
        help="each phase first sends at its rate this long, unmeasured",
    )
    parser.add_argument("--books", type=int, default=10, help="books generating meanwhile")
    parser.add_argument(
        "--modes",
        default="gemini,gemini+postgres,offline",
        help="workers (gemini: the fake API; offline: eSpeak + Pillow), +postgres for PostgreSQL",
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="runs of every mode, each on a fresh stack"
    )
    parser.add_argument(
        "--gateway-roles",
        choices=["split", "all"],
        default="split",
        help="split: the gateway's api and projector roles as two processes (as make run and "
        "the chart run them); all: one process doing both (`--role all`)",
    )
    parser.add_argument(
        "--projector-nice",
        type=int,
        default=0,
        help="split roles: the projector process at this niceness (GATEWAY_NICE for it only)",
    )
    parser.add_argument(
        "--quiet-load",
        type=float,
        default=0.7,
        help="wait (up to 15 min) for the 1-minute load average to fall below this first",
    )
    parser.add_argument(
        "--slow-callback-ms",
        type=float,
        default=0,
        help="diagnostics: the gateway logs event-loop steps longer than this (asyncio debug "
        "mode, which costs CPU itself: do not read the latencies of such a run)",
    )
    parser.add_argument("--httpx", action="store_true", help="load with httpx instead")
    parser.add_argument(
        "--profile", type=Path, help="py-spy the gateway in each phase, stacks into this folder"
    )
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting for every service of the stack (repeatable), e.g. ASSET_NICE=10",
    )
    parser.add_argument(
        "--keys", type=int, default=400, help="API keys the POSTs come from, in turn"
    )
    parser.add_argument("--no-record", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    args.keys = [f"bench-family-{i}" for i in range(args.keys)]
    wait_quiet(args.quiet_load)

    phases: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="moretale-gateway-bench-") as tmp:
        for run in range(1, args.runs + 1):
            for mode in args.modes.split(","):
                args.current_mode, args.current_run = mode, run
                load_average = os.getloadavg()[0]
                for phase in run_mode(Path(tmp) / f"run{run}", mode, args):
                    phases.append(phase | {"run": run, "load_average": load_average})
                print(f"run {run}, {mode}: done (load average {load_average:.2f})", flush=True)
    text = summary(phases, args) + "\n\nEvery run:\n\n" + every_run(phases)
    notes = f"""
- {args.runs} runs of every mode, each on a fresh stack; the summary reads p99 over the runs
  (min / median / max) and the target column reads the worst run. "load average" is the
  machine's 1-minute load average when the run started (other work on a shared machine shows
  there).
- {args.rate:g} requests/s, open loop (each request leaves at its scheduled time whatever the
  earlier ones did); latency is measured from sending to the full answer. "client late p99" is
  how late the client itself sent (the client shares the machine's {os.cpu_count()} cores).
- Meanwhile {args.books} 24-page books generate ("workers": `gemini` = Gemini providers against
  the fake API, workers waiting on the network as in production; `offline` = eSpeak NG and the
  Pillow painter on the same cores, at niceness 10 as `make run` starts them). GET reads those
  books; POST makes text-only books.
- The gateway: {ROLES[args.gateway_roles]} "gateway CPU" is the request-serving process's share
  of one core during the phase; "other processes' CPU" the same for every other process of the
  stack (the projector role, the four services, nats-server). Its database is
  SQLite, or PostgreSQL (on the same machine) in the `+postgres` rows; nats-server runs with
  `sync_interval: always`. "machine CPU busy" counts every process on the machine.
- "p99" is over accepted answers (2xx); "p99 all answers" adds the 503s of admission control
  ("shed": `OVERLOADED` or `STORY_QUEUE_FULL`, with Retry-After), which are answers too; for POST
  "accepted/s" is the rate the system took books at.
- First row of each mode: the same GET load with no book generating, for comparison.
- Each phase first sends at its rate for {args.warmup_seconds:g} s, not measured (cold pooled
  connections, new client connections); the columns describe the seconds after it.
"""
    print(f"\n{machine()}\n{text}\n{notes}")
    if not args.no_record:
        command = ".venv/bin/python bench/gateway_load.py " + " ".join(sys.argv[1:])
        record(
            "gateway",
            f"Gateway latency at {args.rate:g} requests/s while {args.books} books generate",
            command.strip(),
            f"{text}\n{notes}",
        )


ROLES = {
    "split": "two processes, `--role api` (answers requests) and `--role projector` (applies "
    "events to rows, webhooks, reconciler), as `make run` and the chart run it;",
    "all": "one process (`--role all`) answering requests and projecting events;",
}


def _key(phase: dict) -> tuple[str, str, float]:
    return phase["mode"], phase["phase"], phase["rate"]


def summary(phases: list[dict], args: argparse.Namespace) -> str:
    """One row per mode and phase: p99 over the runs, min / median / max; the target reads
    the worst run."""
    groups: dict[tuple[str, str, float], list[dict]] = {}
    for phase in phases:
        groups.setdefault(_key(phase), []).append(phase)
    rows = []
    for (mode, name, rate), runs in groups.items():
        # A run that accepted nothing (every answer a 503) has no p99 of accepted answers.
        accepted = sorted(p["p99"] for p in runs if not math.isnan(p["p99"]))
        p99s = accepted or [math.nan]
        worst = p99s[-1]
        loads = [p["load_average"] for p in runs]
        rows.append(
            [
                mode,
                name,
                f"{rate:g}/s",
                len(runs),
                f"{statistics.median(p['p50'] for p in runs if not math.isnan(p['p50'])):.1f} ms"
                if any(not math.isnan(p["p50"]) for p in runs)
                else "-",
                f"{p99s[0]:.1f} / {statistics.median(p99s):.1f} / {worst:.1f} ms"
                + (f" ({len(accepted)} runs)" if len(accepted) < len(runs) else ""),
                ("met" if worst <= TARGET_P99_MS else "missed") + f" ({worst:.1f} ms)"
                if not math.isnan(worst)
                else "none accepted",
                f"{max(p['answered_p99'] for p in runs):.1f} ms",
                sum(p["shed"] for p in runs),
                f"{statistics.median(p['throughput'] for p in runs):.0f}/s",
                f"{statistics.median(p['cpu_per_request'] for p in runs):.1f} ms",
                f"{statistics.median(p['machine_busy'] for p in runs) * 100:.0f}%",
                f"{min(loads):.2f}-{max(loads):.2f}",
            ]
        )
    headers = [
        "workers",
        "request",
        "rate",
        "runs",
        "p50 (median)",
        "p99 min / median / max",
        f"worst p99 <= {TARGET_P99_MS:g} ms",
        "p99 all answers (worst)",
        "shed (503)",
        "accepted/s (median)",
        "gateway CPU / request",
        "machine CPU busy",
        "load average",
    ]
    return table(headers, rows)


def every_run(phases: list[dict]) -> str:
    headers = [
        "run",
        "workers",
        "request",
        "books generating",
        "rate",
        "sent",
        "ok",
        "other answers",
        "accepted/s",
        "p50",
        "p90",
        "p99",
        "max",
        "p99 all answers",
        "client late p99",
        "gateway CPU",
        "other processes' CPU (% of a core)",
        "gateway CPU / request",
        "client CPU",
        "machine CPU busy",
        "load average",
    ]
    rows = [
        [
            p["run"],
            p["mode"],
            p["phase"],
            p["books_running"],
            f"{p['rate']:g}/s",
            f"{p['sent']} in {p['sent_in']:.1f} s",
            p["ok"],
            ", ".join(f"{k}: {v}" for k, v in p["codes"].items() if not k.startswith("2")) or "-",
            f"{p['throughput']:.0f}/s",
            f"{p['p50']:.1f} ms",
            f"{p['p90']:.1f} ms",
            f"{p['p99']:.1f} ms" + ("" if p["p99"] <= TARGET_P99_MS else " (missed)"),
            f"{p['max']:.0f} ms",
            f"{p['answered_p99']:.1f} ms",
            f"{p['late_p99']:.1f} ms",
            f"{p['gateway_cpu'] * 100:.0f}%",
            ", ".join(
                f"{name} {share * 100:.0f}"
                for name, share in p["cpu_by_process"].items()
                if name != "gateway"
            ),
            f"{p['cpu_per_request']:.1f} ms",
            f"{p['client_cpu'] * 100:.0f}%",
            f"{p['machine_busy'] * 100:.0f}%",
            f"{p['load_average']:.2f}",
        ]
        for p in phases
    ]
    return table(headers, rows)


if __name__ == "__main__":
    main()
