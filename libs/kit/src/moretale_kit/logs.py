"""Structured JSON logs that carry the story and request they are about.

`log_context(story_id=…, request_id=…)` binds fields for everything logged inside it, across
awaits, so a handler never has to repeat them.
"""

from __future__ import annotations

import contextvars
import logging
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from opentelemetry import trace
from pythonjsonlogger.json import JsonFormatter

REDACTED = "[redacted]"
# Secrets that travel inside URLs and request bodies: share tokens (a path segment), the
# signatures and credentials of signed and presigned URLs (query values), callback URLs.
_SECRETS = (
    (re.compile(r"(/api/shared/)[^/?#\s\"']+"), rf"\1{REDACTED}"),
    (
        re.compile(
            r"((?:^|[?&;\s])(?:signature|token|x-amz-signature|x-amz-credential|"
            r"x-amz-security-token)=)[^&#\s\"']+",
            re.IGNORECASE,
        ),
        rf"\1{REDACTED}",
    ),
    (re.compile(r"(\\?[\"']callback_url\\?[\"']\s*:\s*\\?[\"'])[^\"'\\]+"), rf"\1{REDACTED}"),
)


def redact(text: str) -> str:
    """`text` with share tokens, URL signatures and callback URLs replaced by `[redacted]`."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def origin_only(url: str) -> str:
    """A URL cut to its scheme, host and port: what a log or span may say of an address whose
    path or query may be a secret (a webhook's callback URL)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}/{REDACTED}"


_context: contextvars.ContextVar[Mapping[str, Any]] = contextvars.ContextVar(
    "log_context", default=MappingProxyType({})
)


@contextmanager
def log_context(**fields: Any) -> Iterator[None]:
    """Add `fields` (e.g. story_id, request_id) to every record logged inside the block."""
    token = _context.set({**_context.get(), **{k: v for k, v in fields.items() if v is not None}})
    try:
        yield
    finally:
        _context.reset(token)


class _ContextFilter(logging.Filter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        record.service = self.service
        for key, value in _context.get().items():
            setattr(record, key, value)
        span = trace.get_current_span().get_span_context()
        if span.is_valid:
            record.trace_id = format(span.trace_id, "032x")
        return True


class _RedactingFormatter(JsonFormatter):
    """JSON lines whose tracebacks are redacted too (a database error quotes its parameters)."""

    def formatException(self, ei: Any) -> str:
        return redact(str(super().formatException(ei)))


def configure_logging(service: str, level: str = "INFO") -> None:
    """Send every log line of this process to stderr as one JSON object."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_ContextFilter(service))
    handler.setFormatter(
        _RedactingFormatter(
            "%(asctime)s %(levelname)s %(name)s %(message)s",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # uvicorn installs its own handlers; route them through ours so every line is JSON.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("nats").setLevel(logging.WARNING)
