"""asset sentence timings (read-along)

Revision ID: 0003_asset_timings
Revises: 0002_book_models
Create Date: 2026-12-06 13:40:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003_asset_timings'
down_revision = '0002_book_models'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sentences', sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column('timed_by', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_column('timed_by')
        batch_op.drop_column('sentences')
