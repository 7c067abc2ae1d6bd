"""Vocabulary true to its page: the matcher (`appears`, inflection per language) and a walk
over the offline composer's tables for every theme and language pair."""

from __future__ import annotations

import itertools

import pytest

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import LANGUAGES
from moretale_contracts.story import VocabularyEntry
from story_service.writers.composer import compose_story
from story_service.writers.composer_data import LEXICON, SPECIES, THEMES
from story_service.writers.vocabulary import appears, page_problems

CODES = [lang.code for lang in LANGUAGES]
PAIRS = list(itertools.permutations(CODES, 2))


@pytest.mark.parametrize(
    ("word", "text", "code"),
    [
        ("tree", "Tall trees stood there.", "en"),
        ("dream", "She dreamed of the sea.", "en"),
        ("firefly", "Fireflies glowed.", "en"),
        ("Baum", "Der Wald voller hoher Bäume.", "de"),
        ("Fluss", "Am Ufer des Flusses.", "de"),
        ("amigo", "Los amigos jugaron.", "es"),
        ("ola", "Las olas llegaron.", "es"),
        ("ami", "Ses amis sont là.", "fr"),
        ("eau", "Il boit de l'eau.", "fr"),
        ("công viên", "Họ đến công viên chơi.", "vi"),
        ("바다", "바다에서 놀았어요.", "ko"),
        ("친구", "친구들과 함께 갔어요.", "ko"),
        ("집", "어느 별이 아기 별의 집일까요?", "ko"),
        ("다리", "나무다리를 건넜어요.", "ko"),
        ("달리다", "둘은 힘껏 달렸어요.", "ko"),
        ("먹다", "사과를 먹고 웃었어요.", "ko"),
        ("춥다", "밤이 추워요.", "ko"),
        ("하다", "숙제를 했어요.", "ko"),
        ("용감하다", "용감한 아이였어요.", "ko"),
        ("작다", "작은 새가 있었어요.", "ko"),
        ("happy", "She was happier.", "en"),
        ("海", "海へいきました。", "ja"),
        ("はしる", "いっしょにはしって、", "ja"),
        ("星星", "天上有很多星星。", "zh"),
    ],
)
def test_a_word_is_found_through_its_inflection(word: str, text: str, code: str) -> None:
    assert appears(word, text, code)


@pytest.mark.parametrize(
    ("word", "text", "code"),
    [
        ("바다", "바닷가에서 놀았어요.", "ko"),  # the seaside is another word
        ("물", "동물이 나왔어요.", "ko"),  # an animal has no water in it
        ("별", "특별한 날이에요.", "ko"),
        ("sea", "They sat by the seaside.", "en"),
        ("cat", "A catalog.", "en"),
        ("Meer", "Ein Meerestier schwamm.", "de"),
        ("mer", "Quelle merveille !", "fr"),
        ("바다", "바닷바람이 불었어요.", "ko"),
        ("바다", "배가 고파요.", "ko"),
        ("바다", "별이 반짝였어요.", "ko"),
        ("海", "山へいきました。", "ja"),
        ("", "anything", "en"),
    ],
)
def test_another_word_is_not_the_word(word: str, text: str, code: str) -> None:
    assert not appears(word, text, code)


def test_the_issues_card_is_caught() -> None:
    """바닷가 (the seaside) paired with "sea" and defined as 바다: both problems named."""
    card = VocabularyEntry(
        word_primary="바닷가",
        word_secondary="sea",
        definition_primary="바다는 짠물이 끝없이 펼쳐진 아주 넓은 곳이에요.",
        definition_secondary="The sea is a huge body of salty water.",
    )
    problems = page_problems(
        3, [card], "둘은 바닷가에서 조개를 주웠어요.", "They picked shells by the sea.", "ko", "en"
    )
    assert problems == ["page 3 vocabulary 1: definition_primary does not define '바닷가'"]
    card = card.model_copy(update={"word_primary": "바다"})
    problems = page_problems(
        3, [card], "둘은 바닷가에서 조개를 주웠어요.", "They picked shells by the sea.", "ko", "en"
    )
    assert problems == ["page 3 vocabulary 1: '바다' is not in text_primary"]


def test_every_lexicon_form_is_defined_by_its_definition() -> None:
    """A form that is another word (바닷가 under 바다) would be shown with the wrong meaning."""
    wrong = [
        f"{key}.{code}: {form!r} not in {entry.definitions[code]!r}"
        for key, entry in LEXICON.items()
        for code, forms in entry.words.items()
        for form in forms
        if not appears(form, entry.definitions[code], code)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_theme_and_language_pair_gives_vocabulary_true_to_its_page(theme: str) -> None:
    """Every page of the longest book, for the youngest and the oldest reader, with a
    companion of each kind over the pairs: every word on its page, every definition its own."""
    spec = THEMES[theme]
    topic = spec.keywords[0] if spec.keywords else "Trucks"
    wishes = [species.keywords[0] for species in SPECIES.values() if species.keywords]
    problems: list[str] = []
    for index, (primary, secondary) in enumerate(PAIRS):
        for age in (4, 10):
            request = StoryCreate(
                child_name="Mina",
                child_age=age,
                primary_lang=primary,
                secondary_lang=secondary,
                theme=topic,
                extra_prompt=wishes[index % len(wishes)],
                page_count=32,
            )
            story = compose_story(request)
            for page in story.pages:
                problems += [
                    f"{primary}/{secondary} age {age}: {problem}"
                    for problem in page_problems(
                        page.page_number,
                        page.vocabulary,
                        page.text_primary,
                        page.text_secondary,
                        primary,
                        secondary,
                    )
                ]
    assert not problems, "\n".join(problems[:40])
