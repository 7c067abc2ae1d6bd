"""Whether a page's vocabulary is true to the page: each word is on it, each definition
defines that word.

Both writers are held to it: the offline composer's tables are checked by a test over every
theme and language pair, and the Gemini writer checks every answer (`page_problems`) and asks
again when a word is not on its page or a definition is about something else.

"On the page" allows the inflection each language has:

- English, Spanish, French, German: the word's Snowball stems (`snowballstemmer`, the
  stemmers of the Snowball project) found as consecutive words of the text, so `tree` is on a
  page that says `trees`, `Baum` on one that says `Bäume`, `amigo` on one that says `amigos`;
  Vietnamese does not inflect: the words themselves, consecutive;
- Korean: a noun followed by nothing but particles (`바다에서`, `친구들과`), so `바다` is not
  on a page that only says `바닷가` (the seaside, another word); a noun of two syllables or
  more also at the end of a compound (`나무다리`); a verb or adjective (ending
  in 다) by its stem and an ending, also where the stem's last syllable contracts with it
  (`달리다` → `달렸어요`, `용감하다` → `용감한`);
- Japanese and Chinese (no spaces, no noun inflection): the word itself; a Japanese word
  ending in kana also by its stem (`はしる` → `はしって`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from moretale_contracts.story import VocabularyEntry

# Snowball's algorithm for each language code that inflects with endings.
_SNOWBALL = {"en": "english", "es": "spanish", "fr": "french", "de": "german"}
# Korean particles (and the copula) that may follow a noun, longest first.
_KO_PARTICLE_LIST = (
    "이 가 을 를 은 는 와 과 도 만 의 에 에서 에게 한테 한테서 께 께서 로 으로 랑 이랑 하고 "
    "처럼 보다 까지 부터 마다 조차 같이 만큼 야 아 이야 이나 나 들 님 요 에는 에서는 "
    "에게는 으로는 로는 에도 에서도 까지도 이다 다 이에요 예요 이었어요 였어요 이었다 였다 "
    "일까요 일까 인가요 이지요 이죠"
)
_KO_PARTICLES = tuple(sorted(_KO_PARTICLE_LIST.split(), key=len, reverse=True))

# Syllables a Korean verb ending starts with after the stem (먹고, 먹는, 먹어요, 먹었다).
_KO_ENDING_STARTS = frozenset("고는은을으니면지게자며기던려세시습아어았었여였요도")
# What follows a contracted stem (해요, 추워요, 와서).
_KO_AFTER_CONTRACTION = frozenset("요서도야워와웠왔")
# Plural and case endings Snowball does not take off short words.
_ENDINGS = frozenset({"s", "es", "x", "e", "n", "en", "er", "nen"})
_HANGUL = re.compile(r"[가-힣]+")
_WORD = re.compile(r"\w+")


def appears(word: str, text: str, code: str) -> bool:
    """Whether `word` (language `code`) is in `text`, allowing that language's inflection."""
    word = word.strip()
    if not word:
        return False
    if code == "ko":
        return _korean_appears(word, text)
    if code in ("ja", "zh"):
        if word in text:
            return True
        stem = word[:-1]
        return code == "ja" and _ends_in_kana(word) and len(stem) >= 1 and stem in text
    wanted = _WORD.findall(word.casefold())
    found, forms = _words_of(text, code)
    if len(wanted) == 1:
        return wanted[0] in forms or _stemmed(wanted[0], code) in forms
    return bool(wanted) and any(
        all(_same_word(w, t, code) for w, t in zip(wanted, found[i:], strict=False))
        for i in range(len(found) - len(wanted) + 1)
    )


def page_problems(
    number: int,
    entries: list[VocabularyEntry],
    text_primary: str,
    text_secondary: str,
    primary: str,
    secondary: str,
) -> list[str]:
    """What is wrong with page `number`'s vocabulary (language codes `primary`, `secondary`):
    a word that is not in its text, a definition that does not name its word."""
    problems = []
    for index, entry in enumerate(entries, start=1):
        name = f"page {number} vocabulary {index}"
        for word, text, definition, code, role in (
            (entry.word_primary, text_primary, entry.definition_primary, primary, "primary"),
            (
                entry.word_secondary,
                text_secondary,
                entry.definition_secondary,
                secondary,
                "secondary",
            ),
        ):
            if not appears(word, text, code):
                problems.append(f"{name}: {word!r} is not in text_{role}")
            elif not appears(word, definition, code):
                problems.append(f"{name}: definition_{role} does not define {word!r}")
    return problems


