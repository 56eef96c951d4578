"""The durable outbox: fan-out of matches to channels, and the delivery bookkeeping.

Exactly-once, as seen in the channel, rests on three things kept here:
- a row per (article × channel) with a unique key, so fan-out may run again (after a
  crash, on another replica) and never creates a second alert;
- fan-out of a batch of matches in one transaction that also marks those matches done,
  so catch-up after a crash redoes exactly what was not done;
- "sending" written (and committed) before a request goes out, so a restart knows the
  outcome is unknown and checks the channel instead of posting again.

Channels are leased like feeds (`FOR UPDATE SKIP LOCKED` on PostgreSQL): one worker of
one replica owns a channel at a time, which gives per-channel order and rate limits.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, tuple_, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.alerting.quieting import Quieting
from bot.alerting.subscriptions import channel_is, quieting_of
from bot.app.tables import ChannelRow, ChannelRuleRow, FanoutRow, OutboxRow, StoryRow, SubscriptionRow
from bot.model import Channel, OutboxItem, Reason, Report, Status
from feeds.records import Article
from feeds.search import bigrams, search_key
from feeds.tables import ArticleRow
from rules.records import Event, Match
from rules.store import match_key
from rules.tables import MatchRow
from sokbo.db import delete_rows, insert_for, prune_in_batches
from sokbo.timeutil import utcnow

STORY_WINDOW = timedelta(hours=12)
TITLE_SIMILARITY = 0.5  # bigram Jaccard of folded titles at which two reports may be one story
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
LIVE = (Status.PENDING, Status.SENDING, Status.HELD, Status.SENT)  # statuses of an alert the channel gets (or got)
DUE = (Status.PENDING, Status.SENDING)


def outbox_key(*parts: str) -> str:
    return hashlib.blake2b("|".join(parts).encode("utf-8"), digest_size=20).hexdigest()


def title_similarity(a: str, b: str) -> float:
    ga, gb = bigrams(search_key(a)), bigrams(search_key(b))
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / len(ga | gb)


def figures(title: str) -> set[str]:
    """Amounts, percentages and counts of two digits or more (884억원 → 884, 3,018 → 3018);
    single digits (1분기, 2세대) say too little to tell stories apart."""
    found = {m.group(0).replace(",", "") for m in FIGURE.finditer(title)}
    return {f for f in found if sum(c.isdigit() for c in f) >= 2}


def same_story_titles(a: str, b: str, names: Collection[str]) -> bool:
    """Two outlets' headlines tell one story: close in wording, both naming what the alert
    is about, and not stating different figures ("카카오 영업이익 884억" is not "네이버
    영업이익 3,018억", however alike the wording). A wrong merge hides an alert while a missed
    one only adds a message, so every doubt splits."""
    if title_similarity(a, b) < TITLE_SIMILARITY:
        return False
    ka, kb = search_key(a), search_key(b)
    folded = {search_key(n) for n in names} - {""}
    if folded and not any(n in ka and n in kb for n in folded):
        return False
    fa, fb = figures(a), figures(b)
    return not (fa - fb and fb - fa)


MUTED_REASON = Reason.MUTED.value


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


@dataclass
class DeliveryStats:
    by_status: dict[str, int] = field(default_factory=dict)
    oldest_pending: datetime | None = None
    disabled_channels: list[tuple[Channel, str]] = field(default_factory=list)
    recent_failures: list[tuple[Channel, str]] = field(default_factory=list)


log = logging.getLogger(__name__)

# Deadlock detected, serialization failure: the server gave up on this transaction, not on the data.
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})
FANOUT_ATTEMPTS = 5


class Outbox:
    def __init__(self, engine: AsyncEngine, *, story_window: timedelta = STORY_WINDOW) -> None:
        self.engine = engine
        self.story_window = story_window

    # -- fan-out -----------------------------------------------------------------------

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
        dialect = self.engine.dialect.name
        async with self.engine.begin() as conn:
            channels = sorted({channel for channel, _ in groups})
            await _in_channel_order(conn, channels)
            quieting = await self._ensure_channels(conn, channels, now)
            rule_state = await self._channel_rules(conn, channels)
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
        dialect = self.engine.dialect.name
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
            if _rule_muted(state, now):
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
                insert_for(self.engine.dialect.name, OutboxRow.__table__).on_conflict_do_nothing(),
                new_row(outbox_key("update", str(outbox_id), outlet), channel, "update", now, items=[outbox_id]))

    async def _ensure_channels(self, conn: AsyncConnection, channels: Sequence[Channel],
                               now: datetime) -> dict[Channel, Quieting]:
        if not channels:
            return {}
        await conn.execute(insert_for(self.engine.dialect.name, ChannelRow.__table__).on_conflict_do_nothing(), [
            {"platform": c.platform, "channel_id": c.channel_id, "digest": "off", "updated_at": now} for c in channels])
        rows = (await conn.execute(select(ChannelRow).where(
            tuple_(ChannelRow.platform, ChannelRow.channel_id).in_([(c.platform, c.channel_id) for c in channels])
        ))).mappings().all()
        return {Channel(r["platform"], r["channel_id"]): quieting_of(r) for r in rows}

    async def _channel_rules(self, conn: AsyncConnection,
                             channels: Sequence[Channel]) -> dict[tuple[Channel, str], dict[str, Any]]:
        if not channels:
            return {}
        rows = (await conn.execute(select(ChannelRuleRow).where(
            tuple_(ChannelRuleRow.platform, ChannelRuleRow.channel_id).in_(
                [(c.platform, c.channel_id) for c in channels])))).mappings().all()
        return {(Channel(r["platform"], r["channel_id"]), r["rule_id"]): dict(r) for r in rows}

    async def _muted_rules(self, conn: AsyncConnection, channels: Sequence[Channel],
                           now: datetime) -> dict[Channel, set[str]]:
        muted: dict[Channel, set[str]] = {channel: set() for channel in channels}
        for (channel, rule_id), state in (await self._channel_rules(conn, channels)).items():
            if _rule_muted(state, now):
                muted[channel].add(rule_id)
        return muted

    async def _rules_of(self, conn: AsyncConnection, match_keys: Sequence[str]) -> dict[str, str]:
        rule_of: dict[str, str] = {}
        keys = sorted(set(match_keys))
        for start in range(0, len(keys), 500):  # bound the bound parameters of one statement
            rows = await conn.execute(select(MatchRow.key, MatchRow.rule_id)
                                      .where(MatchRow.key.in_(keys[start:start + 500])))
            rule_of.update({row.key: row.rule_id for row in rows})
        return rule_of

    async def pings(self, channel: Channel, rule_ids: Sequence[str]) -> list[str]:
        """The mentions this channel opted into for these rules (subscribe … ping), once each."""
        if not rule_ids:
            return []
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(SubscriptionRow.ping).where(
                SubscriptionRow.platform == channel.platform, SubscriptionRow.channel_id == channel.channel_id,
                SubscriptionRow.rule_id.in_(list(rule_ids)), SubscriptionRow.ping.is_not(None)))).scalars().all()
        return list(dict.fromkeys(p for p in rows if p))

    async def unfanned_matches(self, *, since: datetime, before: datetime | None = None,
                               limit: int = 2000) -> list[Match]:
        """Live (not backfill) matches stored since `since` (and before `before`) that never reached fan-out."""
        query = (select(MatchRow).outerjoin(FanoutRow, FanoutRow.match_key == MatchRow.key)
                 .where(FanoutRow.match_key.is_(None), MatchRow.backfill.is_(False), MatchRow.created_at >= since,
                        MatchRow.created_at < (before or utcnow() + timedelta(days=1)))
                 .order_by(MatchRow.created_at).limit(limit))
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [match_from_row(row) for row in rows]

    # -- delivery ----------------------------------------------------------------------

    async def release_held(self, *, now: datetime | None = None) -> int:
        """Held alerts whose time has come: one alone goes out as itself, several as a digest."""
        now = now or utcnow()
        released = 0
        async with self.engine.begin() as conn:
            rows = (await conn.execute(
                select(OutboxRow.id, OutboxRow.platform, OutboxRow.channel_id, OutboxRow.next_attempt_at,
                       OutboxRow.match_keys)
                .where(OutboxRow.status == Status.HELD, OutboxRow.next_attempt_at <= now)
                .order_by(OutboxRow.id).limit(5000).with_for_update(skip_locked=True))).all()
            channels = sorted({Channel(row.platform, row.channel_id) for row in rows})
            muted = await self._muted_rules(conn, channels, now)
            rule_of = await self._rules_of(conn, [k for row in rows for k in row.match_keys])
            by_channel: dict[Channel, list[int]] = defaultdict(list)
            due_at: dict[Channel, datetime] = {}
            for row in rows:
                channel = Channel(row.platform, row.channel_id)
                live = [k for k in row.match_keys if rule_of.get(k) not in muted[channel]]
                if not live:  # every rule of it was muted here while it waited
                    await conn.execute(update(OutboxRow).where(OutboxRow.id == row.id)
                                       .values(status=Status.SUPPRESSED, reason=Reason.RULE_MUTED.value))
                    released += 1
                    continue
                if len(live) < len(row.match_keys):
                    await conn.execute(update(OutboxRow).where(OutboxRow.id == row.id).values(match_keys=live))
                by_channel[channel].append(int(row.id))
                due_at[channel] = min(due_at.get(channel, row.next_attempt_at), row.next_attempt_at)
            quieting = await self._ensure_channels(conn, sorted(by_channel), now)
            for channel, ids in by_channel.items():
                if quieting[channel].muted(now):  # muted while they waited: a mute means no alerts
                    await conn.execute(update(OutboxRow).where(OutboxRow.id.in_(ids))
                                       .values(status=Status.SUPPRESSED, reason=MUTED_REASON))
                elif len(ids) == 1:
                    await conn.execute(update(OutboxRow).where(OutboxRow.id == ids[0]).values(status=Status.PENDING))
                else:
                    await conn.execute(
                        insert_for(self.engine.dialect.name, OutboxRow.__table__).on_conflict_do_nothing(),
                        new_row(outbox_key("digest", str(channel), *map(str, ids)), channel, "digest",
                                due_at[channel], items=ids))
                    await conn.execute(update(OutboxRow).where(OutboxRow.id.in_(ids))
                                       .values(status=Status.DIGESTED, reason=Reason.DIGESTED.value))
                released += len(ids)
        return released

    async def claim_channels(self, owner: str, platforms: Sequence[str], *, lease: timedelta,
                             limit: int = 50, now: datetime | None = None) -> list[Channel]:
        """Lease channels that have something due, are not leased, and may send now."""
        now = now or utcnow()
        due = (select(OutboxRow.platform, OutboxRow.channel_id)
               .where(OutboxRow.status.in_(DUE), OutboxRow.next_attempt_at <= now,
                      OutboxRow.platform.in_(list(platforms))).distinct())
        pick = (select(ChannelRow.platform, ChannelRow.channel_id)
                .where(tuple_(ChannelRow.platform, ChannelRow.channel_id).in_(due),
                       ChannelRow.disabled_reason.is_(None),
                       or_(ChannelRow.lease_until.is_(None), ChannelRow.lease_until < now),
                       or_(ChannelRow.next_send_at.is_(None), ChannelRow.next_send_at <= now))
                .limit(limit).with_for_update(skip_locked=True))
        async with self.engine.begin() as conn:
            picked = (await conn.execute(pick)).all()
            if not picked:
                return []
            await conn.execute(update(ChannelRow).where(
                tuple_(ChannelRow.platform, ChannelRow.channel_id).in_([tuple(p) for p in picked])
            ).values(lease_owner=owner, lease_until=now + lease))
        return [Channel(p.platform, p.channel_id) for p in picked]

    async def release_channel(self, owner: str, channel: Channel, *, next_send_at: datetime | None) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(update(ChannelRow).where(*channel_is(channel), ChannelRow.lease_owner == owner)
                               .values(lease_owner=None, lease_until=None, next_send_at=next_send_at))

    async def renew_channel(self, owner: str, channel: Channel, *, lease: timedelta) -> bool:
        async with self.engine.begin() as conn:
            result = await conn.execute(update(ChannelRow).where(*channel_is(channel), ChannelRow.lease_owner == owner)
                                        .values(lease_until=utcnow() + lease))
            return bool(result.rowcount)

    async def notify(self, channels: Sequence[Channel], text: str, *, key: str) -> int:
        """An operator's notice (a broken rules file …) to each channel, once per `key`."""
        if not channels:
            return 0
        now = utcnow()
        async with self.engine.begin() as conn:
            await _in_channel_order(conn, sorted(channels))
            await self._ensure_channels(conn, channels, now)
            result = await conn.execute(
                insert_for(self.engine.dialect.name, OutboxRow.__table__).on_conflict_do_nothing()
                .returning(OutboxRow.__table__.c.id),
                [new_row(outbox_key("notice", key, str(c)), c, "notice", now, text=text) for c in channels])
            return len([row for row in result.all() if row[0] is not None])

    async def has_due(self, platforms: Sequence[str], *, before: datetime) -> bool:
        query = (select(OutboxRow.id)
                 .join(ChannelRow, and_(ChannelRow.platform == OutboxRow.platform,
                                        ChannelRow.channel_id == OutboxRow.channel_id))
                 .where(OutboxRow.status.in_((*DUE, Status.HELD)), OutboxRow.next_attempt_at <= before,
                        OutboxRow.platform.in_(list(platforms)), ChannelRow.disabled_reason.is_(None)).limit(1))
        async with self.engine.connect() as conn:
            return (await conn.scalar(query)) is not None

    async def due_items(self, channel: Channel, *, limit: int = 20) -> list[OutboxItem]:
        """The channel's undelivered items in order (the first may not be due yet)."""
        query = (select(OutboxRow).where(*_outbox_in(channel), OutboxRow.status.in_(DUE))
                 .order_by(OutboxRow.id).limit(limit))
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [_item(row) for row in rows]

    async def mark_sending(self, item: OutboxItem, *, now: datetime | None = None) -> bool:
        """Record the attempt before the request; False if the item changed since it was read
        (another worker took the channel over): then this worker must not send it."""
        async with self.engine.begin() as conn:
            result = await conn.execute(update(OutboxRow).where(
                OutboxRow.id == item.id, OutboxRow.status == item.status, OutboxRow.attempts == item.attempts,
            ).values(status=Status.SENDING, attempts=OutboxRow.attempts + 1, last_attempt_at=now or utcnow()))
            return bool(result.rowcount)

    async def mark_sent(self, item: OutboxItem, message_id: str, *, now: datetime | None = None) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(update(OutboxRow).where(OutboxRow.id == item.id).values(
                status=Status.SENT, platform_message_id=message_id, sent_at=now or utcnow(), last_error=None))

    async def repoint(self, ids: Sequence[int], message_id: str) -> None:
        """The alerts `ids` now live in message `message_id` (their first was deleted and reposted)."""
        async with self.engine.begin() as conn:
            await conn.execute(update(OutboxRow).where(OutboxRow.id.in_(list(ids))).values(platform_message_id=message_id))

    async def mark_retry(self, item: OutboxItem, *, at: datetime, error: str, outcome_known: bool) -> None:
        """Try again at `at`; an unknown outcome (timeout) stays "sending" so it is checked first."""
        async with self.engine.begin() as conn:
            await conn.execute(update(OutboxRow).where(OutboxRow.id == item.id).values(
                status=Status.PENDING if outcome_known else Status.SENDING, next_attempt_at=at, last_error=error[:2000]))

    async def mark_failed(self, item: OutboxItem, error: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(update(OutboxRow).where(OutboxRow.id == item.id).values(
                status=Status.FAILED, last_error=error[:2000]))

    async def disable_channel(self, channel: Channel, reason: str, *, now: datetime | None = None) -> None:
        """Stop posting where the platform said never (Discord bans bots that keep trying)."""
        async with self.engine.begin() as conn:
            await conn.execute(update(ChannelRow).where(*channel_is(channel)).values(
                disabled_reason=reason[:2000], disabled_at=now or utcnow()))

    async def enable_channel(self, channel: Channel) -> bool:
        """Post to the channel again; whether it had been stopped."""
        async with self.engine.begin() as conn:
            result = await conn.execute(update(ChannelRow).where(*channel_is(channel), ChannelRow.disabled_reason.is_not(None))
                                        .values(disabled_reason=None, disabled_at=None))
        return bool(result.rowcount)

    async def item_by_key(self, key: str) -> OutboxItem | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(OutboxRow).where(OutboxRow.key == key))).mappings().first()
        return _item(row) if row is not None else None

    async def load(self, ids: Sequence[int]) -> list[OutboxItem]:
        if not ids:
            return []
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(OutboxRow).where(OutboxRow.id.in_(list(ids)))
                                       .order_by(OutboxRow.id))).mappings().all()
        return [_item(row) for row in rows]

    async def matches(self, keys: Sequence[str]) -> list[Match]:
        if not keys:
            return []
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(MatchRow).where(MatchRow.key.in_(list(keys))))).mappings().all()
        return [match_from_row(row) for row in rows]

    async def items_of(self, channel: Channel, *, statuses: Sequence[str] | None = None,
                       limit: int = 100) -> list[OutboxItem]:
        query = select(OutboxRow).where(*_outbox_in(channel))
        if statuses is not None:
            query = query.where(OutboxRow.status.in_(list(statuses)))
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query.order_by(OutboxRow.id).limit(limit))).mappings().all()
        return [_item(row) for row in rows]

    async def purge(self, before: datetime, *, now: datetime | None = None) -> int:
        """Finished messages (sent, failed, merged, suppressed, digested) created before `before`,
        fan-out marks as old, and story links past the story window; returns how many messages.
        Messages still due or held are kept whatever their age."""
        now = now or utcnow()
        purged = await prune_in_batches(self.engine, OutboxRow.id, OutboxRow.created_at < before,
                                        OutboxRow.status.not_in([*DUE, Status.HELD]),
                                        apply=delete_rows(OutboxRow.__table__, OutboxRow.id))
        await prune_in_batches(self.engine, FanoutRow.match_key, FanoutRow.done_at < before,
                               apply=delete_rows(FanoutRow.__table__, FanoutRow.match_key))
        async with self.engine.begin() as conn:  # one row per channel and story: a small table
            await conn.execute(delete(StoryRow).where(StoryRow.seen_at < min(before, now - self.story_window)))
        return purged

    async def oldest_waiting(self) -> datetime | None:
        """When the oldest message still to be sent (due or held) was created: what it renders
        from must outlive any retention."""
        async with self.engine.connect() as conn:
            oldest: datetime | None = await conn.scalar(
                select(func.min(OutboxRow.created_at)).where(OutboxRow.status.in_([*DUE, Status.HELD])))
        return oldest

    async def stats(self, channel: Channel | None = None) -> DeliveryStats:
        """The whole outbox, or one channel's part of it (what its members may see)."""
        stats = DeliveryStats()
        where = list(_outbox_in(channel)) if channel else []
        async with self.engine.connect() as conn:
            for status, count in (await conn.execute(
                    select(OutboxRow.status, func.count()).where(*where).group_by(OutboxRow.status))).all():
                stats.by_status[str(status)] = int(count)
            stats.oldest_pending = await conn.scalar(
                select(func.min(OutboxRow.created_at)).where(*where, OutboxRow.status.in_(DUE)))
            disabled = select(ChannelRow).where(ChannelRow.disabled_reason.is_not(None),
                                                *(channel_is(channel) if channel else ()))
            for row in (await conn.execute(disabled.limit(20))).mappings():
                stats.disabled_channels.append((Channel(row["platform"], row["channel_id"]),
                                                row["disabled_reason"]))
            failed = (await conn.execute(select(OutboxRow.platform, OutboxRow.channel_id, OutboxRow.last_error)
                                         .where(*where, OutboxRow.status == Status.FAILED)
                                         .order_by(OutboxRow.id.desc()).limit(5))).all()
            stats.recent_failures = [(Channel(r.platform, r.channel_id), r.last_error or "") for r in failed]
        return stats


