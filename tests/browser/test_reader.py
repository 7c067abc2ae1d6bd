"""The reader a family opens, in a real headless Chromium (Debian's `chromium`) driven by
Playwright, against the whole system started as `tests/integration` starts it.

Screenshots and the printed PDF go to `test-artifacts/reader/`.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from stack import API_KEY, Stack

from moretale_gateway.reader import tokens

CHROMIUM = os.environ.get("MORETALE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "reader"
PAGES = 4
BOOK: dict[str, Any] = {
    "child_name": "Mina",
    "child_age": 5,
    "primary_lang": "Korean",
    "secondary_lang": "en",
    "theme": "Friendship",
    "extra_prompt": "Include a dragon",
    "page_count": PAGES,
    "generation": {"illustration_aspect_ratio": "16:9"},
}


# --------------------------------------------------------------------------------------------
# Fixtures: one system, one browser, a finished book with its share link


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    # Narration at eSpeak's fastest rate keeps the autoplay test short.
    running = Stack.start(tmp_path_factory.mktemp("reader-stack"), {"TTS_ESPEAK_RATE_WPM": "450"})
    yield running
    running.stop()


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} is missing: apt-get install -y chromium"
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    yield launched
    launched.close()


class Session:
    """A fresh browser context that records every request and every script error."""

    def __init__(self, browser: Browser, **options: Any) -> None:
        self.context: BrowserContext = browser.new_context(**options)
        self.context.set_default_timeout(20_000)
        self.requests: list[dict[str, str]] = []
        self.errors: list[str] = []
        self.context.on("request", lambda r: self.requests.append({"url": r.url, **r.headers}))
        self.page: Page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def shot(self, name: str, full_page: bool = False) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)

    def close(self) -> None:
        self.context.close()
        assert not self.errors, self.errors


@pytest.fixture
def session(browser: Browser) -> Iterator[Session]:
    opened = Session(browser, viewport={"width": 1280, "height": 900})
    yield opened
    opened.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Session]:
    opened = Session(
        browser,
        viewport={"width": 375, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    yield opened
    opened.close()


def create(stack: Stack, body: dict[str, Any]) -> str:
    with stack.client() as client:
        answer = client.post("/api/stories/", json=body)
    assert answer.status_code == 202, answer.text
    return str(answer.json()["id"])


def share(stack: Stack, story_id: str) -> dict[str, Any]:
    with stack.client() as client:
        answer = client.post(f"/api/stories/{story_id}/share")
    assert answer.status_code == 200, answer.text
    link: dict[str, Any] = answer.json()
    return link


def result(stack: Stack, story_id: str) -> dict[str, Any]:
    with stack.client() as client:
        body: dict[str, Any] = client.get(f"/api/stories/{story_id}/result").json()
    return body


@pytest.fixture(scope="module")
def finished(stack: Stack) -> dict[str, Any]:
    """A finished 4-page Korean/English book, its result and a share link."""
    story_id = create(stack, BOOK)
    stack.wait_for_status(story_id, {"completed"})
    book = result(stack, story_id)
    assert all(p["audio_primary_url"] and p["illustration_url"] for p in book["pages"])
    return {"id": story_id, "result": book, "link": share(stack, story_id)}


def wait_until(condition: Callable[[], Any], what: str, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)
    return value


def rendered_fonts(page: Page, selector: str) -> set[str]:
    """The fonts Chromium actually drew the element's text with (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    return {font["familyName"] for font in fonts}


def image_loaded(page: Page, selector: str) -> bool:
    return bool(
        page.eval_on_selector(selector, "img => img.complete && img.naturalWidth > 0")
        if page.query_selector(selector)
        else False
    )


# --------------------------------------------------------------------------------------------
# A finished book, opened from a share link


