"""Benchmark: a whole 24-page book on the embedded default (offline providers, local store,
SQLite), the five services as separate processes. Prints the figures.

    make bench            # or: .venv/bin/python bench/offline_book.py [--pages 24] [--no-record]

Target (issue: walking skeleton): POST to `completed` in <= 60 s on a 2-core machine. Records
its table in bench/RESULTS.md (section `offline`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from report import BOOK, machine, record, table, wait_quiet  # noqa: E402
from stack import Stack  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--no-record", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    wait_quiet()
    with tempfile.TemporaryDirectory(prefix="moretale-bench-") as tmp:
        started = time.monotonic()
        stack = Stack.start(Path(tmp))
        boot = time.monotonic() - started
        try:
            with stack.client() as client:
                t0 = time.monotonic()
                story_id = client.post(
                    "/api/stories/", json={**BOOK, "page_count": args.pages}
                ).json()["id"]
                first_page = None
                while True:
                    status = client.get(f"/api/stories/{story_id}").json()
                    if first_page is None:
                        pages = client.get(f"/api/stories/{story_id}/result").json()["pages"]
                        if any(
                            p["audio_primary_url"]
                            and p["audio_secondary_url"]
                            and p["illustration_url"]
                            for p in pages
                        ):
                            first_page = time.monotonic() - t0
                    if status["status"] in ("completed", "failed", "canceled"):
                        break
                    time.sleep(0.1)
                total = time.monotonic() - t0
            progress = status["progress"]
            objects = sum(1 for _ in (Path(tmp) / "data" / "objects" / story_id).rglob("*.*"))
        finally:
            stack.stop()
    rows = [
        ("pages", str(args.pages)),
        ("status", status["status"]),
        ("clips done/total", f"{progress['tts']['done']}/{progress['tts']['total']}"),
        (
            "images done/total",
            f"{progress['illustrations']['done']}/{progress['illustrations']['total']}",
        ),
        ("objects stored", str(objects)),
        ("stack start (5 services + nats)", f"{boot:.1f} s"),
        ("first complete page after POST", f"{first_page:.1f} s" if first_page else "n/a"),
        ("POST -> completed", f"{total:.1f} s  (target <= 60 s)"),
    ]
    text = table(["measure", "value"], rows)
    print(f"{machine()}\n{text}")
    if not args.no_record:
        notes = (
            "Embedded default: offline providers (story composer, eSpeak NG, procedural "
            "painter), SQLite, local object store; default concurrency (2 jobs per worker)."
        )
        command = "make bench  (.venv/bin/python bench/offline_book.py " + " ".join(sys.argv[1:])
        record(
            "offline",
            f"Offline: a {args.pages}-page book on the embedded default",
            command.strip() + ")",
            f"{text}\n\n{notes}",
        )


if __name__ == "__main__":
    main()
