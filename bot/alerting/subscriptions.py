"""Who listens to what: channel subscriptions, ad-hoc watches, and channel preferences."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.alerting.quieting import Quieting
from bot.app.tables import ChannelRow, ChannelRuleRow, SubscriptionRow
from bot.model import Channel, Subscription
from sokbo.db import insert_for
from sokbo.timeutil import as_utc, utcnow

# How a mention arrives in a slash command's text, by platform, and how it is stored.
_MENTIONS = (
    ("slack", re.compile(r"^<!subteam\^(S[A-Z0-9]+)(?:\|[^>]*)?>$"), "slack-group"),
    ("slack", re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$"), "slack-user"),
    ("discord", re.compile(r"^<@&(\d{5,25})>$"), "discord-role"),
    ("discord", re.compile(r"^<@!?(\d{5,25})>$"), "discord-user"),
)


def parse_ping(platform: str, text: str) -> str:
    """A user group or role (or one person) to ping, as the platform writes it in a command
    (`<!subteam^S123|@team>`, `<@&123>`): stored as "slack-group:S123". @channel, @here and
    @everyone are never accepted: a ping is one group that asked for it."""
    for where, pattern, kind in _MENTIONS:
        match = pattern.match(text.strip())
        if where == platform and match:
            return f"{kind}:{match.group(1)}"
    raise ValueError(f"'{text}' is not a user group or role mention here (pick one with @ in the command)")


class SubscriptionStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def subscribe(self, channel: Channel, rule_id: str, *, kind: str = "rule", term: str | None = None,
                        by: str | None = None) -> bool:
        """True if new; subscribing twice is harmless."""
        stmt = insert_for(self.engine.dialect.name, SubscriptionRow.__table__).on_conflict_do_nothing()
        async with self.engine.begin() as conn:
            result = await conn.execute(stmt.returning(SubscriptionRow.__table__.c.rule_id), {
                "platform": channel.platform, "channel_id": channel.channel_id, "rule_id": rule_id, "kind": kind,
                "term": term, "created_by": by, "created_at": utcnow()})
            return result.first() is not None

    async def unsubscribe(self, channel: Channel, rule_id: str) -> bool:
        async with self.engine.begin() as conn:
            result = await conn.execute(delete(SubscriptionRow).where(
                SubscriptionRow.platform == channel.platform, SubscriptionRow.channel_id == channel.channel_id,
                SubscriptionRow.rule_id == rule_id))
            return bool(result.rowcount)

    async def of_channel(self, channel: Channel) -> list[Subscription]:
        query = select(SubscriptionRow).where(SubscriptionRow.platform == channel.platform,
                                              SubscriptionRow.channel_id == channel.channel_id)
        return [_subscription(row) for row in await self._rows(query.order_by(SubscriptionRow.created_at))]

    async def everywhere(self) -> list[Subscription]:
        """Every channel's subscriptions, by channel (the operators' view)."""
        query = select(SubscriptionRow).order_by(SubscriptionRow.platform, SubscriptionRow.channel_id,
                                                 SubscriptionRow.created_at)
        return [_subscription(row) for row in await self._rows(query)]

    async def set_ping(self, channel: Channel, rule_id: str, ping: str | None) -> bool:
        """Set (or with None clear) the subscription's ping; False when not subscribed."""
        async with self.engine.begin() as conn:
            result = await conn.execute(update(SubscriptionRow).where(
                SubscriptionRow.platform == channel.platform, SubscriptionRow.channel_id == channel.channel_id,
                SubscriptionRow.rule_id == rule_id).values(ping=ping))
        return bool(result.rowcount)

    async def channels_for(self, rule_ids: Sequence[str]) -> dict[str, list[Channel]]:
        """rule id → subscribed channels, for the rules given (one query)."""
        if not rule_ids:
            return {}
        query = select(SubscriptionRow).where(SubscriptionRow.rule_id.in_(sorted(set(rule_ids))))
        found: dict[str, list[Channel]] = defaultdict(list)
        for row in await self._rows(query.order_by(SubscriptionRow.platform, SubscriptionRow.channel_id)):
            found[row["rule_id"]].append(Channel(row["platform"], row["channel_id"]))
        return dict(found)

    async def watch_terms(self) -> set[str]:
        query = select(SubscriptionRow).where(SubscriptionRow.kind == "watch")
        return {row["term"] for row in await self._rows(query) if row["term"]}

    async def _rows(self, query: Any) -> list[Any]:
        async with self.engine.connect() as conn:
            return list((await conn.execute(query)).mappings().all())

    # -- channel preferences ------------------------------------------------------------

    async def quieting(self, channel: Channel) -> Quieting:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(ChannelRow).where(*channel_is(channel)))).mappings().first()
        return quieting_of(row) if row is not None else Quieting()

    async def set_channel(self, channel: Channel, **values: Any) -> None:
        """Upsert a channel's preferences (digest, quiet_start/end, muted_until, disabled_*)."""
        values["updated_at"] = utcnow()
        stmt = insert_for(self.engine.dialect.name, ChannelRow.__table__).values(
            {"platform": channel.platform, "channel_id": channel.channel_id, "digest": "off", **values})
        stmt = stmt.on_conflict_do_update(index_elements=["platform", "channel_id"], set_=values)
        async with self.engine.begin() as conn:
            await conn.execute(stmt)

    async def muted_rules(self, channel: Channel, now: datetime) -> list[tuple[str, datetime]]:
        """The rules muted in this channel right now, with when each mute ends."""
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(ChannelRuleRow.rule_id, ChannelRuleRow.muted_until).where(
                ChannelRuleRow.platform == channel.platform, ChannelRuleRow.channel_id == channel.channel_id,
                ChannelRuleRow.muted_until.is_not(None)).order_by(ChannelRuleRow.rule_id))).all()
        return [(rule_id, as_utc(until)) for rule_id, until in rows if until is not None and as_utc(until) > now]

    async def mute_rule(self, channel: Channel, rule_id: str, until: datetime | None) -> None:
        stmt = insert_for(self.engine.dialect.name, ChannelRuleRow.__table__).values(
            platform=channel.platform, channel_id=channel.channel_id, rule_id=rule_id, muted_until=until)
        stmt = stmt.on_conflict_do_update(index_elements=["platform", "channel_id", "rule_id"],
                                          set_={"muted_until": until})
        async with self.engine.begin() as conn:
            await conn.execute(stmt)


def channel_is(channel: Channel) -> tuple[Any, Any]:
    """The `channels` row of this channel (a WHERE clause)."""
    return ChannelRow.platform == channel.platform, ChannelRow.channel_id == channel.channel_id


def quieting_of(row: Any) -> Quieting:
    """A `channels` row's quieting preferences."""
    return Quieting(row["digest"], row["quiet_start"], row["quiet_end"], row["muted_until"])


def _subscription(row: Any) -> Subscription:
    return Subscription(Channel(row["platform"], row["channel_id"]), row["rule_id"], row["kind"], row["term"],
                        row["created_by"], row["created_at"], row["ping"])
