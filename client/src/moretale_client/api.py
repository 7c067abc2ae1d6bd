"""MoreTale's public API over HTTP: the calls the command makes, and its errors.

Every answer that is not a success becomes `ApiFailure` with the message of the API's error
envelope (`{"error": {"code", "message", "detail"}}`). The live progress stream resumes after a
dropped connection with `Last-Event-ID`, so no event is seen twice or lost.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from httpx_sse import ServerSentEvent, connect_sse

DEFAULT_URL = "http://127.0.0.1:8000"
TERMINAL_EVENTS = frozenset({"completed", "failed", "canceled", "deleted"})


class ApiFailure(Exception):
    """An answer that is not a success, with the envelope's code and message."""

    def __init__(self, status: int, code: str, message: str, reasons: list[str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.reasons = reasons or []  # a validation error's field messages


def default_key(data_dir: Path | None = None) -> str | None:
    """`MORETALE_API_KEY`, else the embedded default's key file (`.data/api-key`, or under
    `MORETALE_DATA_DIR`) when it exists."""
    if key := os.environ.get("MORETALE_API_KEY"):
        return key
    folder = data_dir or Path(os.environ.get("MORETALE_DATA_DIR", ".data"))
    path = folder / "api-key"
    return path.read_text().strip() if path.is_file() else None


@dataclass
class MoreTale:
    """A MoreTale server at `url`, called with `key`."""

    url: str = DEFAULT_URL
    key: str | None = None
    timeout: float = 30.0

    def __post_init__(self) -> None:
        headers = {"X-API-Key": self.key} if self.key else {}
        self.http = httpx.Client(
            base_url=self.url.rstrip("/"),
            headers=headers,
            timeout=self.timeout,
            follow_redirects=True,
        )

    def close(self) -> None:
        self.http.close()

    def create(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._json("POST", "/api/stories/", json=body)

    def story(self, story_id: str) -> dict[str, Any]:
        return self._json("GET", f"/api/stories/{story_id}")

    def result(self, story_id: str) -> dict[str, Any]:
        return self._json("GET", f"/api/stories/{story_id}/result")

    def stories(self, limit: int = 20) -> dict[str, Any]:
        return self._json("GET", "/api/stories/", params={"limit": limit})

    def share(self, story_id: str) -> dict[str, Any]:
        return self._json("POST", f"/api/stories/{story_id}/share")

    def epub(self, story_id: str) -> bytes:
        return self._checked(self.http.get(f"/api/stories/{story_id}/book.epub")).content

    def fetch(self, url: str) -> bytes:
        """An asset by the URL a result gave (signed: no key needed)."""
        with httpx.Client(timeout=self.timeout, follow_redirects=True) as plain:
            return self._checked(plain.get(url)).content

    def events(
        self, story_id: str, retries: int = 10, pause: float = 1.0
    ) -> Iterator[ServerSentEvent]:
        """The story's live events until a terminal one; a dropped stream is opened again
        after the last event seen (`Last-Event-ID`), up to `retries` times in a row."""
        last_id: str | None = None
        failures = 0
        while True:
            headers = {"Last-Event-ID": last_id} if last_id else {}
            try:
                with connect_sse(
                    self.http,
                    "GET",
                    f"/api/stories/{story_id}/events",
                    headers=headers,
                    timeout=httpx.Timeout(self.timeout, read=None),
                ) as source:
                    self._checked(source.response)
                    for event in source.iter_sse():
                        failures = 0
                        if event.id:
                            if _seen(event.id, last_id):
                                continue  # ids only grow: this one was shown already
                            last_id = event.id
                        yield event
                        if event.event in TERMINAL_EVENTS:
                            return
            except (httpx.TransportError, httpx.RemoteProtocolError) as exc:
                failures += 1
                if failures > retries:
                    raise ApiFailure(0, "CONNECTION_LOST", f"lost the server: {exc}") from exc
                time.sleep(pause)
                continue
            # The server ended the stream without a terminal event: ask again from where we were.
            failures += 1
            if failures > retries:
                return
            time.sleep(pause)

    def _json(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        answer = self._checked(self.http.request(method, path, **kwargs))
        return answer.json()  # type: ignore[no-any-return]

    @staticmethod
    def _checked(answer: httpx.Response) -> httpx.Response:
        if answer.is_success:
            return answer
        answer.read()
        try:
            error = answer.json()["error"]
            code, message = str(error["code"]), str(error["message"])
            detail = error.get("detail") or {}
            reasons = [
                f"{'.'.join(map(str, e.get('loc', [])[1:]))}: {e.get('msg')}"
                for e in detail.get("errors", [])
                if isinstance(e, dict)
            ]
        except (ValueError, KeyError, TypeError, AttributeError):
            code, message = "HTTP_ERROR", f"{answer.status_code} {answer.reason_phrase}"
            reasons = []
        raise ApiFailure(answer.status_code, code, message, reasons)


def _seen(event_id: str, last_id: str | None) -> bool:
    """Whether `event_id` is not after `last_id` (event ids are increasing stream sequences)."""
    return (
        last_id is not None
        and event_id.isdigit()
        and last_id.isdigit()
        and int(event_id) <= int(last_id)
    )
