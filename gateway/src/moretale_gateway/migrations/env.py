"""Alembic environment for the gateway (async engine; URL given by the caller)."""

from alembic import context

from moretale_gateway.models import SQLModel
from moretale_kit.db import run_async_migrations

run_async_migrations(
    SQLModel.metadata,
    context.config.attributes["database_url"],
    version_table="gateway_alembic_version",
    own_table="stories",
)
