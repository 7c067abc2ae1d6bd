"""`story.page.written` (a page the moment its text is written) and `story.generated` (every
page, for any not planned yet: the same job ids, so JetStream drops the copies) → one job per
page and language; a job → WAV stored → `tts.page.*` out."""

from __future__ import annotations

import io
import logging
import wave

from moretale_contracts.api import ErrorInfo, GenerationOptions
from moretale_contracts.events import (
    AudioPageCompleted,
    AudioPageFailed,
    AudioPageSkipped,
    AudioRole,
    Event,
    NarrationJob,
    RegenerationKind,
    StoryGenerated,
    StoryPageWritten,
    StoryRegenerationRequested,
)
from moretale_contracts.storage import audio_key, vocabulary_audio_key
from moretale_contracts.story import Story, StoryPage
from moretale_kit.bus import Bus, error_code
from moretale_kit.store import ObjectStore
from moretale_kit.telemetry import provider_call
from tts_service.alignment import wav_timings
from tts_service.narrators import NarrationRequest, Narrator

log = logging.getLogger(__name__)


class NarrationHandlers:
    """The tts-service's message handlers."""

    def __init__(self, bus: Bus, store: ObjectStore, narrator: Narrator) -> None:
        self.bus = bus
        self.store = store
        self.narrator = narrator

    async def on_story_event(self, event: Event) -> None:
        """Fan the book (or the pages a regeneration names) out into page jobs on the shared
        work queue."""
        match event:
            case StoryPageWritten() if event.generation.enable_tts:
                await self._plan_page(
                    event.story_id,
                    event.page,
                    event.primary_language,
                    event.secondary_language,
                    event.generation,
                    0,
                    event.revision,
                )
            case StoryGenerated() if event.generation.enable_tts:
                await self._plan(event.story_id, event.story_key, event.generation, None, 0, event)
            case StoryRegenerationRequested() if event.kind is RegenerationKind.TTS:
                await self._plan(
                    event.story_id,
                    event.story_key,
                    event.generation,
                    set(event.pages),
                    event.revision,
                )

    async def _plan(
        self,
        story_id: str,
        story_key: str,
        options: GenerationOptions,
        pages: set[int] | None,
        revision: int,
        generated: StoryGenerated | None = None,
    ) -> None:
        story = Story.model_validate_json(await self.store.get(story_key))
        primary, secondary = story.primary_language, story.secondary_language
        for page in story.pages:
            if pages is not None and page.page_number not in pages:
                continue
            text_revision = generated.text_revision(page.page_number) if generated else 0
            await self._plan_page(
                story_id, page, primary, secondary, options, revision, text_revision
            )

    async def _plan_page(
        self,
        story_id: str,
        page: StoryPage,
        primary: str,
        secondary: str,
        options: GenerationOptions,
        revision: int,
        text_revision: int,
    ) -> None:
        """The page's clips: both texts, and the first book's pronunciation clips."""
        clips: list[tuple[AudioRole, str, str, int | None]] = [
            (AudioRole.PRIMARY, page.text_primary, primary, None),
            (AudioRole.SECONDARY, page.text_secondary, secondary, None),
        ]
        # Pronunciation clips come with the first book only; a regeneration remakes pages.
        if options.enable_vocabulary_audio and revision == 0:
            for index, entry in enumerate(page.vocabulary):
                clips.append((AudioRole.PRIMARY, entry.word_primary, primary, index))
                clips.append((AudioRole.SECONDARY, entry.word_secondary, secondary, index))
        for role, text, language, index in clips:
            await self.bus.publish(
                NarrationJob(
                    story_id=story_id,
                    page_number=page.page_number,
                    role=role,
                    language=language,
                    text=text,
                    voice=options.tts_voice,
                    model=options.tts_model,
                    temperature=options.tts_temperature,
                    revision=revision,
                    vocabulary_index=index,
                    text_revision=text_revision,
                )
            )

    async def on_job(self, job: NarrationJob) -> None:
        """Narrate one page in one language; an existing clip is announced again, not redone
        (unless this job is a regeneration)."""
        if not job.text.strip():
            # Nothing to read is not a failure: the asset is skipped, the narrator not called.
            await self.bus.publish(
                AudioPageSkipped(
                    story_id=job.story_id,
                    page_number=job.page_number,
                    role=job.role,
                    language=job.language,
                    reason="the page has no text in this language",
                    revision=job.revision,
                    vocabulary_index=job.vocabulary_index,
                    text_revision=job.text_revision,
                )
            )
            return
        if job.vocabulary_index is None:
            key = audio_key(job.story_id, job.page_number, job.role, job.language)
        else:
            key = vocabulary_audio_key(
                job.story_id, job.page_number, job.vocabulary_index, job.role, job.language
            )
        # A newer text's clip (text_revision) is made anew: the stored one may be an old text's.
        if await self._superseded(job):
            return
        if job.revision == 0 and job.text_revision == 0 and await self.store.exists(key):
            # Made before a crash: its timings are found again in its audio.
            wav = await self.store.get(key)
            duration = _wav_duration(wav)
            sentences, timed_by = wav_timings(wav, job.text)
        else:
            async with provider_call("narrate", job.model or self.narrator.model, job.story_id):
                narration = await self.narrator.narrate(
                    NarrationRequest(
                        text=job.text,
                        language=job.language,
                        voice=job.voice,
                        model=job.model,
                        temperature=job.temperature,
                    )
                )
            if await self.bus.is_canceled(job.story_id):
                log.info("not storing a clip of a canceled or deleted story")
                return
            if await self._superseded(job):
                return  # a newer text's clip may be stored already: never overwrite it
            await self.store.put(key, narration.wav, "audio/wav")
            duration = narration.duration_sec
            sentences, timed_by = narration.sentences, narration.timed_by
        await self.bus.publish(
            AudioPageCompleted(
                story_id=job.story_id,
                page_number=job.page_number,
                role=job.role,
                language=job.language,
                key=key,
                duration_sec=round(duration, 3),
                sentences=sentences,
                timed_by=timed_by,
                revision=job.revision,
                vocabulary_index=job.vocabulary_index,
                text_revision=job.text_revision,
                model=job.model or self.narrator.model,
            )
        )

    async def _superseded(self, job: NarrationJob) -> bool:
        """Whether a newer text of the job's page went out (the story was written again):
        then this clip is not made, or not stored, and the newer text's job makes it."""
        if job.revision or not await self.bus.newer_text(
            job.story_id, job.page_number, job.text_revision
        ):
            return False
        log.info("dropped: made from an older text of page %d", job.page_number)
        return True

    async def on_job_failed(self, job: NarrationJob, exc: BaseException) -> None:
        """Every attempt failed: the clip is a failed asset, and the book goes on."""
        await self.bus.publish(
            AudioPageFailed(
                story_id=job.story_id,
                page_number=job.page_number,
                role=job.role,
                language=job.language,
                error=ErrorInfo(
                    code=error_code(exc, "TTS_FAILED"),
                    message="the page could not be narrated",
                    detail={"reason": f"{type(exc).__name__}: {exc}"[:500]},
                ),
                revision=job.revision,
                vocabulary_index=job.vocabulary_index,
                text_revision=job.text_revision,
            )
        )


def _wav_duration(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as wav:
        return wav.getnframes() / wav.getframerate()
