"""The books asset-service keeps: assets recorded once, progress counted from rows, and the
finished book written out as manifests and `result.json`."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from functools import lru_cache, partial
from typing import Any, Protocol

from sqlalchemy import Connection, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from asset_service import results
from asset_service.models import Asset, BookRecord, WrittenPage, utcnow
from moretale_contracts.api import (
    AssetCounts,
    AssetsSummary,
    PageResult,
    Progress,
    ReadAlong,
    StageProgress,
    StoryResult,
    StoryStatus,
    VocabularyResult,
)
from moretale_contracts.storage import (
    audio_manifest_key,
    epub_key,
    illustrations_manifest_key,
    result_key,
    story_prefix,
)
from moretale_contracts.story import Quiz, Story, StoryPage
from moretale_kit.db import Database
from moretale_kit.store import ObjectNotFound, ObjectStore

log = logging.getLogger(__name__)

DONE, FAILED, SKIPPED = "done", "failed", "skipped"
_ASSET_FIELDS = (
    "status",
    "key",
    "prompt_mode",
    "error_code",
    "error_message",
    "revision",
    "sentences",
    "timed_by",
    "model",
    "text_revision",
)
ASSETS = Asset.__table__  # type: ignore[attr-defined]
BOOKS = BookRecord.__table__  # type: ignore[attr-defined]
WRITTEN = WrittenPage.__table__  # type: ignore[attr-defined]


class AssetState(Protocol):
    """What the bookkeeping reads of an asset: an `Asset`, or a row of its table."""

    kind: str
    page_number: int
    role: str
    language: str | None
    status: str
    key: str | None
    prompt_mode: str | None
    error_code: str | None
    revision: int
    sentences: list[dict[str, Any]] | None
    timed_by: str | None
    model: str | None


class Books:
    """Asset bookkeeping for every book, over the database and the object store."""

    def __init__(self, db: Database, store: ObjectStore, url_ttl: timedelta) -> None:
        self.db = db
        self.store = store
        self.url_ttl = url_ttl
        # One writer per book in this replica, so two page events never both finish a book.
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    def lock(self, story_id: str) -> asyncio.Lock:
        return self._locks[story_id]

    def forget(self, story_id: str) -> None:
        """Drop a finished or deleted book's lock (one per book ever seen would only grow)."""
        lock = self._locks.get(story_id)
        if lock is not None and not lock.locked():
            del self._locks[story_id]

    async def unsettled(self, limit: int = 500) -> list[str]:
        """Books neither completed nor canceled: the sweep settles those whose assets are in."""
        query = (
            select(BOOKS.c.story_id)
            .where(BOOKS.c.completed_at.is_(None), BOOKS.c.canceled_at.is_(None))
            .limit(limit)
        )
        return list(await self.db.run(lambda conn: conn.execute(query).scalars().all()))

    async def record_book(self, book: BookRecord) -> None:
        """Remember a book's expectations (a redelivery changes nothing)."""
        async with self.db.session() as session:
            if await session.get(BookRecord, book.story_id) is None:
                session.add(book)
                try:
                    await session.commit()
                except IntegrityError:
                    await session.rollback()

    async def record_asset(self, asset: Asset) -> bool:
        """Record a clip or picture; True if that changed anything.

        Within a revision, a done asset stays done (a duplicate or late failure does not undo
        it) and a failed one becomes done when it later succeeds; a newer revision (a
        regeneration) replaces whatever an older one left, and an older one changes nothing.
        """
        values = asset.model_dump(exclude={"id"})
        for _ in range(2):
            try:
                return await self.db.run(partial(_record_asset, values), write=True)
            except IntegrityError:
                continue  # another replica inserted the same asset first: decide against it
        return False

    # Every page event records its asset and reads the book and all its assets (progress is
    # counted from the rows): Core statements through `Database.run`, not ORM sessions, whose
    # every call costs a session, a greenlet and driver hand-offs. Measured on a 24-page
    # offline book: 0.53-0.58 s of asset-service CPU through the ORM (more than narrating
    # it), 0.33 s this way.
    async def book(self, story_id: str) -> BookRecord | None:
        row = await self.db.run(
            lambda conn: conn.execute(BOOKS.select().where(BOOKS.c.story_id == story_id)).first()
        )
        return None if row is None else BookRecord.model_validate(row._mapping)

    async def assets(self, story_id: str) -> Sequence[AssetState]:
        return await self.db.run(
            lambda conn: conn.execute(ASSETS.select().where(ASSETS.c.story_id == story_id)).all()
        )

    async def start_revision(
        self, story_id: str, revision: int, kind: str, pages: list[int]
    ) -> bool:
        """A regeneration begins: the book is running again until `pages` of `kind` are made
        anew. False if the book is unknown or already at that revision (one conditional
        statement: of two replicas, or a redelivery, one moves it)."""
        statement = (
            update(BOOKS)
            .where(BOOKS.c.story_id == story_id, BOOKS.c.revision < revision)
            .values(revision=revision, regen_kind=kind, regen_pages=pages, completed_at=None)
        )
        return await self._changed(statement)

    async def mark_canceled(self, story_id: str) -> None:
        await self._changed(
            update(BOOKS)
            .where(BOOKS.c.story_id == story_id, BOOKS.c.canceled_at.is_(None))
            .values(canceled_at=utcnow())
        )

    async def _changed(self, statement: Any) -> bool:
        """Run one UPDATE; True if it changed a row."""
        return bool(
            await self.db.run(lambda conn: conn.execute(statement).rowcount > 0, write=True)
        )

    async def delete(self, story_id: str) -> int:
        """Delete a book's objects and rows; returns how many objects went."""
        deleted = await self.store.delete_prefix(story_prefix(story_id))
        async with self.db.session() as session:
            for asset in await session.exec(select(Asset).where(Asset.story_id == story_id)):
                await session.delete(asset)
            written = select(WrittenPage).where(WrittenPage.story_id == story_id)
            for page in await session.exec(written):
                await session.delete(page)
            book = await session.get(BookRecord, story_id)
            if book is not None:
                await session.delete(book)
            await session.commit()
        _parse_story.cache_clear()
        return deleted

    async def mark_completed(self, story_id: str, revision: int) -> bool:
        """Stamp revision `revision` completed; False if the book moved on to a newer
        revision meanwhile (a regeneration asked for the moment it completed) or is stamped."""
        return await self._changed(
            update(BOOKS)
            .where(
                BOOKS.c.story_id == story_id,
                BOOKS.c.revision == revision,
                BOOKS.c.completed_at.is_(None),
            )
            .values(completed_at=utcnow())
        )

    @staticmethod
    def summary(
        book: BookRecord | None, assets: Sequence[AssetState], current: bool = False
    ) -> AssetsSummary:
        """Counts of done, failed and expected assets per kind.

        With `current`, during a regeneration the regenerated kind counts only the assets of
        this revision, against the pages being made again: the revision's own progress.
        """

        def counts(kind: str, total: int) -> AssetCounts:
            # Pronunciation clips count with the narration.
            kinds = {"audio", "vocabulary"} if kind == "audio" else {kind}
            mine = [a for a in assets if a.kind in kinds]
            if current and book is not None and book.revision and book.regen_kind == kind:
                mine = [a for a in mine if a.kind == kind]
                pages = set(book.regen_pages)
                mine = [a for a in mine if a.page_number in pages and a.role != "cover"]
                mine = [a for a in mine if a.revision == book.revision]
                total = len(pages) * (2 if kind == "audio" else 1)
            enabled = book is not None and (
                book.expect_audio if kind == "audio" else book.expect_illustrations
            )
            return AssetCounts(
                enabled=enabled,
                done=sum(a.status == DONE for a in mine),
                failed=sum(a.status == FAILED for a in mine),
                skipped=sum(a.status == SKIPPED for a in mine),
                total=total,
                model=_model_used(mine) if enabled else None,
            )

        audio = counts("audio", book.audio_total if book else 0)
        illustrations = counts("illustration", book.illustrations_total if book else 0)
        return AssetsSummary(
            audio=audio,
            illustrations=illustrations,
            has_partial_failures=bool(audio.failed or illustrations.failed),
        )

    @staticmethod
    def progress(summary: AssetsSummary) -> Progress:
        def stage(c: AssetCounts) -> StageProgress:
            # A skipped asset (nothing to make) is finished work for progress.
            return StageProgress(done=c.done + c.skipped, failed=c.failed, total=c.total)

        return Progress(
            story=StageProgress(done=1, total=1),
            tts=stage(summary.audio),
            illustrations=stage(summary.illustrations),
        )

    @staticmethod
    def is_complete(book: BookRecord | None, summary: AssetsSummary) -> bool:
        if book is None:
            return False
        audio, pictures = summary.audio, summary.illustrations
        return (
            audio.done + audio.failed + audio.skipped >= audio.total
            and pictures.done + pictures.failed + pictures.skipped >= pictures.total
        )

    async def story(self, book: BookRecord) -> Story:
        return _parse_story(await self.store.get(book.story_key))

    async def quiz(self, book: BookRecord) -> Quiz | None:
        """The book's quiz, if one was made."""
        if book.quiz_key is None:
            return None
        try:
            return _parse_quiz(await self.store.get(book.quiz_key))
        except ObjectNotFound:
            return None

    async def write_outputs(self, book: BookRecord, assets: Sequence[AssetState]) -> str:
        """Write the manifests and `result.json` (keys, not URLs: URLs expire); return the
        result's key."""
        story = await self.story(book)
        summary = self.summary(book, assets)
        audio = sorted(
            (a for a in assets if a.kind in ("audio", "vocabulary")),
            key=lambda a: (a.page_number, a.kind, a.role),
        )
        pictures = sorted(
            (a for a in assets if a.kind == "illustration"), key=lambda a: a.page_number
        )
        languages = [book.primary_language, book.secondary_language]
        audio_manifest = {
            "story_id": book.story_id,
            "primary_language": book.primary_language,
            "secondary_language": book.secondary_language,
            "summary": results.manifest_summary(summary.audio, languages, summary.audio.model),
            "entries": [_audio_entry(a) for a in audio],
        }
        picture_manifest = {
            "story_id": book.story_id,
            "summary": results.manifest_summary(
                summary.illustrations, languages, summary.illustrations.model
            ),
            "entries": [
                {
                    "page_number": a.page_number,
                    "role": a.role,
                    "status": a.status,
                    "path": a.key,
                    "prompt_mode": a.prompt_mode,
                    **({"error": a.error_code} if a.status == FAILED else {}),
                }
                for a in pictures
            ],
        }
        by_page = _index(assets)
        result = {
            "id": book.story_id,
            "title_primary": story.title_primary,
            "title_secondary": story.title_secondary,
            "primary_language": story.primary_language,
            "secondary_language": story.secondary_language,
            "story_path": book.story_key,
            "quiz_path": book.quiz_key,
            "cover_path": _key(by_page.get(("illustration", 0, "cover"))),
            "assets": summary.model_dump(),
            "pages": [
                {
                    "page_number": page.page_number,
                    "text_primary": page.text_primary,
                    "text_secondary": page.text_secondary,
                    "audio_primary_path": _key(by_page.get(("audio", page.page_number, "primary"))),
                    "audio_secondary_path": _key(
                        by_page.get(("audio", page.page_number, "secondary"))
                    ),
                    "illustration_path": _key(
                        by_page.get(("illustration", page.page_number, "page"))
                    ),
                    "illustration_prompt": page.illustration_prompt,
                    "illustration_scene_prompt": page.illustration_scene_prompt,
                    "vocabulary": [
                        {
                            **v.model_dump(),
                            "audio_primary_path": _key(
                                by_page.get(("vocabulary", page.page_number, f"{i}.primary"))
                            ),
                            "audio_secondary_path": _key(
                                by_page.get(("vocabulary", page.page_number, f"{i}.secondary"))
                            ),
                        }
                        for i, v in enumerate(page.vocabulary)
                    ],
                    "read_along": read_along(by_page, page.page_number).model_dump(),
                }
                for page in story.pages
            ],
        }
        sid = book.story_id
        if book.expect_audio:
            await self._put_json(audio_manifest_key(sid), audio_manifest)
        if book.expect_illustrations:
            await self._put_json(illustrations_manifest_key(sid), picture_manifest)
        await self._put_json(result_key(sid), result)
        return result_key(sid)

    async def result(self, story_id: str) -> StoryResult | None:
        """The book so far with fresh URLs; None if its text does not exist yet."""
        book = await self.book(story_id)
        if book is None:
            return await self._result_while_writing(story_id)
        assets = await self.assets(story_id)
        story = await self.story(book)
        by_page = _index(assets)

        def sign(key: str) -> str:
            return self.store.url(key, self.url_ttl)

        def url(kind: str, page: int, role: str) -> str | None:
            asset = by_page.get((kind, page, role))
            if asset is None or asset.key is None:
                return None  # not made (yet), or failed without an earlier good one
            return sign(asset.key)

        summary = self.summary(book, assets)
        return StoryResult(
            id=story_id,
            status=StoryStatus.COMPLETED if book.completed_at else StoryStatus.RUNNING,
            title_primary=story.title_primary,
            title_secondary=story.title_secondary,
            primary_language=story.primary_language,
            secondary_language=story.secondary_language,
            story_json_url=self.store.url(book.story_key, self.url_ttl),
            **results.manifest_urls(book, sign),
            cover_url=url("illustration", 0, "cover"),
            pages=[
                PageResult(
                    page_number=page.page_number,
                    text_primary=page.text_primary,
                    text_secondary=page.text_secondary,
                    audio_primary_url=url("audio", page.page_number, "primary"),
                    audio_secondary_url=url("audio", page.page_number, "secondary"),
                    illustration_url=url("illustration", page.page_number, "page"),
                    illustration_prompt=page.illustration_prompt,
                    illustration_scene_prompt=page.illustration_scene_prompt,
                    vocabulary=[
                        VocabularyResult(
                            **entry.model_dump(),
                            audio_primary_url=url("vocabulary", page.page_number, f"{i}.primary"),
                            audio_secondary_url=url(
                                "vocabulary", page.page_number, f"{i}.secondary"
                            ),
                        )
                        for i, entry in enumerate(page.vocabulary)
                    ],
                    assets=results.page_assets(by_page, page.page_number, book, sign),
                    read_along=read_along(by_page, page.page_number),
                )
                for page in story.pages
            ],
            assets=summary,
            quiz_json_url=self.store.url(book.quiz_key, self.url_ttl) if book.quiz_key else None,
            quiz=await self.quiz(book),
            # Written before the book is marked complete (and again after a regeneration).
            epub_url=self.store.url(epub_key(story_id), self.url_ttl)
            if book.completed_at
            else None,
            urls_expire_at=datetime.now(UTC) + self.url_ttl,
        )

    # --- pages written before the whole story (`story.page.written`) ---------------------

    async def record_written_page(self, page: WrittenPage) -> bool:
        """Keep the latest text of a page; True if that changed anything. A newer text
        revision drops what was made from an older text of the page (its results that come
        late are then ignored: `stale_text`)."""
        values = page.model_dump(exclude={"id"})
        for _ in range(2):
            try:
                return await self.db.run(partial(_record_written_page, values), write=True)
            except IntegrityError:
                continue  # another replica inserted the same page first
        return False

    async def written_pages(self, story_id: str) -> Sequence[Any]:
        return await self.db.run(
            lambda conn: conn.execute(
                WRITTEN.select()
                .where(WRITTEN.c.story_id == story_id)
                .order_by(WRITTEN.c.page_number)
            ).all()
        )

    async def stale_text(self, asset: Asset) -> bool:
        """Whether a clip or page picture was made from an older text than its page's."""
        if asset.revision or asset.role == "cover":
            return False
        row = await self.db.run(
            lambda conn: conn.execute(
                select(WRITTEN.c.text_revision).where(
                    WRITTEN.c.story_id == asset.story_id,
                    WRITTEN.c.page_number == asset.page_number,
                )
            ).first()
        )
        return row is not None and asset.text_revision < row.text_revision

    @staticmethod
    def progress_while_writing(
        pages: Sequence[Any], assets: Sequence[AssetState]
    ) -> Progress | None:
        """Progress while the text is still being written, the totals from the request's
        page count (pronunciation clips of the pages written so far); None if no page is."""
        if not pages:
            return None
        first = pages[0]
        words = sum(len(p.page.get("vocabulary", [])) for p in pages if p.vocabulary_audio)
        audio = 2 * (first.page_count + words) if first.expect_audio else 0
        pictures = first.page_count + 1 if first.expect_illustrations else 0
        summary = Books.summary(None, assets)

        def stage(c: AssetCounts, total: int) -> StageProgress:
            return StageProgress(done=c.done + c.skipped, failed=c.failed, total=total)

        return Progress(
            story=StageProgress(done=0, total=1),
            tts=stage(summary.audio, audio),
            illustrations=stage(summary.illustrations, pictures),
        )

    async def _result_while_writing(self, story_id: str) -> StoryResult | None:
        """The book while its text is still being written: the pages so far, URLs as their
        assets land; None if no page is written yet."""
        pages = await self.written_pages(story_id)
        if not pages:
            return None
        assets = await self.assets(story_id)
        by_page = _index(assets)

        def url(kind: str, page: int, role: str) -> str | None:
            asset = by_page.get((kind, page, role))
            if asset is None or asset.status != DONE or asset.key is None:
                return None
            return self.store.url(asset.key, self.url_ttl)

        progress = self.progress_while_writing(pages, assets)
        summary = self.summary(None, assets)
        if progress is not None:
            summary.audio.total = progress.tts.total
            summary.illustrations.total = progress.illustrations.total
        result_pages = []
        for row in pages:
            page = StoryPage.model_validate(row.page)
            n = page.page_number
            result_pages.append(
                PageResult(
                    page_number=n,
                    text_primary=page.text_primary,
                    text_secondary=page.text_secondary,
                    audio_primary_url=url("audio", n, "primary"),
                    audio_secondary_url=url("audio", n, "secondary"),
                    illustration_url=url("illustration", n, "page"),
                    illustration_prompt=page.illustration_prompt,
                    illustration_scene_prompt=page.illustration_scene_prompt,
                    vocabulary=[
                        VocabularyResult(
                            **entry.model_dump(),
                            audio_primary_url=url("vocabulary", n, f"{i}.primary"),
                            audio_secondary_url=url("vocabulary", n, f"{i}.secondary"),
                        )
                        for i, entry in enumerate(page.vocabulary)
                    ],
                )
            )
        return StoryResult(
            id=story_id,
            status=StoryStatus.RUNNING,
            primary_language=pages[0].primary_language,
            secondary_language=pages[0].secondary_language,
            cover_url=url("illustration", 0, "cover"),
            pages=result_pages,
            assets=summary,
            urls_expire_at=datetime.now(UTC) + self.url_ttl,
        )

    async def _put_json(self, key: str, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False, indent=2).encode()
        await self.store.put(key, data, "application/json")


