"""Reading the office's input files, on every processor core when there are many.

Reading a workbook is CPU work in Python and python-calamine, which hold the
interpreter's lock, so threads would not help. From :data:`PARALLEL_FROM` files
on, worker processes read chunks of files while the calling thread reads
chunks too. The workers are forked where that is safe (the command line on
Linux) and else start afresh with ``spawn`` (beside the window's threads, and
the only way on Windows). While they start, the caller is already reading, and
once it has read every other chunk it reads the workers' last ones too rather
than wait for them, so reading is never much slower than it is alone. Whatever
goes wrong with the workers (a pool that breaks, a program that cannot start
them), the files they did not return are read here instead, and the error is
written to the crash log for whoever supports the program; the results are the
same either way, in the order of the files.
"""

from __future__ import annotations

import multiprocessing
import os
import stat
import sys
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.crash_log import write_crash_log
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_app.reports.problems import TOO_LARGE
from desktop_app.reports.zip_guard import MAX_FILE_BYTES
from desktop_app.services.aggregation.aggregation_rules import UNREADABLE, FileOutcome, reject

if TYPE_CHECKING:
    from desktop_app.reports.contract import Expected
    from desktop_app.reports.reader import ReadResult

Read = tuple[FileOutcome | None, "ReadResult | None"]
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
PoolFactory = Callable[[int], Executor]

_BINARY = getattr(os, "O_BINARY", 0)  # Windows
PARALLEL_FROM = 48  # fewer files are read faster than worker processes start
CHUNK = 8  # files a worker reads per task: few enough that nobody waits long at the end
MOST_WORKERS = 3
START_VARIABLE = "HTSD_WORKER_START"  # "spawn": start them afresh even where a fork would do


class AggregationCancelled(Exception):
    """The user cancelled; nothing was written."""


def _unreadable(path: Path, text: str, **params: object) -> FileOutcome:
    return reject(path, None, UNREADABLE, Message("Aggregation", text, dict(params)))


