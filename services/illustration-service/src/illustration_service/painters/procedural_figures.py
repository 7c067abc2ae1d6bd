"""The characters of the procedural painter: the main child and the companions.

Every figure is drawn with a `Pen` in its own units (origin at the feet, y up, 1 unit = the
figure's height), so the same code draws it at any size; the child's proportions are fixed
numbers here, which is what keeps them identical from page to page.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from illustration_service.painters.procedural_canvas import RGB, WHITE, Pen, mix, shade
from illustration_service.painters.procedural_parse import COLORS, HAIR_COLORS, CharacterLook

DARK: RGB = (58, 44, 62)
MOUTH: RGB = (196, 84, 98)
TONGUE: RGB = (246, 150, 160)
PINK: RGB = (250, 186, 200)
GOLD: RGB = (246, 200, 80)


# --- the child --------------------------------------------------------------------------------


def draw_child(pen: Pen, look: CharacterLook) -> None:
    """A front-facing child about 1 unit tall, big head, arms slightly out (chibi proportions)."""
    # The upper body sits a little lower than its own coordinates say: shorter legs read younger.
    upper = Pen(pen.cv, pen.x, pen.y + _DROP * pen.u, pen.u, pen.f)
    _hair_back(upper, look)
    _legs(pen, look)
    _arms(upper, look)
    upper.rrect(-0.036, 0.56, 0.036, 0.645, 0.02, look.skin)  # neck
    _torso(upper, look)
    _head(upper, look)


_DROP = 0.04


def _legs(pen: Pen, look: CharacterLook) -> None:
    skin, bottom = look.skin, look.bottom_color
    covered = look.bottom_kind in ("trousers", "overalls")
    for side in (-1, 1):
        x = side * 0.066
        if covered:
            pen.rrect(x - 0.047, 0.05, x + 0.047, 0.335, 0.035, bottom)
        else:
            pen.rrect(x - 0.036, 0.05, x + 0.036, 0.31, 0.03, skin)
    if covered:
        pen.rrect(-0.114, 0.255, 0.114, 0.345, 0.04, bottom)  # hips join the two legs
    for side in (-1, 1):
        _shoe(pen, side, look)
    if look.bottom_kind == "shorts":
        pen.rrect(-0.122, 0.2, 0.122, 0.345, 0.035, bottom)
        pen.line([(0, 0.2), (0, 0.25)], shade(bottom, 0.7), 0.01, outline=None)
    elif look.bottom_kind == "skirt":
        hem = [(-0.2, 0.185), (-0.1, 0.17), (0.1, 0.17), (0.2, 0.185)]
        pen.poly([(-0.12, 0.355), (0.12, 0.355), *hem[::-1]], bottom)
        pen.line([(-0.165, 0.213), (0.165, 0.213)], mix(bottom, WHITE, 0.45), 0.012, outline=None)


def _shoe(pen: Pen, side: int, look: CharacterLook) -> None:
    x, color = side * 0.07, look.shoe_color
    if look.shoe_kind == "boots":
        pen.rrect(x - 0.05, 0.02, x + 0.05, 0.15, 0.025, color)
        pen.rrect(x - 0.054, 0.125, x + 0.054, 0.16, 0.015, mix(color, WHITE, 0.25))
    pen.oval(x + side * 0.014, 0.037, 0.066, 0.04, color)
    if look.shoe_kind == "sneakers":
        sole = WHITE if sum(color) < 600 else (210, 210, 220)
        pen.chord(x + side * 0.014, 0.037, 0.066, 0.04, 10, 170, sole)
        pen.line([(x - 0.02, 0.057), (x + 0.02, 0.057)], sole, 0.01, outline=None)
    pen.oval(x + side * 0.03, 0.052, 0.018, 0.01, mix(color, WHITE, 0.55), outline=None)


def _arms(pen: Pen, look: CharacterLook) -> None:
    top, skin = look.top_color, look.skin
    long_sleeves = look.top_kind in ("sweater", "hoodie", "raincoat")
    for side in (-1, 1):
        shoulder, elbow, wrist = (side * 0.105, 0.57), (side * 0.158, 0.48), (side * 0.192, 0.4)
        if long_sleeves:
            pen.line([shoulder, elbow, wrist], top, 0.07)
            pen.line([(side * 0.189, 0.407), (side * 0.194, 0.396)], shade(top, 0.86), 0.072)
        else:
            pen.line([shoulder, elbow, wrist], skin, 0.058)
            pen.line([shoulder, (side * 0.14, 0.515)], top, 0.088)
        pen.oval(side * 0.198, 0.382, 0.035, 0.038, skin)


def _torso(pen: Pen, look: CharacterLook) -> None:
    top, kind = look.top_color, look.top_kind
    darker, lighter = shade(top, 0.86), mix(top, WHITE, 0.55)
    if kind == "dress":
        pen.poly(
            [(-0.1, 0.61), (0.1, 0.61), (0.125, 0.575), (0.2, 0.2), (-0.2, 0.2), (-0.125, 0.575)],
            top,
        )
        pen.line([(-0.18, 0.245), (0.18, 0.245)], lighter, 0.018, outline=None)
        pen.rrect(-0.13, 0.44, 0.13, 0.475, 0.015, darker)  # sash
        for side in (-1, 1):
            pen.oval(side * 0.04, 0.595, 0.045, 0.028, WHITE)  # round collar
    elif kind == "raincoat":
        pen.poly(
            [
                (-0.1, 0.61),
                (0.1, 0.61),
                (0.125, 0.575),
                (0.16, 0.27),
                (-0.16, 0.27),
                (-0.125, 0.575),
            ],
            top,
        )
        pen.line([(0, 0.6), (0, 0.28)], shade(top, 0.7), 0.008, outline=None)
        for y in (0.52, 0.44, 0.36):
            pen.oval(0.035, y, 0.017, 0.017, mix(top, WHITE, 0.7))
        for side in (-1, 1):
            pen.poly([(side * 0.005, 0.6), (side * 0.085, 0.61), (side * 0.06, 0.54)], darker)
            pen.rrect(side * 0.07, 0.33, side * 0.13, 0.35, 0.008, darker)  # pocket flaps
    else:
        body = [(-0.095, 0.612), (0.095, 0.612), (0.122, 0.59), (0.132, 0.37), (0.126, 0.35)]
        body += [(-0.126, 0.35), (-0.132, 0.37), (-0.122, 0.59)]
        pen.poly(body, top)
        if kind in ("sweater", "hoodie"):
            pen.rrect(-0.13, 0.345, 0.13, 0.382, 0.018, darker)  # ribbed hem
        if kind == "sweater":
            pen.chord(0, 0.612, 0.058, 0.032, 0, 180, darker)
        elif kind == "t-shirt":
            pen.chord(0, 0.614, 0.05, 0.03, 0, 180, look.skin)
            pen.poly(_star(0.05, 0.5, 0.034), lighter, outline=None)
        elif kind == "hoodie":
            pen.rrect(-0.072, 0.39, 0.072, 0.46, 0.025, darker)  # front pocket
            for side in (-1, 1):
                pen.line([(side * 0.03, 0.585), (side * 0.034, 0.515)], lighter, 0.012, None)
            pen.oval(0, 0.612, 0.115, 0.038, darker)  # the hood, down
    if look.bottom_kind == "overalls":
        bottom = look.bottom_color
        pen.rrect(-0.13, 0.33, 0.13, 0.405, 0.03, bottom)
        pen.rrect(-0.085, 0.38, 0.085, 0.52, 0.02, bottom)
        for side in (-1, 1):
            pen.line([(side * 0.07, 0.51), (side * 0.09, 0.6)], bottom, 0.026)
            pen.oval(side * 0.064, 0.5, 0.013, 0.013, GOLD)
        pen.rrect(-0.04, 0.415, 0.04, 0.46, 0.01, shade(bottom, 0.85))  # bib pocket


def _hair_back(pen: Pen, look: CharacterLook) -> None:
    """Hair that sits behind the head and body: long hair, ponytail, pigtails, braids, bun."""
    hair = look.hair_color
    tie = look.top_color if sum(look.top_color) < 600 else PINK
    if look.hair_tie == "bun":
        pen.oval(0, 0.995, 0.075, 0.07, hair)
    if look.hair_length == "long" and look.hair_tie == "none":
        if look.hair_texture in ("curly", "afro"):
            circles = [(s * 0.19, y, 0.07) for s in (-1, 1) for y in (0.8, 0.7, 0.6, 0.52)]
            pen.cloud([*circles, (0, 0.8, 0.2)], hair)
        else:
            pen.rrect(-0.205, 0.5, 0.205, 0.86, 0.09, hair)
            if look.hair_texture == "wavy":
                for x in (-0.16, -0.08, 0.08, 0.16):
                    pen.oval(x, 0.51, 0.05, 0.04, hair)
    elif look.hair_tie == "ponytail":
        pen.oval(0.215, 0.74, 0.07, 0.13, hair)
        pen.oval(0.175, 0.855, 0.03, 0.03, tie)
    elif look.hair_tie == "pigtails":
        for side in (-1, 1):
            pen.oval(side * 0.225, 0.75, 0.062, 0.1, hair)
            pen.oval(side * 0.18, 0.83, 0.028, 0.028, tie)
    elif look.hair_tie == "braids":
        for side in (-1, 1):
            for y in (0.72, 0.655, 0.59, 0.53):
                pen.oval(side * 0.185, y, 0.042, 0.038, hair)
            pen.oval(side * 0.185, 0.49, 0.025, 0.02, tie)
            pen.oval(side * 0.185, 0.46, 0.03, 0.03, hair)
    if look.hair_texture == "afro":
        ring = [(0.23 * _cos(a), 0.83 + 0.22 * _sin(a), 0.085) for a in range(0, 360, 30)]
        pen.cloud([*ring, (0, 0.83, 0.21)], hair)


def _head(pen: Pen, look: CharacterLook) -> None:
    skin, hair = look.skin, look.hair_color
    texture = look.hair_texture
    if texture == "curly":
        ring = [(0.19 * _cos(a), 0.82 + 0.17 * _sin(a), 0.06) for a in range(-10, 200, 22)]
        pen.cloud([*ring, (0, 0.84, 0.17)], hair)
    elif texture != "afro":
        pen.oval(0, 0.835, 0.19, 0.166, hair)
    for side in (-1, 1):
        pen.oval(side * 0.172, 0.77, 0.034, 0.04, skin)
    pen.oval(0, 0.785, 0.172, 0.164, skin)
    _fringe(pen, look)
    # face
    for side in (-1, 1):
        pen.eye(side * 0.068, 0.765, 0.03)
        pen.arc(side * 0.07, 0.81, 0.028, 0.016, 205, 335, shade(hair, 0.8), 0.011)
    pen.cheeks(0.112, 0.722, 0.034)
    pen.oval(0, 0.742, 0.012, 0.009, shade(skin, 0.84), outline=None)
    pen.chord(0, 0.718, 0.04, 0.032, 0, 180, MOUTH, outline=shade(MOUTH, 0.7))
    pen.oval(0, 0.697, 0.018, 0.008, TONGUE, outline=None)
    if look.freckles:
        for side in (-1, 1):
            for dx, dy in ((0.09, 0.745), (0.115, 0.752), (0.105, 0.737)):
                pen.oval(side * dx, dy, 0.006, 0.006, shade(skin, 0.72), outline=None)
    if look.glasses:
        frame = (70, 60, 80)
        for side in (-1, 1):
            pen.arc(side * 0.07, 0.765, 0.05, 0.046, 0, 360, frame, 0.012)
        pen.arc(0, 0.765, 0.024, 0.02, 200, 340, frame, 0.012)


def _fringe(pen: Pen, look: CharacterLook) -> None:
    """The hair over the forehead, drawn after the face so it frames it."""
    hair = look.hair_color
    if look.hair_texture in ("curly", "afro"):
        curls = [
            (-0.12, 0.9, 0.05),
            (-0.05, 0.925, 0.055),
            (0.03, 0.93, 0.055),
            (0.11, 0.905, 0.05),
        ]
        pen.cloud([*curls, (-0.155, 0.85, 0.035), (0.155, 0.85, 0.035)], hair)
        return
    top = [(0.176 * _cos(a), 0.785 + 0.168 * _sin(a)) for a in range(0, 181, 15)]
    swoop = [(-0.178, 0.74), (-0.14, 0.82), (-0.06, 0.845), (0.02, 0.86), (0.1, 0.83), (0.17, 0.8)]
    pen.poly([*top, *swoop], hair)
    if look.hair_texture == "wavy":
        for x, y in ((-0.1, 0.845), (0.0, 0.865), (0.1, 0.845)):
            pen.oval(x, y, 0.045, 0.03, hair, outline=None)
    pen.arc(-0.05, 0.9, 0.07, 0.035, 200, 300, mix(hair, WHITE, 0.35), 0.012)  # shine


def _cos(deg: float) -> float:
    return math.cos(math.radians(deg))


def _sin(deg: float) -> float:
    return math.sin(math.radians(deg))


def _star(x: float, y: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((x + rr * _cos(90 + i * 36), y + rr * _sin(90 + i * 36)))
    return pts


_FRIENDS = (
    CharacterLook(
        hair_color=HAIR_COLORS["auburn"],
        hair_length="long",
        hair_tie="pigtails",
        skin=(255, 218, 190),
        top_kind="t-shirt",
        top_color=COLORS["green"],
        bottom_kind="skirt",
        bottom_color=COLORS["purple"],
        shoe_color=COLORS["pink"],
    ),
    CharacterLook(
        hair_color=HAIR_COLORS["black"],
        hair_texture="curly",
        skin=(150, 100, 68),
        top_kind="hoodie",
        top_color=COLORS["orange"],
        bottom_kind="shorts",
        bottom_color=COLORS["teal"],
        shoe_kind="sneakers",
        shoe_color=COLORS["blue"],
    ),
    CharacterLook(
        hair_color=HAIR_COLORS["golden"],
        hair_tie="ponytail",
        skin=(240, 200, 165),
        top_kind="dress",
        top_color=COLORS["purple"],
        bottom_kind=None,
        shoe_kind="boots",
        shoe_color=COLORS["red"],
    ),
)


def friend_looks(main: CharacterLook) -> list[CharacterLook]:
    """Friends for this book: fixed looks whose shirts cannot be mistaken for the main child's."""

    def far(look: CharacterLook) -> bool:
        return sum(abs(a - b) for a, b in zip(look.top_color, main.top_color, strict=True)) > 120

    looks = [look for look in _FRIENDS if far(look)]
    return looks or [replace(_FRIENDS[0], top_color=COLORS["white"])]


