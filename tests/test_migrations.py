"""Migrations: the migrated schema is exactly the models, on both backends."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app.database import current_revision, head_revision, is_model_table, metadata, migrate
from feeds.records import Article
from feeds.store import ArticleStore
from feeds.tables import ArticleRow
from sokbo.db import make_engine
from sokbo.timeutil import utcnow


async def test_migrations_reach_head_and_match_the_models(engine: AsyncEngine) -> None:
    assert await current_revision(engine) == head_revision()

    def diff(connection: Any) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": is_model_table})
        return list(compare_metadata(context, metadata))

    async with engine.connect() as connection:
        differences = await connection.run_sync(diff)
    assert differences == [], "models changed without a migration: add one under bot/app/migrations/versions"


async def test_migrating_twice_is_harmless(engine: AsyncEngine) -> None:
    await migrate(engine)
    await migrate(engine)
    assert await current_revision(engine) == head_revision()


async def test_articles_stored_before_search_existed_are_found_after_the_upgrade(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    try:
        await migrate(engine, "0002")  # the schema before the search index
        now = utcnow()
        async with engine.begin() as conn:
            await conn.execute(insert(ArticleRow), [{
                "id": f"old{n}", "feed_id": "f", "outlet": "매체", "url": f"https://old.example/{n}",
                "url_key": f"k{n}", "guid": None, "title": title, "summary": "본문", "body": None,
                "body_status": None, "body_error": None, "published_at": now, "published_estimated": False,
                "fetched_at": now, "authors": [], "categories": [],
            } for n, title in enumerate(["LG전자 새 가전", "토스 새 서비스", "삼성 반도체"])])
        await migrate(engine)
        found = await ArticleStore(engine).search("lg 전자")
        assert [a.id for a in found] == ["old0"]
        assert [a.id for a in await ArticleStore(engine).search("토스")] == ["old1"]
    finally:
        await engine.dispose()


async def test_search_still_works_on_a_sqlite_built_without_fts5(sqlite_url: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import feeds.search

    monkeypatch.setattr(feeds.search, "sqlite_has_fts5", lambda connection: False)
    engine = make_engine(sqlite_url)
    try:
        await migrate(engine)
        store = ArticleStore(engine)
        now = utcnow()
        await store.add([Article(id=f"n{n}", feed_id="f", outlet="매체", url=f"https://n.example/{n}", title=title,
                                 summary="본문", published=now, published_estimated=False, fetched_at=now)
                         for n, title in enumerate(["LG전자 새 가전", "토스 100% 환급", "삼성 반도체"])])
        assert [a.id for a in await store.search("lg 전자")] == ["n0"]
        assert [a.id for a in await store.search("100%")] == ["n1"]  # LIKE wildcards are escaped
        assert await store.search("카카오") == []
    finally:
        await engine.dispose()
