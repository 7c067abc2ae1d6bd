"""Story writing with Gemini: structured output through google-genai's async client.

The model answers in a deliberately flat schema (`StoryDraft`: pages as flat objects, each
page's vocabulary as four parallel lists), because deep response schemas run into Gemini's
schema-size limit. `assemble` turns a draft into the full `Story`: what can be mended
mechanically is mended (page numbers, list lengths, a scene that repeats the prefix; every
illustration prompt is built here as prefix + scene), and what cannot (wrong page count, empty
text, text in the wrong script) sends the model back to write again, with the problems listed,
at most `attempts` times. An invalid story is never passed on.

The quiz after the book (`write_quiz`) is a second structured-output call of the same kind: a
flat `QuizDraft` (each question's choices as two parallel lists), mended where mechanical
(page numbers outside the book dropped, surplus questions trimmed), invalid questions dropped,
and asked for again, with the problems listed, until exactly the requested number is usable
(at most `attempts` answers; then the best usable part is kept, or `Fail` if none).

Retries of faults (429, 5xx, timeouts) are not made here: `moretale_kit.gemini` turns them into
`Retry` / `GeminiUnavailable` for the consumer loop, the one place that retries; the SDK's own
retries are off.
"""

from __future__ import annotations

import logging
import unicodedata
from collections import Counter
from collections.abc import Iterable
from contextlib import aclosing
from functools import partial
from typing import Any, Protocol

from google.genai import types
from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import Language, resolve_language
from moretale_contracts.story import (
    BookDesign,
    Quiz,
    QuizQuestion,
    Story,
    StoryPage,
    VocabularyEntry,
)
from moretale_kit.bus import Fail
from moretale_kit.gemini import Gemini, why_empty
from story_service.names import book_names, written_in
from story_service.writers import PageSink
from story_service.writers.design import book_design, character_of
from story_service.writers.prompts import (
    QUIZ_SYSTEM_INSTRUCTION,
    book_prompt,
    correction,
    cover_scene,
    quiz_correction,
    quiz_prompt,
    system_instruction,
)
from story_service.writers.vocabulary import page_problems

log = logging.getLogger(__name__)


class WholeStoryCheck(Protocol):
    """`assemble` bound to one request: an answer's story, or None and its problems."""

    def __call__(self, answer: str, *, last_answer: bool) -> tuple[Story | None, list[str]]: ...


MAX_VOCABULARY = 4


class PageDraft(BaseModel):
    """One page as the model writes it (flat: vocabulary as parallel lists)."""

    page_number: int
    text_primary: str
    text_secondary: str
    scene: str
    vocab_primary: list[str]
    vocab_secondary: list[str]
    definition_primary: list[str]
    definition_secondary: list[str]


class StoryDraft(BaseModel):
    """The response schema: the book as the model writes it."""

    title_primary: str
    title_secondary: str
    pages: list[PageDraft]


class QuestionDraft(BaseModel):
    """One quiz question as the model writes it (flat: the choices as two parallel lists)."""

    kind: str
    question_primary: str
    question_secondary: str
    choices_primary: list[str]
    choices_secondary: list[str]
    answer_index: int
    explanation_primary: str
    explanation_secondary: str
    source_pages: list[int]


class QuizDraft(BaseModel):
    """The quiz's response schema."""

    questions: list[QuestionDraft]


