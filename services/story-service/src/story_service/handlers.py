"""`story.requested` in → story written → `story_{model}.json` stored → `story.generated` out."""

from __future__ import annotations

import logging

from moretale_contracts.api import ErrorInfo
from moretale_contracts.events import StoryFailed, StoryGenerated, StoryRequested, StoryStarted
from moretale_contracts.storage import story_key
from moretale_contracts.story import Story
from moretale_kit.bus import Bus, error_code
from moretale_kit.store import ObjectStore
from moretale_kit.telemetry import provider_call
from story_service.writers import StoryWriter, model_for

log = logging.getLogger(__name__)


class StoryHandlers:
    """The story-service's message handlers."""

    def __init__(self, bus: Bus, store: ObjectStore, writer: StoryWriter) -> None:
        self.bus = bus
        self.store = store
        self.writer = writer

    async def on_requested(self, event: StoryRequested) -> None:
        """Write the story once; a redelivery finds it stored and only re-announces it."""
        request = event.request
        model = model_for(self.writer, request)
        key = story_key(event.story_id, model)
        if await self.store.exists(key):
            story = Story.model_validate_json(await self.store.get(key))
        else:
            await self.bus.publish(StoryStarted(story_id=event.story_id))
            async with provider_call("write", model, event.story_id):
                story = await self.writer.write(request)
            if len(story.pages) != request.page_count:
                raise ValueError(
                    f"writer returned {len(story.pages)} pages, expected {request.page_count}"
                )
            await self.store.put(key, story.model_dump_json(indent=2).encode(), "application/json")
            log.info("story written", extra={"key": key, "pages": len(story.pages)})
        await self.bus.publish(
            StoryGenerated(
                story_id=event.story_id,
                story_key=key,
                story_model=model,
                page_count=len(story.pages),
                primary_language=story.primary_language,
                secondary_language=story.secondary_language,
                generation=request.generation,
                vocabulary_words=sum(len(page.vocabulary) for page in story.pages),
            )
        )

    async def on_failed(self, event: StoryRequested, exc: BaseException) -> None:
        """Every attempt failed: the book cannot be made."""
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
