"""Language helpers for the offline composer: grammar slots, Korean particles and scripts.

The composer's templates are plain `str.format` strings. A name or a noun is passed in as a
`Ref`, so a template can ask for the grammatical form it needs: `{n.i}` gives a Korean name
with the right subject particle (`미나가` / `민준이`), `{c.the}` the definite noun phrase,
`{h.a_acc}` a German indefinite accusative, `{n.de}` a French `de Mina` / `d'Emma`.
"""

from __future__ import annotations

import unicodedata

LANG_CODES: tuple[str, ...] = ("ko", "en", "ja", "zh", "es", "vi", "fr", "de")
LATIN_CODES: frozenset[str] = frozenset({"en", "es", "vi", "fr", "de"})
# Japanese and Chinese sentences follow each other without a space.
_NO_SPACE: frozenset[str] = frozenset({"ja", "zh"})

# (with final consonant, without final consonant)
_KO_PARTICLES: dict[str, tuple[str, str]] = {
    "i": ("이", "가"),
    "eun": ("은", "는"),
    "eul": ("을", "를"),
    "wa": ("과", "와"),
    "ya": ("아", "야"),
    "ran": ("이라는", "라는"),
    "rang": ("이랑", "랑"),
    "ieyo": ("이에요", "예요"),
    "ro": ("으로", "로"),
}
_RIEUL = 8  # jongseong index of ㄹ, which takes 로 rather than 으로


def join_sentences(lang: str, parts: list[str]) -> str:
    """Join sentences the way the language writes them (no spaces in Japanese and Chinese)."""
    sep = "" if lang in _NO_SPACE else " "
    return sep.join(part.strip() for part in parts if part and part.strip())


def _final_consonant(word: str) -> int:
    """The final consonant (jongseong index, 0 = none) of how the word ends when read aloud.

    Hangul is exact. Other scripts are guessed: a Latin name ending in l/m/n/ng/ck is read
    with a final consonant in Korean (Ben → 벤이, Jack → 잭이); a kana name ending in ん too.
    """
    stripped = word.rstrip(" .!?')\"”’")
    if not stripped:
        return 0
    last = stripped[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28
    if last in "んン":
        return 4
    lower = stripped.lower()
    if lower.endswith("ng"):
        return 21
    if lower.endswith("ck"):
        return 1
    if lower[-1] == "l":
        return _RIEUL
    if lower[-1] in "mn":
        return 16 if lower[-1] == "m" else 4
    return 0


def ko_particle(word: str, kind: str) -> str:
    """`word` followed by the Korean particle `kind` (see `_KO_PARTICLES`) chosen by its ending."""
    with_final, without_final = _KO_PARTICLES[kind]
    final = _final_consonant(word)
    if kind == "ro" and final == _RIEUL:
        return word + without_final
    return word + (with_final if final else without_final)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class Ref:
    """A name or noun phrase a template can inflect: `{x}`, `{x.form}`, `{x.Form}`.

    `text` is what `{x}` prints. `forms` holds language-specific forms (`the`, `a_acc`, ...);
    asking for a form with a capital first letter capitalises it for the start of a sentence.
    In Korean, the particle names of `_KO_PARTICLES` attach the right particle to `text`.
    """

    __slots__ = ("forms", "lang", "text")

    def __init__(self, text: str, lang: str, forms: dict[str, str] | None = None) -> None:
        self.text = text
        self.lang = lang
        self.forms = forms or {}

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self.forms:
            return self.forms[name]
        lowered = name[:1].lower() + name[1:]
        if lowered != name and lowered in self.forms:
            return _capitalize(self.forms[lowered])
        if self.lang == "ko" and name in _KO_PARTICLES:
            return ko_particle(self.text, name)
        raise AttributeError(f"no form {name!r} for {self.text!r} in {self.lang}")


def name_forms(name: str, lang: str) -> dict[str, str]:
    """The forms of the child's name a template may need beyond the name itself."""
    if lang == "en":
        return {"s": name + ("'" if name.endswith("s") else "'s")}
    if lang == "de":
        # German genitive: Minas, but Max' and Hans'.
        return {"gen": name + ("'" if name[-1:].lower() in "sßxz" else "s")}
    if lang == "fr":
        elide = unicodedata.normalize("NFD", name[:1]).lower()[:1] in "aeiouy"
        return {"de": ("d'" if elide else "de ") + name}
    return {}


def has_hangul(text: str) -> bool:
    return any("가" <= ch <= "힣" or "ᄀ" <= ch <= "ᇿ" or "㄰" <= ch <= "㆏" for ch in text)


def has_kana(text: str) -> bool:
    return any("぀" <= ch <= "ヿ" or "ㇰ" <= ch <= "ㇿ" for ch in text)


def has_han(text: str) -> bool:
    return any("一" <= ch <= "鿿" or "㐀" <= ch <= "䶿" for ch in text)


def fits_language(text: str, lang: str) -> bool:
    """Whether raw user text can be quoted inside a sentence of `lang` without mixing scripts
    that do not belong together (Latin fits anywhere; Hangul only Korean; kana only Japanese;
    Han only Chinese and Japanese)."""
    hangul, kana, han = has_hangul(text), has_kana(text), has_han(text)
    if lang == "ko":
        return not (kana or han)
    if lang == "ja":
        return not hangul
    if lang == "zh":
        return not (hangul or kana)
    return not (hangul or kana or han)
