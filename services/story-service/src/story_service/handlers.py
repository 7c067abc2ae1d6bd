"""`story.requested` in → the book's look fixed → `story.started` out (the cover is painted
meanwhile) → story written → `story_{model}.json` stored → `story.generated` out.

With `generation.enable_quiz`, the quiz is written after the story and stored next to it as
`quiz_{model}.json`; `story.generated` then names it in `quiz_key`. A quiz is extra: one that
cannot be made is logged and left out, and the book goes on without it.
"""

from __future__ import annotations

import logging
import sys

from moretale_contracts.api import ErrorInfo
from moretale_contracts.events import StoryFailed, StoryGenerated, StoryRequested, StoryStarted
from moretale_contracts.storage import quiz_key, story_key
from moretale_contracts.story import Story
from moretale_kit.bus import Bus, Fail, Retry, error_code
from moretale_kit.store import ObjectStore
from moretale_kit.telemetry import provider_call
from story_service.writers import QuizWriter, StoryWriter, model_for, quiz_writer_for

log = logging.getLogger(__name__)


class StoryHandlers:
    """The story-service's message handlers."""

    def __init__(
        self,
        bus: Bus,
        store: ObjectStore,
        writer: StoryWriter,
        quiz_writer: QuizWriter | None = None,
    ) -> None:
        self.bus = bus
        self.store = store
        self.writer = writer
        self.quiz_writer = quiz_writer or quiz_writer_for(writer)

    async def on_requested(self, event: StoryRequested) -> None:
        """Write the story once; a redelivery finds it stored and only re-announces it."""
        request = event.request
        model = model_for(self.writer, request)
        key = story_key(event.story_id, model)
        if await self.store.exists(key):
            story = Story.model_validate_json(await self.store.get(key))
        else:
            design = self.writer.design(request)
            # Announced before the text is written: the cover is painted meanwhile.
            await self.bus.publish(
                StoryStarted(
                    story_id=event.story_id,
                    story_key=key,
                    design=design,
                    generation=request.generation,
                )
            )
            async with provider_call("write", model, event.story_id):
                story = await self.writer.write(request, design)
            if len(story.pages) != request.page_count:
                raise ValueError(
                    f"writer returned {len(story.pages)} pages, expected {request.page_count}"
                )
            if await self.bus.is_canceled(event.story_id):
                log.info("not storing the text of a canceled or deleted story")
                return
            await self.store.put(key, story.model_dump_json(indent=2).encode(), "application/json")
            log.info("story written", extra={"key": key, "pages": len(story.pages)})
        quiz = None
        if request.generation.enable_quiz:
            quiz = await self._quiz(event, model, story)
        await self._announce(event, key, model, story, quiz)

    async def _quiz(self, event: StoryRequested, model: str, story: Story) -> str | None:
        """The key of the book's quiz, written and stored once; None if it cannot be made.

        A transient fault (`Retry`, Gemini unavailable) is raised, so the loop tries the
        message again (the story is reused); if every try meets one, `on_failed` still
        announces the book, without its quiz.
        """
        key = quiz_key(event.story_id, model)
        if await self.store.exists(key):
            return key
        try:
            async with provider_call("quiz", model, event.story_id):
                quiz = await self.quiz_writer.write_quiz(story, event.request)
        except Exception as exc:
            if _transient(exc):
                raise
            log.warning(
                "no quiz for this book: %s: %s",
                error_code(exc, type(exc).__name__),
                exc,
                extra={"key": key},
            )
            return None
        await self.store.put(key, quiz.model_dump_json(indent=2).encode(), "application/json")
        log.info("quiz written", extra={"key": key, "questions": len(quiz.questions)})
        return key

    async def _announce(
        self, event: StoryRequested, key: str, model: str, story: Story, quiz: str | None
    ) -> None:
        await self.bus.publish(
            StoryGenerated(
                story_id=event.story_id,
                story_key=key,
                story_model=model,
                page_count=len(story.pages),
                primary_language=story.primary_language,
                secondary_language=story.secondary_language,
                generation=event.request.generation,
                vocabulary_words=sum(len(page.vocabulary) for page in story.pages),
                quiz_key=quiz,
            )
        )

    async def on_failed(self, event: StoryRequested, exc: BaseException) -> None:
        """Every attempt failed: the book cannot be made.

        Unless its story is already stored: then what kept failing came after it (the quiz
        meeting transient faults every time), and the book is announced without a quiz.
        """
        stored = await self._stored_story(event)
        if stored is not None:
            key, model, story = stored
            log.warning("the story is stored: announcing it (without a new quiz) after: %s", exc)
            quiz = quiz_key(event.story_id, model)
            await self._announce(
                event, key, model, story, quiz if await self.store.exists(quiz) else None
            )
            return
        await self.bus.publish(
            StoryFailed(
                story_id=event.story_id,
                stage="story",
                error=ErrorInfo(
                    code=error_code(exc, "STORY_GENERATION_FAILED"),
                    message="the story text could not be written",
                    detail={"reason": f"{type(exc).__name__}: {exc}"[:500]},
                ),
            )
        )

    async def _stored_story(self, event: StoryRequested) -> tuple[str, str, Story] | None:
        """The stored story of `event` (key, model, story), or None if there is none (or it
        cannot be read: then the book is reported failed, as before the story was stored)."""
        try:
            model = model_for(self.writer, event.request)
            key = story_key(event.story_id, model)
            if not await self.store.exists(key):
                return None
            return key, model, Story.model_validate_json(await self.store.get(key))
        except Exception:
            return None


def _transient(exc: BaseException) -> bool:
    """Whether trying the message again may make the quiz: a `Retry` (429) or a Gemini fault
    (5xx, timeout). `moretale_kit.gemini` is looked up, not imported: the offline service
    never loads google-genai, and without it no Gemini fault can have been raised."""
    if isinstance(exc, Retry):
        return True
    if isinstance(exc, Fail):
        return False
    gemini = sys.modules.get("moretale_kit.gemini")
    return gemini is not None and isinstance(exc, gemini.GeminiUnavailable)
