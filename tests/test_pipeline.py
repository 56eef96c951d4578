"""The rules pipeline: live reload keeps the last good rules; matches stored once."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.alerting.pipeline import RulesPipeline
from bot.platforms.console import ConsoleSink
from feeds.catalog import FeedSpec
from feeds.fetch import Fetcher, FetchLimits
from feeds.netguard import AddressPolicy
from feeds.poller import Poller
from feeds.records import Article
from feeds.store import ArticleStore, FeedStore
from rules.store import MatchStore
from sokbo.timeutil import utcnow
from tests.feedkit import Item, rss
from tests.feedserver import FeedServer, Reply
from tests.rulekit import STORY_BODY, STORY_PUBLISHED, STORY_TITLE, WATCH, write_rules


def story_article(n: int = 1) -> Article:
    return Article(id=f"story{n}", feed_id="f", outlet="테스트", url=f"https://news.example.kr/story/{n}",
                   title=STORY_TITLE, summary=STORY_BODY, published=STORY_PUBLISHED.astimezone(),
                   published_estimated=False, fetched_at=utcnow())


async def test_an_invalid_edit_is_reported_and_the_last_good_rules_stay(engine: AsyncEngine, tmp_path: Path) -> None:
    path = write_rules(tmp_path)
    pipeline = RulesPipeline([path], MatchStore(engine), ArticleStore(engine))
    assert await pipeline.load()
    good = pipeline.engine
    assert not await pipeline.reload_if_changed()  # unchanged file: nothing to do

    path.write_text(WATCH.replace("title: 카카오 LLM 소식", "titel: 카카오 LLM 소식"), encoding="utf-8")
    assert not await pipeline.load()
    assert pipeline.engine is good
    assert pipeline.state.last_error is not None
    assert f"{path}:" in pipeline.state.last_error and "unknown key 'titel'" in pipeline.state.last_error

    path.write_text(WATCH.replace("카카오 LLM 소식", "카카오 LLM 동향"), encoding="utf-8")
    import os

    os.utime(path, ns=(1, 10**18))  # a distinct mtime even on coarse filesystems
    assert await pipeline.reload_if_changed()
    assert pipeline.engine is not good and pipeline.state.last_error is None
    assert pipeline.engine.ruleset.rule("kakao-llm").title == "카카오 LLM 동향"  # type: ignore[union-attr]


async def test_matches_are_stored_once_and_announced_once(engine: AsyncEngine, tmp_path: Path) -> None:
    articles = ArticleStore(engine)
    pipeline = RulesPipeline([write_rules(tmp_path)], MatchStore(engine), articles)
    await pipeline.load()
    out = io.StringIO()
    pipeline.on_matches(ConsoleSink(out).publish_matches)
    article = story_article()
    await articles.add([article])
    first = await pipeline.process([article])
    second = await pipeline.process([article])  # a replica or a retry sees it again
    assert {m.rule_id for m in first} >= {"kakao-absent", "model-launches"}
    assert second == []
    text = out.getvalue()
    assert text.count("[high] 카카오가 협의체·컨소시엄에서 빠짐 — 불참: 카카오 — 한빛AI얼라이언스") == 1
    assert "출시 예정: 카카오 KoGPT · 2025년 상반기 (이르면·전망)" in text
    assert "출시 예정: 네이버 · 2024년 9월 12일" in text


async def test_articles_stored_before_a_crash_are_matched_on_restart(engine: AsyncEngine, tmp_path: Path) -> None:
    articles = ArticleStore(engine)
    await articles.add([story_article(7)])  # stored, then the process died before matching
    pipeline = RulesPipeline([write_rules(tmp_path)], MatchStore(engine), articles)
    await pipeline.load()
    assert await pipeline.catch_up(timedelta(days=1)) == 1
    assert await pipeline.catch_up(timedelta(days=1)) == 0
    stored = await MatchStore(engine).recent()
    assert any(row["rule_id"] == "kakao-absent" and row["article_id"] == "story7" for row in stored)


async def test_a_first_polls_articles_stay_unalerted_when_a_restart_matches_them(engine: AsyncEngine,
                                                                               tmp_path: Path) -> None:
    """A feed's first poll is what it already had: matched, never alerted. A process killed
    between storing that batch and matching it must not alert it on restart (the three-replica
    kill test found two such alerts)."""
    articles = ArticleStore(engine)
    await articles.add([story_article(8)], backfill=True)  # first poll stored, then the process died
    await articles.add([story_article(9)])  # a later poll's article, also never matched
    pipeline = RulesPipeline([write_rules(tmp_path)], MatchStore(engine), articles)
    await pipeline.load()
    announced: list[str] = []

    async def sink(matches: object, found: dict[str, object]) -> None:
        announced.extend(found)

    pipeline.on_matches(sink)  # type: ignore[arg-type]
    assert await pipeline.catch_up(timedelta(days=1)) == 2
    assert announced == ["story9"]
    stored = await MatchStore(engine).recent()
    assert {row["article_id"] for row in stored} == {"story8", "story9"}


async def test_feed_to_alert_end_to_end(engine: AsyncEngine, tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.routes["/rss"] = Reply(rss([Item("다른 소식", link="https://n.example.kr/0")]))
    feeds, articles = FeedStore(engine), ArticleStore(engine)
    await feeds.sync_definitions([FeedSpec(id="news", url=feed_server.url("/rss"), outlet="테스트뉴스",
                                           interval=timedelta(minutes=10))], first_poll_spread=timedelta(0))
    pipeline = RulesPipeline([write_rules(tmp_path)], MatchStore(engine), articles)
    await pipeline.load()
    out = io.StringIO()
    pipeline.on_matches(ConsoleSink(out).publish_matches)
    async with Fetcher(FetchLimits(), AddressPolicy.from_allow_list(["127.0.0.1"])) as fetcher:
        poller = Poller(feeds, articles, fetcher)
        poller.on_new_articles(pipeline.on_new_articles)
        await poller.poll_once()  # first poll: a backfill, matched but not announced
        feed_server.routes["/rss"] = Reply(rss([
            Item(STORY_TITLE, link="https://n.example.kr/story", description=STORY_BODY.replace("\n", "<br/>"),
                 pub_date="Mon, 15 Jul 2024 10:00:00 +0900"),
            Item("다른 소식", link="https://n.example.kr/0"),
        ]))
        await poller.poll_once()
    text = out.getvalue()
    assert text.count("🔔 [high] 카카오가 협의체·컨소시엄에서 빠짐 — 불참: 카카오 — 한빛AI얼라이언스") == 1
    assert "2024-07-15 10:00 KST" in text


async def test_one_article_that_breaks_matching_never_stops_the_others(engine: AsyncEngine, tmp_path: Path,
                                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Start-up catch-up used to die on one article (an OverflowError, issue #9), and with
    Restart=on-failure that was a crash loop. A detector bug stands in for any such article."""
    import rules.engine

    real = rules.engine.detect_events

    def broken_on_story8(title: str, text: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "8호" in title:
            raise OverflowError("date value out of range")
        return real(title, text, *args, **kwargs)

    monkeypatch.setattr(rules.engine, "detect_events", broken_on_story8)
    articles = ArticleStore(engine)
    poisoned = story_article(8)
    poisoned = Article(**{**poisoned.__dict__, "title": poisoned.title + " 8호"})
    await articles.add([story_article(7), poisoned])
    pipeline = RulesPipeline([write_rules(tmp_path)], MatchStore(engine), articles)
    await pipeline.load()
    assert await pipeline.catch_up(timedelta(days=1)) == 2
    assert await pipeline.catch_up(timedelta(days=1)) == 0  # the broken one is not retried forever
    stored = await MatchStore(engine).recent()
    assert any(row["rule_id"] == "kakao-absent" and row["article_id"] == "story7" for row in stored)
