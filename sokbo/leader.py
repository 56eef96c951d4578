"""Which replica does what a cluster needs done once: hold the Discord gateway, prune.

PostgreSQL is the coordinator (no consensus of our own): the leader is the replica whose
session holds an advisory lock. The lock lives as long as the session, so a replica killed
with -9 loses it the moment the kernel closes its socket, and the next replica to try (every
`retry`) takes over within seconds. A replica that loses its connection while alive stops
leading at once: `on_lost` runs before anyone else can be elected on a healthy server.

SQLite is one process by design: that process leads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)

# One key for the whole cluster; migrations use 7051330 with a transaction-level lock.
LEADER_KEY = 7051331

Hook = Callable[[], Awaitable[None]]


class Leadership:
    def __init__(self, engine: AsyncEngine, *, retry: timedelta = timedelta(seconds=2), key: int = LEADER_KEY) -> None:
        self.engine = engine
        self.retry = retry
        self.key = key
        self.is_leader = False
        self._elected: list[Hook] = []
        self._lost: list[Hook] = []
        self._connection: AsyncConnection | None = None

    def on_elected(self, hook: Hook) -> None:
        self._elected.append(hook)

    def on_lost(self, hook: Hook) -> None:
        self._lost.append(hook)

    async def run(self) -> None:
        """Until cancelled: try to lead; while leading, check the session every `retry`."""
        try:
            if self.engine.dialect.name != "postgresql":
                await self._become_leader()
                await asyncio.Event().wait()
            while True:
                try:
                    if not self.is_leader:
                        if await self._try_lock():
                            await self._become_leader()
                    else:
                        await self._check_session()
                except Exception as exc:  # the server went away: whatever we held is gone with the session
                    log.warning("leadership: database session failed (%r); %s", exc,
                                "stepping down" if self.is_leader else "trying again")
                    await self._drop_connection()
                    await self._step_down()
                await asyncio.sleep(self.retry.total_seconds())
        finally:
            await self._drop_connection()
            self.is_leader = False

    async def _try_lock(self) -> bool:
        if self._connection is None:
            self._connection = await self.engine.connect()
        acquired = (await self._connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key})).scalar()
        await self._connection.commit()  # the lock is the session's; no transaction stays open
        return bool(acquired)

    async def _check_session(self) -> None:
        assert self._connection is not None
        await self._connection.execute(text("SELECT 1"))
        await self._connection.commit()

    async def _become_leader(self) -> None:
        self.is_leader = True
        log.info("leadership: this replica leads (Discord gateway, retention)")
        for hook in self._elected:
            await _run_hook("elected", hook)

    async def _step_down(self) -> None:
        if not self.is_leader:
            return
        self.is_leader = False
        for hook in self._lost:
            await _run_hook("lost", hook)

    async def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                # Invalidated, not returned to the pool: the server session ends and the lock with it.
                await connection.invalidate()
                await connection.close()


async def _run_hook(what: str, hook: Hook) -> None:
    try:
        await hook()
    except Exception:
        log.exception("leadership: a hook run on being %s failed", what)
