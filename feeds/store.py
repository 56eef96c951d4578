"""The feeds room's side of the store: feed state with leases, and de-duplicated articles.

Written once for SQLite and PostgreSQL. Replicas coordinate only through the database:
due feeds are claimed by a single UPDATE … RETURNING (SKIP LOCKED on PostgreSQL; SQLite
serialises writers anyway), results are recorded only while the lease is still ours, and
articles are inserted with ON CONFLICT DO NOTHING so the insert tells who saw one first.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, Table, Text, bindparam, func, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker

from feeds.catalog import FeedSpec
from feeds.normalize import canonical_url
from feeds.records import Article
from feeds.search import (
    ONE_CHAR_SCAN,
    SEARCH_TABLE,
    candidates,
    delete_index_statement,
    index_articles,
    indexed_text,
    search_terms,
)
from feeds.tables import ArticleRow, FeedRow
from sokbo.db import UTCDateTime, insert_for, prune_in_batches
from sokbo.timeutil import utcnow

FORGOTTEN = "forgotten"  # body_status of an article compacted by retention


def _not_forgotten() -> ColumnElement[bool]:
    return or_(ArticleRow.body_status.is_(None), ArticleRow.body_status != FORGOTTEN)


@dataclass(frozen=True)
class FeedState:
    """A claimed feed: its definition plus what the last polls left behind."""

    id: str
    url: str
    outlet: str
    interval: timedelta
    fetch_body: bool
    encoding: str | None
    etag: str | None
    last_modified: str | None
    consecutive_failures: int
    failing_since: datetime | None
    last_success_at: datetime | None = None
    content_hash: str | None = None
    # Added from chat: fetched behind the untrusted address policy on every poll, not only when
    # it was added (a host may resolve elsewhere later, and allow_hosts is the operator's).
    untrusted: bool = False


@dataclass(frozen=True)
class FeedHealth:
    id: str
    outlet: str
    url: str
    interval: timedelta
    enabled: bool
    paused_reason: str | None
    paused_at: datetime | None
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    next_poll_at: datetime
    articles_seen: int
    articles_new: int
    last_notes: str | None

    @property
    def status(self) -> str:
        if not self.enabled:
            return "disabled"
        if self.paused_at is not None:
            return "paused"
        if self.consecutive_failures:
            return "failing"
        if self.last_success_at is None:
            return "new"
        return "ok"

    def to_json(self) -> dict[str, object]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "id": self.id, "outlet": self.outlet, "url": self.url, "status": self.status,
            "interval_s": self.interval.total_seconds(), "paused_reason": self.paused_reason,
            "last_success": iso(self.last_success_at), "last_attempt": iso(self.last_attempt_at),
            "last_error": self.last_error, "last_error_at": iso(self.last_error_at),
            "consecutive_failures": self.consecutive_failures, "next_poll": iso(self.next_poll_at),
            "articles_seen": self.articles_seen, "articles_new": self.articles_new, "notes": self.last_notes,
        }


@dataclass(frozen=True)
class PollRecord:
    """What the poller writes back after one poll (success or failure).

    Values are absolute, computed by the lease holder (the only writer of this row while
    the lease lasts), so many records share one UPDATE statement in a batch. None in an
    error or pause field keeps the stored value.
    """

    feed_id: str
    attempted_at: datetime
    next_poll_at: datetime
    ok: bool
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None  # None keeps the stored one
    consecutive_failures: int = 0
    failing_since: datetime | None = None
    error: str | None = None
    error_kind: str | None = None
    notes: str | None = None
    seen: int = 0
    new: int = 0
    pause_reason: str | None = None


_feeds_table: Table = FeedRow.__table__  # type: ignore[assignment]
_feeds = _feeds_table.c
_RECORD_POLL = (
    update(_feeds_table)
    .where(_feeds.id == bindparam("p_id"), _feeds.lease_owner == bindparam("p_owner"))
    .values(
        last_attempt_at=bindparam("p_attempted", type_=UTCDateTime()),
        next_poll_at=bindparam("p_next", type_=UTCDateTime()),
        updated_at=bindparam("p_attempted", type_=UTCDateTime()),
        lease_owner=None,
        lease_until=None,
        last_notes=bindparam("p_notes"),
        last_success_at=func.coalesce(bindparam("p_success_at", type_=UTCDateTime()), _feeds.last_success_at),
        consecutive_failures=bindparam("p_failures"),
        failing_since=bindparam("p_failing_since", type_=UTCDateTime()),
        articles_seen=_feeds.articles_seen + bindparam("p_seen"),
        articles_new=_feeds.articles_new + bindparam("p_new"),
        etag=bindparam("p_etag"),
        last_modified=bindparam("p_last_modified"),
        content_hash=func.coalesce(bindparam("p_content_hash", type_=String()), _feeds.content_hash),
        last_error=func.coalesce(bindparam("p_error", type_=Text()), _feeds.last_error),
        last_error_kind=func.coalesce(bindparam("p_error_kind", type_=String()), _feeds.last_error_kind),
        last_error_at=func.coalesce(bindparam("p_error_at", type_=UTCDateTime()), _feeds.last_error_at),
        paused_at=func.coalesce(bindparam("p_paused_at", type_=UTCDateTime()), _feeds.paused_at),
        paused_reason=func.coalesce(bindparam("p_pause_reason", type_=Text()), _feeds.paused_reason),
    )
)


def _record_params(owner: str, record: PollRecord) -> dict[str, Any]:
    return {
        "p_id": record.feed_id, "p_owner": owner, "p_attempted": record.attempted_at, "p_next": record.next_poll_at,
        "p_notes": record.notes, "p_success_at": record.attempted_at if record.ok else None,
        "p_failures": 0 if record.ok else record.consecutive_failures,
        "p_failing_since": None if record.ok else (record.failing_since or record.attempted_at),
        "p_seen": record.seen, "p_new": record.new, "p_etag": record.etag, "p_last_modified": record.last_modified,
        "p_content_hash": record.content_hash,
        "p_error": None if record.ok else record.error, "p_error_kind": None if record.ok else record.error_kind,
        "p_error_at": None if record.ok else record.attempted_at,
        "p_paused_at": record.attempted_at if record.pause_reason else None, "p_pause_reason": record.pause_reason,
    }


def url_key(url: str | None) -> str | None:
    if url is None:
        return None
    return hashlib.blake2b(url.encode("utf-8"), digest_size=16).hexdigest()


class FeedStore:
    """Feed definitions and polling state."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def sync_definitions(self, specs: Sequence[FeedSpec], *, now: datetime | None = None,
                               first_poll_spread: timedelta = timedelta(seconds=5)) -> None:
        """Make the table match the configured feeds, keeping every feed's polling state.

        New feeds are due at once (spread over a few seconds); a changed URL forgets the
        old validators and failures; feeds no longer configured stop being polled.
        """
        now = now or utcnow()
        dialect = self.engine.dialect.name
        async with self._sessions.begin() as session:
            existing = {row.id: row for row in (await session.scalars(select(FeedRow))).all()}
            for spec in specs:
                row = existing.get(spec.id)
                if row is None:
                    stmt = insert_for(dialect, FeedRow).values(
                        id=spec.id, url=spec.url, outlet=spec.outlet, interval_s=spec.interval.total_seconds(),
                        fetch_body=spec.fetch_body, encoding=spec.encoding, defined=True, enabled=spec.enabled,
                        consecutive_failures=0, articles_seen=0, articles_new=0,
                        next_poll_at=now + first_poll_spread * random.random(), created_at=now, updated_at=now,
                    ).on_conflict_do_nothing()
                    await session.execute(stmt)
                    continue
                values: dict[str, Any] = {
                    "outlet": spec.outlet, "interval_s": spec.interval.total_seconds(),
                    "fetch_body": spec.fetch_body, "encoding": spec.encoding, "defined": True,
                    "enabled": spec.enabled,
                }
                if row.url != spec.url:
                    values.update(url=spec.url, etag=None, last_modified=None, consecutive_failures=0,
                                  failing_since=None, paused_at=None, paused_reason=None, next_poll_at=now)
                if any(getattr(row, key) != value for key, value in values.items()):
                    values["updated_at"] = now
                    await session.execute(update(FeedRow).where(FeedRow.id == spec.id).values(**values))
            gone = set(existing) - {spec.id for spec in specs} - {
                row.id for row in existing.values() if row.added_by is not None and row.defined}
            if gone:
                await session.execute(
                    update(FeedRow).where(FeedRow.id.in_(gone)).values(defined=False, updated_at=now)
                )

    async def add_from_chat(self, spec: FeedSpec, by: str, *, now: datetime | None = None) -> bool:
        """A feed a manager added in chat, polled at once and kept across config syncs; False
        when a feed with that id is already polled."""
        now = now or utcnow()
        async with self._sessions.begin() as session:
            row = await session.get(FeedRow, spec.id)
            if row is not None and row.defined:
                return False
            values = dict(url=spec.url, outlet=spec.outlet, interval_s=spec.interval.total_seconds(),
                          fetch_body=spec.fetch_body, encoding=spec.encoding, defined=True, enabled=True,
                          added_by=by[:120], next_poll_at=now, updated_at=now)
            if row is None:
                await session.execute(insert_for(self.engine.dialect.name, FeedRow).values(
                    id=spec.id, consecutive_failures=0, articles_seen=0, articles_new=0, created_at=now, **values,
                ).on_conflict_do_nothing())
            else:  # removed earlier: its history stays, polling starts again
                await session.execute(update(FeedRow).where(FeedRow.id == spec.id).values(
                    paused_at=None, paused_reason=None, consecutive_failures=0, **values))
            return True

    async def remove_from_chat(self, feed_id: str, *, now: datetime | None = None) -> str:
        """Stop polling a feed added from chat (its articles stay): "removed", "configured" (a
        feed of the config file, which only the config can drop) or "unknown"."""
        async with self._sessions.begin() as session:
            row = await session.get(FeedRow, feed_id)
            if row is None or not row.defined:
                return "unknown"
            if row.added_by is None:
                return "configured"
            await session.execute(update(FeedRow).where(FeedRow.id == feed_id).values(
                defined=False, updated_at=now or utcnow()))
            return "removed"

    async def claim_due(self, owner: str, *, lease: timedelta, limit: int = 50,
                        now: datetime | None = None, ids: Sequence[str] | None = None,
                        ignore_schedule: bool = False) -> list[FeedState]:
        """Lease up to `limit` due feeds to `owner`.

        `ids` narrows the claim to those feeds; `ignore_schedule` claims feeds that are not
        due yet (`sokbo poll --once`). Paused, disabled or leased feeds are never claimed.
        """
        now = now or utcnow()
        conditions = [
            FeedRow.defined.is_(True),
            FeedRow.enabled.is_(True),
            FeedRow.paused_at.is_(None),
            or_(FeedRow.lease_until.is_(None), FeedRow.lease_until < now),
        ]
        if ids is not None:
            conditions.append(FeedRow.id.in_(list(ids)))
        if not ignore_schedule:
            conditions.append(FeedRow.next_poll_at <= now)
        due = (
            select(FeedRow.id)
            .where(*conditions)
            .order_by(FeedRow.next_poll_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        stmt = (
            update(FeedRow)
            .where(FeedRow.id.in_(due))
            .values(lease_owner=owner, lease_until=now + lease)
            .returning(FeedRow)
            .execution_options(synchronize_session=False)
        )
        async with self._sessions.begin() as session:
            rows = (await session.scalars(stmt)).all()
            return [
                FeedState(
                    id=row.id, url=row.url, outlet=row.outlet, interval=timedelta(seconds=row.interval_s),
                    fetch_body=row.fetch_body, encoding=row.encoding, etag=row.etag,
                    last_modified=row.last_modified, consecutive_failures=row.consecutive_failures,
                    failing_since=row.failing_since, last_success_at=row.last_success_at,
                    content_hash=row.content_hash, untrusted=row.added_by is not None,
                )
                for row in rows
            ]

    async def record_poll(self, owner: str, record: PollRecord) -> bool:
        """Write one poll's outcome and release the lease; False if the lease was lost."""
        async with self.engine.begin() as conn:
            result = await conn.execute(_RECORD_POLL, _record_params(owner, record))
            return bool(result.rowcount)

    async def record_polls(self, owner: str, records: Sequence[PollRecord]) -> None:
        """Write many outcomes in one transaction (executemany of one statement).

        A record whose lease was lost in the meantime changes nothing.
        """
        if not records:
            return
        async with self.engine.begin() as conn:
            await conn.execute(_RECORD_POLL, [_record_params(owner, record) for record in records])

    async def release(self, owner: str, feed_ids: Iterable[str]) -> None:
        """Give back leases without recording a poll (shutdown before the poll ran)."""
        ids = list(feed_ids)
        if not ids:
            return
        async with self._sessions.begin() as session:
            await session.execute(
                update(FeedRow).where(FeedRow.id.in_(ids), FeedRow.lease_owner == owner)
                .values(lease_owner=None, lease_until=None)
            )

    async def enable(self, feed_id: str, *, now: datetime | None = None) -> bool:
        """Un-pause a feed and poll it at once; False when no such feed exists."""
        now = now or utcnow()
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(FeedRow).where(FeedRow.id == feed_id).values(
                    paused_at=None, paused_reason=None, consecutive_failures=0, failing_since=None,
                    next_poll_at=now, updated_at=now,
                )
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def active_ids(self) -> list[str]:
        """Feeds that may be polled: configured, enabled and not paused."""
        async with self._sessions() as session:
            return list((await session.scalars(
                select(FeedRow.id).where(
                    FeedRow.defined.is_(True), FeedRow.enabled.is_(True), FeedRow.paused_at.is_(None)
                ).order_by(FeedRow.id)
            )).all())

    async def health(self, *, include_undefined: bool = False) -> list[FeedHealth]:
        query = select(FeedRow).order_by(FeedRow.id)
        if not include_undefined:
            query = query.where(FeedRow.defined.is_(True))
        async with self._sessions() as session:
            rows = (await session.scalars(query)).all()
        return [
            FeedHealth(
                id=r.id, outlet=r.outlet, url=r.url, interval=timedelta(seconds=r.interval_s), enabled=r.enabled,
                paused_reason=r.paused_reason, paused_at=r.paused_at, last_success_at=r.last_success_at,
                last_attempt_at=r.last_attempt_at, last_error=r.last_error, last_error_at=r.last_error_at,
                consecutive_failures=r.consecutive_failures, next_poll_at=r.next_poll_at,
                articles_seen=r.articles_seen, articles_new=r.articles_new, last_notes=r.last_notes,
            )
            for r in rows
        ]


class ArticleStore:
    """Articles, stored once however many feeds and polls carry them."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._fts: bool | None = None

    async def add(self, articles: Sequence[Article], *, backfill: bool = False,
                  search_docs: Mapping[str, str] | None = None) -> list[Article]:
        """Insert what is new and return exactly those, in the given order; `backfill` marks
        a feed's first poll (kept on the rows, see ArticleRow.backfill).

        The same id or canonical URL already stored (from any feed) is skipped by the
        database's unique constraints, so concurrent replicas agree on who inserted it.
        """
        if not articles:
            return []
        # Core insert with executemany parameters: one cached statement that SQLAlchemy
        # batches into multi-row INSERT … RETURNING ("insertmanyvalues") on both backends.
        stmt = insert_for(self.engine.dialect.name, ArticleRow.__table__).on_conflict_do_nothing()
        stmt = stmt.returning(ArticleRow.__table__.c.id)
        async with self.engine.begin() as conn:
            marks = {"backfill": True} if backfill else {}  # False is the column's default
            result = await conn.execute(stmt, [_row_values(article) | marks for article in articles])
            inserted = {row[0] for row in result.all() if row[0] is not None}
            seen: set[str] = set()
            fresh = []
            for article in articles:
                if article.id in inserted and article.id not in seen:
                    seen.add(article.id)
                    fresh.append(article)
            await index_articles(conn, fresh, search_docs)  # same transaction: a stored article is always findable
        return fresh

    async def compact(self, before: datetime) -> int:
        """Old articles keep what de-duplication needs (id, URL key, guid, title, dates) and
        lose their text and search entry: a feed still serving one does not make it new again,
        so nothing is alerted twice. Returns how many were compacted."""
        dialect = self.engine.dialect.name

        async def forget(conn: AsyncConnection, ids: list[Any]) -> None:
            await conn.execute(update(ArticleRow).where(ArticleRow.id.in_(ids)).values(
                summary="", body=None, body_status=FORGOTTEN, body_error=None, authors=[], categories=[]))
            await conn.execute(delete_index_statement(dialect), {"ids": ids})

        return await prune_in_batches(
            self.engine, ArticleRow.id, ArticleRow.fetched_at < before, ArticleRow.published_at < before,
            _not_forgotten(), apply=forget)

    async def set_body(self, article_id: str, *, body: str | None, status: str, error: str | None = None) -> None:
        values: dict[str, Any] = {"body_status": status, "body_error": error}
        if body is not None:
            values["body"] = body
        async with self._sessions.begin() as session:
            await session.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(**values))

    async def get(self, article_id: str) -> Article | None:
        found = await self.get_many([article_id])
        return found[0] if found else None

    async def backfill_ids(self, article_ids: Sequence[str]) -> set[str]:
        """Those of `article_ids` stored by their feed's first poll."""
        if not article_ids:
            return set()
        async with self.engine.connect() as conn:
            rows = await conn.execute(select(ArticleRow.id).where(ArticleRow.id.in_(list(article_ids)),
                                                                  ArticleRow.backfill.is_(True)))
            return {row[0] for row in rows}

    async def get_many(self, article_ids: Sequence[str]) -> list[Article]:
        """The stored articles among `article_ids`, in that order, in one query."""
        if not article_ids:
            return []
        async with self._sessions() as session:
            rows = {r.id: r for r in (await session.scalars(
                select(ArticleRow).where(ArticleRow.id.in_(list(article_ids))))).all()}
        return [_article(rows[i]) for i in article_ids if i in rows]

    async def recent(self, *, since: datetime | None = None, feed_id: str | None = None,
                     limit: int = 1000) -> list[Article]:
        """Newest first by publication time (ties broken by fetch time)."""
        query = select(ArticleRow).order_by(ArticleRow.published_at.desc(), ArticleRow.fetched_at.desc())
        if since is not None:
            query = query.where(ArticleRow.published_at >= since)
        if feed_id is not None:
            query = query.where(ArticleRow.feed_id == feed_id)
        async with self._sessions() as session:
            rows = (await session.scalars(query.limit(limit))).all()
        return [_article(row) for row in rows]

    async def by_url(self, url: str) -> Article | None:
        """The stored article at this address (canonicalised the way articles are stored)."""
        key = url_key(canonical_url(url))
        if key is None:
            return None
        async with self._sessions() as session:
            row = await session.scalar(select(ArticleRow).where(ArticleRow.url_key == key))
        return _article(row) if row is not None else None

    async def search(self, query: str, *, since: datetime | None = None, limit: int = 10) -> list[Article]:
        """Newest first; every hit contains every word of the query, and each "quoted phrase"
        whole (spacing and case ignored).

        The bigram index narrows the candidates, the substring checks on each decide.
        """
        keys = search_terms(query)
        if not keys:
            return []
        query_ = select(ArticleRow).order_by(ArticleRow.published_at.desc(), ArticleRow.id)
        if since is not None:
            query_ = query_.where(ArticleRow.published_at >= since)
        holders = candidates(self.engine.dialect.name, keys, fts=await self._search_uses_fts())
        if holders is not None:
            query_ = query_.where(ArticleRow.id.in_(holders))
        else:  # a single character has no bigram: scan the newest, as the index would (compacted ones are out)
            query_ = query_.where(_not_forgotten()).limit(ONE_CHAR_SCAN)
        found: list[Article] = []
        async with self._sessions() as session:
            rows = await session.stream_scalars(query_.execution_options(yield_per=100))
            async for row in rows:
                article = _article(row)
                indexed = indexed_text(article)
                if all(key in indexed for key in keys):
                    found.append(article)
                    if len(found) >= limit:
                        break
            await rows.close()
        return found

    async def _search_uses_fts(self) -> bool:
        """SQLite: whether the migration could make the index an FTS5 table (asked once)."""
        if self._fts is None:
            if self.engine.dialect.name != "sqlite":
                self._fts = True
            else:
                async with self.engine.connect() as conn:
                    sql = await conn.scalar(text("SELECT sql FROM sqlite_master WHERE name = :n"),
                                            {"n": SEARCH_TABLE})
                self._fts = "VIRTUAL TABLE" in (sql or "").upper()
        return self._fts

    async def count(self) -> int:
        async with self._sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(ArticleRow)) or 0)


def _row_values(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "feed_id": article.feed_id, "outlet": article.outlet, "url": article.url,
        "url_key": url_key(article.url), "guid": article.guid, "title": article.title,
        "summary": article.summary, "body": article.body, "body_status": "feed" if article.body else None,
        "body_error": None, "published_at": article.published, "published_estimated": article.published_estimated,
        "fetched_at": article.fetched_at, "authors": list(article.authors), "categories": list(article.categories),
    }


def _article(row: ArticleRow) -> Article:
    return Article(
        id=row.id, feed_id=row.feed_id, outlet=row.outlet, url=row.url, title=row.title, summary=row.summary,
        published=row.published_at, published_estimated=row.published_estimated, fetched_at=row.fetched_at,
        guid=row.guid, authors=tuple(row.authors or ()), categories=tuple(row.categories or ()), body=row.body,
        compacted=row.body_status == FORGOTTEN,
    )
