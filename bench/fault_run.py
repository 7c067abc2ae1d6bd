"""Fault run: books made while everything that fails in a cluster fails, against the fake Gemini
API. Records in RESULTS.md how many books finished whole, the faults injected, the provider
calls repeated beyond one per asset, and how long a SIGTERM'd worker took to exit.

    .venv/bin/python bench/fault_run.py [--books 4] [--pages 8] [--no-record]

Two replicas of the TTS and illustration workers. The fake refuses every 7th call with a 429
(Retry-After 1 s) and fails every 11th with a 503. While the books are being made: kill -9 of
every service in turn (started again), kill -9 of nats-server (started again), and a rolling
SIGTERM of every worker replica (started again). A book is whole when it completed with every
clip and picture done: no asset failed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from report import BOOK, machine, record, table  # noqa: E402
from servers import FakeGeminiServer, free_port  # noqa: E402
from stack import Stack  # noqa: E402

LATENCY = {"story": 1.0, "tts": 1.0, "image": 1.5}
FAULTS = [
    {"match": "any", "kind": "429", "retry_after": 1, "every": 7, "count": 1_000_000},
    {"match": "any", "kind": "503", "every": 11, "count": 1_000_000},
]


def progress(stack: Stack, story_ids: list[str]) -> int:
    """Assets done so far over all books (0 while the gateway is away)."""
    done = 0
    try:
        with stack.client() as client:
            for story_id in story_ids:
                p = client.get(f"/api/stories/{story_id}").json()["progress"]
                done += p["tts"]["done"] + p["illustrations"]["done"]
    except Exception:
        return 0
    return done


def wait_progress(stack: Stack, story_ids: list[str], at_least: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while progress(stack, story_ids) < at_least:
        if time.monotonic() > deadline:
            raise SystemExit(f"no progress to {at_least} assets\n{stack.logs()}")
        time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--books", type=int, default=4)
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="moretale-faults-"))
    fake = FakeGeminiServer(free_port(), base / "fake-gemini.log", config={"latency": LATENCY})
    fake.start()
    fake.configure(faults=FAULTS)  # (given at start, the fake does not count them)
    env = {
        "GEMINI_API_KEY": fake.api_key,
        "GOOGLE_GEMINI_BASE_URL": fake.base_url,
        "ILLUSTRATION_GEMINI_BASE_URL": fake.base_url,
        "ILLUSTRATION_GEMINI_API_VERSION": "v1beta",
        **{f"{p}_GEMINI_RPM": "0" for p in ("STORY", "TTS", "ILLUSTRATION")},
        **{f"{p}_ACK_WAIT_SEC": "5" for p in ("STORY", "TTS", "ILLUSTRATION", "ASSET", "GATEWAY")},
        **{f"{p}_DRAIN_SEC": "2" for p in ("STORY", "TTS", "ILLUSTRATION", "ASSET", "GATEWAY")},
        "TTS_CONCURRENCY": "2",
        "ILLUSTRATION_CONCURRENCY": "2",
    }
    stack = Stack.start(base / "stack", env)
    injected: list[str] = []
    exits: list[tuple[str, float]] = []
    try:
        for name in ("tts", "illustration"):
            stack.start_service(name, replica=2)
        names = ["Mina", "Bora", "Jisu", "Hana", "Yuna", "Sora", "Dami", "Nari"]
        with stack.client() as client:
            story_ids = [
                client.post(
                    "/api/stories/",
                    json={**BOOK, "child_name": names[i % len(names)], "page_count": args.pages},
                ).json()["id"]
                for i in range(args.books)
            ]
        assets = args.books * (2 * args.pages + args.pages + 1)
        started = time.monotonic()

        step = max(assets // 12, 1)
        reached = step
        for key in ("tts", "illustration", "story", "asset", "gateway"):
            wait_progress(stack, story_ids, reached)
            stack.restart_service(key, kill=True)
            injected.append(f"kill -9 {key}")
            reached += step
        wait_progress(stack, story_ids, reached)
        stack.nats.kill()
        time.sleep(2)
        stack.nats.start()
        injected.append("kill -9 nats-server (down 2 s)")
        reached += step
        for key in ("tts", "tts-2", "illustration", "illustration-2"):
            wait_progress(stack, story_ids, reached)
            t0 = time.monotonic()
            stack.processes[key].stop(grace=30)
            exits.append((key, time.monotonic() - t0))
            name, _, replica = key.partition("-")
            stack.start_service(name, replica=int(replica or 1))
            injected.append(f"SIGTERM {key}")

        finals = [
            stack.wait_for_status(s, {"completed", "failed", "canceled"}, 600) for s in story_ids
        ]
        elapsed = time.monotonic() - started
    finally:
        stack.stop()
        calls = [r for r in fake.requests()]
        fake.stop()

    whole = sum(
        1
        for f in finals
        if f["status"] == "completed"
        and f["progress"]["tts"]["failed"] == 0
        and f["progress"]["illustrations"]["failed"] == 0
    )
    failed_assets = sum(
        f["progress"]["tts"]["failed"] + f["progress"]["illustrations"]["failed"] for f in finals
    )
    # Every book (different names, so different prompts) needs one answered call per asset.
    answered = Counter(r["kind"] for r in calls if r["status"] == 200)
    needed = {
        "story": args.books,
        "tts": args.books * 2 * args.pages,
        "image": args.books * (args.pages + 1),
    }
    repeated = sum(max(answered[kind] - n, 0) for kind, n in needed.items())
    faults = Counter(r["fault"] for r in calls if r.get("fault"))
    rows: list[list[Any]] = [
        ["books whole / made", f"{whole} / {len(finals)}"],
        ["assets failed", failed_assets],
        ["provider calls answered (story, clips, pictures)", sum(answered[k] for k in needed)],
        ["calls repeated beyond one per asset", repeated],
        ["429s / 503s injected", f"{faults.get('429', 0)} / {faults.get('503', 0)}"],
        ["time from the POSTs to the last book", f"{elapsed:.0f} s"],
        ["SIGTERM exit times", ", ".join(f"{k} {s:.1f} s" for k, s in exits)],
    ]
    text = table(["", "value"], rows)
    notes = (
        f"- {args.books} books of {args.pages} pages ({assets} clips and pictures), two "
        "replicas of each worker; fake latencies story "
        f"{LATENCY['story']:g} s, clip {LATENCY['tts']:g} s, picture {LATENCY['image']:g} s.\n"
        f"- Faults, in order while the books were made: {'; '.join(injected)}; and a 429 "
        "(Retry-After 1 s) on every 7th provider call, a 503 on every 11th.\n"
        "- A repeated call is one whose answer was lost: its worker was killed during it, or "
        "its result could not be announced (NATS down) and the job ran again. The drain time "
        "was 2 s (`*_DRAIN_SEC`)."
    )
    print(f"\n{machine()}\n{text}\n{notes}")
    if not args.no_record:
        command = ".venv/bin/python bench/fault_run.py " + " ".join(sys.argv[1:])
        record(
            "faults",
            "Fault run: books made through crashes, rollouts and a flaky provider",
            command.strip(),
            f"{text}\n\n{notes}",
        )


if __name__ == "__main__":
    main()
