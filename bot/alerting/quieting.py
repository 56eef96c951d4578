"""When a channel wants its alerts: quiet hours and digest periods, in KST.

Pure functions of a time, so the outbox can decide "send now" or "hold until …" in the
same transaction that creates the alert, and tests can pin the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sokbo.timeutil import KST

DIGEST_MODES = ("off", "hourly", "daily")
DAILY_DIGEST_AT = time(9, 0)  # KST: the morning read, unless the channel names its own time
_DIGEST_WORDS = {"끄기": "off", "해제": "off", "매시간": "hourly", "매시": "hourly", "매일": "daily"}
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_hhmm(value: str) -> time:
    m = _HHMM.match(value.strip())
    if not m:
        raise ValueError(f"'{value}' is not a time like 22:00")
    return time(int(m[1]), int(m[2]))


def parse_quiet(value: str) -> tuple[str, str]:
    """"22:00-07:00" → ("22:00", "07:00"); raises ValueError with a readable reason."""
    parts = value.replace("~", "-").split("-")
    if len(parts) != 2:
        raise ValueError(f"'{value}' is not a range like 22:00-07:00")
    start, end = (parse_hhmm(p) for p in parts)
    if start == end:
        raise ValueError("quiet hours must not start and end at the same time")
    return start.strftime("%H:%M"), end.strftime("%H:%M")


@dataclass(frozen=True)
class Quieting:
    digest: str = "off"
    quiet_start: str | None = None
    quiet_end: str | None = None
    muted_until: datetime | None = None

    def muted(self, now: datetime) -> bool:
        return self.muted_until is not None and self.muted_until > now

    def quiet_until(self, now: datetime) -> datetime | None:
        """The end of the quiet period `now` falls in (aware), or None when not quiet."""
        if not self.quiet_start or not self.quiet_end:
            return None
        start, end = parse_hhmm(self.quiet_start), parse_hhmm(self.quiet_end)
        local = now.astimezone(KST)
        clock = local.time()
        inside = start <= clock < end if start < end else (clock >= start or clock < end)
        if not inside:
            return None
        end_at = datetime.combine(local.date(), end, KST)
        if end_at <= local:
            end_at += timedelta(days=1)
        return end_at

    def hold_until(self, now: datetime) -> datetime | None:
        """When an alert created now should go out, if not right away."""
        at = next_digest(self.digest, now) if self.digest != "off" else None
        return self.quiet_until(at or now) or at


def parse_digest(value: str) -> str:
    """"hourly", "daily", "daily 18:30" (KST), "매일 18:30", "off" → the stored mode
    ("daily@18:30"); raises ValueError with a readable reason."""
    words = value.lower().split()
    if not words:
        raise ValueError("digest needs a mode: off, hourly, daily [HH:MM]")
    mode = _DIGEST_WORDS.get(words[0], words[0])
    if mode not in DIGEST_MODES or len(words) > 2 or (len(words) == 2 and mode != "daily"):
        raise ValueError(f"'{value}' is not off, hourly or daily [HH:MM]")
    if len(words) == 2:
        return f"daily@{parse_hhmm(words[1]).strftime('%H:%M')}"
    return mode


def digest_label(mode: str) -> str:
    """"daily@18:30" → "daily 18:30"; the other modes as they are."""
    return mode.replace("@", " ")


def next_digest(mode: str, now: datetime) -> datetime:
    local = now.astimezone(KST)
    if mode == "hourly":
        return (local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1))
    _, _, hhmm = mode.partition("@")
    at = datetime.combine(local.date(), parse_hhmm(hhmm) if hhmm else DAILY_DIGEST_AT, KST)
    return at if at > local else at + timedelta(days=1)
