"""Run the poller on a schedule that survives restarts and is shared by replicas.

The schedule lives in the store (`next_poll_at` per feed, set with jitter and back-off),
not in memory: APScheduler only drives a short dispatch tick that claims due feeds
through leases and starts their polls. A restart picks up exactly where the stored
schedule says; two replicas never poll the same feed at once.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from feeds.poller import Poller
from feeds.records import PollOutcome
from feeds.store import FeedState

log = logging.getLogger(__name__)


class FeedScheduler:
    def __init__(self, poller: Poller, *, tick: timedelta = timedelta(seconds=1), max_concurrent: int = 32) -> None:
        self.poller = poller
        self.tick = tick
        self.max_concurrent = max_concurrent
        self._scheduler: AsyncIOScheduler | None = None
        self._running: dict[str, asyncio.Task[PollOutcome]] = {}
        self._dispatching = asyncio.Lock()
        self._refill: asyncio.Task[int] | None = None
        self._started = False  # started once; dispatching stops for good when the scheduler is stopped
        self.completed = 0

    @property
    def running(self) -> bool:
        """Dispatching on its interval (started and not stopped): what /readyz asks."""
        return self._scheduler is not None and self._scheduler.running

    async def start(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone="Asia/Seoul")
        self._scheduler.add_job(
            self.dispatch, "interval", seconds=self.tick.total_seconds(), id="feeds.dispatch",
            max_instances=1, coalesce=True, misfire_grace_time=None,
        )
        self._scheduler.start()
        self._started = True
        await self.dispatch()

    async def dispatch(self) -> int:
        """Claim due feeds up to the free concurrency and start polling them; returns how many."""
        async with self._dispatching:
            if self._scheduler is None and self._started:
                # stopping: a job the scheduler started just before its shutdown takes the free lock without
                # suspending, and its cancellation would land in the claim's query (a cancelled aiosqlite query
                # hangs the connection's close); it claims nothing instead
                return 0
            free = self.max_concurrent - len(self._running)
            if free <= 0:
                return 0
            try:
                states = await self.poller.claim(free)
            except Exception:
                log.exception("claiming due feeds failed; will retry next tick")
                return 0
            self._start(states)
            return len(states)

    def _start(self, states: list[FeedState]) -> None:
        for state in states:
            task = asyncio.create_task(self.poller.poll(state), name=f"poll:{state.id}")
            self._running[state.id] = task
            task.add_done_callback(functools.partial(self._done, state.id))

    def _done(self, feed_id: str, _task: object = None) -> None:
        self._running.pop(feed_id, None)
        self.completed += 1
        # A freed slot is refilled at once rather than at the next tick, so a backlog of
        # due feeds drains at full concurrency.
        if self._scheduler is not None and (self._refill is None or self._refill.done()):
            self._refill = asyncio.create_task(self.dispatch())

    @property
    def in_flight(self) -> int:
        return len(self._running)

    async def stop(self, grace: timedelta = timedelta(seconds=5)) -> None:
        """Stop dispatching; let polls in flight finish for `grace`, then cancel them.

        Letting a poll finish records its result; a cancelled one hands its lease back so
        another replica (or the next start) polls it without waiting for the lease to run out.
        """
        if self._scheduler is not None:
            scheduler, self._scheduler = self._scheduler, None  # no refills from here on
            scheduler.pause()
            async with self._dispatching:  # a claim in progress completes rather than being cancelled mid-query
                scheduler.shutdown(wait=False)
        if self._refill is not None:
            await asyncio.gather(self._refill, return_exceptions=True)
        tasks = list(self._running.values())
        ids = list(self._running)
        if tasks:
            _done, pending = await asyncio.wait(tasks, timeout=grace.total_seconds())
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        try:
            await self.poller.feeds.release(self.poller.owner, ids)
        except Exception:
            log.exception("could not release leases on shutdown; they expire by themselves")
