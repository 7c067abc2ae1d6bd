"""Benchmark: a whole 24-page book through the three Gemini providers, against the fake Gemini
API with a real model's latencies, the five services as separate processes, with 1, 2 and 4
replicas of the TTS and illustration workers. Prints a table and records it in RESULTS.md.

    .venv/bin/python bench/gemini_book.py [--pages 24] [--replicas 1,2,4] [--tts-rpm 30]
        [--image-rpm 12] [--tts-concurrency 2] [--image-concurrency 4] [--patience 900]
        [--no-record]

The fake answers a story in 8 s, a clip in 3 s and a picture in 6 s. `--tts-rpm` and
`--image-rpm` are the provider's quota for the whole system, and that is what every replica is
given as `*_GEMINI_RPM`: the replicas share it through NATS JetStream (`moretale_kit.quota`).
The defaults are low enough that the quota, not the latency, bounds the book, so the run shows
both that N replicas together stay within it (calls per minute seen by the fake, the most in
any sliding 60 s window) and that they use it (the time against the bound). Each replica
handles `--*-concurrency` jobs at once, and `*_MAX_ACK_PENDING` lets all replicas' handlers be
busy (C = concurrency x N).

After the story, a book cannot be faster than its slowest stage, whose lower bound is
max(n / R, ceil(n / C) * L): n calls, R calls per second allowed, C in flight, L each (the
cover, the pages' character reference, is painted while the story is written: the pictures wait
for it only if it takes longer than the story). Target: the time from the story to the finished
book <= 1.15 x that bound, at every replica count, and the fake never sees more than the quota
in a minute. Also measured: the time from the POST to the first complete page.

`--streaming` runs the other scenario, pages while the story is still being written (issue
16): the fake streams a 24-page story evenly over 30 s (`streamGenerateContent`), a clip takes
3 s and a picture 6 s, 8 calls at once per kind (one replica each), no quota; once with
`STORY_STREAM_PAGES` on and once off, side by side. Targets with streaming: the first complete
page within 13 s of the POST, the whole book within 40 s.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from report import BOOK, machine, record, table, wait_quiet  # noqa: E402
from servers import FakeGeminiServer, free_port  # noqa: E402
from stack import Stack  # noqa: E402

LATENCY = {"story": 8.0, "tts": 3.0, "image": 6.0}
TTS_INTERVAL_SEC, IMAGE_INTERVAL_SEC = 10.0, 1.0  # the plan's sequential pacing
FIRST_PAGE_TARGET = LATENCY["story"] + 2 * max(LATENCY["tts"], LATENCY["image"])
STREAMING_LATENCY = {"story": 30.0, "tts": 3.0, "image": 6.0}
STREAMING_CALLS_AT_ONCE = 8
STREAMING_FIRST_PAGE_TARGET, STREAMING_BOOK_TARGET = 13.0, 40.0


def stage_bound(n: int, rate_per_sec: float, concurrency: int, latency: float) -> float:
    """max(n / R, ceil(n / C) * L): the least time n calls can take (R 0 = unlimited)."""
    by_rate = n / rate_per_sec if rate_per_sec else 0.0
    return max(by_rate, math.ceil(n / concurrency) * latency)


def rate_bound(n: int, rate_per_sec: float, concurrency: int, latency: float) -> float:
    """The least time n calls take when at most `rate_per_sec` may start, evenly spaced, and
    `concurrency` run at once: the last starts (n - 1) / R after the first, then takes L."""
    by_rate = (n - 1) / rate_per_sec + latency if rate_per_sec else 0.0
    return max(by_rate, stage_bound(n, 0.0, concurrency, latency))


def follow(stack: Stack, story_id: str, t0: float) -> dict[str, Any]:
    """Poll until the book ends; seconds from the POST (`t0`) to the story, the first complete
    page and the end, and the final status."""
    story_at = first_page_at = first_text_at = None
    with stack.client() as client:
        while True:
            status = client.get(f"/api/stories/{story_id}").json()
            now = time.monotonic() - t0
            if story_at is None and status["progress"]["story"]["done"]:
                story_at = now
            if first_page_at is None:
                # Pages show in the result as their text arrives, before the whole story
                # when it is streamed.
                result = client.get(f"/api/stories/{story_id}/result")
                pages = result.json().get("pages") or [] if result.status_code == 200 else []
                if pages and first_text_at is None:
                    first_text_at = time.monotonic() - t0
                if any(
                    p["text_primary"]
                    and p["audio_primary_url"]
                    and p["audio_secondary_url"]
                    and p["illustration_url"]
                    for p in pages
                ):
                    first_page_at = time.monotonic() - t0
            if status["status"] in ("completed", "failed", "canceled"):
                return {
                    "status": status,
                    "story": story_at or 0.0,
                    "first_page": first_page_at,
                    "first_text": first_text_at,
                    "end": time.monotonic() - t0,
                }
            time.sleep(0.05)


def most_per_minute(times: list[float]) -> int:
    """The most of `times` (seconds) in any sliding 60 s window."""
    ordered, first, most = sorted(times), 0, 0
    for last, at in enumerate(ordered):
        while at - ordered[first] >= 60.0:
            first += 1
        most = max(most, last - first + 1)
    return most


def run(
    base: Path,
    fake: FakeGeminiServer,
    replicas: int,
    args: argparse.Namespace,
    extra_env: dict[str, str] | None = None,
    name: str = "",
    warm_up: bool = False,
) -> dict:
    tts_rpm, image_rpm = args.tts_rpm, args.image_rpm  # shared by all replicas
    tts_c, image_c = args.tts_concurrency * replicas, args.image_concurrency * replicas
    env = {
        "GEMINI_API_KEY": fake.api_key,
        "GOOGLE_GEMINI_BASE_URL": fake.base_url,
        **(
            {"MORETALE_GEMINI_QUOTA_JITTER_SEC": str(args.quota_jitter)}
            if args.quota_jitter is not None
            else {}
        ),
        "TTS_GEMINI_RPM": str(tts_rpm),
        "ILLUSTRATION_GEMINI_RPM": str(image_rpm),
        "TTS_CONCURRENCY": str(args.tts_concurrency),
        "TTS_MAX_ACK_PENDING": str(tts_c),
        "ILLUSTRATION_CONCURRENCY": str(args.image_concurrency),
        "ILLUSTRATION_MAX_ACK_PENDING": str(image_c),
        **(extra_env or {}),
    }
    fake.reset()
    stack = Stack.start(base / f"stack-{replicas}{name}", env)
    try:
        for n in range(2, replicas + 1):
            stack.start_service("tts", wait=False, replica=n)
            stack.start_service("illustration", wait=False, replica=n)
        for n in range(2, replicas + 1):
            stack.wait_ready(f"tts-{n}")
            stack.wait_ready(f"illustration-{n}")
        if warm_up:
            # A small book first, at once, so every service has made its first provider call
            # (the SDK's first request costs about a second of CPU per process).
            fake.configure(latency={"story": 0.5, "tts": 0.1, "image": 0.1})
            with stack.client() as client:
                warm = client.post("/api/stories/", json={**BOOK, "page_count": 4}).json()["id"]
            follow(stack, warm, time.monotonic())
            fake.reset()
        with stack.client() as client:
            t0 = time.monotonic()
            response = client.post("/api/stories/", json={**BOOK, "page_count": args.pages})
            story_id = response.json()["id"]
        outcome = follow(stack, story_id, t0)
    finally:
        stack.stop()
    clips, pictures = 2 * args.pages, args.pages
    # The first call of a stage may start at once (the cover's slot was taken during the
    # story): n calls need (n - 1) intervals, then the last call's latency.
    tts_bound = rate_bound(clips, tts_rpm / 60, tts_c, LATENCY["tts"])
    image_bound = max(0.0, LATENCY["image"] - LATENCY["story"]) + rate_bound(
        pictures, image_rpm / 60, image_c, LATENCY["image"]
    )
    seen = fake.requests()
    calls = [r for r in seen if r["status"] == 200]
    peaks = {
        kind: most_per_minute([r["at"] for r in seen if r["kind"] == kind])
        for kind in ("tts", "image")
    }
    rejected = sum(r["status"] != 200 for r in seen if r["kind"] != "models.get")
    return {
        **outcome,
        "replicas": replicas,
        "rpm": (tts_rpm, image_rpm),
        "concurrency": (tts_c, image_c),
        "bounds": (tts_bound, image_bound),
        "bound": max(tts_bound, image_bound),
        "after_story": outcome["end"] - outcome["story"],
        "calls": {k: sum(r["kind"] == k for r in calls) for k in ("story", "tts", "image")},
        "peaks": peaks,
        "rejected": rejected,
    }


def streaming(args: argparse.Namespace) -> None:
    """Issue 16's scenario: the same book with `STORY_STREAM_PAGES` on and off."""
    args.tts_rpm = args.image_rpm = 0  # no quota
    args.tts_concurrency = args.image_concurrency = STREAMING_CALLS_AT_ONCE
    runs = {}
    with tempfile.TemporaryDirectory(prefix="moretale-streaming-bench-") as tmp:
        base = Path(tmp)
        config = {"latency": STREAMING_LATENCY, "stream_pieces": 4 * args.pages}
        fake = FakeGeminiServer(free_port(), base / "fake-gemini.log", config=config)
        fake.start()
        try:
            for mode in ("on", "off"):
                env = {"STORY_STREAM_PAGES": "true" if mode == "on" else "false"}
                runs[mode] = run(
                    base, fake, 1, args, env, name=f"-stream-{mode}", warm_up=args.warm_up
                )
                r = runs[mode]
                print(
                    f"streaming {mode}: {r['status']['status']}, first complete page "
                    f"{r['first_page'] or float('nan'):.1f} s, book {r['end']:.1f} s",
                    flush=True,
                )
        finally:
            fake.stop()

    clips, pictures = 2 * args.pages, args.pages + 1

    def seconds(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.1f} s"

    def cell(mode: str, key: str) -> str:
        return seconds(runs[mode][key])

    def calls(mode: str) -> str:
        done = runs[mode]["calls"]
        return f"{done['story']} / {done['tts']} / {done['image']}"

    headers = ["", "streaming on (`STORY_STREAM_PAGES=true`)", "streaming off"]
    rows = [
        ["status", runs["on"]["status"]["status"], runs["off"]["status"]["status"]],
        ["first page text in the result", cell("on", "first_text"), cell("off", "first_text")],
        [
            f"first complete page (<= {STREAMING_FIRST_PAGE_TARGET:g} s with streaming)",
            cell("on", "first_page"),
            cell("off", "first_page"),
        ],
        ["POST -> story.generated", cell("on", "story"), cell("off", "story")],
        [
            f"POST -> book (<= {STREAMING_BOOK_TARGET:g} s with streaming)",
            cell("on", "end"),
            cell("off", "end"),
        ],
        ["calls answered (story / clips / pictures)", calls("on"), calls("off")],
    ]
    text = table(headers, rows)
    notes = "\n".join(
        [
            f"- {args.pages} pages: {clips} clips and {pictures} pictures (with the cover). The "
            f"fake streams the story's JSON in {4 * args.pages} pieces evenly over "
            f"{STREAMING_LATENCY['story']:g} s (streaming off: the whole answer after "
            f"{STREAMING_LATENCY['story']:g} s); a clip takes {STREAMING_LATENCY['tts']:g} s, "
            f"a picture {STREAMING_LATENCY['image']:g} s; {STREAMING_CALLS_AT_ONCE} calls at "
            "once per kind (`TTS_CONCURRENCY` = `ILLUSTRATION_CONCURRENCY` = 8, one replica "
            "each), no request budget.",
            "- Floor with streaming: page 1's picture waits only for the cover (6 s, asked for "
            "at `story.started`), then takes 6 s: about 12 s; the last page's text comes at "
            "about 30 s and its picture 6 s later: about 36 s. Without streaming: 30 s + 6 s "
            "for the first page, and every clip and picture queues behind the whole story.",
            (
                "- Warm services: a 4-page book was made first in each stack (`--warm-up`), "
                "so the measured book does not pay each service's first provider call (about "
                "a second of CPU for google-genai's first request)."
                if args.warm_up
                else "- Cold services: the measured book is each fresh stack's first, and pays "
                "each service's first provider call (about a second with google-genai); "
                "`--warm-up` makes a small book first."
            ),
            "- One run each; the load average at the start is above (a busy machine delays "
            "the hops between the calls: the workers run at niceness 10).",
        ]
    )
    print(f"\n{machine()}\n{text}\n{notes}")
    if not args.no_record:
        command = ".venv/bin/python bench/gemini_book.py " + " ".join(sys.argv[1:])
        warm = " (warm services)" if args.warm_up else ""
        record(
            "streaming-warm" if args.warm_up else "streaming",
            f"Pages while the story is written: a streamed 24-page story, on and off{warm}",
            command.strip(),
            f"{text}\n\n{notes}",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--replicas", default="1,2,4", help="comma-separated replica counts")
    parser.add_argument("--tts-rpm", type=int, default=30, help="provider quota, all replicas")
    parser.add_argument("--image-rpm", type=int, default=12, help="provider quota, all replicas")
    parser.add_argument("--tts-concurrency", type=int, default=2, help="jobs at once per replica")
    parser.add_argument("--image-concurrency", type=int, default=4, help="per replica")
    parser.add_argument(
        "--quota-jitter",
        type=float,
        default=None,
        help="MORETALE_GEMINI_QUOTA_JITTER_SEC (default: the setting's default)",
    )
    parser.add_argument(
        "--patience", type=float, default=900.0, help="seconds to wait for a quiet machine"
    )
    parser.add_argument("--no-record", action="store_true", help="do not write RESULTS.md")
    parser.add_argument(
        "--warm-up",
        action="store_true",
        help="with --streaming: a small book first, so the measured one finds warm services",
    )
    parser.add_argument(
        "--streaming",
        action="store_true",
        help="the streamed-story scenario (30 s story, 8 calls at once), on and off",
    )
    args = parser.parse_args()
    wait_quiet(patience=args.patience)
    if args.streaming:
        streaming(args)
        return
    counts = [int(n) for n in args.replicas.split(",")]

    runs = []
    with tempfile.TemporaryDirectory(prefix="moretale-gemini-bench-") as tmp:
        base = Path(tmp)
        fake = FakeGeminiServer(free_port(), base / "fake-gemini.log", config={"latency": LATENCY})
        fake.start()
        try:
            for replicas in counts:
                runs.append(run(base, fake, replicas, args))
                r = runs[-1]
                print(
                    f"{replicas} replica(s): {r['status']['status']}, story -> book "
                    f"{r['after_story']:.1f} s, bound {r['bound']:.1f} s, most per minute "
                    f"tts {r['peaks']['tts']}, img {r['peaks']['image']}",
                    flush=True,
                )
        finally:
            fake.stop()

    clips, pictures = 2 * args.pages, args.pages
    headers = [
        "replicas (tts + ill.)",
        "*_GEMINI_RPM, shared (tts, img)",
        "most calls in a minute at the fake (tts, img)",
        "C (tts, img)",
        "status",
        "POST -> story",
        "story -> book",
        "bound after story (tts; img)",
        "ratio (<= 1.15)",
        "first complete page (<= 20 s)",
        "POST -> book",
    ]
    rows = []
    for r in runs:
        progress = r["status"]["progress"]
        complete = (
            progress["tts"]["done"] == clips and progress["illustrations"]["done"] == pictures + 1
        )
        first = r["first_page"]
        rows.append(
            [
                r["replicas"],
                "{}, {}".format(*r["rpm"]),
                "{}, {}".format(r["peaks"]["tts"], r["peaks"]["image"]),
                "{}, {}".format(*r["concurrency"]),
                r["status"]["status"] + ("" if complete else " (assets missing)"),
                f"{r['story']:.1f} s",
                f"{r['after_story']:.1f} s",
                f"{r['bound']:.1f} s ({r['bounds'][0]:.0f}; {r['bounds'][1]:.0f})",
                f"{r['after_story'] / r['bound']:.3f}",
                f"{first:.1f} s" if first is not None else "n/a",
                f"{r['end']:.1f} s",
            ]
        )
    sequential = (
        LATENCY["story"]
        + clips * LATENCY["tts"]
        + (clips - 1) * TTS_INTERVAL_SEC
        + (pictures + 1) * LATENCY["image"]
        + pictures * IMAGE_INTERVAL_SEC
    )
    best = min(r["end"] for r in runs)
    text = table(headers, rows)
    notes = "\n".join(
        [
            f"- {args.pages} pages: {clips} clips and {pictures + 1} pictures (with the cover). "
            f"Fake latencies: story {LATENCY['story']:g} s, clip {LATENCY['tts']:g} s, "
            f"picture {LATENCY['image']:g} s.",
            f"- Provider quota for the whole system: TTS {args.tts_rpm}/min, images "
            f"{args.image_rpm}/min, given to every replica as `*_GEMINI_RPM` and shared by "
            "them through NATS JetStream (`moretale_kit.quota`); "
            f"{args.tts_concurrency} TTS and {args.image_concurrency} illustration jobs at once "
            "per replica (C = that x replicas). Most calls in a minute: the largest count of "
            "calls the fake received in any sliding 60 s window; calls the fake rejected: "
            + ", ".join(str(r["rejected"]) for r in runs)
            + ".",
            "- Bound after the story = max(TTS: max((n-1)/R + 3 s, ceil(n/C) x 3 s), pictures: "
            "max((n-1)/R + 6 s, ceil(n/C) x 6 s)); the ratio is (story -> book) / bound. "
            "The cover is painted during the story (6 s < 8 s), from the look fixed before "
            "the text.",
            f"- First complete page target: {FIRST_PAGE_TARGET:g} s = story 8 s + 2 x 6 s.",
            "- The machine (2 cores) was shared with other work during the run (seven other "
            "sessions' tests and builds): the load average at the start is above.",
            "- The plan's sequential way (one call at a time, 10 s between clips, 1 s between "
            f"pictures) would take {sequential:.0f} s ({sequential / 60:.1f} min), "
            f"{sequential / best:.1f}x the best run here.",
        ]
    )
    print(f"\n{machine()}\n{text}\n{notes}")
    if not args.no_record:
        command = ".venv/bin/python bench/gemini_book.py " + " ".join(sys.argv[1:])
        record(
            "e2e",
            "End to end: a 24-page book against the fake Gemini API",
            command.strip(),
            f"{text}\n\n{notes}",
        )


if __name__ == "__main__":
    main()
