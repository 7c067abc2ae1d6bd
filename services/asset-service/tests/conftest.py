"""Fixtures asset-service's tests share."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from asset_service.main import MIGRATIONS
from moretale_kit.db import Database


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated SQLite asset database of this test's own."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}")
    await database.migrate(MIGRATIONS)
    yield database
    await database.close()