def test_shared_book_reads_page_by_page_with_sound(
    session: Session, finished: dict[str, Any]
) -> None:
    page, book = session.page, finished["result"]
    page.goto(finished["link"]["url"])

    # The cover, with both titles, in the right fonts.
    page.wait_for_selector(".cover-view img.cover-img")
    assert page.inner_text(".cover-view .title-primary") == book["title_primary"]
    assert page.inner_text(".cover-view .title-secondary") == book["title_secondary"]
    assert page.get_attribute(".cover-view .title-primary", "lang") == "ko"
    assert page.get_attribute(".cover-view .title-secondary", "lang") == "en"
    assert "Noto Sans CJK KR" in rendered_fonts(page, ".cover-view .title-primary")
    page.wait_for_function("() => document.querySelector('.cover-img')?.naturalWidth > 0")
    assert page.title().startswith(book["title_primary"])
    assert page.query_selector("#quiz") is None  # no quiz in this result
    assert "Quiz" not in page.inner_text("#page-picker")
    session.shot("01-cover")

    # Page 2 from the picker, page 3 with the arrow key.
    page.select_option("#page-picker", "2")
    page.wait_for_selector('.page-view[data-page="2"]')
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("ArrowRight")
    page.wait_for_selector('.page-view[data-page="3"]')
    third = book["pages"][2]
    assert page.inner_text(".t-primary .story-text") == third["text_primary"]
    assert page.inner_text(".t-secondary .story-text") == third["text_secondary"]
    assert page.get_attribute(".page-view img.art", "alt") == third["illustration_scene_prompt"]
    page.wait_for_function("() => document.querySelector('.page-view img.art')?.naturalWidth > 0")
    assert page.locator(".word-card").count() == len(third["vocabulary"])
    assert page.input_value("#page-picker") == "3"
    session.shot("02-page-3")

    # The text toggle: one language, then both again.
    page.click('.seg[data-mode="secondary"]')
    assert not page.is_visible(".t-primary .story-text")
    assert page.is_visible(".t-secondary .story-text")
    session.shot("03-page-3-english-only")
    page.click('.seg[data-mode="both"]')
    assert page.is_visible(".t-primary .story-text")

    # A play button plays the page's Korean narration.
    page.evaluate(
        """() => {
            const player = document.getElementById('player');
            window.played = [];
            player.addEventListener('playing', () => window.played.push(player.currentSrc));
        }"""
    )
    page.click(".play.primary")
    page.wait_for_function(
        "() => { const a = document.getElementById('player');"
        " return a.currentTime > 0 && !a.paused; }"
    )
    assert "page_03_primary" in page.evaluate("document.getElementById('player').currentSrc")
    assert page.get_attribute(".play.primary", "aria-pressed") == "true"
    page.click(".play.primary")  # again: stop
    page.wait_for_function("() => document.getElementById('player').paused")

    # Autoplay reads Korean, then English, then turns the page.
    page.evaluate("window.played = []")
    page.click("#autoplay")
    page.wait_for_selector('.book[data-view="4"]', timeout=40_000)
    clips = [
        m[0] for src in page.evaluate("window.played") if (m := re.search(r"page_\d+_\w+", src))
    ]
    clips = [clip for i, clip in enumerate(clips) if i == 0 or clips[i - 1] != clip]
    assert clips[:2] == ["page_03_primary", "page_03_secondary"], clips
    page.wait_for_function("() => document.getElementById('player').currentSrc.includes('page_04')")
    page.keyboard.press("Space")  # pause
    page.wait_for_selector('#autoplay[aria-pressed="false"]')

    # The link was all it took: no key asked for, sent, kept or shown.
    assert not any("x-api-key" in headers for headers in session.requests)
    assert page.evaluate("Object.keys(localStorage)") in ([], ["moretale.textMode"])
    assert API_KEY not in page.content()
    assert page.query_selector("#api-key") is None


