"""Benchmark: resident memory of every service, idle and under load.

    .venv/bin/python bench/memory.py [--books 10] [--pages 24] [--modes offline,gemini]
        [--no-record]

For each mode a stack starts as `make run` starts it (five services, the gateway as its api and
projector processes, and nats-server, each a process of its own); the
resident set (VmRSS from /proc/PID/status, summed over the process group) of each is read once
idle (after a first small book, so lazily loaded code is counted), then sampled every 0.2 s
while `--books` books of `--pages` pages are made at once (the peak is reported), and once more
after they are done.

Modes: `offline` = the embedded default (eSpeak NG narration and the Pillow painter run inside
the worker processes); `gemini` = the Gemini providers against the fake API (short latencies,
no request budget, 8 jobs at once per worker), so the workers hold provider answers instead.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from report import BOOK, group_rss_mib, machine, record, table, wait_quiet  # noqa: E402
from servers import FakeGeminiServer, free_port  # noqa: E402
from stack import SERVICES, Stack  # noqa: E402

# As `make run` starts them: the gateway's api and projector roles as two processes.
PROJECTOR = "gateway-projector"
PROCESSES = ["gateway", PROJECTOR, *[name for name in SERVICES if name != "gateway"], "nats-server"]


def snapshot(stack: Stack) -> dict[str, float]:
    pids = {name: stack.processes[name].pid for name in [*SERVICES, PROJECTOR]}
    assert stack.nats.process is not None
    pids["nats-server"] = stack.nats.process.pid
    return {name: group_rss_mib(pid) for name, pid in pids.items()}


def make_books(stack: Stack, count: int, pages: int) -> list[str]:
    with stack.client() as client:
        ids = [
            client.post("/api/stories/", json={**BOOK, "page_count": pages}).json()["id"]
            for _ in range(count)
        ]
    for story_id in ids:
        stack.wait_for_status(story_id, {"completed", "failed", "canceled"}, timeout=600)
    return ids


def run_mode(base: Path, mode: str, args: argparse.Namespace) -> dict[str, dict[str, float]]:
    env = {"GATEWAY_RATE_LIMIT_PER_MINUTE": "1000", "GATEWAY_ROLE": "api"}
    fake = None
    if mode == "gemini":
        latency = {"story": 0.5, "tts": 0.3, "image": 0.5}
        fake = FakeGeminiServer(free_port(), base / "fake.log", config={"latency": latency})
        fake.start()
        env |= {
            "GEMINI_API_KEY": fake.api_key,
            "GOOGLE_GEMINI_BASE_URL": fake.base_url,
            **{f"{s}_GEMINI_RPM": "0" for s in ("STORY", "TTS", "ILLUSTRATION")},
            **{f"{s}_CONCURRENCY": "8" for s in ("STORY", "TTS", "ILLUSTRATION", "ASSET")},
        }
    try:
        stack = Stack.start(base / mode, env)
        try:
            stack.start_projector(PROJECTOR)
            make_books(stack, 1, 4)  # warm up: every code path loaded once
            idle = snapshot(stack)
            peak = dict(idle)
            stop = threading.Event()

            def sample() -> None:
                while not stop.wait(0.2):
                    for name, rss in snapshot(stack).items():
                        peak[name] = max(peak[name], rss)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            started = time.monotonic()
            make_books(stack, args.books, args.pages)
            took = time.monotonic() - started
            stop.set()
            sampler.join()
            after = snapshot(stack)
        finally:
            stack.stop()
    finally:
        if fake is not None:
            fake.stop()
    print(f"{mode}: {args.books} books in {took:.0f} s", flush=True)
    return {"idle": idle, "peak": peak, "after": after, "took": {"": took}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", type=int, default=10)
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--modes", default="offline,gemini")
    parser.add_argument("--no-record", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    wait_quiet()
    modes = args.modes.split(",")
    with tempfile.TemporaryDirectory(prefix="moretale-memory-bench-") as tmp:
        results = {mode: run_mode(Path(tmp), mode, args) for mode in modes}

    headers = ["process"]
    for mode in modes:
        headers += [f"{mode}: idle", f"{mode}: peak under load", f"{mode}: after"]
    rows = []
    for name in [*PROCESSES, "total"]:
        row: list[object] = [name]
        for mode in modes:
            for phase in ("idle", "peak", "after"):
                values = results[mode][phase]
                value = sum(values.values()) if name == "total" else values[name]
                row.append(f"{value:.0f} MiB")
        rows.append(row)
    text = table(headers, rows)
    took = ", ".join(f"{m} {results[m]['took']['']:.0f} s" for m in modes)
    notes = f"""
- Resident set (VmRSS, MiB) per process group; "total" sums the columns (the peak total adds
  each process's own peak, which may not all happen at the same moment).
- Load: {args.books} books of {args.pages} pages requested at once ({took} to make them).
  `offline`: eSpeak NG and the Pillow painter, default concurrency (2 jobs per worker);
  `gemini`: fake Gemini API with 0.5/0.3/0.5 s latencies, no request budget, 8 jobs at once.
"""
    print(f"\n{machine()}\n{text}\n{notes}")
    if not args.no_record:
        command = ".venv/bin/python bench/memory.py " + " ".join(sys.argv[1:])
        record("memory", "Memory: resident set per service", command.strip(), f"{text}\n{notes}")


if __name__ == "__main__":
    main()
