"""Who writes the story: the `StoryWriter` interface and the factory that picks one; who
writes the quiz after it: the `QuizWriter` interface and `quiz_writer_for`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from moretale_contracts.api import StoryCreate
from moretale_contracts.story import BookDesign, Quiz, Story, StoryPage

if TYPE_CHECKING:
    from nats.js import JetStreamContext

    from story_service.config import Settings


class StoryWriter(Protocol):
    """Writes a whole bilingual book for one request.

    `model` is the id recorded in `story_{model}.json`. `design` fixes the book's look at once
    (no provider call), before the text; `write` returns a Story in that design with exactly
    `request.page_count` pages numbered 1..N, or raises.
    """

    model: str

    def design(self, request: StoryCreate) -> BookDesign: ...

    async def write(self, request: StoryCreate, design: BookDesign) -> Story: ...


PageSink = Callable[[StoryPage, int], Awaitable[None]]
"""Takes a page the moment it is written and checked, with the index of the answer it is in
(0 for the writer's first answer; a later one after an answer was rejected)."""


@runtime_checkable
class StreamingStoryWriter(StoryWriter, Protocol):
    """A writer that hands over each page as soon as it is written (`story.page.written`),
    then returns the whole story, checked as `write` checks it. Pages of a rejected answer
    may have been handed over: the next answer's pages come with its own index."""

    async def write_streaming(
        self, request: StoryCreate, design: BookDesign, on_page: PageSink
    ) -> Story: ...


@runtime_checkable
class ModelChoosingWriter(StoryWriter, Protocol):
    """A writer that takes the request's `generation.story_model`; `model` is its default."""

    def model_for(self, request: StoryCreate) -> str: ...


def model_for(writer: StoryWriter, request: StoryCreate) -> str:
    """The model id `writer` writes `request` with (and records in `story_{model}.json`)."""
    if isinstance(writer, ModelChoosingWriter):
        return writer.model_for(request)
    return writer.model


@runtime_checkable
class QuizWriter(Protocol):
    """Writes the multiple-choice quiz about a written book (`generation.enable_quiz`).

    `write_quiz` returns a Quiz in the story's languages with at most
    `generation.quiz_question_count` questions, or raises: `Retry` or another transient error
    to be tried again, anything else when no quiz can be made.
    """

    async def write_quiz(self, story: Story, request: StoryCreate) -> Quiz: ...


def quiz_writer_for(writer: StoryWriter) -> QuizWriter:
    """The quiz writer that goes with a story writer: the writer itself if it writes quizzes
    (Gemini), else the offline `QuizComposer`, which needs only the story."""
    if isinstance(writer, QuizWriter):
        return writer
    from story_service.writers.quiz import QuizComposer

    return QuizComposer()


def make_writer(settings: Settings, js: JetStreamContext | None = None) -> StoryWriter:
    """The writer the settings choose: Gemini when a key is set (its request budget shared
    through `js` by every replica), else the offline composer."""
    if settings.gemini_key is not None:
        from moretale_kit.gemini import Gemini
        from story_service.writers.gemini import GeminiStoryWriter

        return GeminiStoryWriter(
            Gemini(settings, js=js),
            model=settings.gemini_model,
            allowed_models=settings.allowed_model_ids,
            image_style=settings.image_style,
            attempts=settings.gemini_attempts,
        )
    from story_service.writers.composer import StoryComposer

    return StoryComposer(model=settings.composer_model)
