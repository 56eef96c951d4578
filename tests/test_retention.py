"""The store stays bounded: finished alerts and their matches go after `retention.alerts`,
article text after `retention.articles`, and nothing still to be sent loses what it needs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app.config import RetentionConfig
from bot.app.retention import prune
from bot.app.tables import FanoutRow, StoryRow
from bot.model import Channel
from rules.tables import MatchRow
from sokbo.timeutil import utcnow
from tests.botkit import SLACK_CHANNEL, Bot, article, bot
from tests.chatserver import ChatServer
from tests.feedserver import FeedServer, Reply
from tests.rulekit import STORY_BODY

LATER = timedelta(days=100)
KEEP = RetentionConfig(alerts=timedelta(days=90), articles=timedelta(days=90))


@pytest.fixture
async def sokbo(engine: AsyncEngine, chat: ChatServer, tmp_path: Path) -> AsyncIterator[Bot]:
    async with bot(engine, chat, tmp_path) as b:
        yield b


async def run_prune(sokbo: Bot, retention: RetentionConfig = KEEP, *, after: timedelta = LATER) -> tuple[int, ...]:
    pruned = await prune(retention, sokbo.outbox, sokbo.rules.matches, sokbo.articles, now=utcnow() + after)
    return pruned.alerts, pruned.matches, pruned.articles


async def count(sokbo: Bot, table: type) -> int:
    async with sokbo.engine.connect() as conn:
        return int(await conn.scalar(select(func.count()).select_from(table)) or 0)


async def test_finished_alerts_matches_and_story_links_go_after_the_retention(sokbo: Bot) -> None:
    await sokbo.command("subscribe kakao-absent")
    await sokbo.publish(article(1))
    await sokbo.deliverer.drain()
    assert await run_prune(sokbo, after=timedelta(days=30)) == (0, 0, 0)  # within retention: all kept

    matches = await count(sokbo, MatchRow)  # the seed story fires several rules, one of them here

    assert await run_prune(sokbo) == (1, matches, 1)
    assert await sokbo.outbox.items_of(SLACK_CHANNEL) == []
    assert await count(sokbo, FanoutRow) == 0 and await count(sokbo, StoryRow) == 0
    assert await run_prune(sokbo) == (0, 0, 0)  # a second run (or another replica) finds nothing


async def test_an_alert_still_waiting_keeps_its_matches_and_article_whatever_their_age(sokbo: Bot) -> None:
    waiting = Channel("slack", "CWAITING")
    await sokbo.command("subscribe kakao-absent", waiting)
    await sokbo.publish(article(1))  # not delivered: the deliverer never runs
    assert await run_prune(sokbo) == (0, 0, 0)
    await sokbo.deliverer.drain()
    [posted] = sokbo.server.in_channel(waiting.channel_id)
    assert "불참: 카카오 — 한빛AI얼라이언스" in str(posted.payload["blocks"])


async def test_compacted_articles_leave_search_but_are_not_new_again_when_a_feed_still_serves_them(
        sokbo: Bot) -> None:
    await sokbo.command("watch 카카오")
    old = article(1, title="카카오 새 클라우드 요금제", body="카카오가 새 요금제를 내놓았다.")
    await sokbo.publish(old)
    await sokbo.deliverer.drain()
    assert [a.id for a in await sokbo.articles.search("클라우드 요금제")] == [old.id]

    assert (await run_prune(sokbo))[2] == 1
    assert await sokbo.articles.search("클라우드 요금제") == [] and await sokbo.articles.search("금") == []
    [kept] = await sokbo.articles.get_many([old.id])
    assert kept.title == old.title and kept.summary == ""
    assert await sokbo.articles.add([old]) == []  # the feed serves it again: not news, no second alert
    assert await run_prune(sokbo) == (0, 0, 0)


async def test_without_an_article_retention_article_text_is_kept_for_good(sokbo: Bot) -> None:
    await sokbo.publish(article(1, title="카카오 새 클라우드 요금제", body="카카오가 새 요금제를 내놓았다."))
    assert (await run_prune(sokbo, RetentionConfig(), after=timedelta(days=3650)))[2] == 0
    assert len(await sokbo.articles.search("클라우드 요금제")) == 1


async def test_testing_a_compacted_article_reads_its_page_again(sokbo: Bot, feed_server: FeedServer) -> None:
    page = "<html><body><article>" + "".join(f"<p>{line}</p>" for line in STORY_BODY.splitlines()) + \
           "</article></body></html>"
    feed_server.routes["/news/1"] = Reply(page.encode("utf-8"), content_type="text/html; charset=utf-8")
    await sokbo.publish(article(1, url=feed_server.url("/news/1")))
    await run_prune(sokbo)
    reply = await sokbo.command(f"test {feed_server.url('/news/1')}")
    assert "저장된 기사입니다" in reply and "🔔 kakao-absent" in reply and "불참: 카카오" in reply
    assert feed_server.hits("/news/1")
