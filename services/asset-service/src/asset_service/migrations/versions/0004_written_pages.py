"""written pages (story.page.written) and the text revision of every asset

Revision ID: 0004_written_pages
Revises: 0003_asset_timings
Create Date: 2026-12-06 14:10:00
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004_written_pages'
down_revision = '0003_asset_timings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('written_pages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('page_number', sa.Integer(), nullable=False),
    sa.Column('text_revision', sa.Integer(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('primary_language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('secondary_language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('expect_audio', sa.Boolean(), nullable=False),
    sa.Column('expect_illustrations', sa.Boolean(), nullable=False),
    sa.Column('vocabulary_audio', sa.Boolean(), nullable=False),
    sa.Column('page', sa.JSON(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('story_id', 'page_number')
    )
    with op.batch_alter_table('written_pages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_written_pages_story_id'), ['story_id'], unique=False)
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('text_revision', sa.Integer(), nullable=False, server_default='0')
        )


def downgrade() -> None:
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_column('text_revision')
    with op.batch_alter_table('written_pages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_written_pages_story_id'))
    op.drop_table('written_pages')
