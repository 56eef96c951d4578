"""The poll pipeline end to end: local HTTP server → fetch → parse → store → hooks."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from feeds.backoff import PollPolicy
from feeds.catalog import FeedSpec
from feeds.fetch import Fetcher, FetchLimits
from feeds.netguard import AddressPolicy
from feeds.poller import SAME_CONTENT, Poller, PollerOptions
from feeds.records import FailureKind, NewArticles, PollOutcome
from feeds.store import ArticleStore, FeedStore
from sokbo.timeutil import KST, utcnow
from tests.feedkit import Item, atom, numbered_items, rss
from tests.feedserver import FeedServer, Reply

LOCAL = AddressPolicy.from_allow_list(["127.0.0.1"])


class Rig:
    """A poller wired to a store and the local server, as `sokbo run` wires it."""

    def __init__(self, engine: AsyncEngine, server: FeedServer, **limits: float) -> None:
        self.server = server
        self.feeds = FeedStore(engine)
        self.articles = ArticleStore(engine)
        self.fetcher = Fetcher(FetchLimits(**limits), LOCAL)  # type: ignore[arg-type]
        self.poller = Poller(self.feeds, self.articles, self.fetcher, policy=PollPolicy(jitter=0),
                             options=PollerOptions(max_items=50))
        self.batches: list[NewArticles] = []

        async def record(batch: NewArticles) -> None:
            self.batches.append(batch)

        self.poller.on_new_articles(record)

    async def define(self, **routes: str | dict[str, object]) -> None:
        specs = []
        for feed_id, value in routes.items():
            extra = value if isinstance(value, dict) else {"path": value}
            path = str(extra.pop("path"))
            specs.append(FeedSpec.model_validate(
                {"id": feed_id, "url": self.server.url(path), "outlet": f"{feed_id} 매체", "interval": "10m", **extra}))
        await self.feeds.sync_definitions(specs, first_poll_spread=timedelta(0))

    async def poll(self, feed_id: str) -> PollOutcome:
        [outcome] = await self.poller.poll_once(only=feed_id)
        return outcome

    async def close(self) -> None:
        await self.fetcher.close()


@pytest.fixture
async def rig(engine: AsyncEngine, feed_server: FeedServer):  # type: ignore[no-untyped-def]
    rig = Rig(engine, feed_server)
    yield rig
    await rig.close()


async def test_rss_items_become_articles_with_plain_text_and_kst_aware_dates(rig: Rig) -> None:
    rig.server.routes["/rss"] = Reply(rss([
        Item("네이버, 초거대AI &amp;quot;하이퍼클로바X&amp;quot; 공개일 확정", raw_title=True,
             link="https://news.example.kr/a/1?utm_source=rss", guid="https://news.example.kr/a/1",
             description="<p>네이버가 8월 24일 공개한다.<br/>업계 &lt;주목&gt;</p>",
             pub_date="Fri, 30 Jun 2023 19:05:00 +0900", author="홍길동 기자", categories=["IT", "AI"]),
    ]))
    await rig.define(news="/rss")
    outcome = await rig.poll("news")
    assert outcome.ok and outcome.seen == 1 and len(outcome.new_articles) == 1
    [stored] = await rig.articles.recent()
    assert stored.title == '네이버, 초거대AI "하이퍼클로바X" 공개일 확정'
    assert stored.summary == "네이버가 8월 24일 공개한다. 업계 <주목>"
    assert stored.url == "https://news.example.kr/a/1"
    assert stored.published.astimezone(KST).isoformat() == "2023-06-30T19:05:00+09:00"
    assert not stored.published_estimated
    assert (stored.outlet, stored.authors, stored.categories) == ("news 매체", ("홍길동 기자",), ("IT", "AI"))


async def test_atom_entries_become_articles(rig: Rig) -> None:
    rig.server.routes["/atom"] = Reply(atom([
        Item("GeekNews 스타일 항목", link="https://geek.example.kr/topic?id=1", guid="tag:geek,2023:1",
             description="<b>굵은</b> 요약", pub_date="2023-06-30T10:05:00Z", author="작성자"),
    ]), content_type="application/atom+xml")
    await rig.define(geek="/atom")
    await rig.poll("geek")
    [stored] = await rig.articles.recent()
    assert (stored.title, stored.summary, stored.authors) == ("GeekNews 스타일 항목", "굵은 요약", ("작성자",))
    assert stored.published.isoformat() == "2023-06-30T10:05:00+00:00"


@pytest.mark.parametrize(
    ("declare", "content_type"),
    [
        ("euc-kr", "application/rss+xml"),  # correct declaration, no HTTP charset
        (None, "text/xml"),  # no declaration at all
        ("utf-8", "application/rss+xml; charset=utf-8"),  # mislabelled on both levels
    ],
    ids=["declared", "undeclared", "mislabelled"],
)
async def test_euc_kr_feeds_come_out_as_hangul(rig: Rig, declare: str | None, content_type: str) -> None:
    title = "보안 업체, 똠양꿍 랜섬웨어 경보"  # 똠 is CP949-only
    body = rss([Item(title, link="https://boan.example.kr/1", description="악성코드 유포 주의")],
               encoding="cp949", declare=declare or "")
    rig.server.routes["/euckr"] = Reply(body, content_type=content_type)
    await rig.define(boan="/euckr")
    outcome = await rig.poll("boan")
    assert outcome.ok, outcome.failure
    [stored] = await rig.articles.recent()
    assert stored.title == title
    assert stored.summary == "악성코드 유포 주의"


async def test_second_poll_sends_validators_and_a_304_parses_nothing(rig: Rig) -> None:
    rig.server.routes["/rss"] = Reply(rss(numbered_items("n", 3)), etag='"abc"',
                                      last_modified="Fri, 30 Jun 2023 10:00:00 GMT")
    await rig.define(news="/rss")
    first = await rig.poll("news")
    second = await rig.poll("news")
    assert len(first.new_articles) == 3
    assert second.ok and second.not_modified and second.new_articles == ()
    conditional = rig.server.hits("/rss")[1].headers
    assert conditional["If-None-Match"] == '"abc"'
    assert conditional["If-Modified-Since"] == "Fri, 30 Jun 2023 10:00:00 GMT"
    [health] = await rig.feeds.health()
    assert health.status == "ok" and health.articles_new == 3


async def test_only_new_items_are_reported_and_the_first_poll_is_a_backfill(rig: Rig) -> None:
    rig.server.routes["/rss"] = Reply(rss(numbered_items("n", 3)))
    await rig.define(news="/rss")
    await rig.poll("news")
    rig.server.routes["/rss"] = Reply(rss(numbered_items("n", 5)))
    second = await rig.poll("news")
    assert sorted(a.title for a in second.new_articles) == ["n 기사 3: 네이버·카카오 AI 경쟁", "n 기사 4: 네이버·카카오 AI 경쟁"]
    assert [(len(b.articles), b.backfill) for b in rig.batches] == [(3, True), (2, False)]


async def test_the_same_article_from_two_feeds_is_stored_once(rig: Rig) -> None:
    items = numbered_items("shared", 2)
    rig.server.routes["/a"] = Reply(rss(items))
    rig.server.routes["/b"] = Reply(rss([Item(i.title, link=i.link + "&utm_campaign=x", guid=None,
                                              description=i.description) for i in items]))
    await rig.define(a="/a", b="/b")
    first = await rig.poll("a")
    second = await rig.poll("b")
    assert len(first.new_articles) == 2 and second.new_articles == ()
    assert await rig.articles.count() == 2


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        (Reply(b"missing", status=404), FailureKind.NOT_FOUND),
        (Reply(b"oops", status=500), FailureKind.SERVER_ERROR),
        (Reply("<!DOCTYPE html><html><head><title>뉴스</title></head><body>홈</body></html>".encode(),
               content_type="text/html; charset=utf-8"), FailureKind.NOT_A_FEED),
        (Reply(b"\x00\x01 binary junk \xff"), FailureKind.UNREADABLE),
        (Reply(b"<rss><channel><title>x</title><item><title>a</item></oops>"), FailureKind.UNREADABLE),
    ],
    ids=["404", "500", "html", "binary", "garbled-xml"],
)
async def test_failures_are_recorded_on_the_feed_and_back_off(rig: Rig, reply: Reply, kind: FailureKind) -> None:
    rig.server.routes["/bad"] = reply
    await rig.define(bad="/bad")
    before = utcnow()
    outcome = await rig.poll("bad")
    assert not outcome.ok and outcome.failure is not None and outcome.failure.kind is kind
    [health] = await rig.feeds.health()
    assert health.status == "failing" and health.consecutive_failures == 1
    assert health.last_error is not None and kind.value in health.last_error
    assert health.next_poll_at >= before + timedelta(minutes=10)
    again = await rig.poll("bad")
    assert again.next_poll_at is not None and again.next_poll_at >= utcnow() + timedelta(minutes=19)


async def test_malformed_xml_that_feedparser_can_read_is_accepted_with_a_note(rig: Rig) -> None:
    broken = rss([Item("제목\x08 EPS 상향", link="https://n.example.kr/1"), Item("둘째", link="https://n.example.kr/2")])
    rig.server.routes["/bozo"] = Reply(broken)
    await rig.define(bozo="/bozo")
    outcome = await rig.poll("bozo")
    assert outcome.ok and outcome.seen == 2
    assert any("malformed" in note for note in outcome.notes)
    titles = sorted(a.title for a in await rig.articles.recent())
    assert titles == ["둘째", "제목 EPS 상향"]


async def test_an_entry_without_date_or_guid_is_kept_with_an_estimated_date(rig: Rig) -> None:
    rig.server.routes["/rss"] = Reply(rss([
        Item("날짜 없는 기사", link="https://n.example.kr/nodate", pub_date=None),
        Item("링크도 GUID도 없는 기사", link=None, pub_date=None),
        Item("dc:date만 있는 기사", link="https://n.example.kr/dc", pub_date=None, dc_date="2018-04-06T19:32:01+09:00"),
        Item("AI타임스식 날짜", link="https://n.example.kr/naive", pub_date="2023-06-30 19:05:00"),
    ]))
    await rig.define(news="/rss")
    outcome = await rig.poll("news")
    assert outcome.seen == 3 and any("without link or guid" in n for n in outcome.notes)
    stored = {a.title: a for a in await rig.articles.recent()}
    assert stored["날짜 없는 기사"].published_estimated
    assert stored["날짜 없는 기사"].published == stored["날짜 없는 기사"].fetched_at
    assert stored["dc:date만 있는 기사"].published.astimezone(KST).isoformat() == "2018-04-06T19:32:01+09:00"
    assert stored["AI타임스식 날짜"].published.astimezone(KST).isoformat() == "2023-06-30T19:05:00+09:00"


async def test_items_beyond_the_per_fetch_limit_are_dropped_and_noted(rig: Rig) -> None:
    rig.server.routes["/many"] = Reply(rss(numbered_items("m", 80)))
    await rig.define(many="/many")
    outcome = await rig.poll("many")
    assert outcome.seen == 50 and len(outcome.new_articles) == 50
    assert any("kept the first 50" in note for note in outcome.notes)


async def test_retry_after_moves_the_next_poll(rig: Rig) -> None:
    rig.server.routes["/busy"] = Reply(b"", status=429, headers={"Retry-After": "3600"})
    await rig.define(busy="/busy")
    outcome = await rig.poll("busy")
    assert outcome.failure is not None and outcome.failure.kind is FailureKind.RATE_LIMITED
    assert outcome.next_poll_at is not None and outcome.next_poll_at >= utcnow() + timedelta(minutes=59)


@pytest.mark.parametrize("case", ["timeout", "too-large", "gzip-bomb", "redirect-loop"])
async def test_hostile_servers_fail_their_feed_only(engine: AsyncEngine, feed_server: FeedServer, case: str) -> None:
    import gzip

    rig = Rig(engine, feed_server, total_timeout_s=1.0, max_bytes=200_000)
    try:
        if case == "timeout":
            feed_server.routes["/bad"] = Reply(rss(numbered_items("t", 1)), delay=10)
        elif case == "too-large":
            feed_server.routes["/bad"] = Reply(rss(numbered_items("big", 2000)))
        elif case == "gzip-bomb":
            bomb = gzip.compress(b" " * (32 * 1024 * 1024))

            async def serve(request: web.Request) -> web.Response:
                return web.Response(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "text/xml"})

            feed_server.routes["/bad"] = serve
        else:
            feed_server.routes["/bad"] = Reply(status=302, headers={"Location": "/bad2"})
            feed_server.routes["/bad2"] = Reply(status=302, headers={"Location": "/bad"})
        feed_server.routes["/good"] = Reply(rss(numbered_items("g", 2)))
        await rig.define(bad="/bad", good="/good")
        outcomes = {o.feed_id: o for o in await rig.poller.poll_once()}
        assert outcomes["good"].ok and outcomes["good"].new == 2
        assert not outcomes["bad"].ok
        expected = {"timeout": FailureKind.TIMEOUT, "too-large": FailureKind.TOO_LARGE,
                    "gzip-bomb": FailureKind.TOO_LARGE, "redirect-loop": FailureKind.TOO_MANY_REDIRECTS}[case]
        assert outcomes["bad"].failure is not None and outcomes["bad"].failure.kind is expected
        # No wall-clock bound here (a loaded machine fails one): the timeout case's server answers
        # only after 10 s, so a fetch that waited for it would have succeeded, not timed out.
    finally:
        await rig.close()


async def test_a_slow_feed_does_not_delay_the_others(engine: AsyncEngine, feed_server: FeedServer) -> None:
    rig = Rig(engine, feed_server, total_timeout_s=3.0)
    try:
        feed_server.routes["/slow"] = Reply(rss(numbered_items("s", 1)), delay=2)
        feed_server.routes["/fast"] = Reply(rss(numbered_items("f", 1)))
        await rig.define(slow="/slow", fast="/fast")
        states = await rig.poller.claim(10, ignore_schedule=True)
        tasks = {s.id: asyncio.create_task(rig.poller.poll(s)) for s in states}
        fast = await tasks["fast"]
        slow_pending_then = not tasks["slow"].done()  # an order, not a stopwatch: the fast one did not wait
        slow = await tasks["slow"]
        assert fast.ok and slow.ok and slow_pending_then
    finally:
        await rig.close()


async def test_a_day_of_failures_pauses_the_feed_and_enable_brings_it_back(rig: Rig) -> None:
    rig.server.routes["/gone"] = Reply(b"", status=404)
    await rig.define(gone="/gone")
    rig.poller.policy = PollPolicy(jitter=0, pause_after=timedelta(seconds=0.3))
    first = await rig.poll("gone")
    assert not first.paused
    paused: list[tuple[str, str]] = []

    async def on_paused(feed_id: str, reason: str) -> None:
        paused.append((feed_id, reason))

    rig.poller.on_paused(on_paused)
    await asyncio.sleep(0.4)
    second = await rig.poll("gone")
    assert second.paused
    assert [feed for feed, _ in paused] == ["gone"] and paused[0][1].startswith("not found")  # told once
    [health] = await rig.feeds.health()
    assert health.status == "paused" and health.paused_reason is not None
    assert health.paused_reason.startswith("not found")
    assert await rig.poller.poll_once(only="gone") == []  # paused feeds are not polled
    rig.server.routes["/gone"] = Reply(rss(numbered_items("back", 1)))
    assert await rig.feeds.enable("gone")
    back = await rig.poll("gone")
    assert back.ok
    [health] = await rig.feeds.health()
    assert health.status == "ok" and health.consecutive_failures == 0


async def test_a_hook_that_raises_does_not_stop_polling(rig: Rig) -> None:
    async def broken(batch: NewArticles) -> None:
        raise RuntimeError("consumer bug")

    rig.poller._hooks.insert(0, broken)
    rig.server.routes["/rss"] = Reply(rss(numbered_items("h", 2)))
    await rig.define(news="/rss")
    outcome = await rig.poll("news")
    assert outcome.ok and len(rig.batches) == 1


async def test_a_feed_without_validators_that_did_not_change_is_not_parsed_again(rig: Rig) -> None:
    rig.server.routes["/plain"] = Reply(rss(numbered_items("p", 3)))  # no ETag, no Last-Modified
    await rig.define(plain="/plain")
    first = await rig.poll("plain")
    second = await rig.poll("plain")
    assert len(first.new_articles) == 3
    assert second.ok and second.not_modified and second.seen == 0
    [health] = await rig.feeds.health()
    assert health.last_notes == SAME_CONTENT
    rig.server.routes["/plain"] = Reply(rss(numbered_items("p", 4)))
    third = await rig.poll("plain")
    assert not third.not_modified and len(third.new_articles) == 1


async def test_a_feed_added_from_chat_is_always_fetched_behind_the_untrusted_policy(rig: Rig) -> None:
    """allow_hosts is the operator's: a feed a chat user added never reaches a private address
    through it, on any poll (a host checked public when added may resolve elsewhere later)."""
    rig.server.routes["/rss"] = Reply(rss([Item("소식", link="https://news.example.kr/1")]))
    await rig.define(configured="/rss")  # the operator's feed on the allowed local host polls fine
    assert (await rig.poll("configured")).ok
    await rig.feeds.add_from_chat(FeedSpec(id="chat-local", url=rig.server.url("/rss"), outlet="채팅"), "slack:C1 U1")
    outcome = await rig.poll("chat-local")
    assert not outcome.ok and outcome.failure is not None and outcome.failure.kind == FailureKind.BLOCKED_ADDRESS


async def test_the_next_poll_counts_from_the_answer_not_from_the_claim(rig: Rig) -> None:
    """A request that waits (a slow server, a connection slot on a loaded host) must not bring the next
    request within the feed's interval: the schedule starts when the answer came."""
    rig.server.routes["/slow"] = Reply(rss(numbered_items("s", 1)), delay=1)
    await rig.define(slow="/slow")
    rig.poller.policy = PollPolicy(jitter=0)
    claimed_at = utcnow()
    outcome = await rig.poll("slow")
    assert outcome.ok and outcome.next_poll_at is not None
    assert outcome.next_poll_at >= claimed_at + timedelta(minutes=10, seconds=1)


