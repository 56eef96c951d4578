"""Open the store and bring its schema up to date (Alembic), for every room's tables.

This module lives in `bot/` because it is the one place that knows all rooms: the feeds
tables today, the rules' matches and the bot's outbox as they arrive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncEngine

import bot.app.tables  # noqa: F401
import feeds.tables  # noqa: F401  (registers the feeds tables on the shared metadata)
import rules.tables  # noqa: F401
from feeds.search import SEARCH_TABLE
from sokbo.db import Base, make_engine

metadata = Base.metadata


def is_model_table(name: str | None, type_: str, parent_names: object) -> bool:
    """For Alembic's comparisons: the search index (and FTS5's shadow tables) live outside
    the models on purpose, since their shape differs per backend (feeds/search.py)."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Upgrade the schema; safe to run from several replicas at once on PostgreSQL."""
    config = alembic_config()

    def _upgrade(connection: Any) -> None:
        if connection.dialect.name == "postgresql":
            # Replicas starting together must not race each other's DDL.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7051330)")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)


async def current_revision(engine: AsyncEngine) -> str | None:
    def _current(connection: Any) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    async with engine.connect() as connection:
        return await connection.run_sync(_current)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def open_store(url: str) -> AsyncEngine:
    """An engine on an up-to-date schema."""
    engine = make_engine(url)
    await migrate(engine)
    return engine
