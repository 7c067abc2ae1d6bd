"""The local object store: atomic writes, prefix deletes, signed URLs that expire."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from moretale_kit.settings import CommonSettings
from moretale_kit.store import LocalObjectStore, ObjectNotFound, open_store, url_secret


@pytest.fixture
def store(tmp_path: Path) -> LocalObjectStore:
    return LocalObjectStore(tmp_path / "objects", "http://assets.test/", b"k" * 32)


async def test_put_get_exists_delete(store: LocalObjectStore) -> None:
    await store.put("s1/audio/01_korean/page_01_primary.wav", b"RIFF", "audio/wav")
    await store.put("s1/result.json", b"{}", "application/json")
    await store.put("s2/result.json", b"{}", "application/json")
    assert await store.get("s1/result.json") == b"{}"
    assert await store.exists("s1/audio/01_korean/page_01_primary.wav")
    assert not await store.exists("s1/missing.json")
    with pytest.raises(ObjectNotFound):
        await store.get("s1/missing.json")
    assert await store.delete_prefix("s1/") == 2
    assert not await store.exists("s1/result.json")
    assert not (store.root / "s1").exists()
    assert await store.exists("s2/result.json")
    assert not list(store.root.rglob("*.tmp"))


async def test_a_prefix_delete_walks_only_its_folder_and_skips_vanishing_files(
    store: LocalObjectStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.put("s1/illustrations/page_01.png", b"png", "image/png")
    await store.put("s2/result.json", b"{}", "application/json")
    walked: list[Path] = []
    rglob = Path.rglob

    def spy(self: Path, pattern: str) -> list[Path]:
        found = list(rglob(self, pattern))
        walked.extend(found)
        # A temporary file renamed away by a writer between the walk and the delete.
        return [*found, self / "illustrations" / ".page_02.png.0000.tmp"]

    monkeypatch.setattr(Path, "rglob", spy)
    assert await store.delete_prefix("s1/") == 1
    assert walked and all(p.is_relative_to(store.root / "s1") for p in walked)
    assert not (store.root / "s1").exists() and await store.exists("s2/result.json")


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs", "a//b", "a/./b", ""])
async def test_keys_cannot_escape_the_folder(store: LocalObjectStore, key: str) -> None:
    with pytest.raises(ValueError):
        await store.put(key, b"x", "text/plain")


def test_signed_urls_verify_and_expire(store: LocalObjectStore) -> None:
    url = store.url("s1/illustrations/cover.png", timedelta(minutes=5))
    parts = urlsplit(url)
    assert parts.netloc == "assets.test"
    assert parts.path == "/files/s1/illustrations/cover.png"
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    expires = int(query["expires"])
    assert time.time() + 290 < expires <= time.time() + 300
    assert store.verify("s1/illustrations/cover.png", expires, query["signature"])
    assert not store.verify("s1/illustrations/page_01.png", expires, query["signature"])
    assert not store.verify("s1/illustrations/cover.png", expires + 1, query["signature"])
    past = int(time.time()) - 1
    assert not store.verify("s1/illustrations/cover.png", past, store.signature("k", past))


def test_another_secret_does_not_verify(store: LocalObjectStore, tmp_path: Path) -> None:
    other = LocalObjectStore(tmp_path / "o", "http://x", b"z" * 32)
    expires = int(time.time()) + 60
    assert not other.verify("a/b", expires, store.signature("a/b", expires))


def test_url_secret_is_generated_once(tmp_path: Path) -> None:
    settings = CommonSettings(data_dir=tmp_path)
    first = url_secret(settings)
    assert len(first) == 64 and url_secret(settings) == first
    assert (tmp_path / "url-secret").stat().st_mode & 0o077 == 0


async def test_open_store_local_by_default(tmp_path: Path) -> None:
    store = await open_store(CommonSettings(data_dir=tmp_path))
    assert isinstance(store, LocalObjectStore)
    assert store.root == tmp_path / "objects"
    await store.check()
