"""When a channel's alerts go out: quiet hours and digest periods, in KST."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.alerting.quieting import Quieting, next_digest, parse_digest, parse_quiet
from sokbo.timeutil import KST


def kst(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=KST)


def test_overnight_quiet_hours_hold_until_the_morning() -> None:
    quiet = Quieting(quiet_start="22:00", quiet_end="07:00")
    assert quiet.hold_until(kst(26, 23, 30)) == kst(27, 7)
    assert quiet.hold_until(kst(27, 6)) == kst(27, 7)
    assert quiet.hold_until(kst(27, 12)) is None
    assert quiet.hold_until(kst(27, 7)) is None  # the end is not quiet any more


def test_daytime_quiet_hours() -> None:
    quiet = Quieting(quiet_start="12:00", quiet_end="13:00")
    assert quiet.hold_until(kst(27, 12, 30)) == kst(27, 13)
    assert quiet.hold_until(kst(27, 13, 30)) is None


def test_digests_go_out_on_the_hour_or_at_nine_and_wait_for_quiet_hours_to_end() -> None:
    assert next_digest("hourly", kst(27, 10, 15)) == kst(27, 11)
    assert next_digest("daily", kst(27, 8)) == kst(27, 9)
    assert next_digest("daily", kst(27, 10)) == kst(28, 9)
    night = Quieting(digest="hourly", quiet_start="22:00", quiet_end="07:00")
    assert night.hold_until(kst(26, 22, 30)) == kst(27, 7)
    assert night.hold_until(kst(27, 10, 15)) == kst(27, 11)


def test_a_daily_digest_may_name_its_own_time() -> None:
    assert parse_digest("daily 18:30") == "daily@18:30" and parse_digest("매일 7:05") == "daily@07:05"
    assert parse_digest("daily") == "daily" and parse_digest("매시간") == "hourly" and parse_digest("끄기") == "off"
    assert next_digest("daily@18:30", kst(27, 10)) == kst(27, 18, 30)
    assert next_digest("daily@18:30", kst(27, 19)) == kst(28, 18, 30)
    for bad in ("weekly", "hourly 09:00", "daily 25:00", "daily 9", ""):
        with pytest.raises(ValueError):
            parse_digest(bad)


@pytest.mark.parametrize("text", ["25:00-07:00", "22:00", "22:00-22:00", "밤"])
def test_bad_quiet_ranges_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError):
        parse_quiet(text)


def test_quiet_ranges_accept_a_tilde_and_single_digit_hours() -> None:
    assert parse_quiet("9:00~18:30") == ("09:00", "18:30")
