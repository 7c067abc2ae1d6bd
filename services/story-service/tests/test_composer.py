"""Tests of the offline story composer: shape, languages, scripts, vocabulary, illustration
prompts, determinism and how the request (theme, wish, age) shapes the book."""

from __future__ import annotations

import asyncio
import itertools
import re
import statistics
import time

import pytest

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import LANGUAGES, resolve_language
from moretale_contracts.story import Story
from story_service.names import written_in
from story_service.writers import StoryWriter
from story_service.writers.composer import (
    IMAGE_STYLE,
    SETTING_PHRASES,
    StoryComposer,
    compose_story,
    find_companion,
    find_theme,
)
from story_service.writers.composer_data import SPECIES, THEMES
from story_service.writers.composer_lang import has_han, has_hangul, has_kana, ko_particle
from story_service.writers.design import main_character_design
from story_service.writers.vocabulary import appears

NAMES = [lang.name for lang in LANGUAGES]
PAIRS = list(itertools.permutations(NAMES, 2))
SETTINGS = tuple(SETTING_PHRASES)
TIMES = ("morning", "noon", "afternoon", "sunset", "evening", "night")
# Names in every script: each pair meets one (a derived form, or the name as given).
NAME_ROTATION = ("Mina", "하린", "さくら", "小明", "Léa", "Minh")
THEME_ROTATION = ("Friendship", "우정", "勇気", "分享", "familia", "Natur", "aventure", "Trucks")
WISH_ROTATION = ("Include a dragon", "", "고양이", "un zorro", "a robot", "new shoes", "鲸鱼")
COLORS = "red|orange|yellow|green|blue|purple|pink|brown|black|white|gray|golden|teal"
DESIGN = re.compile(
    rf"^(?P<name>.+), an? (?P<age>\d+)-year-old child with (?P<style>[a-z -]+) "
    rf"(?P<hair>black|brown|golden|red|auburn) hair, (?P<skin>[a-z ]+) skin, "
    rf"wearing a (?P<top_color>{COLORS}) (?P<top>sweater|raincoat|dress|t-shirt|hoodie), "
    rf"(?P<bottom_color>{COLORS}) (?P<bottom>trousers|skirt|shorts|overalls) and "
    rf"(?P<shoe_color>{COLORS}) (?P<shoes>shoes|boots|sneakers)$"
)


BASE: dict[str, object] = {
    "child_name": "Mina",
    "child_age": 5,
    "primary_lang": "Korean",
    "secondary_lang": "English",
    "theme": "Friendship",
    "extra_prompt": "Include a dragon",
    "page_count": 8,
}


def write(**fields: object) -> Story:
    request = StoryCreate.model_validate({**BASE, **fields})
    composer = StoryComposer()
    return asyncio.run(composer.write(request, composer.design(request)))


def code_of(language: str) -> str:
    return resolve_language(language).code


def words_of(pattern: str, text: str) -> set[str]:
    return {m.lower() for m in re.findall(rf"\b({pattern})\b", text, re.IGNORECASE)}


def assert_script(text: str, language: str, name: str) -> None:
    """The text is written in its language's script (the child's name aside)."""
    body = text.replace(name, "")
    if language == "Korean":
        assert has_hangul(body), text
    elif language == "Japanese":
        assert has_kana(body), text
    elif language == "Chinese":
        assert has_han(body) and not has_kana(body) and not has_hangul(body), text
    else:
        assert not (has_hangul(body) or has_kana(body) or has_han(body)), text


# ---------------------------------------------------------------- every language pair


