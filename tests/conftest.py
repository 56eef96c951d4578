"""Shared fixtures: a local feed server and a migrated store on SQLite and PostgreSQL.

PostgreSQL: set SOKBO_TEST_POSTGRES_URL (an admin URL such as
postgresql://postgres@127.0.0.1:5432/postgres) and the PostgreSQL cases must run: an
unreachable server then fails the suite. Unset, the default local server is tried and
the PostgreSQL cases are skipped with the reason when there is none.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app.database import migrate
from sokbo.db import make_engine
from tests.chatserver import ChatServer
from tests.feedserver import FeedServer

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
PG_ENV = "SOKBO_TEST_POSTGRES_URL"
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/postgres"


def corpus_file(*parts: str) -> Path:
    """A file of ../shared/corpus, or skip the test with the reason when it is absent."""
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared corpus not present at {path} (only on the project's machines)")
    return path


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer().start()
    yield server
    server.stop()


@pytest.fixture
def chat() -> Iterator[ChatServer]:
    """A local Slack Web API and Discord REST API that record what they are sent."""
    server = ChatServer().start()
    yield server
    server.stop()


async def _pg_admin(url: str, sql: str) -> None:
    import asyncpg

    parsed = make_url(url)
    conn = await asyncpg.connect(
        host=parsed.host or "127.0.0.1", port=parsed.port or 5432, user=parsed.username or "postgres",
        password=parsed.password, database=parsed.database or "postgres", timeout=5,
    )
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _migrated(url: str) -> None:
    engine = make_engine(url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated template database; each test clones it (fast, isolated)."""
    required = PG_ENV in os.environ
    admin = os.environ.get(PG_ENV, PG_DEFAULT)
    name = f"sokbo_tpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    try:
        asyncio.run(_pg_admin(admin, f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        if required:
            pytest.fail(f"{PG_ENV} is set but PostgreSQL is unreachable: {exc}")
        pytest.skip(f"no PostgreSQL at {PG_DEFAULT} ({type(exc).__name__}); set {PG_ENV} to run these cases")
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_migrated(url))
    yield url
    asyncio.run(_pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, checkpointed so that the file alone holds the whole schema."""
    path = tmp_path_factory.mktemp("template") / "sokbo.db"
    asyncio.run(_migrated(f"sqlite:///{path}"))
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL with the current schema, on each backend."""
    if request.param == "sqlite":
        # A copy of one migrated file: running Alembic for every test took ~65 s of the suite.
        shutil.copyfile(request.getfixturevalue("sqlite_template"), tmp_path / "sokbo.db")
        yield f"sqlite:///{tmp_path / 'sokbo.db'}"
        return
    template = request.getfixturevalue("pg_template")
    admin = os.environ.get(PG_ENV, PG_DEFAULT)
    template_name = make_url(template).database
    name = f"sokbo_t_{uuid.uuid4().hex[:10]}"
    asyncio.run(_pg_admin(admin, f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
    yield make_url(template).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no schema yet, on each backend (for migrating step by step)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    template = request.getfixturevalue("pg_template")  # skips or fails as PostgreSQL's availability says
    admin = os.environ.get(PG_ENV, PG_DEFAULT)
    name = f"sokbo_e_{uuid.uuid4().hex[:10]}"
    asyncio.run(_pg_admin(admin, f'CREATE DATABASE "{name}"'))
    yield make_url(template).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sokbo.db'}"


@pytest.fixture
async def engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(db_url)
    yield engine
    await engine.dispose()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The replica test runs for over a minute: started first, the other workers finish the rest
    beside it instead of everything waiting for it at the end."""
    items.sort(key=lambda item: 0 if item.nodeid.startswith("tests/test_replicas.py") else 1)
