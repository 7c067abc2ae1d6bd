"""The book to take home: `GET /api/stories/{id}/book.epub` (with the API key) and
`GET /api/shared/{token}/book.epub` (with a share link) download the finished book as an EPUB 3
that reads itself aloud. asset-service keeps it; the gateway passes it through."""

from __future__ import annotations

import logging
from typing import Any

import httpx
from fastapi import APIRouter, Response

from moretale_gateway import stories
from moretale_gateway.api.deps import AssetsDep, DatabaseDep, OwnerDep
from moretale_gateway.api.errors import COMMON_ERRORS, NOT_FOUND, error_doc
from moretale_gateway.api.routes.share import (
    _SHARED_ERRORS,
    SHARED_PREFIX,
    GrantDep,
    _shared_row,
)
from moretale_kit.errors import ApiError

log = logging.getLogger(__name__)

router = APIRouter(tags=["books"])

EPUB_TYPE = "application/epub+zip"
_EPUB_ANSWERS: dict[int | str, dict[str, Any]] = {
    409: error_doc(
        "The book is not finished", "STORY_NOT_COMPLETED", "the book is not finished yet"
    ),
    200: {"content": {EPUB_TYPE: {}}, "description": "The EPUB 3 file."},
}
_EPUB_ERRORS = {**COMMON_ERRORS, **NOT_FOUND, **_EPUB_ANSWERS}
_SHARED_EPUB_ERRORS = {**_SHARED_ERRORS, **_EPUB_ANSWERS}


@router.get(
    f"{stories.API_PREFIX}/{{story_id}}/book.epub", response_class=Response, responses=_EPUB_ERRORS
)
async def story_epub(
    story_id: str, db: DatabaseDep, assets: AssetsDep, owner: OwnerDep
) -> Response:
    """The finished book as an EPUB 3 with Media Overlays (read-along audio); 409 until the
    book is finished."""
    row = await stories.get(db, owner, story_id)
    return await _download(row.id, assets)


@router.get(
    f"{SHARED_PREFIX}/{{token}}/book.epub", response_class=Response, responses=_SHARED_EPUB_ERRORS
)
async def shared_epub(grant: GrantDep, db: DatabaseDep, assets: AssetsDep) -> Response:
    """The shared book as an EPUB 3, no key needed while the link is valid."""
    row = await _shared_row(db, grant)
    response = await _download(row.id, assets)
    response.headers.update({"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})
    return response


async def _download(story_id: str, assets: httpx.AsyncClient) -> Response:
    try:
        answer = await assets.get(f"/internal/books/{story_id}/book.epub")
    except httpx.HTTPError as exc:
        log.warning("asset-service unreachable: %s", exc)
        raise ApiError(503, "ASSET_SERVICE_UNAVAILABLE", "the book is unavailable; retry") from exc
    if answer.status_code in (404, 409):  # no text yet, or not every asset in
        raise ApiError(409, "STORY_NOT_COMPLETED", "the book is not finished yet", {"id": story_id})
    if answer.status_code != 200:
        raise ApiError(503, "ASSET_SERVICE_UNAVAILABLE", "the book is unavailable; retry")
    return Response(
        answer.content,
        media_type=EPUB_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{story_id}.epub"'},
    )
