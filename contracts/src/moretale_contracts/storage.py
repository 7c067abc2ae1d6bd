"""The storage layout under one bucket (from the plan), as key builders."""

from __future__ import annotations

from moretale_contracts.events import AudioRole
from moretale_contracts.languages import resolve_language


def story_key(story_id: str, story_model: str) -> str:
    """`{story_id}/story_{story_model}.json`."""
    return f"{story_id}/story_{story_model}.json"


def quiz_key(story_id: str, story_model: str) -> str:
    """`{story_id}/quiz_{story_model}.json`."""
    return f"{story_id}/quiz_{story_model}.json"


def audio_key(story_id: str, page_number: int, role: AudioRole, language: str) -> str:
    """`{story_id}/audio/01_{primary_slug}/page_01_primary.wav` (02_ for the secondary)."""
    folder = "01" if role is AudioRole.PRIMARY else "02"
    slug = resolve_language(language).slug
    return f"{story_id}/audio/{folder}_{slug}/page_{page_number:02d}_{role.value}.wav"


def vocabulary_audio_key(
    story_id: str, page_number: int, index: int, role: AudioRole, language: str
) -> str:
    """`{story_id}/audio/vocabulary/page_01_word_1_primary_korean.wav`: one clip per word."""
    slug = resolve_language(language).slug
    name = f"page_{page_number:02d}_word_{index + 1}_{role.value}_{slug}.wav"
    return f"{story_id}/audio/vocabulary/{name}"


def illustration_key(story_id: str, page_number: int) -> str:
    """`{story_id}/illustrations/page_01.png`; page 0 is `cover.png`."""
    name = "cover" if page_number == 0 else f"page_{page_number:02d}"
    return f"{story_id}/illustrations/{name}.png"


def audio_manifest_key(story_id: str) -> str:
    return f"{story_id}/audio/manifest.json"


def illustrations_manifest_key(story_id: str) -> str:
    return f"{story_id}/illustrations/manifest.json"


def epub_key(story_id: str) -> str:
    """`{story_id}/book.epub`: the finished book as an EPUB 3 with Media Overlays."""
    return f"{story_id}/book.epub"


def result_key(story_id: str) -> str:
    return f"{story_id}/result.json"


def story_prefix(story_id: str) -> str:
    """Every object of a story starts with this."""
    return f"{story_id}/"