def _korean_appears(word: str, text: str) -> bool:
    if not _HANGUL.fullmatch(word):
        return word in text  # a phrase with spaces, or a word in another script
    tokens = _HANGUL.findall(text)
    if word.endswith("다") and len(word) >= 2 and _verb_appears(word[:-1], tokens):
        return True
    # A word of two syllables or more may also end a compound (나무다리, a wooden bridge);
    # one syllable may not (물, water, is not in 동물, an animal).
    compound = len(word) >= 2
    for token in tokens:
        start = token.find(word)
        while start >= 0:
            if (start == 0 or compound) and _particles(token[start + len(word) :]):
                return True
            start = token.find(word, start + 1)
    return False


def _verb_appears(stem: str, tokens: list[str]) -> bool:
    """Whether a Korean verb or adjective with this stem is among `tokens`: the stem and an
    ending (`먹고`, `달리면`), or its last syllable contracted with the ending (`달렸어요`,
    `했어요`, `추워요`). A noun ending in 다 (바다) is never read as a verb: `바닷가` has
    neither."""
    head, last = stem[:-1], stem[-1]
    for token in tokens:
        rest = token[len(stem) :]
        if token.startswith(stem) and rest[:1] in _KO_ENDING_STARTS and rest:
            return True
        if len(token) > len(head) and token.startswith(head):
            syllable, after = token[len(head)], token[len(head) + 1 :]
            if syllable != last and _initial(syllable) == _initial(last):
                final = (ord(syllable) - 0xAC00) % 28
                # A past ending (했, 렸, 갔) always; a modifier or formal ending (용감한,
                # 반짝일, 합니다) only after a longer stem (바다 is not in 반짝).
                if final == 20 or (head and final in (4, 8, 17)):
                    return True
                if after[:1] in _KO_AFTER_CONTRACTION:
                    return True
    return False


def _particles(rest: str) -> bool:
    """Whether `rest` is nothing, or a run of Korean particles."""
    if not rest:
        return True
    return any(rest.startswith(p) and _particles(rest[len(p) :]) for p in _KO_PARTICLES)


def _initial(syllable: str) -> int:
    """The initial consonant (choseong index) of a Hangul syllable."""
    return (ord(syllable) - 0xAC00) // 588


def _ends_in_kana(word: str) -> bool:
    return "぀" <= word[-1] <= "ヿ"


@lru_cache(maxsize=1024)
def _words_of(text: str, code: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words of `text` (casefolded), and every form that counts as one of them: each
    word, its Snowball stem (marked, so a stem never equals a word), and the word with a
    plural or case ending taken off or put on."""
    words = tuple(_WORD.findall(text.casefold()))
    forms = set(words)
    for word in words:
        forms.add(_stemmed(word, code))
        if code in _SNOWBALL:
            forms.update(word + ending for ending in _ENDINGS)
            bare = [word[: -len(e)] for e in _ENDINGS if word.endswith(e) and word != e]
            forms.update(bare)
            forms.update(_stemmed(form, code) for form in bare)  # happier -> happi(er)
    return words, frozenset(forms)


def _stemmed(word: str, code: str) -> str:
    algorithm = _SNOWBALL.get(code)
    return f"\0{_stem(algorithm, word)}" if algorithm else word


def _same_word(word: str, token: str, code: str) -> bool:
    """Whether `token` is `word` or an inflected form of it (both casefolded).

    Snowball leaves short words whole (French `amis`, Spanish `olas`), so a plural or case
    ending on either side also counts.
    """
    if word == token:
        return True
    algorithm = _SNOWBALL.get(code)
    if algorithm is None:
        return False
    shorter, longer = sorted((word, token), key=len)
    if longer.startswith(shorter) and longer[len(shorter) :] in _ENDINGS:
        return True
    return _stem(algorithm, word) == _stem(algorithm, token)


@lru_cache(maxsize=65536)
def _stem(algorithm: str, word: str) -> str:
    return str(_stemmer(algorithm).stemWord(word))


@lru_cache(maxsize=8)
def _stemmer(algorithm: str):  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer(algorithm)
