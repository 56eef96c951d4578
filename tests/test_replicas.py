"""Three `sokbo run` replicas on one PostgreSQL keep the promises while being killed.

Hundreds of local feeds publish new items as time passes; a random replica is killed with
-9 every few seconds and started again, for a minute. Then: every feed was polled about once
per interval (never twice within one, none starved while the others are polled), every
expected alert reached every subscribed channel exactly once and in the channel's order,
nothing waits in the outbox, and no article was stored or matched twice. The figures the
test checks are printed (pytest -s shows them).

Real processes, the real PostgreSQL on 127.0.0.1, real slack_sdk and discord.py clients
posting to the local chat server. Skipped, with the reason, where PostgreSQL is absent.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from aiohttp import web
from sqlalchemy import text

from bot.alerting.subscriptions import SubscriptionStore
from bot.model import Channel
from sokbo.db import make_engine
from tests.chatserver import ChatServer
from tests.feedkit import Item, rss
from tests.feedserver import FeedServer

FEEDS = 200
INTERVAL = 5.0  # seconds, every feed
JITTER = 0.1
POLL_TIMEOUT = 3.0  # the feed lease is twice this (feeds.poller.Poller.lease)
CHURN = 60.0  # seconds of killing
SLACK_CHANNELS = ("CREP1", "CREP2", "CREP3")
DISCORD_CHANNEL = "1200000000000000077"
KEYWORD = "속보키워드"
RULES = f"""
rules:
  - id: breaking
    title: 속보
    when: {{keyword: {KEYWORD}}}
