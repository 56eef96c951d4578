"""The operator's probes and metrics: what /healthz, /readyz and /metrics answer, and that the
counters move with the work."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from bot.app.config import load_config
from bot.app.health import HealthServer, Probes
from bot.app.wiring import services
from feeds.scheduler import FeedScheduler
from sokbo import metrics
from tests.feedkit import Item, rss
from tests.feedserver import FeedServer, Reply
from tests.rulekit import write_rules


def counter(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels or None) or 0.0


async def test_probes_answer_and_the_counters_move_with_a_poll(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.routes["/rss"] = Reply(rss([Item("카카오, 새 협의체서 빠져", link="https://e.kr/1", guid="1")]))
    rules = write_rules(tmp_path)
    config_file = tmp_path / "sokbo.yaml"
    config_file.write_text(
        f"database_url: sqlite:///{tmp_path / 'sokbo.db'}\ndefault_catalog: false\nrules: [{rules}]\n"
        f"fetch: {{allow_hosts: [127.0.0.1]}}\nfeeds:\n"
        f'  - {{id: t, url: "{feed_server.url("/rss")}", outlet: 테스트, interval: 30s}}\n', encoding="utf-8")
    async with services(load_config(str(config_file))) as svc:
        scheduler = FeedScheduler(svc.poller)
        loop = asyncio.create_task(asyncio.sleep(3600), name="a-loop")
        health = HealthServer(Probes(svc.engine, svc.outbox, svc.feeds, svc.rules, [loop], lambda: scheduler.running),
                              port=0)
        port = await health.start()
        base = f"http://127.0.0.1:{port}"
        try:
            async with aiohttp.ClientSession() as http:
                async def get(path: str) -> tuple[int, str]:
                    async with http.get(base + path) as response:
                        return response.status, await response.text()

                assert (await get("/healthz"))[0] == 200
                status, body = await get("/readyz")
                assert status == 503 and "rules" in body and "scheduler" in body  # nothing loaded or running yet

                assert await svc.rules.load()
                polls, stored = counter("sokbo_polls_total", result="ok"), counter("sokbo_articles_stored_total")
                await scheduler.start()
                for _ in range(600):  # a liveness bound, not a speed figure: the first poll starts a parse worker
                    if any(h.last_success_at for h in await svc.feeds.health()):
                        break
                    await asyncio.sleep(0.1)
                assert (await get("/readyz"))[0] == 200
                status, page = await get("/metrics")
                assert status == 200 and "sokbo_outbox_waiting" in page and "sokbo_feed_lag_seconds" in page
                # The registry is the process's: other tests' work may count too, never less than ours.
                assert counter("sokbo_polls_total", result="ok") >= polls + 1
                assert counter("sokbo_articles_stored_total") >= stored + 1

                loop.cancel()  # a loop that died makes the process unhealthy: restart it
                await asyncio.sleep(0)
                status, body = await get("/healthz")
                assert status == 503 and "a-loop" in body
        finally:
            await scheduler.stop()
            await health.stop()
