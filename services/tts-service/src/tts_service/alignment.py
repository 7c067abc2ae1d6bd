"""Sentence timings for read-along: a page's text split into sentences, and when each is read.

Pure functions, no I/O. `split_sentences` cuts a text where a reader would stop (., !, ?, …,
the CJK and Indic full stops), keeping every character of the text in exactly one sentence.
`align` times a clip that came without timings (Gemini's narration): it finds the pauses in
the audio from its short-time energy and matches them to the sentence list; when the pauses and
the sentences cannot be matched (too few pauses, or a match that gives some sentence a share of
the speech far from its share of the text) it splits the speech in proportion to each
sentence's characters. It says which way it went.
"""

from __future__ import annotations

import io
import math
import re
import wave
from array import array
from dataclasses import dataclass, replace

from moretale_contracts.api import SentenceTiming, TimedBy
from tts_service.narrators import Narration

# A sentence ends at a Latin-script stop followed by space or the end (so "3.5" stays whole) and
# not by a lowercase word ('"Run!" she said.' is one sentence), or at a stop of a script that
# writes no space after it (。！？ in CJK, । in Devanagari).
_SENTENCE = re.compile(
    r".*?(?:[.!?…]+[\"'”’»)\]」』]*(?=\s*$|\s+(?![a-zß-ÿ]))|[。！？।॥؟۔]+[\"'”’»)\]」』）]*)\s*"
    r"|.+$",
    re.DOTALL,
)

FRAME_SEC = 0.02  # energy is measured over 20 ms frames
MIN_PAUSE_SEC = 0.18  # a quieter stretch shorter than this is a consonant, not a pause
SILENCE_RATIO = 0.06  # a frame is silent below this share of a loud frame's level
MAX_SHARE_RATIO = 2.5  # a sentence may take at most this times its share of the text, or 1/this


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text: its words (stripped) and where it sits in the text."""

    text: str
    start: int  # character offsets into the text, end exclusive, spaces after it excluded
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order; blank text has none."""
    sentences = []
    for match in _SENTENCE.finditer(text):
        piece = match.group(0)
        stripped = piece.strip()
        if not stripped:
            continue
        start = match.start() + (len(piece) - len(piece.lstrip()))
        sentences.append(Sentence(stripped, start, start + len(stripped)))
    return sentences


def align(
    pcm: bytes, sample_rate: int, sentences: list[str]
) -> tuple[list[SentenceTiming], TimedBy]:
    """Times for `sentences` in a clip of 16-bit little-endian mono PCM."""
    samples = array("h", pcm[: len(pcm) - len(pcm) % 2])
    duration = len(samples) / sample_rate if sample_rate else 0.0
    if not sentences:
        return [], TimedBy.PROPORTIONAL
    levels = _frame_levels(samples, max(1, int(sample_rate * FRAME_SEC)))
    loud = [i for i, level in enumerate(levels) if level > _threshold(levels)]
    if not loud:  # nothing audible: spread the text over the clip
        return _proportional(sentences, 0.0, duration, duration), TimedBy.PROPORTIONAL
    onset = loud[0] * FRAME_SEC
    offset = min(duration, (loud[-1] + 1) * FRAME_SEC)
    if len(sentences) == 1:
        return [_timing(sentences[0], onset, offset, duration)], TimedBy.SILENCE
    pauses = _pauses(levels, loud[0], loud[-1])
    needed = len(sentences) - 1
    if len(pauses) >= needed:
        # The longest pauses are between sentences (a comma is a shorter breath).
        chosen = sorted(sorted(pauses, key=lambda p: p[1] - p[0], reverse=True)[:needed])
        starts = [onset] + [end for _, end in chosen]
        ends = [start for start, _ in chosen] + [offset]
        if _plausible(sentences, starts, ends):
            timings = [
                _timing(text, start, end, duration)
                for text, start, end in zip(sentences, starts, ends, strict=True)
            ]
            return timings, TimedBy.SILENCE
    return _proportional(sentences, onset, offset, duration), TimedBy.PROPORTIONAL


def _frame_levels(samples: array[int], frame: int) -> list[float]:
    levels = []
    for begin in range(0, len(samples), frame):
        chunk = samples[begin : begin + frame]
        levels.append(math.sqrt(sum(s * s for s in chunk) / len(chunk)))
    return levels


def _threshold(levels: list[float]) -> float:
    """Silence is below a share of a loud frame (the 95th percentile), and above a floor."""
    ranked = sorted(levels)
    loud = ranked[min(len(ranked) - 1, int(len(ranked) * 0.95))]
    return max(loud * SILENCE_RATIO, 30.0)


def _pauses(levels: list[float], first: int, last: int) -> list[tuple[float, float]]:
    """Silent stretches of at least MIN_PAUSE_SEC between the first and last loud frame."""
    threshold = _threshold(levels)
    min_frames = math.ceil(MIN_PAUSE_SEC / FRAME_SEC)
    pauses, run_start = [], None
    for index in range(first, last + 1):
        if levels[index] <= threshold:
            run_start = index if run_start is None else run_start
        elif run_start is not None:
            if index - run_start >= min_frames:
                pauses.append((run_start * FRAME_SEC, index * FRAME_SEC))
            run_start = None
    return pauses


def _weights(sentences: list[str]) -> list[int]:
    return [max(1, sum(not c.isspace() for c in text)) for text in sentences]


def _plausible(sentences: list[str], starts: list[float], ends: list[float]) -> bool:
    weights = _weights(sentences)
    total_weight = sum(weights)
    spoken = sum(end - start for start, end in zip(starts, ends, strict=True))
    if spoken <= 0:
        return False
    for weight, start, end in zip(weights, starts, ends, strict=True):
        ratio = ((end - start) / spoken) / (weight / total_weight)
        if not 1 / MAX_SHARE_RATIO <= ratio <= MAX_SHARE_RATIO:
            return False
    return True


def _proportional(
    sentences: list[str], onset: float, offset: float, duration: float
) -> list[SentenceTiming]:
    weights = _weights(sentences)
    total = sum(weights)
    timings, done = [], 0
    for text, weight in zip(sentences, weights, strict=True):
        start = onset + (offset - onset) * done / total
        done += weight
        timings.append(_timing(text, start, onset + (offset - onset) * done / total, duration))
    return timings


def _timing(text: str, start: float, end: float, duration: float) -> SentenceTiming:
    start = min(max(0.0, start), duration)
    return SentenceTiming(
        text=text, start=round(start, 3), end=round(min(max(start, end), duration), 3)
    )


def wav_timings(wav: bytes, text: str) -> tuple[list[SentenceTiming], TimedBy]:
    """`align` for a mono 16-bit WAV file and the text it reads."""
    with wave.open(io.BytesIO(wav)) as clip:
        pcm = clip.readframes(clip.getnframes())
        rate = clip.getframerate()
    return align(pcm, rate, [sentence.text for sentence in split_sentences(text)])


def timed(narration: Narration, text: str) -> Narration:
    """A narration that came without sentence timings, with the ones its audio shows."""
    sentences, timed_by = wav_timings(narration.wav, text)
    return replace(narration, sentences=sentences, timed_by=timed_by)
