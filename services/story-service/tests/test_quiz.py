"""The quiz after the book: the offline `compose_quiz` in every language pair, the Gemini quiz
against the fake Gemini API, and the handler that stores `quiz_{model}.json`."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
import time
from pathlib import Path
from typing import Any

import pytest
from fake_bus import RecordingBus
from pydantic import SecretStr
from servers import FakeGeminiServer

from moretale_contracts.api import StoryCreate
from moretale_contracts.events import StoryFailed, StoryGenerated, StoryRequested
from moretale_contracts.languages import LANGUAGES, resolve_language
from moretale_contracts.storage import quiz_key, story_key
from moretale_contracts.story import Quiz, QuizQuestion, Story
from moretale_kit.bus import Fail, Retry
from moretale_kit.store import LocalObjectStore
from story_service.config import Settings
from story_service.handlers import StoryHandlers
from story_service.writers import QuizWriter, make_writer, quiz_writer_for
from story_service.writers.composer import StoryComposer, compose_story
from story_service.writers.composer_lang import has_han, has_hangul, has_kana
from story_service.writers.gemini import GeminiStoryWriter, assemble_quiz
from story_service.writers.quiz import BLANK, QuizComposer, QuizUnavailable, compose_quiz
from story_service.writers.quiz_data import QUOTES, TEMPLATES

NAMES = [lang.name for lang in LANGUAGES]
PAIRS = list(itertools.permutations(NAMES, 2))
NAME = "Mina"


def request(**changes: Any) -> StoryCreate:
    body: dict[str, Any] = {
        "child_name": NAME,
        "child_age": 5,
        "primary_lang": "Korean",
        "secondary_lang": "English",
        "theme": "Friendship",
        "extra_prompt": "Include a dragon",
        "page_count": 8,
        "generation": {"enable_quiz": True},
        **changes,
    }
    return StoryCreate.model_validate(body)


def code(language: str) -> str:
    return resolve_language(language).code


def unquoted(text: str, lang: str) -> str:
    """`text` without what it quotes (a word of the other language may be quoted)."""
    open_, close = QUOTES[lang]
    return re.sub(f"{re.escape(open_)}.*?{re.escape(close)}", "", text)


def assert_script(text: str, language: str) -> None:
    """Written in the language's script, the child's name aside (as the composer tests check)."""
    body = text.replace(NAME, "")
    if language == "Korean":
        assert has_hangul(body), text
    elif language == "Japanese":
        assert has_kana(body), text
    elif language == "Chinese":
        assert has_han(body) and not has_kana(body) and not has_hangul(body), text
    else:
        assert not (has_hangul(body) or has_kana(body) or has_han(body)), text


def assert_word(word: str, language: str) -> None:
    """A single word may be all kanji in Japanese, so words get a looser check."""
    if language == "Korean":
        assert has_hangul(word), word
    elif language == "Japanese":
        assert (has_kana(word) or has_han(word)) and not has_hangul(word), word
    elif language == "Chinese":
        assert has_han(word) and not (has_kana(word) or has_hangul(word)), word
    else:
        assert not (has_hangul(word) or has_kana(word) or has_han(word)), word


def assert_valid(quiz: Quiz, story: Story, count: int) -> None:
    primary, secondary = story.primary_language, story.secondary_language
    assert quiz.primary_language == primary and quiz.secondary_language == secondary
    assert len(quiz.questions) == count
    assert any(q.kind == "vocabulary" for q in quiz.questions)
    assert len({q.question_primary for q in quiz.questions}) == count
    for q in quiz.questions:
        for choices in (q.choices_primary, q.choices_secondary):
            assert len(choices) == 4 and len({c.casefold() for c in choices}) == 4, choices
            assert all(c.strip() for c in choices)
        assert 0 <= q.answer_index <= 3
        assert q.source_pages and all(1 <= p <= len(story.pages) for p in q.source_pages)
        for text, language in (
            (q.question_primary, primary),
            (q.explanation_primary, primary),
            (q.question_secondary, secondary),
            (q.explanation_secondary, secondary),
        ):
            assert_script(unquoted(text, code(language)), language)
        for explanation in (q.explanation_primary, q.explanation_secondary):
            assert any(str(p) in explanation for p in q.source_pages), explanation
        if q.kind == "story":  # sentences of the book
            for choice in q.choices_primary:
                assert_script(choice, primary)
            for choice in q.choices_secondary:
                assert_script(choice, secondary)
        elif q.choices_primary == q.choices_secondary:  # how a word is said in the secondary
            for choice in q.choices_primary:
                assert_word(choice, secondary)
        else:  # definitions or words, each in its own language
            for choice in q.choices_primary:
                assert_word(choice, primary)
            for choice in q.choices_secondary:
                assert_word(choice, secondary)


# ---------------------------------------------------------------- the offline quiz


@pytest.mark.parametrize(("primary", "secondary"), PAIRS)
def test_every_language_pair_makes_a_valid_quiz(primary: str, secondary: str) -> None:
    index = PAIRS.index((primary, secondary))
    count = 1 + index % 10
    made = request(
        primary_lang=primary,
        secondary_lang=secondary,
        child_age=2 + index % 11,
        page_count=4 + index % 13,
        theme=("Friendship", "space", "ocean", "courage")[index % 4],
        generation={"enable_quiz": True, "quiz_question_count": count},
    )
    story = compose_story(made)
    quiz = asyncio.run(QuizComposer().write_quiz(story, made))
    assert_valid(quiz, story, count)
    assert compose_quiz(story, count) == quiz  # deterministic
    # Ten questions are always possible, even from the shortest book.
    assert_valid(compose_quiz(story, 10), story, 10)


def test_the_first_question_is_about_vocabulary_and_kinds_take_turns() -> None:
    story = compose_story(request(page_count=12))
    assert compose_quiz(story, 1).questions[0].kind == "vocabulary"
    kinds = [q.kind for q in compose_quiz(story, 10).questions]
    assert kinds.count("vocabulary") >= 4 and kinds.count("story") >= 4


def test_the_answer_takes_every_position() -> None:
    story = compose_story(request(page_count=16))
    answers = [q.answer_index for q in compose_quiz(story, 8).questions]
    assert sorted(set(answers)) == [0, 1, 2, 3]
    assert all(answers.count(i) == 2 for i in range(4))


def test_a_larger_quiz_starts_with_the_smaller_one() -> None:
    story = compose_story(request(page_count=10))
    assert compose_quiz(story, 10).questions[:3] == compose_quiz(story, 3).questions


def test_questions_read_naturally_in_korean_and_english() -> None:
    story = compose_story(request(page_count=8))
    quiz = compose_quiz(story, 10)
    for q in quiz.questions:
        # A quoted word takes the particle its last sound asks for: ‘곰’은, ‘선물’이.
        for match in re.finditer(r"‘([가-힣]+)’([은는이가])", q.question_primary):
            word, particle = match.groups()
            final = (ord(word[-1]) - 0xAC00) % 28
            assert particle in ("은이" if final else "는가"), q.question_primary
    meaning = [q for q in quiz.questions if q.question_secondary.startswith("What does")]
    assert meaning
    for q in meaning:
        word = q.question_secondary.split("“")[1].split("”")[0]
        answer = q.choices_secondary[q.answer_index]
        # The definition does not give its own word away.
        assert word.casefold() not in answer.casefold() and BLANK in answer, answer


def test_story_order_questions_are_facts_of_the_book() -> None:
    story = compose_story(request(page_count=20, primary_lang="English", secondary_lang="German"))
    quiz = compose_quiz(story, 10)
    openings = {p.page_number: p.text_primary for p in story.pages}
    first = TEMPLATES["first"]["en"]
    last = TEMPLATES["last"]["en"]
    checked = 0
    for q in quiz.questions:
        if q.question_primary not in (first, last):
            continue
        pages = [
            next(n for n, text in openings.items() if text.startswith(choice.rstrip("…")))
            for choice in q.choices_primary
        ]
        want = min(pages) if q.question_primary == first else max(pages)
        assert pages[q.answer_index] == want
        assert sorted(pages) == q.source_pages
        checked += 1
    assert checked >= 2


def _tiny_story(vocabulary: list[dict[str, str]]) -> Story:
    pages = []
    for n in range(1, 5):
        pages.append(
            {
                "page_number": n,
                "text_primary": "미나는 친구와 놀았어요.",
                "text_secondary": "Mina played with a friend.",
                "illustration_prompt": "p",
                "illustration_scene_prompt": "s",
                "vocabulary": vocabulary if n == 2 else [],
            }
        )
    return Story.model_validate(
        {
            "title_primary": "미나",
            "title_secondary": "Mina",
            "author_name": "MoreTale",
            "primary_language": "Korean",
            "secondary_language": "English",
            "image_style": "x",
            "main_character_design": "x",
            "illustration_prefix": "x",
            "pages": pages,
        }
    )


def test_a_book_with_little_material_gives_what_it_can() -> None:
    story = _tiny_story(
        [
            {
                "word_primary": "친구",
                "word_secondary": "friend",
                "definition_primary": "친구는 함께 노는 사람이에요.",
                "definition_secondary": "A friend is someone you play with.",
            }
        ]
    )
    # One word and four identical pages: only "How do you say 친구 in English?" (its wrong
    # answers are everyday words), and no story-order question.
    quiz = compose_quiz(story, 10)
    [question] = quiz.questions
    assert question.kind == "vocabulary" and question.source_pages == [2]
    assert question.choices_primary[question.answer_index] == "friend"
    assert question.question_primary == "‘친구’는 영어로 뭐라고 할까요?"
    with pytest.raises(QuizUnavailable):
        compose_quiz(_tiny_story([]), 5)


def test_the_quiz_is_fast() -> None:
    story = compose_story(request(page_count=32, child_age=10, primary_lang="Japanese"))
    compose_quiz(story, 10)
    started = time.perf_counter()
    compose_quiz(story, 10)
    assert time.perf_counter() - started < 0.05


def test_quiz_writers_go_with_their_story_writers() -> None:
    assert isinstance(quiz_writer_for(StoryComposer()), QuizComposer)
    gemini = make_writer(Settings(gemini_api_key=SecretStr("k"), gemini_rpm=0))
    assert quiz_writer_for(gemini) is gemini
    assert isinstance(gemini, QuizWriter)


# ---------------------------------------------------------------- the Gemini quiz


def writer(fake: FakeGeminiServer, **settings: Any) -> GeminiStoryWriter:
    made = make_writer(
        Settings(
            gemini_api_key=SecretStr(fake.api_key),
            gemini_base_url=fake.base_url,
            gemini_rpm=0,
            **settings,
        )
    )
    assert isinstance(made, GeminiStoryWriter)
    return made


@pytest.mark.parametrize(("primary", "secondary"), [("Korean", "English"), ("German", "Japanese")])
async def test_a_quiz_from_the_fake(gemini: FakeGeminiServer, primary: str, secondary: str) -> None:
    made = request(primary_lang=primary, secondary_lang=secondary, page_count=6)
    story = compose_story(made)
    quiz = await writer(gemini).write_quiz(story, made)
    assert_valid(quiz, story, 5)
    [seen] = gemini.requests()
    assert seen["kind"] == "quiz" and seen["model"] == "gemini-3.8-flash"
    assert seen["has_system_instruction"] and seen["child_name"] == NAME


async def test_a_quiz_uses_the_story_model(gemini: FakeGeminiServer) -> None:
    made = request(generation={"enable_quiz": True, "story_model": "gemini-3.5-flash"})
    await writer(gemini).write_quiz(compose_story(made), made)
    assert gemini.requests()[-1]["model"] == "gemini-3.5-flash"


@pytest.mark.parametrize("fault", ["bad_answer", "bad_json", "wrong_script", "wrong_count"])
async def test_an_invalid_quiz_is_written_again(gemini: FakeGeminiServer, fault: str) -> None:
    gemini.configure(faults=[{"match": "quiz", "kind": fault, "count": 1}])
    made = request(generation={"enable_quiz": True, "quiz_question_count": 4})
    story = compose_story(made)
    quiz = await writer(gemini).write_quiz(story, made)
    assert_valid(quiz, story, 4)
    seen = gemini.requests()
    assert [r["fault"] for r in seen] == [fault, None]
    assert seen[1]["prompt_sha"] != seen[0]["prompt_sha"]  # the problems were named


async def test_pages_outside_the_book_are_repaired_not_redone(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"match": "quiz", "kind": "renumber"}])
    made = request(page_count=4)
    story = compose_story(made)
    quiz = await writer(gemini).write_quiz(story, made)
    assert_valid(quiz, story, 5)
    assert len(gemini.requests()) == 1


async def test_a_quiz_that_stays_short_keeps_its_good_questions(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"match": "quiz", "kind": "wrong_count", "count": 9}])
    made = request()
    quiz = await writer(gemini, gemini_attempts=2).write_quiz(compose_story(made), made)
    assert len(quiz.questions) == 4
    assert len(gemini.requests()) == 2


async def test_a_quiz_that_stays_invalid_fails(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"match": "quiz", "kind": "bad_json", "count": 9}])
    made = request()
    with pytest.raises(Fail) as failed:
        await writer(gemini, gemini_attempts=2).write_quiz(compose_story(made), made)
    assert failed.value.code == "QUIZ_INVALID"


async def test_a_rate_limited_quiz_is_retried_by_the_loop(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"match": "quiz", "kind": "429", "retry_after": 5}])
    made = request()
    with pytest.raises(Retry) as retry:
        await writer(gemini).write_quiz(compose_story(made), made)
    assert retry.value.delay == 5 and retry.value.code == "GEMINI_RATE_LIMITED"


def _question(**changes: Any) -> dict[str, Any]:
    return {
        "kind": "vocabulary",
        "question_primary": "‘친구’는 무슨 뜻일까요?",
        "question_secondary": "What does “friend” mean?",
        "choices_primary": ["함께 노는 사람", "나무가 많은 곳", "밤하늘의 빛", "물이 많은 곳"],
        "choices_secondary": ["someone you play with", "many trees", "a light", "much water"],
        "answer_index": 0,
        "explanation_primary": "2쪽에 나와요.",
        "explanation_secondary": "It is on page 2.",
        "source_pages": [2],
        **changes,
    }


def test_assemble_quiz_mends_drops_and_trims() -> None:
    story = _tiny_story([])
    ko, en = resolve_language("ko"), resolve_language("en")
    answer = {
        "questions": [
            _question(kind="Story", source_pages=[0, 2, 2, 9]),  # mended: story, pages [2]
            _question(answer_index=4),  # dropped
            _question(question_primary="‘숲’은 무슨 뜻일까요?"),
            _question(question_primary="‘별’은 무슨 뜻일까요?", choices_secondary=["a"] * 4),
            _question(question_primary="‘달’은 무슨 뜻일까요?", kind="vocab"),
        ]
    }
    questions, problems = assemble_quiz(json.dumps(answer), story, ko, en, 2)
    assert problems == []
    assert [q.kind for q in questions] == ["story", "vocabulary"]
    assert questions[0].source_pages == [2]
    questions, problems = assemble_quiz(json.dumps(answer), story, ko, en, 4)
    assert len(questions) == 3
    assert any("answer_index 4" in p for p in problems)
    assert any("repeats a choice" in p for p in problems)
    assert "3 usable questions instead of exactly 4" in problems
    only_story = {"questions": [_question(kind="story")]}
    questions, problems = assemble_quiz(json.dumps(only_story), story, ko, en, 1)
    assert any("vocabulary" in p for p in problems)
    _, problems = assemble_quiz(
        json.dumps({"questions": [_question(explanation_primary="On page 2.")]}), story, ko, en, 1
    )
    assert any("not written in Korean" in p for p in problems)


# ---------------------------------------------------------------- the handler


class CountingQuizWriter:
    def __init__(self, inner: QuizWriter | None = None, error: Exception | None = None) -> None:
        self.inner = inner or QuizComposer()
        self.error = error
        self.calls = 0

    async def write_quiz(self, story: Story, request: StoryCreate) -> Quiz:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return await self.inner.write_quiz(story, request)


def handlers(
    tmp_path: Path, writer: Any = None, quiz_writer: QuizWriter | None = None
) -> tuple[StoryHandlers, RecordingBus, LocalObjectStore]:
    bus = RecordingBus()
    store = LocalObjectStore(tmp_path / "objects", "http://assets.test", b"s" * 32)
    made = StoryHandlers(bus, store, writer or StoryComposer(), quiz_writer)  # type: ignore[arg-type]
    return made, bus, store


async def test_the_handler_stores_the_quiz_and_names_it(tmp_path: Path) -> None:
    quizzes = CountingQuizWriter()
    handler, bus, store = handlers(tmp_path, quiz_writer=quizzes)
    made = request(generation={"enable_quiz": True, "quiz_question_count": 3})
    await handler.on_requested(StoryRequested(story_id="s1", request=made))
    key = quiz_key("s1", "moretale-composer")
    assert key == "s1/quiz_moretale-composer.json"
    generated = bus.one(StoryGenerated)
    assert generated.quiz_key == key and generated.story_key == story_key("s1", "moretale-composer")
    quiz = Quiz.model_validate_json(await store.get(key))
    story = Story.model_validate_json(await store.get(generated.story_key))
    assert_valid(quiz, story, 3)
    # A redelivery reuses the stored quiz.
    bus.published.clear()
    await handler.on_requested(StoryRequested(story_id="s1", request=made))
    assert bus.one(StoryGenerated).quiz_key == key and quizzes.calls == 1


async def test_the_default_offline_quiz_writer(tmp_path: Path) -> None:
    handler, bus, store = handlers(tmp_path)
    await handler.on_requested(StoryRequested(story_id="s2", request=request()))
    assert bus.one(StoryGenerated).quiz_key == "s2/quiz_moretale-composer.json"
    quiz = Quiz.model_validate_json(await store.get("s2/quiz_moretale-composer.json"))
    assert len(quiz.questions) == 5


async def test_no_quiz_unless_asked(tmp_path: Path) -> None:
    quizzes = CountingQuizWriter()
    handler, bus, store = handlers(tmp_path, quiz_writer=quizzes)
    await handler.on_requested(
        StoryRequested(story_id="s3", request=request(generation={"enable_quiz": False}))
    )
    assert bus.one(StoryGenerated).quiz_key is None and quizzes.calls == 0
    assert not await store.exists(quiz_key("s3", "moretale-composer"))


async def test_a_quiz_that_cannot_be_made_does_not_fail_the_book(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    quizzes = CountingQuizWriter(error=Fail("QUIZ_INVALID", "no usable question"))
    handler, bus, store = handlers(tmp_path, quiz_writer=quizzes)
    with caplog.at_level(logging.WARNING, logger="story_service.handlers"):
        await handler.on_requested(StoryRequested(story_id="s4", request=request()))
    assert bus.one(StoryGenerated).quiz_key is None
    assert not await store.exists(quiz_key("s4", "moretale-composer"))
    assert any("QUIZ_INVALID" in r.getMessage() for r in caplog.records)
    assert not bus.of(StoryFailed)


async def test_a_rate_limited_quiz_is_retried_then_left_out(tmp_path: Path) -> None:
    quizzes = CountingQuizWriter(error=Retry(3.0, "429", code="GEMINI_RATE_LIMITED"))
    handler, bus, store = handlers(tmp_path, quiz_writer=quizzes)
    event = StoryRequested(story_id="s5", request=request())
    with pytest.raises(Retry):
        await handler.on_requested(event)  # the loop will try the message again
    assert await store.exists(story_key("s5", "moretale-composer"))
    assert not bus.of(StoryGenerated)
    # Every try met the 429: the book goes on without its quiz, it does not fail.
    await handler.on_failed(event, Retry(3.0, "429"))
    assert bus.one(StoryGenerated).quiz_key is None
    assert not bus.of(StoryFailed)


async def test_a_story_that_was_never_written_still_fails(tmp_path: Path) -> None:
    handler, bus, _ = handlers(tmp_path)
    await handler.on_failed(StoryRequested(story_id="s6", request=request()), RuntimeError("x"))
    [failed] = bus.published
    assert isinstance(failed, StoryFailed) and failed.stage == "story"


async def test_the_handler_with_gemini(gemini: FakeGeminiServer, tmp_path: Path) -> None:
    handler, bus, store = handlers(tmp_path, writer=writer(gemini))
    made = request(page_count=4, generation={"enable_quiz": True, "quiz_question_count": 2})
    await handler.on_requested(StoryRequested(story_id="s7", request=made))
    key = bus.one(StoryGenerated).quiz_key
    assert key == "s7/quiz_gemini-3.8-flash.json"
    assert len(Quiz.model_validate_json(await store.get(key)).questions) == 2
    assert [r["kind"] for r in gemini.requests()] == ["story", "quiz"]


def test_a_quiz_question_is_a_contract_question() -> None:
    quiz = compose_quiz(compose_story(request()), 2)
    assert all(isinstance(q, QuizQuestion) for q in quiz.questions)
    assert Quiz.model_validate_json(quiz.model_dump_json()) == quiz
