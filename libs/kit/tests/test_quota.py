"""The shared request budget's spacing comes from one place, the setting
`MORETALE_GEMINI_QUOTA_JITTER_SEC`: the budget has no default jitter of its own. (The budget at
work, on a real nats-server, is tests/integration/test_quota.py.)"""

from __future__ import annotations

from typing import cast

import pytest
from nats.js import JetStreamContext
from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from moretale_kit.gemini import Gemini
from moretale_kit.quota import SharedRateLimit
from moretale_kit.settings import CommonSettings, GeminiServiceSettings

UNUSED_JS = cast(JetStreamContext, object())  # the budget reaches JetStream at its first call


class _Settings(GeminiServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TEST_", extra="ignore")


def _shared_budget(rpm: int) -> SharedRateLimit:
    gemini = Gemini(_Settings(gemini_api_key=SecretStr("k"), gemini_rpm=rpm), js=UNUSED_JS)
    assert isinstance(gemini.limits, SharedRateLimit)
    return gemini.limits


def test_the_shared_budget_is_spaced_by_the_jitter_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MORETALE_GEMINI_QUOTA_JITTER_SEC", raising=False)
    default = CommonSettings.model_fields["gemini_quota_jitter_sec"].default
    assert default == 2.0  # README's settings table
    assert _shared_budget(30).interval == pytest.approx((60 + default) / 30)
    monkeypatch.setenv("MORETALE_GEMINI_QUOTA_JITTER_SEC", "5")
    assert _shared_budget(30).interval == pytest.approx(65 / 30)
    assert _shared_budget(0).interval == 0.0  # no limit


def test_the_budget_takes_no_jitter_of_its_own() -> None:
    with pytest.raises(TypeError, match="jitter_sec"):
        SharedRateLimit(UNUSED_JS, "s", 30)  # type: ignore[call-arg]
    assert SharedRateLimit(UNUSED_JS, "s", 30, jitter_sec=0.0).interval == 2.0
