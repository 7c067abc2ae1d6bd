"""Page events in → one asset row each → progress out; the last one → manifests, `result.json`
and `story.completed`."""

from __future__ import annotations

import logging

from asset_service.books import DONE, FAILED, SKIPPED, Books
from asset_service.models import Asset, BookRecord
from moretale_contracts.events import (
    AudioPageCompleted,
    AudioPageFailed,
    AudioPageSkipped,
    Event,
    IllustrationPageCompleted,
    IllustrationPageFailed,
    StoryCompleted,
    StoryGenerated,
    StoryProgressed,
)
from moretale_kit.bus import Bus

log = logging.getLogger(__name__)


class AssetHandlers:
    """The asset-service's message handlers."""

    def __init__(self, bus: Bus, books: Books) -> None:
        self.bus = bus
        self.books = books

    async def on_generated(self, event: StoryGenerated) -> None:
        """Learn what the book expects; a book with nothing to narrate or paint is done now."""
        options = event.generation
        await self.books.record_book(
            BookRecord(
                story_id=event.story_id,
                story_key=event.story_key,
                story_model=event.story_model,
                page_count=event.page_count,
                primary_language=event.primary_language,
                secondary_language=event.secondary_language,
                expect_audio=options.enable_tts,
                expect_illustrations=options.enable_illustration,
            )
        )
        # Page events may have arrived first (they travel on another stream).
        await self._settle(event.story_id, changed=True)

    async def on_page(self, event: Event) -> None:
        """Record one clip or picture, done or failed."""
        changed = await self.books.record_asset(_asset(event))
        await self._settle(event.story_id, changed)

    async def _settle(self, story_id: str, changed: bool) -> None:
        async with self.books.lock(story_id):
            book = await self.books.book(story_id)
            assets = await self.books.assets(story_id)
            summary = self.books.summary(book, assets)
            if book is None:
                return
            if changed:
                await self.bus.publish(
                    StoryProgressed(story_id=story_id, progress=self.books.progress(summary))
                )
            if book.completed_at is None and self.books.is_complete(book, summary):
                key = await self.books.write_outputs(book, assets)
                # Announce before marking: a crash in between re-announces (deduplicated),
                # where the other order could lose the announcement for good.
                await self.bus.publish(
                    StoryCompleted(story_id=story_id, result_key=key, assets=summary)
                )
                await self.books.mark_completed(story_id)
                log.info(
                    "book completed",
                    extra={"has_partial_failures": summary.has_partial_failures},
                )


def _asset(event: Event) -> Asset:
    match event:
        case AudioPageCompleted():
            return Asset(
                story_id=event.story_id,
                kind="audio",
                page_number=event.page_number,
                role=event.role.value,
                language=event.language,
                status=DONE,
                key=event.key,
            )
        case AudioPageFailed():
            return Asset(
                story_id=event.story_id,
                kind="audio",
                page_number=event.page_number,
                role=event.role.value,
                language=event.language,
                status=FAILED,
                error_code=event.error.code,
                error_message=event.error.message,
            )
        case AudioPageSkipped():
            return Asset(
                story_id=event.story_id,
                kind="audio",
                page_number=event.page_number,
                role=event.role.value,
                language=event.language,
                status=SKIPPED,
                error_message=event.reason,
            )
        case IllustrationPageCompleted():
            return Asset(
                story_id=event.story_id,
                kind="illustration",
                page_number=event.page_number,
                role=event.kind.value,
                status=DONE,
                key=event.key,
                prompt_mode=event.prompt_mode,
            )
        case IllustrationPageFailed():
            return Asset(
                story_id=event.story_id,
                kind="illustration",
                page_number=event.page_number,
                role=event.kind.value,
                status=FAILED,
                error_code=event.error.code,
                error_message=event.error.message,
            )
    raise TypeError(f"not a page event: {type(event).__name__}")
