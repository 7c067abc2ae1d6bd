"""A whole bilingual book, made by the five services over NATS, checked asset by asset."""

from __future__ import annotations

import array
import io
import json
import math
import time
import wave
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from minio import Minio
from PIL import Image
from servers import S3Server
from stack import Stack

BODY: dict[str, Any] = {
    "child_name": "Mina",
    "child_age": 5,
    "primary_lang": "Korean",
    "secondary_lang": "en",
    "theme": "Friendship",
    "extra_prompt": "Include a dragon",
    "include_style_guide": True,
    "page_count": 6,
    "generation": {"illustration_aspect_ratio": "16:9", "tts_voice": "Achernar"},
}
PLAN_STORY_KEYS = {
    "title_primary",
    "title_secondary",
    "author_name",
    "primary_language",
    "secondary_language",
    "image_style",
    "main_character_design",
    "illustration_prefix",
    "pages",
}
# MoreTale's addition beside the plan's keys: the child's name as each language writes it.
ADDED_STORY_KEYS = {"child_names"}


def create(stack: Stack, body: dict[str, Any] = BODY) -> str:
    with stack.client() as client:
        response = client.post("/api/stories/", json=body)
    assert response.status_code == 202, response.text
    accepted = response.json()
    story_id = accepted["id"]
    assert response.headers["Location"] == f"/api/stories/{story_id}"
    assert accepted == {
        "id": story_id,
        "status": "queued",
        "status_url": f"/api/stories/{story_id}",
        "result_url": f"/api/stories/{story_id}/result",
    }
    return str(story_id)