# --- companions -------------------------------------------------------------------------------


def _cat(pen: Pen) -> None:
    fur, light, inner = (246, 172, 96), (255, 230, 196), PINK
    pen.line([(0.18, 0.08), (0.34, 0.12), (0.4, 0.28), (0.33, 0.42)], fur, 0.075)
    pen.oval(0, 0.27, 0.24, 0.27, fur)
    pen.oval(0, 0.22, 0.13, 0.17, light, outline=None)
    for side in (-1, 1):
        pen.oval(side * 0.1, 0.045, 0.075, 0.05, light)
        pen.poly([(side * 0.27, 0.7), (side * 0.23, 0.99), (side * 0.06, 0.85)], fur)
        pen.poly([(side * 0.22, 0.78), (side * 0.205, 0.92), (side * 0.12, 0.85)], inner, None)
    pen.oval(0, 0.68, 0.27, 0.215, fur)
    for x in (-0.05, 0.0, 0.05):
        pen.line([(x, 0.88), (x, 0.82)], shade(fur, 0.8), 0.018, outline=None)
    _animal_face(pen, 0.1, 0.69, 0.048, 0.62)
    pen.poly([(-0.025, 0.645), (0.025, 0.645), (0, 0.62)], (238, 120, 140), None)
    for side in (-1, 1):
        for dy in (0.0, -0.035):
            pen.line(
                [(side * 0.15, 0.63 + dy), (side * 0.32, 0.645 + dy * 1.6)],
                (140, 100, 90),
                0.008,
                outline=None,
                caps=False,
            )


