"""One replica leads (holds the Discord gateway, prunes); when it dies another takes over.

Real PostgreSQL sessions and advisory locks: a leader's session ending, by a clean stop or by
the server dropping it as it does for a process killed with -9, hands leadership on."""

from __future__ import annotations

import asyncio
import random
from datetime import timedelta

from sqlalchemy import text

from sokbo.db import make_engine
from sokbo.leader import Leadership

FAST = timedelta(milliseconds=100)


async def _until(condition: object, what: str, seconds: float = 20.0) -> None:
    """A liveness bound (the takeover happens), not a speed figure."""
    for _ in range(int(seconds / 0.05)):
        if condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_the_only_process_on_sqlite_leads(sqlite_url: str) -> None:
    async def scenario() -> None:
        engine = make_engine(sqlite_url)
        elected: list[str] = []
        leader = Leadership(engine, retry=FAST)

        async def note() -> None:
            elected.append("elected")

        leader.on_elected(note)
        task = asyncio.create_task(leader.run())
        await _until(lambda: leader.is_leader, "the SQLite process to lead")
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await engine.dispose()
        assert elected == ["elected"] and not leader.is_leader

    asyncio.run(scenario())


def test_one_replica_leads_and_another_takes_over_when_its_session_ends(pg_template: str) -> None:
    async def scenario() -> None:
        key = random.randrange(1, 2**31)  # this test's own lock, whatever else runs on the server
        engines = [make_engine(pg_template) for _ in range(3)]
        events: list[tuple[int, str]] = []
        leaders = [Leadership(engine, retry=FAST, key=key) for engine in engines]
        for number, leader in enumerate(leaders):
            async def elected(number: int = number) -> None:
                events.append((number, "elected"))

            async def lost(number: int = number) -> None:
                events.append((number, "lost"))

            leader.on_elected(elected)
            leader.on_lost(lost)
        tasks = [asyncio.create_task(leader.run()) for leader in leaders]
        try:
            await _until(lambda: any(leader.is_leader for leader in leaders), "a leader")
            await asyncio.sleep(5 * FAST.total_seconds())  # the others have tried several times
            assert sum(leader.is_leader for leader in leaders) == 1
            first = next(i for i, leader in enumerate(leaders) if leader.is_leader)

            # Killed: the server ends its session, as it does when a process dies with -9.
            async with engines[(first + 1) % 3].connect() as admin:
                await admin.execute(text("SELECT pg_terminate_backend(pid) FROM pg_locks "
                                         "WHERE locktype = 'advisory' AND objid = :key"), {"key": key})
            await _until(lambda: any(leader.is_leader for i, leader in enumerate(leaders) if i != first),
                         "another replica to take over")
            await _until(lambda: (first, "lost") in events, "the old leader to step down")
            assert sum(leader.is_leader for leader in leaders) == 1

            # Stopped cleanly: its session closes and the lock goes with it.
            second = next(i for i, leader in enumerate(leaders) if leader.is_leader)
            tasks[second].cancel()
            await asyncio.gather(tasks[second], return_exceptions=True)
            await _until(lambda: any(leader.is_leader for i, leader in enumerate(leaders) if i != second),
                         "a third replica to take over")
            assert sum(leader.is_leader for leader in leaders) == 1
            assert [e for e in events if e[1] == "elected"][0][0] == first
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for engine in engines:
                await engine.dispose()

    asyncio.run(scenario())
