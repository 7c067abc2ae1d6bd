"""The offline painter: a picture-book scene drawn with Pillow from the English prompt.

No network and no model: the scene prompt is read for a setting, a time of day and companions
(`procedural_parse`), the background comes from `procedural_scenery`, the child and companions
from `procedural_figures`. Everything random is seeded from a hash of the request, so the same
request always gives the same PNG bytes. The child is derived from `character_design` alone and
drawn at a fixed fraction of the picture height, so it looks the same on every page; the cover's
frame color is read back from the reference image so pages visibly belong to the same book.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import math
import statistics
from dataclasses import dataclass
from random import Random

from PIL import Image, UnidentifiedImageError

from illustration_service.painters import Painting, PaintRequest
from illustration_service.painters.procedural_canvas import (
    RGB,
    WHITE,
    Canvas,
    Pen,
    ink_of,
    mix,
    star_points,
)
from illustration_service.painters.procedural_figures import (
    CHILD_TOP,
    SPECIES,
    child_half_width,
    draw_child,
    friend_looks,
)
from illustration_service.painters.procedural_parse import (
    CharacterLook,
    Scene,
    parse_character,
    parse_scene,
)
from illustration_service.painters.procedural_scenery import (
    GROUND_FLOOR,
    INDOOR,
    LIGHTS,
    SETTING_PAINTERS,
    Stage,
)
from moretale_contracts.events import IllustrationKind

__all__ = [
    "CHILD_PAGE_HEIGHT",
    "CharacterLook",
    "ProceduralPainter",
    "Scene",
    "frame_size",
    "layout",
    "parse_character",
    "parse_scene",
    "render",
    "sample_frame_color",
]

# The child's height as a fraction of the picture height: fixed, so it is the same on every page.
CHILD_PAGE_HEIGHT = 0.46
CHILD_COVER_HEIGHT = 0.64

# Frame colors for covers; the pages read theirs back from the cover image.
COVER_ACCENTS: tuple[RGB, ...] = (
    (196, 176, 236),
    (160, 214, 196),
    (250, 196, 160),
    (156, 196, 240),
    (246, 170, 190),
    (240, 210, 130),
)


class ProceduralPainter:
    """Offline Painter: draws a scene with Pillow from the English prompt."""

    def __init__(self, model: str = "moretale-painter", long_side: int = 1024) -> None:
        if long_side < 64:
            raise ValueError(f"long_side must be at least 64, got {long_side}")
        self.model = model
        self.long_side = long_side

    async def paint(self, request: PaintRequest) -> Painting:
        # Drawing is CPU work; a thread keeps the event loop answering meanwhile.
        return await asyncio.to_thread(render, request, self.long_side)


def frame_size(aspect_ratio: str, long_side: int) -> tuple[int, int]:
    """Pixel size for "W:H" with the longer side equal to `long_side` (16:9 -> 1024x576)."""
    try:
        w_text, h_text = aspect_ratio.split(":")
        w, h = int(w_text), int(h_text)
    except ValueError:
        raise ValueError(f"aspect ratio must look like '16:9', got {aspect_ratio!r}") from None
    if w <= 0 or h <= 0 or max(w, h) > 4 * min(w, h):
        raise ValueError(f"unsupported aspect ratio {aspect_ratio!r}")
    if w >= h:
        return long_side, max(1, round(long_side * h / w))
    return max(1, round(long_side * w / h)), long_side


def render(request: PaintRequest, long_side: int = 1024) -> Painting:
    """Paint synchronously (the painter calls this in a worker thread)."""
    width, height = frame_size(request.aspect_ratio, long_side)
    is_cover = request.kind == IllustrationKind.COVER
    scene = parse_scene(request.scene_prompt or request.prompt)
    look = parse_character(request.character_design)
    seed_text = "|".join(
        (request.kind, str(request.page_number), request.aspect_ratio, request.prompt)
    )
    seed_text += "|" + request.scene_prompt
    rng = Random(int.from_bytes(hashlib.sha256(seed_text.encode()).digest()[:8], "big"))

    page_accent = None
    if not is_cover and request.reference_image is not None:
        page_accent = sample_frame_color(request.reference_image)
    if is_cover:
        mode = "procedural-cover"
    elif page_accent is not None:
        mode = "procedural-reference"
    else:
        mode = "procedural-scene"

    # Supersampling is the anti-aliasing; above ~1280 px the lines are fine enough without it.
    canvas = Canvas(width, height, 2 if long_side <= 1280 else 1)
    figures = layout(canvas, scene, look, is_cover, rng)
    child = figures[0]
    light = LIGHTS[scene.time_of_day]
    stage = Stage(canvas, light, rng, child_x=child.x, child_half=child.half_width)
    tint = light.tint
    if scene.setting in INDOOR and tint is not None:
        tint = mix(tint, WHITE, 0.45)  # lamps are on indoors
    elif scene.setting == "cave":
        tint = mix(tint or WHITE, (200, 188, 224), 0.5)
    with canvas.lit(tint, soft=0.65):
        SETTING_PAINTERS[scene.setting](stage)
    if is_cover:
        _cover_backdrop(canvas, child)
    elif light.dark:
        canvas.glow(child.x, child.base - child.top * 0.45, child.top * 0.75, (255, 238, 200), 70)
    _draw_figures(canvas, figures, tint)
    if is_cover:
        _frame(
            canvas, COVER_ACCENTS[_stable_index(request.character_design, len(COVER_ACCENTS))], 1.0
        )
    elif page_accent is not None:
        _frame(canvas, page_accent, 0.45)
    image = canvas.finish()
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3)
    return Painting(png=buffer.getvalue(), width=width, height=height, prompt_mode=mode)


# --- layout -----------------------------------------------------------------------------------


@dataclass
class Figure:
    """A character placed on the canvas: feet at (`x`, `base`), `size` px tall."""

    kind: str
    x: float
    base: float
    size: float
    half_width: float  # px
    top: float  # px above the feet
    flies: bool = False
    facing: int = 1
    look: CharacterLook | None = None

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x - self.half_width, self.base - self.top, self.x + self.half_width, self.base)


def _overlaps(a: tuple[float, ...], b: tuple[float, ...], gap: float) -> bool:
    return not (
        a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1]
    )


def layout(
    canvas: Canvas, scene: Scene, look: CharacterLook, is_cover: bool, rng: Random
) -> list[Figure]:
    """Place the child, then each companion where it overlaps neither the child nor another."""
    W, H = canvas.w, canvas.h
    size = H * (CHILD_COVER_HEIGHT if is_cover else CHILD_PAGE_HEIGHT)
    half = size * child_half_width(look)
    if is_cover:
        x, base = W / 2, H * 0.93
    else:
        margin = half + W * 0.05
        x = W * rng.uniform(0.28, 0.72)
        x = min(max(x, margin), W - margin)
        base = H * rng.uniform(0.89, 0.92)
    child = Figure("child", x, base, size, half, size * CHILD_TOP, look=look)
    figures = [child]
    friends = friend_looks(look)
    floor = GROUND_FLOOR.get(scene.setting, 0.72)
    for kind in scene.companions:
        friend_look = None
        if kind == "friend":
            friend_look = friends[sum(f.kind == "friend" for f in figures) % len(friends)]
        placed = _place(canvas, kind, figures, is_cover, floor, rng)
        if placed is not None:
            placed.look = friend_look
            placed.facing = 1 if placed.x < child.x else -1
            figures.append(placed)
    return figures


def _place(
    canvas: Canvas, kind: str, figures: list[Figure], is_cover: bool, floor: float, rng: Random
) -> Figure | None:
    """A free spot for one companion, shrinking it (and moving it back) until one is found."""
    W, H = canvas.w, canvas.h
    species = SPECIES[kind]
    child = figures[0]
    edge, gap = min(W, H) * 0.05, W * 0.012
    nominal = species.height * H * (1.15 if is_cover else 1.0)
    for attempt in range(12):
        scale = 0.86**attempt
        f_size = nominal * scale
        half_w, top = f_size * species.half_width, f_size * species.top
        # Smaller stands further back: the ground band slides up toward the horizon.
        lo = max(floor, 0.8 - (1 - scale) * 0.3) * H
        hi = lo + (0.97 * H - lo) * (0.35 + 0.65 * scale)
        spots: list[tuple[float, int, Figure]] = []
        for _ in range(80):
            flies = species.flies or (species.can_fly and rng.random() < 0.5)
            fx = rng.uniform(edge + half_w, max(edge + half_w + 1, W - edge - half_w))
            if flies:
                fb = rng.uniform(edge + top, max(edge + top + 1, H * 0.55))
            else:
                fb = rng.uniform(lo, hi)
            trial = Figure(kind, fx, fb, f_size, half_w, top, flies)
            box = trial.box
            if box[0] < edge * 0.5 or box[2] > W - edge * 0.5 or box[1] < edge * 0.5:
                continue
            if any(_overlaps(box, other.box, gap) for other in figures):
                continue
            # Prefer spots near the child so the companions look like company.
            dist = math.hypot(fx - child.x, (fb - top / 2) - (child.base - child.top / 2))
            spots.append((dist * rng.uniform(1.0, 1.5), len(spots), trial))
        if spots:
            return min(spots)[2]
    return None  # no room even at a sixth of the size: leave it out rather than overlap


def _draw_figures(canvas: Canvas, figures: list[Figure], tint: RGB | None) -> None:
    shadow = mix((60, 70, 90), tint or WHITE, 0.1)
    # Back to front: fliers first, then by where the feet are.
    for fig in sorted(figures, key=lambda f: (not f.flies, f.base)):
        if not fig.flies:
            canvas.soft_shadow(fig.x, fig.base, fig.half_width * 0.8, fig.size * 0.04, shadow, 70)
        pen = Pen(canvas, fig.x, fig.base, fig.size, fig.facing)
        if fig.look is not None:
            draw_child(pen, fig.look)
        else:
            SPECIES[fig.kind].draw(pen)


# --- cover and frames -------------------------------------------------------------------------


def _cover_backdrop(canvas: Canvas, child: Figure) -> None:
    """Soft sunburst and halo behind the cover child: the "portrait" feel, without any text."""
    cx, cy = child.x, child.base - child.top * 0.55
    r = max(canvas.w, canvas.h) * 1.2
    for i in range(0, 24, 2):
        a0, a1 = math.radians(i * 15), math.radians((i + 1) * 15)
        wedge = [(cx, cy), (cx + r * math.cos(a0), cy + r * math.sin(a0))]
        wedge.append((cx + r * math.cos(a1), cy + r * math.sin(a1)))
        canvas.tint_poly(wedge, (255, 250, 235, 26))
    canvas.glow(cx, cy, child.top * 0.75, (255, 250, 236), 150)


def _frame(canvas: Canvas, accent: RGB, weight: float) -> None:
    """A rounded storybook frame; the cover's is wide with dots and corner stars."""
    W, H = canvas.w, canvas.h
    band = max(4, round(min(W, H) * 0.045 * weight))
    draw = canvas.solid
    draw.rectangle((0, 0, W - 1, H - 1), outline=accent, width=band)
    draw.rounded_rectangle((0, 0, W - 1, H - 1), radius=band * 2.5, outline=accent, width=band)
    inner = (band, band, W - 1 - band, H - 1 - band)
    draw.rounded_rectangle(inner, radius=band * 1.5, outline=ink_of(accent), width=canvas.stroke)
    if weight < 1:
        return
    dot = mix(accent, WHITE, 0.55)
    mid, r, step = band * 0.5, band * 0.13, band * 0.9
    for length, place in (
        (W, lambda t: ((t, mid), (t, H - mid))),
        (H, lambda t: ((mid, t), (W - mid, t))),
    ):
        t = band * 1.5
        while t < length - band * 1.5:
            for px, py in place(t):
                draw.ellipse((px - r, py - r, px + r, py + r), fill=dot)
            t += step
    for cx, cy in ((band, band), (W - band, band), (band, H - band), (W - band, H - band)):
        canvas.poly(star_points(cx, cy, band * 0.9, 5, 0.5), (252, 214, 110))


def sample_frame_color(png: bytes) -> RGB | None:
    """The color of the reference's frame band (the median along its edges), or None if the
    reference is not a readable image."""
    try:
        with Image.open(io.BytesIO(png)) as opened:
            image = opened.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    w, h = image.size
    inset = max(0, min(w, h) * 0.045 * 0.22)  # between the outer edge and the dots
    pixels: list[RGB] = []
    for i in range(1, 40):
        x, y = w * i / 40, h * i / 40
        for px, py in ((x, inset), (x, h - 1 - inset), (inset, y), (w - 1 - inset, y)):
            pixels.append(image.getpixel((int(px), int(py))))  # type: ignore[arg-type]
    color = tuple(int(statistics.median(p[c] for p in pixels)) for c in range(3))
    # A painting by another engine may have a dark or busy edge; keep the page frame gentle.
    return mix(color, WHITE, 0.15)  # type: ignore[arg-type]


def _stable_index(text: str, n: int) -> int:
    return hashlib.sha256(text.encode()).digest()[0] % n
