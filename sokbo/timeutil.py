"""Time helpers: every stored time is aware UTC, every shown time is KST.

Korean users read times in Asia/Seoul; storing aware UTC keeps SQLite and PostgreSQL
comparable and ordering correct across replicas in any zone.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|초|분|시간|일|주일|주)", re.IGNORECASE)
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800,
                 "초": 1, "분": 60, "시간": 3600, "일": 86400, "주": 604800, "주일": 604800}


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Aware UTC from a possibly naive datetime; naive values are read as UTC.

    SQLite hands back naive datetimes even for aware columns, so every read from the
    store goes through here.
    """
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def format_kst(value: datetime | None, *, with_seconds: bool = False) -> str:
    if value is None:
        return "-"
    fmt = "%Y-%m-%d %H:%M:%S KST" if with_seconds else "%Y-%m-%d %H:%M KST"
    return as_utc(value).astimezone(KST).strftime(fmt)


def parse_duration(value: object) -> timedelta:
    """Read `30s`, `10m`, `6h`, `1d`, `1h30m` (or in Korean: 30초, 10분, 2시간, 7일, 1주) or a
    bare number of seconds.

    Raises ValueError with a message fit for a `FILE:LINE:COL:` report.
    """
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool):
        raise ValueError(f"bad duration {value!r}: use e.g. 30s, 10m, 6h or 1d")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError(f"bad duration {value!r}: must not be negative")
        return _bounded(float(value), value)
    if not isinstance(value, str):
        raise ValueError(f"bad duration {value!r}: use e.g. 30s, 10m, 6h or 1d")
    text = value.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return _bounded(float(text), value)
    pos = 0
    total = 0.0
    for match in _DURATION_PART.finditer(text):
        if text[pos : match.start()].strip():
            break
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
        pos = match.end()
    if pos == 0 or text[pos:].strip():
        raise ValueError(f"bad duration {value!r}: use e.g. 30s, 10m, 6h or 1d")
    return _bounded(total, value)


MAX_DURATION_S = 100 * 365 * 86400  # nothing sokbo waits for is longer than a century


class DurationTooLong(ValueError):
    """A duration past MAX_DURATION_S (or infinite): readable, but no setting means it."""


def _bounded(seconds: float, value: object) -> timedelta:
    """A timedelta, or a ValueError for what no timedelta (or no sensible setting) holds:
    `1e400`, `99999999999d` used to end in OverflowError tracebacks (issue #9)."""
    if not seconds <= MAX_DURATION_S:  # also refuses inf and nan
        raise DurationTooLong(f"bad duration {value!r}: longer than 100 years")
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    if seconds % 86400 == 0 and seconds:
        return f"{seconds // 86400}d"
    if seconds % 3600 == 0 and seconds:
        return f"{seconds // 3600}h"
    if seconds % 60 == 0 and seconds:
        return f"{seconds // 60}m"
    return f"{value.total_seconds():g}s"
