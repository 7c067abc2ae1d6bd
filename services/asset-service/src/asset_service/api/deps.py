"""Request dependencies of asset-service's routes."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from asset_service.books import Books
from moretale_kit.errors import ApiError
from moretale_kit.store import ObjectStore

_bearer = HTTPBearer(auto_error=False, description="The shared `MORETALE_INTERNAL_TOKEN`.")


def get_books(request: Request) -> Books:
    return request.app.state.books  # type: ignore[no-any-return]


def get_store(request: Request) -> ObjectStore:
    return request.app.state.runtime.store  # type: ignore[no-any-return]


async def require_internal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]
) -> None:
    """Internal routes answer only on the internal port, and only to the service credential
    (compared in constant time): 404 on the public port, 401 without it, 403 when wrong."""
    settings = request.app.state.settings
    server = request.scope.get("server")
    if settings.internal_port != settings.port and server and server[1] != settings.internal_port:
        raise ApiError(404, "NOT_FOUND", "not found")
    if credentials is None:
        raise ApiError(401, "UNAUTHORIZED", "missing service credential")
    expected: str = request.app.state.internal_secret
    if not hmac.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise ApiError(403, "FORBIDDEN", "invalid service credential")


BooksDep = Annotated[Books, Depends(get_books)]
StoreDep = Annotated[ObjectStore, Depends(get_store)]