def _dog(pen: Pen) -> None:
    fur, ear, cream = (218, 170, 112), (150, 98, 62), (250, 230, 198)
    pen.line([(0.17, 0.1), (0.33, 0.2), (0.4, 0.36)], fur, 0.07)
    pen.oval(0, 0.27, 0.25, 0.27, fur)
    pen.oval(0, 0.28, 0.14, 0.19, cream, outline=None)
    for side in (-1, 1):
        pen.oval(side * 0.11, 0.045, 0.08, 0.05, cream)
    pen.oval(0, 0.68, 0.26, 0.23, fur)
    pen.oval(0.1, 0.73, 0.07, 0.075, shade(fur, 0.82), outline=None)  # patch round one eye
    pen.oval(0, 0.6, 0.125, 0.09, cream)
    for side in (-1, 1):
        pen.oval(side * 0.25, 0.63, 0.075, 0.16, ear)
    pen.rrect(-0.17, 0.44, 0.17, 0.485, 0.02, (224, 84, 84))  # collar
    pen.oval(0, 0.43, 0.03, 0.03, GOLD)
    _animal_face(pen, 0.1, 0.73, 0.045, 0.0)
    pen.oval(0, 0.64, 0.048, 0.034, DARK, outline=None)
    pen.oval(0, 0.55, 0.03, 0.035, TONGUE)
    pen.arc(0, 0.6, 0.05, 0.03, 20, 160, DARK, 0.012)