@lru_cache(maxsize=256)
def _parse_story(data: bytes) -> Story:
    # A story's text never changes once written; parse each one once.
    return Story.model_validate_json(data)


def _model_used(assets: Sequence[AssetState]) -> str | None:
    """The model that made most of `assets` (a regeneration may name another for some pages;
    a made-again clip restored from the store after a crash names the job's)."""
    used = Counter(a.model for a in assets if a.status == DONE and a.model)
    return used.most_common(1)[0][0] if used else None


def _audio_entry(asset: AssetState) -> dict[str, Any]:
    """A clip in `audio/manifest.json`: the plan's fields, plus which word for a vocabulary
    clip and why for a failed one."""
    entry: dict[str, Any] = {
        "page_number": asset.page_number,
        "language": asset.language,
        "role": asset.role.split(".")[-1],
        "path": asset.key,
        "status": asset.status,
    }
    if asset.kind == "vocabulary":
        entry["vocabulary_index"] = int(asset.role.split(".")[0])
    if asset.status == FAILED:
        entry["error"] = asset.error_code
    if asset.status == DONE and asset.sentences is not None:
        entry["sentences"] = asset.sentences
        entry["timed_by"] = asset.timed_by
    return entry


def read_along(by_page: dict[tuple[str, int, str], AssetState], page_number: int) -> ReadAlong:
    """A page's sentences with their times in each language's clip (none without a clip)."""

    def sentences(role: str) -> list[dict[str, Any]]:
        asset = by_page.get(("audio", page_number, role))
        if asset is None or asset.status != DONE:
            return []
        return asset.sentences or []

    return ReadAlong.model_validate(
        {"primary": sentences("primary"), "secondary": sentences("secondary")}
    )


