"""Who reads a page aloud: the `Narrator` interface and the factory that picks one."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from moretale_contracts.api import SentenceTiming, TimedBy

if TYPE_CHECKING:
    from nats.js import JetStreamContext

    from tts_service.config import Settings


@dataclass(frozen=True)
class NarrationRequest:
    """One text to read. `language` is a canonical name from `moretale_contracts.languages`."""

    text: str
    language: str
    voice: str | None = None
    model: str | None = None
    temperature: float = 1.0


@dataclass(frozen=True)
class Narration:
    """A WAV file (RIFF, PCM), how long it plays, and when each sentence of its text is read
    (seconds from the start, in order) with how those times were found."""

    wav: bytes
    duration_sec: float
    sentences: list[SentenceTiming] = field(default_factory=list)
    timed_by: TimedBy | None = None


class Narrator(Protocol):
    """Turns text into speech. `model` names the engine or model used."""

    model: str

    async def narrate(self, request: NarrationRequest) -> Narration: ...


def wav_from_pcm(pcm: bytes, sample_rate: int) -> bytes:
    """A mono WAV file around 16-bit little-endian PCM samples."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm)
    return buffer.getvalue()


def make_narrator(settings: Settings, js: JetStreamContext | None = None) -> Narrator:
    """The narrator the settings choose: Gemini when a key is set (its request budget shared
    through `js` by every replica), else eSpeak NG offline."""
    if settings.gemini_key is not None:
        from moretale_kit.gemini import Gemini
        from tts_service.narrators.gemini import GeminiNarrator

        return GeminiNarrator(
            Gemini(settings, js=js),
            model=settings.gemini_model,
            voice=settings.gemini_voice,
            style=settings.narration_style,
        )
    from tts_service.narrators.espeak import EspeakNarrator

    return EspeakNarrator(rate_wpm=settings.espeak_rate_wpm)
