"""Fixtures the services' unit tests share."""

from __future__ import annotations

import pytest
from servers import FakeGeminiServer, fake_gemini  # noqa: F401  (fixture)


@pytest.fixture
def gemini(fake_gemini: FakeGeminiServer) -> FakeGeminiServer:  # noqa: F811
    """The session's fake Gemini API, reset for this test."""
    fake_gemini.reset()
    return fake_gemini
