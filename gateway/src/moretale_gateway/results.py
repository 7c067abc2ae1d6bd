"""The `result` block of a completed story's `GET /api/stories/{id}` (plan §3, §5.2): where the
book is and how it went, from the story's row and the storage layout, with URLs signed here (no
call to asset-service on the read path)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moretale_contracts.api import (
    KindSummary,
    ResultAssets,
    ResultSummary,
    StoryCreate,
    StoryStatus,
)
from moretale_contracts.storage import audio_manifest_key, illustrations_manifest_key
from moretale_gateway import stories
from moretale_kit.store import ObjectStore

URL_TTL = timedelta(hours=1)


def summary(row: stories.Story, store: ObjectStore) -> ResultSummary | None:
    """The summary of a completed story; None before (or after any other end)."""
    if row.status != StoryStatus.COMPLETED:
        return None
    generation = StoryCreate.model_validate(row.request).generation
    audio = KindSummary(
        enabled=generation.enable_tts,
        done=row.tts_done,
        failed=row.tts_failed,
        total=row.tts_total,
    )
    pictures = KindSummary(
        enabled=generation.enable_illustration,
        done=row.illustrations_done,
        failed=row.illustrations_failed,
        total=row.illustrations_total,
    )

    def url(key: str | None, present: bool = True) -> str | None:
        return store.url(key, URL_TTL) if key and present else None

    return ResultSummary(
        story_json_url=url(row.story_key),
        audio_manifest_url=url(audio_manifest_key(row.id), audio.enabled),
        illustrations_manifest_url=url(illustrations_manifest_key(row.id), pictures.enabled),
        result_url=stories.result_url(row.id),
        assets=ResultAssets(
            audio=audio,
            illustrations=pictures,
            has_partial_failures=bool(audio.failed or pictures.failed),
        ),
        urls_expire_at=datetime.now(UTC) + URL_TTL,
    )
