"""EspeakNarrator: real synthesis through the eSpeak NG library shipped by espeakng-loader."""

from __future__ import annotations

import asyncio
import io
import math
import os
import statistics
import subprocess
import sys
import time
import wave
from array import array
from pathlib import Path

import pytest

try:
    import tts_service  # noqa: F401
except ModuleNotFoundError:  # tts-service not installed in the venv yet: use its source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tts_service.narrators import Narration, NarrationRequest
from tts_service.narrators.espeak import EspeakNarrator

# One page sentence per language, and the eSpeak voice file that should read it.
SENTENCES = {
    "Korean": ("미나는 숲에서 작은 용을 만났어요.", "ko"),
    "English": ("Mina met a small dragon in the forest.", "en-us"),
    # Kana: the eSpeak Japanese voice cannot read kanji (see test_japanese_kanji_is_read_as_kana).
    "Japanese": ("ミナはもりでちいさなドラゴンにあいました。", "ja"),
    "Chinese": ("米娜在森林里遇到了一条小龙。", "cmn"),
    "Spanish": ("Mina conoció a un pequeño dragón en el bosque.", "es"),
    "Vietnamese": ("Mina đã gặp một chú rồng nhỏ trong rừng.", "vi"),
    "French": ("Mina a rencontré un petit dragon dans la forêt.", "fr"),
    "German": ("Mina traf im Wald einen kleinen Drachen.", "de"),
}


def narrate(request: NarrationRequest, narrator: EspeakNarrator | None = None) -> Narration:
    return asyncio.run((narrator or EspeakNarrator()).narrate(request))


def samples_of(narration: Narration) -> tuple[array, int]:
    """Open the WAV as a player would; check its format and return its samples and rate."""
    assert narration.wav[:4] == b"RIFF" and narration.wav[8:12] == b"WAVE"
    with wave.open(io.BytesIO(narration.wav)) as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getcomptype() == "NONE"
        rate = wav.getframerate()
        samples = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples, rate


def same_speech(a: Narration, b: Narration) -> bool:
    """Whether two clips are the same utterance by the same voice.

    eSpeak carries some state from one utterance to the next (the pitch-flutter phase), so the
    same request spoken twice is not byte-identical: it may differ by ~10 ms of timing. So this
    compares the lengths and the loudness envelopes (10 ms frames); another voice or another
    text changes one or the other (envelope correlation < 0.75, or a length change > 2 %).
    """
    (x, rate), (y, _) = samples_of(a), samples_of(b)
    if abs(len(x) - len(y)) > 0.02 * max(len(x), len(y)):
        return False
    frame = rate // 100
    frames = range(0, min(len(x), len(y)) - frame, frame)

    def envelope(s: array) -> list[float]:
        return [math.sqrt(sum(v * v for v in s[i : i + frame]) / frame) for i in frames]

    return statistics.correlation(envelope(x), envelope(y)) > 0.9


@pytest.mark.parametrize("language", list(SENTENCES))
def test_each_language_speaks(language: str) -> None:
    text, voice_file = SENTENCES[language]
    narration = narrate(NarrationRequest(text, language))
    samples, rate = samples_of(narration)

    assert rate > 8000
    assert narration.duration_sec == pytest.approx(len(samples) / rate)
    assert 0.5 < narration.duration_sec < 15
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    assert rms > 1000, f"{language}: RMS {rms:.0f}, sounds like silence"
    assert sum(1 for s in samples if s) / len(samples) > 0.5
    # The language's voice really was used, not whichever voice happened to be loaded: the
    # result sounds like that voice asked by name, and unlike another voice.
    assert same_speech(narration, narrate(NarrationRequest(text, language, voice=voice_file)))
    assert not same_speech(narration, narrate(NarrationRequest(text, language, voice="eo")))


def test_typical_sentence_is_fast() -> None:
    text = (
        "Mina and the little dragon flew over the tall mountains together, "
        "looking for the golden star that had fallen into the sea."
    )
    assert len(text.split()) >= 20
    narrator = EspeakNarrator()
    narrate(NarrationRequest("Warm up.", "English"), narrator)  # the first call loads the library
    start = time.perf_counter()
    narration = narrate(NarrationRequest(text, "English"), narrator)
    assert time.perf_counter() - start < 0.5
    assert narration.duration_sec > 3


def test_longer_text_gives_longer_clip() -> None:
    one = "미나는 숲에서 작은 용을 만났어요."
    three = one + " 용은 미나에게 하늘을 나는 법을 가르쳐 주었어요. 둘은 함께 별을 찾으러 떠났어요."
    short = narrate(NarrationRequest(one, "Korean"))
    long = narrate(NarrationRequest(three, "Korean"))
    assert long.duration_sec > 2 * short.duration_sec
    assert len(long.wav) > 2 * len(short.wav)


