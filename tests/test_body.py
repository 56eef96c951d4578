"""fetch_body: the article page's main text, politely fetched; failure keeps the lead."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from feeds.catalog import FeedSpec
from feeds.fetch import Fetcher, FetchLimits
from feeds.netguard import AddressPolicy
from feeds.poller import Poller
from feeds.records import NewArticles
from feeds.store import ArticleStore, FeedStore
from feeds.tables import ArticleRow
from tests.feedkit import Item, rss
from tests.feedserver import FeedServer, Reply

PARAGRAPHS = [
    "인공지능 분야 기업들이 참여하는 새 협의체가 출범했다. 협의체는 정책 제안과 기술 교류를 목표로 한다.",
    "그러나 국내 주요 플랫폼 기업 한 곳은 참여 명단에서 빠진 것으로 확인됐다. 업계는 그 배경에 주목하고 있다.",
    "협의체 관계자는 참여를 제안했지만 아직 답을 받지 못했다고 설명했다. 출시 일정은 이르면 연말께로 전망된다.",
]


def article_page(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!doctype html><html><head><meta charset='euc-kr'><title>{title}</title></head><body>"
            f"<nav>홈 | 정치 | 경제 | IT</nav><article><h1>{title}</h1>{body}</article>"
            "<footer>무단 전재 및 재배포 금지</footer></body></html>")


async def test_bodies_are_fetched_for_new_articles_and_robots_is_respected(
    engine: AsyncEngine, feed_server: FeedServer
) -> None:
    feed_server.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    feed_server.routes["/news/1"] = Reply(article_page("협의체 출범").encode("cp949"), content_type="text/html")
    feed_server.routes["/private/2"] = Reply(article_page("비공개").encode("cp949"), content_type="text/html")
    feed_server.routes["/rss"] = Reply(rss([
        Item("협의체 출범", link=feed_server.url("/news/1"), description="리드 문장만 있다."),
        Item("비공개 기사", link=feed_server.url("/private/2"), description="리드만."),
        Item("메타데이터 주소", link="http://169.254.169.254/latest/", description="리드 유지."),
    ]))
    feeds, articles = FeedStore(engine), ArticleStore(engine)
    await feeds.sync_definitions([FeedSpec(id="lead", url=feed_server.url("/rss"), outlet="리드만",
                                           interval=timedelta(minutes=10), fetch_body=True)])
    batches: list[NewArticles] = []

    async def collect(batch: NewArticles) -> None:
        batches.append(batch)

    async with Fetcher(FetchLimits(), AddressPolicy.from_allow_list(["127.0.0.1"])) as fetcher:
        poller = Poller(feeds, articles, fetcher)
        poller.on_new_articles(collect)
        [outcome] = await poller.poll_once()
    assert outcome.ok and outcome.new == 3
    async with engine.connect() as conn:
        rows = {r.title: r for r in (await conn.execute(select(ArticleRow))).all()}
    fetched = rows["협의체 출범"]
    assert fetched.body_status == "ok"
    assert "참여 명단에서 빠진 것으로 확인됐다" in fetched.body and "무단 전재" not in fetched.body
    assert fetched.summary == "리드 문장만 있다."
    assert rows["비공개 기사"].body_status == "disallowed" and rows["비공개 기사"].body is None
    assert rows["메타데이터 주소"].body_status == "failed" and "blocked_address" in rows["메타데이터 주소"].body_error
    assert rows["메타데이터 주소"].summary == "리드 유지."
    assert feed_server.hits("/private/2") == []
    [batch] = batches
    bodies = {a.title: a.body for a in batch.articles}
    assert bodies["협의체 출범"] and "연말께" in bodies["협의체 출범"]


async def test_an_unreachable_site_is_said_to_be_unreachable_and_not_remembered_as_robots(feed_server: FeedServer) -> None:
    """A refused connection used to be answered 'robots.txt disallows this page', cached for an hour."""
    from feeds.body import BodyFetcher

    policy = AddressPolicy.from_allow_list(["127.0.0.1"])
    async with Fetcher(FetchLimits(connect_timeout_s=2, total_timeout_s=5), policy) as fetcher:
        bodies = BodyFetcher(fetcher, plain_fallback=True)
        closed = "http://127.0.0.1:9/page"  # the discard port: nothing listens, the connection is refused
        first = await bodies.fetch(closed)
        assert first.status == "failed" and "robots" not in (first.error or "")
        assert "connection" in (first.error or "").lower() or "연결" in (first.error or "")
        # A server error on robots.txt is said as such, and asked again next time rather than kept.
        feed_server.routes["/robots.txt"] = Reply(b"busy", status=503)
        feed_server.routes["/a"] = Reply(article_page("기사").encode(), content_type="text/html")
        refused = await bodies.fetch(feed_server.url("/a"))
        assert refused.status == "disallowed" and "503" in (refused.error or "")
        feed_server.routes["/robots.txt"] = Reply(b"User-agent: *\nAllow: /\n", content_type="text/plain")
        assert (await bodies.fetch(feed_server.url("/a"))).status == "ok"
