"""Benchmark: one full poll cycle over 1,000 feeds against a local feed farm.

The farm (a separate process, so its CPU is not ours) serves 1,000 feeds spread over 50
loopback hosts (127.0.0.1 … 127.0.0.50, 20 feeds each, as real catalogs span outlets).
After a priming cycle, 10% of the feeds gain 30 new items; the other 90% answer 304 to
a conditional GET. We measure one sokbo cycle (concurrent, conditional, parsing off the
loop, storing to SQLite) and, in the same run, the naive cycle the issue names:
sequential fetches, no conditional GET, stock feedparser on every document, an
insert-if-absent per entry.

Prints wall time, CPU time and peak RSS for sokbo's cycle, the naive wall time, and the
ratio. Targets (issue #2): under 10 s wall on 2 cores, >= 10x naive, peak RSS < 250 MB.

Then the parse path alone (issue #11), on documents of the farm's shape parsed in this
process one after another: sokbo's parse_document as it runs (the strict fast path of
feeds.fastparse, feedparser for what it declines) and as it ran before (feedparser for
every document), stock feedparser.parse on the same bytes, and a bare ElementTree pass
(the floor), in CPU seconds, with how many documents took the fast path. All four run in
the same process and the same run, so a busy machine slows them alike.

    python bench/poll_cycle.py [--feeds 1000] [--changed 0.1] [--items 30]
                               [--parse-docs 200] [--parse-items 50] [--parse-only]

`--parse-only --parse-docs 1000` is the issue's figure (1,000 documents of 50 items);
`--feeds 5000` runs the cycle over 5,000 feeds (100 a host) instead of 1,000.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HOSTS = 50
PORT = 18765


def _item(feed: int, n: int) -> str:
    text = ("국내 주요 IT 기업들이 초거대 인공지능 경쟁에 뛰어들면서 협의체 참여와 모델 출시 일정이 "
            "업계의 관심사로 떠올랐다. 업계 관계자는 하반기 공개를 목표로 준비 중이라고 밝혔다. ") * 3
    return (f"<item><title>피드 {feed} 기사 {n}: 네이버·카카오 AI 경쟁 본격화</title>"
            f"<link>https://news{feed % HOSTS}.example.kr/article/{feed}/{n}?utm_source=rss</link>"
            f"<guid>https://news{feed % HOSTS}.example.kr/article/{feed}/{n}</guid>"
            f"<description><![CDATA[<p>{text}</p>]]></description>"
            f"<pubDate>Fri, 30 Jun 2023 {n % 24:02d}:{n % 60:02d}:00 +0900</pubDate></item>")


def _document(feed: int, first: int, count: int) -> bytes:
    items = "".join(_item(feed, n) for n in range(first + count - 1, first - 1, -1))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>피드 {feed}</title>'
            f"<link>https://example.kr/</link><description>bench</description>{items}</channel></rss>").encode()


def serve(feeds: int, items: int, ready: Any) -> None:
    """The feed farm: /feed/N with an ETag per version; POST /bump/N adds `items` new items."""
    from aiohttp import web

    versions = [0] * feeds
    cache: dict[tuple[int, int], bytes] = {}

    def body(feed: int) -> bytes:
        key = (feed, versions[feed])
        if key not in cache:
            # Version v lists the newest 2*items (v0: the first items only), so each bump adds `items` new.
            newest = (versions[feed] + 1) * items
            first = max(0, newest - 2 * items)
            cache[key] = _document(feed, first, newest - first)
        return cache[key]

    async def feed(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        etag = f'"v{versions[n]}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body(n), headers={"ETag": etag, "Content-Type": "application/rss+xml; charset=utf-8"})

    async def bump(request: web.Request) -> web.Response:
        versions[int(request.match_info["n"])] += 1
        return web.Response(text="ok")

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}", feed)
        app.router.add_post("/bump/{n}", bump)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        for host in range(1, HOSTS + 1):
            await web.TCPSite(runner, f"127.0.0.{host}", PORT, backlog=1024).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def feed_url(feed: int) -> str:
    return f"http://127.0.0.{feed % HOSTS + 1}:{PORT}/feed/{feed}"


async def sokbo_cycle(db_url: str, feeds: int, changed: list[int], parse_workers: int) -> dict[str, float]:
    import aiohttp

    from bot.app.database import migrate
    from bot.app.wiring import parse_executor
    from feeds.catalog import FeedSpec
    from feeds.fetch import Fetcher, FetchLimits
    from feeds.netguard import AddressPolicy
    from feeds.poller import Poller
    from feeds.store import ArticleStore, FeedStore
    from sokbo.db import make_engine

    engine = make_engine(db_url)
    await migrate(engine)
    store = FeedStore(engine)
    await store.sync_definitions([FeedSpec(id=f"f{n}", url=feed_url(n), outlet="bench",
                                           interval=timedelta(minutes=10)) for n in range(feeds)])
    executor = parse_executor(parse_workers)
    async with Fetcher(FetchLimits(), AddressPolicy.from_allow_list(["127.0.0.0/8"])) as fetcher:
        poller = Poller(store, ArticleStore(engine), fetcher, parse_executor=executor)
        prime = time.perf_counter()
        first = await poller.poll_once()
        prime_s = time.perf_counter() - prime
        assert all(o.ok for o in first), [o.failure for o in first if not o.ok][:3]
        async with aiohttp.ClientSession() as session:
            for n in changed:
                async with session.post(f"http://127.0.0.1:{PORT}/bump/{n}") as response:
                    await response.read()
        workers = executor.worker_pids() if hasattr(executor, "worker_pids") else []
        for pid in ["self", *workers]:
            _reset_peak_rss(pid)  # measure the cycle's peak, not the priming cycle's
        cpu0, wall0 = time.process_time(), time.perf_counter()
        worker_cpu0 = sum(_cpu_seconds(pid) for pid in workers)
        outcomes = await poller.poll_once()
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        worker_cpu = sum(_cpu_seconds(pid) for pid in workers) - worker_cpu0
        peak = _peak_rss_mb("self")
        worker_peak = sum(_peak_rss_mb(pid) for pid in workers)
    if executor is not None:
        executor.shutdown(wait=True)
    await engine.dispose()
    return {
        "wall": wall, "cpu": cpu, "prime": prime_s,
        "new": sum(o.new for o in outcomes),
        "not_modified": sum(o.not_modified for o in outcomes),
        "failed": sum(not o.ok for o in outcomes),
        "peak_rss_mb": peak, "worker_rss_mb": worker_peak, "worker_cpu": worker_cpu,
    }


def _reset_peak_rss(pid: object) -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # Linux: resets VmHWM to the current RSS


def _peak_rss_mb(pid: object) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cpu_seconds(pid: object) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def naive_cycle(db_url: str, feeds: int) -> dict[str, float]:
    """The cycle as straightforward code writes it: one feed after another, no validators,
    stock feedparser on every document, and an insert-if-absent per entry."""
    import aiohttp
    import feedparser
    import feedparser.api
    from sqlalchemy import select

    from feeds.normalize import article_id, canonical_url
    from feeds.records import Article
    from feeds.store import _row_values
    from feeds.tables import ArticleRow
    from sokbo.db import insert_for, make_engine
    from sokbo.timeutil import utcnow

    saved = list(feedparser.api.PREFERRED_XML_PARSERS)
    feedparser.api.PREFERRED_XML_PARSERS[:] = ["drv_libxml2"]  # the library's default; sokbo clears it
    engine = make_engine(db_url)
    new = 0
    wall0 = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        for n in range(feeds):
            async with session.get(feed_url(n)) as response:
                data = await response.read()
            parsed = feedparser.parse(data)
            async with engine.begin() as conn:
                for entry in parsed.entries:
                    url = canonical_url(entry.get("link"))
                    key = article_id(f"f{n}", entry.get("id"), url)
                    if await conn.scalar(select(ArticleRow.id).where(ArticleRow.id == key)) is None:
                        now = utcnow()
                        row = _row_values(Article(key, f"f{n}", "bench", url, entry.get("title", ""),
                                                  entry.get("summary", ""), now, False, now))
                        await conn.execute(insert_for(engine.dialect.name, ArticleRow).values(**row)
                                           .on_conflict_do_nothing())
                        new += 1
    wall = time.perf_counter() - wall0
    await engine.dispose()
    feedparser.api.PREFERRED_XML_PARSERS[:] = saved
    return {"wall": wall, "new": new}


def parse_only(docs: int, items: int) -> dict[str, float]:
    """CPU seconds to parse `docs` farm documents of `items` items each, four ways."""
    import xml.etree.ElementTree as ET
    from datetime import UTC, datetime

    import feedparser
    import feedparser.api

    from feeds import fastparse
    from feeds.parse import parse_document

    documents = [_document(n, 0, items) for n in range(docs)]
    headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
    fetched_at = datetime.now(UTC)
    real_read = fastparse.read
    on_fast_path = 0

    def counted(payload: bytes, *, content_type: str, base_url: str) -> Any:
        nonlocal on_fast_path
        result = real_read(payload, content_type=content_type, base_url=base_url)
        on_fast_path += result is not None
        return result

    def sokbo() -> None:
        for n, data in enumerate(documents):
            parse_document(data, headers, feed_id=f"f{n}", outlet="bench", base_url=feed_url(n), fetched_at=fetched_at)

    def stock() -> None:
        saved = list(feedparser.api.PREFERRED_XML_PARSERS)
        feedparser.api.PREFERRED_XML_PARSERS[:] = ["drv_libxml2"]  # the library's default; sokbo clears it
        try:
            for data in documents:
                feedparser.parse(data)
        finally:
            feedparser.api.PREFERRED_XML_PARSERS[:] = saved

    def floor() -> None:
        for data in documents:
            ET.fromstring(data)

    def cpu(run: Callable[[], None]) -> float:
        start = time.process_time()
        run()
        return time.process_time() - start

    figures = {"floor": cpu(floor)}
    fastparse.read = counted
    try:
        figures["now"] = cpu(sokbo)
        fastparse.read = lambda *args, **kwargs: None  # declines everything: the path as it was
        figures["before"] = cpu(sokbo)
    finally:
        fastparse.read = real_read
    figures["stock"] = cpu(stock)
    figures["fast_path"] = on_fast_path
    figures["kb"] = sum(len(data) for data in documents) / len(documents) / 1024
    return figures


def report_parse_only(docs: int, items: int) -> None:
    figures = parse_only(docs, items)

    def line(label: str, seconds: float) -> str:
        return f"  {label:<47} {seconds:7.2f} s  ({seconds / docs * 1000:6.2f} ms a document)"

    print(f"parse only: {docs} documents of {items} items ({figures['kb']:.0f} KB each), one after another in one "
          "process, CPU seconds")
    print(line("sokbo now (fast path, feedparser if declined):", figures["now"])
          + f"  {figures['fast_path']:.0f}/{docs} on the fast path")
    print(line("sokbo before (feedparser for every document):", figures["before"]))
    print(line("stock feedparser.parse:", figures["stock"]))
    print(line("bare ElementTree pass (the floor):", figures["floor"]))
    print(f"  speed-up: {figures['before'] / figures['now']:.1f}x over sokbo before, "
          f"{figures['stock'] / figures['now']:.1f}x over stock feedparser")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--changed", type=float, default=0.1)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--parse-workers", type=int, default=1, help="0: parse in a thread (default: 1 process)")
    parser.add_argument("--parse-docs", type=int, default=200, help="documents for the parse-only figure (0: none)")
    parser.add_argument("--parse-items", type=int, default=50, help="items in each of those documents")
    parser.add_argument("--parse-only", action="store_true", help="only the parse-only figure, no poll cycles")
    args = parser.parse_args()
    if not args.parse_only:
        poll_cycles(args)
    if args.parse_docs > 0:
        report_parse_only(args.parse_docs, args.parse_items)


def poll_cycles(args: argparse.Namespace) -> None:
    ready = multiprocessing.Event()
    farm = multiprocessing.Process(target=serve, args=(args.feeds, args.items, ready), daemon=True)
    farm.start()
    if not ready.wait(30):
        raise SystemExit("feed farm did not start")
    changed = list(range(0, args.feeds, round(1 / args.changed)))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            ours = asyncio.run(sokbo_cycle(db_url, args.feeds, changed, args.parse_workers))
            naive = asyncio.run(naive_cycle(db_url, args.feeds))
    finally:
        farm.terminate()
    print(f"poll cycle: {args.feeds} feeds on {HOSTS} loopback hosts, {len(changed)} changed "
          f"(+{args.items} items each), the rest 304; SQLite store; {os.cpu_count()} cores")
    print(f"  priming cycle (every feed new; not the measured figure): {ours['prime']:.2f} s")
    print(f"  sokbo cycle:  wall {ours['wall']:.2f} s  cpu {ours['cpu']:.2f} s + {ours['worker_cpu']:.2f} s in "
          f"{args.parse_workers} parse worker(s)  peak RSS {ours['peak_rss_mb']:.0f} MB + {ours['worker_rss_mb']:.0f} MB "
          f"= {ours['peak_rss_mb'] + ours['worker_rss_mb']:.0f} MB")
    print(f"                ({ours['not_modified']:.0f} not modified, {ours['new']:.0f} new articles, "
          f"{ours['failed']:.0f} failed)")
    print(f"  naive cycle:  wall {naive['wall']:.2f} s  (sequential, no conditional GET, stock feedparser on "
          f"every document, insert-if-absent per entry; {naive['new']:.0f} new)")
    print(f"  speed-up: {naive['wall'] / ours['wall']:.1f}x   targets: < 10 s wall, >= 10x naive, < 250 MB")


if __name__ == "__main__":
    main()
