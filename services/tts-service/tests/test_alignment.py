"""Sentence timings: the splitter, the pause matcher and its fallback, and eSpeak's events."""

from __future__ import annotations

import math
from array import array

import pytest

from moretale_contracts.api import TimedBy
from tts_service.alignment import align, split_sentences, timed
from tts_service.narrators import Narration, NarrationRequest, wav_from_pcm
from tts_service.narrators.espeak import EspeakNarrator

RATE = 24000


def _clip(*parts: tuple[str, float]) -> bytes:
    """PCM of ("tone" | "quiet", seconds) parts: a 220 Hz tone or near-silence."""
    samples = array("h")
    for kind, seconds in parts:
        for n in range(int(RATE * seconds)):
            level = 8000 * math.sin(2 * math.pi * 220 * n / RATE) if kind == "tone" else 3
            samples.append(int(level))
    return samples.tobytes()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mina woke up. The sun was 3.5 m high!  Off we go",
            ["Mina woke up.", "The sun was 3.5 m high!", "Off we go"],
        ),
        ('"Let\'s go," she said. "Now!" Done…', ['"Let\'s go," she said.', '"Now!"', "Done…"]),
        ('"Run!" she said. "Now."', ['"Run!" she said.', '"Now."']),
        ("미나는 일어났어요. 해가 밝았어요!", ["미나는 일어났어요.", "해가 밝았어요!"]),
        (
            "ミナは起きました。太陽が明るい！行こう",
            ["ミナは起きました。", "太陽が明るい！", "行こう"],
        ),
        ("मीना उठी। सूरज निकला।", ["मीना उठी।", "सूरज निकला।"]),
        ("   ", []),
    ],
)
def test_split_sentences_keeps_every_word_once(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_pauses_between_sentences_time_them() -> None:
    pcm = _clip(("quiet", 0.3), ("tone", 1.0), ("quiet", 0.5), ("tone", 2.0), ("quiet", 0.4))
    sentences = ["One short line.", "A second sentence twice as long."]
    timings, how = align(pcm, RATE, sentences)
    assert how is TimedBy.SILENCE
    assert [t.text for t in timings] == sentences
    assert timings[0].start == pytest.approx(0.3, abs=0.03)
    assert timings[0].end == pytest.approx(1.3, abs=0.03)
    assert timings[1].start == pytest.approx(1.8, abs=0.03)
    assert timings[1].end == pytest.approx(3.8, abs=0.03)


def test_short_breaths_are_not_sentence_ends() -> None:
    # A comma's short breath and two long pauses: the long ones split the three sentences.
    pcm = _clip(
        ("tone", 1.0),
        ("quiet", 0.2),
        ("tone", 0.5),
        ("quiet", 0.6),
        ("tone", 1.0),
        ("quiet", 0.6),
        ("tone", 1.2),
    )
    timings, how = align(
        pcm, RATE, ["Wait, little one, wait.", "Then came Mina.", "The end of it."]
    )
    assert how is TimedBy.SILENCE
    assert timings[1].start == pytest.approx(2.3, abs=0.03)
    assert timings[2].start == pytest.approx(3.9, abs=0.03)


def test_too_few_pauses_split_by_characters() -> None:
    pcm = _clip(("quiet", 0.5), ("tone", 3.0), ("quiet", 0.5))
    timings, how = align(pcm, RATE, ["Ab cd.", "Efghijkl mnop."])  # 5 and 13 characters
    assert how is TimedBy.PROPORTIONAL
    assert timings[0].start == pytest.approx(0.5, abs=0.03)
    assert timings[0].end == pytest.approx(0.5 + 3.0 * 5 / 18, abs=0.03)
    assert timings[1].end == pytest.approx(3.5, abs=0.03)


def test_a_match_far_from_the_text_falls_back() -> None:
    # One pause, but right at the start: the first sentence would get 3% of the speech.
    pcm = _clip(("tone", 0.1), ("quiet", 0.5), ("tone", 3.0))
    _, how = align(pcm, RATE, ["A long first sentence here.", "And a second one."])
    assert how is TimedBy.PROPORTIONAL


def test_timed_narration_carries_its_timings() -> None:
    pcm = _clip(("tone", 1.0), ("quiet", 0.5), ("tone", 1.0))
    narration = timed(Narration(wav=wav_from_pcm(pcm, RATE), duration_sec=2.5), "One. Two.")
    assert narration.timed_by is TimedBy.SILENCE
    assert [t.text for t in narration.sentences] == ["One.", "Two."]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("English", 'Mina woke up early. The sun was bright! "Let\'s go," she said. Done.'),
        ("Korean", "미나는 일찍 일어났어요. 해가 밝았어요! 가자."),
        ("Japanese", "ミナは早く起きました。太陽が明るい！行こう。"),
    ],
)
async def test_espeak_times_every_sentence_from_its_events(language: str, text: str) -> None:
    narration = await EspeakNarrator().narrate(NarrationRequest(text=text, language=language))
    assert narration.timed_by is TimedBy.ENGINE
    assert [t.text for t in narration.sentences] == [s.text for s in split_sentences(text)]
    bounds = [b for t in narration.sentences for b in (t.start, t.end)]
    assert bounds == sorted(bounds)
    assert bounds[0] == 0 and bounds[-1] <= narration.duration_sec + 0.001
    # Every sentence takes real time: the events told where each one begins.
    assert all(t.end - t.start > 0.2 for t in narration.sentences)
