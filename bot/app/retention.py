"""Keep the store from growing without bound: a team's SQLite file runs for years.

Each room prunes its own tables (Outbox.purge, MatchStore.forget, ArticleStore.compact);
this module only says when and in which order — messages first, since they point at
matches, and matches before the articles they were found in.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.app.config import RetentionConfig
from bot.delivery.outbox import Outbox
from feeds.store import ArticleStore
from rules.store import MatchStore
from sokbo.timeutil import utcnow

log = logging.getLogger(__name__)

# How long before its alert an article may have been fetched and matched: the catch-up
# passes after a crash (unmatched articles, then unfanned matches) look back a day each.
LINEAGE = timedelta(days=2)


@dataclass(frozen=True)
class Pruned:
    alerts: int = 0
    matches: int = 0
    articles: int = 0


async def prune(retention: RetentionConfig, outbox: Outbox, matches: MatchStore, articles: ArticleStore, *,
                now: datetime | None = None) -> Pruned:
    now = now or utcnow()
    before = now - retention.alerts
    alerts = await outbox.purge(before, now=now)
    # A message not yet sent still renders from its matches and article, recorded at most
    # LINEAGE before it: everything from then on is kept, however old.
    waiting = await outbox.oldest_waiting()
    keep_from = waiting - LINEAGE if waiting is not None else now
    forgotten = await matches.forget(min(before, keep_from))
    compacted = 0
    if retention.articles is not None:
        compacted = await articles.compact(min(now - retention.articles, keep_from))
    return Pruned(alerts, forgotten, compacted)


async def prune_daily(retention: RetentionConfig, outbox: Outbox, matches: MatchStore, articles: ArticleStore, *,
                      first: timedelta = timedelta(minutes=10), every: timedelta = timedelta(days=1),
                      leading: Callable[[], bool] = lambda: True) -> None:
    """Runs until cancelled. The first prune waits a little: a restart loop must not turn
    into a prune loop, and startup (catch-up, delivery) comes first. Of several replicas
    only the one `leading` prunes (sokbo.leader): once per cluster, not once per replica."""
    await asyncio.sleep(first.total_seconds())
    while True:
        if not leading():
            log.debug("retention: another replica leads and prunes")
            await asyncio.sleep(min(every, timedelta(hours=1)).total_seconds())  # it may die: look again
            continue
        try:
            pruned = await prune(retention, outbox, matches, articles)
            log.info("retention: removed %d finished alert(s) and %d match(es), compacted %d article(s)",
                     pruned.alerts, pruned.matches, pruned.articles)
        except Exception:
            log.exception("retention prune failed; trying again in %s", every)
        await asyncio.sleep(every.total_seconds())
