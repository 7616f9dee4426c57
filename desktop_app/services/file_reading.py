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
from desktop_app.services.aggregation_rules import UNREADABLE, FileOutcome, reject

if TYPE_CHECKING:
    from desktop_app.reports.reader import ReadResult

Read = tuple[FileOutcome | None, "ReadResult | None"]
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
PoolFactory = Callable[[int], Executor]

PARALLEL_FROM = 48  # fewer files are read faster than worker processes start
CHUNK = 8  # files a worker reads per task: few enough that nobody waits long at the end
MOST_WORKERS = 3


class AggregationCancelled(Exception):
    """The user cancelled; nothing was written."""


def _unreadable(path: Path, text: str, **params: object) -> FileOutcome:
    return reject(path, None, UNREADABLE, Message("Aggregation", text, dict(params)))


def read_one(path: Path) -> Read:
    """The file's read result, or a refusal when it cannot or should not be read."""
    from desktop_app.reports.reader import read_report  # python-calamine, on use only

    try:
        size = path.stat().st_size
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
                            "The file is {size} MB; a report is far smaller (at most {limit} MB).",
                        ),
                        {"size": size // (1024 * 1024), "limit": MAX_FILE_BYTES // (1024 * 1024)},
                    ),
                ),
                None,
            )
        with path.open("rb") as handle:
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
    return None, read_report(data, path.name)


def read_chunk(paths: Sequence[Path]) -> list[Read]:
    """What a worker process does with one task."""
    return [read_one(path) for path in paths]


def worker_count() -> int:
    """Worker processes beside the caller: one per further core, at most :data:`MOST_WORKERS`."""
    cores = os.process_cpu_count() if hasattr(os, "process_cpu_count") else os.cpu_count()
    return max(0, min(MOST_WORKERS, (cores or 1) - 1))


def worker_pool(workers: int) -> Executor:
    """Worker processes, started as :func:`start_method` says."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(start_method()))


def start_method() -> str:
    """``fork`` on Linux in a process with a single thread (the command line): the workers
    start at once with every module loaded, and no other thread can be caught halfway by the
    fork; else ``spawn`` (beside the window's threads, and the only way on Windows)."""
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
) -> list[Read]:
    """:func:`read_one` of each path, in order; ``progress(done, total)`` as files are read.

    ``workers`` worker processes (default :func:`worker_count`) help from
    :data:`PARALLEL_FROM` files on, made by ``pool_factory`` (default
    :func:`worker_pool`).

    Raises:
        AggregationCancelled: ``is_cancelled()`` turned true.
    """
    total = len(paths)
    workers = worker_count() if workers is None else workers
    found: list[Read | None] = [None] * total
    chunks = deque((start, list(paths[start : start + CHUNK])) for start in range(0, total, CHUNK))
    make = pool_factory or worker_pool
    pool = make(workers) if workers > 0 and total >= PARALLEL_FROM else None
    given: dict[Future[list[Read]], tuple[int, list[Path]]] = {}
    done = 0

    def keep(start: int, reads: list[Read]) -> None:
        nonlocal done
        found[start : start + len(reads)] = reads
        done += len(reads)
        if progress is not None:
            progress(done, total)

    def read_here(start: int, part: list[Path]) -> None:
        for offset, path in enumerate(part):
            if is_cancelled is not None and is_cancelled():
                raise AggregationCancelled
            keep(start + offset, [read_one(path)])

    try:
        while chunks or given:
            if pool is not None:
                pool = _hand_out(pool, chunks, given, 2 * workers)
            for future in [future for future in given if future.done()]:
                start, part = given.pop(future)
                keep(start, _returned(future, part))
            if chunks:  # the caller reads from the front, the workers take from the back
                read_here(*chunks.popleft())
            elif given:  # the workers' last chunks: read here too rather than wait for them
                read_here(*given.pop(next(reversed(given))))  # the one they would read last
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    reads = [read for read in found if read is not None]
    assert len(reads) == total
    return reads


def _hand_out(
    pool: Executor,
    chunks: deque[tuple[int, list[Path]]],
    given: dict[Future[list[Read]], tuple[int, list[Path]]],
    most: int,
) -> Executor | None:
    """Give the workers chunks from the back until ``most`` are theirs; None once the pool
    cannot take any (the caller then reads the rest)."""
    while chunks and len(given) < most:
        start, part = chunks.pop()
        try:
            given[pool.submit(read_chunk, part)] = (start, part)
        except Exception as exc:  # broken, or shut down: the chunk is the caller's again
            write_crash_log(type(exc), exc, exc.__traceback__)
            chunks.append((start, part))
            pool.shutdown(wait=False, cancel_futures=True)
            return None
    return pool


def _returned(future: Future[list[Read]], part: list[Path]) -> list[Read]:
    """A worker's reads, or the chunk read here when the worker failed."""
    try:
        reads = future.result()
    except Exception as exc:  # a worker that died, or could not start: nothing is lost
        write_crash_log(type(exc), exc, exc.__traceback__)
        return read_chunk(part)
    return reads if len(reads) == len(part) else read_chunk(part)
