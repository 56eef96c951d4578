"""What an operator's probes and Prometheus ask a running sokbo (`metrics: {port: 9464}`).

/healthz  the process's loops are alive (a dead loop is a restart, not a wait)
/readyz   the store answers, rules are loaded and polling runs (a replica worth routing to)
/metrics  the counters of sokbo.metrics, with the outbox and feed gauges read at scrape time

Off unless a port is set; bound to 127.0.0.1 unless a host is given, since the page names
rules and counts that are the operator's business.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.alerting.pipeline import RulesPipeline
from bot.delivery.outbox import Outbox
from feeds.store import FeedStore
from sokbo import metrics
from sokbo.timeutil import utcnow

log = logging.getLogger(__name__)


@dataclass
class Probes:
    """What the endpoints look at; `loops` are the app's background tasks, `polling` says
    whether the feed scheduler runs."""

    engine: AsyncEngine
    outbox: Outbox
    feeds: FeedStore
    rules: RulesPipeline
    loops: Sequence[asyncio.Task[None]]
    polling: Callable[[], bool]


class HealthServer:
    def __init__(self, probes: Probes, *, host: str = "127.0.0.1", port: int = 9464) -> None:
        self.probes = probes
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.metrics)
        self.app = app

    async def start(self) -> int:
        """Listen; returns the port (an ephemeral one when 0 was asked)."""
        self._runner = web.AppRunner(self.app, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def healthz(self, _request: web.Request) -> web.Response:
        dead = [task.get_name() for task in self.probes.loops if task.done()]
        if dead:
            return web.json_response({"ok": False, "dead_loops": dead}, status=503)
        return web.json_response({"ok": True})

    async def readyz(self, _request: web.Request) -> web.Response:
        problems: list[str] = []
        try:
            async with asyncio.timeout(5):
                async with self.probes.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
        except Exception as exc:  # any failure to reach the store is "not ready", said in one line
            problems.append(f"store: {type(exc).__name__}")
        if self.probes.rules.engine is None:
            problems.append("rules: none loaded")
        if not self.probes.polling():
            problems.append("feeds: scheduler not running")
        if problems:
            return web.json_response({"ready": False, "problems": problems}, status=503)
        return web.json_response({"ready": True})

    async def metrics(self, _request: web.Request) -> web.Response:
        try:
            stats = await self.probes.outbox.stats(None)
            waiting = sum(stats.by_status.get(s, 0) for s in ("pending", "sending", "held"))
            metrics.OUTBOX_DEPTH.set(waiting)
            oldest = stats.oldest_pending
            metrics.OUTBOX_OLDEST.set((utcnow() - oldest).total_seconds() if oldest else 0)
            health = await self.probes.feeds.health()
            last = max((h.last_success_at for h in health if h.last_success_at), default=None)
            metrics.FEED_LAG.set((utcnow() - last).total_seconds() if last else 0)
        except Exception:  # the counters are still worth serving when the store is not
            log.exception("reading the store for /metrics failed")
        body = generate_latest(metrics.REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
