"""Matches → alerts in the outbox: the sink the rules pipeline calls, the transaction that
decides each channel's alert (cooldowns, mutes, quiet hours, one story across outlets), and the
crash catch-up. The outbox (bot.delivery.outbox) keeps the rows; what goes in them is decided here."""

from __future__ import annotations

import asyncio
import logging
import random
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.alerting.pipeline import RulesPipeline
from bot.alerting.quieting import Quieting
from bot.alerting.stories import STORY_WINDOW, same_story_titles
from bot.alerting.subscriptions import SubscriptionStore
from bot.app.tables import ChannelRuleRow, FanoutRow, OutboxRow, StoryRow
from bot.delivery.outbox import (
    LIVE,
    MUTED_REASON,
    Outbox,
    in_channel_order,
    match_from_row,
    new_row,
    outbox_key,
    rule_muted,
)
from bot.model import Channel, Reason, Report, Status
from feeds.records import Article
from feeds.tables import ArticleRow
from rules.records import Match
from rules.store import match_key
from rules.tables import MatchRow
from sokbo.db import insert_for
from sokbo.timeutil import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RulePolicy:
    """What fan-out needs to know of a rule: its per-channel cooldown."""

    cooldown: timedelta | None = None


@dataclass
class FanoutResult:
    created: int = 0
    merged: int = 0
    suppressed: int = 0
    held: int = 0


# Deadlock detected, serialization failure: the server gave up on this transaction, not on the data.
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})
FANOUT_ATTEMPTS = 5


