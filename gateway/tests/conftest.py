"""Fixtures the gateway's tests share."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from moretale_gateway.main import MIGRATIONS
from moretale_kit.db import Database


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated SQLite stories database of this test's own."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'g.db'}")
    await database.migrate(MIGRATIONS)
    yield database
    await database.close()
