"""Who draws the pictures: the `Painter` interface and the factory that picks one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from moretale_contracts.events import IllustrationKind

if TYPE_CHECKING:
    from nats.js import JetStreamContext

    from illustration_service.config import Settings


@dataclass(frozen=True)
class PaintRequest:
    """One picture to paint.

    `prompt` is the full English prompt (style + character prefix + scene); `scene_prompt` the
    scene alone. `reference_image` is the cover PNG for pages, so the same child appears on every
    page; None for the cover itself.
    """

    kind: IllustrationKind
    page_number: int
    prompt: str
    scene_prompt: str
    character_design: str
    aspect_ratio: str
    model: str | None = None
    reference_image: bytes | None = None


@dataclass(frozen=True)
class Painting:
    """A PNG, its size, and how the prompt was used (kept in the manifest as `prompt_mode`)."""

    png: bytes
    width: int
    height: int
    prompt_mode: str


class Painter(Protocol):
    """Turns a prompt into a picture. `model` names the engine or model used."""

    model: str

    async def paint(self, request: PaintRequest) -> Painting: ...


def make_painter(settings: Settings, js: JetStreamContext | None = None) -> Painter:
    """The painter the settings choose: Gemini when a key is set (its request budget shared
    through `js` by every replica), else the procedural painter."""
    if settings.gemini_key is not None:
        from illustration_service.painters.gemini import GeminiPainter
        from moretale_kit.gemini import Gemini

        return GeminiPainter(Gemini(settings, js=js), model=settings.gemini_model)
    from illustration_service.painters.procedural import ProceduralPainter

    return ProceduralPainter(long_side=settings.image_long_side)