class GeminiStoryWriter:
    """StoryWriter backed by Gemini.

    `model` is the default; a request may name another through `generation.story_model` if it
    is in `allowed_models`. The main character is designed from the request before the text
    (`design`), and the illustration prefix is `image_style` + that character, so every page
    prompt draws the same child in the same style as the cover.
    """

    def __init__(
        self,
        gemini: Gemini,
        model: str,
        allowed_models: Iterable[str],
        image_style: str,
        attempts: int = 3,
        author_name: str = "MoreTale",
    ) -> None:
        self.gemini = gemini
        self.model = model
        self.allowed_models = frozenset(allowed_models) | {model}
        self.image_style = image_style
        self.attempts = attempts
        self.author_name = author_name

    def model_for(self, request: StoryCreate) -> str:
        """The model this request is written with (a retired id: its replacement, from the
        alias table); `Fail` if it is not allowed."""
        requested = request.generation.story_model
        chosen = self.gemini.catalog.resolve(requested) if requested else self.model
        if chosen not in self.allowed_models:
            allowed = ", ".join(sorted(self.allowed_models))
            raise Fail("STORY_MODEL_NOT_ALLOWED", f"model {chosen!r} is not one of: {allowed}")
        return chosen

    def thinking(self, model: str) -> types.ThinkingConfig | None:
        """The thinking level or budget the capability table gives `model` (None: unset)."""
        capability = self.gemini.catalog.capability(model, "text")
        if capability.thinking_level is None and capability.thinking_budget is None:
            return None
        level = capability.thinking_level
        return types.ThinkingConfig(
            thinking_level=types.ThinkingLevel(level) if level else None,
            thinking_budget=capability.thinking_budget,
        )

    def design(self, request: StoryCreate) -> BookDesign:
        """The child's look from the request; the cover shows the book's theme and wish."""
        return book_design(self.image_style, character_of(request), cover_scene(request))

    def _story_call(
        self, request: StoryCreate, design: BookDesign
    ) -> tuple[str, Language, Language, WholeStoryCheck, str, types.GenerateContentConfig]:
        """What both ways of writing ask with: the model, the two languages, the whole-story
        check of an answer (`assemble` for this request), the brief and the structured-output
        config."""
        model = self.model_for(request)
        primary = resolve_language(request.primary_lang)
        secondary = resolve_language(request.secondary_lang)
        names = book_names(request)
        brief = book_prompt(request, primary, secondary, design.main_character_design, names)
        config = types.GenerateContentConfig(
            system_instruction=system_instruction(request.include_style_guide),
            response_mime_type="application/json",
            response_schema=StoryDraft,
            thinking_config=self.thinking(model),
        )
        check = partial(
            assemble,
            request=request,
            primary=primary,
            secondary=secondary,
            design=design,
            author_name=self.author_name,
            names=names,
        )
        return model, primary, secondary, check, brief, config

    async def write(self, request: StoryCreate, design: BookDesign) -> Story:
        """Ask for the book until an answer passes `assemble` (at most `attempts` times)."""
        model, _, _, check, brief, config = self._story_call(request, design)
        problems: list[str] = []
        for attempt in range(1, self.attempts + 1):
            prompt = f"{brief}\n\n{correction(problems)}" if problems else brief
            response = await self.gemini.generate(model, prompt, config)
            text = response.text if response.candidates else None
            if not text:
                problems = [f"no story in the answer ({why_empty(response)})"]
            else:
                story, problems = check(text, last_answer=attempt == self.attempts)
                if story is not None:
                    return story
            log.warning(
                "story answer %d/%d rejected: %s", attempt, self.attempts, "; ".join(problems)
            )
        raise Fail("STORY_INVALID", "; ".join(problems)[:500])

    async def write_streaming(
        self, request: StoryCreate, design: BookDesign, on_page: PageSink
    ) -> Story:
        """`write` through `generate_content_stream` (same prompt, same response schema):
        each page goes to `on_page` the moment it is complete and passes `streamed_page`, while
        the model is still writing the next. A page that fails stops the answer at once (the
        stream is closed) and the model is asked again with the problems listed; so does an
        answer the whole-story check (`assemble`) rejects at the end."""
        model, primary, secondary, check, brief, config = self._story_call(request, design)
        problems: list[str] = []
        for answer in range(self.attempts):
            prompt = f"{brief}\n\n{correction(problems)}" if problems else brief
            chunks = self.gemini.generate_stream(model, prompt, config)
            text, problems = await self._read_stream(
                chunks, request, primary, secondary, design, answer, on_page
            )
            if not problems and not text:
                problems = ["no story in the answer"]
            if not problems:
                story, problems = check(text, last_answer=answer + 1 == self.attempts)
                if story is not None:
                    return story
            log.warning(
                "story answer %d/%d rejected: %s", answer + 1, self.attempts, "; ".join(problems)
            )
        raise Fail("STORY_INVALID", "; ".join(problems)[:500])

    async def _read_stream(
        self,
        chunks: Any,
        request: StoryCreate,
        primary: Language,
        secondary: Language,
        design: BookDesign,
        answer: int,
        on_page: PageSink,
    ) -> tuple[str, list[str]]:
        """Read one streamed answer; hand over each page once it is complete (the next one has
        begun, or the answer ended). Returns the answer's text and the first page's problems
        (then the stream is closed without reading further)."""
        text, handed = "", 0
        async with aclosing(chunks):
            async for chunk in chunks:
                text += (chunk.text if chunk.candidates else None) or ""
                pages = written_pages(text)
                for index in range(handed, len(pages) - 1):  # the last may still grow
                    page, problems = streamed_page(
                        pages[index], index + 1, request, primary, secondary, design
                    )
                    if page is None:
                        return text, problems
                    await on_page(page, answer)
                    handed += 1
        pages = written_pages(text)
        for index in range(handed, len(pages)):
            page, problems = streamed_page(
                pages[index], index + 1, request, primary, secondary, design
            )
            if page is None:
                return text, problems
            await on_page(page, answer)
        return text, []

    async def write_quiz(self, story: Story, request: StoryCreate) -> Quiz:
        """The quiz about `story`, with the story's model: asked for until exactly
        `quiz_question_count` questions pass `assemble_quiz` (at most `attempts` times); then
        the largest usable part of an answer, or `Fail("QUIZ_INVALID")` if there is none."""
        model = self.model_for(request)
        primary = resolve_language(story.primary_language)
        secondary = resolve_language(story.secondary_language)
        count = request.generation.quiz_question_count
        brief = quiz_prompt(story, request, primary, secondary, count)
        config = types.GenerateContentConfig(
            system_instruction=QUIZ_SYSTEM_INSTRUCTION,
            response_mime_type="application/json",
            response_schema=QuizDraft,
            thinking_config=self.thinking(model),
        )
        best: list[QuizQuestion] = []
        problems: list[str] = []
        for attempt in range(1, self.attempts + 1):
            prompt = f"{brief}\n\n{quiz_correction(problems)}" if problems else brief
            response = await self.gemini.generate(model, prompt, config)
            text = response.text if response.candidates else None
            if not text:
                problems = [f"no quiz in the answer ({why_empty(response)})"]
            else:
                questions, problems = assemble_quiz(text, story, primary, secondary, count)
                if not problems:
                    return _quiz(story, questions)
                if _has_vocabulary(questions) and len(questions) > len(best):
                    best = questions
            log.warning(
                "quiz answer %d/%d rejected: %s", attempt, self.attempts, "; ".join(problems)
            )
        if best:
            log.warning("quiz kept with %d of %d questions", len(best), count)
            return _quiz(story, best)
        raise Fail("QUIZ_INVALID", "; ".join(problems)[:500])


