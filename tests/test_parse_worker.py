"""Parse workers never outlive the process that started them, and one document can cost
a worker only so much memory and CPU time before it is refused (issue #9, item 5)."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from feeds.parse import parse_document
from feeds.parse_pool import ParsePool, WorkerDied
from feeds.parse_worker import WorkerLimits, parse_bounded
from tests.feedkit import Item, rss

ROOT = Path(__file__).resolve().parent.parent

STARTER = """
import os, sys
sys.path.insert(0, {root!r})
from bot.app.wiring import parse_executor
pool = parse_executor(1)
print(pool.submit(os.getpid).result(), flush=True)
sys.stdin.read()  # wait to be killed
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purposes (its parent, PID 1 here, reaps it).
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def test_a_parse_worker_exits_when_its_parent_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", STARTER.format(root=str(ROOT))], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    assert alive(worker)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 60  # a liveness bound, not a speed figure: the watcher polls every second
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(worker), "the parse worker outlived its killed parent"


# --- the pool's bounds: a document past them is its feed's failure, never the worker's ------

def parse_job(document: bytes) -> Callable[[], object]:
    parse = functools.partial(parse_document, document, {}, feed_id="t", outlet="테스트",
                              base_url="https://news.example.kr/", fetched_at=datetime(2024, 7, 15, tzinfo=UTC))
    return functools.partial(parse_bounded, parse)


SMALL = rss([Item("멀쩡한 기사", link="https://news.example.kr/1", guid="g1")])
MANY = rss([Item(f"기사 {n}", link=f"https://news.example.kr/{n}", guid=f"g{n}", description="본문 " * 50)
            for n in range(6_000)])  # about 4 MB; some seconds of CPU and tens of MB to parse


PoolOf = Callable[..., ParsePool]


@pytest.fixture
def pool_of() -> Iterator[PoolOf]:
    pools: list[ParsePool] = []

    def make(limits: WorkerLimits, **kwargs: int) -> ParsePool:
        pools.append(ParsePool(1, limits, **kwargs))
        return pools[-1]

    yield make
    for pool in pools:
        pool.shutdown()


def test_a_document_past_the_memory_bound_is_refused_and_the_worker_parses_the_next(pool_of: PoolOf) -> None:
    pool = pool_of(WorkerLimits(memory_bytes=8 * 2**20))
    refused = pool.submit(parse_job(MANY)).result()
    assert refused.failure is not None and "scheduler.parse_memory" in refused.failure.message
    assert refused.failure.message.startswith("parsing this document needs more than 8 MB")
    assert [a.title for a in pool.submit(parse_job(SMALL)).result().articles] == ["멀쩡한 기사"]


def test_a_document_past_the_cpu_bound_is_refused_by_cpu_time_not_wall_time(pool_of: PoolOf) -> None:
    pool = pool_of(WorkerLimits(cpu_seconds=0.01))
    refused = pool.submit(parse_job(MANY)).result()
    assert refused.failure is not None and "scheduler.parse_cpu" in refused.failure.message
    assert [a.title for a in pool.submit(parse_job(SMALL)).result().articles] == ["멀쩡한 기사"]


def test_a_worker_that_grew_is_replaced_before_the_next_document(pool_of: PoolOf) -> None:
    pool = pool_of(WorkerLimits(), recycle_over=1)
    first = pool.submit(os.getpid).result()
    assert len(pool.submit(parse_job(MANY)).result().articles) == 200
    assert pool.recycled == 1
    assert pool.submit(os.getpid).result() != first


def test_a_worker_killed_mid_document_fails_that_document_only(pool_of: PoolOf) -> None:
    pool = pool_of(WorkerLimits())
    pid = pool.submit(os.getpid).result()
    with pytest.raises(WorkerDied, match="exit code -9"):
        pool.submit(functools.partial(os.kill, pid, signal.SIGKILL)).result()
    assert [a.title for a in pool.submit(parse_job(SMALL)).result().articles] == ["멀쩡한 기사"]
    assert pool.submit(os.getpid).result() != pid


def test_a_worker_that_cannot_start_fails_that_document_and_the_pool_lives_on(
        pool_of: PoolOf, monkeypatch: pytest.MonkeyPatch) -> None:
    import feeds.parse_pool

    pool = pool_of(WorkerLimits())
    monkeypatch.setattr(feeds.parse_pool.sys, "executable", "/nonexistent/python")
    with pytest.raises(WorkerDied):
        pool.submit(os.getpid).result()
    monkeypatch.undo()
    assert pool.submit(os.getpid).result() > 0
