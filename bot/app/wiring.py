"""Wire the rooms together: store, fetcher, poller, scheduler, sinks.

The one place that knows every room; each room stays ignorant of the ones after it.
"""

from __future__ import annotations

import asyncio
import contextlib
import faulthandler
import io
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TextIO

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.alerting.fanout import Fanout
from bot.alerting.notices import FeedNotices, RulesNotices
from bot.alerting.pipeline import RulesPipeline
from bot.alerting.subscriptions import SubscriptionStore
from bot.app.config import LoadedConfig, Secrets
from bot.app.database import open_store
from bot.app.health import HealthServer, Probes
from bot.app.retention import prune_daily
from bot.commands.verbs import Commands
from bot.delivery.deliverer import Deliverer, DeliveryOptions, Transport
from bot.delivery.outbox import Outbox
from bot.model import Channel
from bot.platforms.console import ConsoleSink
from bot.texts import t
from feeds.body import BodyFetcher
from feeds.fetch import Fetcher
from feeds.parse_pool import ParsePool
from feeds.parse_worker import WorkerLimits
from feeds.poller import Poller
from feeds.scheduler import FeedScheduler
from feeds.store import ArticleStore, FeedStore
from rules.store import MatchStore
from sokbo.leader import Leadership

log = logging.getLogger(__name__)


@dataclass
class Services:
    engine: AsyncEngine
    feeds: FeedStore
    articles: ArticleStore
    fetcher: Fetcher
    poller: Poller
    rules: RulesPipeline
    subscriptions: SubscriptionStore
    outbox: Outbox
    commands: Commands


def parse_executor(workers: int, limits: WorkerLimits | None = None) -> ParsePool | None:
    """Processes for feed parsing: feedparser is pure Python and a thread would still
    share the event loop's core (and its GIL). None parses in the default thread pool.

    `limits` bound each document (feeds.parse_worker); a thread has no such bound, so 0
    workers is for tests and tiny deployments.
    """
    if workers <= 0:
        return None
    return ParsePool(workers, limits)


def safe_database_label(url: str) -> str:
    """The database URL without its password, fit for logs and status output."""
    return make_url(url).render_as_string(hide_password=True)


@contextlib.asynccontextmanager
async def services(config: LoadedConfig, *, sync_feeds: bool = True) -> AsyncIterator[Services]:
    settings = config.settings
    engine = await open_store(settings.database_url)
    executor = parse_executor(settings.scheduler.parse_workers, settings.worker_limits())
    try:
        feed_store = FeedStore(engine)
        if sync_feeds:
            await feed_store.sync_definitions(config.feeds)
        async with Fetcher(settings.fetch.limits(), settings.fetch.address_policy(),
                           settings.fetch.chat_address_policy()) as fetcher:
            poller = Poller(feed_store, ArticleStore(engine), fetcher, policy=settings.scheduler.policy(),
                            options=settings.poller_options(), parse_executor=executor)
            pipeline = RulesPipeline(config.rule_files, MatchStore(engine), poller.articles)
            subscriptions = SubscriptionStore(engine)
            outbox = Outbox(engine)
            commands = Commands(subscriptions, outbox, pipeline, poller.articles, feed_store,
                                BodyFetcher(fetcher, plain_fallback=True),
                                admin_channels=[Channel.parse(c) for c in settings.admin_channels],
                                feed_check=poller.check)
            yield Services(engine, feed_store, poller.articles, fetcher, poller, pipeline, subscriptions, outbox,
                           commands)
    finally:
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        await engine.dispose()


@dataclass
class Chat:
    """The chat side of a run: transports for the Deliverer, bots to start and stop."""

    transports: list[Transport]
    starters: list[Callable[[], Awaitable[None]]]
    stoppers: list[Callable[[], Awaitable[None]]]
    background: list[asyncio.Task[None]] = field(default_factory=list)
    # What only the cluster's leading replica runs (the Discord gateway), and its undoing.
    on_elected: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    on_lost: list[Callable[[], Awaitable[None]]] = field(default_factory=list)


