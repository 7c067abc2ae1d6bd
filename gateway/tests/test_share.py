"""Share links: signed, expiring, read-only tokens for one story, and the routes that take them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from moretale_contracts.api import StoryCreate
from moretale_gateway.api.deps import accepted_owners
from moretale_gateway.api.routes import reader, share
from moretale_gateway.config import Settings, key_owner
from moretale_gateway.main import MIGRATIONS
from moretale_gateway.reader import tokens
from moretale_gateway.stories import create
from moretale_kit.db import Database
from moretale_kit.errors import ApiError, install_error_handlers
from moretale_kit.settings import CommonSettings
from moretale_kit.store import LocalObjectStore

SECRET = "test-share-secret"
STORY = "20261126_090913_story_mina-friendship_8g901jx22xxs"
OTHER = "20261126_090914_story_bora-space_1a2b3c4d5e6f"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _code(token: str, now: datetime = NOW, secret: str = SECRET) -> str:
    with pytest.raises(ApiError) as caught:
        tokens.verify(secret, token, now)
    assert caught.value.status == 403
    return caught.value.code


def test_round_trip() -> None:
    expires = NOW + timedelta(days=7)
    token = tokens.mint(SECRET, STORY, expires)
    grant = tokens.verify(SECRET, token, NOW)
    assert grant == tokens.ShareGrant(STORY, expires)
    assert token.startswith(f"{STORY}.")
    assert all(c.isalnum() or c in "._-" for c in token)  # fits a URL as it is


def test_expiry() -> None:
    token = tokens.mint(SECRET, STORY, NOW + timedelta(seconds=60))
    assert tokens.verify(SECRET, token, NOW + timedelta(seconds=59)).story_id == STORY
    assert _code(token, NOW + timedelta(seconds=60)) == "SHARE_LINK_EXPIRED"
    assert _code(token, NOW + timedelta(days=30)) == "SHARE_LINK_EXPIRED"


def test_tampering() -> None:
    token = tokens.mint(SECRET, STORY, NOW + timedelta(days=1))
    story_id, expires, signature = token.split(".")
    later = str(int(expires) + 86400 * 365)
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    for bad in (
        f"{story_id}.{later}.{signature}",  # a longer life
        f"{story_id}.{expires}.{flipped}",  # another signature
        f"{story_id}.{expires}.{signature[:-1]}",  # cut short
        f"{story_id}.{expires}",
        token + ".x",
        token + "\n",
        "",
        "not-a-token",
        f"{story_id}.١٢٣.{signature}",  # digits, but not ASCII ones
    ):
        assert _code(bad) == "SHARE_LINK_INVALID", bad
    # Another server's secret: invalid, even when it has expired there too.
    assert _code(token, secret="another-secret") == "SHARE_LINK_INVALID"
    assert _code(token, NOW + timedelta(days=2), secret="x") == "SHARE_LINK_INVALID"


def test_wrong_story() -> None:
    token = tokens.mint(SECRET, STORY, NOW + timedelta(days=1))
    _, expires, signature = token.split(".")
    assert _code(f"{OTHER}.{expires}.{signature}") == "SHARE_LINK_INVALID"
    other = tokens.mint(SECRET, OTHER, NOW + timedelta(days=1))
    assert other.split(".")[2] != signature
    assert tokens.verify(SECRET, other, NOW).story_id == OTHER
    with pytest.raises(ValueError):
        tokens.mint(SECRET, "../etc.passwd", NOW)


def test_secret_is_generated_once_into_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(common=CommonSettings(data_dir=tmp_path))
    first = tokens.share_secret(settings)
    assert len(first) >= 40
    assert (tmp_path / "share-secret").read_text() == first
    assert tokens.share_secret(settings) == first
    configured = Settings(common=CommonSettings(data_dir=tmp_path), share_secret="configured")
    assert tokens.share_secret(configured) == "configured"
    assert Settings().share_ttl_sec == 7 * 24 * 3600


# --- the routes, over an app with only the share router (no NATS needed for these)

KEY = "owner-key"
KEY_SECRET = b"test-api-key-secret"
RESULT: dict[str, Any] = {
    "status": "completed",
    "title_primary": "Mina와 새 친구",
    "title_secondary": "Mina and the New Friend",
    "pages": [{"page_number": 1, "text_primary": "안녕", "text_secondary": "Hello"}],
}


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, Database]]:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'g.db'}")
    await db.migrate(MIGRATIONS)

    def asset_service(request: httpx.Request) -> httpx.Response:
        story_id = request.url.path.split("/")[3]
        return httpx.Response(200, json={**RESULT, "id": story_id})

    app = FastAPI()
    install_error_handlers(app)
    app.include_router(share.router)
    app.state.settings = Settings(
        common=CommonSettings(data_dir=tmp_path),
        public_url="http://books.example/",
        api_key_secret=KEY_SECRET.decode(),
    )
    app.state.db = db
    app.state.runtime = SimpleNamespace(
        store=LocalObjectStore(tmp_path / "objects", "http://assets.example", b"s" * 32)
    )
    app.state.api_keys = accepted_owners(app.state.settings, [KEY, "other-key"])
    async with (
        httpx.AsyncClient(
            transport=httpx.MockTransport(asset_service), base_url="http://asset"
        ) as assets,
        httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gw") as http,
    ):
        app.state.assets = assets
        yield http, db
    await db.close()


async def _story(db: Database) -> str:
    request = StoryCreate(
        child_name="Mina",
        child_age=5,
        primary_lang="ko",
        secondary_lang="en",
        theme="Friendship",
        page_count=4,
        callback_url="https://hooks.example/secret-path",
    )
    row, _ = await create(db, request, key_owner(KEY_SECRET, KEY), None, None, rate_limit=1000)
    return row.id


async def test_share_and_read(client: tuple[httpx.AsyncClient, Database]) -> None:
    http, db = client
    story_id = await _story(db)
    answer = await http.post(f"/api/stories/{story_id}/share", headers={"X-API-Key": KEY})
    assert answer.status_code == 200, answer.text
    link = answer.json()
    assert set(link) == {"url", "token", "expires_at"}
    assert link["url"] == f"http://books.example/reader/#/book/{story_id}?token={link['token']}"
    expires = datetime.fromisoformat(link["expires_at"])
    assert timedelta(days=6, hours=23) < expires - datetime.now(UTC) <= timedelta(days=7)

    shared = await http.get(f"/api/shared/{link['token']}")  # no key
    assert shared.status_code == 200, shared.text
    assert shared.headers["cache-control"] == "no-store"
    body = shared.json()
    assert body["story"]["id"] == story_id and body["story"]["status"] == "queued"
    assert body["story"]["request"]["callback_url"] is None  # the owner's, not the reader's
    assert body["result"]["title_primary"] == "Mina와 새 친구"
    assert body["result"]["status"] == "queued"  # the row's status, as /result gives it
    assert datetime.fromisoformat(body["expires_at"]) == expires


async def test_share_is_owner_checked(client: tuple[httpx.AsyncClient, Database]) -> None:
    http, db = client
    story_id = await _story(db)
    other = await http.post(f"/api/stories/{story_id}/share", headers={"X-API-Key": "other-key"})
    assert other.status_code == 404
    assert other.json()["error"]["code"] == "STORY_NOT_FOUND"
    anonymous = await http.post(f"/api/stories/{story_id}/share")
    assert anonymous.status_code == 401


async def test_bad_links_answer_403_in_the_envelope(
    client: tuple[httpx.AsyncClient, Database], tmp_path: Path
) -> None:
    http, db = client
    story_id = await _story(db)
    secret = tokens.share_secret(Settings(common=CommonSettings(data_dir=tmp_path)))
    expired = tokens.mint(secret, story_id, datetime.now(UTC) - timedelta(seconds=1))
    good = tokens.mint(secret, story_id, datetime.now(UTC) + timedelta(hours=1))
    tampered = good[:-2] + ("AA" if not good.endswith("AA") else "BB")
    for token, code in [
        (expired, "SHARE_LINK_EXPIRED"),
        (tampered, "SHARE_LINK_INVALID"),
        ("nonsense", "SHARE_LINK_INVALID"),
    ]:
        for path in (f"/api/shared/{token}", f"/api/shared/{token}/events"):
            answer = await http.get(path)
            assert answer.status_code == 403, (path, answer.text)
            assert answer.json()["error"]["code"] == code
    deleted = tokens.mint(
        secret, "20200101_000000_story_gone_000000000000", datetime.now(UTC) + timedelta(hours=1)
    )
    answer = await http.get(f"/api/shared/{deleted}")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "STORY_NOT_FOUND"


async def test_the_reader_is_served_with_a_strict_policy() -> None:
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(reader.router)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gw") as http:
        moved = await http.get("/reader")
        assert moved.status_code == 308 and moved.headers["location"] == "/reader/"
        page = await http.get("/reader/")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert '<script type="module" src="reader.js">' in page.text
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "connect-src 'self'" in policy
        assert page.headers["referrer-policy"] == "no-referrer"
        script = await http.get("/reader/reader.js")
        assert script.headers["content-type"].startswith("text/javascript")
        assert "cdn" not in (await http.get("/reader/reader.css")).text.lower()
        for missing in ("/reader/nope.js", "/reader/../config.py", "/reader/%2e%2e/__init__.py"):
            answer = await http.get(missing)
            assert answer.status_code == 404, missing
            assert answer.json()["error"]["code"] == "NOT_FOUND"
