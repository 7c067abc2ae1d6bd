"""Illustration with a Gemini image model through google-genai's async client.

The cover is painted first from the main character's design; it then travels with every page
job as `PaintRequest.reference_image` and is sent as inline image data beside the page prompt,
so the same child appears on every page. The page's aspect ratio goes in `image_config`, with
the model's `image_size` where its capability row names one (Google's image generation guide:
`ImageConfig(aspect_ratio=..., image_size="1K"|"2K"|"4K")` on gemini-3.1-flash-image and
gemini-3-pro-image). A retired model id is served by its replacement (the alias table). The
image comes back as inline data with its MIME type; anything but PNG is converted (Pillow).

An answer that finished with `NO_IMAGE` or `IMAGE_OTHER` and was not blocked is a transient
miss: `GeminiUnavailable("ILLUSTRATION_NO_IMAGE")`, tried again by the consumer loop within its
retry policy. Any other answer without an image (a safety block, or text only) is asked again
once with a softened prompt; if that fails too, the picture fails at once (`Fail`, code
`ILLUSTRATION_BLOCKED` or `ILLUSTRATION_NO_IMAGE`) instead of using up its deliveries.
Faults (429, 5xx, timeouts) are not retried here: `moretale_kit.gemini` turns them into
`Retry` / `GeminiUnavailable` for the consumer loop, the one place that retries; the SDK's own
retries are off.
"""

from __future__ import annotations

import asyncio
import io
import logging

from google.genai import types
from PIL import Image, UnidentifiedImageError

from illustration_service.painters import Painting, PaintRequest
from moretale_contracts.events import IllustrationKind
from moretale_kit.bus import Fail
from moretale_kit.gemini import Gemini, GeminiUnavailable, inline_blobs, is_blocked, why_empty

log = logging.getLogger(__name__)

NO_TEXT = "No words, letters or numbers anywhere in the image."
# Finishes Google's image models report for a miss that another call usually does not repeat.
_TRANSIENT_FINISHES = frozenset({types.FinishReason.NO_IMAGE, types.FinishReason.IMAGE_OTHER})


def page_prompt(request: PaintRequest, softened: bool = False) -> str:
    """The text sent with a picture (the reference image, if any, is sent beside it)."""
    if softened:
        # The scene alone, told gently: a blocked prompt is most often blocked for a word in it.
        body = (
            "A calm, cheerful, completely child-safe scene, nothing scary or dangerous. "
            f"Main character: {request.character_design}. Scene: {request.scene_prompt}"
        )
    else:
        body = request.prompt
    if request.kind is IllustrationKind.COVER:
        return (
            "Book cover and character reference for a children's picture book: the main "
            "character in full figure, clearly visible, friendly, looking at the viewer. "
            f"Draw the character exactly as described: {request.character_design}. "
            f"{body} {NO_TEXT}"
        )
    if request.reference_image:
        return (
            "Picture-book page illustration. Use the attached reference image as the model "
            "for the main character: the same face, hair, clothes and colours on this page. "
            f"{body} {NO_TEXT}"
        )
    return f"Picture-book page illustration. {body} {NO_TEXT}"


class GeminiPainter:
    """Painter backed by a Gemini image model; `model` is the default."""

    def __init__(self, gemini: Gemini, model: str) -> None:
        self.gemini = gemini
        self.model = model

    async def paint(self, request: PaintRequest) -> Painting:
        """Paint one picture; a refusal is asked again once, softened, then fails."""
        try:
            model = self.gemini.settings.choose_model(request.model)
        except ValueError as exc:
            raise Fail("ILLUSTRATION_MODEL_NOT_ALLOWED", str(exc)) from None
        capability = self.gemini.catalog.capability(model, "image")
        config = types.GenerateContentConfig(
            response_modalities=["IMAGE"],
            image_config=types.ImageConfig(
                aspect_ratio=request.aspect_ratio, image_size=capability.image_size
            ),
        )
        refusals = []
        for softened in (False, True):
            contents: list[types.Part] = [types.Part.from_text(text=page_prompt(request, softened))]
            if request.reference_image and request.kind is IllustrationKind.PAGE:
                contents.insert(
                    0, types.Part.from_bytes(data=request.reference_image, mime_type="image/png")
                )
            response = await self.gemini.generate(model, contents, config)
            blobs = inline_blobs(response, "image/")
            if blobs:
                png, width, height = await asyncio.to_thread(to_png, blobs[0].data or b"")
                mode = _prompt_mode(request) + ("-softened" if softened else "")
                return Painting(png=png, width=width, height=height, prompt_mode=mode)
            refusals.append(why_empty(response))
            blocked = is_blocked(response)
            if not blocked and _transient_miss(response):
                raise GeminiUnavailable("ILLUSTRATION_NO_IMAGE", f"no image: {refusals[-1]}")
            log.warning("no image for page %d: %s", request.page_number, refusals[-1])
        code = "ILLUSTRATION_BLOCKED" if blocked else "ILLUSTRATION_NO_IMAGE"
        raise Fail(code, f"no image, also softened: {' / '.join(refusals)}"[:500])


def _transient_miss(response: types.GenerateContentResponse) -> bool:
    return any(c.finish_reason in _TRANSIENT_FINISHES for c in response.candidates or [])


def _prompt_mode(request: PaintRequest) -> str:
    if request.kind is IllustrationKind.COVER:
        return "gemini-cover"
    return "gemini-reference" if request.reference_image else "gemini-prompt"


def to_png(data: bytes) -> tuple[bytes, int, int]:
    """The image as PNG (converted unless it is one), with its width and height."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            if image.format == "PNG":
                return data, image.width, image.height
            converted = image if image.mode in ("RGB", "RGBA", "L", "LA") else image.convert("RGBA")
            buffer = io.BytesIO()
            converted.save(buffer, "PNG")
            return buffer.getvalue(), image.width, image.height
    except (UnidentifiedImageError, OSError) as exc:
        # A damaged answer: another call will most likely bring a whole one.
        raise GeminiUnavailable("ILLUSTRATION_BAD_IMAGE", f"unreadable image: {exc}") from None
