"""`moretale`: make a bilingual picture book and take it home.

    moretale make --child-name Mina --child-age 5 --primary ko --secondary en \\
        --theme Friendship --out mina-book
    moretale status ID | moretale list | moretale download ID --out DIR | moretale share ID

The server is `--url` / `MORETALE_URL` (default http://127.0.0.1:8000); the key is `--key` /
`MORETALE_API_KEY` (default: the embedded default's `.data/api-key` when it exists). An error
prints the API's message and exits non-zero.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from moretale_client.api import (
    DEFAULT_URL,
    TERMINAL_EVENTS,
    ApiFailure,
    MoreTale,
    default_key,
)
from moretale_client.book import save_book

app = typer.Typer(help="Make bilingual picture books with MoreTale and take them home.")
console = Console()
errors = Console(stderr=True)

_STAGES = {"story": "Story", "tts": "Narration", "illustrations": "Pictures"}


class _State:
    client: MoreTale


state = _State()


@app.callback()
def connect(
    url: Annotated[str, typer.Option(envvar="MORETALE_URL", help="The server.")] = DEFAULT_URL,
    key: Annotated[
        str | None,
        typer.Option(envvar="MORETALE_API_KEY", help="API key (default: .data/api-key)."),
    ] = None,
) -> None:
    """Options for every command: which server, which key."""
    state.client = MoreTale(url=url, key=key or default_key())


@app.command()
def make(
    child_name: Annotated[str, typer.Option(help="The child's name.")],
    child_age: Annotated[int, typer.Option(help="The child's age (2-12).")],
    primary: Annotated[str, typer.Option(help="The child's language (name or ISO code).")],
    secondary: Annotated[str, typer.Option(help="The second language.")],
    theme: Annotated[str, typer.Option(help="What the story is about.")],
    out: Annotated[Path, typer.Option(help="Folder to save the book into.")],
    wish: Annotated[str, typer.Option(help='An extra wish ("include a dragon").')] = "",
    pages: Annotated[int, typer.Option(help="Pages (4-32).")] = 24,
) -> None:
    """Create a book, show its progress live, then save it into OUT."""
    client = state.client
    accepted = client.create(
        {
            "child_name": child_name,
            "child_age": child_age,
            "primary_lang": primary,
            "secondary_lang": secondary,
            "theme": theme,
            "extra_prompt": wish,
            "page_count": pages,
        }
    )
    story_id = accepted["id"]
    console.print(f"Book [bold]{story_id}[/bold] is on its way.")
    final = _follow(client, story_id)
    if final.get("status") != "completed":
        error = final.get("error") or {}
        raise ApiFailure(
            0,
            error.get("code", "NOT_COMPLETED"),
            error.get("message") or (f"the book ended {final.get('status')}"),
        )
    _save(client, story_id, out)


def _follow(client: MoreTale, story_id: str) -> dict[str, Any]:
    """Live progress bars from the event stream; the story as it ended."""
    columns = (
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bars:
        tasks = {stage: bars.add_task(label, total=None) for stage, label in _STAGES.items()}
        for event in client.events(story_id):
            data = json.loads(event.data) if event.data else {}
            progress = data.get("progress")
            if isinstance(progress, dict):
                for stage, task in tasks.items():
                    counts = progress.get(stage) or {}
                    total = counts.get("total") or None
                    done = (counts.get("done") or 0) + (counts.get("failed") or 0)
                    bars.update(task, completed=done, total=total)
            if event.event in TERMINAL_EVENTS:
                break
    return _settled(client, story_id)


def _settled(client: MoreTale, story_id: str, timeout: float = 30.0) -> dict[str, Any]:
    """The story once its row says it ended: the stream's last event can run a moment ahead of
    the status the API reports."""
    deadline = time.monotonic() + timeout
    while True:
        story = client.story(story_id)
        if story["status"] in TERMINAL_EVENTS or time.monotonic() > deadline:
            return story
        time.sleep(0.2)


def _save(client: MoreTale, story_id: str, out: Path) -> None:
    with console.status("Saving the book…"):
        files = save_book(client, story_id, out)
    console.print(
        f"Saved {len(files)} files into [bold]{out}[/bold] (book.epub reads itself aloud)."
    )


@app.command()
def status(story_id: str) -> None:
    """A book's status and progress."""
    story = state.client.story(story_id)
    table = Table(title=f"{story_id}: {story['status']}")
    for column in ("stage", "done", "failed", "total"):
        table.add_column(column)
    for stage, label in _STAGES.items():
        counts = story["progress"][stage]
        table.add_row(label, *(str(counts[c]) for c in ("done", "failed", "total")))
    console.print(table)
    if story.get("error"):
        console.print(escape(story["error"]["message"]), style="red")


@app.command("list")
def list_books(limit: Annotated[int, typer.Option(help="How many (newest first).")] = 20) -> None:
    """Your books, newest first."""
    # One line a book, the id first and whole: it is what the other commands take.
    for item in state.client.stories(limit)["items"]:
        about = (
            f"{item['child_name']}, {item['primary_lang']}/{item['secondary_lang']}, "
            f"{item['theme']}, {item['page_count']} pages"
        )
        line = Text.assemble(item["id"], "  ", (item["status"], "bold"), "  ", about)
        console.print(line, highlight=False, soft_wrap=True)  # Text: never read as markup


@app.command()
def download(
    story_id: str, out: Annotated[Path, typer.Option(help="Folder to save the book into.")]
) -> None:
    """Save a finished book into OUT."""
    _save(state.client, story_id, out)


@app.command()
def share(story_id: str) -> None:
    """A read-only link to the book in the reader, for someone without the key."""
    link = state.client.share(story_id)
    console.print(link["url"], soft_wrap=True, markup=False, highlight=False)  # one line
    console.print(f"(works until {link['expires_at']})", style="dim")


def main() -> None:
    """The console script: API errors print their message and exit 1."""
    try:
        app()
    except ApiFailure as failure:
        message = escape(f"{failure.message} ({failure.code})")
        errors.print(f"[red]error:[/red] {message}", highlight=False)
        for reason in failure.reasons:
            errors.print(f"  {reason}", highlight=False, markup=False)
        raise SystemExit(1) from None
    finally:
        client = getattr(state, "client", None)
        if client is not None:
            client.close()
