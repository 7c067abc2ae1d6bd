"""What the result says of each asset and what the manifests say of each kind: the plan's
result contract (§3, §11 step 7), apart from the bookkeeping in `books`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from asset_service.models import BookRecord
from moretale_contracts.api import AssetCounts, ErrorInfo, PageAsset, PageAssets
from moretale_contracts.storage import audio_manifest_key, illustrations_manifest_key

DONE, FAILED, SKIPPED = "done", "failed", "skipped"
FAILED_CODE = "ASSET_FAILED"


def page_asset(asset: Any | None, enabled: bool, url: Callable[[str], str]) -> PageAsset:
    """One clip or picture as the result shows it: `pending` until it is recorded (or
    `skipped` when its kind was not asked for), then `done` with a URL, `failed` with its
    error, or `skipped` (nothing to make)."""
    if asset is None:
        return PageAsset(status="pending" if enabled else "skipped")
    if asset.status == DONE and asset.key is not None:
        return PageAsset(status="done", url=url(asset.key))
    if asset.status == FAILED:
        error = ErrorInfo(
            code=asset.error_code or FAILED_CODE,
            message=getattr(asset, "error_message", None) or "the asset could not be made",
        )
        return PageAsset(status="failed", error=error)
    if asset.status == SKIPPED:
        return PageAsset(status="skipped")
    return PageAsset()


def page_assets(
    by_page: dict[tuple[str, int, str], Any],
    page_number: int,
    book: BookRecord,
    url: Callable[[str], str],
) -> PageAssets:
    """The three assets of page `page_number`."""
    return PageAssets(
        audio_primary=page_asset(
            by_page.get(("audio", page_number, "primary")), book.expect_audio, url
        ),
        audio_secondary=page_asset(
            by_page.get(("audio", page_number, "secondary")), book.expect_audio, url
        ),
        illustration=page_asset(
            by_page.get(("illustration", page_number, "page")), book.expect_illustrations, url
        ),
    )


def manifest_urls(book: BookRecord, url: Callable[[str], str]) -> dict[str, str | None]:
    """The manifests' URLs: written when the book completes, for the kinds it asked for."""
    done = book.completed_at is not None
    return {
        "audio_manifest_url": url(audio_manifest_key(book.story_id))
        if done and book.expect_audio
        else None,
        "illustrations_manifest_url": url(illustrations_manifest_key(book.story_id))
        if done and book.expect_illustrations
        else None,
    }


def manifest_summary(
    counts: AssetCounts, languages: Sequence[str], model: str | None
) -> dict[str, Any]:
    """The summary block beside a manifest's entries: enabled or not, counts per status,
    languages, model (`null`: the worker's configured default)."""
    return {
        "enabled": counts.enabled,
        "total": counts.total,
        "done": counts.done,
        "failed": counts.failed,
        "skipped": counts.skipped,
        "languages": list(languages),
        "model": model,
    }