def _rabbit(pen: Pen) -> None:
    fur, inner = (246, 242, 248), PINK
    for side in (-1, 1):
        pen.oval(side * 0.075, 0.8, 0.06, 0.18, fur)
        pen.oval(side * 0.075, 0.79, 0.028, 0.13, inner, outline=None)
    pen.oval(0, 0.2, 0.2, 0.2, fur)
    for side in (-1, 1):
        pen.oval(side * 0.1, 0.035, 0.085, 0.042, fur)
        pen.oval(side * 0.07, 0.26, 0.045, 0.035, fur)
    pen.oval(0, 0.5, 0.2, 0.17, fur)
    _animal_face(pen, 0.085, 0.52, 0.035, 0.455)
    pen.oval(0, 0.475, 0.022, 0.016, (238, 120, 150), outline=None)
    pen.rrect(-0.018, 0.41, 0.018, 0.445, 0.006, WHITE)


def _bear(pen: Pen) -> None:
    fur, light = (172, 122, 82), (234, 200, 156)
    for side in (-1, 1):
        pen.oval(side * 0.14, 0.07, 0.1, 0.08, fur)
        pen.oval(side * 0.14, 0.065, 0.055, 0.045, light, outline=None)
    pen.oval(0, 0.32, 0.27, 0.28, fur)
    pen.oval(0, 0.3, 0.17, 0.19, light, outline=None)
    for side in (-1, 1):
        pen.oval(side * 0.25, 0.38, 0.075, 0.12, fur)
        pen.oval(side * 0.19, 0.87, 0.08, 0.08, fur)
        pen.oval(side * 0.19, 0.87, 0.042, 0.042, light, outline=None)
    pen.oval(0, 0.7, 0.26, 0.22, fur)
    pen.oval(0, 0.635, 0.11, 0.08, light)
    _animal_face(pen, 0.1, 0.74, 0.042, 0.0)
    pen.oval(0, 0.665, 0.042, 0.03, DARK, outline=None)
    pen.arc(0, 0.63, 0.04, 0.025, 20, 160, DARK, 0.012)


