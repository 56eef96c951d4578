"""New articles → rules → stored matches → sinks, with live rule reloading.

The pipeline keeps the last good Engine: an invalid edit of a rules file is reported
(every problem as FILE:LINE:COL) and the previous rules stay in force.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from feeds.records import Article, NewArticles
from feeds.store import ArticleStore
from rules.adhoc import with_watches
from rules.engine import Document, Engine, EngineStats
from rules.loader import RuleSet, load_rules
from rules.records import Match
from rules.store import MatchStore
from sokbo import metrics
from sokbo.timeutil import utcnow
from sokbo.yamlconf import YamlProblems

log = logging.getLogger(__name__)

MatchSink = Callable[[Sequence[Match], dict[str, Article]], Awaitable[object]]
ReloadListener = Callable[["RulesState", bool], Awaitable[object]]  # (state, loaded)


def document_of(article: Article) -> Document:
    return Document(article.id, article.title, article.summary, article.body, article.feed_id, article.published)


@dataclass
class RulesState:
    files: tuple[str, ...]
    loaded_digest: str | None = None
    rules: int = 0
    last_error: str | None = None
    last_loaded_at: datetime | None = None


def _evaluate_each(engine: Engine, docs: Sequence[Document]) -> list[Match]:
    """Every article matched on its own: one that breaks the engine is logged and counted as
    matched (nothing found), so neither start-up catch-up nor a poll can die on it, and it
    is not retried at every start."""
    found: list[Match] = []
    for doc in docs:
        try:
            found.extend(engine.evaluate(doc))
        except Exception:
            log.exception("matching article %s failed; it is skipped", doc.id)
    return found


class RulesPipeline:
    def __init__(self, rule_files: Sequence[Path], matches: MatchStore, articles: ArticleStore) -> None:
        self.rule_files = list(rule_files)
        self.matches = matches
        self.articles = articles
        self.engine: Engine | None = None
        self.ruleset: RuleSet | None = None  # the last good YAML rules, without watches
        self.watches: frozenset[str] = frozenset()
        self.state = RulesState(tuple(str(p) for p in rule_files))
        self.engine_stats = EngineStats()  # kept across reloads, so status counts since start
        self._sinks: list[MatchSink] = []
        self._reload_listeners: list[ReloadListener] = []
        self._mtimes: tuple[float, ...] = ()

    def on_matches(self, sink: MatchSink) -> None:
        self._sinks.append(sink)

    def on_reload(self, listener: ReloadListener) -> None:
        """Told after every reload attempt of edited files (not the first load)."""
        self._reload_listeners.append(listener)

    async def load(self) -> bool:
        """(Re)load the rule files; on any problem keep the rules in force and report."""
        self._mtimes = self._stat()
        try:
            ruleset = await asyncio.to_thread(load_rules, self.rule_files)
            engine = await asyncio.to_thread(Engine, with_watches(ruleset, self.watches), self.engine_stats)
        except YamlProblems as exc:
            self.state.last_error = "\n".join(str(p) for p in exc.problems)
            metrics.RULES_RELOAD_ERRORS.inc()
            kept = "keeping the previous rules" if self.engine else "no rules in force"
            log.error("rules not reloaded (%s):\n%s", kept, self.state.last_error)
            return False
        self.engine = engine
        self.ruleset = ruleset
        self.state.loaded_digest = ruleset.digest
        self.state.rules = len(engine.rules)
        self.state.last_error = None
        self.state.last_loaded_at = utcnow()
        log.info("rules loaded: %d rules from %s", len(engine.rules), ", ".join(self.state.files))
        for warning in ruleset.warnings:
            log.warning("%s:%d:%d: entity %r has the everyday word %r as a name: expect noisy alerts",
                        warning.file, warning.line, warning.col, warning.entity, warning.name)
        return True

    async def set_watches(self, names: Iterable[str]) -> None:
        """Channels' ad-hoc watches join the YAML rules in one engine."""
        watches = frozenset(names)
        if watches == self.watches:
            return
        self.watches = watches
        if self.ruleset is not None:
            ruleset = self.ruleset
            self.engine = await asyncio.to_thread(Engine, with_watches(ruleset, watches), self.engine_stats)
            self.state.rules = len(self.engine.rules)

    def _stat(self) -> tuple[float, ...]:
        stamps = []
        for path in self.rule_files:
            try:
                stamps.append(path.stat().st_mtime_ns)
            except OSError:
                stamps.append(-1)
        return tuple(stamps)

    async def reload_if_changed(self) -> bool:
        if self._stat() == self._mtimes:
            return False
        loaded = await self.load()
        for listener in self._reload_listeners:
            try:
                await listener(self.state, loaded)
            except Exception:
                log.exception("a reload listener failed")
        return loaded

    async def watch(self, interval: timedelta = timedelta(seconds=2)) -> None:
        """Poll the files' modification times and reload on change (runs until cancelled)."""
        while True:
            await asyncio.sleep(interval.total_seconds())
            try:
                await self.reload_if_changed()
            except Exception:
                log.exception("rules reload failed unexpectedly; keeping the rules in force")

    async def on_new_articles(self, batch: NewArticles) -> None:
        await self.process(batch.articles, backfill=batch.backfill)

    async def process(self, articles: Sequence[Article], *, backfill: bool = False) -> list[Match]:
        engine = self.engine
        if engine is None or not articles:
            return []
        docs = [document_of(a) for a in articles]
        found = await asyncio.to_thread(_evaluate_each, engine, docs)
        new = await self.matches.record(found, [a.id for a in articles], engine.ruleset.digest, backfill=backfill)
        for match in new:
            metrics.MATCHES.labels(match.rule_id).inc()
        if new and not backfill:
            by_id = {a.id: a for a in articles}
            for sink in self._sinks:
                try:
                    await sink(new, by_id)
                except Exception:
                    log.exception("a match sink failed; matches are stored and can be delivered later")
        return new

    async def catch_up(self, window: timedelta = timedelta(days=1)) -> int:
        """Match articles stored but never matched (the process stopped in between)."""
        ids = await self.matches.unmatched_article_ids(since=utcnow() - window)
        articles = await self.articles.get_many(ids)
        if articles:
            log.info("matching %d article(s) stored before the last stop", len(articles))
            # A first poll's articles stay backfill (matched, never alerted) after a crash too.
            backfill = await self.articles.backfill_ids([a.id for a in articles])
            old = [a for a in articles if a.id in backfill]
            if old:
                await self.process(old, backfill=True)
            await self.process([a for a in articles if a.id not in backfill])
        return len(articles)
