"""GeminiStoryWriter against the fake Gemini API (real google-genai client code), and the
validation and repair of its answers."""

from __future__ import annotations

import json

import pytest
from pydantic import SecretStr
from servers import FakeGeminiServer

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import resolve_language
from moretale_contracts.story import Story
from moretale_kit.bus import Fail, Retry
from moretale_kit.gemini import GeminiUnavailable
from story_service.config import Settings
from story_service.writers import make_writer, model_for
from story_service.writers.design import book_design
from story_service.writers.gemini import GeminiStoryWriter, assemble, in_script

STYLE = "Soft watercolor picture book"


def request(**changes: object) -> StoryCreate:
    body: dict[str, object] = {
        "child_name": "Mina",
        "child_age": 5,
        "primary_lang": "Korean",
        "secondary_lang": "English",
        "theme": "Friendship",
        "extra_prompt": "Include a dragon",
        "page_count": 6,
        **changes,
    }
    return StoryCreate.model_validate(body)


def writer(fake: FakeGeminiServer, **settings: object) -> GeminiStoryWriter:
    made = make_writer(
        Settings(
            gemini_api_key=SecretStr(fake.api_key),
            gemini_base_url=fake.base_url,
            gemini_rpm=0,
            image_style=STYLE,
            **settings,
        )
    )
    assert isinstance(made, GeminiStoryWriter)
    return made


async def written(made: GeminiStoryWriter, req: StoryCreate) -> Story:
    """The story `made` writes for `req`, in the design it gives `req`."""
    return await made.write(req, made.design(req))


def draft(pages: int = 4, **page_changes: object) -> dict[str, object]:
    return {
        "title_primary": "미나의 모험",
        "title_secondary": "Mina's Adventure",
        "pages": [
            {
                "page_number": n,
                "text_primary": f"미나는 숲에서 {n}번째 친구와 별들과 용을 만났어요.",
                "text_secondary": f"In the forest, Mina met friend number {n}, stars and a dragon.",
                "scene": f"Mina in a meadow, moment {n}",
                "vocab_primary": ["친구", "숲", "별", "용", "꽃"],
                "vocab_secondary": ["friend", "forest", "star", "dragon", "flower"],
                "definition_primary": [
                    "친구는 같이 노는 사람이에요.",
                    "숲은 나무가 많은 곳이에요.",
                    "별은 밤에 빛나요.",
                    "용은 날개가 있어요.",
                    "꽃은 예뻐요.",
                ],
                "definition_secondary": [
                    "A friend is someone you play with.",
                    "A forest has many trees.",
                    "A star shines at night.",
                    "A dragon has wings.",
                    "",
                ],
                **page_changes,
            }
            for n in range(1, pages + 1)
        ],
    }


KO, EN = resolve_language("ko"), resolve_language("en")
DESIGN = book_design(STYLE, "Mina, five, short black hair, yellow raincoat.", "The cover.")


def test_a_valid_draft_becomes_a_story_with_prefixed_prompts() -> None:
    story, problems = assemble(json.dumps(draft()), request(page_count=4), KO, EN, DESIGN)
    assert problems == [] and story is not None
    design = "Mina, five, short black hair, yellow raincoat"
    prefix = f"Soft watercolor picture book. Main character: {design}."
    assert story.illustration_prefix == prefix
    assert story.primary_language == "Korean" and story.secondary_language == "English"
    for page in story.pages:
        assert page.illustration_prompt == f"{prefix} Scene: {page.illustration_scene_prompt}"
        # Five parallel entries, the last one incomplete: four kept, at most four.
        assert [v.word_secondary for v in page.vocabulary] == ["friend", "forest", "star", "dragon"]


def test_numbering_and_copied_prefixes_are_repaired() -> None:
    answer = draft()
    pages = answer["pages"]
    assert isinstance(pages, list)
    for page in pages:
        page["page_number"] -= 1  # numbered from 0 ...
    pages.reverse()  # ... and out of order
    pages[0]["scene"] = "Scene: Mina waves goodbye"
    story, problems = assemble(json.dumps(answer), request(page_count=4), KO, EN, DESIGN)
    assert problems == [] and story is not None
    assert [p.page_number for p in story.pages] == [1, 2, 3, 4]
    assert story.pages[0].text_secondary.startswith("In the forest, Mina met friend number 1,")
    assert story.pages[3].illustration_scene_prompt == "Mina waves goodbye"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"text_primary": "Mina met a friend."}, "text_primary is not written in Korean"),
        ({"text_secondary": "미나는 친구를 만났어요."}, "text_secondary is not written in English"),
        # 바닷가 (the seaside) given as "sea" and defined as 바다: the card.
        (
            {
                "text_primary": "미나는 바닷가에서 친구를 만났어요.",
                "text_secondary": "Mina met a friend by the sea.",
                "vocab_primary": ["바닷가", "친구"],
                "vocab_secondary": ["sea", "friend"],
                "definition_primary": ["바다는 짠물이 펼쳐진 곳이에요.", "친구는 같이 놀아요."],
                "definition_secondary": ["The sea is salty water.", "A friend plays with you."],
            },
            "vocabulary 1: definition_primary does not define '바닷가'",
        ),
        (
            {"vocab_secondary": ["friend", "woods"]},
            "vocabulary 2: 'woods' is not in text_secondary",
        ),
        ({"text_primary": "   "}, "text_primary is empty"),
        ({"scene": ""}, "has no scene"),
    ],
)
def test_invalid_pages_are_rejected(changes: dict[str, object], expected: str) -> None:
    story, problems = assemble(json.dumps(draft(**changes)), request(page_count=4), KO, EN, DESIGN)
    assert story is None
    assert any(expected in p for p in problems), problems


