"""The offline procedural painter: sizes, determinism, and that the prompt visibly matters."""

from __future__ import annotations

import io
from random import Random

import pytest
from PIL import Image, ImageChops, ImageStat

from illustration_service.painters import Painting, PaintRequest
from illustration_service.painters.procedural import (
    ProceduralPainter,
    frame_size,
    layout,
    parse_character,
    parse_scene,
    render,
)
from illustration_service.painters.procedural_canvas import Canvas
from illustration_service.painters.procedural_parse import COLORS, SKIN_TONES
from moretale_contracts.events import IllustrationKind

MINA = (
    "Mina, a 5-year-old child with short curly black hair, light brown skin, "
    "wearing a yellow sweater, blue trousers and red shoes"
)
SIZES = {
    "1:1": (1024, 1024),
    "2:3": (683, 1024),
    "3:2": (1024, 683),
    "3:4": (768, 1024),
    "4:3": (1024, 768),
    "4:5": (819, 1024),
    "5:4": (1024, 819),
    "9:16": (576, 1024),
    "16:9": (1024, 576),
    "21:9": (1024, 439),
}


def page(scene: str, number: int = 1, design: str = MINA, **kwargs: object) -> PaintRequest:
    fields: dict[str, object] = {
        "kind": IllustrationKind.PAGE,
        "page_number": number,
        "prompt": f"Soft watercolor picture book. {design}. Scene: {scene}",
        "scene_prompt": scene,
        "character_design": design,
        "aspect_ratio": "16:9",
    }
    fields.update(kwargs)
    return PaintRequest(**fields)  # type: ignore[arg-type]


def cover(scene: str = "Mina smiles in the meadow", design: str = MINA) -> PaintRequest:
    return page(scene, 0, design, kind=IllustrationKind.COVER, aspect_ratio="3:4")


def image_of(painting: Painting) -> Image.Image:
    image = Image.open(io.BytesIO(painting.png))
    image.load()
    return image


def near(image: Image.Image, color: tuple[int, int, int], tolerance: int = 10) -> int:
    """How many pixels are within `tolerance` of `color` on every channel."""
    bands = image.convert("RGB").split()
    hits = None
    for band, value in zip(bands, color, strict=True):
        lo, hi = value - tolerance, value + tolerance
        mask = band.point(lambda v, lo=lo, hi=hi: 255 if lo <= v <= hi else 0)
        hits = mask if hits is None else ImageChops.multiply(hits, mask)
    assert hits is not None
    return hits.histogram()[255]


def brightness(image: Image.Image) -> float:
    return float(ImageStat.Stat(image.convert("L")).mean[0])


def changed_fraction(a: Image.Image, b: Image.Image, threshold: int = 40) -> float:
    """The share of pixels where some channel differs by at least `threshold`."""
    red, green, blue = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).split()
    most = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return sum(most.histogram()[threshold:]) / (a.width * a.height)


# --- size and format ----------------------------------------------------------------------------


@pytest.mark.parametrize(("ratio", "size"), sorted(SIZES.items()))
def test_every_aspect_ratio_gives_a_png_of_the_right_size(
    ratio: str, size: tuple[int, int]
) -> None:
    painting = render(page("Mina plays in the park with a dog", aspect_ratio=ratio), 1024)
    image = image_of(painting)
    assert image.format == "PNG"
    assert image.size == size
    assert (painting.width, painting.height) == size


def test_long_side_is_configurable() -> None:
    assert frame_size("16:9", 512) == (512, 288)
    assert frame_size("2:3", 300) == (200, 300)
    assert image_of(render(page("meadow"), 512)).size == (512, 288)


@pytest.mark.parametrize("ratio", ["", "16x9", "0:1", "1:9", "a:b"])
def test_nonsense_aspect_ratios_are_refused(ratio: str) -> None:
    with pytest.raises(ValueError):
        frame_size(ratio, 1024)


async def test_the_painter_paints_off_the_event_loop() -> None:
    painter = ProceduralPainter(long_side=512)
    assert painter.model == "moretale-painter"
    painting = await painter.paint(page("Mina in the forest"))
    assert image_of(painting).size == (512, 288)
    assert painting == render(page("Mina in the forest"), 512)


# --- determinism --------------------------------------------------------------------------------


def test_the_same_request_gives_identical_bytes() -> None:
    request = page("Mina and her cat explore the forest at sunset", 3)
    assert render(request, 512).png == render(request, 512).png
    assert render(cover(), 512).png == render(cover(), 512).png


