"""The book's look, fixed from the request before any text is written.

Both writers take it as given, so illustration-service can paint the cover (the character
reference every page is painted against) while the story is still being written: the first
picture no longer waits for the text.
"""

from __future__ import annotations

import hashlib

from moretale_contracts.api import StoryCreate
from moretale_contracts.languages import resolve_language
from moretale_contracts.story import BookDesign
from story_service.names import name_in
from story_service.writers.composer_lang import has_han, has_hangul, has_kana

# The main character's look. Dresses and skirts are left out because the child's gender is
# unknown; orange tops are left out because the fixed "wearing a {color}" would say "a orange".
HAIR_STYLES = (
    "short curly",
    "short straight",
    "short wavy",
    "curly",
    "wavy",
    "shoulder-length straight",
    "shoulder-length wavy",
    "long straight",
)
HAIR_COLORS = ("black", "brown", "golden", "red", "auburn")
SKINS = ("fair", "light", "light brown", "olive", "tan", "brown", "dark brown")
TOPS = ("sweater", "raincoat", "t-shirt", "hoodie")
TOP_COLORS = ("red", "yellow", "green", "blue", "purple", "pink", "teal", "white", "gray")
BOTTOMS = ("trousers", "shorts", "overalls")
BOTTOM_COLORS = ("blue", "brown", "black", "gray", "green", "red", "purple", "teal", "orange")
SHOES = ("shoes", "boots", "sneakers")
SHOE_COLORS = (
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "purple",
    "pink",
    "brown",
    "black",
    "white",
    "gray",
    "golden",
    "teal",
)


def main_character_design(
    name: str, age: int, primary_code: str = "en", written: str | None = None
) -> str:
    """The child's look in the fixed English form a procedural painter parses.

    Features come from a hash of the name; `written` is how the (English) design writes the
    name, when that differs from the name as given (하린 → Harin). A name written in Hangul,
    kana or Han, or a book whose first language is Korean, Japanese or Chinese, draws hair
    and skin from the tones most families there would recognise.
    """
    digest = hashlib.sha256(f"moretale-look:{name}".encode()).digest()
    east_asian = (
        has_hangul(name) or has_kana(name) or has_han(name) or primary_code in ("ko", "ja", "zh")
    )
    hair_colors = ("black", "brown") if east_asian else HAIR_COLORS
    skins = ("fair", "light", "light brown") if east_asian else SKINS
    hair_style = HAIR_STYLES[digest[0] % len(HAIR_STYLES)]
    hair_color = hair_colors[digest[1] % len(hair_colors)]
    skin = skins[digest[2] % len(skins)]
    top = TOPS[digest[3] % len(TOPS)]
    top_color = TOP_COLORS[digest[4] % len(TOP_COLORS)]
    bottoms = [c for c in BOTTOM_COLORS if c != top_color]
    bottom = BOTTOMS[digest[5] % len(BOTTOMS)]
    bottom_color = bottoms[digest[6] % len(bottoms)]
    shoe_colors = [c for c in SHOE_COLORS if c != bottom_color]
    shoes = SHOES[digest[7] % len(SHOES)]
    shoe_color = shoe_colors[digest[8] % len(shoe_colors)]
    return (
        f"{written or name}, {'an' if age in (8, 11, 18) else 'a'} {age}-year-old child with "
        f"{hair_style} {hair_color} hair, {skin} skin, "
        f"wearing a {top_color} {top}, {bottom_color} {bottom} and {shoe_color} {shoes}"
    )


def character_of(request: StoryCreate) -> str:
    """The child's look for a request, the name written as English writes it."""
    primary = resolve_language(request.primary_lang).code
    written = name_in("en", request)
    return main_character_design(request.child_name, request.child_age, primary, written)


def book_design(image_style: str, character: str, cover_scene: str) -> BookDesign:
    """The design with its illustration prefix: `image_style` + the main character."""
    style = image_style.strip()
    return BookDesign(
        image_style=style,
        main_character_design=character,
        illustration_prefix=f"{style.rstrip('.')}. Main character: {character.rstrip('.')}.",
        cover_scene=cover_scene,
    )
