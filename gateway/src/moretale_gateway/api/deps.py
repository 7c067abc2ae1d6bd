"""Request dependencies: the API key, the database, the bus, settings.

All are `async def`: FastAPI runs a plain `def` dependency in a worker thread, a thread hop per
dependency per request, and none of these does blocking work.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

import httpx
from fastapi import Depends, Header, Request, Security
from fastapi.security import APIKeyHeader

from moretale_gateway.config import Settings, key_owner
from moretale_gateway.live import StreamSlots
from moretale_gateway.outbox import Outbox
from moretale_kit.bus import Bus
from moretale_kit.db import Database
from moretale_kit.errors import ApiError
from moretale_kit.store import ObjectStore

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


async def get_db(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


async def get_bus(request: Request) -> Bus:
    return request.app.state.runtime.bus  # type: ignore[no-any-return]


async def get_outbox(request: Request) -> Outbox:
    return request.app.state.outbox  # type: ignore[no-any-return]


async def get_store(request: Request) -> ObjectStore:
    return request.app.state.runtime.store  # type: ignore[no-any-return]


async def get_stream_slots(request: Request) -> StreamSlots:
    state = request.app.state
    if getattr(state, "stream_slots", None) is None:
        state.stream_slots = StreamSlots()
    return state.stream_slots  # type: ignore[no-any-return]


async def get_assets(request: Request) -> httpx.AsyncClient:
    return request.app.state.assets  # type: ignore[no-any-return]


_QUERY_NAMES: dict[int, frozenset[str]] = {}


async def reject_unknown_query(request: Request) -> None:
    """400 for a query parameter the route does not take (e.g. `offset`), instead of silently
    ignoring it: a misspelled filter must not look like an empty one."""
    if not request.query_params:
        return
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    names = _QUERY_NAMES.get(id(route))
    if names is None:
        names = _QUERY_NAMES[id(route)] = frozenset(_query_names(dependant))
    unknown = sorted(set(request.query_params) - names)
    if unknown:
        raise ApiError(
            400,
            "VALIDATION_ERROR",
            f"unknown query parameter(s): {', '.join(unknown)}",
            {
                "errors": [
                    {
                        "loc": ["query", name],
                        "msg": "not a parameter of this route",
                        "type": "extra",
                    }
                    for name in unknown
                ]
            },
        )


def _query_names(dependant: Any) -> set[str]:
    """The query parameters a route takes, its dependencies' included."""
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def accepted_owners(settings: Settings, keys: list[str]) -> list[tuple[bytes, str]]:
    """Each accepted key with the owner it stands for in the database (`key_owner`)."""
    secret = settings.api_key_hmac_secret()
    return [(key.encode(), key_owner(secret, key)) for key in keys]


def owner_of(accepted: list[tuple[bytes, str]], key: str | None) -> str:
    """The owner (keyed hash) of an accepted key; 401 in the envelope when it is missing or
    not accepted. Compared against every key in constant time, so timing tells nothing."""
    if not key:
        raise ApiError(401, "UNAUTHORIZED", "missing X-API-Key header")
    given = key.encode()
    owner = None
    for candidate, candidate_owner in accepted:
        if hmac.compare_digest(given, candidate):
            owner = candidate_owner
    if owner is None:
        raise ApiError(401, "UNAUTHORIZED", "invalid API key")
    return owner


async def require_api_key(
    request: Request, key: Annotated[str | None, Security(_api_key_header)]
) -> str:
    """The caller's owner id (the keyed hash of the key, never the key); 401 without one."""
    return owner_of(request.app.state.api_keys, key)


LastEventIdHeader = Annotated[
    str | None,
    Header(
        pattern=r"^[0-9]{1,18}$",
        description="The id of the last event seen (ASCII digits): resume right after it.",
    ),
]
SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_db)]
BusDep = Annotated[Bus, Depends(get_bus)]
AssetsDep = Annotated[httpx.AsyncClient, Depends(get_assets)]
OutboxDep = Annotated[Outbox, Depends(get_outbox)]
StoreDep = Annotated[ObjectStore, Depends(get_store)]
StreamSlotsDep = Annotated[StreamSlots, Depends(get_stream_slots)]
OwnerDep = Annotated[str, Depends(require_api_key)]
