"""The console sink: where alerts go when no chat token is set."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.texts import t
from feeds.records import NewArticles
from sokbo.timeutil import format_kst


class ConsoleSink:
    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out or sys.stdout

    async def publish(self, batch: NewArticles) -> None:
        if batch.backfill:
            print(t("console.backfill", feed=batch.feed_id, count=len(batch.articles)), file=self._out, flush=True)
            return
        for article in batch.articles:
            when = format_kst(article.published) + (" (추정)" if article.published_estimated else "")
            print(f"[{when}] {article.outlet} · {article.title}", file=self._out)
            if article.url:
                print(f"    {article.url}", file=self._out)
        self._out.flush()