@pytest.mark.parametrize("page_count", [4, 24, 32])
@pytest.mark.parametrize(("primary", "secondary"), PAIRS)
def test_every_language_pair_makes_a_valid_book(
    primary: str, secondary: str, page_count: int
) -> None:
    index = PAIRS.index((primary, secondary))
    name = NAME_ROTATION[index % len(NAME_ROTATION)]
    story = write(
        child_name=name,
        child_age=2 + index % 11,
        primary_lang=primary,
        secondary_lang=secondary,
        theme=THEME_ROTATION[index % len(THEME_ROTATION)],
        extra_prompt=WISH_ROTATION[index % len(WISH_ROTATION)],
        page_count=page_count,
    )

    assert story.primary_language == primary and story.secondary_language == secondary
    assert story.author_name == "MoreTale"
    name_p, name_s = (story.child_names[code_of(lang)] for lang in (primary, secondary))
    assert name_p in story.title_primary and name_s in story.title_secondary
    assert len(story.pages) == page_count
    assert [p.page_number for p in story.pages] == list(range(1, page_count + 1))
    assert story.illustration_prefix == (
        f"{story.image_style} Main character: {story.main_character_design}."
    )
    for texts, language, written in (
        ([p.text_primary for p in story.pages], primary, name_p),
        ([p.text_secondary for p in story.pages], secondary, name_s),
    ):
        assert all(t.strip() for t in texts)
        assert len(set(texts)) == len(texts), "a page repeats another page's text"
        assert written == name or written_in(written, code_of(language)), written
        for text in texts:
            assert_script(text, language, written)
    for page in story.pages:
        assert 2 <= len(page.vocabulary) <= 4
        assert page.illustration_prompt.startswith(story.illustration_prefix)
        assert page.illustration_prompt.endswith(page.illustration_scene_prompt)
        scene = page.illustration_scene_prompt
        assert len(words_of("|".join(SETTINGS), scene)) == 1, scene
        assert len(words_of("|".join(TIMES), scene)) == 1, scene


def test_vocabulary_words_appear_on_their_page_in_both_languages() -> None:
    for primary, secondary in [
        ("Korean", "English"),
        ("German", "Japanese"),
        ("French", "Chinese"),
    ]:
        story = write(primary_lang=primary, secondary_lang=secondary, page_count=24, child_age=10)
        for page in story.pages:
            for entry in page.vocabulary:
                assert appears(entry.word_primary, page.text_primary, code_of(primary)), entry
                assert appears(entry.word_secondary, page.text_secondary, code_of(secondary))
                assert entry.definition_primary and entry.definition_secondary
                assert_script(entry.definition_primary, primary, "")
                assert_script(entry.definition_secondary, secondary, "")


def test_a_book_teaches_new_words_before_repeating_old_ones() -> None:
    story = write(page_count=16, child_age=7)
    words = [v.word_secondary for p in story.pages for v in p.vocabulary]
    assert len(set(words)) >= 0.7 * len(words)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_plot_lays_out_every_page_count(theme: str) -> None:
    # Every theme, every length: exact pages, a sensible clock, words on every page.
    sample = {"generic": "Trucks"}.get(theme, theme)
    pairs = itertools.cycle(PAIRS)
    wishes = itertools.cycle(["", *SPECIES, "a surprise"])
    for page_count in range(4, 33):
        primary, secondary = next(pairs)
        story = write(
            theme=sample,
            extra_prompt=next(wishes),
            primary_lang=primary,
            secondary_lang=secondary,
            child_age=2 + page_count % 11,
            page_count=page_count,
        )
        assert len(story.pages) == page_count
        clock = [
            next(iter(words_of("|".join(TIMES), p.illustration_scene_prompt))) for p in story.pages
        ]
        assert [TIMES.index(t) for t in clock] == sorted(TIMES.index(t) for t in clock), clock
        assert all(2 <= len(p.vocabulary) <= 4 for p in story.pages)
        assert len({p.text_primary for p in story.pages}) == page_count


# ---------------------------------------------------------------- determinism and speed


def test_the_same_request_gives_the_same_story() -> None:
    first = write(page_count=24, extra_prompt="용이 나왔으면 좋겠어요")
    second = write(page_count=24, extra_prompt="용이 나왔으면 좋겠어요")
    assert first.model_dump() == second.model_dump()


def test_a_different_name_gives_a_different_book() -> None:
    assert write(child_name="Mina").model_dump() != write(child_name="Leo").model_dump()


def test_the_composer_is_a_story_writer_and_fast() -> None:
    composer: StoryWriter = StoryComposer(model="composer-test")
    assert composer.model == "composer-test"
    assert StoryComposer().model == "moretale-composer"
    request = StoryCreate(
        child_name="Mina",
        child_age=9,
        primary_lang="Japanese",
        secondary_lang="Vietnamese",
        theme="space",
        extra_prompt="a unicorn",
        page_count=32,
    )
    compose_story(request)  # warm the caches once, as a long-running service would
    started = time.perf_counter()
    story = asyncio.run(composer.write(request, composer.design(request)))
    assert time.perf_counter() - started < 0.1
    assert len(story.pages) == 32