def test_print_view_is_the_cover_then_one_a4_sheet_per_page(
    session: Session, finished: dict[str, Any]
) -> None:
    page = session.page
    page.goto(finished["link"]["url"])
    page.wait_for_selector(".cover-view")
    page.click("#print-view")
    page.wait_for_selector('body[data-print-ready="true"]')
    session.shot("04-print-preview")
    page.emulate_media(media="print")
    sheets = page.locator(".print-page")
    assert sheets.count() == PAGES + 1
    assert all(sheets.nth(i).is_visible() for i in range(PAGES + 1))
    assert not page.is_visible(".book")
    assert page.locator(".print-page img").count() == PAGES + 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = page.pdf(path=str(ARTIFACTS / "book.pdf"), prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == PAGES + 1
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert box and (round(float(box[1])), round(float(box[2]))) == (595, 842)  # A4, points
    page.emulate_media(media="screen")
    page.click("text=Back to the book")
    assert page.is_visible(".book")


# --------------------------------------------------------------------------------------------
# A book still being made fills in while it is open


def test_a_book_being_made_fills_in_as_pages_arrive(stack: Stack, session: Session) -> None:
    stack.processes["illustration"].stop()  # pictures wait until it is back
    try:
        story_id = create(stack, BOOK)
        link = share(stack, story_id)
        page = session.page
        page.goto(link["url"])
        page.wait_for_selector(".banner.making")
        page.evaluate("window.sameDocument = true")
        # The text arrives: titles on the cover, and every page in the picker.
        page.wait_for_selector(".cover-view .title-primary[lang=ko]", timeout=30_000)
        page.wait_for_function(
            f"() => document.querySelectorAll('#page-picker option').length === {PAGES + 1}"
        )
        assert page.query_selector(".cover-view .art-placeholder")
        session.shot("05-in-the-making-cover")
        page.keyboard.press("ArrowRight")
        page.wait_for_selector('.page-view[data-page="1"] .art-placeholder')
        page.wait_for_selector('.page-view[data-page="1"] .play.primary:not([disabled])')
        session.shot("06-in-the-making-page-1")
    finally:
        stack.start_service("illustration")
    # The painter is back: the pictures appear without a reload, then the book is complete.
    page.wait_for_selector('.page-view[data-page="1"] img.art', timeout=60_000)
    page.wait_for_function("() => document.querySelector('.page-view img.art')?.naturalWidth > 0")
    page.wait_for_selector('.book[data-status="completed"]', timeout=60_000)
    wait_until(lambda: page.is_hidden(".banner"), f"the banner to go: {page.inner_text('.banner')}")
    assert page.evaluate("window.sameDocument") is True
    page.keyboard.press("Home")
    page.wait_for_function(
        "() => document.querySelector('.cover-view img.cover-img')?.naturalWidth > 0"
    )
    session.shot("07-made-while-open")
    assert not any("x-api-key" in headers for headers in session.requests)


# --------------------------------------------------------------------------------------------
# Links that no longer work, and a phone


def test_expired_and_tampered_links_show_a_clear_error(
    stack: Stack, session: Session, finished: dict[str, Any]
) -> None:
    page, story_id = session.page, finished["id"]
    secret = (stack.base / "data" / "share-secret").read_text().strip()
    expired = tokens.mint(secret, story_id, datetime.now(UTC) - timedelta(minutes=1))
    page.goto(f"{stack.gateway_url}/reader/#/book/{story_id}?token={expired}")
    page.wait_for_selector('.error-page[data-error="SHARE_LINK_EXPIRED"]')
    assert "expired" in page.inner_text(".error-page h1")
    assert "fresh link" in page.inner_text(".error-page")
    session.shot("08-link-expired")

    token = finished["link"]["token"]
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    page.goto(f"{stack.gateway_url}/reader/#/book/{story_id}?token={tampered}")
    page.wait_for_selector('.error-page[data-error="SHARE_LINK_INVALID"]')
    assert "doesn't open a book" in page.inner_text(".error-page h1")
    session.shot("09-link-tampered")


def test_a_phone_reads_without_scrolling_sideways(phone: Session, finished: dict[str, Any]) -> None:
    page = phone.page

    def no_sideways_scroll() -> None:
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"page is {width}px wide"

    page.goto(finished["link"]["url"])
    page.wait_for_function("() => document.querySelector('.cover-img')?.naturalWidth > 0")
    no_sideways_scroll()
    phone.shot("10-phone-cover")
    page.tap("#next")
    page.wait_for_selector('.page-view[data-page="1"]')
    page.wait_for_function("() => document.querySelector('.page-view img.art')?.naturalWidth > 0")
    no_sideways_scroll()
    phone.shot("11-phone-page-1")
    page.click("#print-view")
    page.wait_for_selector('body[data-print-ready="true"]')
    no_sideways_scroll()
    page.goto(f"{finished['link']['url']}x")  # a broken link, on a phone
    page.wait_for_selector(".error-page")
    no_sideways_scroll()
    phone.shot("12-phone-error")


# --------------------------------------------------------------------------------------------
# The quiz (when the result has one), the owner's shelf, other scripts


def test_the_books_quiz_and_word_clips_are_played(stack: Stack, session: Session) -> None:
    generation = {"enable_quiz": True, "quiz_question_count": 3, "enable_vocabulary_audio": True}
    story_id = create(stack, {**BOOK, "generation": generation})
    stack.wait_for_status(story_id, {"completed"})
    quiz = result(stack, story_id)["quiz"]["questions"]
    assert len(quiz) == 3

    page = session.page
    page.goto(share(stack, story_id)["url"])
    page.wait_for_selector(".cover-view")
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(".word-clip")
    played = page.evaluate(
        """() => new Promise((resolve) => {
            const original = window.Audio;
            window.Audio = function (url) {
                const audio = new original(url);
                audio.addEventListener("playing", () => resolve(true));
                return audio;
            };
            document.querySelector(".word-clip").click();
            setTimeout(() => resolve(false), 10000);
        })"""
    )
    assert played, "the word's pronunciation clip did not play"

    page.select_option("#page-picker", label="Quiz")
    page.wait_for_selector("#quiz")
    first = quiz[0]
    question = page.locator(".quiz-question").first
    assert question.locator(".question [lang=ko]").inner_text() == first["question_primary"]
    wrong = (first["answer_index"] + 1) % 4
    question.locator(f'.choice[data-index="{wrong}"]').click()
    question.locator(".feedback.try").wait_for()
    assert question.locator(".explanation").is_hidden()
    question.locator(f'.choice[data-index="{first["answer_index"]}"]').click()
    question.locator(".feedback.good").wait_for()
    assert question.locator(".explanation").is_visible()
    session.shot("13-quiz", full_page=True)


def test_the_owner_opens_a_book_from_the_shelf_and_shares_it(
    stack: Stack, session: Session, finished: dict[str, Any]
) -> None:
    page = session.page
    page.goto(f"{stack.gateway_url}/reader/")
    page.fill("#api-key", API_KEY)
    page.click("button[type=submit]")
    book = page.locator(f'a[href="#/book/{finished["id"]}"]')
    book.wait_for()
    page.wait_for_selector(".shelf-art img")
    session.shot("14-shelf")
    book.click()
    page.wait_for_selector(".cover-view img.cover-img")
    page.click("#share")
    link = page.input_value("#share-url")
    assert link.startswith(f"{stack.gateway_url}/reader/#/book/{finished['id']}?token=")
    session.shot("15-share-dialog")


def test_japanese_and_chinese_are_drawn_with_their_own_fonts(
    stack: Stack, session: Session
) -> None:
    quick = {
        **BOOK,
        "child_name": "Yui",
        "primary_lang": "Japanese",
        "secondary_lang": "Chinese",
        "generation": {"enable_tts": False, "enable_illustration": False},
    }
    story_id = create(stack, quick)
    stack.wait_for_status(story_id, {"completed"})
    page = session.page
    page.goto(share(stack, story_id)["url"])
    page.wait_for_selector(".cover-view .title-primary[lang=ja]")
    session.shot("16-japanese-chinese-cover")
    assert "Noto Sans CJK JP" in rendered_fonts(page, ".cover-view .title-primary")
    assert "Noto Sans CJK SC" in rendered_fonts(page, ".cover-view .title-secondary")
    page.keyboard.press("ArrowRight")
    page.wait_for_selector('.page-view[data-page="1"] .story-text[lang=zh]')
    assert page.query_selector(".play") is None  # this book has no narration
    assert page.query_selector(".art-placeholder") is None  # nor pictures
    session.shot("17-japanese-chinese-page-1")


# --------------------------------------------------------------------------------------------
# Read-along: the sentence being read is lit, a tap plays from a sentence; the EPUB download


def record_lit_sentences(page: Page) -> None:
    """Keep every change of the lit sentence, with the clip's time then, in `window.lit`."""
    page.evaluate(
        """() => {
            window.lit = [];
            const player = document.getElementById('player');
            new MutationObserver(() => {
                for (const block of document.querySelectorAll('.text-block')) {
                    const index = block.dataset.sentence;
                    const last = window.lit[window.lit.length - 1];
                    if (index === undefined) continue;
                    if (last && last.role === block.dataset.role && last.index === Number(index))
                        continue;
                    window.lit.push({role: block.dataset.role, index: Number(index),
                                     time: player.currentTime, src: player.src});
                }
            }).observe(document.getElementById('main'),
                       {attributes: true, subtree: true, attributeFilter: ['data-sentence']});
        }"""
    )


def test_the_sentence_being_read_is_lit_and_a_tap_plays_from_it(
    session: Session, finished: dict[str, Any]
) -> None:
    page, book = session.page, finished["result"]
    page.goto(finished["link"]["url"])
    page.wait_for_selector(".cover-view")
    page.select_option("#page-picker", "1")
    page.wait_for_selector('.page-view[data-page="1"]')
    first = book["pages"][0]
    timings = first["read_along"]["secondary"]
    assert len(timings) >= 2, timings
    spans = page.locator(".t-secondary .sentence")
    assert spans.count() == len(timings)
    assert [spans.nth(i).inner_text() for i in range(len(timings))] == [t["text"] for t in timings]
    assert page.inner_text(".t-secondary .story-text") == first["text_secondary"]

    # The speaker button: each sentence is lit in turn, while the clip is inside its time.
    record_lit_sentences(page)
    page.click(".play.secondary")
    page.wait_for_function("() => document.getElementById('player').ended", timeout=30_000)
    lit = page.evaluate("window.lit")
    assert [entry["index"] for entry in lit] == list(range(len(timings))), lit
    for entry in lit:
        timing = timings[entry["index"]]
        assert entry["role"] == "secondary" and "page_01_secondary" in entry["src"]
        assert timing["start"] - 0.06 <= entry["time"] <= timing["end"] + 0.3, (entry, timing)
    page.wait_for_function("() => !document.querySelector('.sentence.is-current')")

    # A tap on the last Korean sentence plays the Korean clip from there, that sentence lit.
    korean = first["read_along"]["primary"]
    page.locator(".t-primary .sentence").last.click()
    page.wait_for_function(
        "() => { const a = document.getElementById('player');"
        " return a.currentSrc.includes('page_01_primary') && !a.paused && a.currentTime > 0; }"
    )
    started = page.evaluate("document.getElementById('player').currentTime")
    assert started >= korean[-1]["start"] - 0.05, (started, korean[-1])
    lit_index = page.get_attribute(".t-primary", "data-sentence")
    assert lit_index == str(len(korean) - 1)
    assert page.locator(".t-primary .sentence.is-current").inner_text() == korean[-1]["text"]
    session.shot("08-read-along-tap")
    page.keyboard.press("Space")  # stop


def test_read_to_me_lights_each_language_in_turn(
    session: Session, finished: dict[str, Any]
) -> None:
    page = session.page
    page.goto(finished["link"]["url"])
    page.wait_for_selector(".cover-view")
    page.select_option("#page-picker", "2")
    page.wait_for_selector('.page-view[data-page="2"]')
    record_lit_sentences(page)
    page.click("#autoplay")
    page.wait_for_selector('.book[data-view="3"]', timeout=40_000)
    page.click("#autoplay")  # pause
    lit = [(e["role"], e["index"]) for e in page.evaluate("window.lit") if "page_02" in e["src"]]
    second = finished["result"]["pages"][1]["read_along"]
    expected = [("primary", i) for i in range(len(second["primary"]))] + [
        ("secondary", i) for i in range(len(second["secondary"]))
    ]
    assert lit == expected, lit


def test_the_book_downloads_as_an_epub(session: Session, finished: dict[str, Any]) -> None:
    page = session.page
    page.goto(finished["link"]["url"])
    page.wait_for_selector("#download-epub:not([hidden])")
    with page.expect_download() as download:
        page.click("#download-epub")
    path = download.value.path()
    data = Path(path).read_bytes()
    assert data[:2] == b"PK" and b"application/epub+zip" in data[:100]
    assert download.value.suggested_filename.endswith(".epub")


# Common tablet and laptop sizes (CSS pixels), portrait and landscape.
SCREENS = [(1280, 900), (1280, 800), (1366, 768), (1440, 900), (1024, 768), (768, 1024),
           (820, 1180), (1180, 820), (1920, 1080)]  # fmt: skip


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_text_fits_its_card(
    browser: Browser, finished: dict[str, Any], width: int, height: int
) -> None:
    """Every line of both texts sits inside its card, padding included, on every page."""
    opened = Session(browser, viewport={"width": width, "height": height})
    try:
        page = opened.page
        page.goto(finished["link"]["url"])
        page.wait_for_selector(".cover-view")
        for number in range(1, PAGES + 1):
            page.select_option("#page-picker", str(number))
            page.wait_for_selector(f'.page-view[data-page="{number}"]')
            page.wait_for_function("() => document.querySelector('.page-view img.art')?.complete")
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
            overflow = page.evaluate(
                """() => [...document.querySelectorAll('.text-block')].map(block => {
                    const card = block.getBoundingClientRect();
                    const style = getComputedStyle(block);
                    const inner = card.bottom - parseFloat(style.borderBottomWidth)
                        - parseFloat(style.paddingBottom) / 2;
                    const text = block.querySelector('.story-text');
                    const range = document.createRange();
                    range.selectNodeContents(text);
                    const lines = [...range.getClientRects()];
                    const lowest = Math.max(...lines.map(r => r.bottom));
                    // The pager floats over the window's bottom: the text must clear it.
                    const pager = document.querySelector('.pager').getBoundingClientRect();
                    return {role: block.dataset.role, below: lowest - inner,
                            covered: lowest - pager.top,
                            scroll: block.scrollHeight - block.clientHeight,
                            right: Math.max(...lines.map(r => r.right)) - card.right};
                })"""
            )
            for card in overflow:
                assert card["below"] <= 0 and card["scroll"] <= 0 and card["right"] <= 0, (
                    number,
                    width,
                    height,
                    card,
                )
                assert card["covered"] <= 0, (
                    number,
                    width,
                    height,
                    card,
                )
            if number == 1:
                opened.shot(f"09-fit-{width}x{height}")
    finally:
        opened.close()
