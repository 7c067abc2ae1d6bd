"""The offline story composer: a whole bilingual picture book without a network or a key.

`StoryComposer` is the embedded default `StoryWriter`. It assembles a book from hand-written
beats in eight languages (see `composer_data`):

1. Read the request: the theme picks a plot (friendship, courage, ... or a generic plot that
   quotes the theme), the wish picks a companion (a dragon, a cat, ... or a child friend),
   the age picks how much text each page gets.
2. Lay out the arc for exactly `page_count` pages: opening, problem, journey episodes, turn,
   solution, way home, warm ending; shared beats and episodes fill longer books.
3. Give each page a setting and a time of day that move forward through the story.
4. Render every page in both languages with the child's name as that language writes it
   (`story_service.names`), the companion and the helper inflected for each language, pick
   the page's vocabulary (words found on the page through their inflection) and write the
   English scene.

Every choice is seeded from a hash of the request, so the same request gives the same book.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from functools import lru_cache

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import resolve_language
from moretale_contracts.story import BookDesign, Story, StoryPage, VocabularyEntry
from story_service.names import book_names, name_in
from story_service.writers.composer_data import (
    BEATS,
    EPISODES,
    INTRO_VOCAB,
    LEXICON,
    SPECIES,
    TEXTS,
    THEMES,
    TIMES,
    Beat,
    Entry,
    Species,
    ThemeSpec,
)
from story_service.writers.composer_lang import (
    Ref,
    fits_language,
    has_han,
    has_hangul,
    has_kana,
    join_sentences,
    name_forms,
)
from story_service.writers.design import book_design, character_of
from story_service.writers.vocabulary import appears

__all__ = [
    "IMAGE_STYLE",
    "StoryComposer",
    "compose_story",
    "find_companion",
    "find_theme",
    "find_word",
]

AUTHOR = "MoreTale"
IMAGE_STYLE = (
    "soft watercolor children's picture book illustration, warm pastel palette, gentle light, "
    "no text."
)

SETTING_PHRASES: dict[str, str] = {
    "forest": "in the forest",
    "meadow": "in a meadow",
    "beach": "on the beach",
    "ocean": "underwater in the ocean",
    "mountain": "on a mountain",
    "village": "in the village",
    "castle": "at an old castle",
    "garden": "in the garden",
    "bedroom": "in a cozy bedroom",
    "school": "at school",
    "sky": "high in the sky among the clouds",
    "space": "in outer space",
    "river": "by a river",
    "cave": "in a cave",
    "park": "in the park",
    "kitchen": "in a cozy kitchen",
}
TIME_PHRASES: dict[str, str] = {
    "morning": "in the morning",
    "noon": "at noon",
    "afternoon": "in the afternoon",
    "sunset": "at sunset",
    "evening": "in the evening",
    "night": "at night",
}
# The run of times of day over a book; pinned beats (a text that says "that night") win.
ARCS: dict[str, tuple[str, ...]] = {
    "day": ("morning", "morning", "noon", "afternoon", "afternoon", "sunset"),
    "night": ("evening", "night", "night"),
}
# Settings where a sentence about the sun or the sky overhead would be out of place.
_INDOOR = frozenset({"cave", "bedroom", "kitchen", "ocean", "space", "castle"})

# Shared beats a longer book adds, in order; "E" is one more journey episode. A 4-page book
# is opening, problem, solution, ending; each extra page takes the next item here.
_OPTIONAL: tuple[str, ...] = (
    "turn",
    "transition",
    "setout",
    "home",
    "E",
    "skill",
    "wayhome",
    "daily",
    "celebrate",
    "E",
    "rest",
)

# The age in words, ages 2 to 12 (Korean counts years with native numerals: 다섯 살).
AGE_WORDS: dict[str, tuple[str, ...]] = {
    code: tuple(words.split("|"))
    for code, words in {
        "en": "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
        "ko": "두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두",
        "ja": "2|3|4|5|6|7|8|9|10|11|12",
        "zh": "两|三|四|五|六|七|八|九|十|十一|十二",
        "es": "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
        "vi": "hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một|mười hai",
        "fr": "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze",
        "de": "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf",
    }.items()
}
_QUOTES: dict[str, str] = {
    "en": "“{}”",
    "ko": "‘{}’",
    "ja": "「{}」",
    "zh": "“{}”",
    "es": "«{}»",
    "vi": "“{}”",
    "fr": "« {} »",
    "de": "„{}“",
}

# Words the procedural painter reads as a setting, a time or a companion. A child named
# "Robin" or "Sky" is "the child" in scene prompts, so the name is not drawn as a bird or a sky.
_PAINTER_WORDS = re.compile(
    r"(?<![\w-])("
    + "|".join(
        (
            *SETTING_PHRASES,
            *TIME_PHRASES,
            *(key for key in SPECIES),
            "kitten|kitty|puppy|doggy|bunny|hare|teddy|sparrow|robin|dino|t-rex|tortoise",
            "buddy|children|kids|dawn|dusk|midnight|sunrise",
        )
    )
    + r")s?(?![\w-])",
    re.IGNORECASE,
)


class StoryComposer:
    """Offline StoryWriter: no network, no key.

    Deterministic (the same request always gives the same Story) and fast (a 32-page book
    takes a few milliseconds), pure Python: the child's name in each script comes from
    `story_service.names`, the words' inflections from `writers.vocabulary`.
    """

    def __init__(self, model: str = "moretale-composer") -> None:
        self.model = model

    def design(self, request: StoryCreate) -> BookDesign:
        """The composer's look for this request; the cover shows the first page's scene (laid
        out, not written: the text is written once, by `write`)."""
        cast, _, pages = _plan(request)
        scene = _scene(pages[0], cast, _scene_subject(name_in("en", request)))
        return book_design(IMAGE_STYLE, character_of(request), scene)

    async def write(self, request: StoryCreate, design: BookDesign) -> Story:
        return compose_story(request, design)


@dataclass(frozen=True)
class _Cast:
    theme: ThemeSpec
    companion: Species
    helper: Species | None
    theme_text: str


@dataclass(frozen=True)
class _Page:
    beat: Beat
    role: str
    setting: str
    time: str
    description: str | None


def compose_story(request: StoryCreate, design: BookDesign | None = None) -> Story:
    """Write the whole book for `request` (the synchronous core of `StoryComposer.write`), in
    `design`, or else in the composer's own."""
    cast, band, pages = _plan(request)
    primary = resolve_language(request.primary_lang)
    secondary = resolve_language(request.secondary_lang)
    names = book_names(request)
    p_slots = _slots(primary.code, cast, request, names[primary.code])
    s_slots = _slots(secondary.code, cast, request, names[secondary.code])

    if design is None:
        design = book_design(IMAGE_STYLE, character_of(request), "-")
    prefix = design.illustration_prefix
    subject = _scene_subject(name_in("en", request))
    used: set[str] = set()
    story_pages: list[StoryPage] = []
    for number, page in enumerate(pages, 1):
        text_p = _render_page(page, cast, band, primary.code, p_slots)
        text_s = _render_page(page, cast, band, secondary.code, s_slots)
        scene = _scene(page, cast, subject)
        pair = ((primary.code, text_p), (secondary.code, text_s))
        words = _vocabulary(page, cast, band, *pair, used)
        story_pages.append(
            StoryPage(
                page_number=number,
                text_primary=text_p,
                text_secondary=text_s,
                illustration_prompt=f"{prefix} Scene: {scene}",
                illustration_scene_prompt=scene,
                vocabulary=words,
            )
        )

    title = TEXTS[f"title.{cast.theme.key}"]
    return Story(
        title_primary=title[primary.code].format_map(p_slots),
        title_secondary=title[secondary.code].format_map(s_slots),
        author_name=AUTHOR,
        primary_language=primary.name,
        secondary_language=secondary.name,
        image_style=design.image_style,
        main_character_design=design.main_character_design,
        illustration_prefix=prefix,
        pages=story_pages,
        child_names=names,
    )


