"""Matches → outbox: the sink the rules pipeline calls, and its crash catch-up."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import timedelta

from bot.alerting.pipeline import RulesPipeline
from bot.alerting.subscriptions import SubscriptionStore
from bot.delivery.outbox import FanoutResult, Outbox, RulePolicy
from feeds.records import Article
from rules.records import Match
from sokbo.timeutil import utcnow

log = logging.getLogger(__name__)


class Fanout:
    def __init__(self, outbox: Outbox, subscriptions: SubscriptionStore, rules: RulesPipeline,
                 on_created: Callable[[], None] | None = None) -> None:
        self.outbox = outbox
        self.subscriptions = subscriptions
        self.rules = rules
        self.on_created = on_created

    def policies(self) -> dict[str, RulePolicy]:
        engine = self.rules.engine
        if engine is None:
            return {}
        return {rule.id: RulePolicy(rule.cooldown) for rule in engine.rules}

    async def publish_matches(self, matches: Sequence[Match], articles: dict[str, Article]) -> FanoutResult:
        subscribers = await self.subscriptions.channels_for([m.rule_id for m in matches])
        result = await self.outbox.fan_out(matches, articles, subscribers, self.policies())
        if result.created and self.on_created is not None:
            self.on_created()
        return result

    async def catch_up(self, window: timedelta = timedelta(days=1), *, settle: timedelta = timedelta(0)) -> int:
        """Fan out matches stored before a crash but never fanned out; with `settle`, only
        those older than it (younger ones may still be on their way through publish_matches)."""
        now = utcnow()
        matches = await self.outbox.unfanned_matches(since=now - window, before=now - settle)
        if not matches:
            return 0
        articles = {a.id: a for a in await self.rules.articles.get_many(sorted({m.article_id for m in matches}))}
        log.info("fanning out %d match(es) stored but not fanned out (a crash or a failed fan-out)", len(matches))
        await self.publish_matches(matches, articles)
        return len(matches)

    async def keep_caught_up(self, every: timedelta = timedelta(seconds=60)) -> None:
        """Until cancelled: a fan-out that failed after its matches were stored (the database
        went away, retries ran out) is not left for the next restart to find."""
        while True:
            await asyncio.sleep(every.total_seconds())
            try:
                await self.catch_up(settle=every)
            except Exception:
                log.exception("fan-out catch-up failed; trying again in %s", every)
