"""The rules room's tables: stored matches, and which articles have been matched.

A match row is unique by its key (rule × article × event), so re-matching after a crash
or on another replica never stores it twice; later rooms deliver from these rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sokbo.db import Base


class MatchRow(Base):
    __tablename__ = "matches"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(64), index=True)
    article_id: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(10))
    event_type: Mapped[str | None] = mapped_column(String(20))
    event_entity: Mapped[str | None] = mapped_column(String(200))
    event: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    terms: Mapped[list[str]] = mapped_column(JSON, default=list)
    backfill: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(index=True)


class MatchedArticleRow(Base):
    """Articles the rules have seen, so a restart matches exactly the ones it missed."""

    __tablename__ = "matched_articles"

    article_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    ruleset: Mapped[str] = mapped_column(String(32))
    matched_at: Mapped[datetime]