# ---------------------------------------------------------------- the wish and the theme


@pytest.mark.parametrize(
    ("wish", "species", "primary", "word"),
    [
        ("Include a dragon", "dragon", "English", "dragon"),
        ("용이 나왔으면 좋겠어요", "dragon", "Korean", "용"),
        ("猫と遊びたい", "cat", "Japanese", "ねこ"),
        ("我想要一只小兔子", "rabbit", "Chinese", "兔子"),
        ("con un oso, por favor", "bear", "Spanish", "osito"),
        ("một chú cá voi", "whale", "Vietnamese", "cá voi"),
        ("avec un dinosaure", "dinosaur", "French", "dinosaure"),
        ("mit einer Eule", "owl", "German", "Eule"),
        ("a robot and a cat", "robot", "English", "robot"),
    ],
)
def test_a_recognised_companion_joins_the_story(
    wish: str, species: str, primary: str, word: str
) -> None:
    assert find_companion(wish) == species
    secondary = "English" if primary != "English" else "Korean"
    story = write(extra_prompt=wish, primary_lang=primary, secondary_lang=secondary, page_count=12)
    assert word in story.pages[0].text_primary
    name = SPECIES[species].names["en"]
    assert name in story.pages[0].text_secondary or name in story.pages[0].text_primary
    # A real character: named on most pages, and drawn on every one.
    pages_naming = [
        p for p in story.pages if SPECIES[species].names[_code(primary)] in p.text_primary
    ]
    assert len(pages_naming) >= len(story.pages) // 2
    assert all(species in p.illustration_scene_prompt for p in story.pages)


def _code(language: str) -> str:
    return next(lang.code for lang in LANGUAGES if lang.name == language)


def test_words_inside_other_words_do_not_summon_companions() -> None:
    assert find_companion("용기 있는 아이가 되고 싶어요") is None  # 용기 is courage, not a dragon
    assert find_companion("a walk in the Wald") is None
    assert find_companion("catch the ball") is None
    assert find_companion("熊猫") == "bear"
    assert find_companion("猫头鹰") == "owl"


def test_an_unrecognised_wish_becomes_a_friend_without_quoting_it() -> None:
    wish = "바퀴 달린 빨간 자전거"
    story = write(extra_prompt=wish, primary_lang="English", secondary_lang="French")
    assert find_companion(wish) is None
    assert all("friend" in p.illustration_scene_prompt for p in story.pages)
    assert "Lulu" in story.pages[0].text_primary and "Lulu" in story.pages[0].text_secondary
    assert not any("자전거" in p.text_primary + p.text_secondary for p in story.pages)


# A theme's name in English, Korean, Japanese, Chinese, Spanish, Vietnamese, French, German.
THEME_NAMES = {
    "friendship": "Friendship|우정|友情|友谊|amistad|tình bạn|amitié|Freundschaft",
    "courage": "courage|용기|勇気|勇气|valentía|dũng cảm|bravoure|Mut",
    "kindness": "kindness|친절|やさしさ|善良|bondad|lòng tốt|gentillesse|Freundlichkeit",
    "sharing": "sharing|나눔|分け合う|分享|compartir|chia sẻ|partage|Teilen",
    "family": "family|가족|家族|家人|familia|gia đình|famille|Familie",
    "nature": "nature|자연|自然|大自然|naturaleza|thiên nhiên|nature|Natur",
    "adventure": "adventure|모험|冒険|冒险|aventura|phiêu lưu|aventure|Abenteuer",
    "honesty": "honesty|정직|正直|诚实|honestidad|trung thực|honnêteté|Ehrlichkeit",
    "bedtime": "bedtime|잠자리|おやすみ|睡觉|dormir|giấc ngủ|sommeil|Schlafenszeit",
    "space": "space|우주|宇宙|太空|espacio|vũ trụ|espace|Weltraum",
    "ocean": "ocean|바다|海|海洋|océano|biển|océan|Meer",
}


