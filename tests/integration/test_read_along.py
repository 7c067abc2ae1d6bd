"""Read-along timings end to end: every page of `/result` carries each clip's sentences with
start and end (seconds, in order, within the clip) in both languages, on the offline narrator
(eSpeak NG's own events) and on Gemini (aligned after synthesis); the audio manifest records
how each clip was timed."""

from __future__ import annotations

import io
import json
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import FakeGeminiServer, fake_gemini  # noqa: F401  (fixture)
from stack import Stack

BODY: dict[str, Any] = {
    "child_name": "Mina",
    "child_age": 5,
    "primary_lang": "ko",
    "secondary_lang": "en",
    "theme": "Friendship",
    "page_count": 4,
}


@pytest.fixture(scope="module")
def gemini_stack(
    tmp_path_factory: pytest.TempPathFactory,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> Iterator[Stack]:
    env = {
        "GEMINI_API_KEY": fake_gemini.api_key,
        "GOOGLE_GEMINI_BASE_URL": fake_gemini.base_url,
        "ILLUSTRATION_GEMINI_BASE_URL": fake_gemini.base_url,
        "ILLUSTRATION_GEMINI_API_VERSION": "v1beta",
    }
    stack = Stack.start(tmp_path_factory.mktemp("read-along-gemini"), env)
    yield stack
    stack.stop()


def _book(stack: Stack) -> tuple[str, dict[str, Any]]:
    with stack.client() as client:
        story_id = client.post("/api/stories/", json=BODY).json()["id"]
    stack.wait_for_status(story_id, {"completed"})
    with stack.client() as client:
        return story_id, client.get(f"/api/stories/{story_id}/result").json()


def _clip_seconds(stack: Stack, key: str) -> float:
    data = (Path(stack.env["MORETALE_DATA_DIR"]) / "objects" / key).read_bytes()
    with wave.open(io.BytesIO(data)) as clip:
        return clip.getnframes() / clip.getframerate()


def _check(stack: Stack, story_id: str, result: dict[str, Any], timed_by: set[str]) -> None:
    objects = Path(stack.env["MORETALE_DATA_DIR"]) / "objects" / story_id
    manifest = json.loads((objects / "audio" / "manifest.json").read_text())
    clips = {
        (e["page_number"], e["role"]): e for e in manifest["entries"] if "vocabulary_index" not in e
    }
    assert len(result["pages"]) == 4
    for page in result["pages"]:
        for role in ("primary", "secondary"):
            sentences = page["read_along"][role]
            entry = clips[(page["page_number"], role)]
            assert entry["timed_by"] in timed_by, entry
            assert entry["sentences"] == sentences
            length = _clip_seconds(stack, entry["path"])
            assert sentences, (page["page_number"], role)
            joined = "".join(s["text"] for s in sentences)
            assert joined.replace(" ", "") == page[f"text_{role}"].replace(" ", "")
            bounds = [b for s in sentences for b in (s["start"], s["end"])]
            assert bounds == sorted(bounds), sentences
            assert bounds[0] >= 0 and bounds[-1] <= length + 0.001, (sentences, length)
            assert all(s["end"] > s["start"] for s in sentences), sentences


def test_offline_timings_come_from_espeak(local_stack: Stack) -> None:
    story_id, result = _book(local_stack)
    _check(local_stack, story_id, result, {"engine"})


def test_gemini_timings_are_aligned_after_synthesis(gemini_stack: Stack) -> None:
    story_id, result = _book(gemini_stack)
    # The fake reads with one unbroken tone: no pauses to match, so the split is proportional.
    _check(gemini_stack, story_id, result, {"silence", "proportional"})
    first = result["pages"][0]["read_along"]["secondary"]
    assert len(first) >= 2 and first[0]["start"] < first[1]["start"]
