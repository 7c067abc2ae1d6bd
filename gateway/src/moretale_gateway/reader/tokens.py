"""Share links: a signed, expiring, read-only grant to one story.

A token is `{story_id}.{expires}.{signature}`: `expires` in Unix seconds, `signature` the
unpadded base64url HMAC-SHA256, under the server's share secret, of a purpose tag, the story id
and the expiry. Nothing is stored: changing the secret revokes every link at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from moretale_gateway.config import Settings
from moretale_kit.errors import ApiError
from moretale_kit.settings import generated_secret

_PURPOSE = b"moretale-share-v1"
_TOKEN = re.compile(r"([A-Za-z0-9_-]{1,200})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})")


@dataclass(frozen=True)
class ShareGrant:
    """What a valid token allows: reading one story until `expires_at`."""

    story_id: str
    expires_at: datetime


def share_secret(settings: Settings) -> str:
    """The share secret: configured, or generated once into the data dir."""
    if settings.share_secret is not None:
        return settings.share_secret.get_secret_value()
    return generated_secret(
        settings.common.data_dir / "share-secret", lambda: secrets.token_urlsafe(32)
    )


def _signature(secret: str, story_id: str, expires: int) -> str:
    message = b"\0".join((_PURPOSE, story_id.encode(), str(expires).encode()))
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def mint(secret: str, story_id: str, expires_at: datetime) -> str:
    """A token that lets its holder read `story_id` until `expires_at` (whole seconds)."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,200}", story_id):
        raise ValueError(f"not a story id: {story_id!r}")
    expires = int(expires_at.timestamp())
    return f"{story_id}.{expires}.{_signature(secret, story_id, expires)}"


def invalid() -> ApiError:
    return ApiError(403, "SHARE_LINK_INVALID", "this share link is not valid")


def verify(secret: str, token: str, now: datetime | None = None) -> ShareGrant:
    """The grant a token carries; 403 `SHARE_LINK_INVALID` for a malformed or tampered token
    (checked first), 403 `SHARE_LINK_EXPIRED` for a genuine one past its expiry."""
    match = _TOKEN.fullmatch(token)
    if match is None:
        raise invalid()
    story_id, expires_text, signature = match.groups()
    expires = int(expires_text)
    if not hmac.compare_digest(signature, _signature(secret, story_id, expires)):
        raise invalid()
    expires_at = datetime.fromtimestamp(expires, UTC)
    if (now or datetime.now(UTC)) >= expires_at:
        raise ApiError(
            403,
            "SHARE_LINK_EXPIRED",
            "this share link has expired; ask for a new one",
            {"expired_at": expires_at.isoformat()},
        )
    return ShareGrant(story_id, expires_at)
