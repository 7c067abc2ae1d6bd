"""The languages a book can be written in, and how clients may name them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One supported language.

    `name` is the canonical form stored in stories and events ("Korean"); `slug` names the
    audio folder in the storage layout (`01_korean`); `espeak_voice` and `script` let workers
    pick a voice and check that text is in the right script without a table of their own.
    """

    code: str
    name: str
    native_name: str
    slug: str
    script: str
    espeak_voice: str


LANGUAGES: tuple[Language, ...] = (
    Language("ko", "Korean", "한국어", "korean", "Hangul", "ko"),
    Language("en", "English", "English", "english", "Latin", "en-us"),
    Language("ja", "Japanese", "日本語", "japanese", "Japanese", "ja"),
    Language("zh", "Chinese", "中文", "chinese", "Han", "cmn"),
    Language("es", "Spanish", "Español", "spanish", "Latin", "es"),
    Language("vi", "Vietnamese", "Tiếng Việt", "vietnamese", "Latin", "vi"),
    Language("fr", "French", "Français", "french", "Latin", "fr"),
    Language("de", "German", "Deutsch", "german", "Latin", "de"),
)

_ALIASES: dict[str, Language] = {}
for _lang in LANGUAGES:
    for _alias in (_lang.code, _lang.name, _lang.native_name, _lang.slug):
        _ALIASES[_alias.casefold()] = _lang
# Common variants clients send for the same languages.
for _alias, _code in {
    "kor": "ko",
    "ko-kr": "ko",
    "eng": "en",
    "en-us": "en",
    "en-gb": "en",
    "jpn": "ja",
    "ja-jp": "ja",
    "zho": "zh",
    "zh-cn": "zh",
    "zh-hans": "zh",
    "mandarin": "zh",
    "spa": "es",
    "es-es": "es",
    "es-mx": "es",
    "vie": "vi",
    "vi-vn": "vi",
    "fra": "fr",
    "fr-fr": "fr",
    "deu": "de",
    "de-de": "de",
}.items():
    _ALIASES[_alias] = next(lang for lang in LANGUAGES if lang.code == _code)


def resolve_language(value: str) -> Language:
    """Find a language by its English name, native name or ISO code (case-insensitive).

    Raises ValueError naming the accepted values when the language is not supported.
    """
    found = _ALIASES.get(value.strip().casefold().replace("_", "-"))
    if found is None:
        accepted = ", ".join(f"{lang.name} ({lang.code})" for lang in LANGUAGES)
        raise ValueError(f"unsupported language {value!r}; accepted: {accepted}")
    return found


ACCEPTED_NAMES: tuple[str, ...] = tuple(
    sorted({form for lang in LANGUAGES for form in (lang.code, lang.name, lang.native_name)})
)
"""The spellings documented in the API schema (any case and the variants above also work)."""
