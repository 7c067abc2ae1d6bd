"""Backgrounds for the procedural painter: the sky for each time of day and each setting.

Scenery is drawn under the time of day's light tint (see `Canvas.lit`), with thinner outlines
than the characters so they stand out. Placement comes from the page's seeded `Random`, so every
page differs a little while the same request always gives the same picture.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from PIL import Image, ImageDraw

from illustration_service.painters.procedural_canvas import (
    RGB,
    WHITE,
    Canvas,
    Point,
    mix,
    shade,
    star_points,
)

Box = tuple[float, float, float, float]

PASTELS: tuple[RGB, ...] = (
    (250, 190, 200),
    (255, 214, 150),
    (190, 220, 250),
    (200, 186, 240),
    (186, 232, 200),
    (255, 236, 170),
    (246, 176, 160),
)
FLOWER_COLORS: tuple[RGB, ...] = (
    (250, 150, 180),
    (255, 220, 110),
    (250, 250, 250),
    (190, 160, 240),
    (255, 170, 120),
    (140, 190, 250),
)


@dataclass(frozen=True)
class Light:
    """What a time of day looks like."""

    sky: tuple[tuple[float, RGB], ...]
    tint: RGB | None  # multiplies the scenery; None keeps true colors
    body: str  # sun | moon | crescent
    body_at: tuple[float, float]  # fraction of the sky box
    body_color: RGB
    glow: RGB
    stars: int
    cloud: RGB
    lamps: bool = False  # windows and lamps are lit

    @property
    def dark(self) -> bool:
        return self.body != "sun"


LIGHTS: dict[str, Light] = {
    "morning": Light(
        ((0, (150, 200, 242)), (0.6, (214, 228, 242)), (1, (255, 222, 196))),
        (255, 246, 236),
        "sun",
        (0.2, 0.55),
        (255, 232, 150),
        (255, 238, 200),
        0,
        (255, 250, 246),
    ),
    "noon": Light(
        ((0, (104, 176, 240)), (1, (198, 230, 250))),
        None,
        "sun",
        (0.8, 0.2),
        (255, 224, 92),
        (255, 246, 200),
        0,
        (255, 255, 255),
    ),
    "afternoon": Light(
        ((0, (128, 192, 240)), (1, (224, 240, 246))),
        (255, 251, 242),
        "sun",
        (0.82, 0.3),
        (255, 216, 110),
        (255, 240, 200),
        0,
        (255, 255, 255),
    ),
    "sunset": Light(
        ((0, (118, 104, 180)), (0.45, (240, 146, 150)), (1, (255, 206, 140))),
        (255, 212, 190),
        "sun",
        (0.7, 0.86),
        (255, 150, 86),
        (255, 190, 120),
        0,
        (255, 214, 206),
    ),
    "evening": Light(
        ((0, (54, 64, 130)), (0.55, (140, 112, 176)), (1, (236, 168, 168))),
        (190, 184, 236),
        "moon",
        (0.8, 0.3),
        (250, 244, 214),
        (220, 210, 250),
        18,
        (176, 156, 204),
        lamps=True,
    ),
    "night": Light(
        ((0, (16, 22, 58)), (0.6, (36, 46, 104)), (1, (62, 74, 136))),
        (106, 122, 196),
        "crescent",
        (0.8, 0.24),
        (255, 246, 200),
        (170, 180, 240),
        70,
        (76, 86, 136),
        lamps=True,
    ),
}


@dataclass
class Stage:
    """Everything a setting needs: canvas, light, the page's dice and where the child stands."""

    cv: Canvas
    light: Light
    rng: Random
    child_x: float  # canvas px, so big props can keep to the other side
    child_half: float = 0.0  # the child's half width, px
    horizon: float = 0.0

    @property
    def W(self) -> float:
        return float(self.cv.w)

    @property
    def H(self) -> float:
        return float(self.cv.h)

    def u(self, v: float) -> float:
        """A size relative to the picture, measured on the short side so shapes fit any ratio."""
        return v * min(self.W, self.H * 1.25)

    def spot_x(self, clearance: float = 0.1) -> float:
        """A random x at least `clearance` (fraction of width) clear of the child's sides, so
        trees do not seem to grow out of its head."""
        x = self.rng.uniform(0.03, 0.97) * self.W
        for _ in range(8):
            if abs(x - self.child_x) > self.child_half + clearance * self.W:
                break
            x = self.rng.uniform(0.03, 0.97) * self.W
        return x

    def far_side(self, margin: float = 0.18) -> float:
        """An x on the side away from the child, for big props."""
        if self.child_x > self.W / 2:
            return self.W * self.rng.uniform(margin * 0.6, margin * 1.3)
        return self.W * (1 - self.rng.uniform(margin * 0.6, margin * 1.3))


# --- sky --------------------------------------------------------------------------------------


def sky(
    st: Stage, box: Box, clouds: int = 3, backdrop: Callable[[Stage], None] | None = None
) -> None:
    """Gradient, stars, sun or moon and clouds inside `box` (the whole sky or a window);
    `backdrop` draws between the gradient and the sun (a rainbow). The sky is the light itself,
    so it is never tinted."""
    with st.cv.emissive():
        _sky(st, box, clouds, backdrop)


def _sky(st: Stage, box: Box, clouds: int, backdrop: Callable[[Stage], None] | None) -> None:
    cv, light, rng = st.cv, st.light, st.rng
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cv.gradient((int(x0), int(y0), int(x1), int(y1)), light.sky)
    if backdrop is not None:
        backdrop(st)
    size = min(w, h * 1.6)
    for _ in range(int(light.stars * min(1.0, w * h / (st.W * st.H * 0.5)))):
        sx, sy = x0 + rng.random() * w, y0 + rng.random() ** 1.4 * h * 0.9
        r = size * rng.uniform(0.004, 0.011)
        if rng.random() < 0.3:
            cv.poly(star_points(sx, sy, r * 1.8, 4, 0.32), (255, 246, 210), outline=None)
        else:
            cv.oval(sx, sy, r * 0.6, r * 0.6, (255, 250, 226), outline=None)
    bx, by = x0 + light.body_at[0] * w, y0 + light.body_at[1] * h
    r = size * (0.075 if light.body == "sun" and light.body_at[1] > 0.7 else 0.06)
    cv.glow(bx, by, r * 3.2, light.glow, 150)
    if light.body == "sun":
        for i in range(12):
            a = math.radians(i * 30 + 15)
            ca, sa = math.cos(a), math.sin(a)
            cv.line(
                [(bx + ca * r * 1.3, by + sa * r * 1.3), (bx + ca * r * 1.6, by + sa * r * 1.6)],
                light.body_color,
                r * 0.16,
                outline=None,
            )
        cv.oval(bx, by, r, r, light.body_color, outline=mix(light.body_color, (240, 140, 60), 0.5))
        cv.oval(
            bx - r * 0.2, by - r * 0.2, r * 0.55, r * 0.55, mix(light.body_color, WHITE, 0.4), None
        )
    elif light.body == "crescent":
        # A mask with a disc bitten out of it, so the glow behind shows through the bite.
        side = int(r * 2) + 2
        mask = Image.new("L", (side, side), 0)
        bite = ImageDraw.Draw(mask)
        bite.ellipse((0, 0, side - 1, side - 1), fill=255)
        bite.ellipse((r * 0.55, -r * 0.35, r * 0.55 + r * 1.8, -r * 0.35 + r * 1.8), fill=0)
        cv.image.paste(light.body_color, (int(bx - r), int(by - r)), mask)
    else:
        cv.oval(bx, by, r, r, light.body_color, outline=None)
        for dx, dy, cr in ((-0.3, -0.2, 0.22), (0.25, 0.25, 0.16), (0.3, -0.35, 0.1)):
            cv.oval(bx + dx * r, by + dy * r, cr * r, cr * r, shade(light.body_color, 0.92), None)
    for _ in range(clouds):
        cw = size * rng.uniform(0.16, 0.26)
        cx = x0 + rng.uniform(0.08, 0.92) * w
        cy = y0 + rng.uniform(0.15, 0.6) * h
        cloud(cv, cx, cy, cw, light.cloud)


def _at_stops(stops: tuple[tuple[float, RGB], ...], t: float) -> RGB:
    for (p0, c0), (p1, c1) in itertools.pairwise(stops):
        if t <= p1:
            return mix(c0, c1, max(0.0, (t - p0) / (p1 - p0)))
    return stops[-1][1]


def cloud(cv: Canvas, cx: float, cy: float, w: float, color: RGB) -> None:
    """A cartoon cloud about `w` wide: round puffs on a flat-ish bottom."""
    puffs = [
        (cx - w * 0.32, cy + w * 0.04, w * 0.17),
        (cx - w * 0.12, cy - w * 0.1, w * 0.23),
        (cx + w * 0.14, cy - w * 0.06, w * 0.2),
        (cx + w * 0.34, cy + w * 0.05, w * 0.15),
        (cx, cy + w * 0.07, w * 0.17),
    ]
    cv.cloud(puffs, color, outline=mix(color, (150, 160, 210), 0.35))


# --- reusable props ---------------------------------------------------------------------------


def wavy_edge(st: Stage, y: float, amp: float, waves: float, phase: float) -> list[Point]:
    """Points of a gently rolling line across the picture."""
    n = 48
    return [
        (
            st.W * i / n,
            y
            + amp * math.sin(2 * math.pi * (waves * i / n) + phase)
            + amp * 0.4 * math.sin(2 * math.pi * (waves * 2.3 * i / n) + phase * 1.7),
        )
        for i in range(n + 1)
    ]


