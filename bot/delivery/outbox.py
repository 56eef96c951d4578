"""The durable outbox: its rows, the channels' rows, leases and the delivery bookkeeping.

What goes in (fan-out: cooldowns, mutes, quiet hours, one story across outlets) is decided in
bot.alerting.fanout; exactly-once, as seen in the channel, rests on three things kept here:
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

import hashlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.alerting.quieting import Quieting
from bot.alerting.subscriptions import channel_is, quieting_of
from bot.app.tables import ChannelRow, ChannelRuleRow, FanoutRow, OutboxRow, StoryRow, SubscriptionRow
from bot.model import Channel, OutboxItem, Reason, Report, Status
from rules.records import Event, Match
from rules.tables import MatchRow
from sokbo.db import delete_rows, insert_for, prune_in_batches
from sokbo.timeutil import utcnow

LIVE = (Status.PENDING, Status.SENDING, Status.HELD, Status.SENT)  # statuses of an alert the channel gets (or got)
DUE = (Status.PENDING, Status.SENDING)


def outbox_key(*parts: str) -> str:
    return hashlib.blake2b("|".join(parts).encode("utf-8"), digest_size=20).hexdigest()


MUTED_REASON = Reason.MUTED.value


@dataclass
class DeliveryStats:
    by_status: dict[str, int] = field(default_factory=dict)
    oldest_pending: datetime | None = None
    disabled_channels: list[tuple[Channel, str]] = field(default_factory=list)
    recent_failures: list[tuple[Channel, str]] = field(default_factory=list)


log = logging.getLogger(__name__)



class Outbox:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    # -- channels (fan-out, release of held alerts and notices share them) --------------

    async def ensure_channels(self, conn: AsyncConnection, channels: Sequence[Channel],
                               now: datetime) -> dict[Channel, Quieting]:
        if not channels:
            return {}
        await conn.execute(insert_for(self.engine.dialect.name, ChannelRow.__table__).on_conflict_do_nothing(), [
            {"platform": c.platform, "channel_id": c.channel_id, "digest": "off", "updated_at": now} for c in channels])
        rows = (await conn.execute(select(ChannelRow).where(
            tuple_(ChannelRow.platform, ChannelRow.channel_id).in_([(c.platform, c.channel_id) for c in channels])
        ))).mappings().all()
        return {Channel(r["platform"], r["channel_id"]): quieting_of(r) for r in rows}

    async def channel_rules(self, conn: AsyncConnection,
                             channels: Sequence[Channel]) -> dict[tuple[Channel, str], dict[str, Any]]:
        if not channels:
            return {}
        rows = (await conn.execute(select(ChannelRuleRow).where(
            tuple_(ChannelRuleRow.platform, ChannelRuleRow.channel_id).in_(
                [(c.platform, c.channel_id) for c in channels])))).mappings().all()
        return {(Channel(r["platform"], r["channel_id"]), r["rule_id"]): dict(r) for r in rows}

    async def muted_rules(self, conn: AsyncConnection, channels: Sequence[Channel],
                           now: datetime) -> dict[Channel, set[str]]:
        muted: dict[Channel, set[str]] = {channel: set() for channel in channels}
        for (channel, rule_id), state in (await self.channel_rules(conn, channels)).items():
            if rule_muted(state, now):
                muted[channel].add(rule_id)
        return muted

    async def rules_of(self, conn: AsyncConnection, match_keys: Sequence[str]) -> dict[str, str]:
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

    # -- delivery ----------------------------------------------------------------------

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
            await in_channel_order(conn, sorted(channels))
            await self.ensure_channels(conn, channels, now)
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
        fan-out marks and story links as old; returns how many messages.
        Messages still due or held are kept whatever their age (`now` is kept for callers)."""
        purged = await prune_in_batches(self.engine, OutboxRow.id, OutboxRow.created_at < before,
                                        OutboxRow.status.not_in([*DUE, Status.HELD]),
                                        apply=delete_rows(OutboxRow.__table__, OutboxRow.id))
        await prune_in_batches(self.engine, FanoutRow.match_key, FanoutRow.done_at < before,
                               apply=delete_rows(FanoutRow.__table__, FanoutRow.match_key))
        async with self.engine.begin() as conn:  # one row per channel and story, kept as long as alerts
            await conn.execute(delete(StoryRow).where(StoryRow.seen_at < before))
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


def rule_muted(state: Mapping[str, Any], now: datetime) -> bool:
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


async def in_channel_order(conn: AsyncConnection, channels: Sequence[Channel]) -> None:
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

