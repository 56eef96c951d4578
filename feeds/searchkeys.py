"""The search index's keys and bigrams, apart from the database code that stores them.

The parse worker computes each article's index document beside the parse (off the main
process, which a 5,000-feed cycle keeps busy), and a worker imports only what parsing
needs: this module uses the standard library alone (feeds/search.py holds the SQL).
"""

from __future__ import annotations

import unicodedata

INDEXED_CHARS = 2000  # title + the start of the summary: where names that matter appear


def search_key(text_: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text_).casefold().split())


def index_key(title: str, summary: str) -> str:
    return search_key(f"{title} {summary}")[:INDEXED_CHARS]


def bigrams(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)}


def searchable_bigrams(key: str) -> list[str]:
    """The distinct bigrams of `key` worth indexing or looking up, sorted: FTS5's tokenizer drops
    punctuation, so a bigram of punctuation alone has nothing to find. One comprehension (no call
    per bigram): indexing a poll's new articles runs it over every bigram they hold."""
    return sorted(g for g in bigrams(key) if g[0].isalnum() or g[1].isalnum())


def search_document(title: str, summary: str) -> str:
    """An article's index document: its distinct searchable bigrams, space-separated."""
    return " ".join(searchable_bigrams(index_key(title, summary)))
