"""The offline quiz: multiple-choice questions about a book, made from the `Story` alone.

Every question is derived from what the book says, so nothing is invented:

- vocabulary (from the pages' `vocabulary`): "What does «word» mean?" with four of the book's
  definitions, "Which word has this meaning?" with four of its words, and "How do you say «word»
  in <secondary language>?" with four secondary-language words (a book with fewer than four
  words of its own borrows the wrong answers from a short list of everyday words). A definition
  that names its own word has the word blanked out (`A ___ is ...`), so the choices do not give
  the answer away;
- story order (from the page texts): "Which of these happened first / last?" and "«sentence»
  What happened next?", each choice the opening sentence of a page; pages are the story's
  order, so the answer is a fact of the book.

Both languages get the same question, choices in the same order, and an explanation that
points to the page. Kinds take turns (vocabulary first, so even a one-question quiz has its
vocabulary question); the answer's position rotates through all four places. Every choice is
seeded from a hash of the story, so the same story gives the same quiz. Pure Python, fast.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field, replace

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import resolve_language
from moretale_contracts.story import Quiz, QuizQuestion, Story
from story_service.writers.composer_lang import Ref
from story_service.writers.quiz_data import EVERYDAY_WORDS, LANGUAGE_NAMES, QUOTES, TEMPLATES

__all__ = ["QuizComposer", "QuizUnavailable", "compose_quiz"]

BLANK = "___"
CHOICES = 4
VOCABULARY_KINDS = ("meaning", "translate", "word")
STORY_KINDS = ("first", "next", "last")
# The order the kinds take turns in; a kind that has nothing left falls back to its family.
ROTATION = ("meaning", "first", "translate", "next", "word", "last")

_CJK = frozenset({"ja", "zh"})
# An excerpt is a page's first sentence, if it is long enough to tell a moment apart ...
_MIN_LETTERS = {"ja": 5, "zh": 5, "ko": 5}
_MIN_LETTERS_DEFAULT = 12
# ... and is cut (at a space where the language has spaces) when it is longer than this.
_MAX_CHARS = {"ja": 48, "zh": 48, "ko": 70}
_MAX_CHARS_DEFAULT = 120
_SENTENCE_END_CJK = re.compile(r"[。！？!?]+[」』”’）)]*")
_SENTENCE_END = re.compile(r"[.!?。！？]+[”’»“\")]*(?=\s|$)")
# Quote pairs an excerpt must not cut in half.
_QUOTE_PAIRS = {
    "de": (("„", "“"), ("«", "»")),
    "fr": (("«", "»"), ("“", "”")),
    "es": (("«", "»"), ("“", "”")),
    "ja": (("「", "」"), ("『", "』")),
}
_QUOTE_PAIRS_DEFAULT = (("“", "”"),)
_KO_BLANK_PARTICLE = re.compile(rf"^{re.escape(BLANK)}(은|는|이|가|을|를)(?=[\s,])")
_KO_BOTH_PARTICLES = {
    "은": "은(는)",
    "는": "은(는)",
    "이": "이(가)",
    "가": "이(가)",
    "을": "을(를)",
    "를": "을(를)",
}


class QuizUnavailable(ValueError):
    """The book gives a quiz nothing to ask (no vocabulary at all)."""


class QuizComposer:
    """The offline `QuizWriter`: `compose_quiz` with the request's question count."""

    async def write_quiz(self, story: Story, request: StoryCreate) -> Quiz:
        return compose_quiz(story, request.generation.quiz_question_count)


def compose_quiz(story: Story, count: int = 5) -> Quiz:
    """`count` questions about `story` (fewer if the book runs out of material, never none).

    Raises `QuizUnavailable` when the book has no vocabulary to ask about.
    """
    builder = _QuizBuilder(story)
    questions = builder.build(max(1, min(count, 10)))
    if not any(q.kind == "vocabulary" for q in questions):
        raise QuizUnavailable("the book has no vocabulary to ask about")
    return Quiz(
        primary_language=story.primary_language,
        secondary_language=story.secondary_language,
        questions=questions,
    )


# ------------------------------------------------------------------------ material


@dataclass(frozen=True)
class _Word:
    """A word of the book (or an everyday word, with no pages and no definitions)."""

    primary: str
    secondary: str
    definition_primary: str = ""
    definition_secondary: str = ""
    masked_primary: str | None = None  # the definition with the word blanked; None if unusable
    masked_secondary: str | None = None
    pages: tuple[int, ...] = ()

    def keys(self, with_definitions: bool) -> set[tuple[str, str]]:
        """What two choices must not share: the words, and for definition questions those."""
        keys = {("p", self.primary.casefold()), ("s", self.secondary.casefold())}
        if with_definitions:
            keys |= {
                ("dp", (self.masked_primary or "").casefold()),
                ("ds", (self.masked_secondary or "").casefold()),
            }
        return keys

    def mentions(self, other: _Word) -> bool:
        """Whether this word's definitions name `other`'s word (a confusing wrong answer)."""
        return (
            other.primary.casefold() in self.definition_primary.casefold()
            or other.secondary.casefold() in self.definition_secondary.casefold()
        )


