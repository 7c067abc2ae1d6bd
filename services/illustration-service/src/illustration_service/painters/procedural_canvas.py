"""Drawing primitives for the procedural painter: a supersampled canvas and a figure pen.

Pillow draws without anti-aliasing, so everything is drawn at `scale` times the final size and
reduced at the end; shapes get an "ink" outline (a darker shade of their fill) for the
picture-book look. Scenery can be drawn under a light tint (night, sunset) while characters keep
their true colors, which is what keeps the child identical from page to page.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext

from PIL import Image, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
Point = tuple[float, float]

WHITE: RGB = (255, 255, 255)
INK: RGB = (66, 44, 70)


def clamp(v: float) -> int:
    return 0 if v < 0 else 255 if v > 255 else round(v)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """`a` moved a fraction `t` of the way to `b`."""
    return (
        clamp(a[0] + (b[0] - a[0]) * t),
        clamp(a[1] + (b[1] - a[1]) * t),
        clamp(a[2] + (b[2] - a[2]) * t),
    )


def shade(c: RGB, f: float) -> RGB:
    return (clamp(c[0] * f), clamp(c[1] * f), clamp(c[2] * f))


def ink_of(c: RGB) -> RGB:
    """Outline color for a fill: its own darker shade, pulled toward a warm plum ink."""
    return mix(shade(c, 0.52), INK, 0.35)


def star_points(cx: float, cy: float, r: float, points: int = 5, inner: float = 0.5) -> list[Point]:
    """A star polygon pointing up."""
    out = []
    for i in range(points * 2):
        radius = r if i % 2 == 0 else r * inner
        angle = -math.pi / 2 + i * math.pi / points
        out.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return out


class Canvas:
    """An RGB image drawn at `scale`x; coordinates are canvas pixels (y down)."""

    def __init__(self, width: int, height: int, scale: int) -> None:
        self.scale = scale
        self.w = width * scale
        self.h = height * scale
        self.image = Image.new("RGB", (self.w, self.h), WHITE)
        self.solid = ImageDraw.Draw(self.image)
        self.glaze = ImageDraw.Draw(self.image, "RGBA")  # blends translucent fills
        # Outline weight follows the short side so thin images don't get heavy lines.
        self.stroke = max(2, round(min(self.w, self.h * 1.3) * 0.0042))
        self._light: RGB | None = None
        self._soft = 1.0

    # --- light ------------------------------------------------------------------------------

    @contextmanager
    def lit(self, light: RGB | None, soft: float = 1.0) -> Iterator[None]:
        """Inside, every fill is multiplied by `light` (scenery under night or sunset light) and
        outlines use `soft` times the stroke width."""
        saved = (self._light, self._soft)
        self._light, self._soft = light, soft
        try:
            yield
        finally:
            self._light, self._soft = saved

    def emissive(self, on: bool = True) -> AbstractContextManager[None]:
        """Inside, fills ignore the tint: lit windows and lamps shine at night."""
        return self.lit(None, self._soft) if on else nullcontext()

    def c(self, color: RGB) -> RGB:
        light = self._light
        if light is None:
            return color
        return (
            clamp(color[0] * light[0] / 255),
            clamp(color[1] * light[1] / 255),
            clamp(color[2] * light[2] / 255),
        )

    def _outline(self, fill: RGB, outline: RGB | bool | None) -> tuple[RGB | None, int]:
        if outline is None or outline is False:
            return None, 0
        color = ink_of(fill) if outline is True else self.c(outline)
        return color, max(1, round(self.stroke * self._soft))

    # --- shapes -----------------------------------------------------------------------------

    def oval(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        fill: RGB,
        outline: RGB | bool | None = True,
    ) -> None:
        fill = self.c(fill)
        line, width = self._outline(fill, outline)
        self.solid.ellipse(
            (cx - rx, cy - ry, cx + rx, cy + ry), fill=fill, outline=line, width=width
        )

    def poly(self, points: Sequence[Point], fill: RGB, outline: RGB | bool | None = True) -> None:
        fill = self.c(fill)
        line, width = self._outline(fill, outline)
        self.solid.polygon(list(points), fill=fill)
        if line is not None:
            # A closed curve-jointed line looks rounder than polygon(width=...).
            self.solid.line([*points, points[0], points[1]], fill=line, width=width, joint="curve")

    def rrect(
        self,
        box: tuple[float, float, float, float],
        radius: float,
        fill: RGB,
        outline: RGB | bool | None = True,
    ) -> None:
        fill = self.c(fill)
        line, width = self._outline(fill, outline)
        x0, y0, x1, y1 = box
        if x1 - x0 < 1 or y1 - y0 < 1:
            return  # too small to see; Pillow refuses degenerate boxes
        # Pillow mis-handles a radius just under half the side; keep clear of it.
        radius = max(0, min(radius, (x1 - x0 - 3) / 2, (y1 - y0 - 3) / 2))
        width = min(width, max(1, int(min(x1 - x0, y1 - y0) / 2)))
        self.solid.rounded_rectangle(
            (x0, y0, x1, y1), radius=radius, fill=fill, outline=line, width=width
        )

    def chord(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        start: float,
        end: float,
        fill: RGB,
        outline: RGB | bool | None = True,
    ) -> None:
        fill = self.c(fill)
        line, width = self._outline(fill, outline)
        box = (cx - rx, cy - ry, cx + rx, cy + ry)
        self.solid.chord(box, start, end, fill=fill, outline=line, width=width)

    def arc(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        start: float,
        end: float,
        color: RGB,
        width: float,
    ) -> None:
        box = (cx - rx, cy - ry, cx + rx, cy + ry)
        self.solid.arc(box, start, end, fill=self.c(color), width=max(1, round(width)))

    def line(
        self,
        points: Sequence[Point],
        color: RGB,
        width: float,
        outline: RGB | bool | None = True,
        caps: bool = True,
    ) -> None:
        """A thick stroke with round caps, optionally outlined (limbs, stems, tails)."""
        color = self.c(color)
        width = max(1.0, width)
        line, stroke = self._outline(color, outline)
        layers = [(line, width + 2 * stroke), (color, width)] if line is not None else []
        layers = layers or [(color, width)]
        for paint, w in layers:
            self.solid.line(list(points), fill=paint, width=max(1, round(w)), joint="curve")
            if caps:
                for x, y in (points[0], points[-1]):
                    r = w / 2
                    self.solid.ellipse((x - r, y - r, x + r, y + r), fill=paint)

    def cloud(
        self,
        circles: Sequence[tuple[float, float, float]],
        fill: RGB,
        outline: RGB | bool | None = True,
    ) -> None:
        """A puffy union of circles with one outline around the whole (clouds, bushes, curls)."""
        fill = self.c(fill)
        line, width = self._outline(fill, outline)
        if line is not None:
            for x, y, r in circles:
                self.solid.ellipse(
                    (x - r - width, y - r - width, x + r + width, y + r + width), line
                )
        for x, y, r in circles:
            self.solid.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def tint_oval(self, cx: float, cy: float, rx: float, ry: float, rgba: tuple[int, ...]) -> None:
        """A translucent ellipse blended over what is there (cheeks, highlights, light pools)."""
        r, g, b = self.c(rgba[:3])  # type: ignore[arg-type]
        self.glaze.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=(r, g, b, rgba[3]))

    def tint_poly(self, points: Sequence[Point], rgba: tuple[int, ...]) -> None:
        r, g, b = self.c(rgba[:3])  # type: ignore[arg-type]
        self.glaze.polygon(list(points), fill=(r, g, b, rgba[3]))

    def glow(self, cx: float, cy: float, r: float, color: RGB, alpha: int) -> None:
        """A soft radial halo (sun, moon, lamps, crystals) fading smoothly to nothing at `r`."""
        d = max(2, round(2 * r))
        x0, y0 = round(cx - d / 2), round(cy - d / 2)
        if x0 >= self.w or y0 >= self.h or x0 + d <= 0 or y0 + d <= 0:
            return
        mask = _halo(max(0, min(255, alpha))).resize((d, d), Image.Resampling.BILINEAR)
        self.image.paste(color, (x0, y0, x0 + d, y0 + d), mask)

    def soft_shadow(
        self, cx: float, cy: float, rx: float, ry: float, color: RGB, alpha: int
    ) -> None:
        """A blurred ground shadow, blurred on a small patch so it stays cheap."""
        pad = ry * 1.2 + 2
        box = (int(cx - rx - pad), int(cy - ry - pad), int(cx + rx + pad), int(cy + ry + pad))
        box = (max(0, box[0]), max(0, box[1]), min(self.w, box[2]), min(self.h, box[3]))
        if box[2] <= box[0] or box[3] <= box[1]:
            return
        mask = Image.new("L", (box[2] - box[0], box[3] - box[1]), 0)
        ImageDraw.Draw(mask).ellipse(
            (cx - rx - box[0], cy - ry - box[1], cx + rx - box[0], cy + ry - box[1]), fill=alpha
        )
        mask = mask.filter(ImageFilter.GaussianBlur(max(1.0, ry * 0.45)))
        self.image.paste(self.c(color), box, mask)

    def gradient(
        self,
        box: tuple[int, int, int, int],
        stops: Sequence[tuple[float, RGB]],
        mask: Image.Image | None = None,
    ) -> None:
        """A vertical gradient through `stops` (position 0..1, color) filling `box`."""
        x0, y0, x1, y1 = (int(v) for v in box)
        w, h = x1 - x0, y1 - y0
        if w <= 0 or h <= 0:
            return
        n = min(h, 128)  # 128 samples stretched smoothly are as good as one per row, and cheaper
        column = Image.new("RGB", (1, n))
        column.putdata([self.c(_at(stops, (y + 0.5) / n)) for y in range(n)])
        if n < h:
            column = column.resize((1, h), Image.Resampling.BILINEAR)
        # NEAREST widening just repeats the column: cheap even at 2048 px.
        self.image.paste(column.resize((w, h), Image.Resampling.NEAREST), (x0, y0), mask)

    def gradient_poly(self, points: Sequence[Point], stops: Sequence[tuple[float, RGB]]) -> None:
        """Fill a polygon with a vertical gradient spanning its own height."""
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        x0, y0 = max(0, int(min(xs))), max(0, int(min(ys)))
        x1, y1 = min(self.w, int(max(xs)) + 1), min(self.h, int(max(ys)) + 1)
        if x1 <= x0 or y1 <= y0:
            return
        mask = Image.new("L", (x1 - x0, y1 - y0), 0)
        ImageDraw.Draw(mask).polygon([(x - x0, y - y0) for x, y in points], fill=255)
        self.gradient((x0, y0, x1, y1), stops, mask)

    def finish(self) -> Image.Image:
        """The final-size image, reduced with box filtering (the anti-aliasing step)."""
        return self.image.reduce(self.scale) if self.scale > 1 else self.image


@functools.lru_cache(maxsize=32)
def _halo(alpha: int) -> Image.Image:
    """A 256 px radial alpha mask, `alpha` at the middle easing to 0 at the rim (cached: pure)."""
    rim = 181  # radial_gradient() reaches 181 at the inscribed circle
    lut = [round(alpha * max(0.0, 1 - v / rim) ** 1.6) for v in range(256)]
    return Image.radial_gradient("L").point(lut)


def _at(stops: Sequence[tuple[float, RGB]], t: float) -> RGB:
    if t <= stops[0][0]:
        return stops[0][1]
    for (p0, c0), (p1, c1) in itertools.pairwise(stops):
        if t <= p1:
            return mix(c0, c1, (t - p0) / (p1 - p0) if p1 > p0 else 1.0)
    return stops[-1][1]


class Pen:
    """Draws a figure in its own units: origin at the figure's feet, y up, 1 unit = `unit` px.

    `facing` -1 mirrors the figure so side-on animals can look toward the child.
    """

    def __init__(self, canvas: Canvas, x: float, y: float, unit: float, facing: int = 1) -> None:
        self.cv = canvas
        self.x, self.y, self.u, self.f = x, y, unit, facing

    def p(self, lx: float, ly: float) -> Point:
        return (self.x + self.f * lx * self.u, self.y - ly * self.u)

    def pts(self, points: Sequence[Point]) -> list[Point]:
        return [self.p(x, y) for x, y in points]

    def _angles(self, start: float, end: float) -> tuple[float, float]:
        # Angles are given as seen on screen for facing=+1; mirroring reflects them.
        return (start, end) if self.f > 0 else (180 - end, 180 - start)

    def oval(
        self, x: float, y: float, rx: float, ry: float, fill: RGB, outline: RGB | bool | None = True
    ) -> None:
        cx, cy = self.p(x, y)
        self.cv.oval(cx, cy, rx * self.u, ry * self.u, fill, outline)

    def poly(self, points: Sequence[Point], fill: RGB, outline: RGB | bool | None = True) -> None:
        self.cv.poly(self.pts(points), fill, outline)

    def rrect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        radius: float,
        fill: RGB,
        outline: RGB | bool | None = True,
    ) -> None:
        (ax, ay), (bx, by) = self.p(x0, y0), self.p(x1, y1)
        box = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
        self.cv.rrect(box, radius * self.u, fill, outline)

    def chord(
        self,
        x: float,
        y: float,
        rx: float,
        ry: float,
        start: float,
        end: float,
        fill: RGB,
        outline: RGB | bool | None = True,
    ) -> None:
        cx, cy = self.p(x, y)
        a, b = self._angles(start, end)
        self.cv.chord(cx, cy, rx * self.u, ry * self.u, a, b, fill, outline)

    def arc(
        self,
        x: float,
        y: float,
        rx: float,
        ry: float,
        start: float,
        end: float,
        color: RGB,
        width: float,
    ) -> None:
        cx, cy = self.p(x, y)
        a, b = self._angles(start, end)
        self.cv.arc(cx, cy, rx * self.u, ry * self.u, a, b, color, width * self.u)

    def line(
        self,
        points: Sequence[Point],
        color: RGB,
        width: float,
        outline: RGB | bool | None = True,
        caps: bool = True,
    ) -> None:
        self.cv.line(self.pts(points), color, width * self.u, outline, caps)

    def cloud(
        self,
        circles: Sequence[tuple[float, float, float]],
        fill: RGB,
        outline: RGB | bool | None = True,
    ) -> None:
        self.cv.cloud([(*self.p(x, y), r * self.u) for x, y, r in circles], fill, outline)

    def tint_oval(self, x: float, y: float, rx: float, ry: float, rgba: tuple[int, ...]) -> None:
        cx, cy = self.p(x, y)
        self.cv.tint_oval(cx, cy, rx * self.u, ry * self.u, rgba)

    def eye(self, x: float, y: float, r: float, look: float = 0.0) -> None:
        """A shiny cartoon eye: dark oval with a white sparkle (the cuteness lives here)."""
        self.oval(x, y, r * 0.8, r, (44, 34, 52), outline=None)
        self.oval(x + r * (0.28 + look), y + r * 0.38, r * 0.34, r * 0.34, WHITE, outline=None)
        self.oval(x - r * 0.25, y - r * 0.4, r * 0.14, r * 0.14, WHITE, outline=None)

    def smile(self, x: float, y: float, w: float, color: RGB = (120, 52, 66)) -> None:
        self.arc(x, y, w, w * 0.75, 20, 160, color, w * 0.35)

    def cheeks(self, x: float, y: float, r: float) -> None:
        for side in (-1, 1):
            self.tint_oval(side * x, y, r, r * 0.62, (255, 120, 140, 95))
