"""The records bot/ passes between its folders: channels and subscriptions, who asks and what
they are answered, an outbox item with its status and reason codes.

Plain frozen dataclasses and enums, importing nothing of bot/ but the language type: every
folder can use them without pulling in another folder's machinery.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.richtext import Rich
from bot.texts import Lang


class Status(StrEnum):
    """Where an outbox item is. pending → sending → sent; failed after a permanent error or when
    retries ran out; held for quiet hours or a digest; digested (went out inside a digest);
    merged (another outlet's report of a story already in the channel); suppressed (muted)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    HELD = "held"
    DIGESTED = "digested"
    MERGED = "merged"
    SUPPRESSED = "suppressed"


@dataclass(frozen=True, order=True)
class Channel:
    platform: str  # "slack" | "discord"
    channel_id: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.channel_id}"

    @classmethod
    def parse(cls, value: str) -> Channel:
        """"slack:C0123" → Channel("slack", "C0123") (the form settings and logs use)."""
        platform, _, channel_id = value.partition(":")
        return cls(platform, channel_id)


@dataclass(frozen=True)
class Subscription:
    channel: Channel
    rule_id: str
    kind: str  # "rule" | "watch"
    term: str | None
    created_by: str | None
    created_at: datetime
    ping: str | None = None


@dataclass(frozen=True)
class Report:
    """Another outlet's report of the same story, listed under '같은 소식' with its link."""

    outlet: str
    url: str | None = None

    @classmethod
    def stored(cls, value: object) -> Report:
        """From the outbox's JSON: an outlet name (before links were kept) or {outlet, url}."""
        if isinstance(value, dict):
            return cls(str(value.get("outlet", "")), value.get("url") or None)
        return cls(str(value))


class Reason(StrEnum):
    """Why an alert is not (or not alone) in the channel: stored as a code, worded when shown
    (bot/texts.py `reason.*`, in the reader's language). Rows written before codes hold Korean
    words; they are shown as stored."""

    MUTED = "muted"  # a mute drops what arrives while it lasts (quiet hours hold instead)
    RULE_MUTED = "rule_muted"
    MUTED_OR_COOLDOWN = "rule_off_or_cooldown"
    MERGED = "merged"  # stored as "merged:<outbox id of the story's alert>"
    DIGESTED = "digested"


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    channel: Channel
    kind: str
    status: str
    attempts: int
    article_id: str | None
    match_keys: tuple[str, ...]
    items: tuple[int, ...]
    also_reported_by: tuple[Report, ...]
    next_attempt_at: datetime
    last_attempt_at: datetime | None
    created_at: datetime
    reason: str | None = None
    text: str | None = None
    platform_message_id: str | None = None


@dataclass(frozen=True)
class Caller:
    channel: Channel
    user_id: str
    can_manage: bool
    lang: Lang = "ko"


@dataclass(frozen=True)
class Reply:
    """An answer to a command, as structure (bot.richtext): each platform writes its own markup."""

    body: Rich
    public: bool = False  # ephemeral (only the caller sees it) unless True

    @property
    def text(self) -> str:
        """The neutral *bold* / `code` form: for the console, logs and tests."""
        return self.body.markup()