def check_speech(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        rate, frames = wav.getframerate(), wav.getnframes()
        samples = array.array("h", wav.readframes(frames))
    seconds = frames / rate
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    assert 0.5 < seconds < 30, seconds
    assert rms > 300, f"clip is (nearly) silent: rms {rms:.0f}"
    return seconds


def check_whole_book(stack: Stack, story_id: str) -> dict[str, Any]:
    """Follow the book to the end and check every part of it; return the result body."""
    partial_seen = False
    deadline = time.monotonic() + 120
    with stack.client() as client:
        while True:
            status = client.get(f"/api/stories/{story_id}").json()
            result = client.get(f"/api/stories/{story_id}/result")
            assert result.status_code == 200, result.text
            if status["status"] != "running":
                if status["status"] in ("completed", "failed"):
                    break
            elif (
                any(
                    p["audio_primary_url"] is None or p["illustration_url"] is None
                    for p in result.json()["pages"]
                )
                and result.json()["pages"]
            ):
                partial_seen = True  # pages that are ready show up before the book is done
            assert time.monotonic() < deadline, stack.logs()
            time.sleep(0.1)
    assert status["status"] == "completed", status
    pages = BODY["page_count"]
    assert status["progress"] == {
        "story": {"done": 1, "failed": 0, "total": 1},
        "tts": {"done": 2 * pages, "failed": 0, "total": 2 * pages},
        "illustrations": {"done": pages + 1, "failed": 0, "total": pages + 1},
    }
    assert status["started_at"] and status["completed_at"]
    assert status["request"]["primary_lang"] == "Korean"
    assert status["request"]["secondary_lang"] == "English"

    with stack.client() as client:
        book = client.get(f"/api/stories/{story_id}/result").json()
    assert book["status"] == "completed"
    for kind in ("audio", "illustrations"):  # the model that made them: the workers' own
        assert book["assets"][kind].pop("model")
    assert book["assets"] == {
        "audio": {
            "enabled": True,
            "done": 2 * pages,
            "failed": 0,
            "skipped": 0,
            "total": 2 * pages,
        },
        "illustrations": {
            "enabled": True,
            "done": pages + 1,
            "failed": 0,
            "skipped": 0,
            "total": pages + 1,
        },
        "has_partial_failures": False,
    }
    assert [p["page_number"] for p in book["pages"]] == list(range(1, pages + 1))
    assert book["urls_expire_at"]

    # Every URL works from outside, without an API key.
    with httpx.Client(timeout=10) as anyone:
        story_json = anyone.get(book["story_json_url"])
        assert story_json.status_code == 200
        story = story_json.json()
        assert set(story) == PLAN_STORY_KEYS | ADDED_STORY_KEYS
        assert story["child_names"] == {"ko": "Mina", "en": "Mina"}
        assert len(story["pages"]) == pages
        assert "Mina" in story["title_primary"]
        cover = Image.open(io.BytesIO(anyone.get(book["cover_url"]).content))
        assert cover.format == "PNG"
        for page in book["pages"]:
            assert page["text_primary"] and page["text_secondary"]
            assert any("\uac00" <= ch <= "\ud7a3" for ch in page["text_primary"])  # Hangul
            assert page["illustration_prompt"].startswith(story["illustration_prefix"])
            assert 2 <= len(page["vocabulary"]) <= 4
            for url in (page["audio_primary_url"], page["audio_secondary_url"]):
                response = anyone.get(url)
                assert response.status_code == 200, url
                check_speech(response.content)
            image = Image.open(io.BytesIO(anyone.get(page["illustration_url"]).content))
            assert image.format == "PNG"
            assert abs(image.width / image.height - 16 / 9) < 0.02, image.size
    return {"book": book, "story": story, "partial_seen": partial_seen}


def test_a_whole_book_on_the_embedded_default(local_stack: Stack) -> None:
    story_id = create(local_stack)
    outcome = check_whole_book(local_stack, story_id)

    # The plan's storage layout and manifests, in the local object store.
    root = local_stack.base / "data" / "objects" / story_id
    audio = json.loads((root / "audio" / "manifest.json").read_text())["entries"]
    assert len(audio) == 2 * BODY["page_count"]
    # The plan's fields, plus each clip's read-along timings and how they were found.
    assert all(
        set(e) == {"page_number", "language", "role", "path", "status", "sentences", "timed_by"}
        for e in audio
    )
    assert {e["path"].split("/")[2] for e in audio} == {"01_korean", "02_english"}
    pictures = json.loads((root / "illustrations" / "manifest.json").read_text())["entries"]
    assert len(pictures) == BODY["page_count"] + 1
    assert all({"page_number", "status", "path", "prompt_mode"} <= set(e) for e in pictures)
    assert (root / "illustrations" / "cover.png").is_file()
    assert (root / "audio" / "01_korean" / "page_01_primary.wav").is_file()
    assert (root / "audio" / "02_english" / "page_06_secondary.wav").is_file()
    assert (root / "story_moretale-composer.json").is_file()
    result = json.loads((root / "result.json").read_text())
    assert len(result["pages"]) == BODY["page_count"]

    # A signed URL stops working when tampered with or expired.
    url = outcome["book"]["pages"][0]["illustration_url"]
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    base = f"{parts.scheme}://{parts.netloc}{parts.path}"
    tampered = httpx.get(f"{base}?{urlencode({**query, 'expires': int(query['expires']) + 5})}")
    assert tampered.status_code == 403
    assert tampered.json()["error"]["code"] == "URL_INVALID"
    other = base.replace("page_01.png", "page_02.png")
    assert httpx.get(f"{other}?{parts.query}").status_code == 403


def test_a_whole_book_over_s3_and_postgres(cluster_stack: Stack, s3_server: S3Server) -> None:
    story_id = create(cluster_stack, {**BODY, "primary_lang": "ko", "secondary_lang": "English"})
    outcome = check_whole_book(cluster_stack, story_id)
    # Presigned S3 URLs, and the plan's layout in the bucket.
    assert outcome["book"]["cover_url"].startswith(f"{s3_server.url}/books-cluster/{story_id}/")
    client = Minio(
        s3_server.endpoint,
        access_key=s3_server.access_key,
        secret_key=s3_server.secret_key,
        secure=False,
        region=s3_server.region,
    )
    keys = {
        o.object_name
        for o in client.list_objects("books-cluster", prefix=f"{story_id}/", recursive=True)
    }
    pages = BODY["page_count"]
    # clips, pictures, story, 2 manifests, result, book.epub
    assert len(keys) == 2 * pages + (pages + 1) + 5
    assert f"{story_id}/book.epub" in keys
    assert f"{story_id}/audio/manifest.json" in keys
    assert f"{story_id}/illustrations/manifest.json" in keys
    assert f"{story_id}/result.json" in keys


def test_bad_requests_get_the_envelope(local_stack: Stack) -> None:
    with local_stack.client() as client:
        bad = client.post("/api/stories/", json={**BODY, "primary_lang": "Klingon"})
        assert bad.status_code == 400
        error = bad.json()["error"]
        assert error["code"] == "VALIDATION_ERROR"
        assert error["detail"]["errors"][0]["loc"] == ["body", "primary_lang"]
        malformed = client.post(
            "/api/stories/", content=b"{nope", headers={"Content-Type": "application/json"}
        )
        assert malformed.status_code == 400
        missing = client.get("/api/stories/20260101_000000_story_nobody_x")
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "STORY_NOT_FOUND"
    with local_stack.client(key=None) as anonymous:
        assert anonymous.post("/api/stories/", json=BODY).status_code == 401
        assert anonymous.get("/healthz").status_code == 200
    with local_stack.client(key="wrong") as stranger:
        assert stranger.get("/api/stories/anything").status_code == 401
        assert stranger.post("/api/stories/", json=BODY).json()["error"]["code"] == "UNAUTHORIZED"


@pytest.mark.parametrize("page_count", [4])
def test_a_book_without_tts_or_pictures_completes_with_text(
    local_stack: Stack, page_count: int
) -> None:
    body = {
        **BODY,
        "page_count": page_count,
        "generation": {"enable_tts": False, "enable_illustration": False},
    }
    story_id = create(local_stack, body)
    status = local_stack.wait_for_status(story_id, {"completed", "failed"})
    assert status["status"] == "completed"
    assert status["progress"]["tts"]["total"] == 0
    with local_stack.client() as client:
        book = client.get(f"/api/stories/{story_id}/result").json()
    assert len(book["pages"]) == page_count
    assert all(p["audio_primary_url"] is None for p in book["pages"])
    assert book["story_json_url"]


def test_vocabulary_pronunciation_clips_and_quiz(local_stack: Stack) -> None:
    body = {
        **BODY,
        "page_count": 4,
        "generation": {
            "enable_vocabulary_audio": True,
            "enable_quiz": True,
            "quiz_question_count": 3,
        },
    }
    story_id = create(local_stack, body)
    status = local_stack.wait_for_status(story_id, {"completed", "failed"})
    assert status["status"] == "completed"
    with local_stack.client() as client:
        book = client.get(f"/api/stories/{story_id}/result").json()
    words = [entry for page in book["pages"] for entry in page["vocabulary"]]
    assert words
    assert status["progress"]["tts"]["total"] == 2 * (4 + len(words))
    assert book["assets"]["audio"]["done"] == 2 * (4 + len(words))
    for entry in words:
        for url in (entry["audio_primary_url"], entry["audio_secondary_url"]):
            response = httpx.get(url)
            assert response.status_code == 200
            with wave.open(io.BytesIO(response.content)) as wav:
                assert wav.getnframes() / wav.getframerate() > 0.2
    quiz = book["quiz"]
    assert quiz is not None and len(quiz["questions"]) == 3
    assert any(q["kind"] == "vocabulary" for q in quiz["questions"])
    assert httpx.get(book["quiz_json_url"]).json() == quiz
    manifest = json.loads(
        (local_stack.base / "data" / "objects" / story_id / "audio" / "manifest.json").read_text()
    )["entries"]
    assert sum("vocabulary_index" in e for e in manifest) == 2 * len(words)
