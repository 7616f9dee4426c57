"""Reading many files with worker processes: the same results as reading alone, whatever happens.

The hand-over is tested with executors that stand in for the worker processes
(done at once, failing, never done), so each case is exact; one test starts real
worker processes (``spawn``) and compares every result with reading alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from desktop_app.services.aggregation import file_reading
from desktop_app.services.aggregation.file_reading import (
    CHUNK,
    PARALLEL_FROM,
    AggregationCancelled,
    Read,
    read_files,
)
from tests.services.aggregation_samples import A, B, C, three_communes

COUNT = PARALLEL_FROM + 13  # not a whole number of chunks


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """COUNT files: the three communes' workbooks (and an older copy, one edited by hand) over
    and over under other names, a junk file, and a path that does not exist."""
    folder = tmp_path_factory.mktemp("inbox")
    sources = list(three_communes(folder).values())
    paths = []
    for number in range(COUNT - 2):
        path = folder / f"copy-{number:03d}.xlsx"
        path.write_bytes(sources[number % len(sources)].read_bytes())
        paths.append(path)
    (folder / "junk.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    return [*paths[:20], folder / "junk.xlsx", *paths[20:], folder / "missing.xlsx"]


def _summary(reads: list[Read]) -> list[tuple[Any, ...]]:
    """What reading found in each file, comparable across processes."""
    found = []
    for refused, result in reads:
        if refused is not None:
            found.append(("refused", refused.name, refused.reasons))
        else:
            assert result is not None
            table = result.month_table
            found.append(
                (
                    result.file_name,
                    result.reasons,
                    result.meta.get("unit_code"),
                    sorted(result.values.items()),
                    result.edited,
                    None if table is None else (table.units, table.months),
                )
            )
    return found


@pytest.fixture(scope="module")
def alone(inbox: list[Path]) -> list[tuple[Any, ...]]:
    reads = read_files(inbox, workers=0)
    summary = _summary(reads)
    assert [s[0] for s in summary[:3]] == ["copy-000.xlsx", "copy-001.xlsx", "copy-002.xlsx"]
    assert summary[20][:2] == ("junk.xlsx", ["damaged"])  # read, and refused by the reader
    assert summary[-1] == ("refused", "missing.xlsx", ("unreadable",))
    assert {s[2] for s in summary if s[0] not in ("refused", "junk.xlsx")} == {A, B, C}
    return summary


class Immediate(Executor):
    """Stands in for the workers: each task done at once (or as ``outcome`` says)."""

    def __init__(self, outcome: Callable[[list[Path]], Future[list[Read]]] | None = None) -> None:
        self.outcome = outcome
        self.chunks: list[list[Path]] = []
        self.futures: list[Future[list[Read]]] = []
        self.shut = False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        (part,) = args
        self.chunks.append(part)
        if self.outcome is not None:
            future = self.outcome(part)
        else:
            future = Future()
            future.set_result(fn(*args, **kwargs))
        self.futures.append(future)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.shut = True


def _factory(pool: Executor) -> Callable[[int], Executor]:
    return lambda _workers: pool


def test_workers_and_caller_share_the_files_in_order(
    inbox: list[Path], alone: list[tuple[Any, ...]]
) -> None:
    pool = Immediate()
    seen: list[tuple[int, int]] = []
    reads = read_files(
        inbox,
        lambda done, total: seen.append((done, total)),
        workers=2,
        pool_factory=_factory(pool),
    )
    assert _summary(reads) == alone
    given = {path for part in pool.chunks for path in part}
    assert 0 < len(given) < len(inbox)  # the workers took chunks from the back, not all
    assert inbox[-1] in given and inbox[0] not in given
    assert all(len(part) <= CHUNK for part in pool.chunks)
    assert seen[-1] == (COUNT, COUNT) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert pool.shut


def test_few_files_are_read_without_workers(inbox: list[Path]) -> None:
    pool = Immediate()
    read_files(inbox[: PARALLEL_FROM - 1], workers=2, pool_factory=_factory(pool))
    assert pool.chunks == [] and not pool.shut


def _broken(_part: list[Path]) -> Future[list[Read]]:
    future: Future[list[Read]] = Future()
    future.set_exception(BrokenProcessPool("a worker died"))
    return future


def test_a_broken_worker_loses_nothing_and_is_logged(
    inbox: list[Path], alone: list[tuple[Any, ...]], data_dir: Path
) -> None:
    pool = Immediate(_broken)
    assert _summary(read_files(inbox, workers=1, pool_factory=_factory(pool))) == alone
    assert pool.chunks  # the workers were given chunks, and failed them all
    log = (data_dir / "logs" / "htsd-errors.log").read_text(encoding="utf-8")
    assert "BrokenProcessPool: a worker died" in log
    assert log.count("--- ") == 1  # the first failure; the others follow from it


def test_no_worker_processes_at_all_reads_everything_here(
    inbox: list[Path], alone: list[tuple[Any, ...]], data_dir: Path
) -> None:
    def no_pool(_workers: int) -> Executor:
        raise OSError(38, "Function not implemented")  # no shared memory in a sandbox

    assert _summary(read_files(inbox, workers=1, pool_factory=no_pool)) == alone
    log = (data_dir / "logs" / "htsd-errors.log").read_text(encoding="utf-8")
    assert "Function not implemented" in log


def test_a_pool_that_takes_nothing_leaves_it_all_to_the_caller(
    inbox: list[Path], alone: list[tuple[Any, ...]]
) -> None:
    class Refusing(Immediate):
        def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
            raise RuntimeError("cannot schedule new futures after shutdown")

    pool = Refusing()
    assert _summary(read_files(inbox, workers=1, pool_factory=_factory(pool))) == alone
    assert pool.shut


def test_workers_that_never_answer_do_not_hold_the_caller(
    inbox: list[Path], alone: list[tuple[Any, ...]], data_dir: Path
) -> None:
    pool = Immediate(lambda _part: Future())  # never done: a worker still starting
    assert _summary(read_files(inbox, workers=2, pool_factory=_factory(pool))) == alone
    assert len(pool.chunks) >= 4 and pool.shut
    assert all(future.cancelled() for future in pool.futures)  # nobody reads them twice
    assert not (data_dir / "logs").exists()  # slow is not an error


def test_a_worker_answer_of_the_wrong_length_is_read_again(
    inbox: list[Path], alone: list[tuple[Any, ...]]
) -> None:
    def short(part: list[Path]) -> Future[list[Read]]:
        future: Future[list[Read]] = Future()
        future.set_result(file_reading.read_chunk(part[:-1]))
        return future

    assert _summary(read_files(inbox, workers=1, pool_factory=_factory(Immediate(short)))) == alone


def test_cancel_stops_between_two_files_and_lets_the_workers_go(inbox: list[Path]) -> None:
    pool = Immediate(lambda _part: Future())
    done: list[int] = []
    with pytest.raises(AggregationCancelled):
        read_files(
            inbox,
            lambda count, _total: done.append(count),
            lambda: len(done) >= 5,
            workers=1,
            pool_factory=_factory(pool),
        )
    assert done == [1, 2, 3, 4, 5] and pool.shut


def test_real_worker_processes_read_alike(
    inbox: list[Path], alone: list[tuple[Any, ...]], data_dir: Path
) -> None:
    class Recording(Executor):
        """The real worker processes, their tasks kept."""

        def __init__(self, workers: int) -> None:
            self.pool = file_reading.worker_pool(workers)
            self.futures: list[Future[Any]] = []

        def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
            future = self.pool.submit(fn, *args, **kwargs)
            self.futures.append(future)
            return future

        def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
            self.pool.shutdown(wait=wait, cancel_futures=cancel_futures)

    made: list[Recording] = []

    def factory(workers: int) -> Executor:
        made.append(Recording(workers))
        return made[0]

    def progress(done: int, _total: int) -> None:
        if done == 1:  # hold the caller until a worker process has answered a chunk
            made[0].futures[0].result(timeout=120)

    assert _summary(read_files(inbox, progress, workers=1, pool_factory=factory)) == alone
    answered = [f for f in made[0].futures if f.done() and not f.cancelled()]
    assert answered and all(0 < len(f.result()) <= CHUNK for f in answered)
    assert not (data_dir / "logs").exists()


def test_one_worker_per_further_core(monkeypatch: pytest.MonkeyPatch) -> None:
    for cores, workers in ((1, 0), (2, 1), (4, 3), (16, 3), (None, 0)):
        monkeypatch.setattr(file_reading.os, "process_cpu_count", lambda c=cores: c, raising=False)
        monkeypatch.setattr(file_reading.os, "cpu_count", lambda c=cores: c)
        assert file_reading.worker_count() == workers, cores


def test_workers_are_forked_only_from_a_process_with_one_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(file_reading.sys, "platform", "linux")
    for threads, method in ((1, "fork"), (2, "spawn"), (40, "spawn"), (0, "spawn")):
        monkeypatch.setattr(file_reading, "thread_count", lambda n=threads: n)
        assert file_reading.start_method() == method, threads
    monkeypatch.setattr(file_reading, "thread_count", lambda: 1)
    monkeypatch.setenv(file_reading.START_VARIABLE, "spawn")  # as the frozen smoke test asks
    assert file_reading.start_method() == "spawn"
    monkeypatch.delenv(file_reading.START_VARIABLE)
    monkeypatch.setattr(file_reading.sys, "platform", "win32")
    assert file_reading.start_method() == "spawn"


def test_with_another_thread_running_the_workers_start_afresh() -> None:
    go = threading.Event()
    waiting = threading.Thread(target=go.wait)
    waiting.start()
    try:
        assert file_reading.thread_count() >= 2  # this one and the one waiting
        assert file_reading.start_method() == "spawn"
    finally:
        go.set()
        waiting.join()