def read_one(path: Path, expected: Expected | None = None) -> Read:
    """The file's read result, or a refusal when it cannot or should not be read; a report of
    another province or period than ``expected`` is read no further than its ``_meta``."""
    from desktop_app.reports.reader import read_report  # python-calamine, on use only

    try:
        # never blocks: a pipe or a device named .xlsx must not hang the aggregation
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _BINARY)
        with os.fdopen(descriptor, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if not stat.S_ISREG(mode):
                return (
                    _unreadable(
                        path,
                        QT_TRANSLATE_NOOP(
                            "Aggregation",
                            "This is not a regular file (a pipe or a device); it was skipped.",
                        ),
                    ),
                    None,
                )
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                return (
                    reject(
                        path,
                        None,
                        TOO_LARGE,
                        Message(
                            "Reports",
                            QT_TRANSLATE_NOOP(
                                "Reports",
                                "The file is {size} MB; a report is far smaller (at most {limit} "
                                "MB).",
                            ),
                            {
                                "size": size // (1024 * 1024),
                                "limit": MAX_FILE_BYTES // (1024 * 1024),
                            },
                        ),
                    ),
                    None,
                )
            # as much as the size says (asking for 50 MB costs a large allocation per file),
            # and on to the same bound when the file has grown since
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except FileNotFoundError:
        return _unreadable(path, QT_TRANSLATE_NOOP("Aggregation", "The file does not exist.")), None
    except IsADirectoryError:
        return _unreadable(path, QT_TRANSLATE_NOOP("Aggregation", "This is a folder.")), None
    except OSError as exc:
        return (
            _unreadable(
                path,
                QT_TRANSLATE_NOOP("Aggregation", "The file cannot be read ({error})."),
                error=exc.strerror or type(exc).__name__,
            ),
            None,
        )
    return None, read_report(data, path.name, expected)


def read_chunk(paths: Sequence[Path], expected: Expected | None = None) -> list[Read]:
    """What a worker process does with one task."""
    return [read_one(path, expected) for path in paths]


def worker_count() -> int:
    """Worker processes beside the caller: one per further core this process may use, at
    most :data:`MOST_WORKERS`."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        cores = os.process_cpu_count()
    elif hasattr(os, "sched_getaffinity"):  # Linux: the cores it may run on
        cores = len(os.sched_getaffinity(0))
    else:
        cores = os.cpu_count()
    return max(0, min(MOST_WORKERS, (cores or 1) - 1))


def worker_pool(workers: int) -> Executor:
    """Worker processes, started as :func:`start_method` says."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(start_method()))


def start_method() -> str:
    """``fork`` on Linux in a process with a single thread (the command line): the workers
    start at once with every module loaded, and no other thread can be caught halfway by the
    fork; else ``spawn`` (beside the window's threads, and the only way on Windows)."""
    if os.environ.get(START_VARIABLE) == "spawn":  # the frozen program's smoke test
        return "spawn"
    return "fork" if sys.platform.startswith("linux") and thread_count() == 1 else "spawn"


def thread_count() -> int:
    """The operating system's threads of this process (Linux); 0 when unknown."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def read_files(
    paths: Sequence[Path],
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    *,
    workers: int | None = None,
    pool_factory: PoolFactory | None = None,
    expected: Expected | None = None,
) -> list[Read]:
    """:func:`read_one` of each path, in order; ``progress(done, total)`` as files are read.

    ``workers`` worker processes (default :func:`worker_count`) help from
    :data:`PARALLEL_FROM` files on, made by ``pool_factory`` (default
    :func:`worker_pool`).

    Raises:
        AggregationCancelled: ``is_cancelled()`` turned true.
    """
    reading = _Reading(paths, progress, is_cancelled, expected)
    workers = worker_count() if workers is None else workers
    if workers > 0 and len(paths) >= PARALLEL_FROM:
        reading.start_workers(pool_factory or worker_pool, workers)
    return reading.run()


class _Reading:
    """One :func:`read_files`: the chunks left, those the workers have, and what is read."""

    def __init__(
        self,
        paths: Sequence[Path],
        progress: Progress | None,
        is_cancelled: IsCancelled | None,
        expected: Expected | None = None,
    ) -> None:
        self.expected = expected
        self.total = len(paths)
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.found: list[Read | None] = [None] * self.total
        self.done = 0
        self.chunks = deque(
            (start, list(paths[start : start + CHUNK])) for start in range(0, self.total, CHUNK)
        )
        self.given: dict[Future[list[Read]], tuple[int, list[Path]]] = {}
        self.pool: Executor | None = None
        self.most_given = 0
        self.logged = False

    def start_workers(self, pool_factory: PoolFactory, workers: int) -> None:
        try:
            self.pool = pool_factory(workers)
        except Exception as exc:  # no worker processes here (a sandbox, no shared memory)
            self.failed(exc)
            return
        self.most_given = 2 * workers

    def run(self) -> list[Read]:
        try:
            while self.chunks or self.given:
                self.hand_out()
                for future in [future for future in self.given if future.done()]:
                    self.collect(future)
                if self.chunks:  # the caller reads from the front, the workers take the back
                    self.read_here(*self.chunks.popleft())
                elif self.given:  # the workers' last chunks: read here rather than wait
                    future = next(reversed(self.given))  # the one they would read last
                    if not future.done():
                        future.cancel()  # still queued: nobody reads it twice
                    self.collect(future)
        finally:
            if self.pool is not None:
                self.pool.shutdown(wait=False, cancel_futures=True)
        reads = [read for read in self.found if read is not None]
        assert len(reads) == self.total
        return reads

    def hand_out(self) -> None:
        """Give the workers chunks from the back until ``most_given`` are theirs; a pool that
        cannot take one is let go (the caller then reads the rest)."""
        while self.pool is not None and self.chunks and len(self.given) < self.most_given:
            start, part = self.chunks.pop()
            try:
                self.given[self.pool.submit(read_chunk, part, expected=self.expected)] = (
                    start,
                    part,
                )
            except Exception as exc:  # broken, or shut down: the chunk is the caller's again
                self.failed(exc)
                self.chunks.append((start, part))
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = None

    def collect(self, future: Future[list[Read]]) -> None:
        """A worker's reads of its chunk; or the chunk read here, when the worker has not
        answered (yet), failed, or answered for other files."""
        start, part = self.given.pop(future)
        if future.done() and not future.cancelled():
            try:
                reads = future.result()
            except Exception as exc:  # a worker that died, or could not start: nothing lost
                self.failed(exc)
            else:
                if len(reads) == len(part):
                    self.keep(start, reads)
                    return
        self.read_here(start, part)

    def read_here(self, start: int, part: list[Path]) -> None:
        for offset, path in enumerate(part):
            if self.is_cancelled is not None and self.is_cancelled():
                raise AggregationCancelled
            self.keep(start + offset, [read_one(path, self.expected)])

    def keep(self, start: int, reads: list[Read]) -> None:
        self.found[start : start + len(reads)] = reads
        self.done += len(reads)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def failed(self, exc: Exception) -> None:
        """The workers' first failure goes to the crash log (the rest follow from it)."""
        if not self.logged:
            self.logged = True
            write_crash_log(type(exc), exc, exc.__traceback__)
