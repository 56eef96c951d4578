"""Korean substring search over stored articles: the bigram index's text rules.

ArticleStore.search runs the query; this module says what is indexed and how.

A query is folded the way the index is (NFKC, casefold, whitespace removed, so "LG 전자"
finds "LG전자"), split into bigrams, and only articles holding every bigram are read;
each candidate is then checked for the whole query as a substring, so the index narrows
and the check decides. One-character queries have no bigram and scan a recent window.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from feeds.records import Article

INDEXED_CHARS = 2000  # title + the start of the summary: where names that matter appear
ONE_CHAR_SCAN = 2000


def search_key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def index_key(title: str, summary: str) -> str:
    return search_key(f"{title} {summary}")[:INDEXED_CHARS]


def indexed_text(article: Article) -> str:
    return index_key(article.title, article.summary)


def bigrams(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)}


def gram_rows(articles: Sequence[Article]) -> list[dict[str, Any]]:
    return [{"gram": gram, "article_id": article.id}
            for article in articles for gram in sorted(bigrams(indexed_text(article)))]
