"""The words MoreTale says to a language model to get a bilingual picture book.

`SYSTEM_INSTRUCTION` is who the model is and the rules every book keeps; `STYLE_GUIDE` is added
when the request asks for the style guide; `book_prompt` is one request's brief, and
`correction` tells the model what was wrong with its last answer when it has to write again.
`QUIZ_SYSTEM_INSTRUCTION`, `quiz_prompt` and `quiz_correction` do the same for the quiz that
follows the book.
"""

from __future__ import annotations

from dataclasses import dataclass

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import Language
from moretale_contracts.story import Story

SYSTEM_INSTRUCTION = """\
You write personalized bilingual picture books for young children, read aloud by a parent.

Every book you write:
- has the child as its hero, by name, and a clear story arc: a cosy beginning, a small and \
gentle problem, the child solving it through kindness, curiosity, courage or cleverness, \
and a warm ending that resolves everything;
- is safe and soothing: nothing frightening, violent, cruel, dangerous to copy, sad without \
comfort, or unsuitable for a small child; no brands, no real people, no unkind jokes;
- tells the same story in two languages: the secondary text of every page is a natural, \
faithful translation of the primary text, as a native speaker would say it to a child, \
never a word-for-word gloss;
- writes each text entirely in its own language and script (Korean in Hangul, Japanese in \
kana and kanji, Chinese in simplified characters, the others in Latin letters); the child's \
name is written the way that language writes it;
- picks two to four words per page worth learning, each taken from that page's text, with \
its translation and a one-sentence child-sized definition in each language;
- describes each page's picture as a short English scene: where the child is, what they \
do, who is with them, the light and the mood; one moment, no text or letters in the picture, \
and the main character's look never changes from page to page.

Answer only with JSON that matches the given schema."""

STYLE_GUIDE = """\
Style guide:
- Read-aloud rhythm: short sentences, concrete words, gentle repetition that children can \
join in with; a refrain or a recurring sound is welcome.
- Show feelings through what characters do and say; name feelings simply.
- One idea per page; every page moves the story on; the last page closes with calm.
- Warm dialogue is welcome; keep it short and clearly attributed.
- Sensory details (colours, sounds, textures) over abstract ones.
- Titles are short, friendly and include the child's name."""


@dataclass(frozen=True)
class AgeBand:
    """How a book for one age range reads."""

    ages: str
    sentences: str
    vocabulary: str


AGE_BANDS: tuple[tuple[int, AgeBand], ...] = (
    (
        5,
        AgeBand(
            ages="3-5",
            sentences="1 to 2 very short sentences per page (about 5 to 10 words each)",
            vocabulary="everyday words a preschooler knows; new words are simple, concrete "
            "nouns and verbs (animals, colours, actions)",
        ),
    ),
    (
        8,
        AgeBand(
            ages="6-8",
            sentences="2 to 3 short sentences per page (about 8 to 14 words each)",
            vocabulary="simple words with a few new ones a young reader can guess from the "
            "picture and the story",
        ),
    ),
    (
        12,
        AgeBand(
            ages="9-12",
            sentences="3 to 4 sentences per page, with some variety in length",
            vocabulary="richer descriptive words and a few expressive phrases, still clear "
            "and warm",
        ),
    ),
)


def age_band(age: int) -> AgeBand:
    """The band for a child's age (2-year-olds read like the youngest band)."""
    for upper, band in AGE_BANDS:
        if age <= upper:
            return band
    return AGE_BANDS[-1][1]


def system_instruction(include_style_guide: bool) -> str:
    """The system instruction, with the style guide when the request asks for it."""
    return f"{SYSTEM_INSTRUCTION}\n\n{STYLE_GUIDE}" if include_style_guide else SYSTEM_INSTRUCTION


def book_prompt(
    request: StoryCreate,
    primary: Language,
    secondary: Language,
    character: str,
    names: dict[str, str] | None = None,
) -> str:
    """One book's brief. The `key: value` lines name what the answer is checked against;
    `character` is the child's look, fixed before the text (the cover is painted from it);
    `names` the child's name as each language writes it (`story_service.names`)."""
    band = age_band(request.child_age)
    wish = request.extra_prompt.strip()
    name_p, name_s = _names(request, primary, secondary, names)
    lines = [
        "Write this picture book.",
        "",
        f"child_name: {request.child_name}",
        f"child_name_primary: {name_p}",
        f"child_name_secondary: {name_s}",
        f"child_age: {request.child_age}",
        f"theme: {request.theme}",
        f"wish: {wish or '(none)'}",
        f"page_count: {request.page_count}",
        f"primary_language: {primary.name} ({primary.code}, {primary.script} script)",
        f"secondary_language: {secondary.name} ({secondary.code}, {secondary.script} script)",
        "",
        f"Reader: a {request.child_age}-year-old (ages {band.ages}).",
        f"Sentences: {band.sentences}.",
        f"Vocabulary: {band.vocabulary}.",
        "",
        f"Write exactly {request.page_count} pages, numbered 1 to {request.page_count}.",
        f"text_primary is in {primary.name}; text_secondary is its natural {secondary.name} "
        "translation. title_primary and title_secondary likewise.",
        f"The main character already looks like this on the cover: {character}. Keep the "
        "text consistent with that look.",
        "scene: English, one or two sentences describing the page's picture; do not repeat "
        "the character design or an art style.",
        f"The child's name: write it exactly as {name_p} in title_primary, text_primary and "
        f"the primary vocabulary, and exactly as {name_s} in the secondary ones; never the "
        "other language's form.",
        "Vocabulary: vocab_primary[i] is a word of this page's text_primary, written as it is "
        "there (a Korean noun without its particle; a dictionary form only where a regular "
        "ending is all that differs), vocab_secondary[i] the word of this page's "
        f"text_secondary that translates it, with the meaning it has on this page; "
        f"definition_primary[i] is one {primary.name} sentence that names and defines "
        f"vocab_primary[i] itself, definition_secondary[i] one {secondary.name} sentence that "
        "names and defines vocab_secondary[i]. 2 to 4 entries, the four lists the same length, "
        "no word twice.",
    ]
    if wish:
        lines.append(f"Weave the wish into the story naturally: {wish}")
    return "\n".join(lines)


