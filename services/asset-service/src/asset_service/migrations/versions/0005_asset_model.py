"""the model that made each asset (the manifests' and the result's model)

Revision ID: 0005_asset_model
Revises: 0004_written_pages
Create Date: 2026-12-06 15:15:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005_asset_model'
down_revision = '0004_written_pages'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('model', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_column('model')
