"""the options a regeneration asked for (voice, models, aspect ratio)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 16:20:00

`regenerations.overrides` keeps the `generation` options in which a regeneration differs from
the book's request, so the reconciler republishes an announcement that failed with what the
caller asked, not the book's own options. Older rows keep NULL (republished as before).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("regenerations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("overrides", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("regenerations", schema=None) as batch_op:
        batch_op.drop_column("overrides")
