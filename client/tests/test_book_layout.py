"""Where the command saves each asset, and which key it uses by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from moretale_client.api import default_key
from moretale_client.book import asset_urls, layout_path

SID = "20261206_120000_story_mina-friendship_abc"


@pytest.mark.parametrize(
    ("url", "path"),
    [
        # The embedded default's signed local URL.
        (
            f"http://127.0.0.1:8004/files/{SID}/audio/01_korean/page_01_primary.wav?expires=1&signature=x",
            "audio/01_korean/page_01_primary.wav",
        ),
        # A presigned S3 URL: bucket first, then the key.
        (
            f"https://s3.example/books/{SID}/illustrations/cover.png?X-Amz-Signature=y",
            "illustrations/cover.png",
        ),
        (f"http://h/files/{SID}/story_gemini-2.5-flash.json?e=1", "story_gemini-2.5-flash.json"),
    ],
)
def test_assets_keep_the_storage_layout(url: str, path: str) -> None:
    assert layout_path(url, SID) == Path(path)


@pytest.mark.parametrize(
    "url", ["http://h/files/other/audio/x.wav", f"http://h/files/{SID}/../../etc/passwd"]
)
def test_a_url_outside_the_book_is_refused(url: str) -> None:
    with pytest.raises(ValueError):
        layout_path(url, SID)


def test_every_url_of_a_result_is_found() -> None:
    result = {
        "story_json_url": "s",
        "quiz_json_url": None,
        "cover_url": "c",
        "pages": [
            {
                "audio_primary_url": "a1",
                "audio_secondary_url": None,
                "illustration_url": "i1",
                "vocabulary": [{"audio_primary_url": "w1", "audio_secondary_url": "w2"}],
            }
        ],
    }
    assert list(asset_urls(result)) == ["s", "c", "a1", "i1", "w1", "w2"]


def test_the_key_comes_from_the_environment_then_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MORETALE_API_KEY", raising=False)
    assert default_key(tmp_path) is None
    (tmp_path / "api-key").write_text("mt_secret\n")
    assert default_key(tmp_path) == "mt_secret"
    monkeypatch.setenv("MORETALE_API_KEY", "from-env")
    assert default_key(tmp_path) == "from-env"
