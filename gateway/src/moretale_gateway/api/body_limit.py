"""Bounded request bodies, read only after the API key was accepted.

FastAPI reads and parses a body before any dependency runs, so the key check of `deps` would
come after a body of any size was taken in. This middleware runs first: on routes that take a
key it answers 401 before reading anything, then reads the body up to `max_bytes` (413 in the
error envelope beyond it, by `Content-Length` at once or while reading a chunked body) and hands
the app the buffered body.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from moretale_gateway.api.deps import owner_of
from moretale_kit.errors import ApiError, error_response

_WITH_BODY = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class BodyLimitMiddleware:
    """Key first, then a body of at most `max_bytes` (plain ASGI, no extra task)."""

    def __init__(self, app: ASGIApp, max_bytes: int, keyed_prefix: str) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.keyed_prefix = keyed_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _WITH_BODY:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        try:
            if scope["path"].startswith(self.keyed_prefix):
                key = headers.get(b"x-api-key")
                owner_of(scope["app"].state.api_keys, key.decode("latin-1") if key else None)
            length = headers.get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
                raise self._too_large()
            body = await self._read(receive)
        except ApiError as exc:
            answer = error_response(exc.status, exc.code, exc.message, exc.detail)
            await answer(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()  # after the body: the disconnect, when it comes
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _read(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ApiError(400, "VALIDATION_ERROR", "the client went away")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_large()
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _too_large(self) -> ApiError:
        return ApiError(
            413,
            "PAYLOAD_TOO_LARGE",
            f"the request body is larger than {self.max_bytes} bytes",
            {"max_bytes": self.max_bytes},
        )
