"""A finished book saved into a folder: the story JSON, every clip and picture under the plan's
storage layout, `book.epub` and `result.json`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from moretale_client.api import MoreTale


def asset_urls(result: dict[str, Any]) -> Iterator[str]:
    """Every URL of a result: story and quiz JSON, cover, each page's clips, picture and words."""
    for name in ("story_json_url", "quiz_json_url", "cover_url"):
        if result.get(name):
            yield result[name]
    for page in result.get("pages", []):
        for name in ("audio_primary_url", "audio_secondary_url", "illustration_url"):
            if page.get(name):
                yield page[name]
        for word in page.get("vocabulary", []):
            for name in ("audio_primary_url", "audio_secondary_url"):
                if word.get(name):
                    yield word[name]


def layout_path(url: str, story_id: str) -> Path:
    """Where an asset goes in the book's folder: its object key after `{story_id}/`
    (`audio/01_korean/page_01_primary.wav`), which every URL carries in its path."""
    path = unquote(urlsplit(url).path)
    marker = f"/{story_id}/"
    if marker not in path:
        raise ValueError(f"not an asset of {story_id}: {url}")
    relative = Path(path.split(marker, 1)[1])
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"unsafe asset path in {url}")
    return relative


def save_book(client: MoreTale, story_id: str, folder: Path) -> list[Path]:
    """Download the book into `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    result = client.result(story_id)
    written = []
    for url in asset_urls(result):
        target = folder / layout_path(url, story_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(client.fetch(url))
        written.append(target)
    if result.get("epub_url"):
        epub = folder / "book.epub"
        epub.write_bytes(client.epub(story_id))
        written.append(epub)
    result_file = folder / "result.json"
    result_file.write_text(json.dumps(result, ensure_ascii=False, indent=2))
    written.append(result_file)
    return written