def ground(st: Stage, y: float, amp: float, top: RGB, bottom: RGB, waves: float = 1.2) -> None:
    edge = wavy_edge(st, y, amp, waves, st.rng.uniform(0, 6.28))
    pts = [*edge, (st.W, st.H), (0, st.H)]
    st.cv.gradient_poly(pts, ((0, top), (1, bottom)))
    st.cv.line(edge, shade(top, 0.85), st.cv.stroke * 0.6, outline=None, caps=False)


def hills(st: Stage, y: float, amp: float, color: RGB, waves: float = 1.5) -> None:
    edge = wavy_edge(st, y, amp, waves, st.rng.uniform(0, 6.28))
    st.cv.poly([*edge, (st.W, st.H), (0, st.H)], color, outline=shade(color, 0.88))


def round_tree(st: Stage, x: float, base: float, h: float, leaf: RGB | None = None) -> None:
    leaf = leaf or st.rng.choice(((112, 186, 104), (96, 170, 110), (140, 196, 96)))
    cv = st.cv
    cv.rrect((x - h * 0.06, base - h * 0.45, x + h * 0.06, base), h * 0.03, (150, 104, 70))
    r = h * 0.24
    puffs = [
        (x, base - h * 0.72, r * 1.15),
        (x - r * 0.85, base - h * 0.58, r * 0.9),
        (x + r * 0.85, base - h * 0.6, r * 0.9),
        (x - r * 0.4, base - h * 0.9, r * 0.75),
        (x + r * 0.45, base - h * 0.88, r * 0.7),
    ]
    cv.cloud(puffs, leaf)
    if st.rng.random() < 0.5:
        for dx, dy in ((-0.5, -0.62), (0.3, -0.75), (0.6, -0.55)):
            cv.oval(x + dx * r, base + dy * h, r * 0.13, r * 0.13, (240, 110, 110), None)
    else:
        cv.oval(x - r * 0.4, base - h * 0.85, r * 0.3, r * 0.18, mix(leaf, WHITE, 0.35), None)


def pine_tree(st: Stage, x: float, base: float, h: float, leaf: RGB | None = None) -> None:
    leaf = leaf or st.rng.choice(((78, 150, 112), (70, 140, 120), (96, 164, 110)))
    cv = st.cv
    cv.rrect((x - h * 0.05, base - h * 0.2, x + h * 0.05, base), h * 0.02, (140, 96, 66))
    for i, (y, w) in enumerate(((0.18, 0.34), (0.42, 0.27), (0.64, 0.2))):
        top = base - h * (y + 0.38 - i * 0.02)
        c = leaf if i % 2 == 0 else shade(leaf, 1.06)
        cv.poly([(x, top), (x + h * w, base - h * y), (x - h * w, base - h * y)], c)


def flower(st: Stage, x: float, y: float, r: float, color: RGB | None = None) -> None:
    color = color or st.rng.choice(FLOWER_COLORS)
    cv = st.cv
    petals = [(x + r * math.cos(a), y + r * math.sin(a), r * 0.62) for a in _angles(5)]
    cv.cloud(petals, color, outline=shade(color, 0.8))
    cv.oval(x, y, r * 0.45, r * 0.45, (255, 200, 80), outline=None)


def _angles(n: int, offset: float = -math.pi / 2) -> list[float]:
    return [offset + 2 * math.pi * i / n for i in range(n)]


def tuft(st: Stage, x: float, y: float, s: float, color: RGB) -> None:
    for dx, lean in ((-0.5, -0.4), (0.0, 0.0), (0.5, 0.4)):
        st.cv.line(
            [(x + dx * s * 0.5, y), (x + dx * s * 0.5 + lean * s * 0.4, y - s)],
            color,
            s * 0.16,
            outline=None,
        )


def scatter_flowers(st: Stage, y0: float, y1: float, n: int, size: float) -> None:
    for _ in range(n):
        y = st.rng.uniform(y0, y1)
        depth = 0.55 + 0.45 * (y - y0) / max(1.0, y1 - y0)
        flower(st, st.rng.uniform(0, st.W), y, st.u(size) * depth)


def scatter_tufts(st: Stage, y0: float, y1: float, n: int, color: RGB) -> None:
    for _ in range(n):
        tuft(st, st.rng.uniform(0, st.W), st.rng.uniform(y0, y1), st.u(0.03), color)


def butterfly(st: Stage, x: float, y: float, s: float) -> None:
    color = st.rng.choice(FLOWER_COLORS[:2] + FLOWER_COLORS[3:])
    cv = st.cv
    for side in (-1, 1):
        cv.oval(x + side * s * 0.5, y - s * 0.3, s * 0.5, s * 0.42, color)
        cv.oval(x + side * s * 0.38, y + s * 0.35, s * 0.34, s * 0.3, shade(color, 0.92))
    cv.line([(x, y - s * 0.5), (x, y + s * 0.6)], (90, 70, 90), s * 0.18, outline=None)


def house(st: Stage, x: float, base: float, w: float, h: float) -> None:
    rng, cv = st.rng, st.cv
    wall = rng.choice(PASTELS)
    roof = rng.choice(((222, 110, 96), (120, 150, 210), (170, 120, 190), (230, 150, 90)))
    body = (x - w / 2, base - h, x + w / 2, base)
    chim_x = x + w * rng.choice((-0.25, 0.25))
    cv.rrect((chim_x - w * 0.07, base - h * 1.75, chim_x + w * 0.07, base - h), w * 0.02, roof)
    cv.rrect(body, w * 0.05, wall)
    cv.poly(
        [(x - w * 0.62, base - h * 0.95), (x, base - h * 1.65), (x + w * 0.62, base - h * 0.95)],
        roof,
    )
    window = (255, 220, 120) if st.light.lamps else (186, 220, 246)
    if st.light.lamps:
        cv.glow(x + w * 0.22, base - h * 0.55, w * 0.5, (255, 220, 140), 150)
    for dx in (-0.22, 0.22):
        wx = x + w * dx
        with cv.emissive(st.light.lamps):
            cv.rrect(
                (wx - w * 0.11, base - h * 0.72, wx + w * 0.11, base - h * 0.42), w * 0.03, window
            )
        cv.line([(wx, base - h * 0.72), (wx, base - h * 0.42)], WHITE, w * 0.02, outline=None)
    door = shade(roof, 0.85)
    cv.rrect((x - w * 0.1, base - h * 0.45, x + w * 0.1, base), w * 0.1, door)
    cv.oval(x + w * 0.05, base - h * 0.22, w * 0.018, w * 0.018, (250, 210, 100), None)