class FanoutStore:
    """The alerts of a batch of matches, written in one transaction: one row per article and
    channel (keyed, so running it again after a crash or on another replica adds nothing), the
    rule's cooldown and the channel's mutes and quiet hours applied, a second outlet's report of a
    story already in the channel listed on that alert instead (bot.alerting.stories)."""

    def __init__(self, outbox: Outbox, *, story_window: timedelta = STORY_WINDOW) -> None:
        self.outbox = outbox
        self.story_window = story_window

    async def fan_out(self, matches: Sequence[Match], articles: Mapping[str, Article],
                      subscribers: Mapping[str, Sequence[Channel]], policies: Mapping[str, RulePolicy],
                      *, now: datetime | None = None) -> FanoutResult:
        """Create the alerts for `matches` in every subscribed channel, in one transaction."""
        now = now or utcnow()
        groups: dict[tuple[Channel, str], list[Match]] = defaultdict(list)
        for match in matches:
            if match.article_id not in articles:
                continue
            for channel in subscribers.get(match.rule_id, ()):
                groups[(channel, match.article_id)].append(match)
        for attempt in range(1, FANOUT_ATTEMPTS + 1):
            try:
                return await self._fan_out_groups(matches, articles, groups, policies, now)
            except DBAPIError as exc:
                # Two replicas fanning out articles for the same channels may deadlock on
                # PostgreSQL; the server aborts one, and every write here is keyed: run it again.
                if attempt == FANOUT_ATTEMPTS or getattr(exc.orig, "sqlstate", None) not in TRANSIENT_SQLSTATES:
                    raise
                log.info("fan-out: %s; trying again (%d of %d)", type(exc.orig).__name__, attempt + 1, FANOUT_ATTEMPTS)
                await asyncio.sleep(random.uniform(0.05, 0.2) * attempt)
        raise AssertionError("unreachable")

    async def _fan_out_groups(self, matches: Sequence[Match], articles: Mapping[str, Article],
                              groups: Mapping[tuple[Channel, str], list[Match]],
                              policies: Mapping[str, RulePolicy], now: datetime) -> FanoutResult:
        result = FanoutResult()
        dialect = self.outbox.engine.dialect.name
        async with self.outbox.engine.begin() as conn:
            channels = sorted({channel for channel, _ in groups})
            await in_channel_order(conn, channels)
            quieting = await self.outbox.ensure_channels(conn, channels, now)
            rule_state = await self.outbox.channel_rules(conn, channels)
            for (channel, article_id), found in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])):
                await self._fan_out_one(conn, channel, articles[article_id], found, quieting[channel],
                                        rule_state, policies, now, result)
            keys = sorted({match_key(m) for m in matches})
            if keys:
                await conn.execute(insert_for(dialect, FanoutRow.__table__).on_conflict_do_nothing(),
                                   [{"match_key": k, "done_at": now} for k in keys])
        return result

    async def _fan_out_one(self, conn: AsyncConnection, channel: Channel, article: Article, found: list[Match],
                           quiet: Quieting, rule_state: dict[tuple[Channel, str], dict[str, Any]],
                           policies: Mapping[str, RulePolicy], now: datetime, result: FanoutResult) -> None:
        dialect = self.outbox.engine.dialect.name
        key = outbox_key(article.id, str(channel))
        existing = (await conn.execute(select(OutboxRow.id, OutboxRow.status, OutboxRow.match_keys)
                                       .where(OutboxRow.key == key))).first()
        keys = [match_key(m) for m in found]
        if existing is not None:  # another rule fired on an article this channel already has
            if existing.status in (Status.PENDING, Status.HELD):
                merged = list(dict.fromkeys([*existing.match_keys, *keys]))
                await conn.execute(update(OutboxRow).where(OutboxRow.id == existing.id).values(match_keys=merged))
            return
        status, reason = Status.PENDING, None
        live: list[Match] = []
        for match in found:
            state = rule_state.get((channel, match.rule_id), {})
            cooldown = policies.get(match.rule_id, RulePolicy()).cooldown
            if rule_muted(state, now):
                continue
            if cooldown and state.get("last_alert_at") and now - state["last_alert_at"] < cooldown:
                continue
            live.append(match)
        hold = quiet.hold_until(now)
        story_keys = sorted({f"event:{m.event.story_key()}" for m in live if m.event is not None})
        primary: int | None = None
        if quiet.muted(now):
            status, reason = Status.SUPPRESSED, MUTED_REASON
        elif not live:
            status, reason = Status.SUPPRESSED, Reason.MUTED_OR_COOLDOWN.value
        elif (primary := await self._same_story(conn, channel, article, story_keys,
                                                {t for m in live for t in m.terms}, now)) is not None:
            status, reason = Status.MERGED, f"{Reason.MERGED.value}:{primary}"
        elif hold is not None:
            status = Status.HELD
        inserted = (await conn.execute(
            insert_for(dialect, OutboxRow.__table__).on_conflict_do_nothing().returning(OutboxRow.__table__.c.id),
            new_row(key, channel, "alert", hold or now, article_id=article.id,
                    match_keys=[match_key(m) for m in live] or keys, status=status,
                    reason=reason, created_at=now),
        )).scalar()
        if inserted is None:  # a concurrent fan-out (another replica) created it first
            return
        if status == Status.MERGED and primary is not None:
            await self._add_also_reported(conn, primary, Report(article.outlet, article.url), now)
            result.merged += 1
            return
        if status == Status.SUPPRESSED:
            result.suppressed += 1
            return
        result.held += status == Status.HELD
        result.created += 1
        for story in story_keys:
            values = {"outbox_id": inserted, "seen_at": now}
            await conn.execute(insert_for(dialect, StoryRow.__table__).values(
                platform=channel.platform, channel_id=channel.channel_id, story_key=story[:200], **values,
            ).on_conflict_do_update(index_elements=["platform", "channel_id", "story_key"], set_=values))
        for match in live:
            values = {"last_alert_at": now}
            await conn.execute(insert_for(dialect, ChannelRuleRow.__table__).values(
                platform=channel.platform, channel_id=channel.channel_id, rule_id=match.rule_id, muted_until=None,
                **values).on_conflict_do_update(index_elements=["platform", "channel_id", "rule_id"], set_=values))

    async def _same_story(self, conn: AsyncConnection, channel: Channel, article: Article, story_keys: list[str],
                          names: set[str], now: datetime) -> int | None:
        """The channel's alert already telling this story: every event of this article
        seen recently, or (for alerts without events) a recent alert with a near title."""
        since = now - self.story_window
        if story_keys:
            rows = (await conn.execute(select(StoryRow.story_key, StoryRow.outbox_id).where(
                StoryRow.platform == channel.platform, StoryRow.channel_id == channel.channel_id,
                StoryRow.story_key.in_(story_keys), StoryRow.seen_at >= since))).all()
            if len(rows) == len(story_keys):
                return int(min(row.outbox_id for row in rows))
            return None
        recent = (await conn.execute(
            select(OutboxRow.id, ArticleRow.title, ArticleRow.outlet)
            .join(ArticleRow, ArticleRow.id == OutboxRow.article_id)
            .where(OutboxRow.platform == channel.platform, OutboxRow.channel_id == channel.channel_id,
                   OutboxRow.kind == "alert", OutboxRow.status.in_(LIVE), OutboxRow.created_at >= since)
            .order_by(OutboxRow.id.desc()).limit(200))).all()
        for row in recent:
            if row.outlet != article.outlet and same_story_titles(row.title, article.title, names):
                return int(row.id)
        return None

    async def _add_also_reported(self, conn: AsyncConnection, outbox_id: int, report: Report, now: datetime) -> None:
        """List another outlet (and its link) on the story's alert; if it is already in the
        channel, queue an edit of that message (the common case: the first report went out at once)."""
        row = (await conn.execute(select(OutboxRow).where(OutboxRow.id == outbox_id))).mappings().first()
        listed = [Report.stored(value) for value in row["also_reported_by"] or ()] if row is not None else []
        if row is None or report.outlet in {r.outlet for r in listed} or row["status"] not in (
                Status.PENDING, Status.HELD, Status.SENDING, Status.SENT):
            return
        outlet = report.outlet
        await conn.execute(update(OutboxRow).where(OutboxRow.id == outbox_id).values(
            also_reported_by=[*row["also_reported_by"], {"outlet": report.outlet, "url": report.url}]))
        if row["status"] == Status.SENT and row["platform_message_id"]:
            channel = Channel(row["platform"], row["channel_id"])
            await conn.execute(
                insert_for(self.outbox.engine.dialect.name, OutboxRow.__table__).on_conflict_do_nothing(),
                new_row(outbox_key("update", str(outbox_id), outlet), channel, "update", now, items=[outbox_id]))

    async def unfanned_matches(self, *, since: datetime, before: datetime | None = None,
                               limit: int = 2000) -> list[Match]:
        """Live (not backfill) matches stored since `since` (and before `before`) that never reached fan-out."""
        query = (select(MatchRow).outerjoin(FanoutRow, FanoutRow.match_key == MatchRow.key)
                 .where(FanoutRow.match_key.is_(None), MatchRow.backfill.is_(False), MatchRow.created_at >= since,
                        MatchRow.created_at < (before or utcnow() + timedelta(days=1)))
                 .order_by(MatchRow.created_at).limit(limit))
        async with self.outbox.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [match_from_row(row) for row in rows]


