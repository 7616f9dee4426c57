"""The one worker for long work: its outcome and the garbage collector around it."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from desktop_app.ui.worker import CancellableWorker


def test_the_garbage_collector_is_paused_while_a_job_runs(qtbot: QtBot) -> None:
    """A collection in the worker thread freed dead widgets there, and shiboken deleted them a
    second time from the GUI thread (a segfault under load): the job runs with the collector
    paused, and it runs again once the last job has ended."""
    seen: list[bool] = []
    worker = CancellableWorker(lambda _progress, _cancelled: seen.append(gc.isenabled()))
    with qtbot.waitSignal(worker.succeeded, timeout=10000):
        worker.start()
    worker.wait()
    assert seen == [False] and gc.isenabled()
