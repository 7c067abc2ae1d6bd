"""Signed local URLs: in the embedded default, asset-service serves the objects itself."""

from __future__ import annotations

import mimetypes

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse

from asset_service.api.deps import StoreDep
from moretale_kit.errors import ApiError
from moretale_kit.store import LocalObjectStore

router = APIRouter(tags=["files"])


@router.get("/files/{key:path}", response_class=FileResponse)
async def get_file(
    key: str,
    store: StoreDep,
    expires: int = Query(description="Unix time after which the URL stops working."),
    signature: str = Query(min_length=64, max_length=64),
) -> FileResponse:
    """An object by a URL asset-service signed; no API key needed, no use after expiry."""
    if not isinstance(store, LocalObjectStore):
        raise ApiError(404, "NOT_FOUND", "objects are served by the object store in this mode")
    try:
        valid = store.verify(key, expires, signature)
        path = store.path(key)
    except ValueError:
        valid = False
    if not valid:
        raise ApiError(403, "URL_INVALID", "the URL is expired or its signature is wrong")
    if not path.is_file():
        raise ApiError(404, "ASSET_NOT_FOUND", "no such asset", {"key": key})
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(
        path, media_type=media_type, headers={"Cache-Control": "private, max-age=300"}
    )