def _fox(pen: Pen) -> None:
    fur, white, dark = (240, 132, 62), (252, 246, 238), (96, 66, 66)
    pen.line([(0.12, 0.1), (0.3, 0.12), (0.4, 0.26)], fur, 0.15)
    pen.oval(0.42, 0.3, 0.08, 0.08, white)
    pen.oval(0, 0.26, 0.2, 0.26, fur)
    pen.oval(0, 0.3, 0.11, 0.18, white, outline=None)
    for side in (-1, 1):
        pen.oval(side * 0.085, 0.04, 0.065, 0.045, dark)
        pen.poly([(side * 0.22, 0.72), (side * 0.19, 0.99), (side * 0.04, 0.82)], fur)
        pen.poly([(side * 0.18, 0.8), (side * 0.18, 0.93), (side * 0.1, 0.84)], dark, None)
    pen.oval(0, 0.68, 0.23, 0.17, fur)
    for side in (-1, 1):
        pen.oval(side * 0.1, 0.615, 0.11, 0.065, white, outline=None)
    _animal_face(pen, 0.09, 0.7, 0.042, 0.0)
    pen.oval(0, 0.61, 0.034, 0.024, DARK, outline=None)


def _bird(pen: Pen) -> None:
    body, belly, beak = (112, 176, 232), (218, 238, 252), (250, 172, 70)
    pen.poly([(-0.4, 0.55), (-0.72, 0.76), (-0.68, 0.42)], shade(body, 0.85))
    pen.oval(0, 0.5, 0.45, 0.38, body)
    pen.oval(0.08, 0.38, 0.28, 0.2, belly, outline=None)
    pen.poly([(-0.22, 0.62), (-0.04, 0.66), (-0.16, 1.0)], shade(body, 0.86))  # wing up
    pen.poly([(0.4, 0.6), (0.64, 0.53), (0.4, 0.46)], beak)
    pen.eye(0.2, 0.6, 0.075)
    pen.tint_oval(0.28, 0.46, 0.06, 0.04, (255, 120, 140, 95))


