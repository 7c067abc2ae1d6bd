"""A whole book through the three Gemini providers (the real google-genai client against the
fake Gemini API, true to December 2026): the plan's §5.1 body, unchanged, naming the retired 2.5
models, makes a complete book on their current replacements; with 429s and 503s injected a book
completes with nothing failed; a model shut down during a book fails its assets at once with
MODEL_NOT_FOUND and the book still ends."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from servers import HOST, FakeGeminiServer, fake_gemini  # noqa: F401  (fixture)
from stack import Stack
from test_book import BODY, check_whole_book, create

pytestmark = pytest.mark.timeout(150)

# The plan's §5.1 request body, word for word (its models are retired by December 2026).
PLAN_BODY: dict[str, Any] = {
    "child_name": "Mina",
    "child_age": 5,
    "primary_lang": "Korean",
    "secondary_lang": "English",
    "theme": "Friendship",
    "extra_prompt": "Include a dragon",
    "include_style_guide": True,
    "generation": {
        "story_model": "gemini-2.5-flash",
        "enable_tts": True,
        "tts_model": "gemini-2.5-flash-preview-tts",
        "tts_voice": "Achernar",
        "tts_temperature": 1.0,
        "tts_request_interval_sec": 10.0,
        "enable_illustration": True,
        "illustration_model": "gemini-2.5-flash-image",
        "illustration_aspect_ratio": "16:9",
        "illustration_request_interval_sec": 1.0,
        "illustration_skip_existing": True,
    },
}
CURRENT = {
    "gemini-3.8-flash",
    "gemini-3.5-flash",
    "gemini-3.5-flash-lite",
    "gemini-3.1-flash-lite",
    "gemini-2.5-flash-lite",
    "gemini-3.8-flash-tts",
    "gemini-3.8-flash-lite-tts",
    "gemini-3.1-flash-tts-preview",
    "gemini-3.1-flash-image",
    "gemini-3-pro-image",
}
GENERATION = {
    "story_model": "gemini-3.5-flash",
    "tts_model": "gemini-3.8-flash-lite-tts",
    "tts_voice": "Kore",
    "tts_temperature": 0.8,
    "illustration_model": "gemini-3-pro-image",
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


def test_readyz_names_gemini_and_the_current_default_models(gemini_stack: Stack) -> None:
    story, tts, pictures = (_ready(gemini_stack, n) for n in ("story", "tts", "illustration"))
    assert story["provider"] == "gemini" and story["model"] == "gemini-3.8-flash"
    assert tts["model"] == "gemini-3.8-flash-tts"
    assert pictures["model"] == "gemini-3.1-flash-image"
    # Each worker looked its models up at start, and Gemini knows them all.
    assert all(r["checks"]["gemini_models"] == "ok" for r in (story, tts, pictures))


def follow(stack: Stack, story_id: str, timeout: float = 120.0) -> dict[str, Any]:
    """The story's view once it has ended."""
    deadline = time.monotonic() + timeout
    with stack.client() as client:
        while True:
            view: dict[str, Any] = client.get(f"/api/stories/{story_id}").json()
            if view["status"] in ("completed", "failed", "canceled"):
                return view
            assert time.monotonic() < deadline, stack.logs()
            time.sleep(0.2)


