"""The console sink: where alerts go when no chat token is set."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from bot.alerting.wording import describe_match, published_label
from bot.texts import t
from feeds.records import Article, NewArticles
from rules.records import Match


class ConsoleSink:
    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out or sys.stdout

    async def publish(self, batch: NewArticles) -> None:
        """New articles: only a count line (alerts come from rules)."""
        key = "console.backfill" if batch.backfill else "console.new"
        print(t(key, feed=batch.feed_id, count=len(batch.articles)), file=self._out, flush=True)

    async def publish_matches(self, matches: Sequence[Match], articles: dict[str, Article]) -> None:
        for match in matches:
            article = articles.get(match.article_id)
            print(f"🔔 {describe_match(match)}", file=self._out)
            if article is not None:
                print(f"    {article.title} — {article.outlet}, {published_label(article)}", file=self._out)
                if article.url:
                    print(f"    {article.url}", file=self._out)
            if match.event is not None:
                print(f"    {t('alert.evidence')}: {match.event.evidence}", file=self._out)
        self._out.flush()
