"""The shapes of the composer's data, and the parser of its small text format.

The text tables (`themes.py`, `journey.py`, `lexicon.py`, `cast.py`) are blocks like::

    @forest_path
    set: forest
    scene: walking along a winding path under tall trees
    vocab: forest tree path
    en: The path led into a quiet forest. | Leaves rustled softly overhead.
    ko: ...

`@key` starts a block; each other line is `field: value`. A language line holds the short
text (ages 2-5), then ` | ` and the detail sentence added for older children. Keeping all
eight languages of one beat side by side is what keeps the translations faithful.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from moretale_contracts.scenes import SETTINGS, TIMES
from story_service.writers.composer_lang import LANG_CODES

_FIELD = re.compile(r"[a-z][a-z0-9_.]*")


@dataclass(frozen=True)
class Beat:
    """One page's worth of story in all eight languages.

    `setting` None means the page stays where the previous page was. `time` pins the time of
    day when the text names it. `vocab` lists lexicon keys that may appear on the page
    (`@c` is the companion's species, `@h` the helper's). `extra` holds optional sentences,
    e.g. the generic plot's theme sentence (`t`) and its fallback (`t0`).
    """

    key: str
    setting: str | None
    time: str | None
    scene: str
    vocab: tuple[str, ...]
    tags: frozenset[str]
    rank: int
    text: dict[str, tuple[str, str]]
    extra: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Entry:
    """A lexicon concept: its word(s) in each language and a one-sentence definition.

    The first word is the one shown; the others are forms the page text may use instead
    (German plurals with umlaut, a Korean honorific, ...).
    """

    key: str
    words: dict[str, tuple[str, ...]]
    definitions: dict[str, str]


@dataclass(frozen=True)
class Species:
    """A companion or helper animal (or the default child friend) in all languages.

    `names` is the companion's given name per language (transliterated, so every text stays
    in its own script); `forms` the noun phrases templates ask for; `scene` the English noun
    phrase for the illustration prompt; `keywords` the words that recognise it in a wish.
    """

    key: str
    names: dict[str, str]
    scene: str
    forms: dict[str, dict[str, str]]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class ThemeSpec:
    """How a theme's plot is laid out.

    `world` picks the journey episodes (land, sea or sky) and the way home; `arc` the run of
    times of day; `helpers` the helper species in order of preference (the first one that is
    not the companion); `defaults` the companions used when the wish names none; `skip` the
    shared beats that do not fit the plot; `return_first` puts the way home before the
    solution (the plot resolves back home).
    """

    key: str
    intro: str
    world: str
    arc: str
    helpers: tuple[str, ...]
    defaults: tuple[str, ...]
    keywords: tuple[str, ...]
    skip: frozenset[str] = frozenset()
    return_first: bool = False


def parse_blocks(text: str, source: str) -> dict[str, dict[str, str]]:
    """Parse the block format above into `{key: {field: value}}`; raise on any malformed line."""
    blocks: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key = line[1:].strip()
            if not key or key in blocks:
                raise ValueError(f"{source}:{lineno}: empty or duplicate block {key!r}")
            current = blocks[key] = {}
            continue
        name, sep, value = line.partition(": ")
        if current is None or not sep or not _FIELD.fullmatch(name) or name in current:
            raise ValueError(f"{source}:{lineno}: bad line {line[:60]!r}")
        current[name] = value.strip()
    return blocks


def _require_langs(key: str, fields: dict[str, str], source: str) -> None:
    missing = [code for code in LANG_CODES if not fields.get(code)]
    if missing:
        raise ValueError(f"{source}: block {key!r} lacks {', '.join(missing)}")


def build_beats(blocks: dict[str, dict[str, str]], source: str) -> dict[str, Beat]:
    """Beats from parsed blocks; every beat needs all eight languages, short | detail."""
    beats: dict[str, Beat] = {}
    for key, fields in blocks.items():
        _require_langs(key, fields, source)
        setting = fields.get("set", "-")
        time = fields.get("time")
        if setting != "-" and setting not in SETTINGS:
            raise ValueError(f"{source}: {key}: unknown setting {setting!r}")
        if time is not None and time not in TIMES:
            raise ValueError(f"{source}: {key}: unknown time {time!r}")
        text: dict[str, tuple[str, str]] = {}
        for code in LANG_CODES:
            short, _, detail = fields[code].partition(" | ")
            text[code] = (short.strip(), detail.strip())
        extra: dict[str, dict[str, str]] = {}
        for name, value in fields.items():
            code, dot, label = name.partition(".")
            if dot and code in LANG_CODES:
                extra.setdefault(label, {})[code] = value
        for label, by_lang in extra.items():
            _require_langs(f"{key}.{label}", by_lang, source)
        beats[key] = Beat(
            key=key,
            setting=None if setting == "-" else setting,
            time=time,
            scene=fields.get("scene", ""),
            vocab=tuple(fields.get("vocab", "").split()),
            tags=frozenset(fields.get("tags", "").split()),
            rank=int(fields.get("rank", "0")),
            text=text,
            extra=extra,
        )
    return beats


def build_lexicon(blocks: dict[str, dict[str, str]], source: str) -> dict[str, Entry]:
    """Lexicon entries: `xx: word[/other form...] | definition` in every language."""
    entries: dict[str, Entry] = {}
    for key, fields in blocks.items():
        _require_langs(key, fields, source)
        words: dict[str, tuple[str, ...]] = {}
        definitions: dict[str, str] = {}
        for code in LANG_CODES:
            word, sep, definition = fields[code].partition(" | ")
            if not sep or not definition.strip():
                raise ValueError(f"{source}: {key}.{code}: needs 'word | definition'")
            words[code] = tuple(w.strip() for w in word.split("/") if w.strip())
            definitions[code] = definition.strip()
        entries[key] = Entry(key=key, words=words, definitions=definitions)
    return entries


def build_texts(blocks: dict[str, dict[str, str]], source: str) -> dict[str, dict[str, str]]:
    """Single sentences (titles, skills, descriptions) keyed by block, then language.

    Non-language fields (e.g. `scene`) are kept under their own names.
    """
    texts: dict[str, dict[str, str]] = {}
    for key, fields in blocks.items():
        _require_langs(key, fields, source)
        texts[key] = dict(fields)
    return texts
