"""What runs inside a spawned parse worker besides the parsing itself: it leaves with its
parent, and it bounds the memory and CPU time one document may take.

Kept apart from the app's modules so a worker imports only this to start with.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import re
import resource
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import Any, BinaryIO

from feeds.records import Failure, FailureKind, ParsedFeed


@dataclass(frozen=True)
class WorkerLimits:
    """What one feed document may cost its parse worker.

    feedparser's loose parser builds one string piece per entity or tag it meets, so a
    3 MB document can need 100 MB and several seconds; no check of the document up front
    catches every such shape, so the worker itself is bounded and the document refused.
    """

    memory_bytes: int | None = None  # data the worker may add to what it holds when started
    cpu_seconds: float | None = None  # CPU time one document may take


class _CpuExceeded(BaseException):
    """Raised by the CPU timer's signal; a BaseException so that the parser's own
    `except Exception` (one bad item is that item skipped) cannot swallow it."""


_limits = WorkerLimits()  # unbounded unless serve() set it: a thread in the app shares its process


def exit_with_parent(parent_pid: int, interval: float = 1.0) -> None:
    """A worker whose parent died exits instead of lingering.

    ProcessPoolExecutor workers notice a parent that shut down cleanly, but not one that
    was killed (SIGKILL, OOM killer): each kill of `sokbo run` used to leave its parse
    worker and multiprocessing's resource tracker behind, about 98 MB under PID 1.
    """
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def serve(jobs: BinaryIO, answers: BinaryIO, parent_pid: int, limits: WorkerLimits) -> None:
    """A worker's life (feeds.parse_pool): bound itself, say its size, then run one pickled
    job at a time, answering (ok, result or exception, its data size after it), until its
    input closes. Data size (VmData), not resident size: it is what the memory bound counts,
    and heap freed but kept by the allocator still counts against the next document.

    Memory is RLIMIT_DATA (heap and private mappings, not shared libraries), set once over
    what the worker holds when ready: past it an allocation fails with MemoryError, which
    unwinds the parse and frees what it built. The pool replaces a worker whose heap stays
    grown, so the next document gets its share. CPU time, not wall time, bounds a parse, so
    a loaded machine does not cut one short.
    """
    global _limits
    exit_with_parent(parent_pid)
    import feeds.parse  # noqa: F401  (its cost belongs to the baseline, not to the first document)

    if limits.cpu_seconds is not None:
        signal.signal(signal.SIGVTALRM, _cpu_exceeded)
    if limits.memory_bytes is not None:
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        soft = _status_bytes("VmData") + limits.memory_bytes
        resource.setrlimit(resource.RLIMIT_DATA, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
    _limits = limits
    _answer(answers, _status_bytes("VmData"))
    while True:
        try:
            fn, args, kwargs = pickle.load(jobs)
        except (EOFError, OSError):
            return
        try:
            answer: tuple[bool, Any, int] = (True, fn(*args, **kwargs), 0)
        except BaseException as exc:  # sent back to the caller, as an executor does
            answer = (False, exc, 0)
        _give_back()
        answer = (answer[0], answer[1], _status_bytes("VmData"))
        try:
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            data = pickle.dumps((False, RuntimeError(f"unpicklable answer: {type(exc).__name__}: {exc}"), answer[2]))
        del answer
        _answer(answers, data, pickled=True)


def _answer(answers: BinaryIO, value: Any, *, pickled: bool = False) -> None:
    answers.write(value if pickled else pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    answers.flush()


def _status_bytes(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        match = re.search(rf"^{field}:\s+(\d+) kB", status.read(), re.MULTILINE)
    return int(match.group(1)) * 1024 if match else 0


def _give_back() -> None:
    """Return freed heap to the system after a document (glibc only; elsewhere a no-op)."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _cpu_exceeded(_signum: int, _frame: FrameType | None) -> None:
    raise _CpuExceeded


def parse_bounded(parse: Callable[[], ParsedFeed]) -> ParsedFeed:
    """`parse` (parse_document with its arguments bound) within the worker's limits: a document
    past them is this feed's failure with the setting to raise, never the worker's death or
    another feed's wait."""
    limits = _limits
    timed = limits.cpu_seconds is not None and threading.current_thread() is threading.main_thread()
    try:
        if timed:
            signal.setitimer(signal.ITIMER_VIRTUAL, limits.cpu_seconds or 0)
        return parse()
    except MemoryError:
        limit = f"{(limits.memory_bytes or 0) / 2**20:.0f} MB" if limits.memory_bytes else "the memory available"
        return ParsedFeed((), (), Failure(
            FailureKind.TOO_LARGE, f"parsing this document needs more than {limit} (scheduler.parse_memory)"))
    except _CpuExceeded:
        return ParsedFeed((), (), Failure(
            FailureKind.TOO_LARGE, f"parsing this document took more than {limits.cpu_seconds:g} s of CPU "
            "(scheduler.parse_cpu)"))
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)


def main(argv: list[str]) -> None:
    """`python -m feeds.parse_worker PARENT_PID LIMITS_HEX`: jobs on stdin, answers on
    stdout; anything a library prints goes to stderr, never into the answers."""
    import sys

    from feeds import parse_worker  # run as __main__, this file is a second module: use the real one

    jobs, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    parse_worker.serve(jobs, answers, int(argv[0]), pickle.loads(bytes.fromhex(argv[1])))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
