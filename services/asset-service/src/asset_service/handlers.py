"""Page events in → one asset row each → progress out; the last one → manifests, `result.json`
and `story.completed`."""

from __future__ import annotations

import logging
from typing import Any

from asset_service.books import DONE, FAILED, SKIPPED, Books
from asset_service.epub import write_epub_or_later
from asset_service.models import Asset, BookRecord, WrittenPage
from moretale_contracts.events import (
    AssetUpdate,
    AudioPageCompleted,
    AudioPageEvent,
    AudioPageFailed,
    AudioPageSkipped,
    Event,
    IllustrationPageCompleted,
    IllustrationPageFailed,
    RegenerationKind,
    StoryCanceled,
    StoryCompleted,
    StoryDeleted,
    StoryGenerated,
    StoryPageWritten,
    StoryProgressed,
    StoryRegenerationRequested,
)
from moretale_kit.bus import Bus

log = logging.getLogger(__name__)


class AssetHandlers:
    """The asset-service's message handlers."""

    def __init__(self, bus: Bus, books: Books) -> None:
        self.bus = bus
        self.books = books

    async def on_story_event(self, event: Event) -> None:
        """The book's lifecycle: its text exists, a regeneration, a cancel, a delete."""
        match event:
            case StoryPageWritten():
                await self.on_page_written(event)
            case StoryGenerated():
                await self.on_generated(event)
            case StoryRegenerationRequested():
                kind = "audio" if event.kind is RegenerationKind.TTS else "illustration"
                await self.books.start_revision(event.story_id, event.revision, kind, event.pages)
                # Settled even when a redelivery finds the revision started: the first try
                # may have died between the two.
                await self._settle(event.story_id, None)
            case StoryCanceled():
                await self.books.mark_canceled(event.story_id)
            case StoryDeleted():
                # Again, after the gateway's delete: catches objects in-flight jobs stored since,
                # and the child's request and events still on the streams.
                await self.books.delete(event.story_id)
                await self.bus.purge_story(event.story_id)
                self.books.forget(event.story_id)

    async def on_generated(self, event: StoryGenerated) -> None:
        """Learn what the book expects; a book with nothing to narrate or paint is done now.

        Not for a canceled or deleted story (its tombstone, the cancellation set): a late
        `story.generated` must not bring a deleted book back."""
        if await self.bus.is_canceled(event.story_id):
            log.info("not recording a canceled or deleted story")
            return
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
                tts_model=options.tts_model,
                illustration_model=options.illustration_model,
                vocabulary_audio_words=(
                    event.vocabulary_words if options.enable_vocabulary_audio else 0
                ),
                quiz_key=event.quiz_key,
            )
        )
        # Page events may have arrived first (they travel on another stream).
        await self._settle(event.story_id, None)

    async def on_page_written(self, event: StoryPageWritten) -> None:
        """A page's text arrived while the story is being written: it shows in the result
        (and, through a progress event, on SSE) at once; its clips and picture fill in."""
        if await self.bus.is_canceled(event.story_id):
            return  # canceled or deleted: nothing of it is recorded again
        options = event.generation
        page = WrittenPage(
            story_id=event.story_id,
            page_number=event.page.page_number,
            text_revision=event.revision,
            page_count=event.page_count,
            primary_language=event.primary_language,
            secondary_language=event.secondary_language,
            expect_audio=options.enable_tts,
            expect_illustrations=options.enable_illustration,
            vocabulary_audio=options.enable_tts and options.enable_vocabulary_audio,
            page=event.page.model_dump(mode="json"),
        )
        if await self.books.record_written_page(page):
            await self._settle(event.story_id, None, written=page)

    async def on_page(self, event: Event) -> None:
        """Record one clip or picture, done or failed (unless made from an older text), and
        settle the book: on every delivery, also a redelivery that finds the asset recorded
        (what failed after the commit last time, an announcement or the book's completion, is
        done now; each step is idempotent)."""
        if await self.bus.is_canceled(event.story_id):
            # A job that was under way when its story was canceled or deleted. Of a deleted
            # story (no book), what it stored after the delete is removed now.
            if await self.books.book(event.story_id) is None:
                await self.books.delete(event.story_id)
            return
        asset = _asset(event)
        if await self.books.stale_text(asset):
            log.info("ignored: made from an older text of the page", extra={"asset": asset.key})
            return
        changed = await self.books.record_asset(asset)
        await self._settle(event.story_id, asset if changed else None, announce=True)

    async def sweep(self) -> int:
        """Settle every book that is neither completed nor canceled (a book whose last event
        was handled by a replica that died before settling it); returns how many completed."""
        completed = 0
        for story_id in await self.books.unsettled():
            try:
                completed += await self._settle(story_id, None, announce=False)
            except Exception:
                log.warning("sweep: could not settle %s", story_id, exc_info=True)
        return completed

    async def _progress_while_writing(
        self, story_id: str, changed: Asset | None, written: WrittenPage | None
    ) -> None:
        """Before `story.generated`: progress against the request's page count, for the asset
        that changed or the page whose text arrived."""
        pages = await self.books.written_pages(story_id)
        progress = self.books.progress_while_writing(pages, await self.books.assets(story_id))
        if progress is None:
            return
        update = None
        if written is not None:
            update = AssetUpdate(
                kind="text", page_number=written.page_number, role="page", status="written"
            )
        elif changed is not None:
            update = _update(changed)
        await self.bus.publish(StoryProgressed(story_id=story_id, progress=progress, asset=update))

    async def _settle(
        self,
        story_id: str,
        changed: Asset | None,
        announce: bool = True,
        written: WrittenPage | None = None,
    ) -> bool:
        """Announce progress (for the asset that changed) and finish the book when every
        expected asset of the current revision is in; True if this call completed it."""
        async with self.books.lock(story_id):
            book = await self.books.book(story_id)
            if book is None:
                if announce:
                    await self._progress_while_writing(story_id, changed, written)
                return False
            if book.canceled_at is not None:
                return False
            assets = await self.books.assets(story_id)
            current = self.books.summary(book, assets, current=True)
            update = _update(changed) if changed is not None else None
            if announce:
                await self.bus.publish(
                    StoryProgressed(
                        story_id=story_id,
                        progress=self.books.progress(current),
                        revision=book.revision,
                        asset=update,
                    )
                )
            if book.completed_at is not None or not self.books.is_complete(book, current):
                return False
            if await self.bus.is_canceled(story_id):
                return False  # canceled or deleted meanwhile: nothing is written for it
            key = await self.books.write_outputs(book, assets)
            await write_epub_or_later(self.books, book, assets)  # book.epub (read-along)
            summary = self.books.summary(book, assets)
            # Announce before marking: a crash in between re-announces (deduplicated),
            # where the other order could lose the announcement for good.
            await self.bus.publish(
                StoryCompleted(
                    story_id=story_id,
                    result_key=key,
                    assets=summary,
                    revision=book.revision,
                )
            )
            if not await self.books.mark_completed(story_id, book.revision):
                return False  # a regeneration began meanwhile: it completes on its own
            log.info(
                "book completed",
                extra={"has_partial_failures": summary.has_partial_failures},
            )
        self.books.forget(story_id)
        return True


