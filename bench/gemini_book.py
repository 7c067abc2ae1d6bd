"""Benchmark: a whole 24-page book through the three Gemini providers, against the fake Gemini
API with a real model's latencies, the five services as separate processes. Prints the figures.

    .venv/bin/python bench/gemini_book.py [--pages 24] [--tts-rpm 60] [--image-rpm 120]

The fake answers a story in 8 s, a clip in 3 s and a picture in 6 s; tts-service may start 60
calls a minute. After the story, a book cannot be faster than its slowest stage, whose lower
bound is max(n / R, ceil(n / C) * L): n calls, R calls per second allowed, C in flight, L each
(the pictures add the cover, painted first). Target: the time from the story to the finished
book <= 1.15 x that bound. For comparison, the same book made the sequential way (one call at a
time, 10 s between clips and 1 s between pictures, as the plan's request intervals have it),
computed from the same latencies.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from servers import FakeGeminiServer, free_port  # noqa: E402
from stack import Stack  # noqa: E402

LATENCY = {"story": 8.0, "tts": 3.0, "image": 6.0}
TTS_INTERVAL_SEC, IMAGE_INTERVAL_SEC = 10.0, 1.0  # the plan's sequential pacing
BODY = {
    "child_name": "Mina",
    "child_age": 5,
    "primary_lang": "Korean",
    "secondary_lang": "English",
    "theme": "Friendship",
    "extra_prompt": "Include a dragon",
}


def stage_bound(n: int, rpm: int, concurrency: int, latency: float) -> float:
    """max(n / R, ceil(n / C) * L): the least time n calls can take (R = rpm / 60 per second;
    rpm 0 = unlimited)."""
    by_rate = n / (rpm / 60) if rpm else 0.0
    return max(by_rate, math.ceil(n / concurrency) * latency)


def follow(stack: Stack, story_id: str) -> tuple[dict[str, Any], float, float]:
    """Poll until the book ends: (final status, seconds to the story, seconds to the end)."""
    t0 = time.monotonic()
    story_at = None
    with stack.client() as client:
        while True:
            status = client.get(f"/api/stories/{story_id}").json()
            if story_at is None and status["progress"]["story"]["done"]:
                story_at = time.monotonic() - t0
            if status["status"] in ("completed", "failed", "canceled"):
                return status, story_at or 0.0, time.monotonic() - t0
            time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--tts-rpm", type=int, default=60)
    parser.add_argument("--image-rpm", type=int, default=120)
    parser.add_argument("--tts-concurrency", type=int, default=8)
    parser.add_argument("--image-concurrency", type=int, default=24)
    args = parser.parse_args()
    clips, pictures = 2 * args.pages, args.pages
    with tempfile.TemporaryDirectory(prefix="moretale-gemini-bench-") as tmp:
        base = Path(tmp)
        fake = FakeGeminiServer(free_port(), base / "fake-gemini.log", config={"latency": LATENCY})
        fake.start()
        env = {
            "GEMINI_API_KEY": fake.api_key,
            "GOOGLE_GEMINI_BASE_URL": fake.base_url,
            "TTS_GEMINI_RPM": str(args.tts_rpm),
            "ILLUSTRATION_GEMINI_RPM": str(args.image_rpm),
            # Enough handlers per replica to keep the rate busy while calls take L seconds.
            "TTS_CONCURRENCY": str(args.tts_concurrency),
            "TTS_MAX_ACK_PENDING": str(args.tts_concurrency),
            "ILLUSTRATION_CONCURRENCY": str(args.image_concurrency),
            "ILLUSTRATION_MAX_ACK_PENDING": str(args.image_concurrency),
        }
        try:
            stack = Stack.start(base / "stack", env)
            try:
                with stack.client() as client:
                    body = {**BODY, "page_count": args.pages}
                    story_id = client.post("/api/stories/", json=body).json()["id"]
                status, story_sec, total_sec = follow(stack, story_id)
            finally:
                stack.stop()
            calls = [r for r in fake.requests() if r["status"] == 200]
        finally:
            fake.stop()

    tts_calls = sorted(r["at"] for r in calls if r["kind"] == "tts")
    after_story = total_sec - story_sec
    tts_bound = stage_bound(clips, args.tts_rpm, args.tts_concurrency, LATENCY["tts"])
    image_bound = LATENCY["image"] + stage_bound(
        pictures, args.image_rpm, args.image_concurrency, LATENCY["image"]
    )
    bound = max(tts_bound, image_bound)
    sequential = (
        LATENCY["story"]
        + clips * LATENCY["tts"]
        + (clips - 1) * TTS_INTERVAL_SEC
        + (pictures + 1) * LATENCY["image"]
        + pictures * IMAGE_INTERVAL_SEC
    )
    progress = status["progress"]
    rows = [
        ("machine", f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"),
        ("fake latencies story / tts / image", "8 s / 3 s / 6 s"),
        (
            "tts: cap, concurrency",
            f"{args.tts_rpm}/min, {args.tts_concurrency} per replica (1 replica)",
        ),
        ("images: cap, concurrency", f"{args.image_rpm}/min, {args.image_concurrency}"),
        ("status", status["status"]),
        ("clips done/failed/total", "/".join(str(progress["tts"][k]) for k in _COUNTS)),
        ("images done/failed/total", "/".join(str(progress["illustrations"][k]) for k in _COUNTS)),
        ("tts calls first -> last start", f"{tts_calls[-1] - tts_calls[0]:.1f} s"),
        ("POST -> story written", f"{story_sec:.1f} s"),
        ("story -> book completed", f"{after_story:.1f} s"),
        ("POST -> book completed", f"{total_sec:.1f} s"),
        (
            "lower bound after the story",
            f"{bound:.1f} s  (tts max({clips}/{args.tts_rpm / 60:g}, "
            f"ceil({clips}/{args.tts_concurrency})x{LATENCY['tts']:g}) = {tts_bound:.1f} s; "
            f"images {image_bound:.1f} s)",
        ),
        ("ratio to the bound", f"{after_story / bound:.3f}  (target <= 1.15)"),
        ("sequential way (computed)", f"{sequential:.0f} s  ({sequential / 60:.1f} min)"),
        ("speed-up over sequential", f"{sequential / total_sec:.1f}x"),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


_COUNTS = ("done", "failed", "total")

if __name__ == "__main__":
    main()
