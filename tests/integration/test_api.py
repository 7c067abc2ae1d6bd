"""The public API over the real stack: list, cancel, delete, regeneration, live events,
idempotency, `Prefer: wait`, rate limits, allowlists and signed webhooks."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from servers import free_port
from stack import API_KEY, Stack
from standardwebhooks.webhooks import Webhook
from test_book import BODY, create

QUICK = {
    **BODY,
    "page_count": 4,
    "generation": {"enable_tts": False, "enable_illustration": False},
}
SMALL = {**BODY, "page_count": 4}


class Receiver:
    """A webhook endpoint on loopback that fails its first `failures` calls."""

    def __init__(self, failures: int) -> None:
        self.calls: list[tuple[dict[str, str], bytes]] = []
        self.failures = failures
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.calls.append(({k.lower(): v for k, v in self.headers.items()}, body))
                failing = len(receiver.calls) <= receiver.failures
                self.send_response(500 if failing else 204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/hooks/moretale"


@pytest.fixture(scope="module")
def api_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    stack = Stack.start(
        tmp_path_factory.mktemp("api-stack"),
        {
            "GATEWAY_ALLOW_PRIVATE_CALLBACKS": "true",
            "GATEWAY_RATE_LIMIT_PER_MINUTE": "40",
            "GATEWAY_ALLOWED_LANGUAGES": "ko,en,ja,zh,es,vi,fr",  # German off on this server
        },
    )
    yield stack
    stack.stop()


def _objects(stack: Stack, story_id: str) -> list[Path]:
    return sorted(p for p in (stack.base / "data" / "objects" / story_id).rglob("*") if p.is_file())


def test_list_pages_filters_and_owners(api_stack: Stack) -> None:
    ids = [
        create(api_stack, {**QUICK, "child_name": name, "primary_lang": lang})
        for name, lang in [("Ari", "ja"), ("Bora", "ko"), ("Chen", "zh")]
    ]
    for story_id in ids:
        api_stack.wait_for_status(story_id, {"completed"})
    with api_stack.client() as client:
        first = client.get("/api/stories/", params={"limit": 2}).json()
        assert len(first["items"]) == 2 and first["next_cursor"]
        second = client.get(
            "/api/stories/", params={"limit": 2, "cursor": first["next_cursor"]}
        ).json()
        seen = [s["id"] for s in first["items"] + second["items"]]
        assert seen[:3] == ids[::-1]  # newest first, across pages, no repeats
        assert len(set(seen)) == len(seen)
        assert "pages" not in first["items"][0]
        assert first["items"][0]["page_count"] == 4

        by_name = client.get("/api/stories/", params={"child_name": "bora"}).json()["items"]
        assert [s["id"] for s in by_name] == [ids[1]]
        by_lang = client.get("/api/stories/", params={"primary_lang": "zh"}).json()["items"]
        assert [s["id"] for s in by_lang] == [ids[2]]
        done = client.get("/api/stories/", params={"status": "completed", "limit": 100}).json()
        assert set(ids) <= {s["id"] for s in done["items"]}
        assert client.get("/api/stories/", params={"status": "nope"}).status_code == 400
        assert client.get("/api/stories/", params={"limit": 101}).status_code == 400
        assert client.get("/api/stories/", params={"cursor": "garbage"}).status_code == 400
    # Another key sees none of them.
    with api_stack.client(key="second-key") as other:
        assert other.get("/api/stories/").json()["items"] == []
        assert other.get(f"/api/stories/{ids[0]}").status_code == 404


def test_cancel_stops_the_work(api_stack: Stack) -> None:
    story_id = create(api_stack, {**BODY, "page_count": 32})
    with api_stack.client() as client:
        canceled = client.post(f"/api/stories/{story_id}/cancel")
        assert canceled.status_code == 200, canceled.text
        assert canceled.json()["status"] == "canceled"
        time.sleep(1.5)  # jobs already inside a provider call may still finish
        settled = len(_objects(api_stack, story_id))
        time.sleep(3)
        assert len(_objects(api_stack, story_id)) == settled, "work went on after cancel"
        # 32 pages make 64 clips and 33 pictures: most were never made.
        assert settled < 64 + 33
        status = client.get(f"/api/stories/{story_id}").json()
        assert status["status"] == "canceled" and status["completed_at"]
        again = client.post(f"/api/stories/{story_id}/cancel")
        assert again.status_code == 409
        assert again.json()["error"]["code"] == "STORY_CANCEL_NOT_ALLOWED"


def test_delete_removes_everything(api_stack: Stack) -> None:
    story_id = create(api_stack, SMALL)
    api_stack.wait_for_status(story_id, {"completed"})
    with api_stack.client() as client:
        book = client.get(f"/api/stories/{story_id}/result").json()
        url = book["pages"][0]["illustration_url"]
        assert httpx.get(url).status_code == 200
        assert client.delete(f"/api/stories/{story_id}").status_code == 204
        assert client.get(f"/api/stories/{story_id}").status_code == 404
        assert client.get(f"/api/stories/{story_id}/result").status_code == 404
        assert client.delete(f"/api/stories/{story_id}").status_code == 404
    assert httpx.get(url).status_code == 404
    assert _objects(api_stack, story_id) == []

    running = create(api_stack, {**BODY, "page_count": 32})
    with api_stack.client() as client:
        assert client.delete(f"/api/stories/{running}").status_code == 204
        assert client.get(f"/api/stories/{running}").status_code == 404


def test_regeneration_remakes_only_what_was_asked(api_stack: Stack) -> None:
    story_id = create(api_stack, SMALL)
    api_stack.wait_for_status(story_id, {"completed"})
    root = api_stack.base / "data" / "objects" / story_id
    before = {p: p.stat().st_mtime_ns for p in _objects(api_stack, story_id)}
    with api_stack.client() as client:
        answer = client.post(f"/api/stories/{story_id}/tts", json={"pages": [1, 2]})
        assert answer.status_code == 202, answer.text
        assert answer.json()["status"] == "running"
        assert answer.json()["progress"]["tts"] == {"done": 0, "failed": 0, "total": 4}
        busy = client.post(f"/api/stories/{story_id}/illustrations", json={})
        assert busy.status_code == 409
        status = api_stack.wait_for_status(story_id, {"completed", "failed"})
        assert status["status"] == "completed"
        remade = {p for p in _objects(api_stack, story_id) if p.stat().st_mtime_ns != before[p]}
        clips = {p.name for p in remade if p.suffix == ".wav"}
        assert clips == {
            "page_01_primary.wav",
            "page_02_primary.wav",
            "page_01_secondary.wav",
            "page_02_secondary.wav",
        }

        answer = client.post(
            f"/api/stories/{story_id}/illustrations",
            json={"pages": [2], "illustration_aspect_ratio": "1:1"},
        )
        assert answer.status_code == 202, answer.text
        assert api_stack.wait_for_status(story_id, {"completed", "failed"})["status"] == "completed"
        book = client.get(f"/api/stories/{story_id}/result").json()
        page2 = Image.open(io.BytesIO(httpx.get(book["pages"][1]["illustration_url"]).content))
        page1 = Image.open(io.BytesIO(httpx.get(book["pages"][0]["illustration_url"]).content))
        assert page2.width == page2.height
        assert page1.width > page1.height
        assert book["assets"]["audio"]["done"] == 8
        assert (root / "illustrations" / "cover.png").stat().st_mtime_ns == before[
            root / "illustrations" / "cover.png"
        ]
        bad = client.post(f"/api/stories/{story_id}/tts", json={"pages": [9]})
        assert bad.status_code == 400


def test_live_events_and_resume(api_stack: Stack) -> None:
    story_id = create(api_stack, SMALL)
    events: list[tuple[str, str, dict[str, Any]]] = []
    headers = {"X-API-Key": API_KEY}
    url = f"{api_stack.gateway_url}/api/stories/{story_id}/events"
    with httpx.stream("GET", url, headers=headers, timeout=60) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = _read_events(response.iter_lines())
    names = [name for _, name, _ in events]
    assert names[0] == "status" and names[-1] == "completed"
    progress = [data for _, name, data in events if name == "progress"]
    urls = [p["asset"]["url"] for p in progress if p.get("asset") and p["asset"]["url"]]
    assert len(urls) == 8 + 5  # every clip and picture, as it was made
    assert httpx.get(urls[0]).status_code == 200
    ids = [int(i) for i, _, _ in events if i]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)

    # Reconnect after the fifth event: everything after it, nothing before it.
    resume_from = ids[4]
    with httpx.stream(
        "GET", url, headers={**headers, "Last-Event-ID": str(resume_from)}, timeout=60
    ) as response:
        resumed = _read_events(response.iter_lines())
    resumed_ids = [int(i) for i, _, _ in resumed if i]
    assert resumed_ids == [i for i in ids if i > resume_from]


def _read_events(lines: Iterator[str]) -> list[tuple[str, str, dict[str, Any]]]:
    events: list[tuple[str, str, dict[str, Any]]] = []
    current: dict[str, str] = {}
    for line in lines:
        if line.startswith(":"):
            continue  # heartbeat
        if not line:
            if "event" in current:
                events.append(
                    (current.get("id", ""), current["event"], json.loads(current["data"]))
                )
                if current["event"] in ("completed", "failed", "canceled", "deleted"):
                    return events
            current = {}
            continue
        field, _, value = line.partition(":")
        current[field] = value.lstrip()
    return events


def test_idempotency_wait_and_policies(api_stack: Stack) -> None:
    with api_stack.client() as client:
        first = client.post("/api/stories/", json=QUICK, headers={"Idempotency-Key": "k-1"})
        again = client.post("/api/stories/", json=QUICK, headers={"Idempotency-Key": "k-1"})
        assert first.status_code == 202 and again.status_code == 200
        assert again.json()["id"] == first.json()["id"]
        other = client.post(
            "/api/stories/", json={**QUICK, "theme": "Space"}, headers={"Idempotency-Key": "k-1"}
        )
        assert other.status_code == 409
        assert other.json()["error"]["code"] == "IDEMPOTENCY_KEY_REUSED"

        waited = client.post("/api/stories/", json=QUICK, headers={"Prefer": "wait=30"})
        assert waited.status_code == 200, waited.text
        assert waited.json()["status"] == "completed"
        assert waited.headers["Preference-Applied"] == "wait=30"

        model = client.post(
            "/api/stories/", json={**QUICK, "generation": {"story_model": "not-a-model"}}
        )
        assert model.status_code == 400
        assert model.json()["error"]["detail"]["errors"][0]["loc"] == [
            "body",
            "generation",
            "story_model",
        ]
        assert "gemini-3.8-flash" in model.json()["error"]["detail"]["errors"][0]["msg"]
        # A retired id (the plan's own example) is served by its replacement, shown as such.
        retired = client.post(
            "/api/stories/",
            json={**QUICK, "generation": {"tts_model": "gemini-2.5-flash-preview-tts"}},
        )
        assert retired.status_code == 202, retired.text
        shown = client.get(f"/api/stories/{retired.json()['id']}").json()
        assert shown["request"]["generation"]["tts_model"] == "gemini-3.8-flash-tts"
        german = client.post("/api/stories/", json={**QUICK, "secondary_lang": "de"})
        assert german.status_code == 400
        ftp = client.post("/api/stories/", json={**QUICK, "callback_url": "ftp://example.org/x"})
        assert ftp.status_code == 400
        assert ftp.json()["error"]["code"] == "CALLBACK_URL_NOT_ALLOWED"


def test_rate_limit_per_key(api_stack: Stack) -> None:
    with api_stack.client(key="second-key") as client:
        codes = [client.post("/api/stories/", json=QUICK).status_code for _ in range(41)]
        assert codes[:40] == [202] * 40
        assert codes[40] == 429
        limited = client.post("/api/stories/", json=QUICK)
        assert limited.json()["error"]["code"] == "RATE_LIMITED"
        assert 1 <= int(limited.headers["Retry-After"]) <= 61
    with api_stack.client() as unaffected:
        assert unaffected.get("/api/stories/").status_code == 200


def test_signed_webhook_on_completion_is_retried(api_stack: Stack) -> None:
    receiver = Receiver(failures=1)
    try:
        story_id = create(api_stack, {**QUICK, "callback_url": receiver.url})
        api_stack.wait_for_status(story_id, {"completed"})
        deadline = time.monotonic() + 30
        while len(receiver.calls) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(receiver.calls) == 2, "the failed delivery was not retried"
        headers, body = receiver.calls[-1]
        secret = (api_stack.base / "data" / "webhook-secret").read_text().strip()
        payload = Webhook(secret).verify(body, headers)  # raises if the signature is wrong
        assert payload["type"] == "story.completed"
        assert payload["data"]["id"] == story_id
        assert headers["webhook-id"] == receiver.calls[0][0]["webhook-id"]  # same message
        tampered = body.replace(b"completed", b"failed")
        with pytest.raises(Exception):  # noqa: B017 (standardwebhooks raises its own type)
            Webhook(secret).verify(tampered, headers)
    finally:
        receiver.server.shutdown()


def test_replaying_a_regenerated_story_does_not_end_at_the_old_completion(
    api_stack: Stack,
) -> None:
    story_id = create(api_stack, SMALL)
    api_stack.wait_for_status(story_id, {"completed"})
    with api_stack.client() as client:
        assert client.post(f"/api/stories/{story_id}/tts", json={"pages": [1]}).status_code == 202
    url = f"{api_stack.gateway_url}/api/stories/{story_id}/events"
    # From the start of the stream: revision 0's completion comes first in the replay.
    headers = {"X-API-Key": API_KEY, "Last-Event-ID": "0"}
    with httpx.stream("GET", url, headers=headers, timeout=60) as response:
        events = _read_events(response.iter_lines())
    names = [name for _, name, _ in events]
    assert names.count("completed") == 1 and names[-1] == "completed", names
    old = names.index("revision_completed")
    assert events[old][2] == {"revision": 0}
    regenerated = [d for _, n, d in events[old:] if n == "progress" and d["revision"] == 1]
    assert regenerated, "the regeneration's progress was not followed"
