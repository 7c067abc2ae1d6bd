"""Stories as the gateway keeps them: created, listed, canceled, deleted, regenerated, shown.

The `stories` row is the source of truth; events are published after it is written, and a story
whose publish failed stays `queued` until the reconciler publishes it again. Every other change
that must reach the bus (a cancellation, a regeneration) works the same way: one conditional
statement (`UPDATE … WHERE status IN (…)`, the same on SQLite and PostgreSQL) moves the row and
clears `published_at`; the announcement follows and sets it; the reconciler announces again
whatever is left unannounced.

The hot paths (create, read one, the rate limit, `published_at`) are SQLAlchemy Core statements
run as one unit each (`Database.run`), not ORM objects: the rows they return (`Row`) have the
same attributes as `StoryRow`.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from prometheus_client import Counter
from sqlalchemy import Connection, Row, bindparam, func, insert, or_, text, update
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from moretale_contracts.api import (
    ErrorInfo,
    GenerationOptions,
    IllustrationRegeneration,
    Progress,
    StageProgress,
    StoryAccepted,
    StoryCreate,
    StoryStatus,
    StorySummary,
    StoryView,
    TtsRegeneration,
)
from moretale_contracts.events import (
    RegenerationKind,
    StoryCanceled,
    StoryRegenerationRequested,
    StoryRequested,
)
from moretale_contracts.languages import resolve_language
from moretale_gateway.config import Settings
from moretale_gateway.ids import new_story_id
from moretale_gateway.models import Regeneration, StoryRow, utcnow
from moretale_kit.bus import Bus
from moretale_kit.db import Database
from moretale_kit.errors import ApiError

log = logging.getLogger(__name__)

API_PREFIX = "/api/stories"
RATE_WINDOW = timedelta(minutes=1)

STORIES = StoryRow.__table__
REGENERATIONS = Regeneration.__table__
Story = StoryRow | Row[Any]
"""A story as read: an ORM row, or a Core row of the same table (same attribute names)."""

_BY_ID = core_select(STORIES).where(STORIES.c.id == bindparam("story_id"))
_BY_IDEMPOTENCY_KEY = core_select(STORIES.c.id, STORIES.c.status, STORIES.c.request_hash).where(
    STORIES.c.owner == bindparam("owner"), STORIES.c.idempotency_key == bindparam("key")
)

STORY_TRANSITIONS = Counter(
    "moretale_story_transitions_total", "Stories entering each status.", ["status"]
)


def status_url(story_id: str) -> str:
    return f"{API_PREFIX}/{story_id}"


def result_url(story_id: str) -> str:
    return f"{API_PREFIX}/{story_id}/result"


def not_found(story_id: str) -> ApiError:
    return ApiError(404, "STORY_NOT_FOUND", "story not found", {"id": story_id})


def request_hash(request: StoryCreate) -> str:
    """A fingerprint of the body, to tell a retried request from a different one."""
    canonical = json.dumps(request.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_policy(request: StoryCreate, settings: Settings) -> StoryCreate:
    """The server's limits and allowlists (stricter than the contract's hard caps); 400.

    Returns the request as stored: a retired model id replaced by the model serving it."""
    problems: list[dict[str, Any]] = []

    def reject(field: str, message: str) -> None:
        problems.append({"loc": ["body", *field.split(".")], "msg": message, "type": "policy"})

    if len(request.child_name) > settings.max_child_name_length:
        reject("child_name", f"at most {settings.max_child_name_length} characters")
    for code, name in (request.child_names or {}).items():
        if len(name) > settings.max_child_name_length:
            reject(f"child_names.{code}", f"at most {settings.max_child_name_length} characters")
    if len(request.theme) > settings.max_theme_length:
        reject("theme", f"at most {settings.max_theme_length} characters")
    if len(request.extra_prompt) > settings.max_extra_prompt_length:
        reject("extra_prompt", f"at most {settings.max_extra_prompt_length} characters")
    for field in ("primary_lang", "secondary_lang"):
        if resolve_language(getattr(request, field)).code not in settings.languages:
            reject(field, "language not enabled on this server")
    generation = check_models(request.generation, settings, reject)
    if problems:
        raise ApiError(400, "VALIDATION_ERROR", "request validation failed", {"errors": problems})
    return request.model_copy(update={"generation": generation})


def check_models(options: GenerationOptions, settings: Settings, reject: Any) -> GenerationOptions:
    """The options with each retired model id replaced by the model serving it (the alias
    table); ids outside the configured allowlists are rejected, naming the allowed ones."""
    catalog = settings.common.model_catalog
    current = {}
    for field, allowed in (
        ("story_model", settings.story_models),
        ("tts_model", settings.tts_models),
        ("illustration_model", settings.illustration_models),
    ):
        value = getattr(options, field)
        if value is None:
            continue
        current[field] = catalog.resolve(value)
        if current[field] not in allowed:
            reject(f"generation.{field}", f"model not allowed; allowed: {sorted(allowed)}")
    return options.model_copy(update=current)


def _moments(table: Any) -> Any:
    """When the key made each row of `table` since `since`."""
    return core_select(table.c.created_at).where(
        table.c.owner == bindparam("owner"), table.c.created_at >= bindparam("since")
    )


def _recent(table: Any) -> Any:
    """How many rows of `table` the key made since `since`, counting up to `limit` only (an
    index range that stops at the limit)."""
    rows = _moments(table).limit(bindparam("limit"))
    return core_select(func.count()).select_from(rows.subquery()).scalar_subquery()


_WITHIN_LIMIT = _recent(STORIES) + _recent(REGENERATIONS) < bindparam("limit")
_RATE_OK = core_select(_WITHIN_LIMIT)
_RATE_MOMENTS = [_moments(table) for table in (STORIES, REGENERATIONS)]

_NEW_STORY = (
    "id",
    "owner",
    "status",
    "request",
    "request_id",
    "idempotency_key",
    "request_hash",
    "child_name",
    "primary_lang",
    "secondary_lang",
    "created_at",
    "updated_at",
)
_RETURNED = (STORIES.c.id, STORIES.c.status)
# The same row, inserted only while the key is under its limit: one statement both counts and
# writes, so nothing slips in between a count and an insert (on PostgreSQL, with `_KEY_TURN`).
_INSERT_WITHIN_LIMIT = (
    insert(STORIES)
    .from_select(
        _NEW_STORY,
        core_select(*(bindparam(f"new_{c}", type_=STORIES.c[c].type) for c in _NEW_STORY)).where(
            _WITHIN_LIMIT
        ),
    )
    .returning(*_RETURNED)
)


# PostgreSQL: a key's rate-limited writes (books, regenerations) take turns. There each
# statement counts what was committed when it began, so inserts running at once would each miss
# the others' rows and a burst could pass the limit (measured: 8 of 30 at a limit of 5); a lock
# on the key, held to the commit, makes the next write count after the last one committed.
# SQLite writes one transaction at a time anyway. (Two-key advisory locks: a space apart from
# migrations' lock.)
_KEY_TURN = text("select pg_advisory_xact_lock(1297371724, hashtext(:owner))")  # "MTRL"


def _take_turn(conn: Connection, owner: str) -> None:
    """Wait for the key's earlier rate-limited writes to commit (PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        conn.execute(_KEY_TURN, {"owner": owner})