def test_different_pages_of_the_same_scene_vary() -> None:
    a = image_of(render(page("Mina walks in the forest", 1), 512))
    b = image_of(render(page("Mina walks in the forest", 2), 512))
    assert changed_fraction(a, b) > 0.05


# --- the scene ----------------------------------------------------------------------------------


def test_night_is_darker_than_noon() -> None:
    noon = image_of(render(page("Mina in the meadow at noon"), 512))
    night = image_of(render(page("Mina in the meadow at night"), 512))
    assert brightness(night) < brightness(noon) - 40


@pytest.mark.parametrize("time", ["morning", "afternoon", "sunset", "evening"])
def test_each_time_of_day_has_its_own_light(time: str) -> None:
    noon = image_of(render(page("Mina in the meadow at noon"), 512))
    other = image_of(render(page(f"Mina in the meadow in the {time}"), 512))
    mean_noon, mean_other = ImageStat.Stat(noon).mean, ImageStat.Stat(other).mean
    assert sum(abs(a - b) for a, b in zip(mean_noon, mean_other, strict=True)) > 6


def test_settings_look_different_from_each_other() -> None:
    settings = [
        "forest",
        "meadow",
        "beach",
        "ocean",
        "mountain",
        "village",
        "castle",
        "garden",
        "bedroom",
        "school",
        "sky",
        "space",
        "river",
        "cave",
        "park",
        "kitchen",
    ]
    images = {s: image_of(render(page(f"Mina in the {s}", 1), 384)) for s in settings}
    for i, a in enumerate(settings):
        for b in settings[i + 1 :]:
            assert changed_fraction(images[a], images[b]) > 0.15, (a, b)


def test_the_scene_is_read_from_the_scene_prompt() -> None:
    scene = parse_scene("At sunset, Mina and two bunnies fly a kite on the BEACH with a friend")
    assert scene.setting == "beach"
    assert scene.time_of_day == "sunset"
    assert scene.companions == ("rabbit", "rabbit", "friend")
    plain = parse_scene("Mina thinks about tomorrow")
    assert (plain.setting, plain.time_of_day, plain.companions) == ("meadow", "afternoon", ())
    assert parse_scene("Mina and her dragon friend under the night sky").companions == ("dragon",)


def test_the_prompt_is_the_fallback_when_the_scene_prompt_is_empty() -> None:
    from_scene = render(page("Mina in space at night"), 384)
    from_prompt = render(page("", prompt="Mina in space at night"), 384)
    plain = render(page("", prompt="Mina stands in a meadow"), 384)
    assert brightness(image_of(from_prompt)) < brightness(image_of(plain)) - 40
    assert abs(brightness(image_of(from_prompt)) - brightness(image_of(from_scene))) < 15


# --- the main character -------------------------------------------------------------------------


def test_the_character_design_is_parsed() -> None:
    look = parse_character(MINA)
    assert (look.hair_length, look.hair_texture) == ("short", "curly")
    assert look.skin == SKIN_TONES["light brown"]
    assert (look.top_kind, look.top_color) == ("sweater", COLORS["yellow"])
    assert (look.bottom_kind, look.bottom_color) == ("trousers", COLORS["blue"])
    assert (look.shoe_kind, look.shoe_color) == ("shoes", COLORS["red"])
    other = parse_character(
        "Leo, a boy with long wavy blonde hair in a ponytail, dark brown skin and glasses, "
        "wearing a teal hoodie, purple shorts and white sneakers"
    )
    assert (other.hair_length, other.hair_texture, other.hair_tie) == ("long", "wavy", "ponytail")
    assert other.skin == SKIN_TONES["dark brown"]
    assert (other.top_kind, other.top_color) == ("hoodie", COLORS["teal"])
    assert (other.bottom_kind, other.shoe_kind) == ("shorts", "sneakers")
    assert other.glasses
    assert parse_character("Sam, a boy with an afro").hair_texture == "afro"
    assert parse_character("a child") == parse_character("")  # stable defaults


def test_the_childs_top_color_is_in_the_picture() -> None:
    yellow = COLORS["yellow"]
    in_yellow = image_of(render(page("Mina in her bedroom"), 512))
    green_design = MINA.replace("yellow", "green")
    in_green = image_of(render(page("Mina in her bedroom", design=green_design), 512))
    assert near(in_yellow, yellow) > 0.005 * in_yellow.width * in_yellow.height
    assert near(in_green, yellow) < near(in_yellow, yellow) / 10
    assert near(in_green, COLORS["green"]) > 0.005 * in_green.width * in_green.height


