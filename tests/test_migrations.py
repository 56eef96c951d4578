"""Migrations: the migrated schema is exactly the models, on both backends."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.database import current_revision, head_revision, metadata, migrate


async def test_migrations_reach_head_and_match_the_models(engine: AsyncEngine) -> None:
    assert await current_revision(engine) == head_revision()

    def diff(connection: Any) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))

    async with engine.connect() as connection:
        differences = await connection.run_sync(diff)
    assert differences == [], "models changed without a migration: add one under bot/migrations/versions"


async def test_migrating_twice_is_harmless(engine: AsyncEngine) -> None:
    await migrate(engine)
    await migrate(engine)
    assert await current_revision(engine) == head_revision()