def chat_adapters(config: LoadedConfig, secrets: Secrets, svc: Services) -> Chat:
    """Slack and/or Discord, for whichever tokens are set."""
    chat = Chat([], [], [])
    settings = config.settings
    if secrets.slack_bot_token:
        from bot.platforms.slack import SlackBot, SlackTransport, web_client

        client = web_client(secrets.slack_bot_token, settings.slack.api_url)
        slack = SlackBot(settings.slack, svc.commands, client, signing_secret=secrets.slack_signing_secret)
        chat.transports.append(SlackTransport(client))
        chat.starters.append(lambda: slack.start(app_token=secrets.slack_app_token))
        chat.stoppers.append(slack.stop)
    if secrets.discord_token:
        from bot.platforms.discord import DiscordBot, DiscordTransport, make_client, use_api_url

        use_api_url(settings.discord.api_url)
        dclient = make_client()
        discord_bot = DiscordBot(settings.discord, svc.commands, dclient)
        guild = secrets.discord_guild_id or settings.discord.guild_id
        token = secrets.discord_token

        async def setup_hook() -> None:  # discord.py calls it inside login()
            if settings.discord.commands:
                await discord_bot.sync(guild)

        dclient.setup_hook = setup_hook  # type: ignore[method-assign]
        chat.transports.append(DiscordTransport(dclient))

        async def start_discord() -> None:
            await dclient.login(token)  # REST ready before the gateway: delivery can start at once

        async def open_gateway() -> None:
            """Only the leading replica holds the gateway (sokbo.leader): Discord sends each
            interaction to one connection, and every replica delivers over REST anyway."""
            gateway = asyncio.create_task(dclient.connect(reconnect=True), name="discord-gateway")
            gateway.add_done_callback(_report_gateway_end)
            chat.background.append(gateway)

        async def close_gateway() -> None:
            for task in [task for task in chat.background if task.get_name() == "discord-gateway"]:
                task.cancel()
                chat.background.remove(task)
            if dclient.ws is not None:
                await dclient.ws.close(code=1000)

        chat.starters.append(start_discord)
        if settings.discord.commands:
            chat.on_elected.append(open_gateway)
            chat.on_lost.append(close_gateway)
        chat.stoppers.append(dclient.close)
    return chat