def _within_limit(conn: Connection, owner: str, limit: int) -> bool:
    _take_turn(conn, owner)
    return bool(conn.execute(_RATE_OK, _rate_params(owner, limit)).scalar_one())


def _insert_within_limit(conn: Connection, params: dict[str, Any]) -> Row[Any] | None:
    _take_turn(conn, params["owner"])
    return conn.execute(_INSERT_WITHIN_LIMIT, params).first()


def _rate_params(owner: str, limit: int) -> dict[str, Any]:
    return {"owner": owner, "since": utcnow() - RATE_WINDOW, "limit": limit}


async def _rate_limited(db: Database, owner: str, limit: int) -> ApiError:
    """The 429 of a key at its limit; Retry-After is when its oldest counted moment leaves
    the window."""
    params = _rate_params(owner, limit)
    moments = await db.run(
        lambda conn: sorted(
            m for query in _RATE_MOMENTS for m in conn.execute(query, params).scalars()
        )
    )
    retry_after = 1
    if len(moments) >= limit:
        oldest = _aware(moments[len(moments) - limit])
        assert oldest is not None
        retry_after = max(1, int((oldest + RATE_WINDOW - utcnow()).total_seconds()) + 1)
    return ApiError(
        429,
        "RATE_LIMITED",
        "too many requests for this API key; retry later",
        {"limit_per_minute": limit},
        headers={"Retry-After": str(retry_after)},
    )


