"""Secrets that travel in URLs and bodies (share tokens, URL signatures, callback URLs) never
reach span attributes or log lines."""

from __future__ import annotations

import io
import json
import logging

import httpx
from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from moretale_kit import telemetry
from moretale_kit.logs import configure_logging, redact

TOKEN = "20261126_090913_story_mina-friendship_8g901jx22xxs.1796000000.c2VjcmV0LXNpZ25hdHVyZQ"
SIGNATURE = "ab" * 32
CALLBACK = "https://hooks.example/services/T000/B000/very-secret"


def test_redact() -> None:
    text = (
        f"GET /api/shared/{TOKEN}/events; http://a:8004/files/s/p.png?expires=1&signature="
        f"{SIGNATURE}; https://s3/b/k?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=ff00; "
        f"{{'callback_url': '{CALLBACK}'}} {json.dumps({'callback_url': CALLBACK})}"
    )
    redacted = redact(text)
    for secret in (TOKEN, SIGNATURE, "AKIA", "ff00", CALLBACK, "very-secret"):
        assert secret not in redacted
    assert "/api/shared/[redacted]/events" in redacted
    assert "expires=1&signature=[redacted]" in redacted


async def test_server_spans_carry_no_token_or_signature() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    app = FastAPI()

    @app.get("/api/shared/{token}")
    async def shared(token: str) -> dict[str, str]:
        return {}

    @app.get("/files/{key:path}")
    async def files(key: str, signature: str) -> dict[str, str]:
        return {}

    telemetry.instrument_app(app)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as c:
        assert (await c.get(f"/api/shared/{TOKEN}")).status_code == 200
        assert (await c.get(f"/files/s/p.png?expires=1&signature={SIGNATURE}")).status_code == 200
    spans = exporter.get_finished_spans()
    assert len(spans) >= 2
    dumped = json.dumps([dict(s.attributes or {}) for s in spans] + [s.name for s in spans])
    assert TOKEN not in dumped and SIGNATURE not in dumped
    assert "/api/shared/[redacted]" in dumped


def test_webhook_client_spans_keep_only_the_origin() -> None:
    provider = TracerProvider()
    tracer = provider.get_tracer("t")
    request = httpx.Request("POST", CALLBACK, headers={"webhook-signature": "v1,x"})
    other = httpx.Request("GET", f"http://a/files/k?signature={SIGNATURE}")
    with tracer.start_as_current_span("x", attributes={"url.full": CALLBACK}) as span:
        telemetry._redact_client_span(span, request)
        assert dict(span.attributes or {})["url.full"] == "https://hooks.example/[redacted]"
    with tracer.start_as_current_span("y", attributes={"url.full": str(other.url)}) as span:
        telemetry._redact_client_span(span, other)
        assert SIGNATURE not in dict(span.attributes or {})["url.full"]


def test_log_lines_and_tracebacks_are_redacted() -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    kept, level = root.handlers[:], root.level
    configure_logging("test")
    handler = logging.getLogger().handlers[0]
    handler.setStream(stream)  # type: ignore[attr-defined]
    log = logging.getLogger("redaction-test")
    log.warning("asset-service said no for /api/shared/%s", TOKEN)
    try:
        raise RuntimeError(f"insert failed [parameters: {{'callback_url': '{CALLBACK}'}}]")
    except RuntimeError:
        log.exception("database error")
    root.handlers[:], root.level = kept, level
    out = stream.getvalue()
    assert TOKEN not in out and CALLBACK not in out
    assert out.count("[redacted]") >= 2
