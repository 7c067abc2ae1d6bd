"""A whole book through the three Gemini providers (the real google-genai client against the
fake Gemini API), with 429s and 503s injected: it completes with nothing failed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from servers import HOST, FakeGeminiServer, fake_gemini  # noqa: F401  (fixture)
from stack import Stack
from test_book import BODY, check_whole_book, create

pytestmark = pytest.mark.timeout(150)

GENERATION = {
    "story_model": "gemini-2.5-pro",
    "tts_model": "gemini-2.5-pro-preview-tts",
    "tts_voice": "Kore",
    "tts_temperature": 0.8,
    "illustration_model": "gemini-2.5-flash-image",
    "illustration_aspect_ratio": "16:9",
}
RETRY_AFTER = 1.0
FAULTS = [
    {"match": "story", "kind": "503", "count": 1},
    {"match": "tts", "kind": "429", "retry_after": RETRY_AFTER, "count": 2, "every": 3},
    {"match": "tts", "kind": "503", "count": 2, "every": 4},
    {"match": "image", "kind": "429", "retry_after": RETRY_AFTER, "count": 1, "every": 2},
    {"match": "image", "kind": "503", "count": 2, "every": 3},
]


@pytest.fixture(scope="module")
def gemini_stack(
    tmp_path_factory: pytest.TempPathFactory,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> Iterator[Stack]:
    """Every worker on Gemini: story and tts find the fake through the SDK's own
    GOOGLE_GEMINI_BASE_URL, illustration through its base-URL and API-version settings."""
    env = {
        "GEMINI_API_KEY": fake_gemini.api_key,
        "GOOGLE_GEMINI_BASE_URL": fake_gemini.base_url,
        "ILLUSTRATION_GEMINI_BASE_URL": fake_gemini.base_url,
        "ILLUSTRATION_GEMINI_API_VERSION": "v1beta",
        "STORY_ALLOWED_MODELS": "gemini-2.5-flash,gemini-2.5-pro",
        # Budgets high enough for a quick test, low enough that the limiter is in the path.
        "STORY_GEMINI_RPM": "600",
        "TTS_GEMINI_RPM": "600",
        "ILLUSTRATION_GEMINI_RPM": "600",
        "TTS_CONCURRENCY": "4",
        "ILLUSTRATION_CONCURRENCY": "4",
    }
    stack = Stack.start(tmp_path_factory.mktemp("gemini-stack"), env)
    yield stack
    stack.stop()


def _ready(stack: Stack, name: str) -> dict[str, Any]:
    body: dict[str, Any] = httpx.get(f"http://{HOST}:{stack.ports[name]}/readyz").json()
    return body


def test_readyz_names_gemini_and_the_default_model(gemini_stack: Stack) -> None:
    assert _ready(gemini_stack, "story")["provider"] == "gemini"
    assert _ready(gemini_stack, "story")["model"] == "gemini-2.5-flash"
    assert _ready(gemini_stack, "tts")["model"] == "gemini-2.5-flash-preview-tts"
    assert _ready(gemini_stack, "illustration")["model"] == "gemini-2.5-flash-image"


def test_a_whole_book_through_gemini_with_faults(
    gemini_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    fake_gemini.reset()
    fake_gemini.configure(faults=FAULTS, latency={"story": 0.3, "tts": 0.2, "image": 0.3})
    story_id = create(gemini_stack, {**BODY, "generation": GENERATION})
    outcome = check_whole_book(gemini_stack, story_id)  # nothing failed, every asset checked
    assert outcome["story"]["pages"][0]["illustration_prompt"].startswith(
        outcome["story"]["illustration_prefix"]
    )
    assert (
        gemini_stack.base / "data" / "objects" / story_id / "story_gemini-2.5-pro.json"
    ).exists()

    seen = fake_gemini.requests()
    ok = [r for r in seen if r["status"] == 200]
    by_kind = {kind: [r for r in ok if r["kind"] == kind] for kind in ("story", "tts", "image")}
    pages = BODY["page_count"]
    assert len(by_kind["story"]) == 1 and len(by_kind["tts"]) == 2 * pages
    assert len(by_kind["image"]) == pages + 1
    # What the request asked for is what the fake was asked.
    assert {r["model"] for r in by_kind["story"]} == {"gemini-2.5-pro"}
    assert {(r["model"], r["voice"], r["temperature"]) for r in by_kind["tts"]} == {
        ("gemini-2.5-pro-preview-tts", "Kore", 0.8)
    }
    assert {r["model"] for r in by_kind["image"]} == {"gemini-2.5-flash-image"}
    assert {r["version"] for r in by_kind["image"]} == {"v1beta"}
    assert {r["version"] for r in by_kind["tts"]} == {"v1"}
    covers = [r for r in by_kind["image"] if r["image_kind"] == "cover"]
    page_images = [r for r in by_kind["image"] if r["image_kind"] == "page"]
    assert len(covers) == 1 and not covers[0]["has_reference"]
    assert covers[0]["aspect_ratio"] == "3:4"
    assert len(page_images) == pages
    assert all(r["has_reference"] and r["aspect_ratio"] == "16:9" for r in page_images)
    assert ok.index(covers[0]) < min(ok.index(r) for r in page_images)

    # The faults happened, and each was retried by the consumer loop: a 429 no sooner than
    # its Retry-After, a 503 after a backoff.
    faults = Counter((r["kind"], r["fault"]) for r in seen if r["fault"])
    assert faults == {
        ("story", "503"): 1,
        ("tts", "429"): 2,
        ("tts", "503"): 2,
        ("image", "429"): 1,
        ("image", "503"): 2,
    }
    for failed in (r for r in seen if r["fault"]):
        retried = next(r for r in seen[failed["n"] :] if r["prompt_sha"] == failed["prompt_sha"])
        waited = retried["at"] - failed["at"]
        assert waited >= (RETRY_AFTER - 0.05 if failed["fault"] == "429" else 0.45), failed


def test_the_cover_is_painted_while_the_text_is_written(
    gemini_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    """The book's look is fixed before its text, so the cover (the pages' reference) is asked
    for while the story call is still running, and the pages follow the text at once."""
    story_latency = 2.0
    fake_gemini.reset()
    fake_gemini.configure(latency={"story": story_latency, "tts": 0.1, "image": 0.3})
    story_id = create(gemini_stack)
    outcome = check_whole_book(gemini_stack, story_id)
    seen = fake_gemini.requests()
    [story] = [r for r in seen if r["kind"] == "story"]
    images = [r for r in seen if r["kind"] == "image"]
    [cover] = [r for r in images if r["image_kind"] == "cover"]
    pages = [r for r in images if r["image_kind"] == "page"]
    assert cover["at"] < story["at"] + story_latency  # before the text was answered
    assert BODY["theme"] in cover["prompt"] and BODY["extra_prompt"] in cover["prompt"]
    design = outcome["story"]["main_character_design"]
    assert design in cover["prompt"]
    assert len(pages) == BODY["page_count"] and all(r["has_reference"] for r in pages)
    assert all(design in r["prompt"] for r in pages)
    # Each page is painted with the cover attached, so after it; with the story streamed
    # (STORY_STREAM_PAGES, the default) as soon as the page's text arrives, before the end.
    assert min(r["at"] for r in pages) >= cover["at"] + 0.3 - 0.05
    assert min(r["at"] for r in pages) < story["at"] + story_latency