def _update(changed: Asset) -> AssetUpdate:
    return AssetUpdate(
        kind=changed.kind,  # type: ignore[arg-type]
        page_number=changed.page_number,
        role=changed.role,
        status=changed.status,
        key=changed.key,
    )


def _asset(event: Event) -> Asset:
    match event:
        case AudioPageEvent():
            fields = _audio_fields(event)
            match event:
                case AudioPageCompleted():
                    return Asset(
                        **fields,
                        status=DONE,
                        key=event.key,
                        sentences=[timing.model_dump() for timing in event.sentences],
                        timed_by=event.timed_by,
                        model=event.model,
                    )
                case AudioPageFailed():
                    return Asset(
                        **fields,
                        status=FAILED,
                        error_code=event.error.code,
                        error_message=event.error.message,
                    )
                case AudioPageSkipped():
                    return Asset(**fields, status=SKIPPED, error_message=event.reason)
        case IllustrationPageCompleted():
            return Asset(
                story_id=event.story_id,
                kind="illustration",
                page_number=event.page_number,
                role=event.kind.value,
                status=DONE,
                key=event.key,
                prompt_mode=event.prompt_mode,
                revision=event.revision,
                text_revision=event.text_revision,
                model=event.model,
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
                revision=event.revision,
                text_revision=event.text_revision,
            )
    raise TypeError(f"not a page event: {type(event).__name__}")


def _audio_fields(event: AudioPageEvent) -> dict[str, Any]:
    """Where a clip sits: a page's text, or one of its vocabulary words."""
    index = event.vocabulary_index
    return {
        "story_id": event.story_id,
        "kind": "audio" if index is None else "vocabulary",
        "page_number": event.page_number,
        "role": event.role.value if index is None else f"{index}.{event.role.value}",
        "language": event.language,
        "revision": event.revision,
        "text_revision": event.text_revision,
    }
