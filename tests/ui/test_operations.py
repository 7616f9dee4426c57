"""The one helper for long work: its outcomes, Cancel, a screen that goes away, and clean-up."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from desktop_app.domain.messages import Message, UserError
from desktop_app.ui.operations import Operation, running_operations
from desktop_app.ui.worker import CancellableWorker, IsCancelled, Progress
from tests.ui.conftest import Prompts

WAIT_MS = 10000


class Stopped(Exception):
    """What the test jobs raise when asked to stop."""


class Screen(QWidget):
    """A screen with the three widgets that show the work."""

    def __init__(self) -> None:
        super().__init__()
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton("Cancel", self)
        self.label = QLabel(self)
        self.seen: list[tuple[str, object]] = []

    def operation(self, job: Callable[[Progress, IsCancelled], Any], **kwargs: Any) -> Operation:
        return Operation(
            self,
            job,
            lambda result: self.seen.append(("success", result)),
            cancelled=lambda: self.seen.append(("cancelled", None)),
            ended=lambda: self.seen.append(("ended", None)),
            stops=(Stopped,),
            bar=self.bar,
            cancel_button=self.cancel_button,
            label=self.label,
            text="Working",
            **kwargs,
        )


def _until_stopped(started: threading.Event) -> Callable[[Progress, IsCancelled], int]:
    """A job that runs until it is cancelled (it never sleeps: it waits on its own event)."""

    def job(progress: Progress, is_cancelled: IsCancelled) -> int:
        progress(1, 4)
        started.set()
        wake = threading.Event()
        while not is_cancelled():
            wake.wait(0.005)
        raise Stopped

    return job


def _deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _workers() -> list[CancellableWorker]:
    return QCoreApplication.instance().findChildren(CancellableWorker)


def test_success_gives_the_typed_result_off_the_gui_thread(qtbot: QtBot) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    threads: list[QThread] = []
    reported = threading.Event()

    def job(progress: Progress, _cancelled: IsCancelled) -> int:
        threads.append(QThread.currentThread())
        progress(3, 4)
        reported.wait(WAIT_MS / 1000)
        return 42

    operation = screen.operation(job).start()
    assert operation.running and screen.bar.isVisibleTo(screen)
    assert screen.cancel_button.isEnabled() and screen.label.text() == "Working"
    qtbot.waitUntil(lambda: screen.bar.maximum() == 4, timeout=WAIT_MS)
    assert screen.bar.value() == 3  # determinate once the job reports
    reported.set()
    worker = operation.worker
    qtbot.waitUntil(lambda: not operation.running, timeout=WAIT_MS)
    assert screen.seen == [("success", 42), ("ended", None)]
    assert threads and threads[0] is not QThread.currentThread()
    assert not screen.bar.isVisibleTo(screen) and not screen.cancel_button.isVisibleTo(screen)
    _deleted_later()
    assert worker is not None and not Shiboken.isValid(worker)
    assert running_operations() == 0


def test_a_user_error_is_shown_in_the_error_box(qtbot: QtBot, prompts: Prompts) -> None:
    screen = Screen()
    qtbot.addWidget(screen)

    def job(_progress: Progress, _cancelled: IsCancelled) -> int:
        raise UserError(Message("Errors", "The stick is full."))

    operation = screen.operation(job).start()
    qtbot.waitUntil(lambda: not operation.running, timeout=WAIT_MS)
    assert prompts.shown == [("error", "The stick is full.")]
    assert screen.seen == [("ended", None)]


def test_a_user_error_goes_to_the_screens_own_handler(qtbot: QtBot, prompts: Prompts) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    errors: list[UserError] = []

    def job(_progress: Progress, _cancelled: IsCancelled) -> int:
        raise UserError(Message("Errors", "The stick is full."))

    operation = screen.operation(job, failure=errors.append).start()
    qtbot.waitUntil(lambda: not operation.running, timeout=WAIT_MS)
    assert [str(e) for e in errors] == ["The stick is full."] and prompts.shown == []
    assert screen.seen == [("ended", None)]


def test_a_bug_goes_to_the_crash_handler_after_the_screen_is_reset(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, prompts: Prompts
) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    handled: list[tuple[type[BaseException], BaseException, list[tuple[str, object]]]] = []

    def hook(kind: type[BaseException], value: BaseException, _tb: TracebackType | None) -> None:
        handled.append((kind, value, list(screen.seen)))

    monkeypatch.setattr(sys, "excepthook", hook)

    def job(_progress: Progress, _cancelled: IsCancelled) -> int:
        raise KeyError("no such column")

    operation = screen.operation(job).start()
    qtbot.waitUntil(lambda: not operation.running, timeout=WAIT_MS)
    assert [(kind, str(value), seen) for kind, value, seen in handled] == [
        (KeyError, "'no such column'", [("ended", None)])
    ]
    assert prompts.shown == [] and not screen.bar.isVisibleTo(screen)


def test_cancel_stops_the_job_at_its_next_step(qtbot: QtBot) -> None:
    screen = Screen()
    screen.show()
    qtbot.addWidget(screen)
    started = threading.Event()
    operation = screen.operation(_until_stopped(started)).start()
    assert started.wait(WAIT_MS / 1000)
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert screen.label.text() == "Đang dừng\u2026" and not screen.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not operation.running, timeout=WAIT_MS)
    assert screen.seen == [("cancelled", None), ("ended", None)]
    assert not screen.cancel_button.isVisible()


def test_work_that_must_finish_whole_cannot_be_cancelled(qtbot: QtBot) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    release = threading.Event()

    def job(_progress: Progress, is_cancelled: IsCancelled) -> bool:
        release.wait(WAIT_MS / 1000)
        return is_cancelled()

    operation = screen.operation(job, cancellable=False).start()
    assert not screen.cancel_button.isEnabled()
    operation.cancel()
    release.set()
    qtbot.waitUntil(lambda: not operation.running, timeout=WAIT_MS)
    assert screen.seen == [("success", False), ("ended", None)]


def test_a_screen_destroyed_mid_run_stops_the_job_and_hears_nothing(qtbot: QtBot) -> None:
    screen = Screen()
    started = threading.Event()
    operation = screen.operation(_until_stopped(started)).start()
    assert started.wait(WAIT_MS / 1000)
    seen = screen.seen
    worker = operation.worker
    screen.deleteLater()
    _deleted_later()  # the screen goes: its job is cancelled and its thread waited for
    assert not Shiboken.isValid(screen)
    assert not operation.running and running_operations() == 0
    assert worker is not None and worker.isFinished()
    QCoreApplication.processEvents()  # a queued outcome, if any, arrives: it must reach nobody
    _deleted_later()
    assert seen == [] and not Shiboken.isValid(worker)


def test_stop_waits_for_the_thread_and_runs_no_callback(qtbot: QtBot) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    started = threading.Event()
    operation = screen.operation(_until_stopped(started)).start()
    assert started.wait(WAIT_MS / 1000)
    worker = operation.worker
    operation.stop()
    assert worker is not None and worker.isFinished() and not operation.running
    QCoreApplication.processEvents()
    assert screen.seen == [] and not screen.bar.isVisibleTo(screen)


def test_many_jobs_in_a_row_leave_no_worker_behind(qtbot: QtBot) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    _deleted_later()  # what earlier tests let go of
    before = len(_workers())
    for number in range(40):
        operation = screen.operation(lambda _p, _c, n=number: n * 2).start()
        qtbot.waitUntil(lambda op=operation: not op.running, timeout=WAIT_MS)
    _deleted_later()
    assert [result for kind, result in screen.seen if kind == "success"] == [
        n * 2 for n in range(40)
    ]
    assert len(_workers()) == before and running_operations() == 0


def test_an_operation_runs_once(qtbot: QtBot) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    operation = screen.operation(lambda _p, _c: 1).start()
    with pytest.raises(RuntimeError):
        operation.start()
    qtbot.waitUntil(lambda: not operation.running, timeout=WAIT_MS)
