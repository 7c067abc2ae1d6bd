"""The Gemini models MoreTale knows: retired ids and their replacements, and what each model
accepts. Data and lookups only (no SDK import), so the gateway can resolve ids too.

Sources (read December 2026): Google's "Gemini deprecations" page
(https://ai.google.dev/gemini-api/docs/deprecations) and the "Migrate to Gemini 3.8 TTS" guide
(https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/text-to-speech/migration-guide).
`gemini-2.5-flash` and `gemini-2.5-pro` shut down on December 1, 2026, `gemini-2.5-flash-image`
in October 2026 and the 2.5 preview speech models on December 18, 2026; a retired id answers
404 NOT_FOUND. Both tables are settings (`MORETALE_GEMINI_MODEL_ALIASES`,
`MORETALE_GEMINI_MODEL_CAPABILITIES`), so the next model change needs no code.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from moretale_kit.ops import ReadyCheck

# Retired id -> the model that serves a request naming it: Google's recommended replacement
# where the deprecations page names one, else the current model of the same family.
RETIRED_MODEL_REPLACEMENTS: dict[str, str] = {
    "gemini-2.5-pro": "gemini-3.8-flash",
    "gemini-2.5-flash": "gemini-3.5-flash-lite",
    "gemini-2.5-flash-preview-tts": "gemini-3.8-flash-tts",
    "gemini-2.5-pro-preview-tts": "gemini-3.8-flash-tts",
    "gemini-2.5-flash-image": "gemini-3.1-flash-image",
    "gemini-2.5-flash-image-preview": "gemini-3.1-flash-image",
    "gemini-3.1-flash-image-preview": "gemini-3.1-flash-image",
    "gemini-3-pro-image-preview": "gemini-3-pro-image",
}


class ModelCapability(BaseModel):
    """What one model accepts and answers, as far as MoreTale's requests go.

    - `kind`: text (story, quiz), speech or image.
    - `sampling`: whether temperature / top_p / top_k may be sent (Gemini 3.8 TTS rejects them
      with 400 INVALID_ARGUMENT; a request's `tts_temperature` is then accepted and ignored).
    - `style`: where a speech model takes the reading style: `speech_metadata` (the part's
      `speech_metadata.style`, the text stays verbatim) or `text` (an instruction written
      before the text, the older models).
    - `language_code`: whether `speech_config.language_code` (BCP-47) is sent.
    - `audio`: the unary answer's format (`wav` or `pcm`); both are read by MIME type anyway.
    - `thinking_level` / `thinking_budget`: the thinking config of a text model (None: unset).
    - `image_size`: the `image_config.image_size` sent to an image model (None: unsupported).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["text", "speech", "image"]
    sampling: bool = True
    style: Literal["speech_metadata", "text"] = "text"
    language_code: bool = False
    audio: Literal["wav", "pcm"] = "pcm"
    thinking_level: Literal["MINIMAL", "LOW", "MEDIUM", "HIGH"] | None = None
    thinking_budget: int | None = None
    image_size: str | None = None


_TTS_38 = ModelCapability(
    kind="speech", sampling=False, style="speech_metadata", language_code=True, audio="wav"
)
MODEL_CAPABILITIES: dict[str, ModelCapability] = {
    "gemini-3.8-flash": ModelCapability(kind="text", thinking_level="LOW"),
    "gemini-3.5-flash": ModelCapability(kind="text", thinking_level="LOW"),
    "gemini-3.5-flash-lite": ModelCapability(kind="text", thinking_level="MINIMAL"),
    "gemini-3.1-flash-lite": ModelCapability(kind="text", thinking_level="MINIMAL"),
    "gemini-2.5-flash-lite": ModelCapability(kind="text", thinking_budget=0),
    "gemini-3.8-flash-tts": _TTS_38,
    "gemini-3.8-flash-lite-tts": _TTS_38,
    # The older request shape: style written before the text, sampling accepted, raw PCM.
    "gemini-3.1-flash-tts-preview": ModelCapability(kind="speech", language_code=True),
    "gemini-3.1-flash-image": ModelCapability(kind="image", image_size="1K"),
    "gemini-3-pro-image": ModelCapability(kind="image", image_size="2K"),
}


class ModelCatalog:
    """Aliases and capabilities as configured: the built-in tables, with the settings' entries
    added or replacing built-in ones."""

    def __init__(
        self,
        aliases: dict[str, str] | None = None,
        capabilities: dict[str, ModelCapability] | None = None,
    ) -> None:
        self.aliases = RETIRED_MODEL_REPLACEMENTS | (aliases or {})
        self.capabilities = MODEL_CAPABILITIES | (capabilities or {})

    def resolve(self, model: str) -> str:
        """The model that serves a request naming `model` (itself unless it is retired)."""
        seen = {model}
        while model in self.aliases:
            model = self.aliases[model]
            if model in seen:  # a loop in the configured table: stop where it closes
                break
            seen.add(model)
        return model

    def replacement(self, model: str) -> str | None:
        """The replacement of a retired id, None for a current one."""
        return self.resolve(model) if model in self.aliases else None

    def capability(self, model: str, kind: Literal["text", "speech", "image"]) -> ModelCapability:
        """The capability row of `model`; an unlisted model gets the cautious row of its kind
        (speech: the 3.8 request, which sends no sampling parameters)."""
        row = self.capabilities.get(model)
        if row is not None:
            return row
        return _TTS_38 if kind == "speech" else ModelCapability(kind=kind)


# The BCP-47 code `speech_config.language_code` takes for each of the book languages.
SPEECH_LANGUAGE_CODES: dict[str, str] = {
    "ko": "ko-KR",
    "en": "en-US",
    "ja": "ja-JP",
    "zh": "cmn-CN",
    "es": "es-ES",
    "vi": "vi-VN",
    "fr": "fr-FR",
    "de": "de-DE",
}


async def model_checks(provider: object, models: Iterable[str]) -> dict[str, ReadyCheck]:
    """Look a provider's Gemini models up at start (`models.get`, through its `gemini`) and
    return the readiness probe `gemini_models`: /readyz answers 503 naming each retired or
    unknown model and its replacement. {} for a provider without Gemini (offline)."""
    gemini = getattr(provider, "gemini", None)
    if gemini is None:
        return {}
    await gemini.look_up_models(models)
    return {"gemini_models": gemini.ready}