# ---------------------------------------------------------------- reading the request


def _plan(request: StoryCreate) -> tuple[_Cast, int, list[_Page]]:
    """Cast and page layout, seeded from the request: the same request, the same plan."""
    rng = random.Random(_seed(request))
    cast = _choose_cast(request, rng)
    band = _age_band(request.child_age)
    return cast, band, _lay_out(cast, request.page_count, band, rng)


def _seed(request: StoryCreate) -> int:
    fields = (
        request.child_name,
        str(request.child_age),
        request.primary_lang,
        request.secondary_lang,
        request.theme,
        request.extra_prompt,
        str(request.page_count),
    )
    digest = hashlib.sha256("\x1f".join(fields).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def _age_band(age: int) -> int:
    """0 for ages 2-5 (short text), 1 for 6-8 (plus a detail), 2 for 9-12 (plus description)."""
    return 0 if age <= 5 else 1 if age <= 8 else 2


@lru_cache(maxsize=4096)
def _keyword_pattern(keyword: str) -> re.Pattern[str] | None:
    """A regex for a keyword, or None when plain substring search is right (CJK words)."""
    if keyword.startswith("="):
        # A short Korean word that counts only on its own or before a particle.
        word = re.escape(keyword[1:])
        return re.compile(rf"(?<![가-힣]){word}(?=$|[^가-힣]|[이가을를은는와과도랑의에])")
    if has_hangul(keyword) or has_kana(keyword) or has_han(keyword):
        return None
    return re.compile(rf"(?<!\w){re.escape(keyword)}(?:s|es|e|en|n)?(?!\w)", re.IGNORECASE)


def _first_position(text: str, keywords: tuple[str, ...]) -> tuple[int, int] | None:
    """(position, -length) of the earliest, longest keyword found in `text`, or None."""
    best: tuple[int, int] | None = None
    for keyword in keywords:
        pattern = _keyword_pattern(keyword)
        if pattern is None:
            pos = text.find(keyword)
            found = None if pos < 0 else (pos, -len(keyword))
        else:
            match = pattern.search(text)
            found = None if match is None else (match.start(), -len(match.group(0)))
        if found is not None and (best is None or found < best):
            best = found
    return best


def find_theme(theme: str) -> ThemeSpec:
    """The plot for a free-text theme in any of the eight languages (generic if none fits)."""
    text = theme.casefold()
    for spec in THEMES.values():
        if spec.keywords and _first_position(text, spec.keywords) is not None:
            return spec
    return THEMES["generic"]


def find_companion(wish: str) -> str | None:
    """The companion species a wish names, in any language; the first one mentioned wins.

    Animals win over a plain "friend" ("a dragon friend" is a dragon). None if nothing fits.
    """
    text = wish.casefold()
    hits = []
    for key, species in SPECIES.items():
        position = _first_position(text, species.keywords)
        if position is not None:
            hits.append((key == "friend", position, key))
    return min(hits)[2] if hits else None


def _choose_cast(request: StoryCreate, rng: random.Random) -> _Cast:
    theme = find_theme(request.theme)
    wish = request.extra_prompt.strip()
    key = find_companion(wish) if wish else None
    if key is None:
        # No wish: a companion that suits the theme. A wish we cannot place: a child friend,
        # rather than quoting the parent's words into languages they were not written in.
        key = theme.defaults[rng.randrange(len(theme.defaults))] if not wish else "friend"
    helper = next((SPECIES[h] for h in theme.helpers if h != key), None)
    theme_text = request.theme.strip().strip("\"'“”‘’«»「」„")
    return _Cast(theme, SPECIES[key], helper, theme_text or request.theme)


# ---------------------------------------------------------------- laying out the arc


def _lay_out(cast: _Cast, page_count: int, band: int, rng: random.Random) -> list[_Page]:
    theme = cast.theme
    chosen: set[str] = set()
    episodes = 0
    extra = page_count - 4
    for item in _OPTIONAL:
        if extra <= 0:
            break
        if item in theme.skip or (item == "transition" and theme.world == "land"):
            continue
        if item == "E":
            episodes += 1
        else:
            chosen.add(item)
        extra -= 1
    episodes += extra

    keys = _arc_keys(theme, chosen, _pick_episodes(theme, episodes, rng))
    if len(keys) != page_count:  # pragma: no cover - guarded by the tests over all themes
        raise RuntimeError(f"laid out {len(keys)} pages for {page_count}")
    beats = [BEATS[key] for key in keys]
    settings = _settings(beats)
    times = _times(beats, ARCS[theme.arc])
    descriptions = _descriptions(settings, times, rng) if band == 2 else [None] * len(beats)
    return [
        _Page(beat, _role(beat.key, theme.key), setting, time, desc)
        for beat, setting, time, desc in zip(beats, settings, times, descriptions, strict=True)
    ]


def _pick_episodes(theme: ThemeSpec, count: int, rng: random.Random) -> list[Beat]:
    """`count` distinct episodes: the theme's own world first, then land ones, in route order."""
    land = [e for e in EPISODES if not e.tags & {"sea", "sky"}]
    if theme.arc == "night":
        land = [e for e in land if "day" not in e.tags]
    world = [e for e in EPISODES if theme.world in e.tags] if theme.world != "land" else []
    picked_world = rng.sample(world, min(count, len(world)))
    if count - len(picked_world) > len(land):  # pragma: no cover - data guard
        raise RuntimeError(f"not enough episodes for theme {theme.key!r}")
    picked_land = rng.sample(land, count - len(picked_world))
    return sorted(picked_land, key=lambda e: e.rank) + sorted(
        picked_world, key=lambda e: ("pre" not in e.tags, e.rank)
    )


def _arc_keys(theme: ThemeSpec, chosen: set[str], episodes: list[Beat]) -> list[str]:
    t = theme.key
    world = theme.world
    before = [e.key for e in episodes if not e.tags & {"sea", "sky"} or "pre" in e.tags]
    after = [e.key for e in episodes if e.key not in before]
    journey = list(before)
    if "transition" in chosen:
        journey.append(f"{t}.transition")
    journey += after
    if "skill" in chosen:
        journey.insert(min(len(journey), max(1, len(journey) // 3)), "skill")
    if "rest" in chosen:
        if world == "land":
            at = (2 * len(journey) + 2) // 3
        else:
            start = journey.index(f"{t}.transition") + 1
            at = start + (len(journey) - start) // 2
        journey.insert(at, f"rest.{world}")
    if "turn" in chosen:
        journey.append(f"{t}.turn")

    keys = [f"{t}.opening"]
    if "daily" in chosen:
        keys.append("daily")
    keys.append(f"{t}.problem")
    if "setout" in chosen:
        keys.append(f"{t}.setout" if f"{t}.setout" in BEATS else "setout")
    keys += journey
    way_home = [f"wayhome.{world}"] if "wayhome" in chosen else []
    celebrate = ["celebrate"] if "celebrate" in chosen else []
    if theme.return_first:
        keys += [*way_home, f"{t}.solution", *celebrate]
    else:
        keys += [f"{t}.solution", *celebrate, *way_home]
    if "home" in chosen:
        keys.append("home")
    keys.append(f"{t}.ending")
    return keys


def _role(key: str, theme: str) -> str:
    prefix = f"{theme}."
    return key[len(prefix) :] if key.startswith(prefix) else key.split(".")[0]


def _settings(beats: list[Beat]) -> list[str]:
    settings: list[str] = []
    for beat in beats:
        settings.append(beat.setting or (settings[-1] if settings else "village"))
    return settings


def _times(beats: list[Beat], arc: tuple[str, ...]) -> list[str]:
    """Times of day that never go backwards: the arc's run, bounded by the pinned beats."""
    order = {time: i for i, time in enumerate(TIMES)}
    count = len(beats)
    pins = [order[b.time] if b.time else None for b in beats]
    result: list[str] = []
    for i in range(count):
        position = round(i * (len(arc) - 1) / max(1, count - 1))
        value = order[arc[position]]
        lower = max((p for p in pins[: i + 1] if p is not None), default=0)
        upper = min((p for p in pins[i:] if p is not None), default=len(TIMES) - 1)
        pin = pins[i]
        result.append(TIMES[pin if pin is not None else min(max(value, lower), max(lower, upper))])
    return result


def _descriptions(settings: list[str], times: list[str], rng: random.Random) -> list[str | None]:
    """A richer sentence for each page of a 9-12 book, never the same one twice."""
    moods = [key for key in TEXTS if key.startswith("desc.mood.")]
    rng.shuffle(moods)
    used: set[str] = set()
    chosen: list[str | None] = []
    for setting, time in zip(settings, times, strict=True):
        candidates = [f"desc.{setting}.1", f"desc.{setting}.2"]
        if setting not in _INDOOR or time in ("evening", "night"):
            candidates.append(f"desc.time.{time}")
        pick = next((c for c in (*candidates, *moods) if c in TEXTS and c not in used), None)
        if pick:
            used.add(pick)
        chosen.append(pick)
    return chosen


# ---------------------------------------------------------------- rendering


def _slots(lang: str, cast: _Cast, request: StoryCreate, name: str) -> dict[str, object]:
    """The template slots of one language; `name` is the child's name as `lang` writes it."""
    companion = cast.companion
    slots: dict[str, object] = {
        "n": Ref(name, lang, name_forms(name, lang)),
        "c": Ref(
            companion.names[lang],
            lang,
            {**name_forms(companion.names[lang], lang), **companion.forms[lang]},
        ),
        "age": AGE_WORDS[lang][request.child_age - 2],
        "t": _QUOTES[lang].format(cast.theme_text),
    }
    if cast.helper is not None:
        forms = cast.helper.forms[lang]
        slots["h"] = Ref(forms.get("the") or forms["nom"], lang, forms)
    slots["skill"] = TEXTS[f"skill.{companion.key}"][lang].format_map(slots)
    return slots


def _render_page(page: _Page, cast: _Cast, band: int, lang: str, slots: dict[str, object]) -> str:
    beat = page.beat
    generic = cast.theme.key == "generic"
    theme_fits = fits_language(cast.theme_text, lang)
    parts: list[str] = []
    if page.role == "opening":
        parts.append(TEXTS[f"intro.{cast.theme.intro}"][lang].format_map(slots))
        if cast.companion.key == "whale" and cast.theme.world != "sea":
            parts.append(TEXTS["trait.whale"][lang].format_map(slots))
        if generic:
            parts.append(beat.extra["t" if theme_fits else "t0"][lang].format_map(slots))
    short, detail = beat.text[lang]
    parts.append(short.format_map(slots))
    if band >= 1 and detail:
        parts.append(detail.format_map(slots))
    if page.role == "ending" and generic:
        parts.append(beat.extra["t" if theme_fits else "t0"][lang].format_map(slots))
    if page.description:
        parts.append(TEXTS[page.description][lang].format_map(slots))
    return join_sentences(lang, parts)


def find_word(entry: Entry, lang: str, text: str) -> str | None:
    """The form of `entry` that appears in `text` (in `lang`, inflection allowed), or None."""
    return next((form for form in entry.words[lang] if appears(form, text, lang)), None)


def _vocabulary(
    page: _Page,
    cast: _Cast,
    band: int,
    first: tuple[str, str],
    second: tuple[str, str],
    used: set[str],
) -> list[VocabularyEntry]:
    """2 to 4 words that appear on the page in both languages, new words first.

    `first` and `second` are (language code, page text); `used` collects the book's words.
    """
    (primary, text_p), (secondary, text_s) = first, second
    keys = list(page.beat.vocab)
    if page.role == "opening":
        # The companion is the first word a child meets in the book.
        keys = [*INTRO_VOCAB[f"intro.{cast.theme.intro}"], *keys]
    species = {"@c": cast.companion.key, "@h": cast.helper.key if cast.helper else None}
    found: list[tuple[str, str, str]] = []
    for key in dict.fromkeys(species.get(k, k) for k in keys):
        if key is None:
            continue
        word_p = find_word(LEXICON[key], primary, text_p)
        word_s = find_word(LEXICON[key], secondary, text_s)
        if word_p and word_s:
            found.append((key, word_p, word_s))
    found.sort(key=lambda item: item[0] in used)  # stable: page order within each group
    limit = (2, 3, 4)[band]
    entries = []
    for key, word_p, word_s in found[:limit]:
        used.add(key)
        entry = LEXICON[key]
        entries.append(
            VocabularyEntry(
                word_primary=word_p,
                word_secondary=word_s,
                definition_primary=entry.definitions[primary],
                definition_secondary=entry.definitions[secondary],
            )
        )
    return entries


# ---------------------------------------------------------------- illustration


def _scene_subject(name: str) -> str:
    return "the child" if _PAINTER_WORDS.search(name) else name


def _scene(page: _Page, cast: _Cast, subject: str) -> str:
    """The English scene: where and when first, then who, then what they are doing.

    The painter takes the earliest setting and time words it finds, so naming them first
    keeps a "pond" or a "rocket" later in the action from moving the picture elsewhere.
    """
    if page.role == "skill":
        action = TEXTS[f"skill.{cast.companion.key}"]["scene"]
    else:
        helper = cast.helper.scene if cast.helper else "a friend"
        action = page.beat.scene.format(h=helper)
    where = SETTING_PHRASES[page.setting]
    who = f"{subject} and {cast.companion.scene}"
    return f"{where[0].upper()}{where[1:]}, {TIME_PHRASES[page.time]}, {who} {action}."