class CountingStore(ArticleStore):
    """The real store, counting what each poll offers it (and failing once when told to)."""

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine)
        self.offered: list[int] = []
        self.fail_next = False

    async def add(self, articles, **kwargs):  # type: ignore[no-untyped-def, override]
        self.offered.append(len(articles))
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("database went away")
        return await super().add(articles, **kwargs)


async def test_items_a_feed_listed_before_are_not_offered_to_the_store_again(engine: AsyncEngine,
                                                                              feed_server: FeedServer) -> None:
    """A changed feed still lists its older items; they are stored already, so only the unseen are offered.
    A poller that has not seen the feed (a restart, another replica) offers everything and the database
    decides; a store that failed leaves nothing marked as offered."""
    rig = Rig(engine, feed_server)
    store = CountingStore(engine)
    rig.poller.articles = store
    try:
        rig.server.routes["/rss"] = Reply(rss(numbered_items("n", 3)))
        await rig.define(news="/rss")
        await rig.poll("news")
        rig.server.routes["/rss"] = Reply(rss(numbered_items("n", 5)))
        second = await rig.poll("news")
        assert store.offered == [3, 2] and len(second.new_articles) == 2

        store.fail_next = True
        rig.server.routes["/rss"] = Reply(rss(numbered_items("n", 7)))
        failed = await rig.poll("news")
        assert store.offered[-1] == 2 and not failed.new_articles
        retried = await rig.poll("news")  # the two unseen items are offered again, and stored
        assert store.offered[-1] == 2 and len(retried.new_articles) == 2 and await store.count() == 7

        fresh = Poller(rig.feeds, store, rig.fetcher, policy=PollPolicy(jitter=0), options=PollerOptions(max_items=50))
        rig.server.routes["/rss"] = Reply(rss(numbered_items("n", 8)))
        [restarted] = await fresh.poll_once(only="news")
        assert store.offered[-1] == 8 and len(restarted.new_articles) == 1
    finally:
        await rig.close()
