"""A bot assembled from real parts on a test database, posting to a local chat server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.alerting.fanout import Fanout
from bot.alerting.pipeline import RulesPipeline
from bot.alerting.subscriptions import SubscriptionStore
from bot.commands.verbs import Commands
from bot.delivery.deliverer import Deliverer, DeliveryOptions, Transport
from bot.delivery.outbox import Outbox
from bot.model import Caller, Channel, OutboxItem
from bot.platforms.slack import SlackTransport, web_client
from feeds.body import BodyFetcher
from feeds.fetch import Fetcher, FetchLimits
from feeds.netguard import AddressPolicy
from feeds.poller import Poller
from feeds.records import Article
from feeds.store import ArticleStore, FeedStore
from rules.store import MatchStore
from sokbo.timeutil import utcnow
from tests.chatserver import ChatServer
from tests.rulekit import STORY_BODY, STORY_PUBLISHED, STORY_TITLE, write_rules

SLACK_CHANNEL = Channel("slack", "C0SOKBO")
ADMIN_CHANNEL = Channel("slack", "C0ADMIN")  # admin_channels: the operators' view of every channel


def article(n: int = 1, *, title: str = STORY_TITLE, body: str = STORY_BODY, outlet: str = "테스트뉴스",
            published: datetime | None = None, url: str | None = None) -> Article:
    return Article(id=f"a{n:04d}", feed_id="test", outlet=outlet, url=url or f"https://news.example.kr/{n}",
                   title=title, summary=body, published=(published or STORY_PUBLISHED).astimezone(),
                   published_estimated=False, fetched_at=utcnow())


@dataclass
class Bot:
    engine: AsyncEngine
    server: ChatServer
    articles: ArticleStore
    rules: RulesPipeline
    subscriptions: SubscriptionStore
    outbox: Outbox
    fanout: Fanout
    commands: Commands
    deliverer: Deliverer

    async def publish(self, *articles_: Article) -> None:
        """Articles arrive from a feed: stored, matched, fanned out (as in `sokbo run`)."""
        fresh = await self.articles.add(list(articles_))
        await self.rules.process(fresh)

    async def post_then_crash(self, transport: Transport, channel: Channel = SLACK_CHANNEL) -> OutboxItem:
        """The seed story's alert marked sending and posted by a process that died before
        recording it: the crash window exactly-once delivery exists for."""
        await self.command("subscribe kakao-absent", channel)
        await self.publish(article(1))
        [item] = await self.outbox.items_of(channel)
        await self.outbox.mark_sending(item)
        deliverable = await self.deliverer.render(item)
        assert deliverable is not None
        await transport.send(channel.channel_id, deliverable, item.key)
        return item

    def caller(self, channel: Channel = SLACK_CHANNEL, *, manage: bool = True) -> Caller:
        return Caller(channel, "U1", manage)

    async def command(self, text: str, channel: Channel = SLACK_CHANNEL, *, manage: bool = True) -> str:
        return (await self.commands.handle(self.caller(channel, manage=manage), text)).text


def make_deliverer(outbox: Outbox, articles: ArticleStore, transports: list[Transport], *,
                   lease: timedelta = timedelta(seconds=60)) -> Deliverer:
    """Fast back-off and polling, so retries show up within a test's patience."""
    return Deliverer(outbox, articles, transports, DeliveryOptions(backoff_base=0.05, idle=0.05, lease=lease),
                     admin_channels=[ADMIN_CHANNEL])


@asynccontextmanager
async def bot(engine: AsyncEngine, server: ChatServer, tmp_path: Path, *,
              allow_hosts: tuple[str, ...] = ("127.0.0.1",),
              chat_allow_hosts: tuple[str, ...] = ("127.0.0.1",)) -> AsyncIterator[Bot]:
    articles = ArticleStore(engine)
    rules = RulesPipeline([write_rules(tmp_path)], MatchStore(engine), articles)
    assert await rules.load()
    subscriptions = SubscriptionStore(engine)
    outbox = Outbox(engine)
    client = web_client("xoxb-test", server.url("/slack/api/"))
    async with Fetcher(FetchLimits(total_timeout_s=5), AddressPolicy.from_allow_list(allow_hosts),
                       AddressPolicy.from_allow_list(chat_allow_hosts)) as fetcher:
        # Slack's pace (1 s per channel) is its own test; elsewhere it would only make the suite wait.
        deliverer = make_deliverer(outbox, articles, [SlackTransport(client, min_interval=0.02)])
        fanout = Fanout(outbox, subscriptions, rules, on_created=deliverer.wake)
        rules.on_matches(fanout.publish_matches)
        feeds = FeedStore(engine)
        commands = Commands(subscriptions, outbox, rules, articles, feeds,
                            BodyFetcher(fetcher, plain_fallback=True), admin_channels=[ADMIN_CHANNEL],
                            feed_check=Poller(feeds, articles, fetcher).check)
        yield Bot(engine, server, articles, rules, subscriptions, outbox, fanout, commands, deliverer)
