"""API keys stored as their keyed hash

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 13:40:00

`stories.owner` and `regenerations.owner` held the API key itself; they now hold
HMAC-SHA256(GATEWAY_API_KEY_SECRET, key) in hex (`moretale_gateway.config.key_owner`). The
secret is read from the gateway's settings (the environment, or the file generated into the data
dir), the same way the running gateway reads it, so the rows keep their owner.
"""

import sqlalchemy as sa
from alembic import op

from moretale_gateway.config import Settings, key_owner

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("stories", "regenerations")


def upgrade() -> None:
    conn = op.get_bind()
    secret = None
    for name in TABLES:
        table = sa.table(name, sa.column("owner", sa.String))
        keys = conn.execute(sa.select(table.c.owner).distinct()).scalars().all()
        if keys and secret is None:  # a new database needs no secret yet
            secret = Settings().api_key_hmac_secret()
        for key in keys:
            conn.execute(
                table.update()
                .where(table.c.owner == sa.bindparam("key"))
                .values(owner=sa.bindparam("hashed")),
                {"key": key, "hashed": key_owner(secret, key)},
            )


def downgrade() -> None:
    raise NotImplementedError("a keyed hash cannot be turned back into the API key")
