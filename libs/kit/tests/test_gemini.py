"""Gemini faults as the consumer loop sees them, the Retry-After a 429 carries, the client's
settings, and the per-model request budget."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx2
import pytest
from google.genai import errors
from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from moretale_kit.bus import Fail, Retry, error_code
from moretale_kit.gemini import GeminiUnavailable, make_client, retry_after_sec, translate_error
from moretale_kit.limits import ModelRateLimits
from moretale_kit.settings import GeminiServiceSettings


def api_error(
    code: int, status: str, headers: dict[str, str] | None = None, **error: object
) -> errors.APIError:
    body = {"error": {"code": code, "message": "m", "status": status, **error}}
    response = httpx2.Response(code, json=body, headers=headers or {})
    cls = errors.ClientError if code < 500 else errors.ServerError
    return cls(code, body, response)


def test_retry_after_from_the_header_in_seconds_or_as_a_date() -> None:
    assert retry_after_sec(api_error(429, "RESOURCE_EXHAUSTED", {"Retry-After": "7"})) == 7
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    delay = retry_after_sec(api_error(429, "RESOURCE_EXHAUSTED", {"Retry-After": when}))
    assert delay is not None and 28 <= delay <= 31


def test_retry_after_from_the_retry_info_detail() -> None:
    info = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "12.5s"}
    other = {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": []}
    assert retry_after_sec(api_error(429, "RESOURCE_EXHAUSTED", details=[other, info])) == 12.5
    assert retry_after_sec(api_error(429, "RESOURCE_EXHAUSTED")) is None


def test_faults_become_retry_backoff_or_fail() -> None:
    limited = translate_error(api_error(429, "RESOURCE_EXHAUSTED", {"Retry-After": "4"}))
    assert isinstance(limited, Retry) and limited.delay == 4
    assert error_code(limited, "X") == "GEMINI_RATE_LIMITED"
    guessed = translate_error(api_error(429, "RESOURCE_EXHAUSTED"))
    assert isinstance(guessed, Retry) and 0 < guessed.delay <= 15
    for code, status in ((503, "UNAVAILABLE"), (500, "INTERNAL"), (504, "DEADLINE_EXCEEDED")):
        down = translate_error(api_error(code, status))
        assert isinstance(down, GeminiUnavailable) and down.code == f"GEMINI_{status}"
    for code, status in ((400, "INVALID_ARGUMENT"), (403, "PERMISSION_DENIED")):
        rejected = translate_error(api_error(code, status))
        assert isinstance(rejected, Fail) and rejected.code == f"GEMINI_{status}"
    # A retired or unknown model: the asset fails at once, named for what it is.
    gone = translate_error(api_error(404, "NOT_FOUND"))
    assert isinstance(gone, Fail) and gone.code == "MODEL_NOT_FOUND"
    timeout = translate_error(httpx2.ReadTimeout("slow"))
    assert isinstance(timeout, GeminiUnavailable) and timeout.code == "GEMINI_TIMEOUT"
    refused = translate_error(httpx2.ConnectError("refused"))
    assert isinstance(refused, GeminiUnavailable) and refused.code == "GEMINI_UNREACHABLE"
    other = ValueError("a bug")
    assert translate_error(other) is other


class _Settings(GeminiServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TEST_", extra="ignore")


def test_the_services_key_wins_and_the_sdk_does_not_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "shared")
    settings = _Settings()
    assert settings.gemini_key is not None
    assert settings.gemini_key.get_secret_value() == "shared"
    assert "shared" not in repr(settings)  # never logged
    own = _Settings(gemini_api_key=SecretStr("own"), gemini_base_url="http://127.0.0.1:1")
    assert own.gemini_key is not None and own.gemini_key.get_secret_value() == "own"
    assert own.provider_info("m") == {"provider": "gemini", "model": "m"}
    client = make_client(own)
    options = client._api_client._http_options
    assert options.base_url == "http://127.0.0.1:1"
    assert options.retry_options is not None and options.retry_options.attempts == 1
    assert options.api_version == "v1"  # named, never the SDK's own default
    beta = make_client(_Settings(gemini_api_key=SecretStr("k"), gemini_api_version="v1beta"))
    assert beta._api_client._http_options.api_version == "v1beta"
    monkeypatch.delenv("GEMINI_API_KEY")
    assert _Settings().provider_info("m") == {"provider": "offline", "model": "m"}
    monkeypatch.setenv("GEMINI_API_KEY", "")  # set but empty: still offline
    assert _Settings().gemini_key is None


async def test_requests_per_model_are_spaced() -> None:
    limits = ModelRateLimits(rpm=600)  # one every 0.1 s per model
    started = time.monotonic()
    await asyncio.gather(*(limits.acquire("a") for _ in range(4)), limits.acquire("b"))
    assert 0.28 <= time.monotonic() - started < 0.6  # a: 0, 0.1, 0.2, 0.3; b at once
    unlimited = ModelRateLimits(rpm=0)
    started = time.monotonic()
    await asyncio.gather(*(unlimited.acquire("a") for _ in range(50)))
    assert time.monotonic() - started < 0.05


def test_a_non_json_5xx_gives_a_code_without_spaces() -> None:
    """A proxy's HTML 502: the SDK's status is the HTTP reason ("Bad Gateway")."""
    html = httpx2.Response(
        502,
        text="<html><body><h1>502 Bad Gateway</h1></body></html>",
        headers={"content-type": "text/html"},
        request=httpx2.Request("POST", "http://127.0.0.1/v1/models/m:generateContent"),
    )
    with pytest.raises(errors.APIError) as raised:
        errors.APIError.raise_for_response(html)
    mapped = translate_error(raised.value)
    assert isinstance(mapped, GeminiUnavailable) and mapped.code == "GEMINI_BAD_GATEWAY"
    bare = errors.ServerError(599, {"error": {"code": 599, "message": "?"}}, None)
    assert error_code(translate_error(bare), "X") == "GEMINI_HTTP_599"
