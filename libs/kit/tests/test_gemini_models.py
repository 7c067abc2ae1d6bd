"""The model tables: retired ids served by their replacements, capability rows from settings,
and the choice of a request's model against a service's allowlist."""

from __future__ import annotations

import pytest
from pydantic_settings import SettingsConfigDict

from moretale_kit.gemini_models import (
    RETIRED_MODEL_REPLACEMENTS,
    SPEECH_LANGUAGE_CODES,
    ModelCapability,
    ModelCatalog,
)
from moretale_kit.settings import CommonSettings, GeminiServiceSettings


class _Settings(GeminiServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TEST_", extra="ignore")

    gemini_model: str = "gemini-3.8-flash-tts"
    allowed_models: str = "gemini-3.8-flash-lite-tts"


def test_the_plans_retired_ids_resolve_to_current_models() -> None:
    catalog = ModelCatalog()
    assert catalog.resolve("gemini-2.5-flash") == "gemini-3.5-flash-lite"
    assert catalog.resolve("gemini-2.5-pro") == "gemini-3.8-flash"
    assert catalog.resolve("gemini-2.5-flash-preview-tts") == "gemini-3.8-flash-tts"
    assert catalog.resolve("gemini-2.5-pro-preview-tts") == "gemini-3.8-flash-tts"
    assert catalog.resolve("gemini-2.5-flash-image") == "gemini-3.1-flash-image"
    assert catalog.resolve("gemini-3.8-flash") == "gemini-3.8-flash"  # current: itself
    assert catalog.replacement("gemini-3.8-flash") is None
    # Every replacement is a model with a capability row.
    assert {catalog.resolve(m) for m in RETIRED_MODEL_REPLACEMENTS} <= set(catalog.capabilities)


def test_settings_add_aliases_and_capabilities_without_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MORETALE_GEMINI_MODEL_ALIASES", '{"gemini-3.1-flash-lite": "x-1"}')
    monkeypatch.setenv(
        "MORETALE_GEMINI_MODEL_CAPABILITIES",
        '{"x-1": {"kind": "text", "thinking_budget": 512}, '
        '"gemini-9-tts": {"kind": "speech", "sampling": false, "style": "speech_metadata"}}',
    )
    catalog = CommonSettings().model_catalog
    assert catalog.resolve("gemini-3.1-flash-lite") == "x-1"
    assert catalog.resolve("gemini-2.5-pro") == "gemini-3.8-flash"  # built-in rows stay
    assert catalog.capability("x-1", "text").thinking_budget == 512
    assert catalog.capability("gemini-9-tts", "speech").style == "speech_metadata"
    # An unlisted speech model gets the cautious 3.8 request: no sampling parameters.
    assert catalog.capability("unlisted-tts", "speech").sampling is False
    assert catalog.capability("unlisted-image", "image") == ModelCapability(kind="image")


def test_a_loop_in_the_alias_table_ends() -> None:
    catalog = ModelCatalog({"a": "b", "b": "a"})
    assert catalog.resolve("a") in ("a", "b")


def test_a_request_model_is_resolved_then_checked_against_the_allowlist() -> None:
    settings = _Settings()
    assert settings.choose_model(None) == "gemini-3.8-flash-tts"
    assert settings.choose_model("gemini-2.5-flash-preview-tts") == "gemini-3.8-flash-tts"
    assert settings.choose_model("gemini-3.8-flash-lite-tts") == "gemini-3.8-flash-lite-tts"
    with pytest.raises(ValueError, match=r"gemini-3\.8-flash-lite-tts, gemini-3\.8-flash-tts"):
        settings.choose_model("gemini-3.1-flash-tts-preview")


def test_every_book_language_has_a_bcp47_code() -> None:
    from moretale_contracts.languages import LANGUAGES

    assert {lang.code for lang in LANGUAGES} == set(SPEECH_LANGUAGE_CODES)
    assert SPEECH_LANGUAGE_CODES["zh"] == "cmn-CN" and SPEECH_LANGUAGE_CODES["ko"] == "ko-KR"
