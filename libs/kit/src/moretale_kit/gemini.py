"""Calling Gemini through google-genai, the same way in every worker service.

One async client per service with the SDK's own retries turned off and the API version set
explicitly, a per-model requests-per-minute budget shared by all replicas of the service
(`moretale_kit.quota.SharedRateLimit` on NATS JetStream; in one process only, `ModelRateLimits`,
when no bus is given), the service's models looked up at start (`look_up_models`, reported by
/readyz), and every fault turned into what the consumer loop of `moretale_kit.bus`
understands. Retries live in exactly one place, that loop:

- 429 -> `Retry(delay)` with the server's delay (the `Retry-After` header, else the RetryInfo
  `retryDelay` in the error body): the message is NAKed with that delay;
- 5xx, 408, a timeout or a broken connection -> `GeminiUnavailable`: the loop NAKs with
  exponential backoff and jitter, at most `max_deliver` times, then the service records a failed
  asset with the error's code;
- 404 (a retired or unknown model) -> `Fail("MODEL_NOT_FOUND")`: the asset fails at once;
- any other 4xx (bad request, bad key) -> `Fail`: no retry can fix it.

Error codes are upper-case words joined by `_` (`GEMINI_INVALID_ARGUMENT`); an answer without a
JSON status (a proxy's HTML 502) is named from its HTTP reason (`GEMINI_BAD_GATEWAY`).

Needs google-genai (the worker services depend on it; `moretale-kit[gemini]`).
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any

import httpx2
from google import genai
from google.genai import errors, types
from nats.js import JetStreamContext

from moretale_kit.bus import Fail, Retry
from moretale_kit.gemini_models import ModelCatalog
from moretale_kit.limits import ModelRateLimits
from moretale_kit.quota import SharedRateLimit
from moretale_kit.settings import GeminiServiceSettings

log = logging.getLogger(__name__)

# A 429 without a delay hint: wait about this long (jittered, so a burst does not come back
# together), and never longer than the cap whatever the server says.
DEFAULT_RETRY_AFTER_SEC = 10.0
LOOKUP_TIMEOUT_SEC = 10.0  # models.get at start: a short call, not a generation
MAX_RETRY_AFTER_SEC = 600.0
_TRANSIENT_STATUS = frozenset({408, 500, 502, 503, 504})
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)s\s*$")
_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")

# The SDK talks through httpx2 by default, through httpx when GOOGLE_GENAI_HTTP_CLIENT=httpx.
_TIMEOUTS: tuple[type[Exception], ...] = (httpx2.TimeoutException,)
_TRANSPORT: tuple[type[Exception], ...] = (httpx2.TransportError,)
try:
    import httpx

    _TIMEOUTS += (httpx.TimeoutException,)
    _TRANSPORT += (httpx.TransportError,)
except ImportError:  # pragma: no cover - httpx is optional for the SDK
    pass


class GeminiUnavailable(Exception):
    """A transient fault (5xx, timeout, network): the consumer loop tries again with backoff.

    `code` names it for the failed asset if every attempt meets it.
    """

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code


def make_client(settings: GeminiServiceSettings) -> genai.Client:
    """An API-key client for `settings`, with SDK retries off (the consumer loop retries) and
    the API version named (`settings.gemini_api_version`, never the SDK's own default).

    `base_url` unset lets the SDK use `GOOGLE_GEMINI_BASE_URL` or Google's endpoint.
    """
    key = settings.gemini_key
    if key is None:
        raise ValueError("no Gemini API key: set GEMINI_API_KEY or the service's own")
    http_options = types.HttpOptions(
        base_url=settings.gemini_base_url,
        api_version=settings.gemini_api_version,
        timeout=int(settings.gemini_timeout_sec * 1000),  # the SDK counts milliseconds
        retry_options=types.HttpRetryOptions(attempts=1),
    )
    return genai.Client(vertexai=False, api_key=key.get_secret_value(), http_options=http_options)


class Gemini:
    """The Gemini API as one service calls it: one client, one request budget per model.

    With `js` the budget (`settings.gemini_rpm`) is shared by every replica of the service
    (`scope`, default the settings' env prefix); without, it is this process's alone.
    """

    def __init__(
        self,
        settings: GeminiServiceSettings,
        client: genai.Client | None = None,
        js: JetStreamContext | None = None,
        scope: str | None = None,
    ) -> None:
        self.settings = settings
        self.client = client or make_client(settings)
        self.catalog: ModelCatalog = settings.common.model_catalog
        self.limits: ModelRateLimits | SharedRateLimit
        if js is not None:
            prefix = str(settings.model_config.get("env_prefix") or "gemini").strip("_").lower()
            self.limits = SharedRateLimit(
                js,
                scope or prefix,
                settings.gemini_rpm,
                jitter_sec=settings.common.gemini_quota_jitter_sec,
                replicas=settings.common.stream_replicas,
            )
        else:
            self.limits = ModelRateLimits(settings.gemini_rpm)
        self.model_problems: dict[str, str] = {}
        self._looked_up: list[str] = []

    async def look_up_models(self, models: Iterable[str]) -> dict[str, str]:
        """`models.get` for each configured model: what is wrong with each that is unknown or
        retired (with its replacement), logged in one line; kept for `ready`."""
        self._looked_up = sorted(set(models))
        found = await asyncio.gather(*(self._look_up(m) for m in self._looked_up))
        problems = {
            m: problem for m, problem in zip(self._looked_up, found, strict=True) if problem
        }
        if problems:
            log.error("Gemini models not usable: %s", "; ".join(problems.values()))
        self.model_problems = problems
        return problems

    async def _look_up(self, model: str) -> str | None:
        """What is wrong with `model` (None: Gemini knows it)."""
        config = types.GetModelConfig(
            http_options=types.HttpOptions(timeout=int(LOOKUP_TIMEOUT_SEC * 1000))
        )
        try:
            await self.client.aio.models.get(model=model, config=config)
        except errors.APIError as exc:
            if exc.code != 404:
                return f"could not look {model} up: Gemini {exc.code} {exc.status}"
            replacement = self.catalog.replacement(model)
            if replacement:
                return f"model {model} is retired; its replacement is {replacement}"
            return f"model {model} is unknown to Gemini (404 NOT_FOUND)"
        except Exception as exc:  # the network: looked up again at the next readiness probe
            return f"could not look {model} up: {type(exc).__name__}"
        return None

    async def ready(self) -> None:
        """Readiness: raises naming each configured model that is retired or unknown. A
        lookup that failed on the network is tried again here."""
        if any(p.startswith("could not look") for p in self.model_problems.values()):
            await self.look_up_models(self._looked_up)
        if self.model_problems:
            raise LookupError("; ".join(self.model_problems.values()))

    async def generate(
        self, model: str, contents: types.ContentListUnion, config: types.GenerateContentConfig
    ) -> types.GenerateContentResponse:
        """One `generate_content` call, after waiting for the model's budget.

        Raises `Retry`, `GeminiUnavailable` or `Fail` (see the module docstring).
        """
        await self.limits.acquire(model)
        started = time.monotonic()
        try:
            response = await self.client.aio.models.generate_content(
                model=model, contents=contents, config=config
            )
        except Exception as exc:
            mapped = translate_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc
        log.debug("gemini %s answered in %.2fs", model, time.monotonic() - started)
        return response

    async def generate_stream(
        self, model: str, contents: types.ContentListUnion, config: types.GenerateContentConfig
    ) -> AsyncIterator[types.GenerateContentResponse]:
        """One `generate_content_stream` call (`streamGenerateContent?alt=sse`), after waiting
        for the model's budget: the answer's chunks as they come.

        Faults, before or during the stream, raise like `generate`. Closing this iterator
        early (`contextlib.aclosing`) closes the HTTP stream at once: the SDK's chain of
        generators is read in a task of its own and that task is cancelled, which unwinds
        every layer down to the connection (closing only the outer generator would leave the
        response open until garbage collection).
        """
        await self.limits.acquire(model)
        chunks: asyncio.Queue[types.GenerateContentResponse | BaseException | None] = (
            asyncio.Queue()
        )

        async def read() -> None:
            try:
                stream = await self.client.aio.models.generate_content_stream(
                    model=model, contents=contents, config=config
                )
                async for chunk in stream:
                    chunks.put_nowait(chunk)
                chunks.put_nowait(None)
            except Exception as exc:
                chunks.put_nowait(exc)

        reader = asyncio.create_task(read(), name=f"gemini-stream:{model}")
        try:
            while (item := await chunks.get()) is not None:
                if isinstance(item, BaseException):
                    mapped = translate_error(item) if isinstance(item, Exception) else item
                    if mapped is item:
                        raise item
                    raise mapped from item
                yield item
        finally:
            if not reader.done():
                reader.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reader


def translate_error(exc: Exception) -> Exception:
    """What the consumer loop should see for an exception of the SDK or its HTTP client."""
    if isinstance(exc, errors.APIError):
        summary = f"Gemini {exc.code} {exc.status}: {exc.message}"[:300]
        if exc.code == 429:
            delay = retry_after_sec(exc)
            if delay is None:
                delay = DEFAULT_RETRY_AFTER_SEC * random.uniform(0.5, 1.5)
            return Retry(min(delay, MAX_RETRY_AFTER_SEC), summary, code="GEMINI_RATE_LIMITED")
        if exc.code == 404:
            return Fail("MODEL_NOT_FOUND", summary)
        code = error_code_of(exc)
        if exc.code in _TRANSIENT_STATUS or exc.code >= 500:
            return GeminiUnavailable(code, summary)
        return Fail(code, summary)
    if isinstance(exc, _TIMEOUTS):
        return GeminiUnavailable("GEMINI_TIMEOUT", f"Gemini did not answer in time: {exc!r}")
    if isinstance(exc, _TRANSPORT):
        return GeminiUnavailable("GEMINI_UNREACHABLE", f"Gemini could not be reached: {exc!r}")
    return exc


def error_code_of(exc: errors.APIError) -> str:
    """`GEMINI_` + the error's status as one upper-case word (`INVALID_ARGUMENT`, or from an
    HTTP reason such as "Bad Gateway": `BAD_GATEWAY`), else `GEMINI_HTTP_{code}`."""
    words = _NOT_WORD.sub("_", str(exc.status or "")).strip("_").upper()
    return f"GEMINI_{words}" if words else f"GEMINI_HTTP_{exc.code}"


def retry_after_sec(exc: errors.APIError) -> float | None:
    """The delay a 429 asks for: `Retry-After` (seconds or an HTTP date), else the
    `google.rpc.RetryInfo` detail's `retryDelay` ("12s"); None if it names none."""
    headers = getattr(exc.response, "headers", None)
    value = headers.get("retry-after") if headers is not None else None
    if value:
        seconds = _header_seconds(value)
        if seconds is not None:
            return seconds
    for detail in _error_details(exc.details):
        if str(detail.get("@type", "")).endswith("google.rpc.RetryInfo"):
            match = _DURATION.match(str(detail.get("retryDelay", "")))
            if match:
                return float(match.group(1))
    return None


def _header_seconds(value: str) -> float | None:
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _error_details(body: Any) -> list[dict[str, Any]]:
    error = body.get("error", body) if isinstance(body, dict) else {}
    details = error.get("details") if isinstance(error, dict) else None
    return [d for d in details if isinstance(d, dict)] if isinstance(details, list) else []


def inline_blobs(response: types.GenerateContentResponse, mime_prefix: str) -> list[types.Blob]:
    """The inline data parts of the first candidate whose MIME type starts with `mime_prefix`."""
    candidates = response.candidates or []
    content = candidates[0].content if candidates else None
    return [
        part.inline_data
        for part in (content.parts or [] if content else [])
        if part.inline_data is not None
        and part.inline_data.data
        and (part.inline_data.mime_type or "").startswith(mime_prefix)
    ]


def why_empty(response: types.GenerateContentResponse) -> str:
    """Why an answer holds no media: the block or finish reason, and any text the model wrote."""
    reasons = []
    feedback = response.prompt_feedback
    if feedback is not None and feedback.block_reason is not None:
        reasons.append(f"prompt blocked: {feedback.block_reason.value}")
    for candidate in response.candidates or []:
        if candidate.finish_reason is not None:
            reasons.append(f"finish reason: {candidate.finish_reason.value}")
        for part in candidate.content.parts or [] if candidate.content else []:
            if part.text:
                reasons.append(f"text: {part.text.strip()[:200]!r}")
    return "; ".join(reasons) or "the answer was empty"


def is_blocked(response: types.GenerateContentResponse) -> bool:
    """Whether the prompt or the answer was stopped by a safety or policy filter."""
    feedback = response.prompt_feedback
    if feedback is not None and feedback.block_reason is not None:
        return True
    blocking = {
        types.FinishReason.SAFETY,
        types.FinishReason.BLOCKLIST,
        types.FinishReason.PROHIBITED_CONTENT,
        types.FinishReason.SPII,
        types.FinishReason.IMAGE_SAFETY,
        types.FinishReason.IMAGE_PROHIBITED_CONTENT,
    }
    return any(c.finish_reason in blocking for c in response.candidates or [])
