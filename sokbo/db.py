"""Database plumbing shared by every room: one declarative Base, engines, UTC datetimes.

The embedded default is a SQLite file; a company points `database_url` at PostgreSQL and
runs several replicas. Everything here works the same on both, so store code is written
once: times are aware UTC on the way in and out, upserts go through `insert_for()`.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, DateTime, MetaData, delete, event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.orm import DeclarativeBase, InstrumentedAttribute
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC in Python on every backend.

    SQLite keeps no zone and hands back naive values; PostgreSQL keeps timestamptz.
    Storing UTC everywhere keeps string comparison in SQLite equal to time order.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


def async_url(url: str) -> str:
    """Accept the URLs people write and pick the async driver for them.

    >>> async_url("sqlite:///tmp/x.db")
    'sqlite+aiosqlite:///tmp/x.db'
    >>> async_url("postgresql://u@h/db")
    'postgresql+asyncpg://u@h/db'
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite" and parsed.drivername != "sqlite+aiosqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    elif backend in ("postgresql", "postgres") and parsed.drivername != "postgresql+asyncpg":
        parsed = parsed.set(drivername="postgresql+asyncpg")
    elif backend not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported database {backend!r}: use sqlite:/// or postgresql://")
    return parsed.render_as_string(hide_password=False)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL, memory and URI databases)."""
    parsed = make_url(async_url(url))
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _sqlite_file_problem(url: str) -> str | None:
    path = sqlite_file(url)
    if path is None:
        return None
    if path.is_dir():
        return f"{path} is a directory, not a database file"
    if not path.parent.is_dir():
        return f"directory {path.parent} does not exist: create it or point database_url elsewhere"
    target = path if path.exists() else path.parent
    if not os.access(target, os.W_OK):
        return f"cannot write {target}: sokbo needs to write its database there"
    return None


async def store_problem(url: str, timeout_s: float = 10.0) -> str | None:
    """Why the store at `url` cannot be used, in one line; None when it answers.

    Checked before a command starts, so a wrong path or a database that is down is a
    sentence and exit 2, not a 150-line traceback after the bot has half started. A
    missing SQLite directory is reported, never created: a typo must not leave a new
    empty database somewhere.
    """
    import asyncio

    from sqlalchemy import text

    problem = _sqlite_file_problem(url)
    if problem is not None:
        return problem
    engine = make_engine(url)
    try:
        async with asyncio.timeout(timeout_s):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except TimeoutError:
        return f"the database did not answer within {timeout_s:g}s"
    except Exception as exc:  # every driver has its own errors; the first line of any is the reason
        reason = getattr(exc, "orig", None) or exc
        first = str(reason).strip().splitlines()[0] if str(reason).strip() else type(reason).__name__
        return f"cannot open the database: {type(reason).__name__}: {first}"
    finally:
        await engine.dispose()
    return None


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine; for SQLite files WAL is switched on."""
    full = async_url(url)
    parsed = make_url(full)
    if parsed.get_backend_name() == "sqlite":
        kwargs.setdefault("connect_args", {"timeout": 30})
        # One connection: SQLite has one writer at a time anyway, and a pool of connections
        # contending for the write lock spends its time in the busy handler's sleeps.
        kwargs.setdefault("pool_size", 1)
        kwargs.setdefault("max_overflow", 0)
        kwargs.setdefault("pool_timeout", 120)
        engine = create_async_engine(full, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets `sokbo feeds` read while `sokbo run` writes; busy_timeout waits for
            # the writer instead of failing with "database is locked".
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(full, **kwargs)


def insert_for(dialect_name: str, table: Any) -> Any:
    """A dialect insert that has `on_conflict_do_nothing()`/`on_conflict_do_update()`."""
    if dialect_name == "postgresql":
        return postgresql.insert(table)
    if dialect_name == "sqlite":
        return sqlite.insert(table)
    raise ValueError(f"unsupported database dialect {dialect_name!r}")


PRUNE_BATCH = 1000


async def prune_in_batches(engine: AsyncEngine, key: InstrumentedAttribute[Any], *where: ColumnElement[bool],
                           apply: Callable[[AsyncConnection, list[Any]], Awaitable[None]]) -> int:
    """Select rows by `where` a thousand at a time and `apply` a change to each batch in its own
    transaction, until none is left; returns how many.

    Short transactions because SQLite has one writer: a long prune would hold up polls and
    deliveries (they wait in the busy handler). `apply` must make the rows stop matching `where`.
    """
    total = 0
    while True:
        async with engine.begin() as conn:
            keys = list((await conn.scalars(select(key).where(*where).limit(PRUNE_BATCH))).all())
            if keys:
                await apply(conn, keys)
        total += len(keys)
        if len(keys) < PRUNE_BATCH:
            return total


def delete_rows(table: Any, key: InstrumentedAttribute[Any]) -> Callable[[AsyncConnection, list[Any]], Awaitable[None]]:
    """An `apply` for prune_in_batches that deletes the batch."""
    async def apply(conn: AsyncConnection, keys: list[Any]) -> None:
        await conn.execute(delete(table).where(key.in_(keys)))
    return apply
