"""feeds.added_by: feeds managers add in chat (/sokbo feed add), kept across config syncs

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 15:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('feeds') as batch:
        batch.add_column(sa.Column('added_by', sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('feeds') as batch:
        batch.drop_column('added_by')
