"""`story.started` → the cover job, painted while the text is written; once both the cover
(or its failure) and the text are there → one job per page with the cover attached as the
character reference; a job → PNG stored → `illustration.page.*` out.

The cover and the text meet in a key-value bucket (`Bus.rendezvous`): whichever of the two ends
second plans the pages, so neither waits for the other and the pages are planned once.

A page whose text arrives on its own (`story.page.written`, while the rest is still being
written) meets the cover the same way, as a part of its own holding its job: painted at once
if the cover has ended, else planned by the cover when it ends. `story.generated` then plans
every page again with the same job ids (its text revision included), so JetStream drops the
copies and only pages not planned yet are painted.
"""

from __future__ import annotations

import io
import json
import logging

from PIL import Image

from illustration_service.painters import Painter, PaintRequest
from moretale_contracts.api import AspectRatio, ErrorInfo, GenerationOptions
from moretale_contracts.events import (
    Event,
    IllustrationJob,
    IllustrationKind,
    IllustrationPageCompleted,
    IllustrationPageFailed,
    RegenerationKind,
    StoryGenerated,
    StoryPageWritten,
    StoryRegenerationRequested,
    StoryStarted,
)
from moretale_contracts.storage import illustration_key
from moretale_contracts.story import BookDesign, Story
from moretale_contracts.streams import ILLUSTRATION_PLANS_BUCKET
from moretale_kit.bus import Bus, error_code
from moretale_kit.store import ObjectStore
from moretale_kit.telemetry import provider_call

log = logging.getLogger(__name__)

COVER_SCENE = "Book cover portrait: the main character smiling at the viewer."
COVER, STORY = "cover", "story"  # the two parts that meet before the pages are planned
PAGE = "page:"  # + page number: a page written before the story, waiting for the cover
TEXT_REVISIONS = "text_revisions"  # JSON list: per page, the revision of the stored text