@pytest.mark.parametrize(("theme", "names"), THEME_NAMES.items())
def test_themes_are_recognised_in_all_eight_languages(theme: str, names: str) -> None:
    assert [find_theme(name).key for name in names.split("|")] == [theme] * 8


def test_different_themes_give_different_stories() -> None:
    books = {theme: write(theme=theme, page_count=12) for theme in ("friendship", "space", "바다")}
    titles = {book.title_secondary for book in books.values()}
    assert len(titles) == 3
    for one, other in itertools.combinations(books.values(), 2):
        shared = {p.text_secondary for p in one.pages} & {p.text_secondary for p in other.pages}
        assert len(shared) <= len(one.pages) // 3


def test_every_theme_has_its_own_plot() -> None:
    samples = {key: ("Trucks" if key == "generic" else key) for key in THEMES}
    problems = {
        write(theme=sample, page_count=4).pages[1].text_secondary for sample in samples.values()
    }
    assert len(problems) == len(samples)


def test_an_unknown_theme_is_woven_in_where_its_script_fits() -> None:
    story = write(theme="Trucks", primary_lang="Korean", secondary_lang="English", page_count=6)
    assert "Trucks" in story.pages[0].text_primary and "Trucks" in story.pages[0].text_secondary
    assert "Trucks" in story.pages[-1].text_secondary
    story = write(theme="자신감", primary_lang="Korean", secondary_lang="English", page_count=6)
    assert "자신감" in story.pages[0].text_primary
    assert all("자신감" not in p.text_secondary for p in story.pages)


# ---------------------------------------------------------------- age and language details


def _mean_sentence_words(texts: list[str]) -> float:
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])[”»\"]?\s+", t) if s.strip()]
    return statistics.mean(len(s.split()) for s in sentences)


def test_older_children_get_longer_sentences() -> None:
    means = []
    for age in (4, 7, 11):
        story = write(child_age=age, primary_lang="English", secondary_lang="German", page_count=24)
        means.append(_mean_sentence_words([p.text_primary for p in story.pages]))
    assert means[0] < means[1] < means[2], means
    assert means[2] - means[0] > 2.5, means


def test_older_children_get_more_words_to_learn() -> None:
    young = write(child_age=3, page_count=12)
    old = write(child_age=12, page_count=12)
    assert max(len(p.vocabulary) for p in young.pages) == 2
    assert statistics.mean(len(p.vocabulary) for p in old.pages) > 2.5


def test_korean_particles_follow_the_last_syllable() -> None:
    assert ko_particle("미나", "i") == "미나가"
    assert ko_particle("민준", "i") == "민준이"
    assert ko_particle("민준", "wa") == "민준과"
    assert ko_particle("지율", "ro") == "지율로"
    assert ko_particle("Ben", "eun") == "Ben은"
    assert ko_particle("Mina", "eun") == "Mina는"
    story = write(child_name="민준", page_count=4)
    korean = " ".join(p.text_primary for p in story.pages)
    assert "민준은" in korean and "민준는" not in korean
    assert "민준과" in story.title_primary


def test_name_forms_in_french_and_german() -> None:
    story = write(child_name="Emma", primary_lang="French", secondary_lang="German", page_count=4)
    assert "d'Emma" in story.pages[0].text_primary and "de Emma" not in story.pages[0].text_primary
    assert "Emmas" in story.pages[0].text_secondary


# ---------------------------------------------------------------- illustration


def test_main_character_design_has_the_painters_form() -> None:
    for name in ("Mina", "Leo", "민준", "さくら", "小明", "Zoë"):
        design = main_character_design(name, 7)
        match = DESIGN.match(design)
        assert match, design
        assert match["name"] == name and match["age"] == "7"
        assert match["top_color"] != match["bottom_color"]
    assert main_character_design("Mina", 5) == main_character_design("Mina", 5)
    assert "no text" in IMAGE_STYLE


def test_story_fields_for_the_painter() -> None:
    story = write(child_name="Mina", child_age=5, page_count=6)
    assert story.image_style == IMAGE_STYLE
    assert story.main_character_design.startswith("Mina, a 5-year-old child with ")
    assert DESIGN.match(story.main_character_design)


