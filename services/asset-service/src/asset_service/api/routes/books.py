"""Internal routes the gateway calls: a book's result with fresh URLs."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response

from asset_service.api.deps import BooksDep, require_internal
from asset_service.epub import write_epub
from moretale_contracts.api import StoryResult
from moretale_contracts.storage import epub_key
from moretale_kit.errors import ApiError
from moretale_kit.store import ObjectNotFound

router = APIRouter(
    prefix="/internal/books", tags=["internal"], dependencies=[Depends(require_internal)]
)


@router.get("/{story_id}/result", response_model=StoryResult)
async def book_result(story_id: str, books: BooksDep) -> StoryResult:
    """The book so far, page by page, with URLs valid for the configured time."""
    result = await books.result(story_id)
    if result is None:
        raise ApiError(404, "STORY_NOT_FOUND", "no story text exists yet", {"id": story_id})
    return result


@router.get("/{story_id}/book.epub", response_class=Response)
async def book_epub(story_id: str, books: BooksDep) -> Response:
    """The finished book as an EPUB 3 (built now if it was finished before EPUBs existed)."""
    book = await books.book(story_id)
    if book is None:
        raise ApiError(404, "STORY_NOT_FOUND", "no story text exists yet", {"id": story_id})
    if book.completed_at is None:
        raise ApiError(409, "STORY_NOT_COMPLETED", "the book is not finished yet", {"id": story_id})
    key = epub_key(story_id)
    try:
        data = await books.store.get(key)
    except ObjectNotFound:
        async with books.lock(story_id):
            await write_epub(books, book, await books.assets(story_id))
        data = await books.store.get(key)
    return Response(data, media_type="application/epub+zip")


@router.delete("/{story_id}", status_code=204)
async def delete_book(story_id: str, books: BooksDep) -> Response:
    """Delete every object and row of a book (idempotent)."""
    await books.delete(story_id)
    return Response(status_code=204)
