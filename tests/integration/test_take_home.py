"""Take the book home: the `moretale` command makes a book against the running system and saves
it (story JSON, clips and pictures under the plan's layout, book.epub, result.json); every page
carries ordered read-along timings in both languages; the EPUB passes EPUBCheck; the download
routes answer with the key and with a share link; the live stream resumes after a cut."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from proxy import TcpProxy
from stack import API_KEY, Stack

from moretale_client.api import ApiFailure, MoreTale

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")  # Debian's epubcheck (.ci/run installs it)
MORETALE = Path(sys.executable).with_name("moretale")  # the console script `make install` puts


def moretale(stack: Stack, *args: str, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MORETALE_URL": url or stack.gateway_url,
        "MORETALE_API_KEY": API_KEY,
        "COLUMNS": "80",
    }
    return subprocess.run(
        [str(MORETALE), *args], env=env, capture_output=True, text=True, timeout=180
    )


def assert_read_along(page: dict[str, object], duration_of: dict[str, float] | None = None) -> None:
    read_along = page["read_along"]
    assert isinstance(read_along, dict)
    for role in ("primary", "secondary"):
        sentences = read_along[role]
        assert sentences, f"page {page['page_number']} has no {role} timings"
        text = page[f"text_{role}"]
        # Every sentence is the page's own words, in order, and together they are the text.
        assert "".join(s["text"] for s in sentences).replace(" ", "") == str(text).replace(" ", "")
        bounds = [b for s in sentences for b in (s["start"], s["end"])]
        assert bounds == sorted(bounds) and bounds[0] >= 0
        assert all(s["end"] > s["start"] for s in sentences)


def test_moretale_make_saves_the_whole_book(local_stack: Stack, tmp_path: Path) -> None:
    out = tmp_path / "mina-book"
    run = moretale(
        local_stack,
        "make",
        "--child-name",
        "Mina",
        "--child-age",
        "5",
        "--primary",
        "ko",
        "--secondary",
        "en",
        "--theme",
        "Friendship",
        "--wish",
        "include a dragon",
        "--pages",
        "4",
        "--out",
        str(out),
    )
    assert run.returncode == 0, run.stdout + run.stderr + local_stack.logs()
    assert "Narration" in run.stdout and "Saved" in run.stdout
    result = json.loads((out / "result.json").read_text())
    story_id = result["id"]
    assert result["status"] == "completed" and result["epub_url"]
    files = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    assert any(re.fullmatch(r"story_[\w.-]+\.json", f) for f in files), files
    for n in range(1, 5):
        assert f"audio/01_korean/page_{n:02d}_primary.wav" in files
        assert f"audio/02_english/page_{n:02d}_secondary.wav" in files
        assert f"illustrations/page_{n:02d}.png" in files
    assert "illustrations/cover.png" in files and "book.epub" in files
    assert len(result["pages"]) == 4
    for page in result["pages"]:
        assert_read_along(page)

    # The saved EPUB: valid, and its overlays are the timings the result gives.
    check = subprocess.run(
        ["java", "-jar", str(EPUBCHECK), str(out / "book.epub")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    package = zipfile.ZipFile(out / "book.epub")
    smil = package.read("EPUB/page_01.smil").decode()
    first = result["pages"][0]["read_along"]["primary"][0]
    assert f'clipBegin="{first["start"]:.3f}s" clipEnd="{first["end"]:.3f}s"' in smil
    assert smil.count("<par ") == sum(
        len(result["pages"][0]["read_along"][role]) for role in ("primary", "secondary")
    )

    # The other commands.
    listed = moretale(local_stack, "list")
    assert listed.returncode == 0 and story_id in listed.stdout
    status = moretale(local_stack, "status", story_id)
    assert status.returncode == 0 and "completed" in status.stdout
    again = tmp_path / "again"
    download = moretale(local_stack, "download", story_id, "--out", str(again))
    assert download.returncode == 0, download.stderr
    assert (again / "book.epub").read_bytes() == (out / "book.epub").read_bytes()
    shared = moretale(local_stack, "share", story_id)
    assert shared.returncode == 0 and "/reader/#/book/" in shared.stdout

    # The share link downloads the same EPUB without the key.
    token = re.search(r"token=([\w.\-~%]+)", shared.stdout.replace("\n", ""))
    assert token
    with local_stack.client(key=None) as client:
        answer = client.get(f"/api/shared/{token.group(1)}/book.epub")
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/epub+zip"
        assert answer.content == (out / "book.epub").read_bytes()
        assert client.get(f"/api/stories/{story_id}/book.epub").status_code == 401


def test_a_regeneration_builds_the_epub_again(local_stack: Stack) -> None:
    body = {
        "child_name": "Mina", "child_age": 5, "primary_lang": "ko", "secondary_lang": "en",
        "theme": "Friendship", "page_count": 4,
    }  # fmt: skip
    with local_stack.client() as client:
        story_id = client.post("/api/stories/", json=body).json()["id"]
        local_stack.wait_for_status(story_id, {"completed"})
        before = client.get(f"/api/stories/{story_id}/book.epub").content
        answer = client.post(f"/api/stories/{story_id}/tts", json={"pages": [2]})
        assert answer.status_code in (200, 202), answer.text
        assert answer.json()["status"] == "running"
        local_stack.wait_for_status(story_id, {"completed"})
        after = client.get(f"/api/stories/{story_id}/book.epub").content
    stamp = re.compile(rb'dcterms:modified">([^<]+)<')
    opf = [zipfile.ZipFile(io.BytesIO(b)).read("EPUB/package.opf") for b in (before, after)]
    assert stamp.search(opf[0]) and stamp.search(opf[1])
    assert after != before  # written again for the regenerated page


def test_errors_print_the_envelope_message(local_stack: Stack) -> None:
    missing = moretale(local_stack, "status", "20260101_000000_story_nobody_x")
    assert missing.returncode != 0 and "story not found" in missing.stderr
    bad = moretale(
        local_stack,
        "make",
        "--child-name",
        "Mina",
        "--child-age",
        "5",
        "--primary",
        "Klingon",
        "--secondary",
        "en",
        "--theme",
        "Friendship",
        "--out",
        "/nonexistent/never",
    )
    assert bad.returncode != 0 and "Klingon" in bad.stderr, bad.stderr


def test_an_unfinished_book_is_not_downloadable(local_stack: Stack) -> None:
    with local_stack.client() as client:
        body = {
            "child_name": "Mina",
            "child_age": 5,
            "primary_lang": "ko",
            "secondary_lang": "en",
            "theme": "Friendship",
            "page_count": 4,
        }
        story_id = client.post("/api/stories/", json=body).json()["id"]
        answer = client.get(f"/api/stories/{story_id}/book.epub")
        # Either still being made (409 with the envelope) or already done (the file).
        assert answer.status_code in (200, 409), answer.text
        if answer.status_code == 409:
            assert answer.json()["error"]["code"] == "STORY_NOT_COMPLETED"
        local_stack.wait_for_status(story_id, {"completed"})
        assert client.get(f"/api/stories/{story_id}/book.epub").status_code == 200


def test_the_live_stream_resumes_after_a_cut(local_stack: Stack) -> None:
    proxy = TcpProxy(local_stack.ports["gateway"]).start()
    client = MoreTale(url=f"http://127.0.0.1:{proxy.port}", key=API_KEY)
    try:
        accepted = client.create(
            {
                "child_name": "Mina",
                "child_age": 5,
                "primary_lang": "ko",
                "secondary_lang": "en",
                "theme": "Friendship",
                "page_count": 12,
            }
        )
        ids, names, cut = [], [], False
        for event in client.events(accepted["id"], pause=0.2):
            names.append(event.event)
            if event.id:
                ids.append(int(event.id))
            if event.event == "progress" and not cut:
                with proxy.outage():  # cuts the open stream; the client comes back after it
                    cut = True
        assert cut and proxy.cut >= 1
        assert names[-1] == "completed", names
        assert ids == sorted(set(ids)), "an event was seen twice after the reconnect"
        assert names.count("status") >= 2  # each connection starts with the status
    finally:
        client.close()
        proxy.stop()
    with pytest.raises(ApiFailure) as failure:
        MoreTale(url=local_stack.gateway_url, key="wrong-key").stories()
    assert failure.value.status == 401
