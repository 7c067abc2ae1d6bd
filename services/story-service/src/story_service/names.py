"""The child's name as each language of the book writes it.

A picture book writes its hero's name the way each of its languages does: 하린 in the Korean
text, Harin in the English one. For each language of the book, in order:

1. the name the request gives for it in `child_names`;
2. else a given name (`child_name`, or the other language's `child_names` entry) already in
   that language's script;
3. else a form derived by a standard scheme, through a maintained library:
   Hangul → Latin by the Revised Romanization of Korean (`korean-romanizer`), kana → Latin by
   Hepburn as Japanese passports write names (`pykakasi`), Chinese characters → Latin by
   pinyin without tone marks (`pypinyin`), Latin → katakana for Japanese by an English
   reading (`e2k`);
4. else `child_name` as given: no dependable scheme exists (Latin → Hangul or Chinese
   characters, a kanji name → Latin, Hangul → Japanese, ...), so the parent passes that form
   in `child_names` (README: child_names).

A Han-only name in a book with Japanese but not Chinese is read as a Japanese kanji name
(whose reading cannot be derived), otherwise as a Chinese one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import resolve_language

if TYPE_CHECKING:
    from e2k import C2K

LATIN, HANGUL, KANA, HAN = "Latin", "Hangul", "Kana", "Han"
# Which scripts each language writes a name in (a Japanese name may be kana, kanji or both).
_SCRIPTS_OF: dict[str, frozenset[str]] = {
    "Latin": frozenset({LATIN}),
    "Hangul": frozenset({HANGUL}),
    "Japanese": frozenset({KANA, HAN}),
    "Han": frozenset({HAN}),
}
_SCRIPT_OF_LETTER = {
    "LATIN": LATIN,
    "HANGUL": HANGUL,
    "HIRAGANA": KANA,
    "KATAKANA": KANA,
    "KATAKANA-HIRAGANA": KANA,
    "CJK": HAN,
}


def scripts_of(text: str) -> frozenset[str]:
    """The scripts the letters of `text` are written in (Latin, Hangul, Kana, Han)."""
    return frozenset(
        _SCRIPT_OF_LETTER.get(unicodedata.name(ch, "?").split(" ")[0], "other")
        for ch in text
        if ch.isalpha()
    )


def written_in(name: str, code: str) -> bool:
    """Whether `name` is written in a script language `code` writes names in."""
    found = scripts_of(name)
    return bool(found) and found <= _SCRIPTS_OF[resolve_language(code).script]


def book_names(request: StoryCreate) -> dict[str, str]:
    """The child's name in each of the book's two languages, keyed by language code."""
    codes = (
        resolve_language(request.primary_lang).code,
        resolve_language(request.secondary_lang).code,
    )
    return {code: name_in(code, request) for code in codes}


def name_in(code: str, request: StoryCreate) -> str:
    """The child's name as language `code` writes it (the rules in the module docstring).

    `code` need not be one of the book's: the English illustration prompts ask for "en".
    """
    given = request.child_names or {}
    if code in given:
        return given[code]
    sources = [*given.values(), request.child_name]
    for source in sources:
        if written_in(source, code):
            return source
    book = {
        resolve_language(request.primary_lang).code,
        resolve_language(request.secondary_lang).code,
    }
    for source in sources:
        derived = derive(source, code, kanji_names="ja" in book and "zh" not in book)
        if derived:
            return derived
    return request.child_name


@lru_cache(maxsize=1024)
def derive(name: str, code: str, kanji_names: bool = False) -> str | None:
    """`name` written for language `code` by a standard scheme, or None if none applies.

    `kanji_names`: a Han-only name is a Japanese kanji name (no scheme), not a Chinese one.
    Cached: a book asks for the same names several times (design, text, prompts).
    """
    script = resolve_language(code).script
    found = scripts_of(name)
    if script == "Latin":
        if found == {HANGUL}:
            return _words(name, _romanize_korean)
        if found == {KANA}:
            return _words(name, _hepburn)
        if found == {HAN} and not kanji_names:
            return _words(name, _pinyin)
        return None
    if script == "Japanese" and found == {LATIN}:
        return "・".join(_katakana(word) for word in _latin_words(name)) or None
    return None


def _words(name: str, romanize: Callable[[str], str]) -> str | None:
    """Each word of `name` romanized and capitalized (하린 → Harin, 王 小明 → Wang Xiaoming)."""
    words = [romanize(word) for word in name.split()]
    latin = " ".join(word[:1].upper() + word[1:] for word in words if word)
    return latin or None


def _romanize_korean(word: str) -> str:
    from korean_romanizer.romanizer import Romanizer

    return str(Romanizer(word).romanize())


def _hepburn(word: str) -> str:
    return "".join(part["passport"] for part in _kakasi().convert(word))


def _pinyin(word: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(word, style=Style.NORMAL))


def _latin_words(name: str) -> list[str]:
    """The name's words in plain lowercase letters (Léa → lea), what the reading model takes."""
    bare = unicodedata.normalize("NFKD", name)
    letters = "".join(ch if ch.isascii() and ch.isalpha() else " " for ch in bare if ch.isascii())
    return letters.lower().split()


def _katakana(word: str) -> str:
    return str(_reader()(word))


@lru_cache(maxsize=1)
def _kakasi():  # type: ignore[no-untyped-def]
    import pykakasi

    return pykakasi.kakasi()


@lru_cache(maxsize=1)
def _reader() -> C2K:
    """e2k's character-to-katakana model (greedy decoding, so always the same reading)."""
    from e2k import C2K

    return C2K()
