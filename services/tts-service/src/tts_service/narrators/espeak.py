"""Offline narration with eSpeak NG, called through its C API (ctypes): no network, no subprocess.

The shared library and its voice data come from the `espeakng-loader` wheel. The library keeps
all its state in C globals and is not thread-safe, so one private instance is loaded lazily and
kept for the life of the process, and one process-wide lock covers every call into it. The
instance is a private copy of the wheel's library: dlopen of another path gives its own globals,
so any other part of the process that loads the wheel (phonemizers do) cannot disturb ours.

Output is not byte-for-byte reproducible: some globals carry over from one utterance to the next
(the pitch-flutter phase, the automatic gain), so the same text spoken twice differs by a few
milliseconds of timing. A fresh instance per narration would be reproducible, but eSpeak's
terminate does not free everything it allocated (the second-language dictionary it loads for
foreign words, about 180 kB per Vietnamese sentence naming "Mina"), so that would leak.

The Japanese voice reads kana only (kanji come out as the English words "Chinese letter"), so
Japanese text is turned into hiragana with pykakasi first.
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import espeakng_loader
import pykakasi

from moretale_contracts.api import SentenceTiming, TimedBy
from moretale_contracts.languages import resolve_language
from tts_service.alignment import Sentence, split_sentences
from tts_service.narrators import Narration, NarrationRequest, wav_from_pcm

logger = logging.getLogger(__name__)

MIN_RATE_WPM = 80
MAX_RATE_WPM = 450

# Constants from speak_lib.h.
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000  # report missing data as an error instead of calling exit(1)
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_PARAM_RATE = 1
_EE_OK = 0
_EVENT_LIST_TERMINATED, _EVENT_WORD, _EVENT_SENTENCE, _EVENT_END = 0, 1, 2, 5
_CHUNK_MS = 500  # samples per callback; bigger chunks mean fewer calls back into Python

# Han ideographs (CJK unified, extension A, compatibility): what the Japanese voice cannot read.
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class _Voice(ctypes.Structure):
    """`espeak_VOICE` from speak_lib.h, as `espeak_ListVoices` returns it."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_void_p),  # packed: (priority byte, tag, NUL) repeated, then NUL
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("spare", ctypes.c_void_p),
    ]


