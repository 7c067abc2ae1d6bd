"""`story.generated` → one job per page and language; a job → WAV stored → `tts.page.*` out."""

from __future__ import annotations

import io
import logging
import wave

from moretale_contracts.api import ErrorInfo
from moretale_contracts.events import (
    AudioPageCompleted,
    AudioPageFailed,
    AudioRole,
    NarrationJob,
    StoryGenerated,
)
from moretale_contracts.storage import audio_key
from moretale_contracts.story import Story
from moretale_kit.bus import Bus
from moretale_kit.store import ObjectStore
from tts_service.narrators import NarrationRequest, Narrator

log = logging.getLogger(__name__)


class NarrationHandlers:
    """The tts-service's message handlers."""

    def __init__(self, bus: Bus, store: ObjectStore, narrator: Narrator) -> None:
        self.bus = bus
        self.store = store
        self.narrator = narrator

    async def on_generated(self, event: StoryGenerated) -> None:
        """Fan the book out into page jobs on the shared work queue."""
        options = event.generation
        if not options.enable_tts:
            return
        story = Story.model_validate_json(await self.store.get(event.story_key))
        for page in story.pages:
            for role, text, language in (
                (AudioRole.PRIMARY, page.text_primary, story.primary_language),
                (AudioRole.SECONDARY, page.text_secondary, story.secondary_language),
            ):
                await self.bus.publish(
                    NarrationJob(
                        story_id=event.story_id,
                        page_number=page.page_number,
                        role=role,
                        language=language,
                        text=text,
                        voice=options.tts_voice,
                        model=options.tts_model,
                        temperature=options.tts_temperature,
                    )
                )

    async def on_job(self, job: NarrationJob) -> None:
        """Narrate one page in one language; an existing clip is announced again, not redone."""
        key = audio_key(job.story_id, job.page_number, job.role, job.language)
        if await self.store.exists(key):
            duration = _wav_duration(await self.store.get(key))
        else:
            narration = await self.narrator.narrate(
                NarrationRequest(
                    text=job.text,
                    language=job.language,
                    voice=job.voice,
                    model=job.model,
                    temperature=job.temperature,
                )
            )
            await self.store.put(key, narration.wav, "audio/wav")
            duration = narration.duration_sec
        await self.bus.publish(
            AudioPageCompleted(
                story_id=job.story_id,
                page_number=job.page_number,
                role=job.role,
                language=job.language,
                key=key,
                duration_sec=round(duration, 3),
            )
        )

    async def on_job_failed(self, job: NarrationJob, exc: BaseException) -> None:
        """Every attempt failed: the clip is a failed asset, and the book goes on."""
        await self.bus.publish(
            AudioPageFailed(
                story_id=job.story_id,
                page_number=job.page_number,
                role=job.role,
                language=job.language,
                error=ErrorInfo(
                    code="TTS_FAILED",
                    message="the page could not be narrated",
                    detail={"reason": f"{type(exc).__name__}: {exc}"[:500]},
                ),
            )
        )


def _wav_duration(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as wav:
        return wav.getnframes() / wav.getframerate()