def _owl(pen: Pen) -> None:
    feather, belly, disc, wood = (168, 126, 96), (238, 216, 180), (255, 246, 224), (152, 110, 74)
    pen.rrect(-0.3, 0.0, 0.3, 0.2, 0.04, wood)
    pen.oval(0, 0.2, 0.3, 0.055, mix(wood, WHITE, 0.35))
    pen.oval(0, 0.2, 0.16, 0.028, mix(wood, WHITE, 0.2), outline=None)
    for side in (-1, 1):
        pen.poly([(side * 0.2, 0.78), (side * 0.24, 0.98), (side * 0.07, 0.84)], feather)
    pen.oval(0, 0.52, 0.25, 0.33, feather)
    pen.oval(0, 0.45, 0.16, 0.2, belly, outline=None)
    for x, y in ((-0.07, 0.48), (0.07, 0.48), (0.0, 0.4), (-0.07, 0.33), (0.07, 0.33)):
        pen.arc(x, y, 0.03, 0.02, 20, 160, shade(belly, 0.75), 0.012)
    for side in (-1, 1):
        pen.oval(side * 0.23, 0.47, 0.07, 0.17, shade(feather, 0.85))
        pen.oval(side * 0.1, 0.66, 0.1, 0.1, disc)
        pen.oval(side * 0.07, 0.225, 0.04, 0.025, (246, 170, 70))
    _animal_face(pen, 0.1, 0.66, 0.055, 0.0, cheeks=False)
    pen.poly([(-0.03, 0.6), (0.03, 0.6), (0, 0.545)], (246, 170, 70))


def _unicorn(pen: Pen) -> None:
    coat, hoof, horn = (252, 248, 254), (196, 176, 226), GOLD
    mane = ((246, 150, 196), (176, 140, 226), (130, 190, 240), (250, 210, 120))
    for i, x in enumerate((-0.33, -0.2, 0.12, 0.25)):
        c = coat if i % 2 else shade(coat, 0.93)
        pen.rrect(x - 0.045, 0.02, x + 0.045, 0.36, 0.03, c)
        pen.rrect(x - 0.05, 0.0, x + 0.05, 0.06, 0.015, hoof)
    for i, color in enumerate(mane[:3]):
        dy = i * 0.05
        pen.line([(-0.38, 0.5 - dy), (-0.52, 0.36 - dy), (-0.5, 0.18 - dy)], color, 0.06)
    pen.oval(-0.04, 0.46, 0.38, 0.18, coat)
    for i, color in reversed(list(enumerate(mane))):
        d = i * 0.035
        flow = [
            (0.3 - d * 0.6, 0.92 - d * 0.4),
            (0.2 - d, 0.76 - d * 0.3),
            (0.12 - d, 0.56 - d * 0.2),
        ]
        pen.line(flow, color, 0.06)
    pen.poly([(0.14, 0.5), (0.33, 0.52), (0.44, 0.8), (0.27, 0.84)], coat)
    pen.oval(0.42, 0.82, 0.13, 0.12, coat)
    pen.oval(0.53, 0.76, 0.09, 0.07, coat)
    pen.poly([(0.37, 0.91), (0.31, 1.02), (0.44, 0.94)], coat)  # ear
    pen.poly([(0.45, 0.92), (0.52, 1.12), (0.53, 0.9)], horn)
    pen.line([(0.36, 0.95), (0.44, 0.9), (0.47, 0.84)], mane[0], 0.04)  # forelock
    pen.eye(0.44, 0.83, 0.034)
    pen.tint_oval(0.49, 0.77, 0.035, 0.022, (255, 120, 140, 95))
    pen.oval(0.58, 0.77, 0.01, 0.01, shade(coat, 0.7), outline=None)


def _dinosaur(pen: Pen) -> None:
    skin, belly, plate = (112, 186, 210), (214, 240, 234), (250, 170, 90)
    pen.poly([(-0.3, 0.42), (-0.86, 0.12), (-0.8, 0.08), (-0.28, 0.22)], skin)
    for x in (-0.35, -0.18, 0.0, 0.17):
        pen.poly([(x - 0.07, 0.52), (x, 0.7), (x + 0.07, 0.52)], plate)
    for i, x in enumerate((-0.3, -0.12, 0.12, 0.28)):
        pen.rrect(x - 0.06, 0.0, x + 0.06, 0.25, 0.04, skin if i % 2 else shade(skin, 0.9))
    pen.oval(-0.02, 0.38, 0.38, 0.22, skin)
    pen.chord(-0.02, 0.38, 0.34, 0.18, 20, 160, belly, outline=None)
    pen.poly([(0.18, 0.4), (0.34, 0.42), (0.5, 0.8), (0.36, 0.84)], skin)
    pen.oval(0.5, 0.84, 0.16, 0.12, skin)
    for x, y in ((-0.2, 0.45), (-0.05, 0.5), (0.1, 0.44)):
        pen.oval(x, y, 0.04, 0.03, mix(skin, WHITE, 0.35), outline=None)
    pen.eye(0.52, 0.88, 0.035)
    pen.arc(0.55, 0.8, 0.07, 0.03, 20, 140, DARK, 0.012)
    pen.tint_oval(0.46, 0.8, 0.035, 0.022, (255, 120, 140, 95))


