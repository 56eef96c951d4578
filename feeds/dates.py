"""Read the date strings Korean feeds actually send.

feedparser reads "KST" as UTC (nine hours off), misreads "2025.01.06 10:00", and turns
zone-less times into UTC, while Korean outlets mean Seoul time. We parse the raw strings
ourselves and fall back to feedparser only when we cannot.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from sokbo.timeutil import KST

# Zone abbreviations Korean feeds use; email.utils only knows the US/UTC ones.
_ZONE_WORDS = {"KST": "+0900", "JST": "+0900", "UTC": "+0000", "GMT": "+0000", "Z": "+0000"}
_RFC822_ZONE = re.compile(r"\s([A-Z]{1,4})\s*$")
_NUMERIC = re.compile(
    r"^(?P<y>\d{4})\s*[-./년]\s*(?P<m>\d{1,2})\s*[-./월]\s*(?P<d>\d{1,2})\s*일?"
    r"(?:[T\s]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<z>Z|[+-]\d{2}:?\d{2}|KST|UTC|GMT)?$",
    re.IGNORECASE,
)


def parse_feed_date(raw: str | None) -> datetime | None:
    """An aware UTC datetime from a feed's date text, or None when unreadable.

    >>> parse_feed_date("Fri, 30 Jun 2023 19:05:00 KST").isoformat()
    '2023-06-30T10:05:00+00:00'
    >>> parse_feed_date("2023-06-30 19:05:00").isoformat()  # naive means Seoul
    '2023-06-30T10:05:00+00:00'
    """
    if not raw:
        return None
    text = " ".join(str(raw).split())
    if not text:
        return None
    parsed = _numeric(text)
    if parsed is None:
        parsed = _rfc822(text)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=KST)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None  # 0001-01-01 in Seoul, 9999-12-31 -1400: no instant we can hold


def _numeric(text: str) -> datetime | None:
    match = _NUMERIC.match(text)
    if match is None:
        return None
    zone = match.group("z")
    try:
        value = datetime(
            int(match.group("y")),
            int(match.group("m")),
            int(match.group("d")),
            int(match.group("H") or 0),
            int(match.group("M") or 0),
            int(match.group("S") or 0),
        )
    except ValueError:
        return None
    if zone is None:
        return value
    zone = _ZONE_WORDS.get(zone.upper(), zone)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    offset = sign * (int(digits[:2]) * 60 + int(digits[2:]))
    return value.replace(tzinfo=timezone(timedelta(minutes=offset)))


def _rfc822(text: str) -> datetime | None:
    zone = _RFC822_ZONE.search(text)
    if zone and zone.group(1) in _ZONE_WORDS:
        text = text[: zone.start()] + " " + _ZONE_WORDS[zone.group(1)]
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    # parsedate_to_datetime returns naive for "-0000" (zone unknown): Seoul is the best guess.
    return value
