"""At-least-once delivery without doubles, and the database as the source of truth."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import nats
from stack import Stack
from test_book import BODY, create

from moretale_contracts.api import StoryCreate
from moretale_contracts.events import StoryRequested

SMALL = {**BODY, "page_count": 4}


async def _stream_counts(url: str) -> dict[str, int]:
    nc = await nats.connect(url)
    js = nc.jetstream()
    counts = {}
    for name in ("STORY_EVENTS", "PAGE_RESULTS", "TTS_JOBS", "ILLUSTRATION_JOBS"):
        counts[name] = (await js.stream_info(name)).state.messages
    await nc.close()
    return counts


async def _republish(url: str, event: StoryRequested, msg_id: str) -> tuple[bool, int]:
    """Publish `event` again; wait for story-service to re-announce the story."""
    nc = await nats.connect(url)
    js = nc.jetstream()
    generated = await nc.subscribe(f"story.generated.{event.story_id}")
    ack = await js.publish(
        event.subject(), event.model_dump_json().encode(), headers={"Nats-Msg-Id": msg_id}
    )
    announced = 0
    try:
        if not ack.duplicate:  # a dropped duplicate reaches no consumer
            await generated.next_msg(timeout=20)
            announced = 1
    finally:
        await nc.close()
    return bool(ack.duplicate), announced


def _objects(stack: Stack, story_id: str) -> set[str]:
    root = stack.base / "data" / "objects"
    return {p.relative_to(root).as_posix() for p in (root / story_id).rglob("*") if p.is_file()}


def test_a_duplicate_story_requested_makes_one_story(local_stack: Stack) -> None:
    story_id = create(local_stack, SMALL)
    assert local_stack.wait_for_status(story_id, {"completed", "failed"})["status"] == "completed"
    with local_stack.client() as client:
        before: dict[str, Any] = client.get(f"/api/stories/{story_id}/result").json()
    objects_before = _objects(local_stack, story_id)
    counts_before = asyncio.run(_stream_counts(local_stack.nats.url))

    event = StoryRequested(story_id=story_id, request=StoryCreate.model_validate(SMALL))
    # The same message id inside the window is dropped by JetStream itself …
    duplicate, _ = asyncio.run(_republish(local_stack.nats.url, event, f"{story_id}:requested"))
    assert duplicate
    # … and a redelivery under another id is absorbed by idempotent handlers.
    duplicate, announced = asyncio.run(_republish(local_stack.nats.url, event, "replayed-1"))
    assert not duplicate and announced == 1
    time.sleep(3)  # time for any (wrong) extra page work to show up

    counts_after = asyncio.run(_stream_counts(local_stack.nats.url))
    assert counts_after["PAGE_RESULTS"] == counts_before["PAGE_RESULTS"], "pages were redone"
    assert _objects(local_stack, story_id) == objects_before
    with local_stack.client() as client:
        after = client.get(f"/api/stories/{story_id}/result").json()
        status = client.get(f"/api/stories/{story_id}").json()
    assert status["status"] == "completed"
    assert after["assets"] == before["assets"]
    assert [p["text_primary"] for p in after["pages"]] == [
        p["text_primary"] for p in before["pages"]
    ]


def test_a_story_accepted_while_nats_is_down_is_published_later(local_stack: Stack) -> None:
    local_stack.nats.stop()
    try:
        story_id = create(local_stack, SMALL)
        with local_stack.client() as client:
            assert client.get(f"/api/stories/{story_id}").json()["status"] == "queued"
    finally:
        local_stack.nats.start()
    status = local_stack.wait_for_status(story_id, {"completed", "failed"}, timeout=120)
    assert status["status"] == "completed", status