def assemble(
    answer: str,
    request: StoryCreate,
    primary: Language,
    secondary: Language,
    design: BookDesign,
    author_name: str = "MoreTale",
    names: dict[str, str] | None = None,
    last_answer: bool = False,
) -> tuple[Story | None, list[str]]:
    """The Story in `answer` (JSON of a StoryDraft), mended where mechanical, and checked.

    Returns the story and no problems, or None and what is wrong with it. `names` is the
    child's name per language code: a text that writes the other language's form (하린 in the
    English text) is a problem. A vocabulary entry not true to its page (the word not on it,
    a definition of something else) is a problem too, except in the `last_answer`, where it
    is dropped: a book is not lost over a vocabulary card.
    """
    names = names or {}
    try:
        draft = StoryDraft.model_validate_json(answer)
    except ValidationError as exc:
        return None, [f"the answer does not match the schema ({exc.error_count()} errors)"]
    problems = []
    if len(draft.pages) != request.page_count:
        problems.append(f"{len(draft.pages)} pages instead of exactly {request.page_count}")
    for field, language, text in (
        ("title_primary", primary, draft.title_primary),
        ("title_secondary", secondary, draft.title_secondary),
    ):
        problems += _text_problems(field, language, text)
        problems += _name_problems(field, language, text, names)

    prefix = design.illustration_prefix
    story_pages = []
    # Ordered by the model's numbers, then numbered 1..N by position: a mechanical repair.
    for number, page in enumerate(sorted(draft.pages, key=lambda p: p.page_number), start=1):
        for field, language, text in (
            (f"page {number} text_primary", primary, page.text_primary),
            (f"page {number} text_secondary", secondary, page.text_secondary),
        ):
            problems += _text_problems(field, language, text)
            problems += _name_problems(field, language, text, names)
        vocabulary, untrue = _true_vocabulary(number, page, primary, secondary, last_answer)
        problems += untrue
        scene = _bare_scene(page.scene, prefix)
        if not scene:
            problems.append(f"page {number} has no scene")
        story_pages.append(
            {
                "page_number": number,
                "text_primary": page.text_primary.strip(),
                "text_secondary": page.text_secondary.strip(),
                "illustration_prompt": f"{prefix} Scene: {scene}",
                "illustration_scene_prompt": scene,
                "vocabulary": vocabulary,
            }
        )
    if problems:
        return None, problems
    story = Story(
        title_primary=draft.title_primary.strip(),
        title_secondary=draft.title_secondary.strip(),
        author_name=author_name,
        primary_language=primary.name,
        secondary_language=secondary.name,
        image_style=design.image_style,
        main_character_design=design.main_character_design,
        illustration_prefix=prefix,
        pages=[StoryPage.model_validate(page) for page in story_pages],
        child_names=names,
    )
    return story, []


