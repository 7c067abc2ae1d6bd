"""`/reader/`: the web reader (static files, no build step), with a strict content policy."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

from moretale_gateway.reader import STATIC_DIR
from moretale_kit.errors import ApiError

router = APIRouter(include_in_schema=False)

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".webmanifest": "application/manifest+json",
}
# Scripts, styles and fonts only from the gateway; pictures and sound from wherever the asset
# URLs point (asset-service or S3); no frames, no plugins, and referrers never carry a link.
_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; "
        "img-src 'self' http: https: data: blob:; media-src 'self' http: https: blob:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


@router.get("/reader")
async def reader_redirect() -> RedirectResponse:
    return RedirectResponse("/reader/", status_code=308)


@router.get("/reader/{name:path}")
async def reader_file(name: str) -> FileResponse:
    """A file of the reader; `/reader/` is its page."""
    path = (STATIC_DIR / (name or "index.html")).resolve()
    media_type = _TYPES.get(path.suffix)
    if media_type is None or not path.is_relative_to(STATIC_DIR.resolve()) or not path.is_file():
        raise ApiError(404, "NOT_FOUND", "no such file")
    return FileResponse(path, media_type=media_type, headers=_HEADERS)