class _Event(ctypes.Structure):
    """`espeak_EVENT` from speak_lib.h: what the synthesiser reached, and at which sample."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),  # characters from the start of the text, 1-based
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),  # milliseconds
        ("sample", ctypes.c_int),  # samples from the start of the synthesis
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_void_p),  # a union of an int, a pointer and 8 chars
    ]


_SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)

_LOCK = threading.Lock()  # one caller at a time in the library and in the state below
_sink: list[bytes] | None = None  # PCM chunks of the narration in progress
# (type, character offset (0-based), sample) of the word, sentence and end-of-clause events
_marks: list[tuple[int, int, int]] | None = None


def _collect(wav: ctypes._Pointer, numsamples: int, events: ctypes._Pointer) -> int:
    if numsamples > 0 and _sink is not None:
        _sink.append(ctypes.string_at(wav, numsamples * 2))
    if events and _marks is not None:
        index = 0
        while (event := events[index]).type != _EVENT_LIST_TERMINATED:
            if event.type in (_EVENT_WORD, _EVENT_SENTENCE, _EVENT_END):
                _marks.append((event.type, event.text_position - 1, event.sample))
            index += 1
    return 0  # 0 = go on synthesising


# Module-level: the library keeps its address for good, so it must never be garbage-collected.
_CALLBACK = _SynthCallback(_collect)


@dataclass(frozen=True)
class _VoiceIndex:
    """Every way a voice may be named (casefolded) → its identifier; variant names → file names."""

    voices: dict[str, str]
    variants: dict[str, str]

    def find(self, name: str) -> str | None:
        """The identifier to pass to espeak_SetVoiceByName, or None if no such voice exists."""
        base, plus, variant = name.strip().partition("+")
        identifier = self.voices.get(base.casefold())
        if identifier is None or not plus:
            return identifier
        file_name = self.variants.get(variant.casefold())
        return f"{identifier}+{file_name}" if file_name else None


@dataclass(frozen=True)
class _Engine:
    """The loaded library, its sample rate and its voices."""

    lib: ctypes.CDLL
    sample_rate: int
    voices: _VoiceIndex


_engine: _Engine | None = None  # loaded on first use, then kept; guarded by _LOCK


def _load_private_copy() -> ctypes.CDLL:
    """A copy of the wheel's library, loaded: dlopen of a new path gives globals nobody else
    shares. The copy is deleted once loaded (the mapping outlives the file), so not even a
    killed process leaves it behind."""
    source = Path(espeakng_loader.get_library_path())
    with tempfile.TemporaryDirectory(prefix="moretale-espeak-") as folder:
        target = os.path.join(folder, source.name)
        shutil.copyfile(source, target)
        return ctypes.CDLL(target)


def _declare(lib: ctypes.CDLL) -> None:
    # Explicit signatures: ctypes would otherwise pass and return plain ints (and truncate
    # the 64-bit pointer that espeak_ListVoices returns).
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
    lib.espeak_SetSynthCallback.restype = None
    lib.espeak_ListVoices.argtypes = [ctypes.c_void_p]
    lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetVoiceByName.restype = ctypes.c_int
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_SetParameter.restype = ctypes.c_int
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p,  # text
        ctypes.c_size_t,  # size
        ctypes.c_uint,  # position
        ctypes.c_int,  # position_type
        ctypes.c_uint,  # end_position
        ctypes.c_uint,  # flags
        ctypes.c_void_p,  # unique_identifier
        ctypes.c_void_p,  # user_data
    ]
    lib.espeak_Synth.restype = ctypes.c_int
    lib.espeak_Synchronize.argtypes = []
    lib.espeak_Synchronize.restype = ctypes.c_int


def _load() -> _Engine:
    """Load and initialise the private library once. Hold _LOCK."""
    global _engine
    if _engine is None:
        lib = _load_private_copy()
        _declare(lib)
        # speak_lib.h: the path is the folder that contains espeak-ng-data.
        data_parent = os.path.dirname(espeakng_loader.get_data_path())
        sample_rate = lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, _CHUNK_MS, data_parent.encode(), _INITIALIZE_DONT_EXIT
        )
        if sample_rate <= 0:
            raise RuntimeError(
                f"espeak_Initialize failed ({sample_rate}) with data in {data_parent}"
            )
        lib.espeak_SetSynthCallback(_CALLBACK)
        _engine = _Engine(lib, sample_rate, _read_voices(lib))
    return _engine


def _language_tags(packed: int | None) -> Iterator[tuple[int, str]]:
    while packed and (priority := ctypes.string_at(packed, 1)[0]):
        tag = ctypes.string_at(packed + 1)
        yield priority, tag.decode("utf-8", "replace").casefold()
        packed += len(tag) + 2


def _read_voices(lib: ctypes.CDLL) -> _VoiceIndex:
    # espeak_SetVoiceByName knows file names and voice names but not language tags: "fr-fr" and
    # "en-gb" fail there, and a failed change silently keeps the previous voice. So names are
    # resolved here, to an identifier that SetVoiceByName always accepts.
    names: dict[str, str] = {}
    tags: dict[str, tuple[int, str]] = {}
    listed = lib.espeak_ListVoices(None)
    index = 0
    while listed[index]:
        voice = listed[index].contents
        identifier = voice.identifier.decode("utf-8", "replace")
        name = voice.name.decode("utf-8", "replace")
        for key in (identifier, identifier.rsplit("/", 1)[-1], name):
            names.setdefault(key.casefold(), identifier)
        for priority, tag in _language_tags(voice.languages):
            if tag not in tags or priority < tags[tag][0]:  # lower number = preferred voice
                tags[tag] = (priority, identifier)
        index += 1
    by_tag = {tag: identifier for tag, (_, identifier) in tags.items()}
    variants_dir = Path(espeakng_loader.get_data_path()) / "voices" / "!v"
    variants = {path.name.casefold(): path.name for path in variants_dir.iterdir()}
    return _VoiceIndex(voices=by_tag | names, variants=variants)  # exact names beat tags


def _choose_voice(voices: _VoiceIndex, requested: str | None, language_voice: str) -> str:
    if requested:
        found = voices.find(requested)
        if found:
            return found
        logger.debug("%r is not an eSpeak voice; using %r", requested, language_voice)
    found = voices.find(language_voice)
    if found is None:
        raise RuntimeError(f"eSpeak NG has no voice {language_voice!r}")
    return found


def _speak(
    text: str, requested: str | None, language_voice: str, rate_wpm: int
) -> tuple[bytes, int, list[tuple[int, int, int]]]:
    """Blocking: synthesise `text`; returns 16-bit mono PCM, its sample rate and the engine's
    events (type, character offset, sample)."""
    global _sink, _marks
    with _LOCK:
        engine = _load()
        lib = engine.lib
        voice = _choose_voice(engine.voices, requested, language_voice)
        status = lib.espeak_SetVoiceByName(voice.encode())
        if status != _EE_OK:
            raise RuntimeError(f"espeak_SetVoiceByName({voice!r}) failed ({status})")
        lib.espeak_SetParameter(_PARAM_RATE, rate_wpm, 0)  # global: set for every narration
        chunks: list[bytes] = []
        marks: list[tuple[int, int, int]] = []
        _sink, _marks = chunks, marks
        try:
            data = text.encode()
            status = lib.espeak_Synth(
                data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None
            )
            if status == _EE_OK:
                status = lib.espeak_Synchronize()
        finally:
            _sink, _marks = None, None
        if status != _EE_OK:
            raise RuntimeError(f"espeak_Synth failed ({status})")
    pcm = b"".join(chunks)
    if sys.byteorder == "big":  # the library writes native shorts; WAV wants little-endian
        samples = array("h", pcm)
        samples.byteswap()
        pcm = samples.tobytes()
    return pcm, engine.sample_rate, marks


class EspeakNarrator:
    """Offline Narrator: eSpeak NG from the espeakng-loader wheel, through its C API.

    The voice is `request.voice` when eSpeak knows it (a voice name, file name or language tag
    such as "en-gb", optionally with a "+variant" such as "en-gb+f3"), otherwise the language's
    `espeak_voice`; other names, such as Gemini's "Achernar", are ignored. `request.temperature`
    is ignored too: eSpeak has no sampling to randomise, and turning it into pitch would change
    the narrator's voice from page to page. Narrations run one at a time, in a worker thread.
    """

    def __init__(self, model: str = "espeak-ng", rate_wpm: int = 150) -> None:
        if not MIN_RATE_WPM <= rate_wpm <= MAX_RATE_WPM:
            raise ValueError(f"rate_wpm must be {MIN_RATE_WPM}..{MAX_RATE_WPM}, got {rate_wpm}")
        self.model = model
        self.rate_wpm = rate_wpm

    async def narrate(self, request: NarrationRequest) -> Narration:
        """Read `request.text` aloud; raises ValueError for empty text or an unknown language."""
        text = request.text.replace("\x00", " ")  # C would stop reading at a NUL
        if not text.strip():
            raise ValueError("nothing to narrate: the text is empty")
        language = resolve_language(request.language)
        sentences = split_sentences(text)
        spoken = text
        if language.code == "ja" and _HAN.search(text):
            sentences, spoken = await asyncio.to_thread(_kana_sentences, text, sentences)
        # The library blocks for the whole synthesis: keep it off the event loop.
        pcm, sample_rate, marks = await asyncio.to_thread(
            _speak, spoken, request.voice, language.espeak_voice, self.rate_wpm
        )
        total = len(pcm) // 2
        return Narration(
            wav=wav_from_pcm(pcm, sample_rate),
            duration_sec=total / sample_rate,
            sentences=_sentence_timings(sentences, marks, total, sample_rate),
            timed_by=TimedBy.ENGINE,
        )


@functools.cache
def _kakasi() -> pykakasi.kakasi:
    return pykakasi.kakasi()


def _kana(text: str) -> str:
    """Japanese text in hiragana, which is what the eSpeak Japanese voice can read."""
    return "".join(part["hira"] for part in _kakasi().convert(text))


def _kana_sentences(text: str, sentences: list[Sentence]) -> tuple[list[Sentence], str]:
    """`text` in hiragana, sentence by sentence, and where each sentence sits in it (the
    displayed words stay the original ones)."""
    spoken, kana = [], []
    done = 0
    for sentence in sentences:
        spoken.append(text[done : sentence.start])
        start = sum(map(len, spoken))
        reading = _kana(sentence.text)
        spoken.append(reading)
        kana.append(Sentence(sentence.text, start, start + len(reading)))
        done = sentence.end
    spoken.append(text[done:])
    return kana, "".join(spoken)


def _sentence_timings(
    sentences: list[Sentence], marks: list[tuple[int, int, int]], total: int, sample_rate: int
) -> list[SentenceTiming]:
    """Each sentence from the engine's events: it starts at its first word (the first sentence
    at the clip's start) and ends at its last end-of-clause event (or where the next starts)."""
    starts: list[int | None] = []
    ends: list[int | None] = []
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1].start if index + 1 < len(sentences) else None
        inside = [
            sample
            for kind, position, sample in marks
            if kind != _EVENT_END and sentence.start <= position < sentence.end
        ]
        closing = [
            sample
            for kind, position, sample in marks
            if kind == _EVENT_END
            and sentence.start < position
            and (following is None or position < following)
        ]
        starts.append(0 if index == 0 else min(inside, default=None))
        ends.append(max(closing, default=None))
    timings = []
    for index, sentence in enumerate(sentences):
        # A sentence the engine said nothing about starts where the one before ended.
        start = starts[index]
        if start is None:
            start = ends[index - 1] or 0
        following_start = next((s for s in starts[index + 1 :] if s is not None), total)
        end = ends[index] if ends[index] is not None else following_start
        end = min(max(end, start), total)
        timings.append(
            SentenceTiming(
                text=sentence.text,
                start=round(start / sample_rate, 3),
                end=round(end / sample_rate, 3),
            )
        )
        starts[index] = start
    return timings
