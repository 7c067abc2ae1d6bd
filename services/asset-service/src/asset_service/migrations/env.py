"""Alembic environment for asset-service (async engine; URL given by the caller)."""

from alembic import context

from asset_service.models import SQLModel
from moretale_kit.db import run_async_migrations

run_async_migrations(
    SQLModel.metadata,
    context.config.attributes["database_url"],
    version_table="asset_alembic_version",
    own_table="assets",
)
