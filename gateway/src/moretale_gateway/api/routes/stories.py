"""`/api/stories`: create a book, follow it, read it."""

from __future__ import annotations

import logging

import httpx
from fastapi import APIRouter, Request, Response, status

from moretale_contracts.api import StoryAccepted, StoryCreate, StoryResult, StoryStatus, StoryView
from moretale_gateway import stories
from moretale_gateway.api.deps import ApiKeyDep, AssetsDep, BusDep, DatabaseDep
from moretale_gateway.api.errors import COMMON_ERRORS, NOT_FOUND, story_not_found
from moretale_gateway.models import StoryRow
from moretale_kit.errors import ApiError
from moretale_kit.logs import log_context

log = logging.getLogger(__name__)

router = APIRouter(prefix=stories.API_PREFIX, tags=["stories"], responses=COMMON_ERRORS)


@router.post("/", status_code=status.HTTP_202_ACCEPTED, response_model=StoryAccepted)
async def create_story(
    body: StoryCreate,
    request: Request,
    response: Response,
    db: DatabaseDep,
    bus: BusDep,
    _: ApiKeyDep,
) -> StoryAccepted:
    """Start a book: story text, then narration and illustrations. Answers at once (202)."""
    row = stories.new_row(body, request.state.request_id)
    with log_context(story_id=row.id):
        async with db.session() as session:
            session.add(row)
            await session.commit()
        await stories.publish_requested(db, bus, row)
        log.info("story accepted")
    response.headers["Location"] = stories.status_url(row.id)
    return stories.accepted(row)


async def _row(db: DatabaseDep, story_id: str) -> StoryRow:
    async with db.session() as session:
        row = await session.get(StoryRow, story_id)
    if row is None:
        raise story_not_found(story_id)
    return row


@router.get("/{story_id}", response_model=StoryView, responses=NOT_FOUND)
async def get_story(story_id: str, db: DatabaseDep, _: ApiKeyDep) -> StoryView:
    """Status, the request, progress per stage, and the error if it failed."""
    return stories.view(await _row(db, story_id))


@router.get("/{story_id}/result", response_model=StoryResult, responses=NOT_FOUND)
async def get_result(
    story_id: str, db: DatabaseDep, assets: AssetsDep, _: ApiKeyDep
) -> StoryResult:
    """Every page so far: both texts, audio and illustration URLs (null until made)."""
    row = await _row(db, story_id)
    try:
        answer = await assets.get(f"/internal/books/{story_id}/result")
    except httpx.HTTPError as exc:
        log.warning("asset-service unreachable: %s", exc)
        raise ApiError(503, "ASSET_SERVICE_UNAVAILABLE", "results are unavailable; retry") from exc
    if answer.status_code == 404:
        return StoryResult(id=story_id, status=StoryStatus(row.status))
    if answer.status_code != 200:
        raise ApiError(503, "ASSET_SERVICE_UNAVAILABLE", "results are unavailable; retry")
    result = StoryResult.model_validate_json(answer.content)
    return result.model_copy(update={"status": StoryStatus(row.status)})
