"""The child's name in each language's script, through the whole embedded stack: the request's
`child_names`, the names derived from `child_name`, what the result and the story JSON show,
and a bad `child_names` answered in the error envelope."""

from __future__ import annotations

from typing import Any

import httpx
from stack import Stack

from moretale_contracts.story import Story

BODY: dict[str, Any] = {
    "child_name": "하린",
    "child_age": 5,
    "primary_lang": "Korean",
    "secondary_lang": "English",
    "theme": "Friendship",
    "extra_prompt": "Include a whale",
    "page_count": 4,
    "generation": {"enable_tts": True, "enable_illustration": False},
}


def _book(stack: Stack, body: dict[str, Any]) -> tuple[dict[str, Any], Story]:
    """The finished book's result and its story JSON."""
    with stack.client() as client:
        accepted = client.post("/api/stories/", json=body)
        assert accepted.status_code == 202, accepted.text
        story_id = accepted.json()["id"]
        status = stack.wait_for_status(story_id, {"completed", "failed"})
        assert status["status"] == "completed", status
        result = client.get(f"/api/stories/{story_id}/result").json()
    with httpx.Client(timeout=10) as anyone:
        story = Story.model_validate_json(anyone.get(result["story_json_url"]).content)
    return result, story


def test_a_hangul_name_is_romanized_in_the_english_half(local_stack: Stack) -> None:
    result, story = _book(local_stack, BODY)
    assert story.child_names == {"ko": "하린", "en": "Harin"}
    assert "하린" in result["title_primary"] and "Harin" in result["title_secondary"]
    for page in result["pages"]:
        assert "하린" not in page["text_secondary"] and "Harin" not in page["text_primary"]
        assert not any("가" <= ch <= "힣" for ch in page["text_secondary"]), page
        assert page["audio_secondary_url"]  # narrated from the text, so as Harin
    assert any("Harin" in page["text_secondary"] for page in result["pages"])


def test_the_parents_forms_win_and_a_latin_name_gets_katakana(local_stack: Stack) -> None:
    given = {**BODY, "child_name": "Mina", "child_names": {"Korean": "미나"}}
    result, story = _book(local_stack, given)
    assert story.child_names == {"ko": "미나", "en": "Mina"}
    assert all("Mina" not in page["text_primary"] for page in result["pages"])

    japanese = {**BODY, "child_name": "Mina", "primary_lang": "ja", "secondary_lang": "en"}
    result, story = _book(local_stack, japanese)
    assert story.child_names == {"ja": "ミナ", "en": "Mina"}
    assert "ミナ" in result["title_primary"]
    assert all("Mina" not in page["text_primary"] for page in result["pages"])


def test_bad_child_names_get_the_envelope(local_stack: Stack) -> None:
    with local_stack.client() as client:
        for names, field in (
            ({"fr": "Harine"}, "not one of the book's languages"),
            ({"en": ""}, "1 to 40 characters"),
            ({"en": "H" * 41}, "1 to 40 characters"),
            ({"xx": "Harin"}, "unsupported language"),
        ):
            bad = client.post("/api/stories/", json={**BODY, "child_names": names})
            assert bad.status_code == 400, bad.text
            error = bad.json()["error"]
            assert error["code"] == "VALIDATION_ERROR"
            assert field in str(error["detail"]), error
