"""The scheduler: APScheduler ticks, leases decide; replicas never poll a feed twice."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

from feeds.backoff import PollPolicy
from feeds.catalog import FeedSpec
from feeds.fetch import Fetcher, FetchLimits
from feeds.netguard import AddressPolicy
from feeds.poller import Poller
from feeds.scheduler import FeedScheduler
from feeds.store import ArticleStore, FeedStore
from sokbo.db import make_engine
from tests.feedkit import numbered_items, rss
from tests.feedserver import FeedServer, Reply


async def test_two_replicas_share_the_work_and_poll_each_feed_once(db_url: str, feed_server: FeedServer) -> None:
    count = 24
    for n in range(count):
        feed_server.routes[f"/f{n}"] = Reply(rss(numbered_items(f"f{n}", 2)), delay=0.05)
    specs = [FeedSpec(id=f"f{n}", url=feed_server.url(f"/f{n}"), outlet="t", interval=timedelta(minutes=10))
             for n in range(count)]
    replicas = []
    for name in ("replica-a", "replica-b"):
        engine = make_engine(db_url)  # each replica has its own engine, as separate processes would
        feeds = FeedStore(engine)
        await feeds.sync_definitions(specs, first_poll_spread=timedelta(0))
        fetcher = Fetcher(FetchLimits(), AddressPolicy.from_allow_list(["127.0.0.1"]))
        poller = Poller(feeds, ArticleStore(engine), fetcher, owner=name, policy=PollPolicy(jitter=0))
        replicas.append((engine, fetcher, FeedScheduler(poller, tick=timedelta(seconds=0.05), max_concurrent=4)))
    for _, _, scheduler in replicas:
        await scheduler.start()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and sum(s.completed for _, _, s in replicas) < count:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)  # any duplicate poll would show up now
    for _engine, fetcher, scheduler in replicas:
        await scheduler.stop()
        await fetcher.close()
    hits = [len(feed_server.hits(f"/f{n}")) for n in range(count)]
    assert hits == [1] * count
    done = [s.completed for _, _, s in replicas]
    assert sum(done) == count and all(d > 0 for d in done), done
    articles = await ArticleStore(replicas[0][0]).count()
    assert articles == 2 * count
    for engine, _, _ in replicas:
        await engine.dispose()


async def test_the_scheduler_respects_each_feeds_interval(sqlite_url: str, feed_server: FeedServer) -> None:
    from bot.app.database import migrate

    feed_server.routes["/fast"] = Reply(rss(numbered_items("fast", 1)))
    feed_server.routes["/slow"] = Reply(rss(numbered_items("slow", 1)))
    engine = make_engine(sqlite_url)
    await migrate(engine)
    feeds = FeedStore(engine)
    await feeds.sync_definitions([
        FeedSpec(id="fast", url=feed_server.url("/fast"), outlet="t", interval=timedelta(seconds=1)),
        FeedSpec(id="slow", url=feed_server.url("/slow"), outlet="t", interval=timedelta(minutes=5)),
    ], first_poll_spread=timedelta(0))
    async with Fetcher(FetchLimits(), AddressPolicy.from_allow_list(["127.0.0.1"])) as fetcher:
        scheduler = FeedScheduler(Poller(feeds, ArticleStore(engine), fetcher, policy=PollPolicy(jitter=0.1)),
                                  tick=timedelta(seconds=0.05))
        await scheduler.start()
        await asyncio.sleep(2.5)  # polls near 0s, 1s and 2s
        await scheduler.stop()
    await engine.dispose()
    assert 2 <= len(feed_server.hits("/fast")) <= 4
    assert len(feed_server.hits("/slow")) == 1


async def test_a_dispatch_that_runs_after_the_scheduler_stopped_claims_nothing(
        sqlite_url: str, feed_server: FeedServer) -> None:
    """A tick the scheduler started just before its shutdown may run once stop() is done with the lock; it must not
    claim (its cancellation would land inside the claim's query): feeds due then stay unclaimed for the next start."""
    from bot.app.database import migrate

    feed_server.routes["/late"] = Reply(rss(numbered_items("late", 1)))
    engine = make_engine(sqlite_url)
    await migrate(engine)
    feeds = FeedStore(engine)
    async with Fetcher(FetchLimits(), AddressPolicy.from_allow_list(["127.0.0.1"])) as fetcher:
        scheduler = FeedScheduler(Poller(feeds, ArticleStore(engine), fetcher, policy=PollPolicy(jitter=0)),
                                  tick=timedelta(seconds=30))
        await scheduler.start()  # nothing is due yet
        await scheduler.stop()
        await feeds.sync_definitions([FeedSpec(id="late", url=feed_server.url("/late"), outlet="t",
                                               interval=timedelta(minutes=5))], first_poll_spread=timedelta(0))
        assert await scheduler.dispatch() == 0
        await asyncio.sleep(0.2)
    assert feed_server.hits("/late") == []
    fresh = FeedScheduler(Poller(feeds, ArticleStore(engine), Fetcher(FetchLimits(), AddressPolicy.from_allow_list(
        ["127.0.0.1"])), policy=PollPolicy(jitter=0)), tick=timedelta(seconds=30))
    assert await fresh.dispatch() == 1  # still due: the stopped scheduler held no lease on it
    await fresh.stop()  # lets the poll in flight finish
    await fresh.poller.fetcher.close()
    assert len(feed_server.hits("/late")) == 1
    await engine.dispose()
