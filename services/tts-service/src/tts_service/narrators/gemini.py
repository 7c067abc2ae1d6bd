"""Narration with a Gemini speech model through google-genai's async client.

The request's model, voice and temperature win over the configured defaults; a retired model
id is served by its replacement (the alias table). What the request looks like is the model's
row in the capability table (`moretale_kit.gemini_models`), so a new model needs no code:

- Gemini 3.8 TTS (`style="speech_metadata"`), per Google's "Migrate to Gemini 3.8 TTS" guide
  (docs.cloud.google.com/gemini-enterprise-agent-platform/models/text-to-speech/migration-guide):
  the page text goes verbatim in `parts[].text` (3.8 reads it as a transcript, so an
  instruction written into it would be spoken), the narration style in the part's
  `speech_metadata.style`, the language in `speech_config.language_code` (BCP-47), and no
  temperature / top_p / top_k (3.8 rejects them with 400 INVALID_ARGUMENT: a request's
  `tts_temperature` is accepted and ignored for such models);
- older speech models (`style="text"`): a reading instruction, a blank line, then the text, and
  the temperature sent.

The audio comes back as inline data whose MIME type says what it is: a whole WAV file
(`audio/wav`, 3.8's unary answer) is passed through, raw PCM (`audio/L16;codec=pcm;rate=24000`)
is wrapped in a WAV header with that rate.

Retries of faults (429, 5xx, timeouts) are not made here: `moretale_kit.gemini` turns them into
`Retry` / `GeminiUnavailable` for the consumer loop, the one place that retries; the SDK's own
retries are off. An answer without audio is retried the same way (the speech models sometimes
answer with nothing); one stopped by a safety filter fails at once (`Fail`).
"""

from __future__ import annotations

import io
import wave

from google.genai import types

from moretale_contracts.languages import resolve_language
from moretale_kit.bus import Fail
from moretale_kit.gemini import Gemini, GeminiUnavailable, inline_blobs, is_blocked, why_empty
from moretale_kit.gemini_models import SPEECH_LANGUAGE_CODES
from tts_service.alignment import timed
from tts_service.narrators import Narration, NarrationRequest, wav_from_pcm

_WAV_TYPES = frozenset({"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"})
DEFAULT_STYLE = (
    "Read aloud to a young child at bedtime: warm, gentle and unhurried, with a smile in the "
    "voice, a short pause between sentences."
)


def reading_instruction(language: str, style: str = DEFAULT_STYLE) -> str:
    """The instruction written before the text for older speech models (`style="text"`)."""
    name = resolve_language(language).name
    return f"Read this {name} text aloud, in natural {name}. {style} Read only the text."


class GeminiNarrator:
    """Narrator backed by a Gemini speech model; `model` and `voice` are the defaults."""

    def __init__(self, gemini: Gemini, model: str, voice: str, style: str = DEFAULT_STYLE) -> None:
        self.gemini = gemini
        self.model = model
        self.voice = voice
        self.style = style

    def request_for(
        self, request: NarrationRequest
    ) -> tuple[str, types.ContentListUnion, types.GenerateContentConfig]:
        """The model, contents and config of one narration, per the model's capability row."""
        try:
            model = self.gemini.settings.choose_model(request.model)
        except ValueError as exc:
            raise Fail("TTS_MODEL_NOT_ALLOWED", str(exc)) from None
        capability = self.gemini.catalog.capability(model, "speech")
        language = resolve_language(request.language)
        text = request.text.strip()
        contents: types.ContentListUnion
        if capability.style == "speech_metadata":
            part = types.Part(text=text, speech_metadata=types.SpeechMetadata(style=self.style))
            contents = [types.Content(role="user", parts=[part])]
        else:
            contents = f"{reading_instruction(request.language, self.style)}\n\n{text}"
        config = types.GenerateContentConfig(
            response_modalities=["AUDIO"],
            temperature=request.temperature if capability.sampling else None,
            speech_config=types.SpeechConfig(
                voice_config=types.VoiceConfig(
                    prebuilt_voice_config=types.PrebuiltVoiceConfig(
                        voice_name=request.voice or self.voice
                    )
                ),
                language_code=(
                    SPEECH_LANGUAGE_CODES.get(language.code) if capability.language_code else None
                ),
            ),
        )
        return model, contents, config

    async def narrate(self, request: NarrationRequest) -> Narration:
        """Read `request.text` aloud; raises ValueError for empty text."""
        if not request.text.strip():
            raise ValueError("nothing to narrate: the text is empty")
        model, contents, config = self.request_for(request)
        response = await self.gemini.generate(model, contents, config)
        blobs = inline_blobs(response, "audio/")
        if not blobs:
            if is_blocked(response):
                raise Fail("TTS_BLOCKED", f"no audio from {model}: {why_empty(response)}")
            raise GeminiUnavailable("TTS_NO_AUDIO", f"no audio from {model}: {why_empty(response)}")
        return timed(to_narration(blobs), request.text)  # sentence timings for read-along


def to_narration(blobs: list[types.Blob]) -> Narration:
    """One WAV from the audio parts of an answer (several PCM parts are joined)."""
    kinds = {(blob.mime_type or "").split(";")[0].strip().lower() for blob in blobs}
    if kinds <= _WAV_TYPES:
        if len(blobs) > 1:
            raise Fail("TTS_UNSUPPORTED_AUDIO", "several WAV parts in one answer")
        data = blobs[0].data or b""
        return Narration(wav=data, duration_sec=wav_duration(data))
    rates = {pcm_rate(blob.mime_type or "") for blob in blobs}
    if len(rates) != 1:
        raise Fail("TTS_UNSUPPORTED_AUDIO", f"audio parts of mixed types: {sorted(kinds)}")
    rate = rates.pop()
    # Despite the L16 name (big-endian in RFC 2586), Gemini sends little-endian samples: WAV's.
    pcm = b"".join(blob.data or b"" for blob in blobs)
    pcm = pcm[: len(pcm) - len(pcm) % 2]  # whole 16-bit samples only
    return Narration(wav=wav_from_pcm(pcm, rate), duration_sec=len(pcm) / 2 / rate)


def pcm_rate(mime_type: str) -> int:
    """The sample rate of `audio/L16;codec=pcm;rate=24000` (or `audio/pcm;rate=…`);
    `Fail` for any other audio type (a retry would bring the same)."""
    kind, *params = (p.strip() for p in mime_type.split(";"))
    if kind.lower() not in ("audio/l16", "audio/pcm"):
        raise Fail("TTS_UNSUPPORTED_AUDIO", f"cannot turn {mime_type!r} into WAV")
    values = dict(p.partition("=")[::2] for p in params)
    try:
        return int(values.get("rate", "24000"))
    except ValueError:
        raise Fail("TTS_UNSUPPORTED_AUDIO", f"bad rate in {mime_type!r}") from None


def wav_duration(data: bytes) -> float:
    """Seconds of a WAV file; `Fail` if it is not one."""
    try:
        with wave.open(io.BytesIO(data)) as wav:
            return wav.getnframes() / wav.getframerate()
    except (wave.Error, EOFError) as exc:
        raise Fail("TTS_UNSUPPORTED_AUDIO", f"not a WAV file: {exc}") from None
