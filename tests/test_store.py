"""The store on SQLite and PostgreSQL: uniqueness by constraint, leases, restart-safe schedule."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from feeds.catalog import FeedSpec
from feeds.records import Article
from feeds.store import ArticleStore, FeedStore, PollRecord
from sokbo.db import make_engine
from sokbo.timeutil import utcnow


def spec(feed_id: str, url: str = "https://news.example.kr/rss", interval: str = "10m") -> FeedSpec:
    return FeedSpec.model_validate({"id": feed_id, "url": url, "outlet": "테스트", "interval": interval})


def article(n: int, feed: str = "a", url: str | None = None) -> Article:
    now = utcnow()
    return Article(
        id=f"id{n:04d}{feed}", feed_id=feed, outlet="테스트", url=url or f"https://news.example.kr/{n}",
        title=f"기사 {n}", summary="요약", published=now - timedelta(minutes=n), published_estimated=False,
        fetched_at=now, authors=("기자",), categories=("IT",),
    )


async def test_articles_are_stored_once_by_id_and_by_url(engine: AsyncEngine) -> None:
    store = ArticleStore(engine)
    first = await store.add([article(1), article(2)])
    again = await store.add([article(1), article(3)])
    other_feed_same_url = await store.add([replace(article(3), id="different", feed_id="b")])
    duplicate_in_one_batch = await store.add([article(4), article(4)])
    assert [a.id for a in first] == ["id0001a", "id0002a"]
    assert [a.id for a in again] == ["id0003a"]
    assert other_feed_same_url == []
    assert [a.id for a in duplicate_in_one_batch] == ["id0004a"]
    assert await store.count() == 4


async def test_stored_articles_round_trip_with_aware_times(engine: AsyncEngine) -> None:
    store = ArticleStore(engine)
    original = article(7)
    await store.add([original])
    loaded = await store.get(original.id)
    assert loaded is not None
    assert loaded.published == original.published
    assert loaded.published.utcoffset() == timedelta(0)
    assert (loaded.title, loaded.authors, loaded.categories) == ("기사 7", ("기자",), ("IT",))
    recent = await store.recent(since=utcnow() - timedelta(minutes=30))
    assert [a.id for a in recent] == [original.id]


async def test_concurrent_inserts_of_the_same_articles_store_each_once(engine: AsyncEngine) -> None:
    """Two replicas that fetched the same feed: each article is new to exactly one of them."""
    batch = [article(n) for n in range(50)]
    stores = [ArticleStore(engine), ArticleStore(engine)]
    results = await asyncio.gather(*(s.add(batch) for s in stores))
    assert sorted(a.id for r in results for a in r) == sorted(a.id for a in batch)


async def test_due_feeds_are_leased_to_one_owner_at_a_time(engine: AsyncEngine) -> None:
    feeds = FeedStore(engine)
    await feeds.sync_definitions([spec(f"f{n}") for n in range(10)], first_poll_spread=timedelta(0))
    later = utcnow() + timedelta(seconds=1)
    first, second = await asyncio.gather(
        feeds.claim_due("replica-1", lease=timedelta(minutes=1), limit=6, now=later),
        feeds.claim_due("replica-2", lease=timedelta(minutes=1), limit=6, now=later),
    )
    ids1, ids2 = {s.id for s in first}, {s.id for s in second}
    assert not ids1 & ids2
    assert len(ids1 | ids2) == 10
    assert await feeds.claim_due("replica-3", lease=timedelta(minutes=1), now=later) == []


async def test_an_expired_lease_can_be_claimed_and_the_old_owner_cannot_record(engine: AsyncEngine) -> None:
    feeds = FeedStore(engine)
    await feeds.sync_definitions([spec("f")], first_poll_spread=timedelta(0))
    now = utcnow() + timedelta(seconds=1)
    assert await feeds.claim_due("crashed", lease=timedelta(seconds=30), now=now)
    assert await feeds.claim_due("other", lease=timedelta(seconds=30), now=now + timedelta(seconds=10)) == []
    taken = await feeds.claim_due("other", lease=timedelta(seconds=30), now=now + timedelta(seconds=31))
    assert [s.id for s in taken] == ["f"]
    stale = PollRecord("f", now, now + timedelta(minutes=10), ok=True)
    assert await feeds.record_poll("crashed", stale) is False
    assert await feeds.record_poll("other", stale) is True


async def test_schedule_survives_a_restart(db_url: str) -> None:
    """The next poll comes from the stored state, not from a scheduler's memory."""
    engine = make_engine(db_url)
    feeds = FeedStore(engine)
    await feeds.sync_definitions([spec("f")], first_poll_spread=timedelta(0))
    now = utcnow()
    [state] = await feeds.claim_due("p1", lease=timedelta(minutes=1), now=now + timedelta(seconds=1))
    next_at = now + timedelta(minutes=10)
    await feeds.record_poll("p1", PollRecord("f", now, next_at, ok=True, etag='"e1"'))
    await engine.dispose()

    engine = make_engine(db_url)  # "restart"
    feeds = FeedStore(engine)
    await feeds.sync_definitions([spec("f")])
    assert await feeds.claim_due("p2", lease=timedelta(minutes=1), now=now + timedelta(minutes=5)) == []
    [state] = await feeds.claim_due("p2", lease=timedelta(minutes=1), now=next_at + timedelta(seconds=1))
    assert state.etag == '"e1"'
    [health] = await feeds.health()
    assert abs((health.next_poll_at - next_at).total_seconds()) < 0.01
    await engine.dispose()


async def test_changing_a_feed_url_forgets_its_validators_and_failures(engine: AsyncEngine) -> None:
    feeds = FeedStore(engine)
    await feeds.sync_definitions([spec("f")], first_poll_spread=timedelta(0))
    now = utcnow() + timedelta(seconds=1)
    await feeds.claim_due("p", lease=timedelta(minutes=1), now=now)
    await feeds.record_poll("p", PollRecord("f", now, now, ok=True, etag='"x"'))
    await feeds.claim_due("p", lease=timedelta(minutes=1), now=now + timedelta(seconds=1))
    await feeds.record_poll("p", PollRecord("f", now, now, ok=False, etag='"x"', consecutive_failures=1,
                                            error="boom", error_kind="server_error"))
    await feeds.sync_definitions([spec("f", url="https://moved.example.kr/rss")])
    [state] = await feeds.claim_due("p", lease=timedelta(minutes=1), now=utcnow() + timedelta(seconds=1))
    assert (state.url, state.etag, state.consecutive_failures) == ("https://moved.example.kr/rss", None, 0)


async def test_feeds_dropped_from_the_config_stop_being_polled_but_keep_history(engine: AsyncEngine) -> None:
    feeds = FeedStore(engine)
    await feeds.sync_definitions([spec("keep"), spec("drop")], first_poll_spread=timedelta(0))
    await feeds.sync_definitions([spec("keep")])
    claimed = await feeds.claim_due("p", lease=timedelta(minutes=1), now=utcnow() + timedelta(seconds=1))
    assert [s.id for s in claimed] == ["keep"]
    assert [h.id for h in await feeds.health()] == ["keep"]
    assert [h.id for h in await feeds.health(include_undefined=True)] == ["drop", "keep"]