def test_the_design_comes_first_and_the_story_keeps_to_it() -> None:
    request = StoryCreate.model_validate(
        {**BASE, "child_name": "Mina", "child_age": 5, "page_count": 6}
    )
    composer = StoryComposer()
    design = composer.design(request)
    story = asyncio.run(composer.write(request, design))
    assert story.main_character_design == design.main_character_design
    assert story.illustration_prefix == design.illustration_prefix
    assert design.cover_scene == story.pages[0].illustration_scene_prompt
    # A design from elsewhere is drawn as given.
    other = design.model_copy(
        update={"main_character_design": "Mina in a red cape", "illustration_prefix": "P."}
    )
    story = asyncio.run(composer.write(request, other))
    assert story.main_character_design == "Mina in a red cape"
    assert all(p.illustration_prompt.startswith("P. Scene: ") for p in story.pages)


def test_a_name_that_sounds_like_a_place_or_animal_is_not_drawn_as_one() -> None:
    story = write(child_name="River", page_count=6)
    for page in story.pages:
        assert "River" not in page.illustration_scene_prompt
        assert "the child" in page.illustration_scene_prompt
        assert len(words_of("|".join(SETTINGS), page.illustration_scene_prompt)) == 1


# ---------------------------------------------------------------- the name in each script


@pytest.mark.parametrize(
    ("name", "given", "primary", "secondary", "expected"),
    [
        # A Hangul name in an English book: Revised Romanization.
        ("하린", None, "Korean", "English", {"ko": "하린", "en": "Harin"}),
        # A Latin name in a Japanese book: katakana.
        ("Mina", None, "Japanese", "English", {"ja": "ミナ", "en": "Mina"}),
        # A Latin name in a Korean book: no dependable scheme, so as given ...
        ("Mina", None, "Korean", "English", {"ko": "Mina", "en": "Mina"}),
        # ... unless the parent gives the Korean form.
        ("Mina", {"ko": "미나"}, "Korean", "English", {"ko": "미나", "en": "Mina"}),
        # A Chinese name in a Spanish book: pinyin without tone marks.
        ("小明", None, "Spanish", "Chinese", {"es": "Xiaoming", "zh": "小明"}),
        # A kana name in a French book: Hepburn.
        ("さくら", None, "Japanese", "French", {"ja": "さくら", "fr": "Sakura"}),
        # A kanji name's reading cannot be derived: as given, or as the parent writes it.
        ("陽菜", {"en": "Hina"}, "Japanese", "English", {"ja": "陽菜", "en": "Hina"}),
    ],
)
def test_each_language_writes_the_name_in_its_own_script(
    name: str,
    given: dict[str, str] | None,
    primary: str,
    secondary: str,
    expected: dict[str, str],
) -> None:
    story = write(
        child_name=name,
        child_names=given,
        primary_lang=primary,
        secondary_lang=secondary,
        page_count=6,
    )
    assert story.child_names == expected
    others = {written for written in expected.values()}
    for language, title, texts in (
        (primary, story.title_primary, [p.text_primary for p in story.pages]),
        (secondary, story.title_secondary, [p.text_secondary for p in story.pages]),
    ):
        written = expected[code_of(language)]
        assert written in title
        assert any(written in text for text in texts), "the hero is named on some page"
        for text in [title, *texts]:
            for other in others - {written}:
                if other not in written:
                    assert other not in text, (language, other, text)
            assert_script(text, language, written)
        for page in story.pages:
            for entry in page.vocabulary:
                for other in others:
                    assert other not in f"{entry.definition_primary}{entry.definition_secondary}"
    # The illustration prompts are English: the Latin form when one exists.
    assert story.main_character_design.startswith(f"{expected.get('en', name)},") or (
        "en" not in expected
    )


def test_the_design_writes_a_latin_name_for_the_painter() -> None:
    story = write(child_name="하린", primary_lang="Korean", secondary_lang="Japanese")
    assert story.child_names == {"ko": "하린", "ja": "하린"}  # Hangul -> Japanese: no scheme
    assert story.main_character_design.startswith("Harin, ")
    assert all("하린" not in page.illustration_prompt for page in story.pages)