@dataclass(frozen=True)
class _Moment:
    """A page's opening sentence in both languages."""

    page: int
    primary: str
    secondary: str


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _mask(definition: str, word: str, lang: str) -> str | None:
    """The definition with its own word blanked out; None if too little would be left."""
    if lang in _CJK or lang == "ko":
        # No spaces mark where a word ends, so only the usual "<word> is ..." opening is
        # blanked (a search would also blank 草 inside 草坪).
        masked = BLANK + definition[len(word) :] if definition.startswith(word) else definition
        if lang == "ko":
            # The particle after the blank would hint at the word's last sound: 은(는).
            masked = _KO_BLANK_PARTICLE.sub(
                lambda m: BLANK + _KO_BOTH_PARTICLES[m.group(1)], masked, count=1
            )
    else:
        pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
        masked = re.sub(pattern, BLANK, definition, flags=re.IGNORECASE)
    return masked if _letters(masked) >= 3 else None


def _book_words(story: Story, primary: str, secondary: str) -> list[_Word]:
    """The book's vocabulary, each word once (with every page it is on), in book order.

    A word met again with another translation (집 as 家, later as おうち) is the same word:
    two questions about it would read the same.
    """
    found: dict[tuple[str, str], tuple[_Word, list[int]]] = {}
    for page in story.pages:
        for entry in page.vocabulary:
            word_p, word_s = entry.word_primary.strip(), entry.word_secondary.strip()
            key = (word_p.casefold(), word_s.casefold())
            key = next((k for k in found if k[0] == key[0] or k[1] == key[1]), key)
            if key in found:
                if page.page_number not in found[key][1]:
                    found[key][1].append(page.page_number)
                continue
            def_p, def_s = entry.definition_primary.strip(), entry.definition_secondary.strip()
            word = _Word(
                primary=word_p,
                secondary=word_s,
                definition_primary=def_p,
                definition_secondary=def_s,
                masked_primary=_mask(def_p, word_p, primary),
                masked_secondary=_mask(def_s, word_s, secondary),
            )
            found[key] = (word, [page.page_number])
    return [replace(word, pages=tuple(pages)) for word, pages in found.values()]


def _everyday_words(book: list[_Word], primary: str, secondary: str) -> list[_Word]:
    """Everyday words that are none of the book's own (so none can be a second right answer)."""
    taken = {w.primary.casefold() for w in book} | {w.secondary.casefold() for w in book}
    return [
        _Word(primary=row[primary], secondary=row[secondary])
        for row in EVERYDAY_WORDS
        if row[primary].casefold() not in taken and row[secondary].casefold() not in taken
    ]


def _first_sentence(text: str, lang: str) -> str:
    pattern = _SENTENCE_END_CJK if lang in _CJK else _SENTENCE_END
    match = pattern.search(text)
    return (text[: match.end()] if match else text).strip()


def _balanced(text: str, lang: str) -> bool:
    pairs = _QUOTE_PAIRS.get(lang, _QUOTE_PAIRS_DEFAULT)
    return all(text.count(open_) == text.count(close) for open_, close in pairs)


def _shorten(text: str, lang: str) -> str:
    limit = _MAX_CHARS.get(lang, _MAX_CHARS_DEFAULT)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if lang not in _CJK and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,、，;:") + "…"


def _excerpt(text: str, lang: str) -> str | None:
    """The page's first sentence, shortened; None if it cannot stand for the page."""
    sentence = _first_sentence(text, lang)
    if _letters(sentence) < _MIN_LETTERS.get(lang, _MIN_LETTERS_DEFAULT):
        return None
    if not _balanced(sentence, lang):
        return None
    return _shorten(sentence, lang)


def _moments(story: Story, primary: str, secondary: str) -> list[_Moment]:
    """Pages whose opening sentences can be choices: present in both languages, and unlike
    every other page's (a sentence two pages share could not be placed)."""
    moments = []
    for page in story.pages:
        text_p = _excerpt(page.text_primary, primary)
        text_s = _excerpt(page.text_secondary, secondary)
        if text_p and text_s:
            moments.append(_Moment(page.page_number, text_p, text_s))
    seen_p = [m.primary.casefold() for m in moments]
    seen_s = [m.secondary.casefold() for m in moments]
    return [
        m
        for m in moments
        if seen_p.count(m.primary.casefold()) == 1 and seen_s.count(m.secondary.casefold()) == 1
    ]