def _rule_muted(state: Mapping[str, Any], now: datetime) -> bool:
    """A channel_rules row says the rule is muted in its channel (the button on alerts)."""
    return bool(state.get("muted_until") and state["muted_until"] > now)


def new_row(key: str, channel: Channel, kind: str, due: datetime, **values: Any) -> dict[str, Any]:
    """Every column of a fresh outbox row, so inserts differ only in what matters."""
    row: dict[str, Any] = {
        "key": key, "platform": channel.platform, "channel_id": channel.channel_id, "kind": kind,
        "text": None, "article_id": None, "match_keys": [], "items": None, "status": Status.PENDING, "reason": None,
        "also_reported_by": [], "attempts": 0, "next_attempt_at": due, "last_attempt_at": None,
        "last_error": None, "platform_message_id": None, "created_at": due, "sent_at": None,
    }
    row.update(values)
    return row


def _outbox_in(channel: Channel) -> tuple[Any, Any]:
    return OutboxRow.platform == channel.platform, OutboxRow.channel_id == channel.channel_id


async def _in_channel_order(conn: AsyncConnection, channels: Sequence[Channel]) -> None:
    """Hold each channel's transaction lock until commit (PostgreSQL; SQLite has one writer).

    Outbox ids come from a sequence when a row is inserted, not when it commits: two replicas
    fanning out at once could give a channel ids 7 and 8 and commit 8 first, and the deliverer,
    which sends a channel's items in id order, would post 8 then 7. With the lock, a channel's
    ids are handed out in commit order. Taken in sorted order, so two fan-outs never deadlock here.
    """
    if conn.dialect.name != "postgresql":
        return
    for channel in channels:
        key = int.from_bytes(hashlib.blake2b(f"outbox:{channel}".encode(), digest_size=8).digest(), "big", signed=True)
        await conn.execute(select(func.pg_advisory_xact_lock(key)))


def _item(row: Any) -> OutboxItem:
    return OutboxItem(
        id=int(row["id"]), key=row["key"], channel=Channel(row["platform"], row["channel_id"]), kind=row["kind"],
        status=row["status"], attempts=int(row["attempts"]), article_id=row["article_id"],
        match_keys=tuple(row["match_keys"] or ()), items=tuple(row["items"] or ()), text=row["text"],
        platform_message_id=row["platform_message_id"],
        also_reported_by=tuple(Report.stored(value) for value in row["also_reported_by"] or ()),
        next_attempt_at=row["next_attempt_at"],
        last_attempt_at=row["last_attempt_at"], created_at=row["created_at"], reason=row["reason"])


def match_from_row(row: Any) -> Match:
    event = Event(**row["event"]) if row["event"] else None
    return Match(row["article_id"], row["rule_id"], row["title"], row["severity"], event, tuple(row["terms"] or ()))

