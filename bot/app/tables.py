"""The bot room's tables: who listens to what, how each channel wants it, and the outbox.

The outbox is the delivery contract. A row exists once per (match × channel), keyed so
that fan-out can run twice (a crash, a second replica) and still create it once; a row
records every attempt before the request goes out, so a restart can tell "never sent"
from "sent, outcome unknown" and check the channel before sending again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sokbo.db import Base


class SubscriptionRow(Base):
    """A channel listening to a YAML rule (kind "rule") or an ad-hoc name (kind "watch")."""

    __tablename__ = "subscriptions"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    kind: Mapped[str] = mapped_column(String(8))
    term: Mapped[str | None] = mapped_column(Text)  # the name as typed, for kind "watch"
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    # The one mention this channel opted into for this (high-severity) rule's alerts
    # ("slack-group:S123", "discord-role:123"); every other mention stays neutralised.
    ping: Mapped[str | None] = mapped_column(String(80))


class ChannelRow(Base):
    """A channel's delivery state and quieting preferences.

    `lease_*` give one delivery worker (of any replica) the channel at a time, which is
    what keeps per-channel order and the per-channel rate limit across replicas.
    """

    __tablename__ = "channels"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    muted_until: Mapped[datetime | None]
    digest: Mapped[str] = mapped_column(String(16), default="off")  # off | hourly | daily | daily@HH:MM (KST)
    quiet_start: Mapped[str | None] = mapped_column(String(5))  # "22:00" KST
    quiet_end: Mapped[str | None] = mapped_column(String(5))
    disabled_reason: Mapped[str | None] = mapped_column(Text)  # a permanent send failure
    disabled_at: Mapped[datetime | None]
    next_send_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class ChannelRuleRow(Base):
    """A rule in a channel: muted until (the "mute for a day" button), last alert (cooldown)."""

    __tablename__ = "channel_rules"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    muted_until: Mapped[datetime | None]
    last_alert_at: Mapped[datetime | None]


class StoryRow(Base):
    """The alert that first told a channel a story (an event), for "also reported by"."""

    __tablename__ = "stories"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    story_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    outbox_id: Mapped[int] = mapped_column(Integer)
    seen_at: Mapped[datetime]


class OutboxRow(Base):
    """One message for one channel: an article's alert (all its matches there) or a digest.

    Status: pending → sending → sent | failed; held (waits for quiet hours to end or for
    the digest), digested (went out inside a digest), merged (another outlet's report of
    a story the channel already has), suppressed (muted, cooldown).
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)  # per-channel order
    key: Mapped[str] = mapped_column(String(40), unique=True)
    platform: Mapped[str] = mapped_column(String(16))
    channel_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))  # alert | digest | notice | update (an edit of an alert)
    text: Mapped[str | None] = mapped_column(Text)  # a notice's words (operators' messages, not news)
    article_id: Mapped[str | None] = mapped_column(String(32))
    match_keys: Mapped[list[str]] = mapped_column(JSON, default=list)
    items: Mapped[list[int] | None] = mapped_column(JSON)  # a digest's alerts; an update's alert
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(Text)
    also_reported_by: Mapped[list[str]] = mapped_column(JSON, default=list)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    platform_message_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_outbox_channel_status", "platform", "channel_id", "status", "id"),
        Index("ix_outbox_status_due", "status", "next_attempt_at"),
    )


class FanoutRow(Base):
    """Matches already fanned out to the outbox, so catch-up after a crash finds the rest."""

    __tablename__ = "fanouts"

    match_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    done_at: Mapped[datetime]
