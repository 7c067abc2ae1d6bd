"""book.epub: an EPUB 3 whose Media Overlays tie every sentence to its stretch of the clip, audio
as MP3, both languages marked, vocabulary and quiz at the back; EPUBCheck finds no error."""

from __future__ import annotations

import io
import math
import re
import subprocess
import wave
import zipfile
from array import array
from html import unescape
from pathlib import Path

import pytest
from PIL import Image

from asset_service.epub import BookParts, Clip, build_epub, mp3_from_wav
from moretale_contracts.story import Quiz, QuizQuestion, Story, StoryPage, VocabularyEntry

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")  # Debian's epubcheck package (.ci/run)
RATE = 22050


def _wav(seconds: float) -> bytes:
    samples = array("h", (int(6000 * math.sin(n / 8)) for n in range(int(RATE * seconds))))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 48), (250, 200, 120)).save(buffer, "PNG")
    return buffer.getvalue()


KO = "미나는 일찍 일어났어요. 해가 밝았어요!"
EN = 'Mina woke up early. "The sun is out & bright!" she said.'


def _parts(quiz: bool = True) -> BookParts:
    pages = [
        StoryPage(
            page_number=n,
            text_primary=KO,
            text_secondary=EN,
            illustration_prompt="p",
            illustration_scene_prompt='Mina & her "dog" <at dawn>',
            vocabulary=[
                VocabularyEntry(
                    word_primary="해",
                    word_secondary="sun",
                    definition_primary="하늘에서 빛나는 것",
                    definition_secondary="what shines in the sky",
                )
            ],
        )
        for n in (1, 2)
    ]
    story = Story(
        title_primary="미나의 아침",
        title_secondary="Mina's Morning",
        author_name="MoreTale",
        primary_language="Korean",
        secondary_language="English",
        image_style="s",
        main_character_design="d",
        illustration_prefix="p",
        pages=pages,
    )
    questions = [
        QuizQuestion(
            kind="vocabulary",
            question_primary="'해'는 영어로?",
            question_secondary="What is '해' in English?",
            choices_primary=["달", "해", "별", "비"],
            choices_secondary=["moon", "sun", "star", "rain"],
            answer_index=1,
            explanation_primary="해는 sun이에요.",
            explanation_secondary="해 is the sun.",
            source_pages=[1],
        )
    ]
    ko = [
        {"text": "미나는 일찍 일어났어요.", "start": 0.0, "end": 1.4},
        {"text": "해가 밝았어요!", "start": 1.6, "end": 2.5},
    ]
    en = [
        {"text": "Mina woke up early.", "start": 0.1, "end": 1.2},
        {"text": '"The sun is out & bright!" she said.', "start": 1.5, "end": 3.0},
    ]
    clips = {}
    for n in (1, 2):
        clips[(n, "primary")] = Clip(_wav(2.5), ko)
        clips[(n, "secondary")] = Clip(_wav(3.0), en)
    return BookParts(
        story_id="20260101_000000_story_mina_x",
        story=story,
        quiz=Quiz(primary_language="Korean", secondary_language="English", questions=questions)
        if quiz
        else None,
        cover=_png(),
        pictures={1: _png(), 2: _png()},
        clips=clips,
    )


def _epubcheck(path: Path) -> str:
    run = subprocess.run(
        ["java", "-jar", str(EPUBCHECK), str(path)], capture_output=True, text=True, timeout=300
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    return output


@pytest.mark.parametrize("quiz", [True, False])
def test_the_epub_passes_epubcheck(tmp_path: Path, quiz: bool) -> None:
    path = tmp_path / "book.epub"
    path.write_bytes(build_epub(_parts(quiz)))
    output = _epubcheck(path)
    assert "0 errors" in output and "0 fatals" in output


def test_a_book_without_voices_or_pictures_is_still_valid(tmp_path: Path) -> None:
    bare = _parts(quiz=False)
    bare = BookParts(story_id=bare.story_id, story=bare.story, quiz=None, cover=None)
    path = tmp_path / "bare.epub"
    path.write_bytes(build_epub(bare))
    _epubcheck(path)
    opf = zipfile.ZipFile(path).read("EPUB/package.opf").decode()
    assert "media-overlay" not in opf and "media:duration" not in opf


def test_every_sentence_is_tied_to_its_stretch_of_the_clip() -> None:
    package = zipfile.ZipFile(io.BytesIO(build_epub(_parts())))
    first = package.infolist()[0]
    assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    smil = package.read("EPUB/page_01.smil").decode()
    pars = re.findall(
        r'<text src="page_01\.xhtml#([^"]+)"/><audio src="([^"]+)" '
        r'clipBegin="([\d.]+)s" clipEnd="([\d.]+)s"/>',
        smil,
    )
    assert pars == [
        ("page_01-primary-1", "audio/page_01_primary.mp3", "0.000", "1.400"),
        ("page_01-primary-2", "audio/page_01_primary.mp3", "1.600", "2.500"),
        ("page_01-secondary-1", "audio/page_01_secondary.mp3", "0.100", "1.200"),
        ("page_01-secondary-2", "audio/page_01_secondary.mp3", "1.500", "3.000"),
    ]
    page = package.read("EPUB/page_01.xhtml").decode()
    assert '<p class="primary" lang="ko" xml:lang="ko">' in page
    assert '<p class="secondary" lang="en" xml:lang="en">' in page
    assert (
        '<span id="page_01-secondary-2">&quot;The sun is out &amp; bright!&quot; she said.' in page
    )
    opf = package.read("EPUB/package.opf").decode()
    assert 'media-overlay="mo-page_01"' in opf
    assert '<meta property="media:duration" refines="#mo-page_01">0:00:05.500</meta>' in opf
    assert '<meta property="media:duration">0:00:11.000</meta>' in opf
    assert "audio/wav" not in opf and 'media-type="audio/mpeg"' in opf
    # An MPEG audio frame (sync bits, Layer III): MP3, one of EPUB's core media types.
    mp3 = package.read("EPUB/audio/page_01_primary.mp3")
    assert mp3[0] == 0xFF and mp3[1] & 0xE6 == 0xE2
    assert "sun" in package.read("EPUB/vocabulary.xhtml").decode()
    assert "What is '해' in English?" in unescape(package.read("EPUB/quiz.xhtml").decode())


def test_mp3_keeps_the_clip_length() -> None:
    mp3, seconds = mp3_from_wav(_wav(2.0))
    assert seconds == pytest.approx(2.0)
    # 64 kb/s for 2 s is about 16 kB: an encoded stream, not the 88 kB of PCM.
    assert 10_000 < len(mp3) < 25_000