async def create(
    db: Database,
    request: StoryCreate,
    owner: str,
    request_id: str | None,
    idempotency_key: str | None,
    rate_limit: int,
) -> tuple[Row[Any], bool]:
    """Insert a queued story, committed before this returns: its (id, status) and True.

    The key's books and regenerations of the last minute are counted in the same statement,
    and at `rate_limit` nothing is inserted: 429. Callers look
    for a replay first (`find_replay`); when two requests with the same idempotency key race,
    the loser gets the winner's story (False), or a 409 if its body differs.
    """
    now = utcnow()
    values = {
        "id": new_story_id(request.child_name, request.theme, now),
        "owner": owner,
        "status": StoryStatus.QUEUED.value,
        "request": request.model_dump(mode="json"),
        "request_id": request_id,
        "idempotency_key": idempotency_key,
        "request_hash": request_hash(request),
        "child_name": request.child_name,
        "primary_lang": request.primary_lang,
        "secondary_lang": request.secondary_lang,
        "created_at": now,
        "updated_at": now,
    }
    params = {f"new_{k}": v for k, v in values.items()} | _rate_params(owner, rate_limit)
    try:
        row = await db.run(lambda conn: _insert_within_limit(conn, params), write=True)
    except IntegrityError:
        # Two requests with the same key raced; the first one's story is the story.
        existing = await find_replay(db, owner, idempotency_key or "", request)
        if existing is None:
            raise
        return existing, False
    if row is None:
        raise await _rate_limited(db, owner, rate_limit)
    STORY_TRANSITIONS.labels(StoryStatus.QUEUED).inc()
    return row, True


async def find_replay(db: Database, owner: str, key: str, request: StoryCreate) -> Row[Any] | None:
    """The story an Idempotency-Key already made for this body (its id, status and request
    hash); 409 if it was another body."""
    params = {"owner": owner, "key": key}
    row = await db.run(lambda conn: conn.execute(_BY_IDEMPOTENCY_KEY, params).first())
    if row is None:
        return None
    if row.request_hash != request_hash(request):
        raise ApiError(
            409,
            "IDEMPOTENCY_KEY_REUSED",
            "this Idempotency-Key was used with a different request body",
            {"id": row.id},
        )
    return row


async def publish_requested(
    bus: Bus, story_id: str, request: StoryCreate, request_id: str | None
) -> bool:
    """Publish `story.requested` (message id `{id}:requested`, so a republish inside the
    duplicate window is dropped); False (logged) if NATS failed. The caller records success
    with `mark_published`."""
    event = StoryRequested(story_id=story_id, request=request, request_id=request_id)
    try:
        await bus.publish(event, msg_id=f"{story_id}:requested")
    except Exception as exc:
        log.warning("could not publish story.requested; the reconciler will retry: %s", exc)
        return False
    return True


async def mark_published(db: Database, story_ids: Sequence[str]) -> None:
    """Note that `story.requested` of these stories reached JetStream (one statement)."""
    if not story_ids:
        return
    statement = update(STORIES).where(STORIES.c.id.in_(story_ids)).values(published_at=utcnow())
    await db.run(lambda conn: conn.execute(statement), write=True)


async def get(db: Database, owner: str, story_id: str) -> Row[Any]:
    """The caller's story, or 404 (another key's story is not found either)."""
    row = await db.run(lambda conn: conn.execute(_BY_ID, {"story_id": story_id}).first())
    if row is None or row.owner != owner:
        raise not_found(story_id)
    return row


