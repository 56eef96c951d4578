"""Korean substring search over stored articles, through a bigram index.

A query is folded the way the index is (NFKC, casefold, whitespace removed, so "LG 전자"
finds "LG전자"), split into character bigrams, and only articles holding every bigram
are read; each candidate is then checked for the whole query as a substring, so the
index narrows and the check decides. One-character queries have no bigram and scan a
recent window.

Why bigrams: the names people search for are often two syllables (LG, 삼성, 토스), and
trigram indexes (SQLite FTS5 trigram, pg_trgm) find nothing under three characters.

The index is one row per article, stored the way each backend searches sets fastest:
a SQLite FTS5 table whose document is the article's distinct bigrams (FTS5 keeps
compressed posting lists and appends cheaply), and on PostgreSQL a text[] of bigrams
under a GIN index (queried with @>). A table with a row per (bigram, article) was
tried first: its random-order B-tree inserts made a 1,000-feed poll cycle 4x slower.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Text, bindparam, column, literal_column, select, table, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnClause, TextClause

from feeds.records import Article
from feeds.searchkeys import (
    index_key,
    search_document,
    search_key,
    searchable_bigrams,
)

ONE_CHAR_SCAN = 2000
SEARCH_TABLE = "article_search"  # outside the ORM models: its shape differs per backend

search_table = table(SEARCH_TABLE, column("article_id"), column("grams", ARRAY(Text)))


def indexed_text(article: Article) -> str:
    return index_key(article.title, article.summary)


_TERM = re.compile(r'"([^"]+)"|“([^”]+)”|(\S+)')


def search_terms(query: str) -> list[str]:
    """The keys an article must each hold: every word, and a "quoted phrase" as one key (its
    spacing ignored like any key's), so '업스테이지 솔라' finds '솔라 … 업스테이지가' too."""
    keys = [search_key(next(g for g in m.groups() if g is not None)) for m in _TERM.finditer(query)]
    return list(dict.fromkeys(k for k in keys if k))


def index_row(dialect: str, article_id: str, title: str, summary: str, document: str | None = None) -> dict[str, Any]:
    """One article's index row: its distinct searchable bigrams, as the backend stores them; `document`
    is them already computed (by the parse worker, feeds/searchkeys.py)."""
    document = search_document(title, summary) if document is None else document
    return {"article_id": article_id, "grams": document.split() if dialect == "postgresql" else document}


def insert_statement(dialect: str) -> TextClause:
    """FTS5 takes the document as plain text; PostgreSQL a text[]."""
    statement = text(f"INSERT INTO {SEARCH_TABLE} (article_id, grams) VALUES (:article_id, :grams)")
    return statement.bindparams(bindparam("grams", type_=ARRAY(Text))) if dialect == "postgresql" else statement


def delete_index_statement(dialect: str) -> TextClause:
    """Drop the index rows of the articles in :ids (a list)."""
    statement = text(f"DELETE FROM {SEARCH_TABLE} WHERE article_id IN :ids")
    return statement.bindparams(bindparam("ids", expanding=True))


async def index_articles(conn: AsyncConnection, articles: Sequence[Article],
                         documents: Mapping[str, str] | None = None) -> None:
    """Index articles inside the caller's transaction (the one that stores them); `documents`
    by article id, where the parse worker computed them."""
    if articles:
        dialect = conn.dialect.name
        known = documents or {}
        await conn.execute(insert_statement(dialect),
                           [index_row(dialect, a.id, a.title, a.summary, known.get(a.id)) for a in articles])


def candidates(dialect: str, key: str | Sequence[str], *, fts: bool = True) -> Select[Any] | None:
    """Ids of articles holding every bigram of `key` (of each key, given several); None when
    there is none to look up.

    `fts` False: a SQLite built without FTS5 got a plain table (see create_index_ddl);
    the same bigrams are then matched with LIKE, correct but a scan.
    """
    keys = [key] if isinstance(key, str) else list(key)
    grams = sorted({g for k in keys for g in searchable_bigrams(k)})
    if not grams:
        return None
    if dialect == "postgresql":
        return select(search_table.c.article_id).where(search_table.c.grams.contains(grams))
    query: Select[Any] = select(literal_column("article_id")).select_from(text(SEARCH_TABLE))
    if not fts:
        document: ColumnClause[str] = literal_column("grams")
        return query.where(*(document.contains(gram, autoescape=True) for gram in grams))
    match = " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
    return query.where(literal_column(SEARCH_TABLE).op("MATCH")(match))


def create_index_ddl(dialect: str, *, fts: bool = True) -> list[str]:
    """The index's DDL, for the migration that creates it (fts False: SQLite without FTS5)."""
    if dialect == "postgresql":
        return [f"CREATE TABLE {SEARCH_TABLE} (article_id VARCHAR(32) PRIMARY KEY, grams TEXT[] NOT NULL)",
                f"CREATE INDEX ix_{SEARCH_TABLE}_grams ON {SEARCH_TABLE} USING gin (grams)"]
    if not fts:
        return [f"CREATE TABLE {SEARCH_TABLE} (article_id VARCHAR(32) PRIMARY KEY, grams TEXT NOT NULL)"]
    return [f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(article_id UNINDEXED, grams, "
            "tokenize = 'unicode61 remove_diacritics 0')"]


def sqlite_has_fts5(connection: Any) -> bool:
    """Whether this SQLite build has FTS5 (almost all do; a few minimal builds do not)."""
    options = {row[0] for row in connection.exec_driver_sql("PRAGMA compile_options").fetchall()}
    return "ENABLE_FTS5" in options