def _dragon(pen: Pen) -> None:
    scales, belly, wing, horn = (120, 196, 124), (250, 228, 146), (182, 150, 218), (255, 244, 214)
    for side in (-1, 1):
        pts = [(0.12, 0.5), (0.5, 0.82), (0.44, 0.62), (0.56, 0.56), (0.42, 0.44), (0.18, 0.34)]
        pen.poly([(side * x, y) for x, y in pts], wing)
    pen.line([(0.15, 0.08), (0.36, 0.08), (0.44, 0.22)], scales, 0.07)
    pen.poly([(0.44, 0.2), (0.53, 0.32), (0.4, 0.3)], scales)
    pen.oval(0, 0.3, 0.24, 0.3, scales)
    pen.oval(0, 0.27, 0.15, 0.22, belly, outline=None)
    for y in (0.16, 0.24, 0.32, 0.4):
        pen.arc(0, y, 0.11, 0.03, 20, 160, shade(belly, 0.8), 0.01)
    for side in (-1, 1):
        pen.oval(side * 0.12, 0.04, 0.08, 0.05, scales)
        pen.oval(side * 0.2, 0.37, 0.05, 0.08, scales)
        pen.poly([(side * 0.07, 0.88), (side * 0.13, 1.0), (side * 0.16, 0.86)], horn)
    for x in (-0.06, 0.0, 0.06):
        pen.poly([(x - 0.03, 0.9), (x, 0.96), (x + 0.03, 0.9)], belly)
    pen.oval(0, 0.72, 0.25, 0.2, scales)
    pen.oval(0, 0.65, 0.14, 0.085, mix(scales, WHITE, 0.35))
    _animal_face(pen, 0.1, 0.77, 0.045, 0.0)
    for side in (-1, 1):
        pen.oval(side * 0.04, 0.67, 0.012, 0.01, shade(scales, 0.6), outline=None)
    pen.arc(0, 0.63, 0.05, 0.025, 20, 160, DARK, 0.012)


def _turtle(pen: Pen) -> None:
    shell, skin = (118, 172, 92), (192, 218, 130)
    for x in (-0.45, 0.4):
        pen.oval(x, 0.1, 0.13, 0.1, skin)
    pen.poly([(-0.55, 0.3), (-0.78, 0.22), (-0.55, 0.2)], skin)
    pen.poly([(0.45, 0.3), (0.66, 0.5), (0.76, 0.38), (0.52, 0.22)], skin)
    pen.oval(0.78, 0.5, 0.18, 0.16, skin)
    pen.chord(0, 0.26, 0.62, 0.68, 180, 360, shell)
    for x, y, r in ((0.0, 0.62, 0.13), (-0.32, 0.45, 0.11), (0.32, 0.45, 0.11), (0, 0.38, 0.09)):
        pen.oval(x, y, r, r * 0.8, mix(shell, WHITE, 0.3))
    pen.rrect(-0.66, 0.18, 0.66, 0.3, 0.05, shade(shell, 0.85))
    pen.eye(0.82, 0.54, 0.04)
    pen.arc(0.85, 0.45, 0.06, 0.03, 20, 150, DARK, 0.014)
    pen.tint_oval(0.74, 0.46, 0.035, 0.022, (255, 120, 140, 95))


def _whale(pen: Pen) -> None:
    body, belly, spray = (98, 148, 212), (206, 228, 248), (186, 226, 250)
    pen.line([(0.3, 0.84), (0.3, 1.02)], spray, 0.045, outline=None)
    for side in (-1, 1):
        pen.line(
            [(0.3, 1.02), (0.3 + side * 0.1, 1.1), (0.3 + side * 0.17, 1.02)], spray, 0.04, None
        )
        pen.oval(0.3 + side * 0.19, 0.96, 0.025, 0.032, spray, outline=None)
    pen.poly([(-0.55, 0.45), (-0.98, 0.78), (-0.82, 0.48), (-0.98, 0.2)], body)
    pen.oval(0, 0.45, 0.72, 0.4, body)
    pen.chord(0.02, 0.45, 0.68, 0.37, 15, 165, belly, outline=None)
    for x in (-0.2, 0.0, 0.2):
        pen.line([(x, 0.24), (x + 0.06, 0.14)], shade(belly, 0.82), 0.014, None, caps=False)
    pen.poly([(0.08, 0.3), (-0.14, 0.14), (-0.2, 0.2), (-0.06, 0.32)], shade(body, 0.88))  # flipper
    pen.eye(0.42, 0.52, 0.05)
    pen.arc(0.5, 0.42, 0.12, 0.06, 20, 120, DARK, 0.016)
    pen.tint_oval(0.36, 0.42, 0.06, 0.035, (255, 120, 140, 95))


