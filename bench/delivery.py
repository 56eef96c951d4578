"""Benchmark: delivery throughput against Slack's pace, and feed-to-chat latency.

Part 1 — 1,000 alerts for 50 channels (20 each) wait in the outbox; a local Slack-like
server enforces one message per second per channel (429 + Retry-After when exceeded)
and answers a few extra 429s. We measure the time until every alert is posted and
compare it with the rate-limit floor, (alerts per channel - 1) seconds: no sender can
beat it. Also checked: every alert exactly once, each channel in order.

Part 2 — latency: sokbo polls a local feed every `--interval` seconds; one new item per
channel appears at T0; we record when each alert is posted. Target (issue #4): p95 under
interval + 2 s.

    python bench/delivery.py [--channels 50] [--per-channel 20] [--interval 5] [--database URL]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.alerting.fanout import Fanout  # noqa: E402
from bot.alerting.subscriptions import Channel  # noqa: E402
from bot.app.config import load_config  # noqa: E402
from bot.app.wiring import services  # noqa: E402
from bot.delivery.deliverer import Deliverer, DeliveryOptions  # noqa: E402
from bot.platforms.slack import SlackTransport, web_client  # noqa: E402
from feeds.records import Article  # noqa: E402
from feeds.scheduler import FeedScheduler  # noqa: E402
from sokbo.timeutil import utcnow  # noqa: E402
from tests.chatserver import ChatServer, Failure  # noqa: E402
from tests.feedkit import Item, rss  # noqa: E402
from tests.feedserver import FeedServer, Reply  # noqa: E402

WORDS = ["반도체", "클라우드", "요금제", "실적", "출시", "투자", "인수", "협약", "채용", "보안", "결제", "자율주행",
         "로봇", "배터리", "게임", "검색", "광고", "위성", "통신", "데이터센터", "특허", "소송", "상장", "인증"]


def code(n: int) -> str:
    return f"코드{chr(0xAC00 + n * 37)}{chr(0xAC00 + n * 53 + 11)}"  # distinct, none a substring of another


def rules_yaml(channels: int) -> str:
    lines = ["rules:"]
    for n in range(channels):
        lines += [f"  - id: ch-{n:02d}", f"    title: 채널 {n} 규칙", f"    when: {{keyword: {code(n)}}}"]
    return "\n".join(lines) + "\n"


def title(rng: random.Random, channel: int, n: int) -> str:
    return f"{code(channel)} {' '.join(rng.sample(WORDS, 4))} {n}"


def write_config(tmp: Path, database: str, feed_url: str, interval: float, channels: int) -> Path:
    (tmp / "rules.yaml").write_text(rules_yaml(channels), encoding="utf-8")
    path = tmp / "sokbo.yaml"
    path.write_text("\n".join([
        f"database_url: {database}", "default_catalog: false", f"rules: [{tmp / 'rules.yaml'}]",
        "fetch: {allow_hosts: [127.0.0.1]}", "scheduler: {tick: 0.2s, jitter: 0}",
        "feeds:", f'  - {{id: bench, url: "{feed_url}", outlet: 벤치, interval: {interval}s}}',
    ]) + "\n", encoding="utf-8")
    return path


async def throughput(args: argparse.Namespace, config_path: Path, chat: ChatServer) -> None:
    rng = random.Random(7)
    config = load_config(str(config_path))
    async with services(config, sync_feeds=False) as svc:
        assert await svc.rules.load()
        channels = [Channel("slack", f"C{n:03d}") for n in range(args.channels)]
        for n, channel in enumerate(channels):
            await svc.subscriptions.subscribe(channel, f"ch-{n:02d}")
        fanout = Fanout(svc.outbox, svc.subscriptions, svc.rules)
        svc.rules.on_matches(fanout.publish_matches)
        now = utcnow()
        batch = [Article(id=f"b{k:05d}", feed_id="bench", outlet="벤치", url=f"https://b.example/{k}",
                         title=title(rng, k % args.channels, k), summary="벤치마크 본문입니다.",
                         published=now, published_estimated=False, fetched_at=now)
                 for k in range(args.channels * args.per_channel)]
        for start in range(0, len(batch), 200):
            await svc.rules.process(await svc.articles.add(batch[start:start + 200]))
        queued = (await svc.outbox.stats()).by_status.get("pending", 0)
        for channel in rng.sample(channels, max(1, args.channels // 5)):  # some extra 429s
            chat.fail(channel.channel_id, Failure(status=429, error="ratelimited", retry_after=1))
        transport = SlackTransport(web_client("xoxb-bench", chat.url("/slack/api/")))
        deliverer = Deliverer(svc.outbox, svc.articles, [transport],
                              DeliveryOptions(max_channels=args.channels, idle=0.05))
        started = time.perf_counter()
        await deliverer.drain(within=600)
        elapsed = time.perf_counter() - started

    floor = (args.per_channel - 1) * 1.0
    keys = [p.payload["metadata"]["event_payload"]["key"] for p in chat.posted]  # type: ignore[index]
    in_order = all([int(str(p.payload["text"]).rsplit(" ", 1)[1]) for p in chat.in_channel(c.channel_id)]
                   == sorted(int(str(p.payload["text"]).rsplit(" ", 1)[1]) for p in chat.in_channel(c.channel_id))
                   for c in channels)
    rejected = sum(1 for path, _ in chat.calls if path.endswith("chat.postMessage")) - len(chat.posted)
    print(f"throughput: {queued} alerts queued for {args.channels} channels; {len(chat.posted)} posted "
          f"({len(set(keys))} distinct) in {elapsed:.1f} s; rejected with 429: {rejected}")
    print(f"  baseline (rate-limit floor, 1 msg/s/channel): {floor:.1f} s -> ratio {elapsed / floor:.2f}x the floor")
    print(f"  every alert once: {len(keys) == len(set(keys)) == queued}; every channel in order: {in_order}")


async def latency(args: argparse.Namespace, config_path: Path, feeds: FeedServer, chat: ChatServer) -> None:
    rng = random.Random(11)
    chat.posted.clear()
    config = load_config(str(config_path))
    async with services(config) as svc:
        assert await svc.rules.load()
        deliverer = Deliverer(svc.outbox, svc.articles,
                              [SlackTransport(web_client("xoxb-bench", chat.url("/slack/api/")))],
                              DeliveryOptions(max_channels=args.channels, idle=0.2))
        fanout = Fanout(svc.outbox, svc.subscriptions, svc.rules, on_created=deliverer.wake)
        svc.rules.on_matches(fanout.publish_matches)
        svc.poller.on_new_articles(svc.rules.on_new_articles)
        scheduler = FeedScheduler(svc.poller, tick=timedelta(seconds=0.2))
        runner = asyncio.create_task(deliverer.run())
        await scheduler.start()
        await asyncio.sleep(args.interval * 1.5)  # the first poll (backfill, not alerted) is behind us
        items = [Item(title(rng, n, 9000 + n), link=f"https://lat.example/{n}", description="지연 측정",
                      pub_date=None) for n in range(args.channels)]
        feeds.routes["/feed"] = Reply(rss(items))
        t0 = time.time()
        deadline = time.monotonic() + args.interval * 4 + 30
        while len(chat.posted) < args.channels and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await scheduler.stop()
        await deliverer.stop()  # before the store closes: a cancelled runner's clean-up outlived the run by 100 s
        await runner
    delays = sorted(p.at - t0 for p in chat.posted)
    if len(delays) < args.channels:
        print(f"latency: only {len(delays)} of {args.channels} alerts arrived")
        return
    p50 = statistics.median(delays)
    p95 = delays[max(0, int(round(0.95 * len(delays))) - 1)]
    print(f"latency (feed item -> alert posted, {len(delays)} alerts, poll interval {args.interval:g} s): "
          f"p50 {p50:.2f} s, p95 {p95:.2f} s, max {delays[-1]:.2f} s")
    print(f"  target p95 < interval + 2 s = {args.interval + 2:.1f} s: {'met' if p95 < args.interval + 2 else 'MISSED'}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--channels", type=int, default=50)
    parser.add_argument("--per-channel", type=int, default=20)
    parser.add_argument("--interval", type=float, default=5.0)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        chat = ChatServer(slack_min_interval=1.0).start()
        feeds = FeedServer().start()
        feeds.routes["/feed"] = Reply(rss([Item("시작", link="https://lat.example/start")]))
        try:
            database = args.database or f"sqlite:///{Path(tmp) / 'bench.db'}"
            config = write_config(Path(tmp), database, feeds.url("/feed"), args.interval, args.channels)
            await throughput(args, config, chat)
            await latency(args, config, feeds, chat)
        finally:
            chat.stop()
            feeds.stop()


if __name__ == "__main__":
    asyncio.run(main())
