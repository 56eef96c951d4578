"""channels.digest holds a daily digest's time ("daily@18:30"), wider than the 8 characters of "off"/"hourly"/"daily"

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 15:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('channels') as batch:
        batch.alter_column('digest', existing_type=sa.String(length=8), type_=sa.String(length=16),
                           existing_nullable=False)


def downgrade() -> None:
    op.execute("UPDATE channels SET digest = 'daily' WHERE digest LIKE 'daily@%'")
    with op.batch_alter_table('channels') as batch:
        batch.alter_column('digest', existing_type=sa.String(length=16), type_=sa.String(length=8),
                           existing_nullable=False)