def _names(
    request: StoryCreate, primary: Language, secondary: Language, names: dict[str, str] | None
) -> tuple[str, str]:
    """The child's name in the primary and the secondary language (as given if not known)."""
    known = names or {}
    return (
        known.get(primary.code, request.child_name),
        known.get(secondary.code, request.child_name),
    )


def cover_scene(request: StoryCreate) -> str:
    """What the cover shows, in English, from the request alone (no text is written yet)."""
    wish = request.extra_prompt.strip().rstrip(".")
    scene = f"The book's theme: {request.theme.strip().rstrip('.')}."
    return f"{scene} The parent's wish: {wish}." if wish else scene


def correction(problems: list[str]) -> str:
    """What to add to the brief when the previous answer could not be used."""
    listed = "\n".join(f"- {p}" for p in problems[:12])
    return (
        "Your previous answer could not be used:\n"
        f"{listed}\n"
        "Write the whole book again, keeping every rule above."
    )


# --- the quiz after the book -----------------------------------------------------------------

QUIZ_SYSTEM_INSTRUCTION = """\
You write the short quiz a parent and child do together after reading a bilingual picture book.

Every quiz you write:
- asks only what the book's text answers: the child can find every answer on the pages \
named in source_pages; nothing from outside the book, no trick questions, no opinions;
- is kind and calm: nothing frightening, sad, violent or unsuitable for a small child, and \
no question that makes a child feel tested or wrong;
- gives each question exactly four short choices: one right answer and three clearly wrong \
ones taken from the same book (other moments, other characters, other words), all four \
different; never "all of the above" or "none of the above";
- mixes questions about what happened (kind "story") with questions about the book's \
vocabulary words (kind "vocabulary": what a word means, or how it is said in the other \
language), with at least one vocabulary question;
- is written in two languages: question_secondary, choices_secondary and \
explanation_secondary are natural translations of the primary ones, choices in the same order;
- explains each answer in one or two friendly sentences that point to the page \
("On page 3, ...").

Answer only with JSON that matches the given schema."""


def quiz_prompt(
    story: Story, request: StoryCreate, primary: Language, secondary: Language, count: int
) -> str:
    """The brief for one book's quiz: the `key: value` lines, the rules, then the book."""
    band = age_band(request.child_age)
    name_p, name_s = _names(request, primary, secondary, story.child_names)
    lines = [
        "Write the quiz for this picture book.",
        "",
        f"child_name: {request.child_name}",
        f"child_name_primary: {name_p}",
        f"child_name_secondary: {name_s}",
        f"child_age: {request.child_age}",
        f"question_count: {count}",
        f"page_count: {len(story.pages)}",
        f"primary_language: {primary.name} ({primary.code}, {primary.script} script)",
        f"secondary_language: {secondary.name} ({secondary.code}, {secondary.script} script)",
        "",
        f"Reader: a {request.child_age}-year-old (ages {band.ages}); use words they know.",
        f'Write exactly {count} questions. Each has kind "story" or "vocabulary"; at least '
        "one is vocabulary, about a word from the vocabulary list below.",
        f"question_primary, choices_primary and explanation_primary are in {primary.name} "
        f"(the child is {name_p} there); the _secondary fields say the same in "
        f"{secondary.name} (the child is {name_s}). A vocabulary question may "
        "ask how a word is said in the other language; its choices are then words of that "
        "language on both sides.",
        "choices_primary and choices_secondary: exactly 4 each, in the same order. "
        "answer_index: the position of the right answer, 0 to 3; vary it between questions.",
        f"source_pages: the page numbers (1 to {len(story.pages)}) where the answer is found.",
        "",
        f"The book: {story.title_primary} / {story.title_secondary}",
    ]
    for page in story.pages:
        lines += [
            "",
            f"[Page {page.page_number}]",
            f"({primary.name}) {page.text_primary}",
            f"({secondary.name}) {page.text_secondary}",
        ]
        if page.vocabulary:
            words = "; ".join(
                f"{v.word_primary} = {v.word_secondary} ({v.definition_secondary})"
                for v in page.vocabulary
            )
            lines.append(f"Vocabulary: {words}")
    return "\n".join(lines)


def quiz_correction(problems: list[str]) -> str:
    """What to add to the quiz brief when the previous quiz could not be used."""
    listed = "\n".join(f"- {p}" for p in problems[:12])
    return (
        "Your previous quiz could not be used:\n"
        f"{listed}\n"
        "Write the whole quiz again, keeping every rule above."
    )
