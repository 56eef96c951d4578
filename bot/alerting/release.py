"""Held alerts whose time has come (quiet hours over, a digest period ended): one alone goes
out as itself, several as one digest, and those whose rules were muted meanwhile drop out.
The deliverer runs it at each tick; the decisions are alerting's, the rows the outbox's."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select, update

from bot.app.tables import OutboxRow
from bot.delivery.outbox import MUTED_REASON, Outbox, new_row, outbox_key
from bot.model import Channel, Reason, Status
from sokbo.db import insert_for
from sokbo.timeutil import utcnow


async def release_held(outbox: Outbox, *, now: datetime | None = None) -> int:
    """Held alerts whose time has come: one alone goes out as itself, several as a digest."""
    now = now or utcnow()
    released = 0
    async with outbox.engine.begin() as conn:
        rows = (await conn.execute(
            select(OutboxRow.id, OutboxRow.platform, OutboxRow.channel_id, OutboxRow.next_attempt_at,
                   OutboxRow.match_keys)
            .where(OutboxRow.status == Status.HELD, OutboxRow.next_attempt_at <= now)
            .order_by(OutboxRow.id).limit(5000).with_for_update(skip_locked=True))).all()
        channels = sorted({Channel(row.platform, row.channel_id) for row in rows})
        muted = await outbox.muted_rules(conn, channels, now)
        rule_of = await outbox.rules_of(conn, [k for row in rows for k in row.match_keys])
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
        quieting = await outbox.ensure_channels(conn, sorted(by_channel), now)
        for channel, ids in by_channel.items():
            if quieting[channel].muted(now):  # muted while they waited: a mute means no alerts
                await conn.execute(update(OutboxRow).where(OutboxRow.id.in_(ids))
                                   .values(status=Status.SUPPRESSED, reason=MUTED_REASON))
            elif len(ids) == 1:
                await conn.execute(update(OutboxRow).where(OutboxRow.id == ids[0]).values(status=Status.PENDING))
            else:
                await conn.execute(
                    insert_for(outbox.engine.dialect.name, OutboxRow.__table__).on_conflict_do_nothing(),
                    new_row(outbox_key("digest", str(channel), *map(str, ids)), channel, "digest",
                            due_at[channel], items=ids))
                await conn.execute(update(OutboxRow).where(OutboxRow.id.in_(ids))
                                   .values(status=Status.DIGESTED, reason=Reason.DIGESTED.value))
            released += len(ids)
    return released