def written_pages(text: str) -> list[Any]:
    """The page objects in a story answer that may still be growing (pydantic-core's partial
    JSON: a string or object cut off at the end is left out or closed where it stops)."""
    try:
        draft = from_json(text, allow_partial=True)
    except ValueError:
        return []
    pages = draft.get("pages") if isinstance(draft, dict) else None
    return pages if isinstance(pages, list) else []


def streamed_page(
    raw: Any,
    number: int,
    request: StoryCreate,
    primary: Language,
    secondary: Language,
    design: BookDesign,
) -> tuple[StoryPage | None, list[str]]:
    """Page `number` (its place in the answer, as `assemble` numbers it) checked on its own:
    the flat shape, both texts present and each in its language's script, a scene, and
    vocabulary entries complete in both languages (mended as `assemble` mends them)."""
    if number > request.page_count:
        return None, [f"more than the {request.page_count} pages asked for"]
    try:
        page = PageDraft.model_validate(raw)
    except ValidationError as exc:
        return None, [f"page {number} does not match the schema ({exc.error_count()} errors)"]
    problems = _text_problems(f"page {number} text_primary", primary, page.text_primary)
    problems += _text_problems(f"page {number} text_secondary", secondary, page.text_secondary)
    scene = _bare_scene(page.scene, design.illustration_prefix)
    if not scene:
        problems.append(f"page {number} has no scene")
    if problems:
        return None, problems
    try:
        vocabulary = _vocabulary(page)
    except ValidationError as exc:
        return None, [f"page {number} vocabulary is malformed ({exc.error_count()} errors)"]
    return (
        StoryPage(
            page_number=number,
            text_primary=page.text_primary.strip(),
            text_secondary=page.text_secondary.strip(),
            illustration_prompt=f"{design.illustration_prefix} Scene: {scene}",
            illustration_scene_prompt=scene,
            vocabulary=vocabulary,
        ),
        [],
    )


