"""`/api/stories`: create a book, list, follow (poll or SSE), read, cancel, delete, regenerate."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import datetime
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Depends, Header, Query, Request, Response, status
from sse_starlette.sse import EventSourceResponse

from moretale_contracts.api import (
    IllustrationRegeneration,
    StoryAccepted,
    StoryCreate,
    StoryList,
    StoryResult,
    StoryStatus,
    StoryView,
    TtsRegeneration,
)
from moretale_contracts.events import RegenerationKind, StoryDeleted
from moretale_contracts.languages import resolve_language
from moretale_gateway import live, results, stories
from moretale_gateway.api.deps import (
    AssetsDep,
    BusDep,
    DatabaseDep,
    LastEventIdHeader,
    OutboxDep,
    OwnerDep,
    SettingsDep,
    StoreDep,
    StreamSlotsDep,
    reject_unknown_query,
)
from moretale_gateway.api.errors import COMMON_ERRORS, NOT_FOUND, error_doc, error_docs
from moretale_gateway.webhooks import check_callback_url
from moretale_kit.errors import ApiError
from moretale_kit.logs import log_context

log = logging.getLogger(__name__)

router = APIRouter(
    prefix=stories.API_PREFIX,
    tags=["stories"],
    responses=COMMON_ERRORS,
    dependencies=[Depends(reject_unknown_query)],
)

_PREFER_WAIT = re.compile(r"(?:^|[,;\s])wait=(\d+(?:\.\d+)?)")


@router.post(
    "/",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=StoryAccepted,
    responses={
        200: {
            "model": StoryAccepted,
            "description": "Same Idempotency-Key and body, or done "
            "within `Prefer: wait`: the existing story.",
        },
        409: error_doc("Idempotency-Key reused with another body", "IDEMPOTENCY_KEY_REUSED"),
        429: error_doc("Too many books for this key", "RATE_LIMITED"),
    },
)
async def create_story(
    body: StoryCreate,
    request: Request,
    response: Response,
    db: DatabaseDep,
    outbox: OutboxDep,
    settings: SettingsDep,
    owner: OwnerDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
    prefer: Annotated[str | None, Header(max_length=200)] = None,
) -> StoryAccepted:
    """Start a book: story text, then narration and illustrations. Answers at once (202), or
    after up to N seconds with `Prefer: wait=N`."""
    body = stories.check_policy(body, settings)
    if body.callback_url is not None:
        await check_callback_url(body.callback_url, settings.allow_private_callbacks)
    # A retry of a request already accepted is answered before the rate limit counts it.
    replay = None
    if idempotency_key is not None:
        replay = await stories.find_replay(db, owner, idempotency_key, body)
    if replay is not None:
        row, created = replay, False
    else:
        row, created = await stories.create(
            db,
            body,
            owner,
            request.state.request_id,
            idempotency_key,
            rate_limit=settings.rate_limit_per_minute,
        )
    story_id, story_status = row.id, StoryStatus(row.status)
    with log_context(story_id=story_id):
        if created:
            # The row is committed; `story.requested` follows from the outbox (the reconciler
            # publishes it again if this process stops first).
            outbox.submit(story_id, body, request.state.request_id)
            log.info("story accepted")
        else:
            response.status_code = status.HTTP_200_OK
        response.headers["Location"] = stories.status_url(story_id)
        if prefer and (match := _PREFER_WAIT.search(prefer)):
            wait = min(float(match.group(1)), settings.max_wait_sec)
            row = await _wait_until_done(db, owner, story_id, wait)
            story_status = StoryStatus(row.status)
            response.headers["Preference-Applied"] = f"wait={match.group(1)}"
            if story_status.is_terminal:
                response.status_code = status.HTTP_200_OK
    return stories.accepted(story_id, story_status)


async def _wait_until_done(db: DatabaseDep, owner: str, story_id: str, seconds: float) -> Any:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while True:
        row = await stories.get(db, owner, story_id)
        if StoryStatus(row.status).is_terminal or loop.time() >= deadline:
            return row
        await asyncio.sleep(min(0.25, max(deadline - loop.time(), 0)))


def _language(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return resolve_language(value).name
    except ValueError as exc:
        raise ApiError(400, "VALIDATION_ERROR", str(exc)) from exc


@router.get("/", response_model=StoryList)
async def list_stories(
    db: DatabaseDep,
    owner: OwnerDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    status_: Annotated[StoryStatus | None, Query(alias="status")] = None,
    created_from: Annotated[
        datetime | None, Query(description="Created at or after (inclusive).")
    ] = None,
    created_to: Annotated[
        datetime | None, Query(description="Created at or before (inclusive).")
    ] = None,
    child_name: Annotated[
        str | None,
        Query(max_length=100, description="Case-insensitive prefix: `mi` finds Mina and MIHO."),
    ] = None,
    primary_lang: Annotated[str | None, Query(max_length=40)] = None,
    secondary_lang: Annotated[str | None, Query(max_length=40)] = None,
) -> StoryList:
    """Your stories, newest first, without pages. Pass `next_cursor` back as `cursor` (there
    is no `offset`). A query parameter not listed here is a 400."""
    filters = {
        "status": status_,
        "created_from": created_from,
        "created_to": created_to,
        "child_name": child_name,
        "primary_lang": _language(primary_lang),
        "secondary_lang": _language(secondary_lang),
    }
    rows, next_cursor = await stories.page(db, owner, limit, cursor, filters)
    return StoryList(items=[stories.summary(r) for r in rows], next_cursor=next_cursor)


@router.get("/{story_id}", response_model=StoryView, responses=NOT_FOUND)
async def get_story(story_id: str, db: DatabaseDep, store: StoreDep, owner: OwnerDep) -> StoryView:
    """Status, the request, progress per stage, and the error if it failed. Once completed,
    `result`: the story JSON's and the manifests' URLs, counts per kind, whether anything
    failed, and `result_url` for the pages (null before completion)."""
    row = await stories.get(db, owner, story_id)
    return stories.view(row).model_copy(update={"result": results.summary(row, store)})


@router.get("/{story_id}/result", response_model=StoryResult, responses=NOT_FOUND)
async def get_result(
    story_id: str, db: DatabaseDep, assets: AssetsDep, owner: OwnerDep
) -> StoryResult:
    """Every page so far: both texts, audio and illustration URLs (null until made)."""
    row = await stories.get(db, owner, story_id)
    try:
        answer = await assets.get(f"/internal/books/{story_id}/result")
    except httpx.HTTPError as exc:
        log.warning("asset-service unreachable: %s", exc)
        raise _assets_unavailable() from exc
    if answer.status_code == 404:
        return StoryResult(id=story_id, status=StoryStatus(row.status))
    if answer.status_code != 200:
        raise _assets_unavailable()
    result = StoryResult.model_validate_json(answer.content)
    return result.model_copy(update={"status": StoryStatus(row.status)})


def _assets_unavailable() -> ApiError:
    return ApiError(503, "ASSET_SERVICE_UNAVAILABLE", "results are unavailable; retry")


@router.post(
    "/{story_id}/cancel",
    response_model=StoryView,
    responses={**NOT_FOUND, 409: error_doc("Already finished", "STORY_CANCEL_NOT_ALLOWED")},
)
async def cancel_story(story_id: str, db: DatabaseDep, bus: BusDep, owner: OwnerDep) -> StoryView:
    """Stop the book now: workers drop its remaining jobs; nothing flips it back."""
    row = await stories.get(db, owner, story_id)
    with log_context(story_id=story_id):
        row = await stories.cancel(db, bus, row)
        log.info("story canceled")
    return stories.view(row)


@router.delete(
    "/{story_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={
        **NOT_FOUND,
        503: error_doc("Assets could not be deleted", "ASSET_SERVICE_UNAVAILABLE"),
    },
)
async def delete_story(
    story_id: str, db: DatabaseDep, bus: BusDep, assets: AssetsDep, owner: OwnerDep
) -> Response:
    """Remove the story and every object it produced; its URLs stop working. A running
    story is canceled first."""
    row = await stories.get(db, owner, story_id)
    with log_context(story_id=story_id):
        if not StoryStatus(row.status).is_terminal:
            row = await stories.cancel(db, bus, row)
        else:
            await stories.announce_canceled(bus, story_id)  # stray jobs are dropped too
        try:
            answer = await assets.delete(f"/internal/books/{story_id}")
        except httpx.HTTPError as exc:
            raise _assets_unavailable() from exc
        if answer.status_code not in (200, 204):
            raise _assets_unavailable()
        await stories.delete(db, story_id)
        try:
            await bus.publish(StoryDeleted(story_id=story_id))
        except Exception:
            log.warning("could not publish story.deleted", exc_info=True)
        log.info("story deleted")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


_REGENERATION_ERRORS = {
    **NOT_FOUND,
    409: error_docs(
        "The story cannot be made again now",
        {
            "STORY_TEXT_MISSING": "the story has no text to work from yet",
            "STORY_BUSY": "the story is still being made (queued or running)",
            "STORY_CANCELED": "a canceled story cannot be regenerated",
        },
    ),
    429: error_doc("Too many regenerations for this key", "RATE_LIMITED"),
}


@router.post(
    "/{story_id}/tts",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=StoryView,
    responses=_REGENERATION_ERRORS,
)
async def regenerate_tts(
    story_id: str,
    db: DatabaseDep,
    bus: BusDep,
    settings: SettingsDep,
    owner: OwnerDep,
    body: TtsRegeneration | None = None,
) -> StoryView:
    """Narrate again from the stored text (all pages, or `pages`), optionally with another
    voice or model. The story runs again, then completes with the new clips."""
    row = await stories.get(db, owner, story_id)
    row = await stories.regenerate(
        db, bus, settings, row, RegenerationKind.TTS, body or TtsRegeneration()
    )
    return stories.view(row)


@router.post(
    "/{story_id}/illustrations",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=StoryView,
    responses=_REGENERATION_ERRORS,
)
async def regenerate_illustrations(
    story_id: str,
    db: DatabaseDep,
    bus: BusDep,
    settings: SettingsDep,
    owner: OwnerDep,
    body: IllustrationRegeneration | None = None,
) -> StoryView:
    """Paint the pages again (all, or `pages`), optionally with another model or aspect
    ratio; the cover stays, so the child looks the same."""
    row = await stories.get(db, owner, story_id)
    row = await stories.regenerate(
        db, bus, settings, row, RegenerationKind.ILLUSTRATIONS, body or IllustrationRegeneration()
    )
    return stories.view(row)


@router.get(
    "/{story_id}/events",
    response_class=EventSourceResponse,
    responses={
        **NOT_FOUND,
        429: error_doc("Too many open event streams for this key", "TOO_MANY_STREAMS"),
        200: {
            "description": "Server-Sent Events: `status`, `story`, `progress` (page, asset kind, "
            "URL), then one terminal event (`completed`, `failed` or `canceled`). Event ids "
            "are monotonic; reconnect with `Last-Event-ID` to resume (after the terminal "
            "event: `status` and the terminal event again, without an id, and the stream ends).",
            "content": {"text/event-stream": {}},
        },
    },
)
async def story_events(
    story_id: str,
    db: DatabaseDep,
    bus: BusDep,
    store: StoreDep,
    settings: SettingsDep,
    owner: OwnerDep,
    slots: StreamSlotsDep,
    last_event_id: LastEventIdHeader = None,
) -> EventSourceResponse:
    """Live progress of one story, from NATS (so any gateway replica can serve it). At most
    `GATEWAY_SSE_MAX_STREAMS_PER_KEY` open at once per key (per replica): 429 beyond."""
    row = await stories.get(db, owner, story_id)
    after = int(last_event_id) if last_event_id else None
    slots.take(owner, settings.sse_max_streams_per_key)
    events = slots.hold(owner, live.story_events(db, bus, store, row, after))
    return EventSourceResponse(events, ping=settings.sse_heartbeat_sec)