class IllustrationHandlers:
    """The illustration-service's message handlers."""

    def __init__(
        self,
        bus: Bus,
        store: ObjectStore,
        painter: Painter,
        cover_aspect_ratio: AspectRatio,
        plan_ttl_sec: float,
    ) -> None:
        self.bus = bus
        self.store = store
        self.painter = painter
        self.cover_aspect_ratio = cover_aspect_ratio
        self.plan_ttl_sec = plan_ttl_sec

    async def on_story_event(self, event: Event) -> None:
        """A new book starts with its cover as soon as its look is fixed; its pages follow the
        text and the cover. A regeneration repaints the pages it names against the existing
        cover, so the child stays the same."""
        match event:
            case StoryStarted(
                story_key=str(key), design=BookDesign() as design, generation=options
            ) if options is not None and options.enable_illustration:
                await self._plan_cover(event.story_id, key, design, options)
            case StoryPageWritten() if event.generation.enable_illustration:
                await self._on_page_text(event)
            case StoryGenerated() if event.generation.enable_illustration:
                await self._on_text(event)
            case StoryRegenerationRequested() if event.kind is RegenerationKind.ILLUSTRATIONS:
                cover = illustration_key(event.story_id, 0)
                await self._plan_pages(
                    event.story_id,
                    event.story_key,
                    event.generation.illustration_aspect_ratio,
                    event.generation.illustration_model,
                    cover if await self.store.exists(cover) else None,
                    set(event.pages),
                    event.revision,
                )

    async def _plan_cover(
        self, story_id: str, story_key: str, design: BookDesign, options: GenerationOptions
    ) -> None:
        scene = f"{COVER_SCENE} {design.cover_scene}"
        await self.bus.publish(
            IllustrationJob(
                story_id=story_id,
                kind=IllustrationKind.COVER,
                page_number=0,
                story_key=story_key,
                prompt=f"{design.illustration_prefix} Scene: {scene}",
                scene_prompt=scene,
                character_design=design.main_character_design,
                aspect_ratio=self.cover_aspect_ratio,
                model=options.illustration_model,
                page_aspect_ratio=options.illustration_aspect_ratio,
            )
        )

    async def _on_page_text(self, event: StoryPageWritten) -> None:
        """One page's text is written: paint it with the cover if the cover has ended, else
        leave its job (by then the latest text's) to the cover."""
        options, page = event.generation, event.page
        job = IllustrationJob(
            story_id=event.story_id,
            kind=IllustrationKind.PAGE,
            page_number=page.page_number,
            story_key=event.story_key,
            prompt=page.illustration_prompt,
            scene_prompt=page.illustration_scene_prompt,
            character_design=event.character_design,
            aspect_ratio=options.illustration_aspect_ratio,
            model=options.illustration_model,
            text_revision=event.revision,
        )
        parts = await self._meet(event.story_id, f"{PAGE}{page.page_number}", job.model_dump_json())
        if COVER in parts:
            await self.bus.publish(job.model_copy(update={"reference_key": parts[COVER] or None}))

    async def _on_text(self, event: StoryGenerated) -> None:
        """The text is stored: plan the pages if the cover has ended, else leave them to it.

        A cover that has not ended is asked for again, in case `story.started` never planned
        it (JetStream drops the copy of a job it already has, by its message id).
        """
        if event.text_revisions:
            await self._meet(event.story_id, TEXT_REVISIONS, json.dumps(event.text_revisions))
        parts = await self._meet(event.story_id, STORY, event.story_key)
        options = event.generation
        if COVER in parts:
            await self._plan_pages(
                event.story_id,
                event.story_key,
                options.illustration_aspect_ratio,
                options.illustration_model,
                parts[COVER] or None,
                None,
                0,
                event.text_revisions,
            )
            return
        story = await self._story(event.story_key)
        design = BookDesign(
            image_style=story.image_style,
            main_character_design=story.main_character_design,
            illustration_prefix=story.illustration_prefix,
            cover_scene=story.pages[0].illustration_scene_prompt,
        )
        await self._plan_cover(event.story_id, event.story_key, design, options)

    async def _meet(self, story_id: str, part: str, value: str) -> dict[str, str]:
        return await self.bus.rendezvous(
            ILLUSTRATION_PLANS_BUCKET, story_id, part, value, self.plan_ttl_sec
        )

    async def on_job(self, job: IllustrationJob) -> None:
        """Paint one picture (stored once; a redelivery re-announces it), then, after the
        cover, fan out the pages."""
        key = illustration_key(job.story_id, job.page_number)
        if await self._superseded(job):
            return
        # A newer text's picture (text_revision) is painted anew: the stored one may be old.
        if job.revision == 0 and job.text_revision == 0 and await self.store.exists(key):
            png = await self.store.get(key)
            with Image.open(io.BytesIO(png)) as image:
                width, height = image.size
            prompt_mode = "reused"  # painted before the last announcement was lost
        else:
            reference = None
            if job.kind is IllustrationKind.PAGE and job.reference_key:
                reference = await self.store.get(job.reference_key)
            async with provider_call("paint", job.model or self.painter.model, job.story_id):
                painting = await self.painter.paint(
                    PaintRequest(
                        kind=job.kind,
                        page_number=job.page_number,
                        prompt=job.prompt,
                        scene_prompt=job.scene_prompt,
                        character_design=job.character_design,
                        aspect_ratio=job.aspect_ratio,
                        model=job.model,
                        reference_image=reference,
                    )
                )
            if await self.bus.is_canceled(job.story_id):
                log.info("not storing a picture of a canceled or deleted story")
                return
            if await self._superseded(job):
                return  # a newer text's picture may be stored already: never overwrite it
            await self.store.put(key, painting.png, "image/png")
            width, height, prompt_mode = painting.width, painting.height, painting.prompt_mode
        await self.bus.publish(
            IllustrationPageCompleted(
                story_id=job.story_id,
                kind=job.kind,
                page_number=job.page_number,
                key=key,
                prompt_mode=prompt_mode,
                width=width,
                height=height,
                revision=job.revision,
                text_revision=job.text_revision,
                model=job.model or self.painter.model,
            )
        )
        if job.kind is IllustrationKind.COVER:
            await self._cover_ended(job, reference_key=key)

    async def _superseded(self, job: IllustrationJob) -> bool:
        """Whether a newer text of the job's page went out (the story was written again):
        then this picture is not painted, or not stored, and the newer text's job paints it."""
        if job.revision or job.kind is IllustrationKind.COVER:
            return False
        if not await self.bus.newer_text(job.story_id, job.page_number, job.text_revision):
            return False
        log.info("dropped: made from an older text of page %d", job.page_number)
        return True

    async def on_job_failed(self, job: IllustrationJob, exc: BaseException) -> None:
        """Every attempt failed: a failed asset. A failed cover still lets the pages be painted,
        without a reference (an empty `cover` part)."""
        await self.bus.publish(
            IllustrationPageFailed(
                story_id=job.story_id,
                kind=job.kind,
                page_number=job.page_number,
                error=ErrorInfo(
                    code=error_code(exc, "ILLUSTRATION_FAILED"),
                    message="the picture could not be painted",
                    detail={"reason": f"{type(exc).__name__}: {exc}"[:500]},
                ),
                revision=job.revision,
                text_revision=job.text_revision,
            )
        )
        if job.kind is IllustrationKind.COVER:
            await self._cover_ended(job, reference_key=None)

    async def _cover_ended(self, cover: IllustrationJob, reference_key: str | None) -> None:
        """Plan the pages if the text is stored, else leave them to `story.generated`."""
        parts = await self._meet(cover.story_id, COVER, reference_key or "")
        if STORY not in parts:
            # Pages whose text is already written are painted now; the rest as they come.
            for name, value in parts.items():
                if name.startswith(PAGE):
                    job = IllustrationJob.model_validate_json(value)
                    await self.bus.publish(job.model_copy(update={"reference_key": reference_key}))
            return
        await self._plan_pages(
            cover.story_id,
            parts[STORY],
            cover.page_aspect_ratio or cover.aspect_ratio,
            cover.model,
            reference_key,
            None,
            0,
            json.loads(parts.get(TEXT_REVISIONS, "[]")),
        )

    async def _plan_pages(
        self,
        story_id: str,
        story_key: str,
        aspect_ratio: AspectRatio,
        model: str | None,
        reference_key: str | None,
        pages: set[int] | None,
        revision: int,
        text_revisions: list[int] | None = None,
    ) -> None:
        story = await self._story(story_key)
        revisions = text_revisions or []
        for page in story.pages:
            if pages is not None and page.page_number not in pages:
                continue
            number = page.page_number
            await self.bus.publish(
                IllustrationJob(
                    story_id=story_id,
                    kind=IllustrationKind.PAGE,
                    page_number=page.page_number,
                    story_key=story_key,
                    prompt=page.illustration_prompt,
                    scene_prompt=page.illustration_scene_prompt,
                    character_design=story.main_character_design,
                    aspect_ratio=aspect_ratio,
                    model=model,
                    reference_key=reference_key,
                    revision=revision,
                    text_revision=revisions[number - 1] if number <= len(revisions) else 0,
                )
            )

    async def _story(self, key: str) -> Story:
        return Story.model_validate_json(await self.store.get(key))