def _report_gateway_end(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("Discord gateway stopped (%r): alerts still go out over REST, /sokbo does not answer "
                  "until sokbo restarts", task.exception())


async def _refresh_watches(svc: Services, every: timedelta) -> None:
    """Watches added on another replica reach this one's engine."""
    while True:
        await asyncio.sleep(every.total_seconds())
        try:
            await svc.rules.set_watches(await svc.subscriptions.watch_terms())
        except Exception:
            log.exception("refreshing watches failed")


async def _stop_step(what: str, step: Awaitable[object], slow: float = 2.0) -> None:
    """One step of shutdown: its failure does not skip the next, its slowness is named in the log."""
    began = asyncio.get_running_loop().time()
    try:
        await step
    except Exception:
        log.exception("stopping %s failed", what)
    took = asyncio.get_running_loop().time() - began
    (log.warning if took > slow else log.debug)("stopping %s took %.1f s", what, took)


def _log_stuck_tasks() -> None:
    """What a stop is waiting for, at the coroutine level faulthandler cannot see."""
    for task in asyncio.all_tasks():
        stack = io.StringIO()
        task.print_stack(file=stack)
        log.warning("still running while stopping: %s\n%s", task.get_name(), stack.getvalue())


async def _cancel(tasks: list[asyncio.Task[None]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def run(config: LoadedConfig, *, duration: timedelta | None = None, out: TextIO | None = None,
              secrets: Secrets | None = None, hard_stop: timedelta | None = None) -> None:
    """`sokbo run`: poll on schedule and alert until SIGINT/SIGTERM (or `duration`).

    `hard_stop` bounds a stop for a process of its own: past it, faulthandler writes every
    thread's stack to stderr and exits. Killing is safe (the outbox survives it); a stop that
    hangs until the service manager's SIGKILL would leave no trace of where it hung.
    """
    secrets = secrets or Secrets.from_env()
    secrets.check(config.settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with services(config) as svc:
        chat = chat_adapters(config, secrets, svc)
        await svc.rules.set_watches(await svc.subscriptions.watch_terms())
        if not await svc.rules.load():
            print(t("rules.none_loaded"), file=out, flush=True)
        deliverer: Deliverer | None = None
        tasks: list[asyncio.Task[None]] = []
        if chat.transports:
            deliverer = Deliverer(svc.outbox, svc.articles, chat.transports, DeliveryOptions(
                max_channels=config.settings.delivery.max_channels, lease=config.settings.delivery.lease,
                give_up_after=config.settings.delivery.give_up_after),
                admin_channels=sorted(svc.commands.admin_channels))
            fanout = Fanout(svc.outbox, svc.subscriptions, svc.rules, on_created=deliverer.wake,
                            story_window=config.settings.delivery.story_window)
            svc.rules.on_matches(fanout.publish_matches)
            notices = RulesNotices(svc.outbox, sorted(svc.commands.admin_channels),
                                   on_created=deliverer.wake)
            svc.rules.on_reload(notices.on_reload)
            if svc.commands.admin_channels:
                svc.poller.on_paused(FeedNotices(svc.outbox, sorted(svc.commands.admin_channels),
                                                 on_created=deliverer.wake).on_paused)
        else:
            console = ConsoleSink(out)
            svc.rules.on_matches(console.publish_matches)
            svc.poller.on_new_articles(console.publish)
        svc.poller.on_new_articles(svc.rules.on_new_articles)
        scheduler = FeedScheduler(svc.poller, tick=config.settings.scheduler.tick,
                                  max_concurrent=config.settings.scheduler.max_concurrent)
        started = "run.started_chat" if chat.transports else "run.started"
        print(t(started, feeds=len(config.feeds), db=safe_database_label(config.settings.database_url),
                chat=", ".join(tr.platform for tr in chat.transports)), file=out, flush=True)
        await svc.rules.catch_up()
        leadership = Leadership(svc.engine)
        for hook in chat.on_elected:
            leadership.on_elected(hook)
        for hook in chat.on_lost:
            leadership.on_lost(hook)
        if deliverer is not None:
            await fanout.catch_up()
            for start in chat.starters:
                await start()
            tasks.append(asyncio.create_task(deliverer.run(), name="delivery"))
            tasks.append(asyncio.create_task(fanout.keep_caught_up(), name="fanout-catch-up"))
            tasks.append(asyncio.create_task(_refresh_watches(svc, timedelta(seconds=15)), name="watches"))
        tasks.append(asyncio.create_task(leadership.run(), name="leadership"))
        tasks.append(asyncio.create_task(svc.rules.watch(config.settings.rules_reload), name="rules-watch"))
        tasks.append(asyncio.create_task(prune_daily(config.settings.retention, svc.outbox, svc.rules.matches,
                                                     svc.articles, leading=lambda: leadership.is_leader),
                                         name="retention"))
        await scheduler.start()
        health: HealthServer | None = None
        if config.settings.metrics.port is not None:
            health = HealthServer(Probes(svc.engine, svc.outbox, svc.feeds, svc.rules, tasks, lambda: scheduler.running),
                                  host=config.settings.metrics.host, port=config.settings.metrics.port)
            port = await health.start()
            log.info("health and metrics on http://%s:%d/", config.settings.metrics.host, port)
        try:
            timeout = duration.total_seconds() if duration else None
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await stop.wait()
        finally:
            print(t("run.stopping"), file=out, flush=True)
            if hard_stop is not None:
                faulthandler.dump_traceback_later(hard_stop.total_seconds(), exit=True)
                loop.call_later(max(0.0, hard_stop.total_seconds() - 3), _log_stuck_tasks)
            await _stop_step("feed polling", scheduler.stop())  # no new articles, so no new alerts
            if deliverer is not None:
                await _stop_step("delivery", deliverer.stop())
            await _stop_step("background tasks", _cancel(tasks))
            for stopper in chat.stoppers:
                await _stop_step("chat", stopper())
            if health is not None:
                await _stop_step("health endpoint", health.stop())
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(sig)
