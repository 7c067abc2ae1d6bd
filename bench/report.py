"""What every benchmark script shares: the machine it ran on, tables, and `bench/RESULTS.md`.

Each script owns one section of RESULTS.md, between `<!-- bench:NAME -->` and
`<!-- /bench:NAME -->`; running it again replaces that section and leaves the others.
"""

from __future__ import annotations

import datetime
import math
import os
import platform
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
BOOK = {
    "child_name": "Mina",
    "child_age": 5,
    "primary_lang": "Korean",
    "secondary_lang": "English",
    "theme": "Friendship",
    "extra_prompt": "Include a dragon",
}
"""The request body every benchmark makes its books from (`page_count` added where it runs)."""
HEADER = """# Benchmark results

Written by the scripts in `bench/` (each replaces its own section when run again). Every
section names the date and the machine it ran on; figures from another machine are not
comparable. The services run as separate processes on loopback, exactly as `make run` starts
them (see `tests/integration/stack.py`).
"""


def cpu_model() -> str:
    """The CPU model from /proc/cpuinfo (or what the platform says)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    """`N cores, CPU model, Python X.Y.Z, OS`: where the figures come from."""
    return (
        f"{os.cpu_count()} cores, {cpu_model()}, Python {sys.version.split()[0]}, "
        f"{platform.system()} {platform.release()}"
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table (also readable as plain text)."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    rule = "| " + " | ".join("-" * w for w in widths) + " |"
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])])


def wait_quiet(limit: float = 0.7, patience: float = 900.0) -> float:
    """Wait (up to `patience` s) until the machine's 1-minute load average is below `limit`,
    so other work on a shared machine does not skew the figures; returns the load average
    the run starts with (recorded with the results)."""
    deadline = time.monotonic() + patience
    announced = False
    while True:
        load = os.getloadavg()[0]
        if load < limit or time.monotonic() > deadline:
            global START_LOAD
            START_LOAD = load
            return load
        if not announced:
            print(f"waiting for a quiet machine (load average {load:.2f})...", flush=True)
            announced = True
        time.sleep(5)


START_LOAD: float | None = None


def record(name: str, title: str, command: str, body: str) -> None:
    """Write (or replace) section `name` of RESULTS.md and print where it went."""
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    load = "unknown" if START_LOAD is None else f"{START_LOAD:.2f}"
    section = (
        f"<!-- bench:{name} -->\n## {title}\n\n"
        f"Run {now} on {machine()}, load average {load} at the start: `{command}`\n\n"
        f"{body.strip()}\n<!-- /bench:{name} -->\n"
    )
    text = RESULTS.read_text() if RESULTS.exists() else HEADER
    pattern = re.compile(
        rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->\n?", re.S
    )
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text)
    print(f"\n(recorded in {RESULTS.relative_to(RESULTS.parents[1])}, section {name!r})")


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `values`."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def group_rss_mib(pgid: int) -> float:
    """Resident memory (VmRSS from /proc/PID/status) of every process in group `pgid`, MiB.

    A service is started in its own process group, so this counts it and any child it spawned.
    """
    total_kib = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            data = stat.read_text()
            fields = data[data.rindex(")") + 2 :].split()
            if int(fields[2]) != pgid:
                continue
            for line in (stat.parent / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kib += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue  # the process went away meanwhile
    return total_kib / 1024