"""


class ChangingFeeds:
    """Feed i gains an item every few seconds until frozen; every hit is timed."""

    def __init__(self) -> None:
        self.t0: float | None = None  # until set, every feed shows its first item only
        self.frozen_at: float | None = None
        self.hits: dict[int, list[float]] = defaultdict(list)
        self.lock = threading.Lock()

    def items_of(self, feed: int, at: float) -> int:
        if self.t0 is None:
            return 1
        period = 6.0 + feed % 5  # 6 to 10 s: feeds change at different paces
        return 1 + int((at - self.t0) / period)

    @staticmethod
    def urgent(feed: int, number: int) -> bool:
        """About one item in 48 is news the rule alerts on (about 30 a channel in a minute's churn):
        Slack takes one post per second per channel, so at one in 24 the alerts came as fast as a
        channel may take them, a backlog built up at every kill, and draining it took 20 s of the
        suite's wall time while proving nothing more."""
        return feed % 6 == 0 and (feed // 6 + number) % 8 == 0

    def item(self, feed: int, number: int) -> Item:
        urgent = self.urgent(feed, number)
        published = datetime.fromtimestamp(1_780_000_000 + feed * 1000 + number * 7, UTC)
        title = f"{feed}번 매체 {number}번째 {'속보키워드 ' if urgent else ''}소식"
        return Item(title, link=self.link(feed, number), description=f"{title}의 본문입니다.",
                    pub_date=format_datetime(published))

    @staticmethod
    def link(feed: int, number: int) -> str:
        return f"https://news.example.kr/{feed}/{number}"

    def expected(self) -> set[str]:
        """Links of the alert-worthy items published after the first polls (which store what a
        feed already had without alerting) and by the time the feeds froze."""
        assert self.frozen_at is not None
        return {self.link(feed, n) for feed in range(FEEDS) for n in range(1, self.items_of(feed, self.frozen_at))
                if self.urgent(feed, n)}

    async def handle(self, request: web.Request) -> web.Response:
        feed = int(request.path.rsplit("/", 1)[1])
        with self.lock:  # a request is either before the freeze or sees it
            now = time.monotonic()
            self.hits[feed].append(now)
            count = self.items_of(feed, self.frozen_at if self.frozen_at is not None else now)
        items = [self.item(feed, n) for n in range(max(0, count - 15), count)]
        return web.Response(body=rss(items), content_type="application/rss+xml", charset="utf-8")


@pytest.mark.timeout(420)
def test_three_replicas_killed_at_random_keep_every_promise(tmp_path: Path, pg_template: str) -> None:
    database = _fresh_database(pg_template)
    feeds = ChangingFeeds()
    feed_server = FeedServer()
    for feed in range(FEEDS):
        feed_server.routes[f"/feed/{feed}"] = feeds.handle
    feed_server.start()
    chat = ChatServer().start()
    replicas: list[subprocess.Popen[bytes] | None] = [None, None, None]
    try:
        rules = tmp_path / "rules.yaml"
        rules.write_text(RULES, encoding="utf-8")
        config = tmp_path / "sokbo.yaml"
        config.write_text("\n".join([
            f"database_url: {database.url}", "default_catalog: false", f"rules: [{rules}]",
            "fetch: {allow_hosts: [127.0.0.1], total_timeout: 2s}",
            f"scheduler: {{tick: 0.2s, jitter: {JITTER}, poll_timeout: {POLL_TIMEOUT}s, parse_workers: 1}}",
            "delivery: {lease: 3s}",
            f"slack: {{mode: http, port: 0, api_url: '{chat.url('/slack/api/')}'}}",
            f"discord: {{api_url: '{chat.url('/discord/api/v10')}', commands: false}}",
            "feeds:",
            *[f'  - {{id: f{feed}, url: "{feed_server.url(f"/feed/{feed}")}", outlet: 테스트일보, interval: {INTERVAL}s}}'
              for feed in range(FEEDS)],
        ]) + "\n", encoding="utf-8")
        asyncio.run(_subscribe(database.url))

        logs = tmp_path / "logs"
        logs.mkdir()
        starts = Counter[int]()

        def launch(number: int) -> None:
            starts[number] += 1
            replicas[number] = _start(tmp_path, config, logs / f"replica{number}-{starts[number]}.log")

        began = time.monotonic()
        for number in range(3):
            launch(number)
        # Every feed's first poll stores what it had without alerting; the news starts after.
        _wait_for(lambda: asyncio.run(_polled_feeds(database.url)) == FEEDS, 120, "every feed's first poll")
        feeds.t0 = time.monotonic()
        first_polls = feeds.t0 - began
        with feeds.lock:
            feeds.hits.clear()
        rng = random.Random(20261203)
        kills = 0
        deadline = feeds.t0 + CHURN
        while time.monotonic() < deadline:
            time.sleep(rng.uniform(2.0, 5.0))
            victim = rng.randrange(3)
            process = replicas[victim]
            assert process is not None
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            kills += 1
            launch(victim)
        with feeds.lock:
            feeds.frozen_at = time.monotonic()
            churn_hits = {feed: list(times) for feed, times in feeds.hits.items()}
        expected = feeds.expected()
        channels = [*SLACK_CHANNELS, DISCORD_CHANNEL]

        def delivered() -> bool:
            return all(len(_links(chat, channel)) >= len(expected) for channel in channels)

        arrived = _wait_for(delivered, 150, "every expected alert to arrive", fail=False)
        drained = time.monotonic() - feeds.frozen_at
        time.sleep(3)  # room for a wrong repeat to show up
        for process in replicas:
            assert process is not None
            _stop(process)
        log = "".join(path.read_text(errors="replace") for path in sorted(logs.iterdir()))

        # Polling: about once per interval, none twice within one, none starved.
        lease = 2 * POLL_TIMEOUT
        gaps = [b - a for times in churn_hits.values() for a, b in zip(times, times[1:], strict=False)]
        shortest, longest = min(gaps), max(gaps)
        polled_all = len(churn_hits) == FEEDS
        per_feed = sorted(len(times) for times in churn_hits.values())
        # Alerts: each expected one once per channel, in the channel's outbox order.
        posted = {channel: _links(chat, channel) for channel in channels}
        state = asyncio.run(_database_state(database.url))
        print(f"\nreplicas: 3, killed {kills} times in {CHURN:.0f} s; feeds {FEEDS} every {INTERVAL:.0f} s "
              f"(±{JITTER:.0%}), lease {lease:.0f} s")
        print(f"polls per feed during the churn: min {per_feed[0]}, median {per_feed[len(per_feed) // 2]}, "
              f"max {per_feed[-1]}; gap between polls of a feed: shortest {shortest:.2f} s, longest {longest:.2f} s")
        print(f"alerts expected per channel: {len(expected)}; posted per channel: "
              + ", ".join(f"{c} {len(v)} ({len(v) - len(set(v))} repeats)" for c, v in posted.items()))
        print(f"outbox left waiting: {state['waiting']}; articles stored {state['articles']} "
              f"({state['article_repeats']} repeats); matches {state['matches']} "
              f"({state['match_repeats']} repeats)")

        print(f"outbox by status: {state['statuses']}")
        print(f"phases: start and first poll of every feed {first_polls:.1f} s, churn {CHURN:.0f} s, "
              f"last alerts arrived {drained:.1f} s after the news stopped")
        assert arrived, f"alerts missing after the churn; outbox by status {state['statuses']}"
        assert polled_all, log[-3000:]
        assert shortest >= INTERVAL * (1 - JITTER) - 0.5, "a feed was polled twice within its interval"
        # Never a starved feed. A lease lost with a killed replica costs a feed one lease (6 s) at
        # most, so the least-polled feed keeps at least half the polls of the median one. Stated
        # relative to the other feeds, not in seconds: a loaded machine slows every feed alike
        # (a 25.7 s gap against a fixed 21 s bound failed once in CI-like load), while a lease that
        # is never reclaimed leaves one feed far behind the rest.
        median = per_feed[len(per_feed) // 2]
        assert per_feed[0] >= max(2, median // 2), f"a feed was starved: {per_feed[0]} polls against a median of {median}"
        for channel, links in posted.items():
            assert sorted(links) == sorted(expected), (channel, set(links) ^ expected)
            assert links == state["order"][channel], f"{channel}: posted out of its outbox order"
        assert state["waiting"] == 0
        assert state["article_repeats"] == 0 and state["match_repeats"] == 0
        assert state["live_matches"] == len(expected)
    finally:
        for process in replicas:
            if process is not None and process.poll() is None:
                process.kill()
        chat.stop()
        feed_server.stop()
        database.drop()


class _Database:
    def __init__(self, admin: str, url: str, name: str) -> None:
        self.admin, self.url, self.name = admin, url, name

    def drop(self) -> None:
        from tests.conftest import _pg_admin

        asyncio.run(_pg_admin(self.admin, f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))


def _fresh_database(template: str) -> _Database:
    import uuid

    from sqlalchemy.engine import make_url

    from tests.conftest import PG_DEFAULT, PG_ENV, _pg_admin

    admin = os.environ.get(PG_ENV, PG_DEFAULT)
    name = f"sokbo_r_{uuid.uuid4().hex[:10]}"
    asyncio.run(_pg_admin(admin, f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"'))
    url = make_url(template).set(database=name).render_as_string(hide_password=False)
    return _Database(admin, url, name)


async def _subscribe(url: str) -> None:
    engine = make_engine(url)
    try:
        store = SubscriptionStore(engine)
        for channel in SLACK_CHANNELS:
            await store.subscribe(Channel("slack", channel), "breaking")
        await store.subscribe(Channel("discord", DISCORD_CHANNEL), "breaking")
    finally:
        await engine.dispose()


async def _polled_feeds(url: str) -> int:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(text("SELECT count(*) FROM feeds WHERE last_success_at IS NOT NULL")))
                       .scalar() or 0)
    finally:
        await engine.dispose()


async def _database_state(url: str) -> dict[str, object]:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            statuses = dict((await conn.execute(text(
                "SELECT status, count(*) FROM outbox GROUP BY status"))).all())
            waiting = (await conn.execute(text(
                "SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending', 'held')"))).scalar()
            articles = (await conn.execute(text("SELECT count(*), count(DISTINCT url) FROM articles"))).one()
            matches = (await conn.execute(text(
                "SELECT count(*), count(DISTINCT (rule_id, article_id)), count(*) FILTER (WHERE NOT backfill) "
                "FROM matches"))).one()
            rows = (await conn.execute(text(
                "SELECT o.platform, o.channel_id, a.url FROM outbox o JOIN articles a ON a.id = o.article_id "
                "WHERE o.kind = 'alert' ORDER BY o.id"))).all()
    finally:
        await engine.dispose()
    order: dict[str, list[str]] = defaultdict(list)
    for _, channel, link in rows:
        order[channel].append(link)
    return {"statuses": statuses, "waiting": waiting, "articles": articles[0], "article_repeats": articles[0] - articles[1],
            "matches": matches[0], "match_repeats": matches[0] - matches[1], "live_matches": matches[2],
            "order": order}


def _links(chat: ChatServer, channel: str) -> list[str]:
    """The article each message in the channel announces, in posting order."""
    found = []
    for posted in chat.in_channel(channel):
        payload = str(posted.payload)
        start = payload.find("https://news.example.kr/")
        if start >= 0:
            end = start + len("https://news.example.kr/")
            while end < len(payload) and (payload[end].isdigit() or payload[end] == "/"):
                end += 1
            found.append(payload[start:end].rstrip("/"))
    return found


def _start(tmp_path: Path, config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SOKBO_CONFIG": str(config), "PYTHONUNBUFFERED": "1", "SLACK_BOT_TOKEN": "xoxb-replica",
           "SLACK_SIGNING_SECRET": "replica-secret", "DISCORD_TOKEN": "replica.discord.token",
           "SOKBO_LOG_LEVEL": "INFO", "PYTHONFAULTHANDLER": "1"}
    return subprocess.Popen([sys.executable, "-m", "bot.app.cli", "run"], stdout=log.open("wb"),
                            stderr=subprocess.STDOUT, env=env, cwd=tmp_path)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)
        process.wait(10)


def _wait_for(condition: object, seconds: float, what: str, *, fail: bool = True) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    if fail:
        raise AssertionError(f"timed out waiting for {what}")
    return False