class Fanout:
    def __init__(self, outbox: Outbox, subscriptions: SubscriptionStore, rules: RulesPipeline,
                 on_created: Callable[[], None] | None = None, *, story_window: timedelta = STORY_WINDOW) -> None:
        self.outbox = outbox
        self.store = FanoutStore(outbox, story_window=story_window)
        self.subscriptions = subscriptions
        self.rules = rules
        self.on_created = on_created

    def policies(self) -> dict[str, RulePolicy]:
        engine = self.rules.engine
        if engine is None:
            return {}
        return {rule.id: RulePolicy(rule.cooldown) for rule in engine.rules}

    async def publish_matches(self, matches: Sequence[Match], articles: dict[str, Article]) -> FanoutResult:
        subscribers = await self.subscriptions.channels_for([m.rule_id for m in matches])
        result = await self.store.fan_out(matches, articles, subscribers, self.policies())
        if result.created and self.on_created is not None:
            self.on_created()
        return result

    async def catch_up(self, window: timedelta = timedelta(days=1), *, settle: timedelta = timedelta(0)) -> int:
        """Fan out matches stored before a crash but never fanned out; with `settle`, only
        those older than it (younger ones may still be on their way through publish_matches)."""
        now = utcnow()
        matches = await self.store.unfanned_matches(since=now - window, before=now - settle)
        if not matches:
            return 0
        articles = {a.id: a for a in await self.rules.articles.get_many(sorted({m.article_id for m in matches}))}
        log.info("fanning out %d match(es) stored but not fanned out (a crash or a failed fan-out)", len(matches))
        await self.publish_matches(matches, articles)
        return len(matches)

    async def keep_caught_up(self, every: timedelta = timedelta(seconds=60)) -> None:
        """Until cancelled: a fan-out that failed after its matches were stored (the database
        went away, retries ran out) is not left for the next restart to find."""
        while True:
            await asyncio.sleep(every.total_seconds())
            try:
                await self.catch_up(settle=every)
            except Exception:
                log.exception("fan-out catch-up failed; trying again in %s", every)