def test_the_plans_body_makes_a_whole_book_on_current_models(
    gemini_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    """The §5.1 body unchanged: no call rejected, every call on a current model, each
    narration with its language code and the requested voice, page pictures 16:9 with the
    cover attached, and the models actually used recorded everywhere."""
    fake_gemini.reset()
    story_id = create(gemini_stack, PLAN_BODY)
    view = follow(gemini_stack, story_id)
    assert view["status"] == "completed", view
    pages = 24  # the plan's body names no page_count: the default
    assert view["progress"]["tts"] == {"done": 2 * pages, "failed": 0, "total": 2 * pages}
    assert view["progress"]["illustrations"]["done"] == pages + 1
    # GET /{id} shows the models that served the book, not the retired ids it named.
    generation = view["request"]["generation"]
    assert (
        generation["story_model"],
        generation["tts_model"],
        generation["illustration_model"],
    ) == ("gemini-3.5-flash-lite", "gemini-3.8-flash-tts", "gemini-3.1-flash-image")
    objects = gemini_stack.base / "data" / "objects" / story_id
    assert (objects / "story_gemini-3.5-flash-lite.json").exists()
    with gemini_stack.client() as client:
        result = client.get(f"/api/stories/{story_id}/result").json()
    assert "story_gemini-3.5-flash-lite.json" in result["story_json_url"]
    assert result["assets"]["audio"]["model"] == "gemini-3.8-flash-tts"
    assert result["assets"]["illustrations"]["model"] == "gemini-3.1-flash-image"
    for manifest, model in (
        ("audio/manifest.json", "gemini-3.8-flash-tts"),
        ("illustrations/manifest.json", "gemini-3.1-flash-image"),
    ):
        assert json.loads((objects / manifest).read_text())["summary"]["model"] == model

    seen = [r for r in fake_gemini.requests() if r["kind"] != "models.get"]
    assert seen and all(r["status"] == 200 for r in seen)  # no call rejected
    assert {r["model"] for r in seen} <= CURRENT
    by_kind = {kind: [r for r in seen if r["kind"] == kind] for kind in ("story", "tts", "image")}
    assert {r["model"] for r in by_kind["story"]} == {"gemini-3.5-flash-lite"}
    narrations = by_kind["tts"]
    assert len(narrations) >= 2 * pages
    assert {r["model"] for r in narrations} == {"gemini-3.8-flash-tts"}
    assert {r["voice"] for r in narrations} == {"Achernar"}
    assert {r["language_code"] for r in narrations} == {"ko-KR", "en-US"}
    for r in narrations:  # the code matches the text's language
        hangul = any("\uac00" <= ch <= "\ud7a3" for ch in r["prompt"])
        assert r["language_code"] == ("ko-KR" if hangul else "en-US"), r["prompt"]
    # 3.8 TTS: the text verbatim, the style in speech_metadata, no sampling parameters.
    assert all(r["speech_style"] and r["temperature"] is None for r in narrations)
    covers = [r for r in by_kind["image"] if r["image_kind"] == "cover"]
    page_images = [r for r in by_kind["image"] if r["image_kind"] == "page"]
    assert len(covers) == 1 and len(page_images) == pages
    assert all(r["aspect_ratio"] == "16:9" and r["has_reference"] for r in page_images)
    assert {r["model"] for r in by_kind["image"]} == {"gemini-3.1-flash-image"}


def test_a_book_without_models_names_the_defaults_that_made_it(gemini_stack: Stack) -> None:
    """Model fields left out: the result and both manifests name the workers' configured
    defaults, the models that actually made the book, not null."""
    body = {**BODY, "page_count": 4}
    assert not {"story_model", "tts_model", "illustration_model"} & set(body["generation"])
    story_id = create(gemini_stack, body)
    assert follow(gemini_stack, story_id)["status"] == "completed"
    objects = gemini_stack.base / "data" / "objects" / story_id
    assert (objects / "story_gemini-3.8-flash.json").exists()
    with gemini_stack.client() as client:
        result = client.get(f"/api/stories/{story_id}/result").json()
    assert "story_gemini-3.8-flash.json" in result["story_json_url"]
    assert result["assets"]["audio"]["model"] == "gemini-3.8-flash-tts"
    assert result["assets"]["illustrations"]["model"] == "gemini-3.1-flash-image"
    audio = json.loads((objects / "audio" / "manifest.json").read_text())
    pictures = json.loads((objects / "illustrations" / "manifest.json").read_text())
    assert audio["summary"]["model"] == "gemini-3.8-flash-tts"
    assert pictures["summary"]["model"] == "gemini-3.1-flash-image"


def test_a_model_shut_down_during_a_book_fails_its_assets_at_once(
    gemini_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    """Gemini answers 404 for the speech model from now on: every clip fails at once with
    MODEL_NOT_FOUND (one call each, no retries) and the book still reaches its end."""
    fake_gemini.reset()
    current = fake_gemini.configure()["models"]
    fake_gemini.configure(models={m: k for m, k in current.items() if m != "gemini-3.8-flash-tts"})
    story_id = create(gemini_stack)
    view = follow(gemini_stack, story_id)
    assert view["status"] in ("completed", "failed")
    pages = BODY["page_count"]
    assert view["progress"]["tts"] == {"done": 0, "failed": 2 * pages, "total": 2 * pages}
    assert view["progress"]["illustrations"]["failed"] == 0
    narrations = [r for r in fake_gemini.requests() if r["kind"] == "tts"]
    assert {r["status"] for r in narrations} == {404}
    assert len(narrations) == len({r["prompt_sha"] for r in narrations})  # none retried
    manifest = (
        gemini_stack.base / "data" / "objects" / story_id / "audio" / "manifest.json"
    ).read_text()
    assert "MODEL_NOT_FOUND" in manifest


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
        gemini_stack.base / "data" / "objects" / story_id / "story_gemini-3.5-flash.json"
    ).exists()

    seen = fake_gemini.requests()
    ok = [r for r in seen if r["status"] == 200]
    by_kind = {kind: [r for r in ok if r["kind"] == kind] for kind in ("story", "tts", "image")}
    pages = BODY["page_count"]
    assert len(by_kind["story"]) == 1 and len(by_kind["tts"]) == 2 * pages
    assert len(by_kind["image"]) == pages + 1
    # What the request asked for is what the fake was asked.
    assert {r["model"] for r in by_kind["story"]} == {"gemini-3.5-flash"}
    # tts_temperature is accepted and ignored: Gemini 3.8 TTS rejects sampling parameters.
    assert {(r["model"], r["voice"], r["temperature"]) for r in by_kind["tts"]} == {
        ("gemini-3.8-flash-lite-tts", "Kore", None)
    }
    assert {r["model"] for r in by_kind["image"]} == {"gemini-3-pro-image"}
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