def window(st: Stage, box: Box, curtain: RGB) -> None:
    """A window onto the time of day, with curtains."""
    cv = st.cv
    x0, y0, x1, y1 = box
    pad = (x1 - x0) * 0.06
    cv.rrect((x0 - pad, y0 - pad, x1 + pad, y1 + pad), pad, (250, 246, 240))
    with cv.lit(None, 0.7):
        sky(st, box, clouds=1)
    cv.line([((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1)], (250, 246, 240), pad * 0.8, None, False)
    cv.line([(x0, (y0 + y1) / 2), (x1, (y0 + y1) / 2)], (250, 246, 240), pad * 0.8, None, False)
    cv.rrect(
        (x0 - pad * 2, y1 + pad * 0.5, x1 + pad * 2, y1 + pad * 1.8), pad * 0.4, (236, 226, 214)
    )
    w = (x1 - x0) * 0.28
    for side, edge in ((-1, x0 - pad * 1.5), (1, x1 + pad * 1.5)):
        inner = edge - side * w
        pts = [(edge, y0 - pad * 2), (inner, y0 - pad * 2), (edge - side * w * 0.2, y1 + pad)]
        cv.poly([*pts, (edge, y1 + pad * 1.2)], curtain)
    cv.rrect(
        (x0 - pad * 3, y0 - pad * 2.8, x1 + pad * 3, y0 - pad * 1.8), pad * 0.5, (176, 132, 96)
    )


def room(st: Stage, wall: RGB, floor: RGB, floor_y: float) -> None:
    """Wallpaper, skirting and a wooden floor; the light of day comes through a softer tint."""
    cv = st.cv
    cv.gradient((0, 0, int(st.W), int(floor_y)), ((0, mix(wall, WHITE, 0.25)), (1, wall)))
    dot = mix(wall, WHITE, 0.45)
    step = st.u(0.07)
    for j, y in enumerate(_frange(step * 0.5, floor_y - step * 0.4, step)):
        for x in _frange(step * (0.5 if j % 2 else 1.0), st.W, step):
            cv.oval(x, y, step * 0.09, step * 0.09, dot, outline=None)
    cv.gradient((0, int(floor_y), int(st.W), int(st.H)), ((0, floor), (1, shade(floor, 0.88))))
    plank = st.u(0.09)
    for i, y in enumerate(_frange(floor_y + plank * 0.5, st.H, plank * 0.6)):
        cv.line([(0, y), (st.W, y)], shade(floor, 0.85), cv.stroke * 0.5, outline=None, caps=False)
        for x in _frange((i % 3) * plank, st.W, plank * 3.2):
            cv.line(
                [(x, y), (x, y + plank * 0.6)], shade(floor, 0.85), cv.stroke * 0.5, None, False
            )
    cv.rrect((-10, floor_y - st.u(0.03), st.W + 10, floor_y + st.u(0.005)), 0, (250, 246, 240))


def _frange(start: float, stop: float, step: float) -> list[float]:
    out, v = [], start
    while v < stop:
        out.append(v)
        v += step
    return out


# --- settings ---------------------------------------------------------------------------------


def meadow(st: Stage) -> None:
    st.horizon = st.H * 0.58
    sky(st, (0, 0, st.W, st.horizon + st.H * 0.05))
    hills(st, st.horizon - st.H * 0.03, st.H * 0.04, (176, 218, 158))
    for _ in range(st.rng.randint(1, 3)):
        round_tree(st, st.spot_x(), st.horizon + st.H * 0.02, st.H * 0.14)
    ground(st, st.horizon + st.H * 0.04, st.H * 0.025, (150, 206, 120), (104, 172, 90))
    scatter_tufts(st, st.horizon + st.H * 0.1, st.H, 14, (96, 160, 84))
    scatter_flowers(st, st.horizon + st.H * 0.08, st.H * 0.98, 26, 0.014)
    if not st.light.dark:
        for _ in range(2):
            butterfly(
                st, st.rng.uniform(0.1, 0.9) * st.W, st.H * st.rng.uniform(0.35, 0.5), st.u(0.02)
            )


def forest(st: Stage) -> None:
    st.horizon = st.H * 0.6
    sky(st, (0, 0, st.W, st.horizon), clouds=2)
    back = (104, 162, 112)
    step = st.u(0.08)
    puffs = [
        (x, st.horizon - st.rng.uniform(0.3, 1.4) * step, step * st.rng.uniform(0.8, 1.2))
        for x in _frange(-step * 0.5, st.W + step, step * 0.9)
    ]
    st.cv.cloud(puffs, back)
    st.cv.rrect((-5, st.horizon - step * 0.6, st.W + 5, st.horizon + step), 0, back, outline=None)
    ground(st, st.horizon, st.H * 0.015, (130, 188, 104), (88, 150, 82))
    trees = sorted(
        (st.rng.uniform(0.0, 1.0) * st.W, st.horizon + st.rng.uniform(0.0, 0.1) * st.H)
        for _ in range(st.rng.randint(5, 7))
    )
    for x, base in sorted(trees, key=lambda t: t[1]):
        h = st.H * (0.32 + (base - st.horizon) / st.H * 1.6)
        (pine_tree if st.rng.random() < 0.5 else round_tree)(st, x, base, h)
    if not st.light.dark:
        for _ in range(3):
            x = st.rng.uniform(0.1, 0.9) * st.W
            ray = [(x, 0), (x + st.u(0.05), 0), (x - st.u(0.1), st.H), (x - st.u(0.22), st.H)]
            st.cv.tint_poly(ray, (255, 250, 210, 26))
    for _ in range(st.rng.randint(3, 5)):
        mushroom(st, st.rng.uniform(0.03, 0.97) * st.W, st.H * st.rng.uniform(0.76, 0.98))
    scatter_tufts(st, st.horizon + st.H * 0.08, st.H, 12, (76, 140, 76))


def mushroom(st: Stage, x: float, y: float) -> None:
    s = st.u(0.03)
    cv = st.cv
    cv.rrect((x - s * 0.3, y - s * 0.8, x + s * 0.3, y), s * 0.2, (250, 240, 226))
    cv.chord(x, y - s * 0.7, s, s * 0.75, 180, 360, (232, 92, 90))
    for dx, dy in ((-0.45, -1.05), (0.1, -1.25), (0.5, -0.95)):
        cv.oval(x + dx * s, y + dy * s, s * 0.14, s * 0.12, WHITE, None)


def beach(st: Stage) -> None:
    st.horizon = st.H * 0.5
    sky(st, (0, 0, st.W, st.horizon))
    sea_bottom = st.H * 0.68
    st.cv.gradient(
        (0, int(st.horizon), int(st.W), int(sea_bottom)),
        ((0, (90, 160, 214)), (1, (140, 206, 228))),
    )
    for row in range(4):
        y = st.horizon + (sea_bottom - st.horizon) * (0.2 + row * 0.2)
        w = st.u(0.04 + row * 0.015)
        for x in _frange(st.rng.uniform(0, w * 2), st.W, w * 3):
            st.cv.arc(x, y, w * 0.5, w * 0.25, 200, 340, (236, 246, 252), st.cv.stroke * 0.7)
    edge = wavy_edge(st, sea_bottom, st.H * 0.015, 3, st.rng.uniform(0, 6.28))
    st.cv.line(edge, (250, 252, 255), st.u(0.022), outline=None, caps=False)
    st.cv.gradient_poly(
        [*edge, (st.W, st.H), (0, st.H)], ((0, (252, 232, 184)), (1, (240, 208, 150)))
    )
    palm(st, st.far_side(0.12), st.H * 0.8, st.H * 0.55)
    for _ in range(st.rng.randint(3, 5)):
        x, y = st.rng.uniform(0.05, 0.95) * st.W, st.H * st.rng.uniform(0.74, 0.97)
        if st.rng.random() < 0.5:
            st.cv.poly(star_points(x, y, st.u(0.018), 5, 0.45), (250, 150, 110))
        else:
            st.cv.chord(x, y, st.u(0.016), st.u(0.014), 180, 360, (250, 206, 214))
    sandcastle(st, st.far_side(0.3), st.H * 0.84, st.u(0.08))


def palm(st: Stage, x: float, base: float, h: float) -> None:
    cv = st.cv
    lean = st.rng.choice((-1, 1)) * h * 0.12
    trunk = [(x + lean * (t**2), base - h * t) for t in (0, 0.2, 0.4, 0.6, 0.8, 1.0)]
    cv.line(trunk, (190, 140, 96), h * 0.06)
    for p0, p1 in itertools.pairwise(trunk[1:]):
        cv.arc(
            (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2, h * 0.035, h * 0.02, 0, 180, (150, 104, 70), 3
        )
    tx, ty = trunk[-1]
    for a, length in (
        (-160, 0.4),
        (-125, 0.32),
        (-90, 0.2),
        (-55, 0.32),
        (-20, 0.4),
        (175, 0.3),
        (5, 0.3),
    ):
        rad = math.radians(a)
        end = (tx + math.cos(rad) * h * length, ty + math.sin(rad) * h * length * 0.6 + h * 0.1)
        leaf(cv, (tx, ty), end, h * 0.12, h * 0.075, (104, 182, 100))
    for dx in (-0.03, 0.03):
        cv.oval(tx + dx * h, ty + h * 0.03, h * 0.025, h * 0.025, (150, 104, 70))


def leaf(cv: Canvas, start: Point, end: Point, bend: float, width: float, color: RGB) -> None:
    """A tapered leaf arching up by `bend` between two points (palm fronds)."""
    (x0, y0), (x1, y1) = start, end
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2 - bend
    left, right = [], []
    for i in range(13):
        t = i / 12
        px = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1
        py = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1
        dx = 2 * (1 - t) * (cx - x0) + 2 * t * (x1 - cx)
        dy = 2 * (1 - t) * (cy - y0) + 2 * t * (y1 - cy)
        norm = math.hypot(dx, dy) or 1.0
        half = width / 2 * math.sin(math.pi * t) ** 0.7
        left.append((px - dy / norm * half, py + dx / norm * half))
        right.append((px + dy / norm * half, py - dx / norm * half))
    cv.poly([*left, *right[::-1]], color)
    cv.line([(x0, y0), (cx, cy + bend * 0.5), (x1, y1)], shade(color, 0.8), width * 0.06, None)


def sandcastle(st: Stage, x: float, base: float, s: float) -> None:
    sand = (236, 196, 132)
    cv = st.cv
    cv.rrect((x - s, base - s * 0.7, x + s, base), s * 0.08, sand)
    for dx in (-0.75, 0.75):
        cv.rrect(
            (x + dx * s - s * 0.28, base - s * 1.25, x + dx * s + s * 0.28, base - s * 0.5),
            s * 0.06,
            sand,
        )
    cv.chord(x, base, s * 0.25, s * 0.35, 180, 360, shade(sand, 0.75))
    cv.line(
        [(x + s * 0.75, base - s * 1.25), (x + s * 0.75, base - s * 1.7)],
        (150, 110, 80),
        s * 0.05,
        None,
    )
    cv.poly(
        [
            (x + s * 0.77, base - s * 1.7),
            (x + s * 1.1, base - s * 1.58),
            (x + s * 0.77, base - s * 1.46),
        ],
        (240, 110, 120),
    )


def ocean(st: Stage) -> None:
    st.horizon = st.H * 0.0
    stops = ((0, (130, 214, 230)), (0.55, (60, 140, 196)), (1, (34, 88, 160)))
    st.cv.gradient((0, 0, int(st.W), int(st.H)), stops)
    for _ in range(4):
        x = st.rng.uniform(0.0, 1.0) * st.W
        w = st.u(st.rng.uniform(0.04, 0.09))
        ray = [
            (x, 0),
            (x + w, 0),
            (x + w * 0.2 + st.u(0.15), st.H * 0.8),
            (x - st.u(0.05), st.H * 0.8),
        ]
        st.cv.tint_poly(ray, (255, 255, 255, 22))
    for _ in range(st.rng.randint(4, 6)):
        fish(st, st.rng.uniform(0.05, 0.95) * st.W, st.H * st.rng.uniform(0.1, 0.6), st.u(0.03))
    ground(st, st.H * 0.8, st.H * 0.02, (238, 216, 164), (214, 188, 134), waves=1.6)
    for _ in range(st.rng.randint(5, 8)):
        seaweed(
            st,
            st.rng.uniform(0.0, 1.0) * st.W,
            st.H * st.rng.uniform(0.82, 0.9),
            st.H * st.rng.uniform(0.16, 0.3),
        )
    for _ in range(st.rng.randint(2, 4)):
        coral(st, st.rng.uniform(0.03, 0.97) * st.W, st.H * st.rng.uniform(0.86, 0.98), st.u(0.05))
    for _ in range(18):
        x, y = st.rng.uniform(0, st.W), st.rng.uniform(0.05, 0.75) * st.H
        r = st.u(st.rng.uniform(0.005, 0.014))
        st.cv.arc(x, y, r, r, 0, 360, (220, 244, 252), max(2, r * 0.25))
        st.cv.oval(x - r * 0.35, y - r * 0.35, r * 0.22, r * 0.22, WHITE, None)


def fish(st: Stage, x: float, y: float, s: float) -> None:
    color = st.rng.choice(((255, 170, 90), (250, 214, 90), (246, 140, 170), (170, 150, 240)))
    f = st.rng.choice((-1, 1))
    cv = st.cv
    cv.poly(
        [(x - f * s * 0.8, y), (x - f * s * 1.35, y - s * 0.45), (x - f * s * 1.35, y + s * 0.45)],
        shade(color, 0.9),
    )
    cv.oval(x, y, s, s * 0.62, color)
    cv.line(
        [(x - f * s * 0.2, y - s * 0.55), (x - f * s * 0.2, y + s * 0.55)],
        mix(color, WHITE, 0.5),
        s * 0.14,
        None,
        False,
    )
    cv.oval(x + f * s * 0.5, y - s * 0.1, s * 0.13, s * 0.15, (44, 34, 52), None)


def seaweed(st: Stage, x: float, base: float, h: float) -> None:
    color = st.rng.choice(((90, 176, 120), (70, 160, 130), (120, 190, 110)))
    phase = st.rng.uniform(0, 6.28)
    pts = [(x + math.sin(phase + t * 7) * h * 0.06, base - h * t) for t in _frange(0, 1.01, 0.1)]
    st.cv.line(pts, color, h * 0.07)


def coral(st: Stage, x: float, base: float, s: float) -> None:
    color = st.rng.choice(((250, 130, 150), (255, 170, 110), (200, 140, 230)))
    for a in (-50, -20, 15, 45):
        rad = math.radians(a - 90)
        end = (x + math.cos(rad) * s, base + math.sin(rad) * s * 1.2)
        st.cv.line([(x, base), end], color, s * 0.22)
        st.cv.oval(end[0], end[1], s * 0.15, s * 0.15, mix(color, WHITE, 0.3), None)


def mountain(st: Stage) -> None:
    st.horizon = st.H * 0.62
    sky(st, (0, 0, st.W, st.horizon))
    for layer, (color, top, base, count) in enumerate(
        (((186, 180, 224), 0.14, 0.66, 3), ((150, 164, 210), 0.26, 0.7, 4))
    ):
        xs = sorted(st.rng.uniform(-0.1, 1.1) * st.W for _ in range(count))
        for px in xs:
            py = st.H * (top + st.rng.uniform(0, 0.1))
            hw = (st.H * base - py) * st.rng.uniform(1.0, 1.4)
            b = st.H * base
            pts = [
                (px - hw, b),
                (px - hw * 0.08, py + hw * 0.04),
                (px, py),
                (px + hw * 0.08, py + hw * 0.04),
                (px + hw, b),
            ]
            st.cv.poly(pts, color, outline=shade(color, 0.85))
            k = 0.3
            sx, sy = hw * k, (b - py) * k
            snow = [
                (px - sx, py + sy),
                (px - sx * 0.4, py + sy * 0.75),
                (px, py + sy * 1.05),
                (px + sx * 0.5, py + sy * 0.7),
                (px + sx, py + sy),
                (px + hw * 0.08, py + hw * 0.04),
                (px, py),
                (px - hw * 0.08, py + hw * 0.04),
            ]
            st.cv.poly(snow, (250, 252, 255) if layer else (240, 242, 252), outline=None)
    hills(st, st.horizon, st.H * 0.03, (150, 200, 140))
    for _ in range(st.rng.randint(4, 7)):
        pine_tree(
            st,
            st.rng.uniform(0, 1) * st.W,
            st.horizon + st.H * st.rng.uniform(0.03, 0.08),
            st.H * 0.16,
        )
    ground(st, st.horizon + st.H * 0.1, st.H * 0.02, (140, 198, 124), (102, 164, 96))
    for _ in range(st.rng.randint(2, 4)):
        x, y, r = st.rng.uniform(0, 1) * st.W, st.H * st.rng.uniform(0.8, 0.97), st.u(0.03)
        st.cv.chord(x, y, r * 1.3, r, 180, 360, (170, 166, 180))
    scatter_flowers(st, st.horizon + st.H * 0.14, st.H, 10, 0.012)


def village(st: Stage) -> None:
    st.horizon = st.H * 0.6
    sky(st, (0, 0, st.W, st.horizon))
    hills(st, st.horizon - st.H * 0.08, st.H * 0.04, (176, 214, 160))
    w = st.u(0.17)
    x = st.rng.uniform(-0.3, 0.3) * w
    while x < st.W + w:
        base = st.horizon + st.H * st.rng.uniform(0.0, 0.02)
        if st.rng.random() < 0.25:
            round_tree(st, x, base, st.H * 0.2)
        else:
            house(st, x, base, w * st.rng.uniform(0.75, 0.95), st.H * st.rng.uniform(0.12, 0.16))
        x += w * st.rng.uniform(1.15, 1.35)
    ground(st, st.horizon, st.H * 0.01, (150, 206, 130), (108, 172, 98))
    cx = st.W * st.rng.uniform(0.35, 0.65)
    road = [
        (cx - st.u(0.04), st.horizon + st.H * 0.01),
        (cx + st.u(0.04), st.horizon + st.H * 0.01),
        (cx + st.u(0.4), st.H),
        (cx - st.u(0.4), st.H),
    ]
    st.cv.poly(road, (232, 214, 186), outline=(200, 180, 150))
    for i in range(10):
        t = (i + 0.5) / 10
        y = st.horizon + (st.H - st.horizon) * t
        half = st.u(0.04 + 0.36 * t)
        for k in range(-2, 3):
            st.cv.oval(
                cx + k * half * 0.4,
                y,
                st.u(0.012) * (0.5 + t),
                st.u(0.006) * (0.5 + t),
                (214, 194, 164),
                None,
            )
    fence(st, st.horizon + st.H * 0.06, st.u(0.07))
    if st.light.lamps:
        for lx in (st.W * 0.12, st.W * 0.88):
            lamp_post(st, lx, st.H * 0.78, st.H * 0.3)


def fence(st: Stage, y: float, h: float) -> None:
    color = (250, 246, 236)
    for x in _frange(h * 0.2, st.W, h * 0.5):
        st.cv.poly(
            [
                (x - h * 0.12, y),
                (x - h * 0.12, y - h * 0.8),
                (x, y - h),
                (x + h * 0.12, y - h * 0.8),
                (x + h * 0.12, y),
            ],
            color,
            outline=(196, 186, 170),
        )
    for dy in (0.3, 0.65):
        st.cv.rrect(
            (-5, y - h * dy - h * 0.06, st.W + 5, y - h * dy + h * 0.06),
            2,
            color,
            outline=(196, 186, 170),
        )


def lamp_post(st: Stage, x: float, base: float, h: float) -> None:
    st.cv.glow(x, base - h * 1.02, h * 0.6, (255, 226, 150), 210)
    st.cv.line([(x, base), (x, base - h)], (90, 96, 120), h * 0.04)
    with st.cv.emissive():
        st.cv.rrect(
            (x - h * 0.07, base - h * 1.1, x + h * 0.07, base - h * 0.95), h * 0.03, (255, 236, 170)
        )


def castle(st: Stage) -> None:
    st.horizon = st.H * 0.62
    sky(st, (0, 0, st.W, st.horizon))
    hills(st, st.horizon - st.H * 0.05, st.H * 0.04, (170, 212, 156))
    stone, roof = st.rng.choice(
        (
            ((236, 218, 240), (150, 120, 206)),
            ((246, 226, 214), (232, 120, 140)),
            ((226, 230, 246), (110, 150, 220)),
        )
    )
    cx = st.W * 0.5 + st.rng.uniform(-0.15, 0.15) * st.W
    base = st.horizon + st.H * 0.02
    s = min(st.H * 0.42, st.W * 0.42)
    cv = st.cv
    # walls and keep
    cv.rrect((cx - s * 0.55, base - s * 0.45, cx + s * 0.55, base), s * 0.02, stone)
    for x in _frange(cx - s * 0.55, cx + s * 0.5, s * 0.1):
        cv.rrect((x, base - s * 0.52, x + s * 0.06, base - s * 0.44), s * 0.01, stone)
    cv.rrect((cx - s * 0.2, base - s * 0.72, cx + s * 0.2, base), s * 0.02, stone)
    cv.poly(
        [(cx - s * 0.25, base - s * 0.72), (cx, base - s * 1.05), (cx + s * 0.25, base - s * 0.72)],
        roof,
    )
    flag(st, cx, base - s * 1.05, s * 0.12)
    for side in (-1, 1):
        tx = cx + side * s * 0.55
        cv.rrect((tx - s * 0.1, base - s * 0.78, tx + s * 0.1, base), s * 0.03, stone)
        cv.poly(
            [
                (tx - s * 0.14, base - s * 0.78),
                (tx, base - s * 1.02),
                (tx + s * 0.14, base - s * 0.78),
            ],
            roof,
        )
        flag(st, tx, base - s * 1.02, s * 0.09)
        window_lit = (255, 220, 120) if st.light.lamps else (110, 120, 170)
        with cv.emissive(st.light.lamps):
            cv.rrect(
                (tx - s * 0.035, base - s * 0.6, tx + s * 0.035, base - s * 0.48),
                s * 0.035,
                window_lit,
            )
    for dx in (-0.08, 0.08):
        with cv.emissive(st.light.lamps):
            cv.rrect(
                (cx + dx * s - s * 0.035, base - s * 0.6, cx + dx * s + s * 0.035, base - s * 0.48),
                s * 0.035,
                (255, 220, 120) if st.light.lamps else (110, 120, 170),
            )
    cv.chord(cx, base, s * 0.1, s * 0.2, 180, 360, (150, 104, 80))
    ground(st, st.horizon + st.H * 0.02, st.H * 0.015, (150, 206, 130), (108, 172, 98))
    path = [
        (cx - s * 0.08, base + st.H * 0.01),
        (cx + s * 0.08, base + st.H * 0.01),
        (cx + st.u(0.25), st.H),
        (cx - st.u(0.25), st.H),
    ]
    cv.poly(path, (236, 220, 190), outline=(206, 188, 160))
    scatter_flowers(st, st.horizon + st.H * 0.08, st.H, 14, 0.013)


def flag(st: Stage, x: float, top: float, s: float) -> None:
    st.cv.line([(x, top), (x, top - s)], (120, 100, 110), s * 0.08, outline=None)
    color = st.rng.choice(((250, 200, 80), (240, 110, 120), (120, 190, 240)))
    st.cv.poly([(x, top - s), (x + s * 0.8, top - s * 0.8), (x, top - s * 0.55)], color)


def garden(st: Stage) -> None:
    st.horizon = st.H * 0.56
    sky(st, (0, 0, st.W, st.horizon))
    hedge = (96, 166, 104)
    step = st.u(0.06)
    st.cv.cloud(
        [
            (x, st.horizon - st.rng.uniform(0.2, 0.8) * step, step)
            for x in _frange(0, st.W + step, step * 1.1)
        ],
        hedge,
    )
    st.cv.rrect((-5, st.horizon - step * 0.3, st.W + 5, st.horizon + step), 0, hedge, outline=None)
    ground(st, st.horizon + st.H * 0.04, st.H * 0.01, (150, 210, 128), (110, 178, 100))
    fence(st, st.horizon + st.H * 0.07, st.u(0.09))
    for _ in range(st.rng.randint(2, 3)):
        x = st.far_side(0.25) if st.rng.random() < 0.6 else st.rng.uniform(0.05, 0.95) * st.W
        tall_flower(st, x, st.H * st.rng.uniform(0.78, 0.9), st.H * st.rng.uniform(0.2, 0.32))
    for row in range(3):
        y = st.H * (0.72 + row * 0.09)
        for x in _frange(st.rng.uniform(0, st.u(0.05)), st.W, st.u(0.07)):
            tulip(st, x + st.rng.uniform(-1, 1) * st.u(0.01), y, st.u(0.022 + row * 0.004))
    if not st.light.dark:
        for _ in range(3):
            butterfly(
                st, st.rng.uniform(0.1, 0.9) * st.W, st.H * st.rng.uniform(0.3, 0.55), st.u(0.022)
            )


def tulip(st: Stage, x: float, y: float, s: float) -> None:
    color = st.rng.choice(((244, 110, 130), (250, 200, 90), (190, 150, 240), (250, 150, 190)))
    st.cv.line([(x, y), (x, y - s * 1.8)], (90, 160, 90), s * 0.2, outline=None)
    st.cv.oval(x + s * 0.3, y - s * 0.7, s * 0.35, s * 0.15, (110, 180, 100), None)
    pts = [
        (x - s * 0.5, y - s * 2.4),
        (x - s * 0.25, y - s * 2.1),
        (x, y - s * 2.45),
        (x + s * 0.25, y - s * 2.1),
        (x + s * 0.5, y - s * 2.4),
        (x + s * 0.45, y - s * 1.85),
        (x, y - s * 1.6),
        (x - s * 0.45, y - s * 1.85),
    ]
    st.cv.poly(pts, color)


def tall_flower(st: Stage, x: float, base: float, h: float) -> None:
    st.cv.line([(x, base), (x + h * 0.03, base - h * 0.5), (x, base - h)], (96, 168, 96), h * 0.035)
    for side in (-1, 1):
        st.cv.oval(x + side * h * 0.08, base - h * 0.45, h * 0.08, h * 0.03, (110, 184, 100))
    if st.rng.random() < 0.5:
        petals = [
            (x + math.cos(a) * h * 0.1, base - h + math.sin(a) * h * 0.1, h * 0.055)
            for a in _angles(10)
        ]
        st.cv.cloud(petals, (255, 208, 80))
        st.cv.oval(x, base - h, h * 0.07, h * 0.07, (150, 100, 60))
    else:
        flower(st, x, base - h, h * 0.1)


def bedroom(st: Stage) -> None:
    floor_y = st.H * 0.7
    st.horizon = floor_y
    wall = st.rng.choice(((250, 222, 226), (222, 236, 226), (230, 222, 246), (252, 238, 206)))
    room(st, wall, (224, 182, 138), floor_y)
    bed_x = st.far_side(0.22)
    wx = st.W - bed_x if abs(st.W - bed_x - st.child_x) > st.W * 0.12 else st.W * 0.5
    win_w, win_h = st.u(0.2), st.H * 0.24
    window(
        st,
        (wx - win_w / 2, st.H * 0.12, wx + win_w / 2, st.H * 0.12 + win_h),
        st.rng.choice(PASTELS),
    )
    frame_x = (bed_x + wx) / 2
    st.cv.rrect(
        (frame_x - st.u(0.05), st.H * 0.18, frame_x + st.u(0.05), st.H * 0.28), 4, (200, 160, 120)
    )
    st.cv.poly(
        [
            (frame_x - st.u(0.04), st.H * 0.27),
            (frame_x - st.u(0.01), st.H * 0.21),
            (frame_x + st.u(0.04), st.H * 0.27),
        ],
        (140, 196, 150),
        None,
    )
    rug_x = st.child_x
    for i, c in enumerate(((196, 170, 230), (250, 200, 210), (255, 236, 190))):
        st.cv.oval(
            rug_x,
            st.H * 0.88,
            st.u(0.3) * (1 - i * 0.25),
            st.H * 0.07 * (1 - i * 0.25),
            c,
            outline=None if i else True,
        )
    bed(st, bed_x, st.H * 0.86, st.u(0.36))
    toys(st, st.rng.uniform(0.1, 0.9) * st.W, st.H * 0.95)


def bed(st: Stage, x: float, base: float, w: float) -> None:
    """A bed with its headboard toward the middle of the room and a lamp on a nightstand."""
    cv = st.cv
    f = 1 if x > st.W / 2 else -1

    def box(a: float, b: float, top: float, bottom: float) -> Box:
        xa, xb = x + f * a * w, x + f * b * w
        return (min(xa, xb), base - top * w, max(xa, xb), base - bottom * w)

    wood = (190, 138, 98)
    blanket = st.rng.choice(((140, 180, 236), (246, 160, 180), (170, 210, 150)))
    cv.rrect(box(-0.8, -0.62, 0.34, 0.0), w * 0.03, shade(wood, 1.08))  # nightstand
    cv.rrect(box(-0.73, -0.69, 0.46, 0.34), 2, (150, 140, 150))
    with cv.emissive(st.light.lamps):
        cv.poly([(x - f * 0.79 * w, base - 0.46 * w), (x - f * 0.63 * w, base - 0.46 * w),
                 (x - f * 0.67 * w, base - 0.6 * w), (x - f * 0.75 * w, base - 0.6 * w)],
                (255, 226, 160))  # fmt: skip
    if st.light.lamps:
        cv.glow(x - f * 0.71 * w, base - 0.52 * w, w * 0.7, (255, 220, 160), 120)
    cv.rrect(box(-0.55, -0.42, 0.75, 0.0), w * 0.04, wood)
    cv.rrect(box(-0.5, 0.5, 0.38, 0.12), w * 0.04, (250, 246, 240))
    cv.rrect(box(-0.44, -0.14, 0.5, 0.36), w * 0.06, WHITE)
    cv.rrect(box(-0.22, 0.52, 0.42, 0.1), w * 0.06, blanket)
    for i in range(3):
        cx = x + f * w * (-0.05 + i * 0.22)
        cv.poly(star_points(cx, base - w * 0.27, w * 0.04, 5, 0.5), mix(blanket, WHITE, 0.55), None)
    cv.rrect(box(0.45, 0.56, 0.5, 0.0), w * 0.04, wood)
    for dx in (-0.48, 0.5):
        cv.rrect(box(dx - 0.03, dx + 0.03, 0.12, -0.02), 3, shade(wood, 0.85))


def toys(st: Stage, x: float, base: float) -> None:
    s = st.u(0.035)
    cv = st.cv
    for i, c in enumerate(((240, 120, 120), (120, 170, 240), (250, 210, 90))):
        bx = x + (i - 1) * s * 1.1
        by = base - (s if i != 1 else s * 2.05)
        if i == 1:
            bx = x
        cv.rrect((bx - s * 0.5, by, bx + s * 0.5, by + s), s * 0.12, c)
    bx = x + s * 2.6
    cv.oval(bx, base - s * 0.7, s * 0.7, s * 0.7, (250, 160, 170))
    cv.chord(bx, base - s * 0.7, s * 0.7, s * 0.7, 200, 340, WHITE, outline=None)


def school(st: Stage) -> None:
    floor_y = st.H * 0.7
    st.horizon = floor_y
    room(st, st.rng.choice(((250, 240, 210), (222, 234, 246))), (206, 176, 146), floor_y)
    board_x = st.W * 0.5 + st.rng.uniform(-0.12, 0.12) * st.W
    bw, bh = min(st.W * 0.55, st.H * 0.8), st.H * 0.3
    x0, y0 = board_x - bw / 2, st.H * 0.14
    st.cv.rrect((x0 - 8, y0 - 8, x0 + bw + 8, y0 + bh + 8), 8, (176, 128, 90))
    st.cv.rrect((x0, y0, x0 + bw, y0 + bh), 6, (66, 112, 90), outline=None)
    chalk_doodles(st, (x0, y0, x0 + bw, y0 + bh))
    st.cv.rrect((x0, y0 + bh + 4, x0 + bw, y0 + bh + st.u(0.02)), 3, (196, 150, 110))
    bunting(st, st.H * 0.05)
    shelf_x = st.far_side(0.14)
    bookshelf(st, shelf_x, floor_y + st.H * 0.05, st.u(0.18), st.H * 0.36)
    for dx in (-0.9, 0.9):
        dx_px = st.child_x + dx * st.u(0.35)
        if abs(dx_px - shelf_x) > st.u(0.2) and 0 < dx_px < st.W:
            desk(st, dx_px, st.H * 0.86, st.u(0.16))


def chalk_doodles(st: Stage, box: Box) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    chalk = (240, 246, 240)
    lw = st.cv.stroke * 0.9
    sx, sy, r = x0 + w * 0.2, y0 + h * 0.35, h * 0.13
    st.cv.arc(sx, sy, r, r, 0, 360, (250, 236, 140), lw)
    for a in _angles(8):
        st.cv.line(
            [
                (sx + math.cos(a) * r * 1.3, sy + math.sin(a) * r * 1.3),
                (sx + math.cos(a) * r * 1.7, sy + math.sin(a) * r * 1.7),
            ],
            (250, 236, 140),
            lw,
            None,
        )
    hx, hy = x0 + w * 0.5, y0 + h * 0.78
    st.cv.line(
        [
            (hx - h * 0.15, hy),
            (hx - h * 0.15, hy - h * 0.25),
            (hx, hy - h * 0.42),
            (hx + h * 0.15, hy - h * 0.25),
            (hx + h * 0.15, hy),
            (hx - h * 0.15, hy),
        ],
        chalk,
        lw,
        None,
    )
    fx, fy = x0 + w * 0.78, y0 + h * 0.5
    st.cv.line([(fx, fy), (fx, y0 + h * 0.85)], (170, 230, 170), lw, None)
    for a in _angles(6):
        st.cv.arc(
            fx + math.cos(a) * h * 0.07,
            fy + math.sin(a) * h * 0.07,
            h * 0.05,
            h * 0.05,
            0,
            360,
            (250, 190, 210),
            lw,
        )
    st.cv.poly(star_points(x0 + w * 0.6, y0 + h * 0.25, h * 0.08), (250, 236, 140), outline=None)


def bunting(st: Stage, y: float) -> None:
    colors = ((246, 140, 150), (250, 210, 100), (130, 190, 240), (160, 210, 140), (200, 160, 240))
    step = st.u(0.06)
    pts = [
        (x, y + math.sin(x / st.W * math.pi) * st.H * 0.03) for x in _frange(0, st.W + step, step)
    ]
    st.cv.line(pts, (150, 120, 110), st.cv.stroke * 0.6, None, False)
    for i, (x, yy) in enumerate(pts[:-1]):
        st.cv.poly(
            [(x + step * 0.1, yy), (x + step * 0.9, yy), (x + step * 0.5, yy + step * 0.8)],
            colors[i % len(colors)],
        )


def bookshelf(st: Stage, x: float, base: float, w: float, h: float) -> None:
    wood = (186, 136, 96)
    st.cv.rrect((x - w / 2, base - h, x + w / 2, base), w * 0.04, wood)
    for i in range(3):
        sy = base - h + h * (i + 1) / 3.2
        bx = x - w * 0.42
        while bx < x + w * 0.38:
            bw = w * st.rng.uniform(0.06, 0.1)
            bh = h * st.rng.uniform(0.18, 0.25)
            st.cv.rrect((bx, sy - bh, bx + bw, sy), 2, st.rng.choice(PASTELS + FLOWER_COLORS[:2]))
            bx += bw + w * 0.01
        st.cv.rrect((x - w / 2, sy, x + w / 2, sy + h * 0.03), 2, shade(wood, 0.85))


def desk(st: Stage, x: float, base: float, w: float) -> None:
    wood = (214, 170, 120)
    for dx in (-0.42, 0.42):
        st.cv.rrect(
            (x + dx * w - w * 0.03, base - w * 0.55, x + dx * w + w * 0.03, base),
            3,
            (150, 160, 180),
        )
    st.cv.rrect((x - w * 0.5, base - w * 0.62, x + w * 0.5, base - w * 0.52), w * 0.03, wood)
    st.cv.rrect(
        (x - w * 0.2, base - w * 0.7, x + w * 0.05, base - w * 0.62), 3, st.rng.choice(PASTELS)
    )
    st.cv.line(
        [(x + w * 0.15, base - w * 0.64), (x + w * 0.35, base - w * 0.68)],
        (250, 200, 90),
        w * 0.03,
        None,
    )


def sky_setting(st: Stage) -> None:
    st.horizon = st.H * 0.82
    # Opposite the sun, the way real rainbows are.
    cx = st.W * (0.3 if st.light.body_at[0] > 0.5 else 0.7) + st.rng.uniform(-0.1, 0.1) * st.W

    def bow(stage: Stage) -> None:
        rainbow(stage, cx, stage.H * 0.88, stage.u(0.42))

    sky(st, (0, 0, st.W, st.H), clouds=4, backdrop=None if st.light.dark else bow)
    for _ in range(st.rng.randint(1, 2)):
        balloon(st, st.far_side(0.2), st.H * st.rng.uniform(0.4, 0.55), st.u(0.06))
    for _ in range(4):
        x, y, s = st.rng.uniform(0.1, 0.9) * st.W, st.H * st.rng.uniform(0.1, 0.4), st.u(0.015)
        for side in (-1, 1):
            st.cv.arc(x + side * s, y, s, s * 0.7, 200, 340, (90, 90, 120), st.cv.stroke * 0.6)
    base = st.light.cloud
    puffs = []
    for x in _frange(-st.u(0.05), st.W + st.u(0.1), st.u(0.11)):
        puffs.append((x, st.H * 0.84 + st.rng.uniform(-0.02, 0.02) * st.H, st.u(0.1)))
        puffs.append((x + st.u(0.05), st.H * 0.97, st.u(0.12)))
    st.cv.cloud(puffs, base, outline=mix(base, (150, 160, 210), 0.35))
    st.cv.rrect((-5, st.H * 0.9, st.W + 5, st.H + 5), 0, base, outline=None)


def rainbow(st: Stage, cx: float, cy: float, r: float) -> None:
    colors = (
        (246, 140, 150),
        (250, 190, 120),
        (250, 230, 140),
        (160, 214, 150),
        (140, 190, 240),
        (190, 160, 230),
    )
    band = r * 0.06
    for i, c in enumerate(colors):
        rr = r - i * band
        st.cv.glaze.arc(
            (cx - rr, cy - rr, cx + rr, cy + rr), 180, 360, fill=(*c, 170), width=int(band) + 1
        )


def balloon(st: Stage, x: float, y: float, s: float) -> None:
    colors = st.rng.sample(list(FLOWER_COLORS), 2)
    cv = st.cv
    for side in (-1, 1):
        cv.line(
            [(x + side * s * 0.5, y + s * 0.8), (x + side * s * 0.25, y + s * 1.45)],
            (120, 100, 90),
            2,
            None,
        )
    cv.oval(x, y, s, s * 1.1, colors[0])
    cv.oval(x, y, s * 0.45, s * 1.1, colors[1])
    cv.rrect((x - s * 0.3, y + s * 1.4, x + s * 0.3, y + s * 1.8), s * 0.06, (190, 140, 96))


def space(st: Stage) -> None:
    st.horizon = st.H * 0.78
    stops = ((0, (14, 16, 48)), (0.6, (40, 28, 88)), (1, (74, 44, 116)))
    with st.cv.lit(None):
        st.cv.gradient((0, 0, int(st.W), int(st.H)), stops)
        for color in ((240, 120, 200), (90, 200, 220)):
            st.cv.glow(
                st.rng.uniform(0.1, 0.9) * st.W,
                st.rng.uniform(0.1, 0.5) * st.H,
                st.u(0.24),
                color,
                80,
            )
        for _ in range(90):
            x, y = st.rng.uniform(0, st.W), st.rng.uniform(0, st.horizon)
            r = st.u(st.rng.uniform(0.002, 0.006))
            if st.rng.random() < 0.15:
                st.cv.poly(star_points(x, y, r * 3, 4, 0.3), (255, 246, 210), None)
            else:
                st.cv.oval(x, y, r, r, (255, 250, 236), None)
        px = st.far_side(0.2)
        planet(st, px, st.H * 0.28, st.u(0.1), (250, 180, 110), ring=True)
        planet(
            st,
            st.W - px,
            st.H * st.rng.uniform(0.12, 0.2),
            st.u(0.05),
            st.rng.choice(((130, 190, 250), (250, 140, 150), (170, 230, 170))),
        )
        rocket(st, st.rng.uniform(0.3, 0.7) * st.W, st.H * 0.16, st.u(0.05))
    ground(st, st.horizon, st.H * 0.02, (200, 194, 220), (160, 152, 188), waves=1.0)
    for _ in range(st.rng.randint(4, 6)):
        x, y = st.rng.uniform(0, 1) * st.W, st.H * st.rng.uniform(0.83, 0.97)
        r = st.u(st.rng.uniform(0.025, 0.05))
        st.cv.oval(x, y, r, r * 0.4, (170, 162, 196), outline=(140, 132, 170))
        st.cv.chord(x, y, r, r * 0.4, 20, 160, (210, 204, 228), outline=None)


def planet(st: Stage, x: float, y: float, r: float, color: RGB, ring: bool = False) -> None:
    ring_color = mix(color, WHITE, 0.4)
    if ring:
        st.cv.arc(x, y, r * 1.8, r * 0.45, 180, 360, ring_color, r * 0.12)
    st.cv.oval(x, y, r, r, color)
    st.cv.chord(x, y, r * 0.96, r * 0.96, 300, 60, shade(color, 0.88), outline=None)
    st.cv.oval(x - r * 0.35, y - r * 0.35, r * 0.25, r * 0.18, mix(color, WHITE, 0.45), None)
    if ring:
        st.cv.arc(x, y, r * 1.8, r * 0.45, 0, 180, ring_color, r * 0.12)


def rocket(st: Stage, x: float, y: float, s: float) -> None:
    cv = st.cv
    cv.poly(
        [(x - s * 0.3, y + s * 1.1), (x, y + s * 1.9), (x + s * 0.3, y + s * 1.1)],
        (255, 190, 90),
        outline=None,
    )
    for side in (-1, 1):
        cv.poly(
            [
                (x + side * s * 0.35, y + s * 0.6),
                (x + side * s * 0.75, y + s * 1.3),
                (x + side * s * 0.35, y + s * 1.1),
            ],
            (232, 100, 110),
        )
    cv.rrect((x - s * 0.38, y - s * 0.4, x + s * 0.38, y + s * 1.2), s * 0.3, (240, 240, 250))
    cv.chord(x, y - s * 0.3, s * 0.38, s * 0.75, 180, 360, (232, 100, 110))
    cv.oval(x, y + s * 0.25, s * 0.18, s * 0.18, (130, 200, 240))


def river(st: Stage) -> None:
    st.horizon = st.H * 0.52
    sky(st, (0, 0, st.W, st.horizon))
    hills(st, st.horizon - st.H * 0.03, st.H * 0.04, (176, 216, 160))
    for _ in range(st.rng.randint(2, 4)):
        round_tree(st, st.spot_x(), st.horizon + st.H * 0.03, st.H * 0.13)
    ground(st, st.horizon + st.H * 0.02, st.H * 0.01, (160, 210, 130), (140, 196, 118))
    top = wavy_edge(st, st.H * 0.62, st.H * 0.01, 1.5, st.rng.uniform(0, 6.28))
    bottom = wavy_edge(st, st.H * 0.74, st.H * 0.015, 1.2, st.rng.uniform(0, 6.28))
    st.cv.gradient_poly([*top, *bottom[::-1]], ((0, (120, 186, 226)), (1, (96, 162, 214))))
    for _ in range(14):
        x, y = st.rng.uniform(0, st.W), st.rng.uniform(0.64, 0.72) * st.H
        st.cv.arc(x, y, st.u(0.03), st.u(0.008), 200, 340, (222, 240, 252), st.cv.stroke * 0.6)
    for _ in range(st.rng.randint(2, 4)):
        x, y = st.rng.uniform(0.05, 0.95) * st.W, st.rng.uniform(0.65, 0.71) * st.H
        st.cv.chord(x, y, st.u(0.035), st.u(0.014), 30, 330, (120, 184, 110))
        st.cv.oval(x + st.u(0.01), y - st.u(0.008), st.u(0.008), st.u(0.008), (250, 180, 200), None)
    bridge(st, st.far_side(0.18), st.H * 0.68, st.u(0.22))
    st.cv.gradient_poly(
        [*bottom, (st.W, st.H), (0, st.H)], ((0, (150, 206, 122)), (1, (108, 172, 94)))
    )
    st.cv.line(bottom, (120, 170, 100), st.cv.stroke * 0.8, None, False)
    for _ in range(st.rng.randint(3, 5)):
        reeds(st, st.rng.uniform(0, 1) * st.W, st.H * st.rng.uniform(0.76, 0.8), st.H * 0.1)
    scatter_flowers(st, st.H * 0.8, st.H, 10, 0.012)


def bridge(st: Stage, x: float, y: float, w: float) -> None:
    wood = (196, 146, 100)
    st.cv.arc(x, y + w * 0.3, w * 0.55, w * 0.35, 200, 340, wood, w * 0.08)
    for t in _frange(-0.4, 0.45, 0.2):
        px = x + t * w
        py = y + w * 0.3 - math.sqrt(max(0.0, 1 - (t / 0.55) ** 2)) * w * 0.35
        st.cv.line([(px, py), (px, py - w * 0.14)], shade(wood, 0.9), w * 0.025, None)
    st.cv.arc(x, y + w * 0.16, w * 0.5, w * 0.35, 205, 335, shade(wood, 0.9), w * 0.025)


def reeds(st: Stage, x: float, base: float, h: float) -> None:
    for dx, hh in ((-0.1, 0.8), (0.0, 1.0), (0.12, 0.7)):
        st.cv.line(
            [(x + dx * h, base), (x + dx * h * 1.4, base - h * hh)], (100, 160, 90), h * 0.035, None
        )
        if hh > 0.75:
            st.cv.rrect(
                (
                    x + dx * h * 1.4 - h * 0.035,
                    base - h * hh - h * 0.1,
                    x + dx * h * 1.4 + h * 0.035,
                    base - h * hh + h * 0.12,
                ),
                h * 0.035,
                (160, 110, 80),
            )


def cave(st: Stage) -> None:
    st.horizon = st.H * 0.74
    rock = (128, 108, 138)
    cv = st.cv
    cv.gradient((0, 0, int(st.W), int(st.H)), ((0, (92, 78, 106)), (1, rock)))
    # The mouth of the cave, on the side away from the child: daylight (or night) outside.
    ox = st.W - st.child_x if abs(st.W / 2 - st.child_x) > st.W * 0.1 else st.W * 0.5
    ow, oh = min(st.u(0.34), st.W * 0.42), st.H * 0.42
    mouth = (ox - ow / 2, st.horizon - oh, ox + ow / 2, st.horizon + st.H * 0.02)
    with cv.lit(None, 0.7):
        _cave_mouth(st, mouth)
    # Rock walls framing the scene: big rounded boulders along the sides and the ceiling.
    for side in (0.0, 1.0):
        x = side * st.W
        boulders = [
            (x, st.H * f, st.u(st.rng.uniform(0.09, 0.14))) for f in (0.1, 0.3, 0.5, 0.7, 0.9)
        ]
        cv.cloud(boulders, mix(rock, WHITE, 0.1))
    ceiling = [
        (x, st.rng.uniform(-0.02, 0.03) * st.H, st.u(st.rng.uniform(0.06, 0.1)))
        for x in _frange(0, st.W + st.u(0.1), st.u(0.12))
    ]
    cv.cloud(ceiling, mix(rock, WHITE, 0.06))
    for _ in range(st.rng.randint(5, 8)):
        x, w = st.rng.uniform(0.05, 0.95) * st.W, st.u(st.rng.uniform(0.025, 0.045))
        h = st.H * st.rng.uniform(0.07, 0.16)
        cv.poly([(x - w, st.H * 0.02), (x + w, st.H * 0.02), (x, h)], mix(rock, WHITE, 0.12))
        cv.oval(x, h - w * 0.2, w * 0.2, w * 0.25, mix(rock, WHITE, 0.12), outline=None)
    ground(st, st.horizon, st.H * 0.015, (154, 132, 146), (114, 96, 112))
    for _ in range(st.rng.randint(4, 6)):
        x, y = st.rng.uniform(0.0, 1.0) * st.W, st.H * st.rng.uniform(0.78, 0.98)
        r = st.u(st.rng.uniform(0.02, 0.04))
        cv.chord(x, y, r * 1.4, r, 180, 360, mix(rock, WHITE, 0.2))
    for _ in range(st.rng.randint(2, 3)):
        crystals(st, st.spot_x(0.1), st.H * st.rng.uniform(0.8, 0.97), st.u(0.075))


def _cave_mouth(st: Stage, box: Box) -> None:
    """The sky and a far hill seen through an arch-shaped opening."""
    cv = st.cv
    x0, y0, x1, y1 = (int(v) for v in box)
    before = cv.image.crop((x0, y0, x1, y1))
    sky(st, box, clouds=1)
    hills(st, y1 - (y1 - y0) * 0.2, (y1 - y0) * 0.04, (150, 200, 140))
    outside = cv.image.crop((x0, y0, x1, y1))
    mask = Image.new("L", outside.size, 0)
    arch = ImageDraw.Draw(mask)
    arch.ellipse((0, 0, x1 - x0, (y1 - y0) * 1.3), fill=255)
    before.paste(outside, (0, 0), mask)
    cv.image.paste(before, (x0, y0))
    cx, cy = (x0 + x1) / 2, y0 + (y1 - y0) * 0.65
    cv.arc(cx, cy, (x1 - x0) / 2, (y1 - y0) * 0.65, 180, 360, (90, 74, 100), cv.stroke * 1.4)


def crystals(st: Stage, x: float, base: float, s: float) -> None:
    color = st.rng.choice(((130, 220, 230), (200, 160, 250), (250, 170, 210)))
    st.cv.glow(x, base - s * 0.6, s * 1.6, color, 110)
    for dx, h, lean in ((-0.35, 0.8, -0.3), (0.0, 1.3, 0.0), (0.35, 0.9, 0.3)):
        bx = x + dx * s
        tip = (bx + lean * s * 0.6, base - h * s)
        pts = [
            (bx - s * 0.14, base),
            (bx - s * 0.14 + lean * s * 0.4, base - h * s * 0.75),
            tip,
            (bx + s * 0.14 + lean * s * 0.4, base - h * s * 0.75),
            (bx + s * 0.14, base),
        ]
        st.cv.poly(pts, color)
        st.cv.line(
            [(bx, base - s * 0.1), (bx + lean * s * 0.45, base - h * s * 0.75)],
            mix(color, WHITE, 0.6),
            s * 0.05,
            None,
        )


def park(st: Stage) -> None:
    st.horizon = st.H * 0.58
    sky(st, (0, 0, st.W, st.horizon))
    hills(st, st.horizon - st.H * 0.02, st.H * 0.03, (176, 216, 160))
    for _ in range(st.rng.randint(3, 5)):
        round_tree(st, st.spot_x(), st.horizon + st.H * 0.02, st.H * st.rng.uniform(0.16, 0.22))
    ground(st, st.horizon + st.H * 0.03, st.H * 0.01, (150, 206, 128), (108, 174, 96))
    path_y = st.H * 0.8
    edge = wavy_edge(st, path_y, st.H * 0.02, 0.8, st.rng.uniform(0, 6.28))
    st.cv.line(edge, (236, 220, 186), st.H * 0.07, outline=(214, 196, 160), caps=False)
    swing_x = st.far_side(0.22)
    swings(st, swing_x, st.H * 0.76, st.u(0.3))
    bx = st.W - swing_x
    if abs(bx - st.child_x) > st.u(0.25):
        bench(st, bx, st.H * 0.72, st.u(0.2))
    scatter_flowers(st, st.H * 0.68, st.H, 10, 0.012)


def swings(st: Stage, x: float, base: float, w: float) -> None:
    frame = (232, 110, 110)
    cv = st.cv
    top = base - w * 0.9
    for side in (-1, 1):
        sx = x + side * w * 0.5
        cv.line([(sx - w * 0.12, base), (sx, top), (sx + w * 0.12, base)], frame, w * 0.035)
    cv.line([(x - w * 0.5, top), (x + w * 0.5, top)], (120, 160, 220), w * 0.04)
    for dx in (-0.22, 0.2):
        sx = x + dx * w
        for rx in (-0.07, 0.07):
            cv.line(
                [(sx + rx * w, top), (sx + rx * w, base - w * 0.25)],
                (150, 120, 100),
                w * 0.012,
                None,
            )
        cv.rrect(
            (sx - w * 0.1, base - w * 0.27, sx + w * 0.1, base - w * 0.22), w * 0.02, (250, 200, 90)
        )


def bench(st: Stage, x: float, base: float, w: float) -> None:
    wood = (200, 146, 100)
    cv = st.cv
    for dx in (-0.4, 0.4):
        cv.rrect(
            (x + dx * w - w * 0.03, base - w * 0.3, x + dx * w + w * 0.03, base), 3, (110, 110, 130)
        )
    for y in (0.55, 0.42):
        cv.rrect((x - w * 0.5, base - w * y - w * 0.05, x + w * 0.5, base - w * y), w * 0.02, wood)
    cv.rrect((x - w * 0.52, base - w * 0.32, x + w * 0.52, base - w * 0.25), w * 0.02, wood)


def kitchen(st: Stage) -> None:
    floor_y = st.H * 0.74
    st.horizon = floor_y
    wall = st.rng.choice(((236, 246, 236), (252, 242, 222), (230, 238, 250)))
    cv = st.cv
    cv.gradient((0, 0, int(st.W), int(floor_y)), ((0, wall), (1, shade(wall, 0.96))))
    tile = st.u(0.06)
    for y in _frange(st.H * 0.3, st.H * 0.5, tile):
        cv.line([(0, y), (st.W, y)], shade(wall, 0.9), cv.stroke * 0.5, None, False)
    for x in _frange(0, st.W, tile):
        cv.line([(x, st.H * 0.3), (x, st.H * 0.5)], shade(wall, 0.9), cv.stroke * 0.5, None, False)
    wx = st.far_side(0.3)
    window(st, (wx - st.u(0.11), st.H * 0.08, wx + st.u(0.11), st.H * 0.3), (250, 200, 200))
    a, b = (250, 236, 220), (150, 196, 210)
    sq = st.u(0.08)
    cv.gradient((0, int(floor_y), int(st.W), int(st.H)), ((0, a), (1, shade(a, 0.94))))
    for j, y in enumerate(_frange(floor_y, st.H, sq * 0.6)):
        for i, x in enumerate(_frange(0, st.W, sq)):
            if (i + j) % 2 == 0:
                cv.rrect((x, y, x + sq, y + sq * 0.6), 0, b, outline=None)
    top = st.H * 0.5
    cab = (170, 206, 196)
    cv.rrect((-5, top, st.W + 5, floor_y), 0, cab)
    door_w = st.u(0.14)
    for x in _frange(door_w * 0.1, st.W - door_w * 0.5, door_w):
        cv.rrect(
            (x, top + st.H * 0.04, x + door_w * 0.86, floor_y - st.H * 0.02),
            6,
            mix(cab, WHITE, 0.2),
        )
        cv.oval(x + door_w * 0.75, top + st.H * 0.09, door_w * 0.04, door_w * 0.04, (230, 190, 110))
    cv.rrect((-5, top - st.H * 0.025, st.W + 5, top + st.H * 0.015), 4, (246, 240, 232))
    fx = st.W - wx if abs(st.W - wx - st.child_x) > st.u(0.2) else wx
    bowl(st, fx, top - st.H * 0.02, st.u(0.07))
    pot_x = st.spot_x(0.15)
    pw = st.u(0.06)
    for side in (-1, 1):
        cv.rrect(
            (
                pot_x + side * pw * 1.05 - pw * 0.18,
                top - pw * 1.05,
                pot_x + side * pw * 1.05 + pw * 0.18,
                top - pw * 0.9,
            ),
            pw * 0.05,
            (200, 90, 90),
        )
    cv.rrect((pot_x - pw, top - pw * 1.3, pot_x + pw, top - st.H * 0.02), pw * 0.3, (240, 120, 110))
    cv.chord(pot_x, top - pw * 1.3, pw * 1.05, pw * 0.3, 180, 360, (220, 100, 96))
    cv.oval(pot_x, top - pw * 1.62, pw * 0.12, pw * 0.08, (200, 90, 90))
    for dx in (-0.4, 0.0, 0.4):
        px = pot_x + dx * pw
        wisp = [(px, top - pw * 1.8), (px + pw * 0.15, top - pw * 2.2), (px, top - pw * 2.6)]
        cv.line(wisp, (255, 255, 255), pw * 0.1, None)
    # A rail of hanging utensils by the window: a pan, a ladle and a spoon.
    rail_x = wx - st.u(0.2) if wx > st.W / 2 else wx + st.u(0.2)
    rail_y = st.H * 0.12
    cv.line(
        [(rail_x - st.u(0.08), rail_y), (rail_x + st.u(0.08), rail_y)],
        (170, 150, 140),
        st.u(0.008),
        None,
    )
    u = st.u(0.02)
    cv.line(
        [(rail_x - u * 3, rail_y), (rail_x - u * 3, rail_y + u * 3)],
        (120, 120, 140),
        u * 0.35,
        None,
    )
    cv.oval(rail_x - u * 3, rail_y + u * 4.6, u * 1.7, u * 1.7, (120, 124, 140))
    cv.oval(rail_x - u * 3, rail_y + u * 4.6, u * 1.2, u * 1.2, (150, 154, 170), outline=None)
    cv.line([(rail_x, rail_y), (rail_x, rail_y + u * 4)], (200, 160, 110), u * 0.35, None)
    cv.chord(rail_x, rail_y + u * 4.2, u * 0.9, u * 0.9, 0, 180, (200, 160, 110))
    cv.line(
        [(rail_x + u * 3, rail_y), (rail_x + u * 3, rail_y + u * 3.5)],
        (180, 184, 200),
        u * 0.35,
        None,
    )
    cv.oval(rail_x + u * 3, rail_y + u * 4.2, u * 0.55, u * 0.8, (180, 184, 200))


def bowl(st: Stage, x: float, base: float, s: float) -> None:
    fruits = ((240, 90, 90), (250, 170, 70), (250, 220, 90), (140, 200, 100))
    for i, c in enumerate(fruits):
        st.cv.oval(
            x + (i - 1.5) * s * 0.4, base - s * 0.45 - (i % 2) * s * 0.2, s * 0.28, s * 0.28, c
        )
    st.cv.chord(x, base - s * 0.4, s * 0.85, s * 0.45, 0, 180, (130, 170, 230))


SETTING_PAINTERS: dict[str, Callable[[Stage], None]] = {
    "forest": forest,
    "meadow": meadow,
    "beach": beach,
    "ocean": ocean,
    "mountain": mountain,
    "village": village,
    "castle": castle,
    "garden": garden,
    "bedroom": bedroom,
    "school": school,
    "sky": sky_setting,
    "space": space,
    "river": river,
    "cave": cave,
    "park": park,
    "kitchen": kitchen,
}
INDOOR = frozenset({"bedroom", "school", "kitchen"})

# The highest a standing figure's feet may be (fraction of height): below the far bank, the sea,
# the back wall.
GROUND_FLOOR: dict[str, float] = {
    "beach": 0.75,
    "ocean": 0.8,
    "river": 0.8,
    "sky": 0.88,
    "space": 0.84,
    "bedroom": 0.76,
    "school": 0.76,
    "kitchen": 0.8,
    "cave": 0.8,
}