def _robot(pen: Pen) -> None:
    metal, screen, glow = (190, 200, 216), (58, 78, 102), (128, 240, 226)
    for side in (-1, 1):
        pen.rrect(side * 0.09 - 0.04, 0.06, side * 0.09 + 0.04, 0.16, 0.01, shade(metal, 0.85))
        pen.rrect(side * 0.09 - 0.07, 0.0, side * 0.09 + 0.07, 0.07, 0.03, shade(metal, 0.75))
        pen.line([(side * 0.19, 0.44), (side * 0.29, 0.3)], shade(metal, 0.9), 0.05)
        pen.oval(side * 0.3, 0.27, 0.045, 0.045, (240, 120, 110))
        pen.rrect(side * 0.22, 0.66, side * 0.265, 0.78, 0.015, (240, 120, 110))
    pen.rrect(-0.2, 0.14, 0.2, 0.52, 0.06, metal)
    pen.rrect(-0.12, 0.22, 0.12, 0.42, 0.03, shade(metal, 0.88))
    for x, c in ((-0.065, (240, 100, 100)), (0.0, (250, 210, 90)), (0.065, (110, 200, 120))):
        pen.oval(x, 0.34, 0.025, 0.025, c)
    pen.rrect(-0.05, 0.5, 0.05, 0.57, 0.01, shade(metal, 0.8))
    pen.line([(0, 0.87), (0, 0.96)], shade(metal, 0.7), 0.02)
    pen.oval(0, 0.985, 0.04, 0.04, (240, 100, 100))
    pen.rrect(-0.23, 0.55, 0.23, 0.88, 0.08, metal)
    pen.rrect(-0.17, 0.6, 0.17, 0.83, 0.05, screen)
    for side in (-1, 1):
        pen.oval(side * 0.075, 0.73, 0.032, 0.042, glow, outline=None)
    pen.arc(0, 0.68, 0.05, 0.03, 20, 160, glow, 0.014)


def _animal_face(
    pen: Pen, dx: float, y: float, r: float, cheek_y: float, cheeks: bool = True
) -> None:
    for side in (-1, 1):
        pen.eye(side * dx, y, r)
    if cheeks:
        pen.cheeks(dx * 1.45, cheek_y or y - r * 1.6, r * 0.9)


@dataclass(frozen=True)
class Species:
    """How to draw a companion and how much room it takes.

    `height` is a fraction of the picture height; `half_width` and `top` are in figure units.
    `flies` puts it in the sky instead of on the ground.
    """

    draw: Callable[[Pen], None]
    height: float
    half_width: float
    top: float = 1.0
    flies: bool = False
    sideways: bool = False
    can_fly: bool = False  # may be placed in the air when the ground is crowded


SPECIES: dict[str, Species] = {
    "cat": Species(_cat, 0.2, 0.4),
    "dog": Species(_dog, 0.22, 0.42),
    "rabbit": Species(_rabbit, 0.24, 0.26),
    "bear": Species(_bear, 0.3, 0.34),
    "fox": Species(_fox, 0.22, 0.5),
    "bird": Species(_bird, 0.075, 0.74, flies=True, sideways=True),
    "owl": Species(_owl, 0.24, 0.32),
    "unicorn": Species(_unicorn, 0.32, 0.64, top=1.12, sideways=True),
    "dinosaur": Species(_dinosaur, 0.28, 0.86, sideways=True),
    "turtle": Species(_turtle, 0.13, 0.96, sideways=True),
    "whale": Species(_whale, 0.2, 1.0, top=1.18, flies=True, sideways=True),
    "robot": Species(_robot, 0.28, 0.34, top=1.03),
    "dragon": Species(_dragon, 0.3, 0.58, can_fly=True),
    "friend": Species(lambda pen: None, 0.42, 0.3, top=1.07),
}

CHILD_TOP = 1.07 - _DROP


def child_half_width(look: CharacterLook) -> float:
    """How far the child reaches sideways, in figure units (hands, or big hair)."""
    if look.hair_texture == "afro":
        return 0.32
    if look.hair_tie == "pigtails":
        return 0.29
    return 0.245
