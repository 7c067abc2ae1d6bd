"""Internal routes the gateway calls: a book's result with fresh URLs."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response

from asset_service.api.deps import BooksDep, require_internal
from moretale_contracts.api import StoryResult
from moretale_kit.errors import ApiError

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


@router.delete("/{story_id}", status_code=204)
async def delete_book(story_id: str, books: BooksDep) -> Response:
    """Delete every object and row of a book (idempotent)."""
    await books.delete(story_id)
    return Response(status_code=204)
