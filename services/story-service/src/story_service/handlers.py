"""`story.requested` in → the book's look fixed → `story.started` out (the cover is painted
meanwhile) → story written → `story_{model}.json` stored → `story.generated` out.

With `generation.enable_quiz`, the quiz is written after the story and stored next to it as
`quiz_{model}.json`; `story.generated` then names it in `quiz_key`. A quiz is extra: one that
cannot be made is logged and left out, and the book goes on without it.

Pages go out one by one as `story.page.written` before `story.generated`: while the model is
still writing the rest (a `StreamingStoryWriter` with `STORY_STREAM_PAGES` on), else all at
once after the whole story is written and checked (the offline composer; streaming off): one
pipeline. Once the whole story passes, every page whose stored text differs from what went out
(a rejected answer's page, a page the end-of-story check renumbered) goes out again under a new
text revision, so nothing made from an old text is kept. A cancel or delete seen while writing
stops the writer (its stream is closed) and no further page goes out.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
from collections.abc import Awaitable

from moretale_contracts.api import ErrorInfo
from moretale_contracts.events import (
    StoryFailed,
    StoryGenerated,
    StoryPageWritten,
    StoryRequested,
    StoryStarted,
)
from moretale_contracts.languages import resolve_language
from moretale_contracts.storage import quiz_key, story_key
from moretale_contracts.story import BookDesign, Story, StoryPage
from moretale_contracts.streams import STORY_TEXTS_BUCKET, page_text_part
from moretale_kit.bus import Bus, Fail, Retry, error_code
from moretale_kit.store import ObjectStore
from moretale_kit.telemetry import provider_call
from story_service.writers import (
    QuizWriter,
    StoryWriter,
    StreamingStoryWriter,
    model_for,
    quiz_writer_for,
)

log = logging.getLogger(__name__)


class StoryHandlers:
    """The story-service's message handlers."""

    def __init__(
        self,
        bus: Bus,
        store: ObjectStore,
        writer: StoryWriter,
        quiz_writer: QuizWriter | None = None,
        stream_pages: bool = True,
        cancel_check_sec: float = 0.25,
        text_revisions_ttl_sec: float = 86400.0,
    ) -> None:
        self.bus = bus
        self.store = store
        self.writer = writer
        self.quiz_writer = quiz_writer or quiz_writer_for(writer)
        self.stream_pages = stream_pages
        self.cancel_check_sec = cancel_check_sec
        self.text_revisions_ttl_sec = text_revisions_ttl_sec

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
            pages = PageAnnouncer(self, event, key, model, design)
            async with provider_call("write", model, event.story_id):
                written = await self._unless_canceled(event.story_id, pages.write())
            if written is None:
                log.info("canceled while the story was being written: stopped")
                return
            story = written
            if len(story.pages) != request.page_count:
                raise ValueError(
                    f"writer returned {len(story.pages)} pages, expected {request.page_count}"
                )
            if await self.bus.is_canceled(event.story_id):
                log.info("not storing the text of a canceled or deleted story")
                return
            await pages.settle(story)
            await self.store.put(key, story.model_dump_json(indent=2).encode(), "application/json")
            log.info("story written", extra={"key": key, "pages": len(story.pages)})
        quiz = None
        if request.generation.enable_quiz:
            quiz = await self._quiz(event, model, story)
        await self._announce(event, key, model, story, quiz)

    async def _unless_canceled(self, story_id: str, work: Awaitable[Story]) -> Story | None:
        """`work`'s story, or None if the story is canceled (or deleted) meanwhile: then the
        work is cancelled within `cancel_check_sec` (closing the writer's stream), and a story
        finished by then is neither published nor stored."""
        task = asyncio.ensure_future(work)
        try:
            while True:
                done, _ = await asyncio.wait({task}, timeout=self.cancel_check_sec)
                if await self.bus.is_canceled(story_id):
                    return None
                if done:
                    return task.result()
        finally:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def texts(self, story_id: str, part: str = "story", value: str = "") -> dict[str, str]:
        """The story's record in the `story_texts` bucket (`next` text revision; `pages`: the
        revision of every stored page), after setting `part` to `value`."""
        return await self.bus.rendezvous(
            STORY_TEXTS_BUCKET, story_id, part, value, self.text_revisions_ttl_sec
        )

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
                text_revisions=json.loads((await self.texts(event.story_id)).get("pages", "[]")),
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


class PageAnnouncer:
    """Publishes one story's pages as `story.page.written`, each answer of the writer under a
    text revision of its own (taken from the `story_texts` bucket, so a redelivery that writes
    the story again never reuses one), and remembers what went out."""

    def __init__(
        self,
        handlers: StoryHandlers,
        event: StoryRequested,
        key: str,
        model: str,
        design: BookDesign,
    ) -> None:
        self.handlers = handlers
        self.event = event
        self.key = key
        self.model = model
        self.design = design
        self.published: dict[int, StoryPage] = {}
        self.revisions: dict[int, int] = {}
        self.answer: int | None = None
        self.revision = 0

    async def write(self) -> Story:
        """The writer's story: streamed page by page when it can and the setting allows,
        else written whole (its pages go out in `settle`)."""
        writer, request = self.handlers.writer, self.event.request
        if self.handlers.stream_pages and isinstance(writer, StreamingStoryWriter):
            return await writer.write_streaming(request, self.design, self.on_page)
        return await writer.write(request, self.design)

    async def on_page(self, page: StoryPage, answer: int) -> None:
        """A page is written and checked: publish it under its answer's revision."""
        if answer != self.answer:
            self.answer = answer
            self.revision = await self._next_revision()
        await self._publish(page)

    async def settle(self, story: Story) -> None:
        """The whole story passed: publish every page whose text is not the one that went
        out (never out, or out from another answer or under another number). A page already
        out under this revision with other content needs a new revision."""
        changed = [page for page in story.pages if self.published.get(page.page_number) != page]
        if changed:
            if self.answer is None or any(p.page_number in self.published for p in changed):
                self.answer = -1
                self.revision = await self._next_revision()
            for page in changed:
                await self._publish(page)
        # Kept for `story.generated` (also when it is announced again after a redelivery).
        revisions = [self.revisions[page.page_number] for page in story.pages]
        await self.handlers.texts(self.event.story_id, "pages", json.dumps(revisions))

    async def _publish(self, page: StoryPage) -> None:
        request = self.event.request
        if self.revision:
            # Workers drop (before the call, before storing) a job of an older text of it.
            await self.handlers.texts(
                self.event.story_id, page_text_part(page.page_number), str(self.revision)
            )
        await self.handlers.bus.publish(
            StoryPageWritten(
                story_id=self.event.story_id,
                revision=self.revision,
                story_key=self.key,
                story_model=self.model,
                page_count=request.page_count,
                primary_language=_language_name(request.primary_lang),
                secondary_language=_language_name(request.secondary_lang),
                character_design=self.design.main_character_design,
                generation=request.generation,
                page=page,
            )
        )
        self.published[page.page_number] = page
        self.revisions[page.page_number] = self.revision

    async def _next_revision(self) -> int:
        """Take the story's next text revision (0 the first time)."""
        story_id = self.event.story_id
        revision = int((await self.handlers.texts(story_id)).get("next", "0"))
        await self.handlers.texts(story_id, "next", str(revision + 1))
        return revision


def _language_name(value: str) -> str:
    """A request's language (a name or an ISO code) as the story names it."""
    return resolve_language(value).name


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
