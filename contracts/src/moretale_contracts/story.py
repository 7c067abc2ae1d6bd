"""The story document: what story-service writes as `story_{model}.json`.

Its top-level keys are the original plan's; `vocabulary` per page and `child_names` (the
child's name as each language of the book writes it) are MoreTale's additions.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class VocabularyEntry(BaseModel):
    """A word worth learning on a page, in both languages, with a child-sized definition."""

    word_primary: str = Field(min_length=1)
    word_secondary: str = Field(min_length=1)
    definition_primary: str = Field(min_length=1)
    definition_secondary: str = Field(min_length=1)


class StoryPage(BaseModel):
    """One page: the same text in both languages, what to draw, and the page's words."""

    page_number: int = Field(ge=1)
    text_primary: str = Field(min_length=1)
    text_secondary: str = Field(min_length=1)
    illustration_prompt: str = Field(
        min_length=1, description="English; starts with the story's illustration_prefix."
    )
    illustration_scene_prompt: str = Field(
        min_length=1, description="English; the scene alone, without the fixed prefix."
    )
    vocabulary: list[VocabularyEntry] = Field(default_factory=list, max_length=4)


class BookDesign(BaseModel):
    """How the book looks, fixed before its text is written, so the cover (the character
    reference) can be painted while the story is still being written."""

    image_style: str = Field(min_length=1)
    main_character_design: str = Field(min_length=1, description="English: how the child looks.")
    illustration_prefix: str = Field(
        min_length=1, description="English: style + main character; starts every page prompt."
    )
    cover_scene: str = Field(min_length=1, description="English: what the cover shows.")


class Story(BaseModel):
    """A whole bilingual book."""

    model_config = ConfigDict(json_schema_extra={"title": "Story"})

    title_primary: str = Field(min_length=1)
    title_secondary: str = Field(min_length=1)
    author_name: str
    primary_language: str
    secondary_language: str
    image_style: str
    main_character_design: str
    illustration_prefix: str
    pages: list[StoryPage] = Field(min_length=1)
    child_names: dict[str, str] = Field(
        default_factory=dict,
        description="The child's name in each language of the book, keyed by language code: "
        "given in the request, or derived (README: child_names). Empty in a story written "
        "before it existed.",
    )

    @model_validator(mode="after")
    def _pages_numbered_in_order(self) -> Story:
        numbers = [page.page_number for page in self.pages]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"pages must be numbered 1..{len(numbers)}, got {numbers}")
        return self


class QuizQuestion(BaseModel):
    """A multiple-choice question about the story, in both languages."""

    kind: Literal["story", "vocabulary"]
    question_primary: str = Field(min_length=1)
    question_secondary: str = Field(min_length=1)
    choices_primary: list[str] = Field(min_length=4, max_length=4)
    choices_secondary: list[str] = Field(min_length=4, max_length=4)
    answer_index: int = Field(ge=0, le=3)
    explanation_primary: str = Field(min_length=1)
    explanation_secondary: str = Field(min_length=1)
    source_pages: list[int] = Field(min_length=1)


class Quiz(BaseModel):
    """The quiz after the book (`quiz_{model}.json`): at least one vocabulary question."""

    primary_language: str
    secondary_language: str
    questions: list[QuizQuestion] = Field(min_length=1, max_length=10)

    @model_validator(mode="after")
    def _has_a_vocabulary_question(self) -> Quiz:
        if not any(q.kind == "vocabulary" for q in self.questions):
            raise ValueError("a quiz needs at least one vocabulary question")
        return self