def assemble_quiz(
    answer: str, story: Story, primary: Language, secondary: Language, count: int
) -> tuple[list[QuizQuestion], list[str]]:
    """The usable questions in `answer` (JSON of a QuizDraft), and what is wrong with it.

    Mended: a kind that is not "vocabulary" counts as "story"; source pages outside the book
    are dropped; more than `count` usable questions are cut to `count` (keeping a vocabulary
    question). Dropped: a question with wrong-script or empty text, not exactly four distinct
    choices a side, an answer index outside 0-3, no page of the book, or a repeated question.
    No problems means exactly `count` questions with at least one about vocabulary.
    """
    try:
        draft = QuizDraft.model_validate_json(answer)
    except ValidationError as exc:
        return [], [f"the answer does not match the schema ({exc.error_count()} errors)"]
    problems: list[str] = []
    questions: list[QuizQuestion] = []
    seen: set[tuple[str, ...]] = set()
    for number, question in enumerate(draft.questions, start=1):
        made, wrong = _quiz_question(number, question, len(story.pages), primary, secondary)
        if made is not None:
            same = (made.question_primary.casefold(), *sorted(made.choices_primary))
            if same in seen:
                made, wrong = None, [f"question {number} repeats an earlier question"]
            seen.add(same)
        problems += wrong
        if made is not None:
            questions.append(made)
    questions = _trim(questions, count)
    if len(questions) == count and _has_vocabulary(questions):
        return questions, []  # whatever was dropped was surplus
    if len(questions) < count:
        problems.append(f"{len(questions)} usable questions instead of exactly {count}")
    if not _has_vocabulary(questions):
        problems.append('no question of kind "vocabulary" about the book\'s words')
    return questions, problems


def _quiz_question(
    number: int, draft: QuestionDraft, pages: int, primary: Language, secondary: Language
) -> tuple[QuizQuestion | None, list[str]]:
    name = f"question {number}"
    problems: list[str] = []
    for field, language in (
        ("question_primary", primary),
        ("question_secondary", secondary),
        ("explanation_primary", primary),
        ("explanation_secondary", secondary),
    ):
        problems += _text_problems(f"{name} {field}", language, getattr(draft, field))
    choices = {}
    for field in ("choices_primary", "choices_secondary"):
        values = [c.strip() for c in getattr(draft, field)]
        if len(values) > 4 and 0 <= draft.answer_index < 4:
            values = values[:4]  # surplus choices after the answer: a mechanical repair
        if len(values) != 4 or not all(values):
            problems.append(f"{name} {field} must be exactly 4 non-empty choices")
        elif len({v.casefold() for v in values}) != 4:
            problems.append(f"{name} {field} repeats a choice")
        choices[field] = values
    if not 0 <= draft.answer_index <= 3:
        problems.append(f"{name} answer_index {draft.answer_index} is not 0 to 3")
    source_pages = sorted({p for p in draft.source_pages if 1 <= p <= pages})
    if not source_pages:
        problems.append(f"{name} source_pages names no page from 1 to {pages}")
    if problems:
        return None, problems
    kind = "vocabulary" if draft.kind.strip().casefold().startswith("vocab") else "story"
    return (
        QuizQuestion(
            kind=kind,
            question_primary=draft.question_primary.strip(),
            question_secondary=draft.question_secondary.strip(),
            choices_primary=choices["choices_primary"],
            choices_secondary=choices["choices_secondary"],
            answer_index=draft.answer_index,
            explanation_primary=draft.explanation_primary.strip(),
            explanation_secondary=draft.explanation_secondary.strip(),
            source_pages=source_pages,
        ),
        [],
    )


def _has_vocabulary(questions: list[QuizQuestion]) -> bool:
    return any(q.kind == "vocabulary" for q in questions)


def _trim(questions: list[QuizQuestion], count: int) -> list[QuizQuestion]:
    """At most `count` questions, in order, keeping a vocabulary question if there is one."""
    kept = questions[:count]
    if not _has_vocabulary(kept) and _has_vocabulary(questions):
        kept[-1] = next(q for q in questions if q.kind == "vocabulary")
    return kept


