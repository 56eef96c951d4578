"""Matches → outbox: the sink the rules pipeline calls, and its crash catch-up."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta

from bot.outbox import FanoutResult, Outbox, RulePolicy
from bot.pipeline import RulesPipeline
from bot.subscriptions import SubscriptionStore
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

    async def catch_up(self, window: timedelta = timedelta(days=1)) -> int:
        """Fan out matches stored before a crash but never fanned out."""
        matches = await self.outbox.unfanned_matches(since=utcnow() - window)
        if not matches:
            return 0
        articles = {a.id: a for a in await self.rules.articles.get_many(sorted({m.article_id for m in matches}))}
        log.info("fanning out %d match(es) stored before the last stop", len(matches))
        await self.publish_matches(matches, articles)
        return len(matches)
