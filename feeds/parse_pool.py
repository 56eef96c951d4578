"""Parse workers the app owns one by one, so a worker grown large is replaced between
documents instead of holding its high-water mark for the life of the process.

concurrent.futures.ProcessPoolExecutor cannot do that: it replaces a worker only after a
fixed count of tasks, and a worker that exits on its own breaks the whole pool. Each slot
here is one worker process fed one document at a time through its pipes; after each
document the worker reports its data size, and the slot swaps it for a fresh one past
`recycle_over` bytes of growth, so each document finds most of the memory bound free. A worker that dies (the OOM killer, a crash in C code)
fails only the document it held, and the slot starts another.
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

from feeds.parse_worker import WorkerLimits

log = logging.getLogger(__name__)

_Job = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], "Future[Any]"]


class WorkerDied(RuntimeError):
    """The worker holding a document exited before answering (killed, crashed)."""


class ParsePool(Executor):
    def __init__(self, workers: int, limits: WorkerLimits | None = None, *, recycle_over: int = 24 * 2**20) -> None:
        if workers < 1:
            raise ValueError("a parse pool needs at least one worker")
        self.limits = limits or WorkerLimits()
        self.recycle_over = recycle_over
        self.recycled = 0  # workers replaced for their size (status and tests read it)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._closed = False
        self._live: dict[str, int] = {}  # slot thread name -> its worker's pid, for benchmarks reading /proc
        self._slots = [threading.Thread(target=self._run_slot, name=f"parse-slot-{n}", daemon=True)
                       for n in range(workers)]
        for slot in self._slots:
            slot.start()

    def worker_pids(self) -> list[int]:
        """The live workers' process ids (bench/poll_cycle.py adds their CPU and memory)."""
        return list(self._live.values())

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if self._closed:
            raise RuntimeError("the parse pool is shut down")
        future: Future[Any] = Future()
        self._jobs.put((fn, args, kwargs, future))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._closed = True
        if cancel_futures:
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job[3].cancel()
        for _ in self._slots:
            self._jobs.put(None)
        if wait:
            for slot in self._slots:
                slot.join()

    # --- one slot: one worker at a time ------------------------------------------------------

    def _run_slot(self) -> None:
        worker: _Worker | None = None
        try:
            while (job := self._jobs.get()) is not None:
                fn, args, kwargs, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    if worker is None:
                        worker = _Worker.start(self.limits)
                        self._live[threading.current_thread().name] = worker.process.pid
                except (WorkerDied, OSError) as exc:  # cannot start one now: this document fails, the slot lives
                    future.set_exception(exc if isinstance(exc, WorkerDied) else WorkerDied(f"no parse worker: {exc}"))
                    continue
                try:
                    result, grown = worker.run(fn, args, kwargs)
                except WorkerDied as exc:
                    future.set_exception(exc)
                    worker.stop()
                    worker = None
                    continue
                except BaseException as exc:  # the job's own exception, sent back by the worker
                    future.set_exception(exc)
                    continue
                recycle = grown > self.recycle_over
                if recycle:  # counted before the answer goes out, so whoever reads the answer sees it
                    self.recycled += 1
                future.set_result(result)
                if recycle:
                    log.info("parse worker grew by %d MB; replacing it", grown // 2**20)
                    worker.stop()
                    worker = None
        finally:
            if worker is not None:
                worker.stop()


class _Worker:
    """One worker process, spoken to in pickles over its stdin and stdout.

    A plain `python -m feeds.parse_worker`, not multiprocessing: spawn re-imports the
    parent's main module in the child, and behind the `sokbo` console script that is the
    whole app (85 MB a worker instead of 25), plus a resource-tracker process of 12 MB.
    """

    def __init__(self, process: subprocess.Popen[bytes], size_at_start: int) -> None:
        self.process = process
        self.size_at_start = size_at_start

    @classmethod
    def start(cls, limits: WorkerLimits) -> _Worker:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_HOME), env.get("PYTHONPATH")]))
        process = subprocess.Popen(
            [sys.executable, "-m", "feeds.parse_worker", str(os.getpid()), pickle.dumps(limits).hex()],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=_HOME,
        )
        worker = cls(process, 0)
        try:
            worker.size_at_start = worker._read()
        except WorkerDied:
            worker.stop()
            raise
        return worker

    def run(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, int]:
        """The job's result and how far the worker's data size has grown since it started."""
        assert self.process.stdin is not None
        try:
            pickle.dump((fn, args, kwargs), self.process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self.process.stdin.flush()
        except OSError as exc:
            raise self._died("mid-document") from exc
        ok, value, size = self._read()
        if not ok:
            raise value
        return value, size - self.size_at_start

    def _read(self) -> Any:
        assert self.process.stdout is not None
        try:
            return pickle.load(self.process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            raise self._died("before answering") from exc

    def _died(self, when: str) -> WorkerDied:
        try:
            code = self.process.wait(5)
        except subprocess.TimeoutExpired:
            code = None
        return WorkerDied(f"the parse worker exited {when} (exit code {code})")

    def stop(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()  # the worker reads EOF and leaves
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


_HOME = Path(__file__).resolve().parent.parent  # where `feeds` is importable from, installed or not