def test_a_wrong_page_count_or_schema_is_rejected() -> None:
    story, problems = assemble(json.dumps(draft(3)), request(page_count=4), KO, EN, DESIGN)
    assert story is None and problems == ["3 pages instead of exactly 4"]
    story, problems = assemble('{"title_primary": 1', request(page_count=4), KO, EN, DESIGN)
    assert story is None and "schema" in problems[0]


def test_the_name_in_the_other_languages_script_is_rejected() -> None:
    """하린 in the English text of a book that names her Harin there: written again."""
    names = {"ko": "하린", "en": "Harin"}
    text = json.dumps(draft(), ensure_ascii=False)
    answer = json.loads(text.replace("미나", "하린").replace("Mina", "Harin"))
    pages = answer["pages"]
    story, problems = assemble(
        json.dumps(answer), request(page_count=4), KO, EN, DESIGN, names=names
    )
    assert problems == [] and story is not None and story.child_names == names
    pages[1]["text_secondary"] = pages[1]["text_secondary"].replace("Harin", "하린")
    pages[2]["text_primary"] = pages[2]["text_primary"].replace("하린", "Harin")
    story, problems = assemble(
        json.dumps(answer), request(page_count=4), KO, EN, DESIGN, names=names
    )
    assert story is None
    assert problems == [
        "page 2 text_secondary writes the child's name as '하린'; in English write 'Harin'",
        "page 3 text_primary writes the child's name as 'Harin'; in Korean write '하린'",
    ]


def test_untrue_words_are_dropped_from_the_last_answer() -> None:
    """The last answer keeps its book: only the untrue vocabulary entries go."""
    answer = draft(vocab_secondary=["friend", "woods", "star", "dragon", "flower"])
    story, problems = assemble(json.dumps(answer), request(page_count=4), KO, EN, DESIGN)
    assert story is None and len(problems) == 4
    story, problems = assemble(
        json.dumps(answer), request(page_count=4), KO, EN, DESIGN, last_answer=True
    )
    assert problems == [] and story is not None
    assert [v.word_secondary for v in story.pages[0].vocabulary] == ["friend", "star", "dragon"]


@pytest.mark.parametrize(
    ("text", "script", "expected"),
    [
        ("미나는 숲에서 용을 만났어요.", "Hangul", True),
        ("Mina는 숲에서 용을 만났어요.", "Hangul", True),  # a Latin name in Korean is fine
        ("Mina met a dragon.", "Hangul", False),
        ("ミナは森でドラゴンにあいました。", "Japanese", True),
        ("米娜在森林里遇到了一条小龙。", "Japanese", False),  # no kana: Chinese
        ("米娜在森林里遇到了一条小龙。", "Han", True),
        ("ミナは森であいました。", "Han", False),
        ("Mina đã gặp một chú rồng nhỏ.", "Latin", True),
        ("미나는 용을 만났어요.", "Latin", False),
        ("...", "Latin", False),
    ],
)
def test_script_check(text: str, script: str, expected: bool) -> None:
    assert in_script(text, script) is expected


async def test_a_book_from_the_fake(gemini: FakeGeminiServer) -> None:
    story = await written(writer(gemini), request())
    assert len(story.pages) == 6 and "Mina" in story.title_primary
    assert all(2 <= len(p.vocabulary) <= 4 for p in story.pages)
    assert all(p.illustration_prompt.startswith(story.illustration_prefix) for p in story.pages)
    [seen] = gemini.requests()
    assert seen["model"] == "gemini-3.8-flash" and seen["kind"] == "story"
    assert seen["has_system_instruction"] and seen["child_name"] == "Mina"
    assert (seen["thinking_level"], seen["thinking_budget"]) == ("LOW", None)  # its row
    assert seen["version"] == "v1"  # structured output and system instructions: v1


@pytest.mark.parametrize(("primary", "secondary"), [("ja", "zh"), ("de", "vi"), ("fr", "es")])
async def test_any_language_pair(gemini: FakeGeminiServer, primary: str, secondary: str) -> None:
    story = await written(
        writer(gemini), request(primary_lang=primary, secondary_lang=secondary, page_count=4)
    )
    assert story.primary_language == resolve_language(primary).name
    assert len(story.pages) == 4


