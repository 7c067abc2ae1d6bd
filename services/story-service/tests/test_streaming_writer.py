"""GeminiStoryWriter.write_streaming against the fake Gemini API streaming a story
(`streamGenerateContent?alt=sse`, real google-genai client code): pages handed over as they
are written, each checked on arrival, a bad page stopping the answer at once."""

from __future__ import annotations

import json
import time

import pytest
from pydantic import SecretStr
from servers import FakeGeminiServer

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import resolve_language
from moretale_contracts.story import StoryPage
from moretale_kit.bus import Fail, Retry
from moretale_kit.gemini import GeminiUnavailable
from story_service.config import Settings
from story_service.writers import StreamingStoryWriter, make_writer
from story_service.writers.design import book_design
from story_service.writers.gemini import GeminiStoryWriter, streamed_page, written_pages

KO, EN = resolve_language("ko"), resolve_language("en")
DESIGN = book_design("Soft watercolor", "Mina, five, yellow raincoat.", "The cover.")


def request(**changes: object) -> StoryCreate:
    body: dict[str, object] = {
        "child_name": "Mina",
        "child_age": 5,
        "primary_lang": "Korean",
        "secondary_lang": "English",
        "theme": "Friendship",
        "page_count": 6,
        **changes,
    }
    return StoryCreate.model_validate(body)


def writer(fake: FakeGeminiServer) -> GeminiStoryWriter:
    made = make_writer(
        Settings(
            gemini_api_key=SecretStr(fake.api_key),
            gemini_base_url=fake.base_url,
            gemini_rpm=0,
        )
    )
    assert isinstance(made, GeminiStoryWriter) and isinstance(made, StreamingStoryWriter)
    return made


class Pages:
    """What `on_page` received: (page, answer, seconds since the start)."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.got: list[tuple[StoryPage, int, float]] = []

    async def __call__(self, page: StoryPage, answer: int) -> None:
        self.got.append((page, answer, time.monotonic() - self.started))


async def test_pages_arrive_while_the_story_is_written(gemini: FakeGeminiServer) -> None:
    gemini.configure(latency={"story": 3.0}, stream_pieces=30)
    made, req, pages = writer(gemini), request(), Pages()
    story = await made.write_streaming(req, made.design(req), pages)
    done = time.monotonic() - pages.started
    assert [p.page_number for p, _, _ in pages.got] == [1, 2, 3, 4, 5, 6]
    assert [p for p, _, _ in pages.got] == story.pages  # what went out is what is stored
    assert {answer for _, answer, _ in pages.got} == {0}
    first = pages.got[0][2]
    assert first < done / 2, f"page 1 after {first:.2f}s of a {done:.2f}s story"
    [seen] = gemini.requests()
    assert seen["stream"] is True and seen["streamed"] == "complete"


async def test_a_page_in_the_wrong_script_stops_the_answer_on_arrival(
    gemini: FakeGeminiServer,
) -> None:
    gemini.configure(
        latency={"story": 3.0}, stream_pieces=30, faults=[{"kind": "wrong_script", "count": 1}]
    )
    made, req, pages = writer(gemini), request(), Pages()
    story = await made.write_streaming(req, made.design(req), pages)
    first, second = gemini.requests()
    # Page 2's primary text is English: caught as soon as page 2 was complete, and the
    # first answer's stream closed there, long before its end.
    assert first["fault"] == "wrong_script" and first["streamed"] == "closed"
    assert first["closed_at"] - first["at"] < 2.0
    assert second["streamed"] == "complete"
    answers = [(p.page_number, answer) for p, answer, _ in pages.got]
    assert answers == [(1, 0)] + [(n, 1) for n in range(1, 7)]
    assert [p for p, answer, _ in pages.got if answer == 1] == story.pages


async def test_every_answer_bad_fails_after_the_attempts(gemini: FakeGeminiServer) -> None:
    gemini.configure(stream_pieces=10, faults=[{"kind": "wrong_script", "count": 5}])
    made, req = writer(gemini), request()
    with pytest.raises(Fail) as caught:
        await made.write_streaming(req, made.design(req), Pages())
    assert caught.value.code == "STORY_INVALID"
    assert "page 2 text_primary is not written in Korean" in str(caught.value)
    assert len(gemini.requests()) == made.attempts


def test_written_pages_reads_a_growing_answer() -> None:
    page = {
        "page_number": 1,
        "text_primary": "미나는 친구를 만났어요.",
        "text_secondary": "Mina met a friend.",
        "scene": "Mina in a meadow",
        "vocab_primary": ["친구"],
        "vocab_secondary": ["friend"],
        "definition_primary": ["같이 놀아요."],
        "definition_secondary": ["You play together."],
    }
    text = json.dumps({"title_primary": "미나", "title_secondary": "Mina", "pages": [page, page]})
    cut = text.index('"scene"', text.index('"page_number": 1', text.index("pages") + 30))
    growing = written_pages(text[:cut])
    assert len(growing) == 2 and "scene" not in growing[1]  # the second still being written
    assert written_pages(text[:5]) == [] and written_pages("not json") == []
    ok, problems = streamed_page(growing[0], 1, request(), KO, EN, DESIGN)
    assert problems == [] and ok is not None
    assert ok.illustration_prompt == f"{DESIGN.illustration_prefix} Scene: Mina in a meadow"
    assert ok.vocabulary[0].word_secondary == "friend"
    late, problems = streamed_page(growing[0], 7, request(), KO, EN, DESIGN)
    assert late is None and problems == ["more than the 6 pages asked for"]
    cut_short, problems = streamed_page(growing[1], 2, request(), KO, EN, DESIGN)
    assert cut_short is None and "does not match the schema" in problems[0]


async def test_faults_are_retried_by_the_consumer_loop_as_before(gemini: FakeGeminiServer) -> None:
    made, req = writer(gemini), request()
    gemini.configure(faults=[{"kind": "429", "retry_after": 7, "retry_in": "header"}])
    with pytest.raises(Retry) as retry:
        await made.write_streaming(req, made.design(req), Pages())
    assert retry.value.delay == 7
    gemini.reset()
    gemini.configure(faults=[{"kind": "503"}])
    with pytest.raises(GeminiUnavailable):
        await made.write_streaming(req, made.design(req), Pages())
    assert [r["status"] for r in gemini.requests()] == [503]  # the SDK retried nothing
