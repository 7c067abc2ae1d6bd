"""The contracts: request validation, languages, events on the wire, the AsyncAPI document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from moretale_contracts import asyncapi
from moretale_contracts.api import StoryCreate
from moretale_contracts.events import (
    ALL_EVENTS,
    EVENT_BY_SUBJECT,
    AudioRole,
    NarrationJob,
    StoryRequested,
    event_type_of,
)
from moretale_contracts.languages import LANGUAGES, resolve_language
from moretale_contracts.storage import audio_key, illustration_key, story_key
from moretale_contracts.story import Story, StoryPage
from moretale_contracts.streams import STREAMS

PLAN_BODY = {
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


def test_the_plans_body_is_accepted_whole() -> None:
    request = StoryCreate.model_validate(PLAN_BODY)
    assert request.page_count == 24
    generation = request.generation.model_dump()
    assert {k: generation[k] for k in PLAN_BODY["generation"]} == PLAN_BODY["generation"]
    assert not generation["enable_quiz"] and not generation["enable_vocabulary_audio"]


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("ko", "Korean"),
        ("KOREAN", "Korean"),
        ("한국어", "Korean"),
        ("zh-CN", "Chinese"),
        ("vi", "Vietnamese"),
        ("Deutsch", "German"),
        ("es", "Spanish"),
        ("ja", "Japanese"),
    ],
)
def test_languages_by_name_or_code(value: str, name: str) -> None:
    assert resolve_language(value).name == name
    body = {
        **PLAN_BODY,
        "primary_lang": value,
        "secondary_lang": "fr" if name != "French" else "en",
    }
    assert StoryCreate.model_validate(body).primary_lang == name


@pytest.mark.parametrize(
    "change",
    [
        {"primary_lang": "Klingon"},
        {"secondary_lang": "ko"},  # the same language twice
        {"child_age": 0},
        {"child_age": 13},
        {"child_name": ""},
        {"child_name": "x" * 41},
        {"theme": "t" * 81},
        {"extra_prompt": "e" * 301},
        {"page_count": 3},
        {"page_count": 33},
        {"unknown_field": 1},
        {"generation": {"illustration_aspect_ratio": "7:3"}},
        {"generation": {"tts_temperature": 2.5}},
        {"generation": {"enable_tts": "maybe"}},
        {"child_name": "Mi\x00na"},
        {"child_names": {"fr": "Mina"}},  # not one of the book's languages
        {"child_names": {"xx": "Mina"}},
        {"child_names": {"ko": "미나", "Korean": "민아"}},  # one language twice
        {"child_names": {"en": " "}},
        {"child_names": {"en": "M" * 41}},
        {"child_names": {"en": "Mi\nna"}},
        {"child_names": ["Mina"]},
    ],
)
def test_bad_requests_are_rejected(change: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        StoryCreate.model_validate({**PLAN_BODY, **change})


def test_every_language_has_a_distinct_slug_and_voice() -> None:
    assert len({lang.slug for lang in LANGUAGES}) == len(LANGUAGES) == 8
    assert all(lang.espeak_voice for lang in LANGUAGES)


def test_storage_layout_is_the_plans() -> None:
    assert story_key("s", "gemini-2.5-flash") == "s/story_gemini-2.5-flash.json"
    assert audio_key("s", 1, AudioRole.PRIMARY, "Korean") == "s/audio/01_korean/page_01_primary.wav"
    assert (
        audio_key("s", 24, AudioRole.SECONDARY, "en") == "s/audio/02_english/page_24_secondary.wav"
    )
    assert illustration_key("s", 0) == "s/illustrations/cover.png"
    assert illustration_key("s", 7) == "s/illustrations/page_07.png"


def test_events_round_trip_and_carry_a_version() -> None:
    request = StoryCreate.model_validate(PLAN_BODY)
    event = StoryRequested(story_id="s1", request=request, request_id="r1")
    wire = json.loads(event.model_dump_json())
    assert wire["version"] == 1 and wire["story_id"] == "s1"
    assert EVENT_BY_SUBJECT["story.requested"].model_validate(wire) == event
    assert event.subject() == "story.requested.s1"
    assert event_type_of(event.subject()) is StoryRequested
    job = NarrationJob(
        story_id="s1", page_number=2, role=AudioRole.SECONDARY, language="English", text="Hello"
    )
    assert job.message_id() == "s1:tts:2:secondary:0"


def test_every_subject_lands_in_exactly_one_stream() -> None:
    for event in ALL_EVENTS:
        owners = [
            s.name
            for s in STREAMS
            if any(event.SUBJECT.startswith(p.removesuffix(">")) for p in s.subjects)
        ]
        assert len(owners) == 1, (event.SUBJECT, owners)


def test_story_pages_must_be_numbered_in_order() -> None:
    page = {
        "text_primary": "a",
        "text_secondary": "b",
        "illustration_prompt": "p",
        "illustration_scene_prompt": "s",
    }
    base = {
        "title_primary": "t",
        "title_secondary": "t",
        "author_name": "a",
        "primary_language": "Korean",
        "secondary_language": "English",
        "image_style": "s",
        "main_character_design": "d",
        "illustration_prefix": "p",
    }
    Story.model_validate(
        {**base, "pages": [{**page, "page_number": 1}, {**page, "page_number": 2}]}
    )
    with pytest.raises(ValidationError):
        Story.model_validate({**base, "pages": [{**page, "page_number": 2}]})
    assert StoryPage.model_validate({**page, "page_number": 1}).vocabulary == []


def test_checked_in_asyncapi_document_is_current() -> None:
    checked_in = Path(__file__).parents[1] / "asyncapi.json"
    assert checked_in.read_text() == asyncapi.render(), "run `make asyncapi` and commit the result"
    doc = json.loads(checked_in.read_text())
    addresses = {c["address"] for c in doc["channels"].values()}
    assert addresses == {f"{subject}.{{story_id}}" for subject in EVENT_BY_SUBJECT}
    for name in doc["components"]["messages"]:
        assert "version" in doc["components"]["schemas"][name]["properties"]


def test_child_names_are_keyed_by_the_books_language_codes() -> None:
    body = {**PLAN_BODY, "child_name": "하린", "child_names": {"English": " Harin ", "ko": "하린"}}
    request = StoryCreate.model_validate(body)
    assert request.child_names == {"en": "Harin", "ko": "하린"}
    assert StoryCreate.model_validate(PLAN_BODY).child_names is None


def _matches(pattern: str, subject: str) -> bool:
    """NATS subject matching: `*` is one token, `>` one or more at the end."""
    want, have = pattern.split("."), subject.split(".")
    for index, token in enumerate(want):
        if token == ">":
            return len(have) > index
        if index >= len(have) or token not in ("*", have[index]):
            return False
    return len(want) == len(have)


def test_story_subjects_reach_every_message_of_a_story() -> None:
    """A deleted story's messages are purged by these filters: every event's subject (and its
    dead letter) on the stream that captures it, never another story's."""
    from moretale_contracts.events import ALL_EVENTS
    from moretale_contracts.streams import STREAMS, dead_letter_subject, story_subjects

    story_id = "20261206_000000_story_mina_x1"
    for event in ALL_EVENTS:
        subject = f"{event.SUBJECT}.{story_id}"
        homes = [s for s in STREAMS if any(_matches(p, subject) for p in s.subjects)]
        assert homes, subject
        for stream in homes:
            filters = story_subjects(stream, story_id)
            assert any(_matches(f, subject) for f in filters), subject
            assert not any(_matches(f, f"{event.SUBJECT}.other_story") for f in filters)
    for stream in STREAMS:
        dead = dead_letter_subject(stream, story_id)
        for home in [s for s in STREAMS if any(_matches(p, dead) for p in s.subjects)]:
            assert any(_matches(f, dead) for f in story_subjects(home, story_id)), dead
