"""Fetch an article's page and extract its main text, politely.

Many Korean feeds carry only a lead while the facts users watch for sit in the body.
Pages are fetched with the feed limits and address policy (article links come from
untrusted feeds), robots.txt is respected, and any failure keeps the lead and is
recorded; it is never fatal to the poll.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal
from urllib import robotparser
from urllib.parse import urlsplit

from feeds.encoding import to_utf8
from feeds.fetch import Fetcher
from feeds.netguard import BlockedAddressError
from feeds.normalize import html_to_text
from feeds.parse import http_charset
from feeds.records import FailureKind

log = logging.getLogger(__name__)

HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ROBOTS_AGENT = "sokbo"
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)

@dataclass(frozen=True)
class _StayOut:
    """robots.txt answered with a server error: RFC 9309 says stay out, for now only."""

    reason: str


@dataclass(frozen=True)
class _Unreachable:
    """robots.txt could not be fetched at all (refused, DNS, timeout): the site is down, which
    says nothing about its rules."""

    reason: str


# Parsed rules; None when the site has none; the error when its host is refused.
_Robots = robotparser.RobotFileParser | _StayOut | _Unreachable | None
_CachedRobots = _Robots | BlockedAddressError  # a refused host is remembered, then raised to each caller

BodyStatus = Literal["ok", "empty", "disallowed", "failed", "unavailable"]


@dataclass(frozen=True)
class BodyResult:
    status: BodyStatus
    text: str | None = None
    error: str | None = None


def extract_main_text(html: str, url: str | None = None) -> str | None:
    """Main text of an article page (trafilatura), or None when it finds none."""
    import trafilatura  # heavy: imported only when a feed asks for bodies

    return trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)


def _plain_text(html: str, url: str | None = None) -> str | None:
    return html_to_text(_SCRIPTS.sub(" ", html), keep_lines=True) or None


_SCRIPTS = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


class BodyFetcher:
    def __init__(self, fetcher: Fetcher, *, robots_ttl_s: float = 3600.0, max_chars: int = 20000,
                 plain_fallback: bool = False) -> None:
        """`plain_fallback`: without trafilatura, strip the page's tags instead of refusing
        (good enough to dry-run rules on a page; too noisy to store as an article body)."""
        self._fetcher = fetcher
        self._plain_fallback = plain_fallback
        self._robots: dict[str, tuple[float, _CachedRobots]] = {}
        self._robots_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._ttl = robots_ttl_s
        self._max_chars = max_chars

    async def fetch(self, url: str, *, untrusted: bool = False) -> BodyResult:
        """`untrusted`: a chat user's URL, fetched under the stricter address policy."""
        extract = extract_main_text
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            if not self._plain_fallback:
                return BodyResult("unavailable",
                                  error="body extraction needs the 'body' extra: pip install 'sokbo[body]'")
            extract = _plain_text
        try:
            rules = await self._rules(url, untrusted)
        except BlockedAddressError as exc:
            return BodyResult("failed", error=str(exc))
        if isinstance(rules, _Unreachable):
            return BodyResult("failed", error=f"the site could not be reached: {rules.reason}")
        if isinstance(rules, _StayOut):
            return BodyResult("disallowed", error=f"robots.txt could not be read ({rules.reason}); staying out for now")
        if rules is not None and not rules.can_fetch(ROBOTS_AGENT, url):
            return BodyResult("disallowed", error="robots.txt disallows this page")
        result = await self._fetcher.fetch(url, accept=HTML_ACCEPT, untrusted=untrusted)
        if result.failure is not None or result.body is None:
            return BodyResult("failed", error=str(result.failure or "no body"))
        meta = _META_CHARSET.search(result.body[:4096])
        hint = http_charset(result.headers) or (meta.group(1).decode("ascii") if meta else None)
        html = to_utf8(result.body, hint).data.decode("utf-8")
        try:
            text = await asyncio.to_thread(extract, html, result.final_url or url)
        except Exception as exc:  # extractor bugs must not break the poll
            log.warning("body extraction failed for %s: %s", url, exc)
            return BodyResult("failed", error=f"extraction failed: {type(exc).__name__}: {exc}")
        if not text or not text.strip():
            return BodyResult("empty", error="no main text found on the page")
        return BodyResult("ok", text.strip()[: self._max_chars])

    async def allowed(self, url: str, *, untrusted: bool = False) -> bool:
        """Whether robots.txt lets us fetch `url`; raises BlockedAddressError for refused hosts."""
        rules = await self._rules(url, untrusted)
        if isinstance(rules, _StayOut | _Unreachable):
            return False
        return True if rules is None else rules.can_fetch(ROBOTS_AGENT, url)

    async def _rules(self, url: str, untrusted: bool) -> _Robots:
        """The site's robots rules, cached for the TTL; only real answers are kept (a site
        that is down, or a robots.txt failing with a server error, is asked again next time)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        key = ("untrusted:" if untrusted else "") + origin  # a refusal for a chat user is not the feeds'
        async with self._robots_locks[key]:
            cached = self._robots.get(key)
            if cached is None or time.monotonic() - cached[0] > self._ttl:
                cached = (time.monotonic(), await self._load_robots(origin, untrusted))
                if not isinstance(cached[1], _StayOut | _Unreachable):
                    self._robots[key] = cached
        rules = cached[1]
        if isinstance(rules, BlockedAddressError):
            raise rules
        return rules

    async def _load_robots(self, origin: str, untrusted: bool) -> _CachedRobots:
        """RFC 9309: a 4xx means no rules; a 5xx or unreachable robots.txt means stay out."""
        result = await self._fetcher.fetch(f"{origin}/robots.txt", accept="text/plain,*/*;q=0.5", untrusted=untrusted)
        if result.failure is not None and result.failure.kind is FailureKind.BLOCKED_ADDRESS:
            return BlockedAddressError(str(result.failure))
        parser = robotparser.RobotFileParser()
        if result.body is not None and result.status == 200:
            parser.parse(result.body.decode("utf-8", errors="replace").splitlines())
            return parser
        if result.status is not None and 400 <= result.status < 500:
            return None
        if result.status is None or result.failure is not None and result.failure.kind in (
                FailureKind.CONNECTION, FailureKind.TIMEOUT):
            return _Unreachable(str(result.failure or "no answer"))
        return _StayOut(f"HTTP {result.status}")
