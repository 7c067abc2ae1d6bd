"""Pages while the story is still being written: the fake Gemini streams the story
(`streamGenerateContent?alt=sse`, the JSON in pieces over its latency) and every page's clips
and picture start as its text arrives; a page in the wrong script is caught on arrival; a
cancel closes the stream within a second. Real google-genai client, nats-server, services."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import FakeGeminiServer, fake_gemini  # noqa: F401  (fixture)
from stack import Stack
from test_book import BODY, check_whole_book, create

pytestmark = pytest.mark.timeout(180)
PAGES = BODY["page_count"]


@pytest.fixture(scope="module")
def streaming_stack(
    tmp_path_factory: pytest.TempPathFactory,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> Iterator[Stack]:
    env = {
        "GEMINI_API_KEY": fake_gemini.api_key,
        "GOOGLE_GEMINI_BASE_URL": fake_gemini.base_url,
        "STORY_GEMINI_RPM": "0",
        "TTS_GEMINI_RPM": "0",
        "ILLUSTRATION_GEMINI_RPM": "0",
        "TTS_CONCURRENCY": "4",
        "ILLUSTRATION_CONCURRENCY": "4",
    }
    stack = Stack.start(tmp_path_factory.mktemp("streaming-stack"), env)
    yield stack
    stack.stop()


def _objects(stack: Stack, story_id: str) -> list[Path]:
    return sorted((stack.base / "data" / "objects" / story_id).rglob("*"))


def test_a_streamed_book_completes_with_every_asset_once(
    streaming_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    latency = 6.0  # margin for a cold stack on a busy machine
    fake_gemini.reset()
    fake_gemini.configure(
        latency={"story": latency, "tts": 0.1, "image": 0.3}, stream_pieces=4 * PAGES
    )
    story_id = create(streaming_stack)
    # The first page shows in the result, with its text, while the story is still streaming.
    deadline = time.monotonic() + 60
    with streaming_stack.client() as client:
        while True:
            result = client.get(f"/api/stories/{story_id}/result")
            if result.status_code == 200 and result.json()["pages"]:
                break
            assert time.monotonic() < deadline, streaming_stack.logs()
            time.sleep(0.05)
    [story] = [r for r in fake_gemini.requests() if r["kind"] == "story"]
    assert story["stream"] is True and story["streamed"] == "open", "not while writing"
    early = result.json()
    assert early["status"] == "running" and early["pages"][0]["page_number"] == 1
    assert any("\uac00" <= ch <= "\ud7a3" for ch in early["pages"][0]["text_primary"])

    outcome = check_whole_book(streaming_stack, story_id)  # every asset there and checked
    seen = fake_gemini.requests()
    [story] = [r for r in seen if r["kind"] == "story"]
    written = story["at"] + latency
    assert story["streamed"] == "complete"
    # Every clip and picture asked for exactly once ...
    tts = Counter(r["prompt_sha"] for r in seen if r["kind"] == "tts")
    images = Counter((r["image_kind"], r["prompt_sha"]) for r in seen if r["kind"] == "image")
    assert len(tts) == 2 * PAGES and set(tts.values()) == {1}
    assert len(images) == PAGES + 1 and set(images.values()) == {1}
    # ... and page 1's asked for while the rest of the story was still being written.
    page_images = [r for r in seen if r["kind"] == "image" and r["image_kind"] == "page"]
    assert all(r["has_reference"] for r in page_images)
    assert min(r["at"] for r in page_images) < written - 1.0
    assert min(r["at"] for r in seen if r["kind"] == "tts") < written - 1.0
    # One object per asset: 2 clips a page, a picture a page, the cover, the texts, manifests.
    objects = [p for p in _objects(streaming_stack, story_id) if p.is_file()]
    assert len([p for p in objects if p.suffix == ".wav"]) == 2 * PAGES
    assert len([p for p in objects if p.suffix == ".png"]) == PAGES + 1
    stored = [p["text_primary"] for p in outcome["story"]["pages"]]
    assert [p["text_primary"] for p in outcome["book"]["pages"]] == stored


def test_a_page_in_the_wrong_script_is_caught_on_arrival(
    streaming_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    latency = 4.0
    fake_gemini.reset()
    fake_gemini.configure(
        latency={"story": latency, "tts": 0.1, "image": 0.3},
        stream_pieces=4 * PAGES,
        faults=[{"match": "story", "kind": "wrong_script", "count": 1}],
    )
    story_id = create(streaming_stack)
    outcome = check_whole_book(streaming_stack, story_id)
    seen = fake_gemini.requests()
    first, second = [r for r in seen if r["kind"] == "story"]
    # Page 2 of the first answer is English where Korean belongs: the stream is closed the
    # moment page 2 is complete (about a third of the answer), and the story asked again.
    assert first["fault"] == "wrong_script" and first["streamed"] == "closed"
    assert first["closed_at"] - first["at"] < latency * 0.6
    assert second["streamed"] == "complete" and second["at"] >= first["closed_at"] - 0.1
    # What was made from the rejected text's page 1 was made again from the new text: the
    # finished book has every asset, each from the stored text.
    for page, text in zip(outcome["book"]["pages"], outcome["story"]["pages"], strict=True):
        assert page["text_primary"] == text["text_primary"]
    assert "This sentence is in the wrong language." not in str(outcome)
    # Page 1 went out from the first answer (text revision 0) and was narrated (unless its
    # job was still waiting when the new text went out: then it was dropped); the second
    # answer's page 1 (revision 1) was narrated again; every other clip once.
    tts = Counter(r["prompt_sha"] for r in seen if r["kind"] == "tts")
    counts = sorted(tts.values())
    assert len(counts) == 2 * PAGES and counts[: 2 * PAGES - 2] == [1] * (2 * PAGES - 2)
    assert set(counts[-2:]) <= {1, 2}


def test_cancel_mid_stream_stops_within_a_second(
    streaming_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    latency = 20.0
    fake_gemini.reset()
    fake_gemini.configure(
        latency={"story": latency, "tts": 0.1, "image": 0.3}, stream_pieces=10 * PAGES
    )
    story_id = create(streaming_stack)
    deadline = time.monotonic() + 60
    with streaming_stack.client() as client:
        while not client.get(f"/api/stories/{story_id}/result").json().get("pages"):
            assert time.monotonic() < deadline, streaming_stack.logs()
            time.sleep(0.05)
        canceled_at = time.time()
        answer = client.post(f"/api/stories/{story_id}/cancel")
        assert answer.status_code == 200, answer.text
    deadline = time.monotonic() + 5
    while True:
        [story] = [r for r in fake_gemini.requests() if r["kind"] == "story"]
        if story.get("streamed") != "open" or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert story["streamed"] == "closed", story
    stopped = story["closed_at"] - canceled_at
    assert stopped < 1.0, f"the stream went on {stopped:.2f}s after the cancel"
    # Nothing of the story after the cancel: no stored text, no page beyond the ones written.
    with streaming_stack.client() as client:
        pages = len(client.get(f"/api/stories/{story_id}/result").json().get("pages") or [])
        time.sleep(1.0)
        assert len(client.get(f"/api/stories/{story_id}/result").json().get("pages") or []) == (
            pages
        )
        assert client.get(f"/api/stories/{story_id}").json()["status"] == "canceled"
    assert pages < PAGES
    assert not list((streaming_stack.base / "data" / "objects" / story_id).glob("story_*.json"))


def test_sse_shows_pages_as_their_text_arrives(
    streaming_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    fake_gemini.reset()
    fake_gemini.configure(latency={"story": 3.0, "tts": 0.1, "image": 0.3}, stream_pieces=4 * PAGES)
    story_id = create(streaming_stack)
    texts: list[int] = []
    before_story: list[int] | None = None
    with (
        streaming_stack.client() as client,
        client.stream("GET", f"/api/stories/{story_id}/events", timeout=60) as events,
    ):
        name = None
        for line in events.iter_lines():
            if line.startswith("event: "):
                name = line.removeprefix("event: ")
                if name == "story":  # story.generated: the text stage is closed
                    before_story = list(texts)
                elif name == "completed":
                    break
            elif line.startswith("data: ") and name == "progress":
                data = json.loads(line.removeprefix("data: "))
                asset = data.get("asset") or {}
                if asset.get("kind") == "text":
                    assert asset["status"] == "written"
                    texts.append(asset["page_number"])
                    if before_story is None:
                        # Totals from the request's page count while the story is written.
                        assert data["progress"]["story"]["done"] == 0
                        assert data["progress"]["illustrations"]["total"] == PAGES + 1
    # Pages were announced while the story was being written (0.5 s apart here): all but the
    # last before the story was done. The last page's text and `story.generated` leave
    # story-service together, and the page's announcement comes through asset-service, so
    # either may be first. Every page's text was announced once, in order, before completion.
    assert before_story is not None and before_story[: PAGES - 1] == list(range(1, PAGES))
    assert texts == list(range(1, PAGES + 1))
    assert streaming_stack.wait_for_status(story_id, {"completed"})["status"] == "completed"


def test_a_story_rejected_at_its_end_is_redone_and_completes_once(
    streaming_stack: Stack,
    fake_gemini: FakeGeminiServer,  # noqa: F811
) -> None:
    # The first answer has one page too few: each of its pages passes on arrival and its
    # clips and pictures are made; the end-of-story check rejects it, the second answer's
    # pages go out as text revision 1 and are made again; the book completes with exactly
    # one asset of each, all from the stored text.
    fake_gemini.reset()
    fake_gemini.configure(
        latency={"story": 2.0, "tts": 0.1, "image": 0.3},
        stream_pieces=4 * PAGES,
        faults=[{"match": "story", "kind": "wrong_count", "count": 1}],
    )
    story_id = create(streaming_stack)
    outcome = check_whole_book(streaming_stack, story_id)  # every asset done, counts exact
    seen = fake_gemini.requests()
    first, second = [r for r in seen if r["kind"] == "story"]
    assert first["fault"] == "wrong_count" and second["streamed"] == "complete"
    tts = [r for r in seen if r["kind"] == "tts"]
    assert 2 * PAGES <= len(tts) <= 2 * PAGES + 2 * (PAGES - 1)
    assert [p["page_number"] for p in outcome["book"]["pages"]] == list(range(1, PAGES + 1))
    objects = [p for p in _objects(streaming_stack, story_id) if p.is_file()]
    assert len([p for p in objects if p.suffix == ".wav"]) == 2 * PAGES
