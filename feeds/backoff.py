"""When to poll a feed next: its interval with jitter, or exponential back-off on failure."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class PollPolicy:
    """Timing policy shared by every feed.

    jitter spreads feeds with equal intervals so they do not hit servers in lock-step;
    back-off doubles from the feed's own interval up to `backoff_cap`; a feed failing
    without a break for `pause_after` is paused until someone re-enables it.
    """

    jitter: float = 0.1
    backoff_cap: timedelta = timedelta(hours=6)
    pause_after: timedelta = timedelta(days=1)
    retry_after_cap: timedelta = timedelta(hours=6)

    def next_success(self, now: datetime, interval: timedelta, rng: random.Random | None = None) -> datetime:
        return now + self._jittered(interval, rng)

    def next_failure(
        self,
        now: datetime,
        interval: timedelta,
        failures: int,
        retry_after_s: float | None = None,
        rng: random.Random | None = None,
    ) -> datetime:
        """`failures` counts this one too (1 after the first failure)."""
        exponent = max(0, min(failures - 1, 30))
        delay = min(interval * (2**exponent), max(self.backoff_cap, interval))
        delay = self._jittered(delay, rng)
        if retry_after_s is not None:
            delay = max(delay, min(timedelta(seconds=retry_after_s), self.retry_after_cap))
        return now + delay

    def should_pause(self, now: datetime, failing_since: datetime | None) -> bool:
        return failing_since is not None and now - failing_since >= self.pause_after

    def _jittered(self, delay: timedelta, rng: random.Random | None) -> timedelta:
        factor = 1 + (rng or random).uniform(-self.jitter, self.jitter)
        return delay * factor
