"""Reading free English for the procedural painter: the scene and the main character's look.

Keyword-based and forgiving on purpose: the prompts come from a language model, so every part has
a stable default and nothing here ever raises on odd input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RGB = tuple[int, int, int]

DEFAULT_SETTING = "meadow"
DEFAULT_TIME = "afternoon"

# Strong words name a place outright; weak words only hint at one (a meadow "under the sky" is
# still a meadow), so they count only when no strong word is present.
_SETTING_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "forest": (("forest", "woods", "woodland", "jungle"), ("trees",)),
    "meadow": (("meadow", "field", "prairie"), ("grass", "hill", "hills")),
    "beach": (("beach", "seaside", "shore", "seashore", "sandcastle"), ("sand", "waves")),
    "ocean": (("ocean", "underwater", "under the sea", "reef", "sea"), ("fish", "mermaid")),
    "mountain": (("mountain", "mountains", "peak", "summit", "cliff"), ("snow",)),
    "village": (("village", "town", "street", "market"), ("houses", "house", "home")),
    "castle": (("castle", "palace", "kingdom", "tower"), ("king", "queen", "princess", "knight")),
    "garden": (("garden", "flowerbed", "greenhouse"), ("flowers", "flower")),
    "bedroom": (("bedroom", "bed", "nursery"), ("room", "pillow", "bedtime", "pajamas")),
    "school": (("school", "classroom", "kindergarten", "library"), ("teacher", "lesson")),
    "sky": (("clouds", "cloud", "rainbow", "balloon"), ("sky", "flying", "flies")),
    "space": (("space", "planet", "planets", "rocket", "galaxy", "spaceship"), ("astronaut",)),
    "river": (("river", "stream", "lake", "pond", "bridge", "creek"), ("water",)),
    "cave": (("cave", "cavern", "tunnel", "grotto"), ("crystals",)),
    "park": (("park", "playground", "swing", "swings", "slide"), ("bench", "picnic")),
    "kitchen": (("kitchen", "bakery", "oven"), ("cooking", "baking", "cake", "cookies")),
}

_TIME_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "morning": (("morning", "sunrise", "dawn", "daybreak"), ("breakfast", "wakes up")),
    "noon": (("noon", "midday", "lunchtime"), ("lunch",)),
    "afternoon": (("afternoon",), ()),
    "sunset": (("sunset", "dusk", "golden hour"), ("sundown",)),
    "evening": (("evening", "twilight"), ("dinner", "supper")),
    "night": (
        ("night", "midnight", "nighttime", "tonight"),
        ("moon", "moonlight", "stars", "starry", "bedtime", "dark", "asleep", "dream", "dreams"),
    ),
}

# Singular and plural spellings; a plural asks for two (three birds make a flock).
_COMPANION_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "dragon": (("dragon",), ("dragons",)),
    "cat": (("cat", "kitten", "kitty"), ("cats", "kittens")),
    "dog": (("dog", "puppy", "doggy"), ("dogs", "puppies")),
    "rabbit": (("rabbit", "bunny", "hare"), ("rabbits", "bunnies")),
    "bear": (("bear", "teddy"), ("bears",)),
    "fox": (("fox",), ("foxes",)),
    "bird": (("bird", "sparrow", "robin"), ("birds",)),
    "owl": (("owl",), ("owls",)),
    "unicorn": (("unicorn",), ("unicorns",)),
    "dinosaur": (("dinosaur", "dino", "t-rex"), ("dinosaurs",)),
    "turtle": (("turtle", "tortoise"), ("turtles",)),
    "whale": (("whale",), ("whales",)),
    "robot": (("robot",), ("robots",)),
    "friend": (("friend", "buddy"), ("friends", "children", "kids")),
}

MAX_COMPANIONS = 5

# Picture-book versions of the named colors: recognisable, slightly softened.
COLORS: dict[str, RGB] = {
    "red": (222, 72, 72),
    "orange": (246, 148, 58),
    "yellow": (250, 208, 68),
    "green": (98, 178, 98),
    "blue": (78, 138, 218),
    "purple": (150, 98, 200),
    "pink": (244, 148, 188),
    "brown": (140, 94, 60),
    "black": (52, 46, 54),
    "white": (246, 245, 240),
    "gray": (150, 150, 158),
    "golden": (234, 184, 66),
    "teal": (48, 168, 168),
    "auburn": (158, 70, 44),
}
_COLOR_ALIASES = {
    "grey": "gray",
    "silver": "gray",
    "gold": "golden",
    "navy": "blue",
    "violet": "purple",
    "lilac": "purple",
    "lavender": "purple",
    "turquoise": "teal",
    "cream": "white",
    "beige": "white",
    "maroon": "red",
    "crimson": "red",
    "scarlet": "red",
    "mint": "green",
    "lime": "green",
    "ginger": "auburn",
}
_LIGHTER = ("light", "pale", "pastel", "lilac", "lavender", "mint", "cream", "beige", "baby")
_DARKER = ("dark", "deep", "navy", "maroon")

HAIR_COLORS: dict[str, RGB] = {
    "black": (48, 38, 44),
    "brown": (112, 72, 44),
    "golden": (236, 196, 104),
    "auburn": (168, 76, 44),
    "white": (236, 232, 226),
    "gray": (170, 168, 170),
}
_HAIR_ALIASES = {
    "blonde": "golden",
    "blond": "golden",
    "yellow": "golden",
    "red": "auburn",
    "ginger": "auburn",
    "orange": "auburn",
    "silver": "gray",
    "grey": "gray",
}

SKIN_TONES: dict[str, RGB] = {
    "light": (255, 224, 200),
    "light brown": (226, 174, 132),
    "tan": (206, 154, 108),
    "brown": (168, 112, 74),
    "dark brown": (122, 80, 54),
    "dark": (100, 66, 46),
}
_SKIN_ALIASES = {
    "fair": "light",
    "pale": "light",
    "peach": "light",
    "rosy": "light",
    "pink": "light",
    "white": "light",
    "light-brown": "light brown",
    "golden": "tan",
    "olive": "tan",
    "medium": "tan",
    "caramel": "tan",
    "honey": "tan",
    "warm": "light brown",
    "dark-brown": "dark brown",
    "deep": "dark",
    "black": "dark",
    "ebony": "dark",
}

_TOPS = {
    "sweater": "sweater",
    "jumper": "sweater",
    "pullover": "sweater",
    "cardigan": "sweater",
    "raincoat": "raincoat",
    "coat": "raincoat",
    "jacket": "raincoat",
    "anorak": "raincoat",
    "dress": "dress",
    "pinafore": "dress",
    "t-shirt": "t-shirt",
    "tshirt": "t-shirt",
    "tee": "t-shirt",
    "shirt": "t-shirt",
    "blouse": "t-shirt",
    "hoodie": "hoodie",
    "sweatshirt": "hoodie",
}
_BOTTOMS = {
    "trousers": "trousers",
    "pants": "trousers",
    "jeans": "trousers",
    "leggings": "trousers",
    "skirt": "skirt",
    "shorts": "shorts",
    "overalls": "overalls",
    "dungarees": "overalls",
}
_SHOES = {
    "shoes": "shoes",
    "sandals": "shoes",
    "slippers": "shoes",
    "boots": "boots",
    "wellies": "boots",
    "wellingtons": "boots",
    "sneakers": "sneakers",
    "trainers": "sneakers",
    "runners": "sneakers",
}
_GARMENT_DEFAULT_COLORS = {"jeans": "blue", "wellies": "green", "wellingtons": "green"}


@dataclass(frozen=True)
class Scene:
    """What a prompt asks to see: where, when, and who comes along."""

    setting: str = DEFAULT_SETTING
    time_of_day: str = DEFAULT_TIME
    companions: tuple[str, ...] = ()


@dataclass(frozen=True)
class CharacterLook:
    """Every visual fact about the main child; the same design always gives the same look."""

    hair_color: RGB = HAIR_COLORS["brown"]
    hair_length: str = "short"  # short | long
    hair_texture: str = "straight"  # straight | wavy | curly | afro
    hair_tie: str = "none"  # none | ponytail | pigtails | braids | bun
    skin: RGB = SKIN_TONES["light brown"]
    top_kind: str = "sweater"
    top_color: RGB = COLORS["teal"]
    bottom_kind: str | None = "trousers"  # None: a dress with bare legs
    bottom_color: RGB = COLORS["blue"]
    shoe_kind: str = "shoes"
    shoe_color: RGB = COLORS["brown"]
    glasses: bool = False
    freckles: bool = False


def _find(text: str, phrase: str) -> int:
    """Position of `phrase` as whole words in `text`, or -1."""
    match = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)
    return match.start() if match else -1


def _earliest(text: str, table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> str | None:
    """The key whose words appear first, trying strong words before weak ones."""
    for tier in (0, 1):
        best: tuple[int, str] | None = None
        for key, words in table.items():
            for word in words[tier]:
                pos = _find(text, word)
                if pos >= 0 and (best is None or pos < best[0]):
                    best = (pos, key)
        if best is not None:
            return best[1]
    return None


def _not_a_pet(text: str, pos: int) -> bool:
    """A "dragon friend" or "furry friend" is an animal already counted, not another child."""
    before = text[:pos].split()
    return not before or before[-1] not in _PET_WORDS


_PET_WORDS = {w for words in _COMPANION_WORDS.values() for w in words[0] + words[1]} | {
    "furry",
    "animal",
    "feathered",
    "pet",
    "fluffy",
}


def parse_scene(text: str) -> Scene:
    """Setting, time of day and companions named in a free English scene description."""
    low = " ".join(text.lower().split())
    setting = _earliest(low, _SETTING_WORDS) or DEFAULT_SETTING
    time_of_day = _earliest(low, _TIME_WORDS) or DEFAULT_TIME
    found: list[tuple[int, str, int]] = []
    for kind, (singular, plural) in _COMPANION_WORDS.items():
        hits = [(p, 2 if kind != "bird" else 3) for w in plural if (p := _find(low, w)) >= 0]
        hits += [(p, 1) for w in singular if (p := _find(low, w)) >= 0]
        if kind == "friend":
            hits = [hit for hit in hits if _not_a_pet(low, hit[0])]
        if hits:
            pos, count = min(hits)
            found.append((pos, kind, count))
    companions: list[str] = []
    for _, kind, count in sorted(found):
        companions.extend([kind] * count)
    return Scene(setting, time_of_day, tuple(companions[:MAX_COMPANIONS]))


def _color_in(words: list[str], palette: dict[str, RGB], aliases: dict[str, str]) -> RGB | None:
    """The last color word in `words` (nearest the noun), with light/dark modifiers applied."""
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        name = aliases.get(word, word)
        if name not in palette:
            continue
        color = palette[name]
        modifiers = set(words[max(0, i - 1) : i + 1])
        if modifiers & set(_LIGHTER):
            color = _mix(color, (255, 255, 255), 0.35)
        elif modifiers & set(_DARKER):
            color = tuple(round(v * 0.7) for v in color)  # type: ignore[assignment]
        return color
    return None


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+(?:-[a-z]+)?", text)


_STYLE_WORDS = {
    "afro",
    "curls",
    "ringlets",
    "pigtails",
    "bunches",
    "braids",
    "plaits",
    "ponytail",
    "bun",
    "topknot",
}


def _parse_hair(low: str) -> dict[str, object]:
    """Hair facts from the clause around the word "hair"."""
    found: dict[str, object] = {}
    match = re.search(r"([^,;.]*?)\bhair\b([^,;.]*)", low)
    if match:
        before = _words(match.group(1).split(" with ")[-1])
        words = before + _words(match.group(2))
    else:
        # "with an afro", "with pigtails": styles that name the hair without the word.
        before, words = [], [w for w in _words(low) if w in _STYLE_WORDS]
    color = _color_in(before, HAIR_COLORS, _HAIR_ALIASES)
    if color is None:
        color = _color_in(before, COLORS, {})  # dyed hair: any palette color
    if "light" in before and "brown" in before:
        color = (164, 112, 70)
    if color is not None:
        found["hair_color"] = color
    if {"long", "shoulder-length", "flowing"} & set(words):
        found["hair_length"] = "long"
    if {"afro", "coily", "kinky"} & set(words):
        found["hair_texture"] = "afro"
    elif {"curly", "curls", "ringlets"} & set(words):
        found["hair_texture"] = "curly"
    elif {"wavy", "waves"} & set(words):
        found["hair_texture"] = "wavy"
    for tie, keys in (
        ("pigtails", ("pigtails", "bunches")),
        ("braids", ("braids", "braid", "plaits", "braided", "plaited")),
        ("ponytail", ("ponytail",)),
        ("bun", ("bun", "topknot")),
    ):
        if set(keys) & set(words):
            found["hair_tie"] = tie
            break
    return found


def _parse_skin(low: str) -> RGB | None:
    match = re.search(r"\b(?:([a-z-]+)\s+)?([a-z-]+)\s+(?:skin|complexion)\b", low)
    if not match:
        return None
    first, second = match.group(1) or "", match.group(2)
    pair = f"{first} {second}"
    if pair in SKIN_TONES:
        return SKIN_TONES[pair]
    if first in ("dark", "deep") and second == "brown":
        return SKIN_TONES["dark brown"]
    if first in ("light", "pale") and second in ("brown", "olive", "tan"):
        return SKIN_TONES["light brown"]
    name = _SKIN_ALIASES.get(second, second)
    return SKIN_TONES.get(name)


def _parse_clothes(low: str) -> dict[str, object]:
    """Top, bottom and shoes from the "wearing ..." list, item by item."""
    found: dict[str, object] = {}
    wearing = low.split("wearing", 1)[1] if "wearing" in low else low
    for item in re.split(r",|;|\band\b|\bwith\b|\.", wearing):
        words = _words(item)
        for index, word in enumerate(words):
            for table, kind_key, color_key in (
                (_TOPS, "top_kind", "top_color"),
                (_BOTTOMS, "bottom_kind", "bottom_color"),
                (_SHOES, "shoe_kind", "shoe_color"),
            ):
                if word not in table or kind_key in found:
                    continue
                found[kind_key] = table[word]
                color = _color_in(words[:index], COLORS, _COLOR_ALIASES)
                if color is None and word in _GARMENT_DEFAULT_COLORS:
                    color = COLORS[_GARMENT_DEFAULT_COLORS[word]]
                if color is not None:
                    found[color_key] = color
    return found


def parse_character(design: str) -> CharacterLook:
    """The child's look from a design such as "Mina, a 5-year-old child with short curly black
    hair, light brown skin, wearing a yellow sweater, blue trousers and red shoes"."""
    low = " ".join(design.lower().split())
    fields: dict[str, object] = {}
    fields.update(_parse_hair(low))
    skin = _parse_skin(low)
    if skin is not None:
        fields["skin"] = skin
    fields.update(_parse_clothes(low))
    if fields.get("top_kind") == "dress" and "bottom_kind" not in fields:
        fields["bottom_kind"] = None
    fields["glasses"] = bool(re.search(r"\b(glasses|spectacles)\b", low))
    fields["freckles"] = "freckle" in low
    return CharacterLook(**fields)  # type: ignore[arg-type]
