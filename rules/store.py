"""Store matches (once each) and find articles the rules have not seen yet."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from feeds.tables import ArticleRow
from rules.records import Match
from rules.tables import MatchedArticleRow, MatchRow
from sokbo.db import delete_rows, insert_for, prune_in_batches
from sokbo.timeutil import utcnow


def match_key(match: Match) -> str:
    return hashlib.blake2b(match.key.encode("utf-8"), digest_size=20).hexdigest()


class MatchStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def record(self, matches: Sequence[Match], article_ids: Sequence[str], ruleset: str, *,
                     backfill: bool = False) -> list[Match]:
        """Store matches and mark the articles matched, in one transaction; returns the new matches."""
        now = utcnow()
        dialect = self.engine.dialect.name
        new_keys: set[str] = set()
        async with self.engine.begin() as conn:
            if matches:
                stmt = insert_for(dialect, MatchRow.__table__).on_conflict_do_nothing().returning(
                    MatchRow.__table__.c.key)
                rows = [{
                    "key": match_key(m), "rule_id": m.rule_id, "article_id": m.article_id, "title": m.title,
                    "severity": m.severity, "event_type": m.event.type if m.event else None,
                    "event_entity": m.event.entity if m.event else None,
                    "event": m.event.to_json() if m.event else None, "terms": list(m.terms), "backfill": backfill,
                    "created_at": now,
                } for m in matches]
                result = await conn.execute(stmt, rows)
                new_keys = {row[0] for row in result.all() if row[0] is not None}
            if article_ids:
                await conn.execute(
                    insert_for(dialect, MatchedArticleRow.__table__).on_conflict_do_nothing(),
                    [{"article_id": a, "ruleset": ruleset, "matched_at": now} for a in article_ids],
                )
        return [m for m in matches if match_key(m) in new_keys]

    async def unmatched_article_ids(self, *, since: datetime, limit: int = 500) -> list[str]:
        """Stored articles fetched since `since` that no rules run has seen (a crash in between)."""
        query = (
            select(ArticleRow.id)
            .outerjoin(MatchedArticleRow, MatchedArticleRow.article_id == ArticleRow.id)
            .where(MatchedArticleRow.article_id.is_(None), ArticleRow.fetched_at >= since)
            .order_by(ArticleRow.fetched_at)
            .limit(limit)
        )
        async with self.engine.connect() as conn:
            return list((await conn.scalars(query)).all())

    async def forget(self, before: datetime) -> int:
        """Matches, and the marks of articles matched, older than `before`; returns how many matches."""
        await prune_in_batches(self.engine, MatchedArticleRow.article_id, MatchedArticleRow.matched_at < before,
                               apply=delete_rows(MatchedArticleRow.__table__, MatchedArticleRow.article_id))
        return await prune_in_batches(self.engine, MatchRow.key, MatchRow.created_at < before,
                                      apply=delete_rows(MatchRow.__table__, MatchRow.key))

    async def recent(self, limit: int = 100) -> list[dict[str, object]]:
        query = select(MatchRow).order_by(MatchRow.created_at.desc()).limit(limit)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [dict(row) for row in rows]
