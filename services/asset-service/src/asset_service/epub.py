"""The finished book as an EPUB 3 that reads itself aloud: `{story_id}/book.epub`.

One XHTML page per story page (its picture, and its text in both languages, each paragraph
marked with its `lang` and each sentence a `span` with an id), a SMIL Media Overlay per page
whose `par`s tie each sentence to its stretch of the clip (from the clip's sentence timings), the
cover, and the vocabulary and the quiz as back matter. Readers with Media Overlays (Apple Books,
Thorium, …) read it aloud and highlight the sentence being read.

Audio goes in as MP3 (an EPUB core media type; WAV is not one), encoded with LAME through
`lameenc`. The package is written with `zipfile` from templates: the `mimetype` entry first and
stored, as OCF requires. (EbookLib would write the package too, but it is AGPL-licensed.)
"""

from __future__ import annotations

import asyncio
import io
import logging
import time
import wave
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from typing import Any

import lameenc

from asset_service.books import DONE, AssetState, Books
from asset_service.models import BookRecord
from moretale_contracts.languages import resolve_language
from moretale_contracts.storage import epub_key
from moretale_contracts.story import Quiz, Story

log = logging.getLogger(__name__)

MP3_BITRATE_KBPS = 64  # speech, mono
ACTIVE_CLASS = "-epub-media-overlay-active"


@dataclass(frozen=True)
class Clip:
    """A page's clip in one language: its WAV and its sentences (`{"text","start","end"}`)."""

    wav: bytes
    sentences: list[dict[str, Any]]


@dataclass(frozen=True)
class BookParts:
    """Everything the EPUB is made of, fetched from the store."""

    story_id: str
    story: Story
    quiz: Quiz | None
    cover: bytes | None
    pictures: dict[int, bytes] = field(default_factory=dict)  # page number → PNG
    clips: dict[tuple[int, str], Clip] = field(default_factory=dict)  # (page, role) → clip


@dataclass(frozen=True)
class _Overlay:
    """A page's SMIL: its id, its file, its duration and its `par` elements."""

    id: str
    file: str
    seconds: float
    pars: list[str]


def mp3_from_wav(wav: bytes) -> tuple[bytes, float]:
    """An MP3 of a mono 16-bit WAV file, and how long it plays."""
    with wave.open(io.BytesIO(wav)) as clip:
        rate, channels = clip.getframerate(), clip.getnchannels()
        pcm = clip.readframes(clip.getnframes())
        seconds = clip.getnframes() / rate
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(MP3_BITRATE_KBPS)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(channels)
    encoder.set_quality(7)  # 2 = best, 7 = fastest: good enough for a voice at 64 kb/s
    return bytes(encoder.encode(pcm) + encoder.flush()), seconds


