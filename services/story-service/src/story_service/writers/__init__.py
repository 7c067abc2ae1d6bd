"""Who writes the story: the `StoryWriter` interface and the factory that picks one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from moretale_contracts.api import StoryCreate
from moretale_contracts.story import Story

if TYPE_CHECKING:
    from story_service.config import Settings


class StoryWriter(Protocol):
    """Writes a whole bilingual book for one request.

    `model` is the id recorded in `story_{model}.json`. `write` returns a Story with exactly
    `request.page_count` pages numbered 1..N, or raises.
    """

    model: str

    async def write(self, request: StoryCreate) -> Story: ...


def make_writer(settings: Settings) -> StoryWriter:
    """The writer the settings choose: the offline composer by default."""
    from story_service.writers.composer import StoryComposer

    return StoryComposer(model=settings.composer_model)
