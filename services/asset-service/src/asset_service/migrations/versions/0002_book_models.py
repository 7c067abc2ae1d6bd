"""the models a book asked for, for the manifests' summary blocks

Revision ID: 0002_book_models
Revises: 0001
Create Date: 2026-12-06 13:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_book_models"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("asset_books", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tts_model", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("illustration_model", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("asset_books", schema=None) as batch_op:
        batch_op.drop_column("illustration_model")
        batch_op.drop_column("tts_model")