def build_epub(parts: BookParts, modified: datetime | None = None) -> bytes:
    """The EPUB file (blocking: encodes every clip)."""
    story = parts.story
    primary = resolve_language(story.primary_language).code
    secondary = resolve_language(story.secondary_language).code
    files: dict[str, bytes] = {}  # path under EPUB/ → content
    manifest: list[str] = []
    spine: list[str] = []
    overlays: list[_Overlay] = []

    def add(item_id: str, path: str, media_type: str, content: bytes, extra: str = "") -> None:
        files[path] = content
        manifest.append(f'<item id="{item_id}" href="{path}" media-type="{media_type}"{extra}/>')

    add("css", "book.css", "text/css", _CSS.encode())
    if parts.cover is not None:
        add(
            "cover-image", "images/cover.png", "image/png", parts.cover, ' properties="cover-image"'
        )
        alt = escape(story.title_primary)
        body = f'<section epub:type="cover"><img src="images/cover.png" alt="{alt}"/></section>'
        add(
            "cover",
            "cover.xhtml",
            "application/xhtml+xml",
            _xhtml(story.title_primary, primary, body),
        )
        spine.append("cover")
    title_body = (
        f'<section epub:type="titlepage"><h1>{escape(story.title_primary)}</h1>'
        f'<p class="secondary" lang="{secondary}" xml:lang="{secondary}">'
        f"{escape(story.title_secondary)}</p>"
        f'<p class="author">{escape(story.author_name)}</p></section>'
    )
    add(
        "title",
        "title.xhtml",
        "application/xhtml+xml",
        _xhtml(story.title_primary, primary, title_body),
    )
    spine.append("title")
    for page in story.pages:
        number = page.page_number
        name = f"page_{number:02d}"
        figure = ""
        if number in parts.pictures:
            add(f"img-{name}", f"images/{name}.png", "image/png", parts.pictures[number])
            alt = escape(page.illustration_scene_prompt, quote=True)
            figure = f'<div class="picture"><img src="images/{name}.png" alt="{alt}"/></div>'
        pars: list[str] = []
        seconds = 0.0
        paragraphs = []
        for role, text, lang in (
            ("primary", page.text_primary, primary),
            ("secondary", page.text_secondary, secondary),
        ):
            clip = parts.clips.get((number, role))
            sentences = clip.sentences if clip else []
            spans, ids = _sentence_spans(text, sentences, f"{name}-{role}")
            paragraphs.append(f'<p class="{role}" lang="{lang}" xml:lang="{lang}">{spans}</p>')
            if clip is None:
                continue
            mp3, length = mp3_from_wav(clip.wav)
            audio = f"audio/{name}_{role}.mp3"
            add(f"audio-{name}-{role}", audio, "audio/mpeg", mp3)
            seconds += length
            timed = sentences or [{"start": 0.0, "end": length}]
            for span_id, timing in zip(ids, timed, strict=False):
                begin = min(float(timing["start"]), length)
                end = min(max(float(timing["end"]), begin), length)
                pars.append(
                    f'<par id="par-{span_id}"><text src="{name}.xhtml#{span_id}"/>'
                    f'<audio src="{audio}" clipBegin="{begin:.3f}s" clipEnd="{end:.3f}s"/></par>'
                )
        body = (
            f'<section epub:type="chapter" id="{name}">{figure}'
            f'<div class="text">{"".join(paragraphs)}</div>'
            f'<p class="number">{number}</p></section>'
        )
        extra = ""
        if pars:
            overlay = _Overlay(f"mo-{name}", f"{name}.smil", seconds, pars)
            overlays.append(overlay)
            extra = f' media-overlay="{overlay.id}"'
        add(
            name,
            f"{name}.xhtml",
            "application/xhtml+xml",
            _xhtml(f"{number}", primary, body),
            extra,
        )
        spine.append(name)
    back = _vocabulary(story, primary, secondary)
    if back:
        add(
            "vocabulary",
            "vocabulary.xhtml",
            "application/xhtml+xml",
            _xhtml("Words", primary, back),
        )
        spine.append("vocabulary")
    if parts.quiz is not None:
        add(
            "quiz",
            "quiz.xhtml",
            "application/xhtml+xml",
            _xhtml("Quiz", primary, _quiz(parts.quiz, primary, secondary)),
        )
        spine.append("quiz")
    for overlay in overlays:
        name = overlay.file.removesuffix(".smil")
        smil = _SMIL.format(page=f"{name}.xhtml#{name}", pars="".join(overlay.pars))
        add(overlay.id, overlay.file, "application/smil+xml", smil.encode())
    add("nav", "nav.xhtml", "application/xhtml+xml", _nav(story, primary), ' properties="nav"')
    stamp = (modified or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    durations = "".join(
        f'<meta property="media:duration" refines="#{o.id}">{_clock(o.seconds)}</meta>'
        for o in overlays
    )
    if overlays:
        total = sum(round(o.seconds, 3) for o in overlays)
        durations += (
            f'<meta property="media:duration">{_clock(total)}</meta>'
            f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>'
        )
    opf = _OPF.format(
        identifier=escape(f"urn:moretale:{parts.story_id}"),
        title=escape(story.title_primary),
        title_secondary=escape(story.title_secondary),
        secondary=secondary,
        author=escape(story.author_name or "MoreTale"),
        primary=primary,
        modified=stamp,
        durations=durations,
        manifest="".join(manifest),
        spine="".join(f'<itemref idref="{item}"/>' for item in spine),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")  # first, stored
        package.writestr("META-INF/container.xml", _CONTAINER, zipfile.ZIP_DEFLATED)
        package.writestr("EPUB/package.opf", opf, zipfile.ZIP_DEFLATED)
        for path, content in files.items():
            # MP3 and PNG are compressed already.
            method = zipfile.ZIP_STORED if path.endswith((".mp3", ".png")) else zipfile.ZIP_DEFLATED
            package.writestr(f"EPUB/{path}", content, method)
    return buffer.getvalue()


async def write_epub(books: Books, book: BookRecord, assets: Sequence[AssetState]) -> str:
    """Build `{story_id}/book.epub` from the book's stored parts (the same parts give the
    same book, so a redelivery writes it again harmlessly); return its key."""
    store = books.store
    story = await books.story(book)
    done = [a for a in assets if a.status == DONE and a.key]
    cover = next((a for a in done if a.kind == "illustration" and a.role == "cover"), None)
    pictures = {
        a.page_number: await store.get(a.key)  # type: ignore[arg-type]
        for a in done
        if a.kind == "illustration" and a.role == "page"
    }
    clips = {
        (a.page_number, a.role): Clip(await store.get(a.key), list(a.sentences or []))  # type: ignore[arg-type]
        for a in done
        if a.kind == "audio"
    }
    parts = BookParts(
        story_id=book.story_id,
        story=story,
        quiz=await books.quiz(book),
        cover=await store.get(cover.key) if cover and cover.key else None,
        pictures=pictures,
        clips=clips,
    )
    started = time.perf_counter()
    data = await asyncio.to_thread(build_epub, parts)  # MP3 encoding: off the event loop
    key = epub_key(book.story_id)
    await store.put(key, data, "application/epub+zip")
    log.info(
        "book.epub written",
        extra={"bytes": len(data), "seconds": round(time.perf_counter() - started, 3)},
    )
    return key


async def write_epub_or_later(
    books: Books, book: BookRecord, assets: Sequence[AssetState]
) -> str | None:
    """`write_epub` where a book completes: a failure (a store outage, a clip that cannot be
    read) is logged and the book completes without its EPUB for now; the first download builds
    it (`GET /internal/books/{id}/book.epub`). The EPUB never holds a finished book back."""
    try:
        return await write_epub(books, book, assets)
    except Exception:
        log.warning("book.epub not written; it is built on first download", exc_info=True)
        return None


def _sentence_spans(
    text: str, sentences: list[dict[str, Any]], prefix: str
) -> tuple[str, list[str]]:
    """`text` as markup with one `span` per timed sentence (ids returned in order); the text is
    kept as written. Sentences that cannot be found in it make the whole text one span."""
    pieces, ids, position = [], [], 0
    for index, sentence in enumerate(sentences, 1):
        found = text.find(str(sentence["text"]), position)
        if found < 0:
            span_id = f"{prefix}-1"
            return f'<span id="{span_id}">{escape(text)}</span>', [span_id]
        end = found + len(sentence["text"])
        span_id = f"{prefix}-{index}"
        pieces.append(escape(text[position:found]))
        pieces.append(f'<span id="{span_id}">{escape(text[found:end])}</span>')
        ids.append(span_id)
        position = end
    if not ids:
        span_id = f"{prefix}-1"
        return f'<span id="{span_id}">{escape(text)}</span>', [span_id]
    pieces.append(escape(text[position:]))
    return "".join(pieces), ids


def _vocabulary(story: Story, primary: str, secondary: str) -> str:
    entries = [entry for page in story.pages for entry in page.vocabulary]
    if not entries:
        return ""
    rows = "".join(
        f'<dt><span lang="{primary}" xml:lang="{primary}">{escape(e.word_primary)}</span> · '
        f'<span lang="{secondary}" xml:lang="{secondary}">{escape(e.word_secondary)}</span></dt>'
        f'<dd lang="{primary}" xml:lang="{primary}">{escape(e.definition_primary)}</dd>'
        f'<dd lang="{secondary}" xml:lang="{secondary}">{escape(e.definition_secondary)}</dd>'
        for e in entries
    )
    return f'<section epub:type="glossary"><h2>Words · 낱말</h2><dl>{rows}</dl></section>'


def _quiz(quiz: Quiz, primary: str, secondary: str) -> str:
    items = []
    for question in quiz.questions:
        choices = "".join(
            f'<li><span lang="{primary}" xml:lang="{primary}">{escape(a)}</span> · '
            f'<span lang="{secondary}" xml:lang="{secondary}">{escape(b)}</span></li>'
            for a, b in zip(question.choices_primary, question.choices_secondary, strict=True)
        )
        answer = question.choices_primary[question.answer_index]
        items.append(
            f'<li><p lang="{primary}" xml:lang="{primary}">{escape(question.question_primary)}</p>'
            f'<p class="secondary" lang="{secondary}" xml:lang="{secondary}">'
            f"{escape(question.question_secondary)}</p>"
            f'<ol type="A">{choices}</ol>'
            f'<p class="answer" lang="{primary}" xml:lang="{primary}">✓ {escape(answer)} — '
            f"{escape(question.explanation_primary)}</p></li>"
        )
    return f'<section epub:type="backmatter"><h2>Quiz</h2><ol>{"".join(items)}</ol></section>'


def _nav(story: Story, lang: str) -> bytes:
    links = "".join(
        f'<li><a href="page_{p.page_number:02d}.xhtml">{p.page_number}</a></li>'
        for p in story.pages
    )
    body = (
        f'<nav epub:type="toc" id="toc"><h1>{escape(story.title_primary)}</h1>'
        f'<ol><li><a href="title.xhtml">{escape(story.title_primary)}</a></li>{links}</ol></nav>'
    )
    return _xhtml(story.title_primary, lang, body)


def _xhtml(title: str, lang: str, body: str) -> bytes:
    return _XHTML.format(title=escape(title), lang=lang, body=body).encode()


def _clock(seconds: float) -> str:
    """A SMIL full clock value: `0:01:05.250`."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>
"""

_OPF = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"
 xml:lang="{primary}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">{identifier}</dc:identifier>
<dc:title id="main-title">{title}</dc:title>
<dc:title id="other-title" xml:lang="{secondary}">{title_secondary}</dc:title>
<dc:creator>{author}</dc:creator>
<dc:language>{primary}</dc:language>
<dc:language>{secondary}</dc:language>
<meta property="dcterms:modified">{modified}</meta>
{durations}
</metadata>
<manifest>{manifest}</manifest>
<spine>{spine}</spine>
</package>
"""

_XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
 lang="{lang}" xml:lang="{lang}">
<head><meta charset="UTF-8"/><title>{title}</title>
<link rel="stylesheet" type="text/css" href="book.css"/></head>
<body>{body}</body>
</html>
"""

_SMIL = """<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
<body><seq id="seq" epub:textref="{page}" epub:type="bodymatter chapter">{pars}</seq></body>
</smil>
"""

_CSS = f"""body {{ font-family: sans-serif; line-height: 1.5; margin: 1em; }}
.picture img {{ max-width: 100%; max-height: 60vh; display: block; margin: 0 auto; }}
p.primary {{ font-size: 1.3em; }}
p.secondary {{ color: #555; }}
p.number {{ text-align: center; color: #888; font-size: 0.8em; }}
.{ACTIVE_CLASS} {{ background-color: #ffe680; border-radius: 0.2em; }}
"""
