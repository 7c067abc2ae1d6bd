"""Request dependencies of asset-service's routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from asset_service.books import Books
from moretale_kit.store import ObjectStore


def get_books(request: Request) -> Books:
    return request.app.state.books  # type: ignore[no-any-return]


def get_store(request: Request) -> ObjectStore:
    return request.app.state.runtime.store  # type: ignore[no-any-return]


BooksDep = Annotated[Books, Depends(get_books)]
StoreDep = Annotated[ObjectStore, Depends(get_store)]