# ------------------------------------------------------------------------ building


@dataclass
class _QuizBuilder:
    story: Story
    questions: list[QuizQuestion] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.p = resolve_language(self.story.primary_language).code
        self.s = resolve_language(self.story.secondary_language).code
        digest = hashlib.sha256(self.story.model_dump_json().encode()).digest()
        self.rng = random.Random(int.from_bytes(digest[:8], "big"))
        self.words = _book_words(self.story, self.p, self.s)
        self.everyday = _everyday_words(self.words, self.p, self.s)
        self.targets = list(self.words)
        self.rng.shuffle(self.targets)
        self.moments = _moments(self.story, self.p, self.s)
        self.positions = list(range(CHOICES))
        self.rng.shuffle(self.positions)
        self.asked: dict[tuple[str, str], set[str]] = {}  # target word -> kinds asked
        self.asked_order: set[str] = set()  # "first", "last"
        self.used_anchors: set[int] = set()

    def build(self, count: int) -> list[QuizQuestion]:
        while len(self.questions) < count:
            kind = ROTATION[len(self.questions) % len(ROTATION)]
            family, other = (
                (VOCABULARY_KINDS, STORY_KINDS)
                if kind in VOCABULARY_KINDS
                else (STORY_KINDS, VOCABULARY_KINDS)
            )
            order = [kind, *(k for k in family if k != kind), *other]
            question = next((q for k in order if (q := self._make(k)) is not None), None)
            if question is None:
                break  # the book has nothing more to ask
            self.questions.append(question)
        return self.questions

    def _make(self, kind: str) -> QuizQuestion | None:
        if kind in VOCABULARY_KINDS:
            return self._vocabulary(kind)
        if kind == "next":
            return self._next()
        return self._order(kind)

    # --- answer placement and text ------------------------------------------------------

    def _place(
        self, answer: tuple[str, str], wrong: list[tuple[str, str]]
    ) -> tuple[list[str], list[str], int]:
        """Primary and secondary choices, the answer at this question's rotating position."""
        position = self.positions[len(self.questions) % CHOICES]
        choices = list(wrong)
        choices.insert(position, answer)
        return [c[0] for c in choices], [c[1] for c in choices], position

    def _say(self, template: str, lang: str, **values: object) -> str:
        return TEMPLATES[template][lang].format(**values)

    def _ref(self, text: str, lang: str) -> Ref:
        """A quoted word a template can attach a (Korean) particle to."""
        return Ref(_quote(text, lang), lang)

    # --- vocabulary -----------------------------------------------------------------------

    def _vocabulary(self, kind: str) -> QuizQuestion | None:
        definitions = kind != "translate"
        pool = [
            w for w in self.words if not definitions or (w.masked_primary and w.masked_secondary)
        ]
        spare = [] if definitions else self.everyday
        # A word not asked about yet; then one not asked about this way.
        for fresh in (True, False):
            for target in self.targets:
                if target not in pool:
                    continue
                asked = self.asked.get((target.primary, target.secondary), set())
                if (fresh and asked) or kind in asked:
                    continue
                wrong = self._distractors(target, pool, spare, definitions)
                if wrong is None:
                    continue
                asked.add(kind)
                self.asked[(target.primary, target.secondary)] = asked
                return self._vocabulary_question(kind, target, wrong)
        return None

    def _distractors(
        self, target: _Word, pool: list[_Word], spare: list[_Word], definitions: bool
    ) -> list[_Word] | None:
        """Three words unlike the target and each other (the book's first, everyday ones
        after), preferring those whose definitions do not name the target."""
        book = [w for w in pool if w is not target]
        self.rng.shuffle(book)
        extra = list(spare)
        self.rng.shuffle(extra)
        candidates = sorted(book, key=lambda w: w.mentions(target)) + extra
        taken = target.keys(definitions)
        chosen: list[_Word] = []
        for word in candidates:
            keys = word.keys(definitions)
            if taken.isdisjoint(keys):
                chosen.append(word)
                taken |= keys
                if len(chosen) == CHOICES - 1:
                    return chosen
        return None

    def _vocabulary_question(self, kind: str, target: _Word, wrong: list[_Word]) -> QuizQuestion:
        p, s = self.p, self.s
        page = target.pages[0]
        if kind == "meaning":
            choices_p, choices_s, answer = self._place(
                (target.masked_primary or "", target.masked_secondary or ""),
                [(w.masked_primary or "", w.masked_secondary or "") for w in wrong],
            )
            question_p = self._say("meaning", p, w=self._ref(target.primary, p))
            question_s = self._say("meaning", s, w=self._ref(target.secondary, s))
        elif kind == "word":
            choices_p, choices_s, answer = self._place(
                (target.primary, target.secondary), [(w.primary, w.secondary) for w in wrong]
            )
            question_p = self._say("word", p, d=_quote(target.masked_primary or "", p))
            question_s = self._say("word", s, d=_quote(target.masked_secondary or "", s))
        else:  # translate: the answers are secondary-language words on both sides
            choices_p, choices_s, answer = self._place(
                (target.secondary, target.secondary), [(w.secondary, w.secondary) for w in wrong]
            )
            question_p = self._say(
                "translate", p, w=self._ref(target.primary, p), L=LANGUAGE_NAMES[p][s]
            )
            question_s = self._say(
                "translate", s, w=self._ref(target.primary, s), L=LANGUAGE_NAMES[s][s]
            )
        if kind == "translate":
            why_p, why_s = (
                self._say(
                    "translate_why",
                    lang,
                    p=page,
                    w=self._ref(target.primary, lang),
                    t=self._ref(target.secondary, lang),
                    L=LANGUAGE_NAMES[lang][s],
                )
                for lang in (p, s)
            )
        else:
            why_p = self._say(
                "vocab_why",
                p,
                p=page,
                w=self._ref(target.primary, p),
                definition=target.definition_primary,
            )
            why_s = self._say(
                "vocab_why",
                s,
                p=page,
                w=self._ref(target.secondary, s),
                definition=target.definition_secondary,
            )
        return QuizQuestion(
            kind="vocabulary",
            question_primary=question_p,
            question_secondary=question_s,
            choices_primary=choices_p,
            choices_secondary=choices_s,
            answer_index=answer,
            explanation_primary=why_p,
            explanation_secondary=why_s,
            source_pages=list(target.pages),
        )

    # --- story order ----------------------------------------------------------------------

    def _order(self, kind: str) -> QuizQuestion | None:
        """Which of four pages' moments happened first (or last); each asked once, as the
        same question twice would read as a repeat."""
        if len(self.moments) < CHOICES or kind in self.asked_order:
            return None
        self.asked_order.add(kind)
        picked = sorted(self.rng.sample(self.moments, CHOICES), key=lambda m: m.page)
        pages = [m.page for m in picked]
        answer = picked[0] if kind == "first" else picked[-1]
        wrong = [m for m in picked if m is not answer]
        self.rng.shuffle(wrong)
        choices_p, choices_s, index = self._place(
            (answer.primary, answer.secondary), [(m.primary, m.secondary) for m in wrong]
        )
        others = sorted(m.page for m in wrong)
        return QuizQuestion(
            kind="story",
            question_primary=self._say(kind, self.p),
            question_secondary=self._say(kind, self.s),
            choices_primary=choices_p,
            choices_secondary=choices_s,
            answer_index=index,
            explanation_primary=self._say(
                f"{kind}_why", self.p, p=answer.page, others=_page_list(others, self.p)
            ),
            explanation_secondary=self._say(
                f"{kind}_why", self.s, p=answer.page, others=_page_list(others, self.s)
            ),
            source_pages=pages,
        )

    def _next(self) -> QuizQuestion | None:
        """«sentence» What happened next? The next page's sentence among three others."""
        by_page = {m.page: m for m in self.moments}
        anchors = [
            m for m in self.moments if m.page + 1 in by_page and m.page not in self.used_anchors
        ]
        if not anchors or len(self.moments) < CHOICES + 1:
            return None
        anchor = self.rng.choice(anchors)
        self.used_anchors.add(anchor.page)
        answer = by_page[anchor.page + 1]
        rest = [m for m in self.moments if m.page not in (anchor.page, answer.page)]
        wrong = self.rng.sample(rest, CHOICES - 1)
        choices_p, choices_s, index = self._place(
            (answer.primary, answer.secondary), [(m.primary, m.secondary) for m in wrong]
        )
        return QuizQuestion(
            kind="story",
            question_primary=self._say("next", self.p, x=anchor.primary),
            question_secondary=self._say("next", self.s, x=anchor.secondary),
            choices_primary=choices_p,
            choices_secondary=choices_s,
            answer_index=index,
            explanation_primary=self._say("next_why", self.p, p=answer.page, q=anchor.page),
            explanation_secondary=self._say("next_why", self.s, p=answer.page, q=anchor.page),
            source_pages=[anchor.page, answer.page],
        )


def _quote(text: str, lang: str) -> str:
    open_, close = QUOTES[lang]
    return f"{open_}{text}{close}"


def _page_list(pages: list[int], lang: str) -> str:
    return ("、" if lang in _CJK else ", ").join(str(p) for p in pages)