def encode_cursor(row: Story) -> str:
    created = _aware(row.created_at)
    assert created is not None
    raw = json.dumps([created.isoformat(), row.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created, story_id = json.loads(raw)
        return datetime.fromisoformat(created), str(story_id)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise ApiError(400, "INVALID_CURSOR", "cursor is not one this API gave out") from exc


async def page(
    db: Database,
    owner: str,
    limit: int,
    cursor: str | None,
    filters: dict[str, Any],
) -> tuple[list[StoryRow], str | None]:
    """The caller's stories, newest first, after `cursor`; and the cursor for the next page."""
    query = select(StoryRow).where(StoryRow.owner == owner)
    if (status := filters.get("status")) is not None:
        query = query.where(StoryRow.status == status)
    if (created_from := filters.get("created_from")) is not None:
        query = query.where(StoryRow.created_at >= created_from)
    if (created_to := filters.get("created_to")) is not None:
        query = query.where(StoryRow.created_at <= created_to)  # inclusive, as created_from
    if (name := filters.get("child_name")) is not None:
        # A case-insensitive prefix search: "mi" finds Mina and MIHO; % and _ are literal.
        pattern = name.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(func.lower(StoryRow.child_name).like(f"{pattern}%", escape="\\"))
    for field in ("primary_lang", "secondary_lang"):
        if (value := filters.get(field)) is not None:
            query = query.where(getattr(StoryRow, field) == value)
    if cursor is not None:
        created, story_id = decode_cursor(cursor)
        query = query.where(
            or_(
                col(StoryRow.created_at) < created,
                (col(StoryRow.created_at) == created) & (col(StoryRow.id) < story_id),
            )
        )
    query = query.order_by(col(StoryRow.created_at).desc(), col(StoryRow.id).desc())
    async with db.session() as session:
        rows = list((await session.exec(query.limit(limit + 1))).all())
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, encode_cursor(rows[-1]) if more and rows else None


_RUNNING = (StoryStatus.QUEUED.value, StoryStatus.RUNNING.value)
_FINISHED = (StoryStatus.COMPLETED.value, StoryStatus.FAILED.value)


def _cancel_row(story_id: str, conn: Connection) -> Row[Any] | None:
    """Cancel a queued or running story in one conditional statement; the row, or None if it
    was not queued or running (then `_BY_ID` tells why)."""
    now = utcnow()
    moved = conn.execute(
        update(STORIES)
        .where(STORIES.c.id == story_id, STORIES.c.status.in_(_RUNNING))
        .values(
            status=StoryStatus.CANCELED.value, completed_at=now, updated_at=now, published_at=None
        )
    ).rowcount
    row = conn.execute(_BY_ID, {"story_id": story_id}).first()
    return row if moved else None


async def cancel(db: Database, bus: Bus, row: Story) -> Row[Any]:
    """Cancel at once: the row first (the truth), then tell the workers (the reconciler tells
    them again if that fails)."""
    canceled = await db.run(functools.partial(_cancel_row, row.id), write=True)
    if canceled is None:
        stored = await db.run(lambda conn: conn.execute(_BY_ID, {"story_id": row.id}).first())
        if stored is None:
            raise not_found(row.id)
        raise ApiError(
            409,
            "STORY_CANCEL_NOT_ALLOWED",
            f"a {stored.status} story cannot be canceled",
            {"id": row.id, "status": stored.status},
        )
    STORY_TRANSITIONS.labels(StoryStatus.CANCELED).inc()
    if await announce_canceled(bus, row.id):
        await mark_published(db, [row.id])
    return canceled


async def announce_canceled(bus: Bus, story_id: str) -> bool:
    """Tell workers to stop (the cancellation set) and publish `story.canceled`; False
    (logged) if NATS failed: the row is unannounced and the reconciler tries again."""
    try:
        await bus.mark_canceled(story_id)
        await bus.publish(StoryCanceled(story_id=story_id))
    except Exception:
        # The row already says canceled, so nothing it produces can flip it back.
        log.warning("could not announce a cancellation; the reconciler will retry", exc_info=True)
        return False
    return True


async def delete(db: Database, story_id: str) -> None:
    """Remove the story's row and its regenerations (one unit)."""

    def remove(conn: Connection) -> None:
        conn.execute(REGENERATIONS.delete().where(REGENERATIONS.c.story_id == story_id))
        conn.execute(STORIES.delete().where(STORIES.c.id == story_id))

    await db.run(remove, write=True)


async def regenerate(
    db: Database,
    bus: Bus,
    settings: Settings,
    row: Story,
    kind: RegenerationKind,
    body: TtsRegeneration | IllustrationRegeneration,
) -> Row[Any]:
    """Make one kind of asset again from the stored text; the story runs again as a new
    revision with its own progress for that stage."""
    if row.story_key is None:
        raise ApiError(409, "STORY_TEXT_MISSING", "the story has no text to work from yet")
    if row.status in (StoryStatus.QUEUED, StoryStatus.RUNNING):
        raise ApiError(409, "STORY_BUSY", "the story is still being made", {"status": row.status})
    if row.status == StoryStatus.CANCELED:
        raise ApiError(409, "STORY_CANCELED", "a canceled story cannot be regenerated")
    request = StoryCreate.model_validate(row.request)
    enabled = (
        request.generation.enable_tts
        if kind is RegenerationKind.TTS
        else request.generation.enable_illustration
    )
    if not enabled:
        what = "narration" if kind is RegenerationKind.TTS else "pictures"
        raise ApiError(
            409,
            "STORY_KIND_DISABLED",
            f"the book was made without {what}: there is nothing to make again",
            {"id": row.id, "kind": kind.value},
        )
    pages = sorted(set(body.pages or range(1, request.page_count + 1)))
    if pages[0] < 1 or pages[-1] > request.page_count:
        raise ApiError(
            400,
            "VALIDATION_ERROR",
            f"pages must be between 1 and {request.page_count}",
            {"errors": [{"loc": ["body", "pages"], "msg": "out of range", "type": "policy"}]},
        )
    asked = body.model_dump(mode="json", exclude={"pages"}, exclude_none=True)
    problems: list[dict[str, Any]] = []
    generation = check_models(
        with_overrides(request.generation, asked),
        settings,
        lambda field, msg: problems.append({"loc": ["body", field], "msg": msg, "type": "policy"}),
    )
    if problems:
        raise ApiError(400, "VALIDATION_ERROR", "request validation failed", {"errors": problems})
    # Kept with the regeneration, in the same unit: a republished announcement asks the same.
    overrides = _differences(request.generation, generation)

    limit = settings.rate_limit_per_minute
    start = functools.partial(
        _start_regeneration, row.id, row.owner, row.revision, kind, pages, overrides, limit
    )
    outcome = await db.run(start, write=True)
    if outcome == "rate limited":
        raise await _rate_limited(db, row.owner, limit)
    if outcome is None:
        raise ApiError(409, "STORY_BUSY", "the story changed; try again")
    STORY_TRANSITIONS.labels(StoryStatus.RUNNING).inc()
    event = StoryRegenerationRequested(
        story_id=row.id,
        kind=kind,
        revision=row.revision + 1,
        story_key=row.story_key,
        pages=pages,
        generation=generation,
    )
    if await publish_regeneration(bus, event):
        await mark_published(db, [row.id])
    return await db.run(lambda conn: conn.execute(_BY_ID, {"story_id": row.id}).one())


def with_overrides(book: GenerationOptions, overrides: dict[str, Any] | None) -> GenerationOptions:
    """The book's `generation` options with a regeneration's `overrides` (JSON values) over
    them: what the regeneration is made with, when asked and when announced again."""
    if not overrides:
        return book
    return GenerationOptions.model_validate({**book.model_dump(mode="json"), **overrides})


def _differences(book: GenerationOptions, options: GenerationOptions) -> dict[str, Any] | None:
    """The fields (JSON values) in which `options` differ from the book's; None if none."""
    before, after = book.model_dump(mode="json"), options.model_dump(mode="json")
    return {k: v for k, v in after.items() if before[k] != v} or None


def _start_regeneration(
    story_id: str,
    owner: str,
    revision: int,
    kind: RegenerationKind,
    pages: list[int],
    overrides: dict[str, Any] | None,
    limit: int,
    conn: Connection,
) -> Row[Any] | str | None:
    """Move a finished story at `revision` to running at `revision + 1` and record the
    regeneration with the options it asked (`overrides`), in one unit whose change is one
    conditional statement: of two regenerations at once, one moves the row and the other finds
    it moved (None: 409). "rate limited" if the key is at its limit (counted after the key's
    turn, as new books are)."""
    if not _within_limit(conn, owner, limit):
        return "rate limited"
    now = utcnow()
    if kind is RegenerationKind.TTS:
        counters = {"tts_done": 0, "tts_failed": 0, "tts_total": 2 * len(pages)}
    else:
        counters = {
            "illustrations_done": 0,
            "illustrations_failed": 0,
            "illustrations_total": len(pages),
        }
    moved = conn.execute(
        update(STORIES)
        .where(
            STORIES.c.id == story_id,
            STORIES.c.status.in_(_FINISHED),
            STORIES.c.revision == revision,
        )
        .values(
            revision=revision + 1,
            status=StoryStatus.RUNNING.value,
            completed_at=None,
            error=None,
            updated_at=now,
            published_at=None,
            **counters,
        )
    ).rowcount
    if not moved:
        return None
    conn.execute(
        insert(REGENERATIONS).values(
            story_id=story_id,
            owner=owner,
            kind=kind.value,
            revision=revision + 1,
            pages=pages,
            overrides=overrides,
            created_at=now,
        )
    )
    return "started"


async def publish_regeneration(bus: Bus, event: StoryRegenerationRequested) -> bool:
    """Publish a regeneration (its message id names the revision, so a republish is
    dropped); False (logged) if NATS failed: the reconciler publishes it again."""
    try:
        await bus.publish(event)
    except Exception as exc:
        log.warning("could not publish a regeneration; the reconciler will retry: %s", exc)
        return False
    return True


def accepted(story_id: str, status: StoryStatus) -> StoryAccepted:
    return StoryAccepted(
        id=story_id,
        status=status,
        status_url=status_url(story_id),
        result_url=result_url(story_id),
    )


def _aware(value: datetime | None) -> datetime | None:
    # SQLite gives back naive datetimes; everything we store is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def progress(row: Story) -> Progress:
    return Progress(
        story=StageProgress(done=row.story_done, failed=row.story_failed, total=1),
        tts=StageProgress(done=row.tts_done, failed=row.tts_failed, total=row.tts_total),
        illustrations=StageProgress(
            done=row.illustrations_done,
            failed=row.illustrations_failed,
            total=row.illustrations_total,
        ),
    )


def view(row: Story) -> StoryView:
    """The client's view of a story row."""
    return StoryView(
        id=row.id,
        status=StoryStatus(row.status),
        created_at=_aware(row.created_at),  # type: ignore[arg-type]
        updated_at=_aware(row.updated_at),  # type: ignore[arg-type]
        started_at=_aware(row.started_at),
        completed_at=_aware(row.completed_at),
        request=StoryCreate.model_validate(row.request),
        progress=progress(row),
        error=ErrorInfo.model_validate(row.error) if row.error else None,
        status_url=status_url(row.id),
        result_url=result_url(row.id),
    )


def summary(row: Story) -> StorySummary:
    """A story in a list."""
    request = StoryCreate.model_validate(row.request)
    return StorySummary(
        id=row.id,
        status=StoryStatus(row.status),
        created_at=_aware(row.created_at),  # type: ignore[arg-type]
        updated_at=_aware(row.updated_at),  # type: ignore[arg-type]
        completed_at=_aware(row.completed_at),
        child_name=row.child_name,
        primary_lang=row.primary_lang,
        secondary_lang=row.secondary_lang,
        theme=request.theme,
        page_count=request.page_count,
        progress=progress(row),
        status_url=status_url(row.id),
        result_url=result_url(row.id),
    )
