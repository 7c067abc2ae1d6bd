"""Story ids: readable, URL-safe, unguessable."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from moretale_gateway.ids import new_story_id

NOW = datetime(2026, 2, 18, 14, 37, 1, tzinfo=UTC)


def test_id_keeps_the_plans_readable_form() -> None:
    story_id = new_story_id("Mina", "Friendship", NOW)
    assert re.fullmatch(r"20260218_143701_story_mina-friendship_[0-9a-z]{12}", story_id)


def test_ids_are_url_safe_for_any_name() -> None:
    for name, theme in [("미나", "우정"), ("José / María", "A?B&C"), ("   ", "!!!")]:
        story_id = new_story_id(name, theme, NOW)
        assert re.fullmatch(r"[0-9A-Za-z_-]+", story_id), story_id


def test_ids_do_not_repeat() -> None:
    ids = {new_story_id("Mina", "Friendship", NOW) for _ in range(2000)}
    assert len(ids) == 2000
