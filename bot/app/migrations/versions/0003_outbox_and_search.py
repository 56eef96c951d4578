"""outbox, subscriptions, channels, stories; the article search index (existing articles indexed);
feeds.content_hash

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 02:47:47.437359
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sokbo.db

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('channel_rules',
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('rule_id', sa.String(length=64), nullable=False),
    sa.Column('muted_until', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_alert_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('platform', 'channel_id', 'rule_id', name=op.f('pk_channel_rules'))
    )
    op.create_table('channels',
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('muted_until', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('digest', sa.String(length=8), nullable=False),
    sa.Column('quiet_start', sa.String(length=5), nullable=True),
    sa.Column('quiet_end', sa.String(length=5), nullable=True),
    sa.Column('disabled_reason', sa.Text(), nullable=True),
    sa.Column('disabled_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('next_send_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('lease_owner', sa.String(length=64), nullable=True),
    sa.Column('lease_until', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('platform', 'channel_id', name=op.f('pk_channels'))
    )
    op.create_table('fanouts',
    sa.Column('match_key', sa.String(length=40), nullable=False),
    sa.Column('done_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('match_key', name=op.f('pk_fanouts'))
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('article_id', sa.String(length=32), nullable=True),
    sa.Column('match_keys', sa.JSON(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('also_reported_by', sa.JSON(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_attempt_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('platform_message_id', sa.String(length=64), nullable=True),
    sa.Column('created_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sokbo.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('key', name=op.f('uq_outbox_key'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_channel_status', ['platform', 'channel_id', 'status', 'id'], unique=False)
        batch_op.create_index('ix_outbox_status_due', ['status', 'next_attempt_at'], unique=False)

    op.create_table('stories',
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('story_key', sa.String(length=200), nullable=False),
    sa.Column('outbox_id', sa.Integer(), nullable=False),
    sa.Column('seen_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('platform', 'channel_id', 'story_key', name=op.f('pk_stories'))
    )
    op.create_table('subscriptions',
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('rule_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('term', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('created_at', sokbo.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('platform', 'channel_id', 'rule_id', name=op.f('pk_subscriptions'))
    )
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subscriptions_rule_id'), ['rule_id'], unique=False)

    with op.batch_alter_table('feeds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_hash', sa.String(length=32), nullable=True))

    _create_search_index()


def _create_search_index() -> None:
    """The bigram index (feeds/search.py): FTS5 on SQLite, a GIN-indexed text[] on PostgreSQL.
    Articles stored before it existed are indexed here, a batch at a time."""
    from feeds.search import create_index_ddl, index_row, insert_statement, sqlite_has_fts5

    connection = op.get_bind()
    dialect = connection.dialect.name
    fts = dialect != 'sqlite' or sqlite_has_fts5(connection)
    for statement in create_index_ddl(dialect, fts=fts):
        op.execute(statement)
    articles = sa.table('articles', sa.column('id'), sa.column('title'), sa.column('summary'))
    batch: list[dict[str, object]] = []
    for article_id, title, summary in connection.execute(
            sa.select(articles.c.id, articles.c.title, articles.c.summary)).fetchall():
        batch.append(index_row(dialect, article_id, title, summary or ''))
        if len(batch) >= 500:
            connection.execute(insert_statement(dialect), batch)
            batch = []
    if batch:
        connection.execute(insert_statement(dialect), batch)


def downgrade() -> None:
    with op.batch_alter_table('feeds', schema=None) as batch_op:
        batch_op.drop_column('content_hash')

    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subscriptions_rule_id'))

    op.drop_table('subscriptions')
    op.drop_table('stories')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_status_due')
        batch_op.drop_index('ix_outbox_channel_status')

    op.drop_table('outbox')
    op.drop_table('fanouts')
    op.drop_table('channels')
    op.drop_table('channel_rules')
    op.execute('DROP TABLE article_search')
