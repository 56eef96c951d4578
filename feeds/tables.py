"""The feeds room's tables: feed definitions with their polling state, and articles.

Uniqueness lives in constraints, not in memory, so replicas sharing one PostgreSQL never
store an article twice; due feeds are claimed with expiring leases (`lease_owner`,
`lease_until`), so a crashed replica's claim simply runs out.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, Index, Integer, String, Text
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from sokbo.db import Base


class FeedRow(Base):
    __tablename__ = "feeds"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str] = mapped_column(String(200))
    interval_s: Mapped[float] = mapped_column(Float)
    fetch_body: Mapped[bool] = mapped_column(Boolean, default=False)
    encoding: Mapped[str | None] = mapped_column(String(40))
    # Defined in the current catalog/config; feeds dropped from it keep their history.
    defined: Mapped[bool] = mapped_column(Boolean, default=True)
    # Who added it from chat ("slack:C123 U456"); None for feeds of the catalog or config file,
    # which a config sync may retire. A feed added from chat stays until removed from chat.
    added_by: Mapped[str | None] = mapped_column(String(120))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    paused_at: Mapped[datetime | None]
    paused_reason: Mapped[str | None] = mapped_column(Text)

    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    # A digest of the last document parsed: servers that send no validators still get a
    # cheap "nothing changed" (no parse, no store round trip) when the bytes are the same.
    content_hash: Mapped[str | None] = mapped_column(String(32))
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_kind: Mapped[str | None] = mapped_column(String(40))
    last_notes: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    failing_since: Mapped[datetime | None]
    articles_seen: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)

    next_poll_at: Mapped[datetime] = mapped_column(index=True)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    feed_id: Mapped[str] = mapped_column(String(64), index=True)
    outlet: Mapped[str] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    # A hash rather than the URL itself: PostgreSQL b-tree entries cap near 2.7 KB.
    url_key: Mapped[str | None] = mapped_column(String(32), unique=True)
    guid: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str | None] = mapped_column(Text)
    body_status: Mapped[str | None] = mapped_column(String(20))
    body_error: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(index=True)
    published_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    fetched_at: Mapped[datetime] = mapped_column(index=True)
    # Stored by its feed's first successful poll: what the feed already had, never alerted, also
    # when the process died before the rules saw it and a restart's catch-up matches it.
    backfill: Mapped[bool] = mapped_column(Boolean, server_default=sa_false())
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (Index("ix_articles_feed_published", "feed_id", "published_at"),)