def test_the_child_has_the_same_size_on_every_page() -> None:
    pink = COLORS["pink"]  # a color no setting uses in bulk
    design = MINA.replace("yellow sweater", "pink sweater")
    counts = [
        near(image_of(render(page(f"Mina in the {s}", n, design), 512)), pink, 6)
        for n, s in enumerate(["castle", "bedroom", "ocean", "space", "mountain"], start=1)
    ]
    assert min(counts) > 800
    assert max(counts) < min(counts) * 1.05, counts


# --- companions ---------------------------------------------------------------------------------


def test_companions_are_drawn_in_their_own_colors() -> None:
    scene = "Mina plays in the garden"
    alone = image_of(render(page(scene), 512))
    dragon_wing, cat_fur, robot = (182, 150, 218), (246, 172, 96), (190, 200, 216)
    company = image_of(render(page(scene + " with a dragon, a cat and a robot"), 512))
    assert changed_fraction(alone, company) > 0.05
    for color in (dragon_wing, cat_fur, robot):
        assert near(company, color, 4) > 200, color
        assert near(company, color, 4) > 5 * near(alone, color, 4), color


@pytest.mark.parametrize("ratio", sorted(SIZES))
def test_companions_never_overlap_the_child_or_each_other(ratio: str) -> None:
    crowd = "Mina with a dragon, a bear, a unicorn, a dinosaur and friends"
    for number, setting in enumerate(["meadow", "river", "bedroom", "sky", "cave"]):
        scene = parse_scene(f"{crowd} in the {setting}")
        width, height = frame_size(ratio, 256)
        for is_cover in (False, True):
            canvas = Canvas(width, height, 1)
            figures = layout(canvas, scene, parse_character(MINA), is_cover, Random(number))
            assert figures[0].kind == "child"
            # Five big companions crowd a tall picture; some may be left out, never squeezed in.
            assert len(figures) >= (5 if ratio in ("16:9", "21:9") else 3)
            boxes = [f.box for f in figures]
            for i, a in enumerate(boxes):
                assert a[0] >= 0 and a[1] >= 0 and a[2] <= canvas.w and a[3] <= canvas.h
                for b in boxes[i + 1 :]:
                    assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_companions_do_not_cover_the_child() -> None:
    yellow = COLORS["yellow"]
    alone = near(image_of(render(page("Mina in space"), 512)), yellow, 6)
    busy = render(page("Mina in space with a bear, a fox, a unicorn and a friend"), 512)
    assert abs(near(image_of(busy), yellow, 6) - alone) < alone * 0.08


# --- cover and reference ------------------------------------------------------------------------


def test_prompt_modes() -> None:
    front = render(cover(), 512)
    assert front.prompt_mode == "procedural-cover"
    assert render(page("meadow"), 512).prompt_mode == "procedural-scene"
    with_reference = render(page("meadow", reference_image=front.png), 512)
    assert with_reference.prompt_mode == "procedural-reference"
    unreadable = render(page("meadow", reference_image=b"not a png"), 512)
    assert unreadable.prompt_mode == "procedural-scene"


def test_the_cover_shows_the_child_large_and_centered() -> None:
    front = image_of(render(cover(), 512))
    yellow = COLORS["yellow"]
    left, right = front.crop((0, 0, 192, 512)), front.crop((192, 0, 384, 512))
    assert near(front, yellow, 6) > 2.5 * near(image_of(render(page("meadow"), 512)), yellow, 6)
    assert abs(near(left, yellow, 6) - near(right, yellow, 6)) < 0.2 * near(front, yellow, 6)


def test_pages_take_the_frame_color_from_the_cover() -> None:
    front_png = render(cover(), 512).png
    front = Image.open(io.BytesIO(front_png)).convert("RGB")
    framed = image_of(render(page("meadow", reference_image=front_png), 512))
    assert distance(framed.getpixel((2, 144)), front.getpixel((3, 170))) < 40
    # Whatever the reference's edge color is, the page frame follows it.
    teal = Image.new("RGB", (300, 400), (40, 160, 160))
    buffer = io.BytesIO()
    teal.save(buffer, "PNG")
    teal_page = image_of(render(page("meadow", reference_image=buffer.getvalue()), 512))
    assert distance(teal_page.getpixel((2, 144)), (72, 174, 174)) < 12
    plain = image_of(render(page("meadow"), 512))
    assert distance(plain.getpixel((2, 144)), (72, 174, 174)) > 60


def distance(a: object, b: tuple[int, ...]) -> int:
    assert isinstance(a, tuple)
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))
