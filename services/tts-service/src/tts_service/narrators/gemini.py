"""Narration with a Gemini speech model through google-genai's async client.

The request's model, voice and temperature win over the configured defaults. The prompt is a
short reading instruction for the page's language, then the text. The audio comes back as
inline data whose MIME type says what it is: `audio/L16;codec=pcm;rate=24000` (raw 16-bit PCM)
is wrapped in a WAV header with that rate; `audio/wav` is passed through.

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
from tts_service.alignment import timed
from tts_service.narrators import Narration, NarrationRequest, wav_from_pcm

_WAV_TYPES = frozenset({"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"})


def reading_instruction(language: str) -> str:
    """What the speech model is told before the text, for a page in `language`."""
    name = resolve_language(language).name
    return (
        f"Read this {name} text aloud to a young child at bedtime, in natural {name}: "
        "warm, gentle and unhurried, with a smile in the voice. Read only the text."
    )


class GeminiNarrator:
    """Narrator backed by a Gemini speech model; `model` and `voice` are the defaults."""

    def __init__(self, gemini: Gemini, model: str, voice: str) -> None:
        self.gemini = gemini
        self.model = model
        self.voice = voice

    async def narrate(self, request: NarrationRequest) -> Narration:
        """Read `request.text` aloud; raises ValueError for empty text."""
        if not request.text.strip():
            raise ValueError("nothing to narrate: the text is empty")
        model = request.model or self.model
        voice = request.voice or self.voice
        config = types.GenerateContentConfig(
            response_modalities=["AUDIO"],
            temperature=request.temperature,
            speech_config=types.SpeechConfig(
                voice_config=types.VoiceConfig(
                    prebuilt_voice_config=types.PrebuiltVoiceConfig(voice_name=voice)
                )
            ),
        )
        prompt = f"{reading_instruction(request.language)}\n\n{request.text.strip()}"
        response = await self.gemini.generate(model, prompt, config)
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
