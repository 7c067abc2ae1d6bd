"""The gateway's process roles and admission control, on the whole system (real nats-server,
SQLite, the five services as processes).

- Split roles: the request-serving process (`GATEWAY_ROLE=api`) does not project; the projector
  process (`--role projector`) does, and a book completes across the two.
- A full story queue: with the story writers stopped, books wait in NATS; once as many wait as
  `GATEWAY_ADMISSION_MAX_QUEUED`, a new book gets 503 `STORY_QUEUE_FULL` with Retry-After in the
  error envelope while reads are still answered; the books already accepted are not lost and
  complete when the writers come back, and new books are accepted again.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers import HOST
from stack import Stack

pytestmark = pytest.mark.timeout(300)

BOOK = {
    "child_name": "Mina",
    "child_age": 5,
    "primary_lang": "Korean",
    "secondary_lang": "English",
    "theme": "Friendship",
    "page_count": 4,
    "generation": {"enable_tts": False, "enable_illustration": False},
}


def _until(check: Any, timeout: float, what: str, stack: Stack) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        if result := check():
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"not {what} after {timeout} s\n{stack.logs()}")
        time.sleep(0.1)


def test_split_roles_make_a_book_and_only_the_projector_projects(tmp_path: Path) -> None:
    stack = Stack.start(tmp_path, {"GATEWAY_ROLE": "api"})
    try:
        with stack.client() as client:
            story_id = client.post("/api/stories/", json=BOOK).json()["id"]
            # The api process alone publishes (the outbox), but nothing projects the events:
            # the writer finishes the text, the row stays queued.
            time.sleep(3)
            assert client.get(f"/api/stories/{story_id}").json()["status"] == "queued"
            key = stack.start_projector()
            body = stack.wait_for_status(story_id, {"completed"}, timeout=60)
            assert body["progress"]["story"]["done"] == 1
        probes = f"http://{HOST}:{stack.ports[key]}"
        assert httpx.get(f"{probes}/readyz", timeout=5).status_code == 200
        # The projector serves its probes only, no API.
        answer = httpx.get(f"{probes}/api/stories/{story_id}", timeout=5)
        assert answer.status_code == 404
    finally:
        stack.stop()


def test_a_full_story_queue_sheds_new_books_and_loses_none(tmp_path: Path) -> None:
    env = {"GATEWAY_ADMISSION_MAX_QUEUED": "3", "GATEWAY_ADMISSION_REFRESH_SEC": "0.2"}
    stack = Stack.start(tmp_path, env)
    try:
        with stack.client() as client:
            first = client.post("/api/stories/", json=BOOK).json()["id"]
            stack.wait_for_status(first, {"completed"}, timeout=60)  # the writers' consumer
            stack.processes["story"].stop()
            accepted = []
            for _ in range(3):
                answer = client.post("/api/stories/", json=BOOK)
                assert answer.status_code == 202, answer.text
                accepted.append(answer.json()["id"])

            def refused() -> httpx.Response | None:
                answer = client.post("/api/stories/", json=BOOK)
                if answer.status_code == 202:
                    accepted.append(answer.json()["id"])
                    return None
                return answer

            shed = _until(refused, 30, "refused with 3 books waiting", stack)
            assert shed.status_code == 503, shed.text
            error = shed.json()["error"]
            assert error["code"] == "STORY_QUEUE_FULL"
            assert error["detail"]["waiting"] >= 3
            assert error["detail"]["max_queued"] == 3
            retry_after = int(shed.headers["Retry-After"])
            assert 1 <= retry_after <= 60
            # Reads are still answered, and the accepted books are still there.
            for story_id in accepted:
                assert client.get(f"/api/stories/{story_id}").json()["status"] == "queued"

            stack.start_service("story")
            for story_id in accepted:
                stack.wait_for_status(story_id, {"completed"}, timeout=90)
            again = _until(
                lambda: client.post("/api/stories/", json=BOOK).status_code == 202,
                30,
                "accepting books again",
                stack,
            )
            assert again
    finally:
        stack.stop()