def test_nothing_leaks_from_one_narration_to_the_next() -> None:
    # Voice, variant and rate are library globals: each narration must set its own.
    english = NarrationRequest("Mina met a small dragon in the forest.", "English")
    first = narrate(english)
    german = NarrationRequest("Mina traf im Wald einen kleinen Drachen!", "German", voice="de+f3")
    narrate(german, EspeakNarrator(rate_wpm=300))
    narrate(NarrationRequest("Mina met a small dragon.", "English", voice="en-gb+m3"))
    again = narrate(english)
    assert same_speech(again, first)
    assert abs(again.duration_sec - first.duration_sec) < 0.05


@pytest.mark.asyncio
async def test_parallel_narrations_equal_solo_ones() -> None:
    requests = [
        NarrationRequest(SENTENCES[language][0], language)
        for language in ("Korean", "English", "Japanese", "Chinese", "French", "German")
    ]
    narrator = EspeakNarrator()
    together = await asyncio.gather(*(narrator.narrate(request) for request in requests))
    alone = [await narrator.narrate(request) for request in requests]
    # Not byte-identical (see same_speech), but each clip is its own request's speech, whole.
    for parallel, solo in zip(together, alone, strict=True):
        assert same_speech(parallel, solo)
        assert abs(parallel.duration_sec - solo.duration_sec) < 0.05
    assert not same_speech(together[0], together[1])


def test_empty_text_raises() -> None:
    for text in ("", "   ", " \n\t "):
        with pytest.raises(ValueError):
            narrate(NarrationRequest(text, "Korean"))


def test_unknown_language_raises() -> None:
    with pytest.raises(ValueError):
        narrate(NarrationRequest("Hello.", "Klingon"))


def test_unknown_voice_falls_back_to_language_voice() -> None:
    text = "Mina met a small dragon in the forest."
    default = narrate(NarrationRequest(text, "English"))
    for voice in ("Achernar", "Kore", "en-gb+nosuchvariant", "../../etc/passwd", ""):
        assert same_speech(narrate(NarrationRequest(text, "English", voice=voice)), default)


def test_known_espeak_voice_is_used() -> None:
    text = "Mina met a small dragon in the forest."
    american = narrate(NarrationRequest(text, "English"))
    british = narrate(NarrationRequest(text, "English", voice="en-gb"))
    female = narrate(NarrationRequest(text, "English", voice="en-GB+f3"))
    assert not same_speech(british, american)
    assert not same_speech(female, british)
    assert not same_speech(female, american)
    # "en-gb" is a language tag; eSpeak's own file for it is "en".
    assert same_speech(british, narrate(NarrationRequest(text, "English", voice="en")))


def test_temperature_changes_nothing() -> None:
    text = "Mina met a small dragon in the forest."
    cool = narrate(NarrationRequest(text, "English", temperature=0.2))
    assert same_speech(cool, narrate(NarrationRequest(text, "English", temperature=1.8)))


def test_rate_sets_speed() -> None:
    text = "Mina met a small dragon in the forest, and they became friends."
    slow = narrate(NarrationRequest(text, "English"), EspeakNarrator(rate_wpm=120))
    fast = narrate(NarrationRequest(text, "English"), EspeakNarrator(rate_wpm=240))
    assert fast.duration_sec < 0.75 * slow.duration_sec
    with pytest.raises(ValueError):
        EspeakNarrator(rate_wpm=20)


def test_japanese_kanji_is_read_as_kana() -> None:
    # Without the kana step eSpeak says "Chinese letter" per kanji: a much longer clip.
    kanji = narrate(NarrationRequest("ミナは森で小さなドラゴンに会いました。", "Japanese"))
    kana = narrate(NarrationRequest("みなはもりでちいさなどらごんにあいました。", "Japanese"))
    assert same_speech(kanji, kana)


@pytest.mark.asyncio
async def test_event_loop_stays_free_while_narrating() -> None:
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.001)
            ticks += 1

    ticker = asyncio.create_task(tick())
    text = " ".join([SENTENCES["English"][0]] * 60)  # about 0.2 s of synthesis
    start = time.perf_counter()
    await EspeakNarrator().narrate(NarrationRequest(text, "English"))
    elapsed = time.perf_counter() - start
    ticker.cancel()
    assert elapsed > 0.05, "too short to tell"
    assert ticks > 10, f"the loop ticked {ticks} times in {elapsed:.2f} s: it was blocked"


def test_the_private_library_copy_leaves_nothing_in_tmp(tmp_path: Path) -> None:
    """The copy is deleted as soon as it is loaded: even a process killed later (kill -9, no
    atexit) leaves nothing behind. Checked while the narrating process is still alive."""
    script = (
        "import asyncio, os\n"
        "from tts_service.narrators import NarrationRequest\n"
        "from tts_service.narrators.espeak import EspeakNarrator\n"
        "request = NarrationRequest(text='Mina met a dragon.', language='English')\n"
        "narration = asyncio.run(EspeakNarrator().narrate(request))\n"
        "assert narration.wav[:4] == b'RIFF'\n"
        "print(sorted(os.listdir(os.environ['TMPDIR'])))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "TMPDIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
