"""One story is one trace across all five services; metrics and structured logs are there."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from servers import HOST, free_port
from stack import API_KEY, SERVICES, Stack
from test_book import BODY, create

SERVICE_NAMES = {"gateway", "story-service", "tts-service", "illustration-service", "asset-service"}


class OtlpReceiver:
    """A small OTLP/HTTP trace receiver: keeps (service, trace id, span name, attributes)."""

    def __init__(self) -> None:
        self.spans: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                request = ExportTraceServiceRequest.FromString(body)
                for resource_spans in request.resource_spans:
                    attrs = {
                        a.key: a.value.string_value for a in resource_spans.resource.attributes
                    }
                    for scope in resource_spans.scope_spans:
                        for span in scope.spans:
                            receiver.spans.append(
                                {
                                    "service": attrs.get("service.name"),
                                    "trace_id": span.trace_id.hex(),
                                    "name": span.name,
                                    "kind": span.kind,
                                    "attributes": {
                                        a.key: a.value.string_value or a.value.int_value
                                        for a in span.attributes
                                    },
                                }
                            )
                answer = ExportTraceServiceResponse().SerializeToString()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((HOST, free_port()), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"http://{HOST}:{self.server.server_port}"


@pytest.fixture(scope="module")
def traced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, OtlpReceiver]]:
    receiver = OtlpReceiver()
    stack = Stack.start(
        tmp_path_factory.mktemp("traced-stack"),
        {"OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint, "OTEL_BSP_SCHEDULE_DELAY": "100"},
    )
    yield stack, receiver
    stack.stop()
    receiver.server.shutdown()


def test_one_story_is_one_trace_across_the_services(
    traced: tuple[Stack, OtlpReceiver],
) -> None:
    stack, receiver = traced
    story_id = create(stack, {**BODY, "page_count": 4})
    stack.wait_for_status(story_id, {"completed"})
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        mine = [s for s in receiver.spans if s["attributes"].get("story.id") == story_id]
        if {s["service"] for s in mine} == SERVICE_NAMES and any(
            s["name"] == "process story.completed" for s in mine
        ):
            break
        time.sleep(0.2)
    assert {s["service"] for s in mine} == SERVICE_NAMES
    assert len({s["trace_id"] for s in mine}) == 1, "the story is split over several traces"
    trace_id = mine[0]["trace_id"]
    post = [
        s
        for s in receiver.spans
        if s["service"] == "gateway" and s["trace_id"] == trace_id and s["name"].startswith("POST")
    ]
    assert post, "the trace does not start at the gateway's POST"
    sends = [s for s in mine if s["name"].startswith("send ")]
    assert all(s["attributes"]["messaging.system"] == "nats" for s in sends)
    assert any(s["name"] == "process tts.job.page" for s in mine)


def test_metrics_and_logs(traced: tuple[Stack, OtlpReceiver]) -> None:
    stack, _ = traced
    for name in SERVICES:
        text = httpx.get(f"http://{HOST}:{stack.ports[name]}/metrics").text
        assert "moretale_messages_total" in text or name == "gateway", name
    gateway = httpx.get(f"{stack.gateway_url}/metrics").text
    assert "http_request_duration_seconds" in gateway
    assert 'moretale_messages_total{consumer="gateway",outcome="acked"}' in gateway
    assert 'moretale_story_transitions_total{status="completed"}' in gateway
    tts = httpx.get(f"http://{HOST}:{stack.ports['tts']}/metrics").text
    assert (
        'moretale_message_handling_seconds_count{consumer="tts-workers",kind="tts.job.page"' in tts
    )
    assert "moretale_provider_calls_total" in tts

    lines = [
        json.loads(line)
        for line in (stack.base / "story.log").read_text().splitlines()
        if line.startswith("{")
    ]
    with_story = [line for line in lines if "story_id" in line]
    assert with_story and all("trace_id" in line for line in with_story)
    for name in SERVICES:
        assert API_KEY not in (stack.base / f"{name}.log").read_text(), "a secret was logged"
