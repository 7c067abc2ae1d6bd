"""Traces and metrics every service shares.

Tracing is OpenTelemetry, configured by the standard `OTEL_*` variables and off (no exporter)
unless `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set. A message on
NATS carries W3C `traceparent` in its headers (see `moretale_kit.bus`), so one story is one trace
from the gateway's POST through every service. Metrics are Prometheus, served on `/metrics`.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace import Span, SpanKind, Status, StatusCode
from prometheus_client import Counter, Histogram
from prometheus_fastapi_instrumentator import Instrumentator

from moretale_kit.logs import REDACTED, origin_only, redact

tracer = trace.get_tracer("moretale")

MESSAGES = Counter(
    "moretale_messages_total",
    "Messages by consumer and outcome (consumed, acked, naked, dead, dropped).",
    ["consumer", "outcome"],
)
MESSAGE_SECONDS = Histogram(
    "moretale_message_handling_seconds",
    "Time to handle one message (a page job, an event) by kind and outcome.",
    ["consumer", "kind", "outcome"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)
MESSAGE_RETRIES_LONG = Counter(
    "moretale_message_long_retries_total",
    "Retries of a message that has been failing for longer than a minute (a database, S3 or "
    "provider outage a must-not-lose consumer waits out), by consumer.",
    ["consumer"],
)
PROVIDER_CALLS = Counter(
    "moretale_provider_calls_total",
    "Calls to a model provider by kind, model and status.",
    ["kind", "model", "status"],
)
PROVIDER_SECONDS = Histogram(
    "moretale_provider_call_seconds",
    "Latency of model provider calls by kind and model.",
    ["kind", "model"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80),
)


def setup_telemetry(service: str) -> None:
    """Name this process's traces after `service` and export them if an endpoint is set."""
    resource = Resource.create({"service.name": os.environ.get("OTEL_SERVICE_NAME", service)})
    provider = TracerProvider(resource=resource)
    if os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or os.environ.get(
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"
    ):
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    HTTPXClientInstrumentor().instrument(
        request_hook=_redact_client_span, async_request_hook=_redact_async_client_span
    )


# Span attributes that carry a request's URL or a part of it (old and new semantic conventions).
_URL_ATTRIBUTES = ("http.url", "http.target", "url.full", "url.path", "url.query")


def _redact_span(span: Span, whole: bool = False) -> None:
    """Overwrite the span's URL attributes with their redacted form (`redact`), or, with
    `whole`, cut them to the origin (a callback URL's path and query may be the secret)."""
    attributes = getattr(span, "attributes", None) or {}
    for name in _URL_ATTRIBUTES:
        value = attributes.get(name)
        if isinstance(value, str):
            if not whole:
                span.set_attribute(name, redact(value))
            elif name in ("http.url", "url.full"):
                span.set_attribute(name, origin_only(value))
            else:
                span.set_attribute(name, REDACTED)


def _redact_server_span(span: Span, scope: dict[str, Any]) -> None:
    if span.is_recording():
        _redact_span(span)


def _redact_client_span(span: Span, request: Any) -> None:
    # A webhook (signed, Standard Webhooks) goes to a customer's callback URL: origin only.
    if span.is_recording():
        headers = request.headers
        pairs = headers.raw if hasattr(headers, "raw") else headers or ()
        names = {k.lower() if isinstance(k, bytes) else k.lower().encode() for k, _ in pairs}
        _redact_span(span, whole=b"webhook-signature" in names)


async def _redact_async_client_span(span: Span, request: Any) -> None:
    _redact_client_span(span, request)


def instrument_app(app: FastAPI) -> None:
    """Server spans and HTTP latency histograms for every route but the ops ones.

    One server span per request: the instrumentation's internal spans around each ASGI
    `receive` and `send` message (two or more per request) are left out.
    """
    FastAPIInstrumentor.instrument_app(
        app,
        excluded_urls="healthz,readyz,metrics",
        exclude_spans=["receive", "send"],
        server_request_hook=_redact_server_span,
    )
    Instrumentator(excluded_handlers=["/healthz", "/readyz", "/metrics"]).instrument(app)


@asynccontextmanager
async def provider_call(kind: str, model: str, story_id: str) -> AsyncIterator[Span]:
    """A span and metrics around one call to a model provider (outcome and latency)."""
    started = time.perf_counter()
    attributes = {
        "gen_ai.operation.name": kind,
        "gen_ai.request.model": model,
        "story.id": story_id,
    }
    with tracer.start_as_current_span(
        f"{kind} {model}", kind=SpanKind.CLIENT, attributes=attributes
    ) as span:
        status = "ok"
        try:
            yield span
        except BaseException as exc:
            status = type(exc).__name__
            span.set_status(Status(StatusCode.ERROR, str(exc)[:200]))
            raise
        finally:
            PROVIDER_CALLS.labels(kind, model, status).inc()
            PROVIDER_SECONDS.labels(kind, model).observe(time.perf_counter() - started)