def _quiz(story: Story, questions: list[QuizQuestion]) -> Quiz:
    return Quiz(
        primary_language=story.primary_language,
        secondary_language=story.secondary_language,
        questions=questions,
    )


def _bare_scene(scene: str, prefix: str) -> str:
    """The scene alone: without the prefix or a "Scene:" label the model may have copied."""
    scene = scene.strip()
    if scene.startswith(prefix):
        scene = scene[len(prefix) :].strip()
    if scene.casefold().startswith("scene:"):
        scene = scene[len("scene:") :].strip()
    return scene


def _vocabulary(page: PageDraft) -> list[VocabularyEntry]:
    """Zip the parallel lists; drop incomplete and repeated entries; keep at most four."""
    entries: list[VocabularyEntry] = []
    for fields in zip(
        page.vocab_primary,
        page.vocab_secondary,
        page.definition_primary,
        page.definition_secondary,
        strict=False,
    ):
        words = [f.strip() for f in fields]
        repeated = any(e.word_primary.casefold() == words[0].casefold() for e in entries)
        if all(words) and not repeated:
            entries.append(VocabularyEntry(**dict(zip(_VOCABULARY_FIELDS, words, strict=True))))
    return entries[:MAX_VOCABULARY]


_VOCABULARY_FIELDS = (
    "word_primary",
    "word_secondary",
    "definition_primary",
    "definition_secondary",
)


def _true_vocabulary(
    number: int, page: PageDraft, primary: Language, secondary: Language, last_answer: bool
) -> tuple[list[VocabularyEntry], list[str]]:
    """The page's vocabulary and what is untrue in it (`vocabulary.page_problems`); in the
    last answer the untrue entries are dropped instead of reported."""
    entries = _vocabulary(page)
    texts = (page.text_primary, page.text_secondary, primary.code, secondary.code)
    problems = page_problems(number, entries, *texts)
    if problems and last_answer:
        return [entry for entry in entries if not page_problems(number, [entry], *texts)], []
    return entries, problems


def _name_problems(field: str, language: Language, text: str, names: dict[str, str]) -> list[str]:
    """The child's name written in `text` as another language writes it, in another script
    (하린 in an English text, Mina in a Japanese one, when the book names them Harin, ミナ)."""
    own = names.get(language.code)
    if own is None:
        return []
    return [
        f"{field} writes the child's name as {other!r}; in {language.name} write {own!r}"
        for other in set(names.values())
        if other != own
        and other not in own
        and other in text
        and not written_in(other, language.code)
    ]


def _text_problems(field: str, language: Language, text: str) -> list[str]:
    if not text.strip():
        return [f"{field} is empty"]
    if not in_script(text, language.script):
        return [f"{field} is not written in {language.name} ({language.script} script)"]
    return []


# The first word of a letter's Unicode name -> the script it counts for.
_SCRIPT_OF_NAME = {
    "HANGUL": "Hangul",
    "HIRAGANA": "Kana",
    "KATAKANA": "Kana",
    "KATAKANA-HIRAGANA": "Kana",
    "CJK": "Han",
    "LATIN": "Latin",
}


def in_script(text: str, script: str) -> bool:
    """Whether most letters of `text` are in `script` (a `Language.script`: "Hangul",
    "Japanese", "Han" or "Latin").

    "Most", so a Korean sentence may still name "Mina" in Latin letters. Japanese is kana and
    kanji with at least some kana; Chinese (Han) is characters with no kana at all, which is
    what tells the two apart.
    """
    counts = Counter(
        _SCRIPT_OF_NAME.get(unicodedata.name(ch, "?").split(" ")[0], "other")
        for ch in text
        if ch.isalpha()
    )
    letters = sum(counts.values())
    if not letters:
        return False
    if script == "Japanese":
        return counts["Kana"] > 0 and counts["Kana"] + counts["Han"] > letters / 2
    if script == "Han":
        return counts["Kana"] == 0 and counts["Han"] > letters / 2
    return counts[script] > letters / 2