@lru_cache(maxsize=256)
def _parse_quiz(data: bytes) -> Quiz:
    return Quiz.model_validate_json(data)


def _index(assets: Sequence[AssetState]) -> dict[tuple[str, int, str], AssetState]:
    return {(a.kind, a.page_number, a.role): a for a in assets}


def _key(asset: AssetState | None) -> str | None:
    # A failed asset has no key, unless a regeneration failed over a good one (kept).
    return asset.key if asset is not None else None


def _record_asset(values: dict[str, Any], conn: Connection) -> bool:
    """`Books.record_asset` as one unit: the asset's row is locked while it is decided on
    (PostgreSQL; SQLite writes one at a time)."""
    key = [ASSETS.c[name] == values[name] for name in ("story_id", "kind", "page_number", "role")]
    existing = conn.execute(
        select(
            ASSETS.c.id, ASSETS.c.status, ASSETS.c.revision, ASSETS.c.key, ASSETS.c.text_revision
        )
        .where(*key)
        .with_for_update()
    ).first()
    if existing is None:
        conn.execute(insert(ASSETS).values(**values))
        return True
    # A newer text of the page (text_revision) counts like a newer revision.
    mine = (values["revision"], values["text_revision"])
    theirs = (existing.revision, existing.text_revision)
    if mine < theirs or (
        mine == theirs and (existing.status != FAILED or values["status"] == FAILED)
    ):
        return False  # done or skipped is final; a failure may still succeed
    changes = {name: values[name] for name in _ASSET_FIELDS}
    if (
        values["status"] == FAILED
        and existing.key is not None
        and existing.text_revision == values["text_revision"]
    ):
        # A failed regeneration keeps the clip or picture the book had (of the same text): the
        # row says the revision failed (its counts), the key still gives the last good file.
        del changes["key"]
    conn.execute(
        update(ASSETS).where(ASSETS.c.id == existing.id).values(**changes, updated_at=utcnow())
    )
    return True


def _record_written_page(values: dict[str, Any], conn: Connection) -> bool:
    """`Books.record_written_page` as one unit."""
    where = (
        WRITTEN.c.story_id == values["story_id"],
        WRITTEN.c.page_number == values["page_number"],
    )
    existing = conn.execute(
        select(WRITTEN.c.id, WRITTEN.c.text_revision).where(*where).with_for_update()
    ).first()
    if existing is None:
        conn.execute(insert(WRITTEN).values(**values))
        return True
    if values["text_revision"] <= existing.text_revision:
        return False
    conn.execute(update(WRITTEN).where(WRITTEN.c.id == existing.id).values(**values))
    # What an older text of this page made no longer counts: it is made again.
    conn.execute(
        ASSETS.delete().where(
            ASSETS.c.story_id == values["story_id"],
            ASSETS.c.page_number == values["page_number"],
            ASSETS.c.revision == 0,
            ASSETS.c.role != "cover",
            ASSETS.c.text_revision < values["text_revision"],
        )
    )
    return True
