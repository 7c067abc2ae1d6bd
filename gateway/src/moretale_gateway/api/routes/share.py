"""Share links: `POST /api/stories/{id}/share` (the owner, with the API key) makes a signed,
expiring link; `GET /api/shared/{token}` and `/api/shared/{token}/events` let whoever holds it
read that one story, and nothing else, without a key."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response
from pydantic import BaseModel, Field
from sse_starlette.sse import EventSourceResponse

from moretale_contracts.api import StoryResult, StoryView
from moretale_gateway import live, results, stories
from moretale_gateway.api.deps import (
    AssetsDep,
    BusDep,
    DatabaseDep,
    LastEventIdHeader,
    OwnerDep,
    SettingsDep,
    StoreDep,
    StreamSlotsDep,
    reject_unknown_query,
)
from moretale_gateway.api.errors import COMMON_ERRORS, NOT_FOUND, error_doc
from moretale_gateway.api.routes.stories import get_result
from moretale_gateway.models import StoryRow, utcnow
from moretale_gateway.reader import tokens
from moretale_kit.db import Database

router = APIRouter(tags=["sharing"], dependencies=[Depends(reject_unknown_query)])

SHARED_PREFIX = "/api/shared"
READER_PATH = "/reader/"
# No-store: a shared answer carries fresh signed URLs and must not outlive the link in a cache.
_PRIVATE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}

_SHARED_ERRORS: dict[int | str, dict[str, Any]] = {
    **{code: doc for code, doc in COMMON_ERRORS.items() if code != 401},
    **NOT_FOUND,
    403: error_doc(
        "The link is expired or not valid", "SHARE_LINK_EXPIRED", "this share link has expired"
    ),
}


class ShareLink(BaseModel):
    """A read-only link to one story for someone without the API key."""

    url: str = Field(description="The reader, opened on this book with the token.")
    token: str = Field(description="For `GET /api/shared/{token}` and its `/events`.")
    expires_at: datetime


class SharedBook(BaseModel):
    """`GET /api/shared/{token}`: the story's status and the book so far."""

    story: StoryView
    result: StoryResult
    expires_at: datetime = Field(description="When the link stops working.")


def get_share_secret(request: Request) -> str:
    """The share secret, read once per process (it may live in a file in the data dir)."""
    state = request.app.state
    if getattr(state, "share_secret", None) is None:
        state.share_secret = tokens.share_secret(request.app.state.settings)
    return state.share_secret  # type: ignore[no-any-return]


ShareSecretDep = Annotated[str, Depends(get_share_secret)]
TokenPath = Annotated[str, Path(min_length=1, max_length=400, description="A share token.")]


def share_grant(token: TokenPath, secret: ShareSecretDep) -> tokens.ShareGrant:
    """The grant in the path's token; 403 before anything else is looked at."""
    return tokens.verify(secret, token)


GrantDep = Annotated[tokens.ShareGrant, Depends(share_grant)]


@router.post(
    f"{stories.API_PREFIX}/{{story_id}}/share",
    response_model=ShareLink,
    responses={**COMMON_ERRORS, **NOT_FOUND},
)
async def share_story(
    story_id: str,
    db: DatabaseDep,
    settings: SettingsDep,
    secret: ShareSecretDep,
    owner: OwnerDep,
) -> ShareLink:
    """A signed link that opens this book in the reader, read-only, for
    `GATEWAY_SHARE_TTL_SEC` (default 7 days), without the API key."""
    row = await stories.get(db, owner, story_id)
    expires_at = (utcnow() + timedelta(seconds=settings.share_ttl_sec)).replace(microsecond=0)
    token = tokens.mint(secret, row.id, expires_at)
    url = f"{settings.public_url.rstrip('/')}{READER_PATH}#/book/{row.id}?token={token}"
    return ShareLink(url=url, token=token, expires_at=expires_at)


async def _shared_row(db: Database, grant: tokens.ShareGrant) -> StoryRow:
    async with db.session() as session:
        row = await session.get(StoryRow, grant.story_id)
    if row is None:
        raise stories.not_found(grant.story_id)  # deleted since the link was made
    return row


def _public_view(view: StoryView) -> StoryView:
    # The owner's webhook address is theirs, not the reader's.
    return view.model_copy(
        update={"request": view.request.model_copy(update={"callback_url": None})}
    )


@router.get(f"{SHARED_PREFIX}/{{token}}", response_model=SharedBook, responses=_SHARED_ERRORS)
async def shared_book(
    grant: GrantDep, response: Response, db: DatabaseDep, assets: AssetsDep, store: StoreDep
) -> SharedBook:
    """The shared story's status and its book so far (as `/result` gives it), no key needed."""
    row = await _shared_row(db, grant)
    result = await get_result(row.id, db, assets, row.owner)
    response.headers.update(_PRIVATE)
    story = stories.view(row).model_copy(update={"result": results.summary(row, store)})
    return SharedBook(story=_public_view(story), result=result, expires_at=grant.expires_at)


@router.get(
    f"{SHARED_PREFIX}/{{token}}/events",
    response_class=EventSourceResponse,
    responses={
        **_SHARED_ERRORS,
        429: error_doc("Too many open event streams for this link", "TOO_MANY_STREAMS"),
        200: {
            "description": "The same Server-Sent Events as `/api/stories/{id}/events`.",
            "content": {"text/event-stream": {}},
        },
    },
)
async def shared_events(
    grant: GrantDep,
    db: DatabaseDep,
    bus: BusDep,
    store: StoreDep,
    settings: SettingsDep,
    slots: StreamSlotsDep,
    token: TokenPath,
    last_event_id: LastEventIdHeader = None,
) -> EventSourceResponse:
    """Live progress of the shared story. The link is checked when the stream opens. At most
    `GATEWAY_SSE_MAX_STREAMS_PER_SHARE` open at once per link (per replica): 429 beyond."""
    row = await _shared_row(db, grant)
    after = int(last_event_id) if last_event_id else None
    holder = f"share:{token}"
    slots.take(holder, settings.sse_max_streams_per_share)
    events = slots.hold(holder, _without_callback(live.story_events(db, bus, store, row, after)))
    return EventSourceResponse(events, ping=settings.sse_heartbeat_sec, headers=_PRIVATE)


async def _without_callback(
    events: AsyncIterator[dict[str, Any]],
) -> AsyncIterator[dict[str, Any]]:
    """`live.story_events`, with the owner's callback URL taken out of the story views."""
    async with contextlib.aclosing(events) as inner:  # type: ignore[type-var]
        async for event in inner:
            data = event.get("data")
            if isinstance(data, str) and '"callback_url"' in data:
                body = json.loads(data)
                if isinstance(body.get("request"), dict):
                    body["request"]["callback_url"] = None
                    event = {**event, "data": json.dumps(body)}
            yield event
