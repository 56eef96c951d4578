"""Typed, frozen records that cross the borders between fetch, parse and store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True)
class Article:
    """One normalised news item.

    `published` is aware; when the feed gave no usable date it is the fetch time and
    `published_estimated` is True, so later stages can tell a real date from a guess.
    """

    id: str
    feed_id: str
    outlet: str
    url: str | None
    title: str
    summary: str
    published: datetime
    published_estimated: bool
    fetched_at: datetime
    guid: str | None = None
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    body: str | None = None
    compacted: bool = False  # older than retention.articles: its text is gone, its title and address stay

    def to_json(self) -> dict[str, object]:
        """The public JSON shape (`sokbo articles --json`, `sokbo match --input`)."""
        data: dict[str, object] = {
            "id": self.id,
            "feed": self.feed_id,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
            "summary": self.summary,
            "published": self.published.isoformat(),
            "published_estimated": self.published_estimated,
            "fetched_at": self.fetched_at.isoformat(),
            "authors": list(self.authors),
            "categories": list(self.categories),
        }
        if self.body is not None:
            data["body"] = self.body
        return data


class FailureKind(StrEnum):
    """Why a poll failed; also the reason shown when a feed is paused."""

    NOT_FOUND = "not_found"
    GONE = "gone"
    FORBIDDEN = "forbidden"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    TOO_LARGE = "too_large"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    BLOCKED_ADDRESS = "blocked_address"
    NOT_A_FEED = "not_a_feed"
    UNREADABLE = "unreadable"
    BAD_ENCODING = "bad_encoding"
    INTERNAL = "internal"


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    message: str
    retry_after_s: float | None = None

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.message}"


@dataclass(frozen=True)
class FetchResult:
    """What one HTTP fetch produced: a body, a 304, or a failure (never an exception)."""

    url: str
    status: int | None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    not_modified: bool = False
    failure: Failure | None = None
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    elapsed_s: float = 0.0


@dataclass(frozen=True)
class ParsedFeed:
    """Articles parsed from one document, with notes about anything tolerated."""

    articles: tuple[Article, ...]
    notes: tuple[str, ...] = ()
    failure: Failure | None = None
    encoding: str | None = None
    truncated_items: int = 0
    search_docs: tuple[str, ...] = ()  # each article's search-index document, computed where it was parsed


@dataclass(frozen=True)
class NewArticles:
    """A batch handed to new-article hooks.

    `backfill` is True for a feed's first successful poll: those items were published
    before sokbo started watching, so consumers store and match them but need not alert.
    """

    feed_id: str
    articles: tuple[Article, ...]
    backfill: bool


@dataclass(frozen=True)
class PollOutcome:
    """The result of polling one feed once, as recorded in the store."""

    feed_id: str
    ok: bool
    not_modified: bool = False
    new_articles: tuple[Article, ...] = ()  # empty in poll_once's summaries; `new` still counts them
    new: int = 0
    seen: int = 0
    failure: Failure | None = None
    notes: tuple[str, ...] = ()
    next_poll_at: datetime | None = None
    paused: bool = False
