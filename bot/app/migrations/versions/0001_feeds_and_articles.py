"""feeds and articles: feed definitions with polling state and leases; de-duplicated articles

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 00:03:11.462430
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sokbo.db

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('feed_id', sa.String(length=64), nullable=False),
    sa.Column('outlet', sa.String(length=200), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('url_key', sa.String(length=32), nullable=True),
    sa.Column('guid', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('body_status', sa.String(length=20), nullable=True),
    sa.Column('body_error', sa.Text(), nullable=True),
    sa.Column('published_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('published_estimated', sa.Boolean(), nullable=False),
    sa.Column('fetched_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('authors', sa.JSON(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('url_key', name=op.f('uq_articles_url_key'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_feed_id'), ['feed_id'], unique=False)
        batch_op.create_index('ix_articles_feed_published', ['feed_id', 'published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_fetched_at'), ['fetched_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published_at'), ['published_at'], unique=False)

    op.create_table('feeds',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('outlet', sa.String(length=200), nullable=False),
    sa.Column('interval_s', sa.Float(), nullable=False),
    sa.Column('fetch_body', sa.Boolean(), nullable=False),
    sa.Column('encoding', sa.String(length=40), nullable=True),
    sa.Column('defined', sa.Boolean(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('paused_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('paused_reason', sa.Text(), nullable=True),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.Text(), nullable=True),
    sa.Column('last_attempt_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_success_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('last_error_kind', sa.String(length=40), nullable=True),
    sa.Column('last_notes', sa.Text(), nullable=True),
    sa.Column('consecutive_failures', sa.Integer(), nullable=False),
    sa.Column('failing_since', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('articles_seen', sa.Integer(), nullable=False),
    sa.Column('articles_new', sa.Integer(), nullable=False),
    sa.Column('next_poll_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('lease_owner', sa.String(length=64), nullable=True),
    sa.Column('lease_until', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feeds'))
    )
    with op.batch_alter_table('feeds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feeds_next_poll_at'), ['next_poll_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('feeds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feeds_next_poll_at'))

    op.drop_table('feeds')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published_at'))
        batch_op.drop_index(batch_op.f('ix_articles_fetched_at'))
        batch_op.drop_index('ix_articles_feed_published')
        batch_op.drop_index(batch_op.f('ix_articles_feed_id'))

    op.drop_table('articles')
