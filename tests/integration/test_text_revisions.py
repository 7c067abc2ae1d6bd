"""A story written again (its text rejected at the end, a redelivery): a clip or picture job of
an older text of a page is dropped by the worker, before the call and before storing, so it
never overwrites the newer text's. Real nats-server (the `story_texts` key-value bucket), the
real tts-service handlers with the eSpeak NG narrator, a local object store."""

from __future__ import annotations

import uuid
from pathlib import Path

import nats
from servers import NatsServer, nats_server  # noqa: F401  (fixture)

from moretale_contracts.events import AudioPageCompleted, AudioRole, NarrationJob
from moretale_contracts.storage import audio_key
from moretale_contracts.streams import PAGE_RESULTS, STORY_TEXTS_BUCKET, page_text_part
from moretale_kit.bus import Bus, decode
from moretale_kit.store import LocalObjectStore
from tts_service.config import Settings
from tts_service.handlers import NarrationHandlers
from tts_service.narrators import make_narrator


def _job(story_id: str, page: int, text: str, text_revision: int) -> NarrationJob:
    return NarrationJob(
        story_id=story_id,
        page_number=page,
        role=AudioRole.PRIMARY,
        language="Korean",
        text=text,
        text_revision=text_revision,
    )


async def _completed(bus: Bus, story_id: str) -> list[AudioPageCompleted]:
    sub = await bus.js.subscribe(
        f"tts.page.completed.{story_id}", stream=PAGE_RESULTS.name, ordered_consumer=True
    )
    found = []
    try:
        while True:
            msg = await sub.next_msg(timeout=0.5)
            event = decode(msg.subject, msg.data)
            assert isinstance(event, AudioPageCompleted)
            found.append(event)
    except nats.errors.TimeoutError:
        pass
    await sub.unsubscribe()
    return found


async def test_an_older_texts_job_is_dropped(
    nats_server: NatsServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    bus = await Bus.connect(nats_server.url, "test")
    await bus.ensure_streams()
    store = LocalObjectStore(tmp_path / "objects", "http://assets.test", b"s" * 32)
    handlers = NarrationHandlers(bus, store, make_narrator(Settings()))
    story_id = f"texts-{uuid.uuid4().hex[:12]}"
    try:
        # Nothing was written again: every job is wanted.
        assert not await bus.newer_text(story_id, 1, 0)
        # The story was written again and page 1 went out as text revision 1 (story-service
        # records it before the page event).
        await bus.rendezvous(STORY_TEXTS_BUCKET, story_id, page_text_part(1), "1", 3600)
        assert await bus.newer_text(story_id, 1, 0)
        assert not await bus.newer_text(story_id, 1, 1) and not await bus.newer_text(story_id, 2, 0)

        await handlers.on_job(_job(story_id, 1, "미나가 노래해요.", 1))
        key = audio_key(story_id, 1, AudioRole.PRIMARY, "Korean")
        newer = await store.get(key)
        await handlers.on_job(_job(story_id, 1, "미나가 웃어요.", 0))  # the old text's job
        await handlers.on_job(_job(story_id, 2, "미나가 자요.", 0))
        assert await store.get(key) == newer  # not overwritten by the older text
        done = await _completed(bus, story_id)
        assert sorted((e.page_number, e.text_revision) for e in done) == [(1, 1), (2, 0)]
    finally:
        await bus.close()
