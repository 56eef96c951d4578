"""matches: rule matches stored once by key, and which articles the rules have seen

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 00:42:15.507934
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sokbo.db

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('matched_articles',
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('ruleset', sa.String(length=32), nullable=False),
    sa.Column('matched_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_matched_articles'))
    )
    op.create_table('matches',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('rule_id', sa.String(length=64), nullable=False),
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('event_type', sa.String(length=20), nullable=True),
    sa.Column('event_entity', sa.String(length=200), nullable=True),
    sa.Column('event', sa.JSON(), nullable=True),
    sa.Column('terms', sa.JSON(), nullable=False),
    sa.Column('backfill', sa.Boolean(), nullable=False),
    sa.Column('created_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_matches'))
    )
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matches_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matches_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_matches_rule_id'), ['rule_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matches_rule_id'))
        batch_op.drop_index(batch_op.f('ix_matches_created_at'))
        batch_op.drop_index(batch_op.f('ix_matches_article_id'))

    op.drop_table('matches')
    op.drop_table('matched_articles')
