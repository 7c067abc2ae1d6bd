"""GeminiPainter against the fake Gemini API (real google-genai client code): the reference
image, aspect ratios, PNG conversion, refusals and rate limits."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pydantic import SecretStr
from servers import FakeGeminiServer

from illustration_service.config import Settings
from illustration_service.painters import PaintRequest, make_painter
from illustration_service.painters.gemini import GeminiPainter
from moretale_contracts.events import IllustrationKind
from moretale_kit.bus import Fail, Retry
from moretale_kit.gemini import GeminiUnavailable

DESIGN = "Mina, five, short black hair, a yellow raincoat and red boots"
PREFIX = f"Soft watercolor picture book. Main character: {DESIGN}."


def painter(fake: FakeGeminiServer, **settings: object) -> GeminiPainter:
    made = make_painter(
        Settings(
            gemini_api_key=SecretStr(fake.api_key),
            gemini_base_url=fake.base_url,
            gemini_rpm=0,
            **settings,
        )
    )
    assert isinstance(made, GeminiPainter)
    return made


def cover() -> PaintRequest:
    scene = "Book cover portrait: the main character smiling at the viewer."
    return PaintRequest(
        kind=IllustrationKind.COVER,
        page_number=0,
        prompt=f"{PREFIX} Scene: {scene}",
        scene_prompt=scene,
        character_design=DESIGN,
        aspect_ratio="3:4",
    )


def page(reference: bytes | None, model: str | None = None) -> PaintRequest:
    scene = "Mina feeds a small dragon in a meadow"
    return PaintRequest(
        kind=IllustrationKind.PAGE,
        page_number=2,
        prompt=f"{PREFIX} Scene: {scene}",
        scene_prompt=scene,
        character_design=DESIGN,
        aspect_ratio="16:9",
        model=model,
        reference_image=reference,
    )


def size_of(png: bytes) -> tuple[str | None, int, int]:
    with Image.open(io.BytesIO(png)) as image:
        return image.format, image.width, image.height


async def test_cover_then_a_page_with_the_cover_as_reference(gemini: FakeGeminiServer) -> None:
    front = await painter(gemini).paint(cover())
    assert size_of(front.png) == ("PNG", front.width, front.height)
    assert front.width / front.height == pytest.approx(3 / 4, abs=0.01)
    assert front.prompt_mode == "gemini-cover"
    # The plan's retired id is served by its replacement.
    inside = await painter(gemini).paint(page(front.png, model="gemini-2.5-flash-image"))
    assert inside.width / inside.height == pytest.approx(16 / 9, abs=0.01)
    assert inside.prompt_mode == "gemini-reference"
    first, second = gemini.requests()
    assert (first["image_kind"], first["has_reference"], first["aspect_ratio"]) == (
        "cover",
        False,
        "3:4",
    )
    assert DESIGN in first["prompt"]
    assert (second["image_kind"], second["has_reference"], second["aspect_ratio"]) == (
        "page",
        True,
        "16:9",
    )
    assert {first["model"], second["model"]} == {"gemini-3.1-flash-image"}
    assert {first["image_size"], second["image_size"]} == {"1K"}  # from the capability row
    assert {first["version"], second["version"]} == {"v1beta"}  # image output: v1beta


@pytest.mark.parametrize("version", ["v1", "v1beta"])
async def test_the_pro_image_model_and_either_api_version(
    gemini: FakeGeminiServer, version: str
) -> None:
    made = painter(gemini, gemini_api_version=version)
    await made.paint(page(None, model="gemini-3-pro-image"))
    [seen] = gemini.requests()
    assert (seen["model"], seen["image_size"], seen["version"]) == (
        "gemini-3-pro-image",
        "2K",
        version,
    )


@pytest.mark.parametrize("fault", ["no_image", "image_other"])
async def test_no_image_finishes_are_tried_again_by_the_loop(
    gemini: FakeGeminiServer, fault: str
) -> None:
    """NO_IMAGE / IMAGE_OTHER are often transient: the consumer loop's retry, not a Fail."""
    gemini.configure(faults=[{"kind": fault}])
    with pytest.raises(GeminiUnavailable) as missed:
        await painter(gemini).paint(page(None))
    assert missed.value.code == "ILLUSTRATION_NO_IMAGE"
    painting = await painter(gemini).paint(page(None))  # the next delivery
    assert painting.prompt_mode == "gemini-prompt"


async def test_a_page_without_a_cover_is_still_painted(gemini: FakeGeminiServer) -> None:
    painting = await painter(gemini).paint(page(None))
    assert painting.prompt_mode == "gemini-prompt"
    assert gemini.requests()[0]["has_reference"] is False


async def test_a_jpeg_answer_is_stored_as_png(gemini: FakeGeminiServer) -> None:
    gemini.configure(image_format="jpeg")
    painting = await painter(gemini).paint(page(None))
    assert size_of(painting.png) == ("PNG", painting.width, painting.height)


async def test_a_refusal_is_asked_again_softened(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"kind": "safety"}])
    painting = await painter(gemini).paint(cover())
    assert painting.prompt_mode == "gemini-cover-softened"
    blocked, softened = gemini.requests()
    assert blocked["fault"] == "safety" and "child-safe" in softened["prompt"]


@pytest.mark.parametrize(
    ("fault", "code"),
    [("image_safety", "ILLUSTRATION_BLOCKED"), ("text_only", "ILLUSTRATION_NO_IMAGE")],
)
async def test_a_second_refusal_fails_the_picture(
    gemini: FakeGeminiServer, fault: str, code: str
) -> None:
    gemini.configure(faults=[{"kind": fault, "count": 2}])
    with pytest.raises(Fail) as failed:
        await painter(gemini).paint(page(None))
    assert failed.value.code == code
    assert len(gemini.requests()) == 2  # once, then once softened


async def test_429_becomes_a_retry_with_the_servers_delay(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"kind": "429", "retry_after": 11}])
    with pytest.raises(Retry) as retry:
        await painter(gemini).paint(cover())
    assert retry.value.delay == 11
    assert len(gemini.requests()) == 1
