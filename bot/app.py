"""Wire the rooms together: store, fetcher, poller, scheduler, sinks.

The one place that knows every room; each room stays ignorant of the ones after it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import signal
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import TextIO

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import LoadedConfig
from bot.console import ConsoleSink
from bot.database import open_store
from bot.pipeline import RulesPipeline
from bot.texts import t
from feeds.fetch import Fetcher
from feeds.poller import Poller
from feeds.scheduler import FeedScheduler
from feeds.store import ArticleStore, FeedStore
from rules.store import MatchStore

log = logging.getLogger(__name__)


@dataclass
class Services:
    engine: AsyncEngine
    feeds: FeedStore
    articles: ArticleStore
    fetcher: Fetcher
    poller: Poller
    rules: RulesPipeline


def parse_executor(workers: int) -> ProcessPoolExecutor | None:
    """Processes for feed parsing: feedparser is pure Python and a thread would still
    share the event loop's core (and its GIL). None parses in the default thread pool.

    Spawned, not forked: the parent runs threads (aiosqlite, the resolver) that a fork
    would copy mid-flight.
    """
    if workers <= 0:
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def safe_database_label(url: str) -> str:
    """The database URL without its password, fit for logs and status output."""
    return make_url(url).render_as_string(hide_password=True)


@contextlib.asynccontextmanager
async def services(config: LoadedConfig, *, sync_feeds: bool = True) -> AsyncIterator[Services]:
    settings = config.settings
    engine = await open_store(settings.database_url)
    executor = parse_executor(settings.scheduler.parse_workers)
    try:
        feed_store = FeedStore(engine)
        if sync_feeds:
            await feed_store.sync_definitions(config.feeds)
        async with Fetcher(settings.fetch.limits(), settings.fetch.address_policy()) as fetcher:
            poller = Poller(feed_store, ArticleStore(engine), fetcher, policy=settings.scheduler.policy(),
                            options=settings.poller_options(), parse_executor=executor)
            pipeline = RulesPipeline(config.rule_files, MatchStore(engine), poller.articles)
            yield Services(engine, feed_store, poller.articles, fetcher, poller, pipeline)
    finally:
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        await engine.dispose()


async def run(config: LoadedConfig, *, duration: timedelta | None = None, out: TextIO | None = None) -> None:
    """`sokbo run`: poll on schedule and publish until SIGINT/SIGTERM (or `duration`)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with services(config) as svc:
        console = ConsoleSink(out)
        if not await svc.rules.load():
            print(t("rules.none_loaded"), file=out, flush=True)
        svc.rules.on_matches(console.publish_matches)
        svc.poller.on_new_articles(svc.rules.on_new_articles)
        svc.poller.on_new_articles(console.publish)
        scheduler = FeedScheduler(svc.poller, tick=config.settings.scheduler.tick,
                                  max_concurrent=config.settings.scheduler.max_concurrent)
        print(t("run.started", feeds=len(config.feeds), db=safe_database_label(config.settings.database_url)),
              file=out, flush=True)
        await svc.rules.catch_up()
        watcher = asyncio.create_task(svc.rules.watch(config.settings.rules_reload), name="rules-watch")
        await scheduler.start()
        try:
            timeout = duration.total_seconds() if duration else None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout)
        finally:
            print(t("run.stopping"), file=out, flush=True)
            watcher.cancel()
            await scheduler.stop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(sig)
