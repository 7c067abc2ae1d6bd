"""Live progress of a story as Server-Sent Events, read from NATS.

Every event comes from the `STORY_EVENTS` stream (filtered to one story), so any gateway
replica can serve any client, and the stream's sequence numbers are the event ids: monotonic,
and a reconnect with `Last-Event-ID` resumes right after the last event the client saw.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

from nats.errors import TimeoutError as NatsTimeoutError
from nats.js import api
from nats.js.errors import NotFoundError

from moretale_contracts.api import StoryStatus
from moretale_contracts.events import (
    StoryCanceled,
    StoryCompleted,
    StoryDeleted,
    StoryFailed,
    StoryGenerated,
    StoryProgressed,
    StoryStarted,
)
from moretale_contracts.streams import STORY_EVENTS
from moretale_gateway import stories
from moretale_gateway.models import StoryRow
from moretale_kit.bus import Bus, decode
from moretale_kit.db import Database
from moretale_kit.errors import ApiError
from moretale_kit.store import ObjectStore

URL_TTL = timedelta(hours=1)


async def story_events(
    db: Database, bus: Bus, store: ObjectStore, row: StoryRow, after: int | None
) -> AsyncIterator[dict[str, Any]]:
    """`status` first, then the story's events after sequence `after`, until a terminal one.

    A finished story ends at once with its terminal event (no id) when there is nothing after
    `after`: asked without `after`, or resumed after its last event (the client saw the end; an
    EventSource that reconnects by itself learns it is over instead of waiting forever)."""
    yield {"event": "status", "data": stories.view(row).model_dump_json()}
    if StoryStatus(row.status).is_terminal and (
        after is None or after >= await _last_sequence(bus, row.id)
    ):
        yield {"event": row.status, "data": stories.view(row).model_dump_json()}
        return
    config = api.ConsumerConfig(
        deliver_policy=api.DeliverPolicy.BY_START_SEQUENCE if after else api.DeliverPolicy.ALL,
        opt_start_seq=after + 1 if after else None,
    )
    sub = await bus.js.subscribe(
        f"story.*.{row.id}", stream=STORY_EVENTS.name, ordered_consumer=True, config=config
    )
    try:
        while True:
            try:
                msg = await sub.next_msg(timeout=5)
            except NatsTimeoutError:
                continue  # sse-starlette sends the heartbeats
            sequence = msg.metadata.sequence.stream
            try:
                event = decode(msg.subject, msg.data)
            except ValueError:
                continue
            match event:
                case StoryStarted():
                    yield _sse(sequence, "status", {"status": StoryStatus.RUNNING})
                case StoryGenerated():
                    yield _sse(sequence, "story", {"page_count": event.page_count})
                case StoryProgressed():
                    data = {"revision": event.revision, "progress": event.progress.model_dump()}
                    if (asset := event.asset) is not None:
                        data["asset"] = {
                            **asset.model_dump(exclude={"key"}),
                            "url": store.url(asset.key, URL_TTL) if asset.key else None,
                        }
                    yield _sse(sequence, "progress", data)
                case StoryCompleted() if not _finished(event, row):
                    # An earlier revision's completion, replayed: not the end of this story
                    # (a client stops at `completed`), so it is named for what it is.
                    yield _sse(sequence, "revision_completed", {"revision": event.revision})
                case StoryCompleted() | StoryFailed() | StoryCanceled() | StoryDeleted():
                    current = await db_view(db, row.id)
                    name = {
                        StoryCompleted: "completed",
                        StoryFailed: "failed",
                        StoryCanceled: "canceled",
                        StoryDeleted: "deleted",
                    }[type(event)]
                    yield {"id": str(sequence), "event": name, "data": current}
                    if not isinstance(event, StoryCompleted) or _finished(event, row):
                        return
    finally:
        await sub.unsubscribe()


async def _last_sequence(bus: Bus, story_id: str) -> int:
    """The stream sequence of the story's last event (0 if it has none)."""
    try:
        last = await bus.js.get_last_msg(STORY_EVENTS.name, f"story.*.{story_id}")
    except NotFoundError:
        return 0
    return int(last.seq or 0)


class StreamSlots:
    """Open event streams per holder (an API key's owner id, a share token), in this replica:
    beyond `limit` a new one is refused with 429 until one closes."""

    def __init__(self) -> None:
        self.open: Counter[str] = Counter()

    def take(self, holder: str, limit: int) -> None:
        if self.open[holder] >= limit:
            raise ApiError(
                429,
                "TOO_MANY_STREAMS",
                f"at most {limit} open event streams at once; close one first",
                {"limit": limit},
                headers={"Retry-After": "5"},
            )
        self.open[holder] += 1

    def give_back(self, holder: str) -> None:
        self.open[holder] -= 1
        if self.open[holder] <= 0:
            del self.open[holder]

    async def hold(
        self, holder: str, events: AsyncIterator[dict[str, Any]]
    ) -> AsyncIterator[dict[str, Any]]:
        """`events`, with the holder's slot (taken before) given back when they end."""
        try:
            async with contextlib.aclosing(events) as inner:  # type: ignore[type-var]
                async for event in inner:
                    yield event
        finally:
            self.give_back(holder)


def _finished(event: StoryCompleted, row: StoryRow) -> bool:
    # An earlier revision's completion (replayed from the stream) is not the end.
    return event.revision >= row.revision


async def db_view(db: Database, story_id: str) -> str:
    async with db.session() as session:
        row = await session.get(StoryRow, story_id)
    return stories.view(row).model_dump_json() if row else json.dumps({"id": story_id})


def _sse(sequence: int, name: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"id": str(sequence), "event": name, "data": json.dumps(data, default=str)}