@pytest.mark.parametrize(
    ("name", "primary", "secondary", "expected"),
    [
        ("하린", "ko", "en", {"ko": "하린", "en": "Harin"}),  # Hangul name, English book
        ("Mina", "ja", "en", {"ja": "ミナ", "en": "Mina"}),  # Latin name, Japanese book
        ("Mina", "ko", "en", {"ko": "Mina", "en": "Mina"}),  # Latin name, Korean: as given
        ("小明", "es", "zh", {"es": "Xiaoming", "zh": "小明"}),  # Chinese name, Spanish book
    ],
)
async def test_the_brief_names_the_child_in_each_script(
    gemini: FakeGeminiServer, name: str, primary: str, secondary: str, expected: dict[str, str]
) -> None:
    story = await written(
        writer(gemini),
        request(child_name=name, primary_lang=primary, secondary_lang=secondary, page_count=4),
    )
    assert story.child_names == expected
    [seen] = gemini.requests()
    assert f"child_name_primary: {expected[primary]}" in seen["prompt"]
    assert f"child_name_secondary: {expected[secondary]}" in seen["prompt"]
    for code, title, texts in (
        (primary, story.title_primary, [p.text_primary for p in story.pages]),
        (secondary, story.title_secondary, [p.text_secondary for p in story.pages]),
    ):
        assert expected[code] in title
        for text in texts:
            for other in set(expected.values()) - {expected[code]}:
                assert other not in text, (code, text)


async def test_the_requested_model_must_be_allowed(gemini: FakeGeminiServer) -> None:
    chosen = writer(gemini, allowed_models="gemini-2.5-flash-lite")
    lite = request(generation={"story_model": "gemini-2.5-flash-lite"})
    assert model_for(chosen, lite) == "gemini-2.5-flash-lite"
    await written(chosen, lite)
    assert gemini.requests()[-1]["model"] == "gemini-2.5-flash-lite"
    assert gemini.requests()[-1]["thinking_budget"] == 0
    # The plan's retired id is written by its replacement, and recorded under that name.
    pro = request(generation={"story_model": "gemini-2.5-pro"})
    assert model_for(chosen, pro) == "gemini-3.8-flash"
    with pytest.raises(Fail) as failed:
        await written(chosen, request(generation={"story_model": "gemini-1.0-ultra"}))
    assert failed.value.code == "STORY_MODEL_NOT_ALLOWED"


async def test_an_invalid_answer_is_written_again(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"kind": "wrong_script", "count": 1}, {"kind": "renumber"}])
    story = await written(writer(gemini), request())
    assert len(story.pages) == 6
    seen = gemini.requests()
    assert [r["fault"] for r in seen] == ["wrong_script", "renumber"]  # repaired, not redone
    assert seen[1]["prompt_sha"] != seen[0]["prompt_sha"]  # the problems were named


async def test_answers_that_stay_invalid_fail(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"kind": "wrong_count", "count": 5}])
    with pytest.raises(Fail) as failed:
        await written(writer(gemini, gemini_attempts=2), request())
    assert failed.value.code == "STORY_INVALID"
    assert "5 pages instead of exactly 6" in failed.value.reason
    assert len(gemini.requests()) == 2


async def test_429_becomes_a_retry_with_the_servers_delay(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"kind": "429", "retry_after": 7, "retry_in": "body"}])
    with pytest.raises(Retry) as retry:
        await written(writer(gemini), request())
    assert retry.value.delay == 7 and retry.value.code == "GEMINI_RATE_LIMITED"
    gemini.configure(faults=[{"kind": "503"}])
    with pytest.raises(GeminiUnavailable) as unavailable:
        await written(writer(gemini), request())
    assert unavailable.value.code == "GEMINI_UNAVAILABLE"
    assert len(gemini.requests()) == 2  # the SDK itself retried nothing


async def test_the_look_is_fixed_before_the_text_and_told_to_the_model(
    gemini: FakeGeminiServer,
) -> None:
    made = writer(gemini)
    req = request()
    design = made.design(req)
    assert design.main_character_design.startswith("Mina, a 5-year-old child with ")
    assert design.illustration_prefix == (
        f"{STYLE}. Main character: {design.main_character_design}."
    )
    assert "Friendship" in design.cover_scene and "Include a dragon" in design.cover_scene
    assert gemini.requests() == []  # no provider call to design the book
    story = await made.write(req, design)
    assert story.main_character_design == design.main_character_design
    assert all(p.illustration_prompt.startswith(design.illustration_prefix) for p in story.pages)
    [seen] = gemini.requests()
    assert design.main_character_design in seen["prompt"]


@pytest.mark.parametrize("version", ["v1", "v1beta"])
async def test_either_api_version(gemini: FakeGeminiServer, version: str) -> None:
    await written(writer(gemini, gemini_api_version=version), request(page_count=4))
    assert [r["version"] for r in gemini.requests()] == [version]


async def test_a_shut_down_model_fails_the_story_at_once(gemini: FakeGeminiServer) -> None:
    gemini.configure(models={"gemini-3.5-flash": "text"})  # 3.8 "shut down" for this test
    with pytest.raises(Fail) as failed:
        await written(writer(gemini), request(page_count=4))
    assert failed.value.code == "MODEL_NOT_FOUND"
    assert [r["status"] for r in gemini.requests()] == [404]
