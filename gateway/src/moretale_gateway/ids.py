"""Story ids in the plan's readable form, made unguessable.

`20260218_143701_story_mina-friendship_7k2m9x4q3p5w` — the timestamp and slug keep it readable
and sortable; 60 random bits keep anyone from guessing another family's book.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from slugify import slugify

_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32, lowercase


def new_story_id(child_name: str, theme: str, now: datetime) -> str:
    """A new URL-safe story id."""
    slug = slugify(f"{child_name} {theme}", max_length=40, word_boundary=True) or "book"
    bits = secrets.randbits(60)  # one read of the OS's randomness, not one per character
    random = "".join(_ALPHABET[(bits >> shift) & 31] for shift in range(0, 60, 5))
    return f"{now:%Y%m%d_%H%M%S}_story_{slug}_{random}"
