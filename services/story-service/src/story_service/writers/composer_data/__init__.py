"""The offline composer's text tables, parsed once at import.

`BEATS` holds every page-sized piece of story (theme plots, shared framework beats and
journey episodes) keyed by name; `TEXTS` single sentences (titles, skills, descriptions);
`LEXICON` the vocabulary concepts; `SPECIES` and `THEMES` the cast and the plot layouts.
Import fails loudly if a table is malformed, so a broken edit never reaches a book.
"""

from __future__ import annotations

from story_service.writers.composer_data import cast, journey, lexicon, themes
from story_service.writers.composer_data.model import (
    SETTINGS,
    TIMES,
    Beat,
    Entry,
    Species,
    ThemeSpec,
    build_beats,
    build_lexicon,
    build_texts,
    parse_blocks,
)

__all__ = [
    "BEATS",
    "EPISODES",
    "INTRO_VOCAB",
    "LEXICON",
    "SETTINGS",
    "SPECIES",
    "TEXTS",
    "THEMES",
    "TIMES",
    "Beat",
    "Entry",
    "Species",
    "ThemeSpec",
]


_Blocks = dict[str, dict[str, str]]


def _split(blocks: _Blocks) -> tuple[_Blocks, _Blocks]:
    """Separate page beats from single-sentence blocks (titles, intros, traits)."""
    singles = ("title.", "intro.", "trait.", "skill.", "desc.")
    beats = {k: v for k, v in blocks.items() if not k.startswith(singles)}
    texts = {k: v for k, v in blocks.items() if k.startswith(singles)}
    return beats, texts


_theme_blocks = parse_blocks(themes.TEXT, "themes.TEXT")
_journey_blocks = parse_blocks(journey.TEXT, "journey.TEXT")
_theme_beats, _theme_texts = _split(_theme_blocks)

BEATS: dict[str, Beat] = {
    **build_beats(_theme_beats, "themes.TEXT"),
    **build_beats(_journey_blocks, "journey.TEXT"),
}
TEXTS: dict[str, dict[str, str]] = {
    **build_texts(_theme_texts, "themes.TEXT"),
    **build_texts(parse_blocks(cast.SKILLS, "cast.SKILLS"), "cast.SKILLS"),
    **build_texts(parse_blocks(journey.DESCRIPTIONS, "journey.DESCRIPTIONS"), "descriptions"),
}
# The intro blocks are sentences with a vocabulary line; keep their vocab with them.
INTRO_VOCAB: dict[str, tuple[str, ...]] = {
    key: tuple(fields.get("vocab", "").split())
    for key, fields in _theme_texts.items()
    if key.startswith("intro.")
}
LEXICON: dict[str, Entry] = build_lexicon(parse_blocks(lexicon.TEXT, "lexicon.TEXT"), "lexicon")
SPECIES: dict[str, Species] = cast.SPECIES
THEMES: dict[str, ThemeSpec] = cast.THEMES
EPISODES: tuple[Beat, ...] = tuple(beat for key, beat in BEATS.items() if key.startswith("ep."))


def _check() -> None:
    """Cross-table consistency: every vocab key is in the lexicon, every theme is complete."""
    known = set(LEXICON) | {"@c", "@h"}
    for beat in BEATS.values():
        missing = set(beat.vocab) - known
        if missing:
            raise ValueError(f"beat {beat.key!r}: unknown vocab {sorted(missing)}")
    for key, vocab in INTRO_VOCAB.items():
        if set(vocab) - known:
            raise ValueError(f"{key}: unknown vocab {sorted(set(vocab) - known)}")
    for species in SPECIES:
        if species not in LEXICON or f"skill.{species}" not in TEXTS:
            raise ValueError(f"species {species!r} lacks a lexicon entry or a skill")
    for theme in THEMES.values():
        for part in ("opening", "problem", "turn", "solution", "ending"):
            if f"{theme.key}.{part}" not in BEATS:
                raise ValueError(f"theme {theme.key!r} lacks its {part}")
        if f"title.{theme.key}" not in TEXTS or f"intro.{theme.intro}" not in TEXTS:
            raise ValueError(f"theme {theme.key!r} lacks a title or intro")
        if theme.world != "land" and f"{theme.key}.transition" not in BEATS:
            raise ValueError(f"theme {theme.key!r} lacks its transition")


_check()
