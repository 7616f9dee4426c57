"""One way to run long work off the GUI thread: :class:`Operation`.

In the spirit of Anki's ``QueryOp``: a screen says what to do in the worker thread
(``job``), what to do with its one typed result in the GUI thread (``success``), and
which widgets show the work; the operation owns everything else:

- the thread (a :class:`~desktop_app.ui.worker.CancellableWorker`, which pauses the
  garbage collector and hands the outcome over without a Python object crossing
  threads in a signal);
- progress: a busy bar until the job first reports, then a determinate one, and a
  label saying what is being done;
- Cancel: the button asks the job to stop at its next step (``Stopping…``);
- failure: a :class:`UserError` goes to ``failure`` (by default the error box of
  :mod:`desktop_app.ui.dialogs`), anything else is a bug and goes to
  ``sys.excepthook`` (the window's crash log and message), after ``ended`` ran;
- clean-up: the worker is deleted (``deleteLater``) and forgotten when the job ends;
  when the screen that started it is destroyed, the job is cancelled, waited for, and
  none of the screen's callbacks run.

A job that needs the database opens its own ``Workspace`` in the thread: a SQLite
connection belongs to the thread that opened it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.domain.messages import UserError
from desktop_app.ui import dialogs
from desktop_app.ui.worker import CancellableWorker, IsCancelled, Progress

T = TypeVar("T")

# Every operation whose thread runs, so that nothing drops the last reference to it meanwhile.
_running: set[Operation[Any]] = set()


def running_operations() -> int:
    """How many operations have a thread running now (0 once all have ended)."""
    return len(_running)


class Operation(Generic[T]):
    """Runs ``job(progress, is_cancelled)`` in a thread of its own for ``parent``.

    Args:
        parent: the screen the work is for; its destruction stops the work.
        job: runs in the worker thread; reports with ``progress(done, total)``,
            polls ``is_cancelled()`` and raises one of ``stops`` to stop.
        success: called in the GUI thread with what ``job`` returned.
        failure: called with a :class:`UserError` the job raised (default: the
            error box).
        cancelled: called when the job stopped on a Cancel (one of ``stops``).
        ended: called after every outcome (success, failure, cancel, a bug).
        stops: the exceptions by which the job says it was cancelled.
        bar, cancel_button, label, text: the widgets that show the work and what
            the label says while it runs; ``cancellable=False`` keeps Cancel
            disabled (work that must finish whole, such as writing one file).
    """

    def __init__(
        self,
        parent: QWidget,
        job: Callable[[Progress, IsCancelled], T],
        success: Callable[[T], object],
        *,
        failure: Callable[[UserError], object] | None = None,
        cancelled: Callable[[], object] | None = None,
        ended: Callable[[], object] | None = None,
        stops: tuple[type[BaseException], ...] = (),
        bar: QProgressBar | None = None,
        cancel_button: QPushButton | None = None,
        label: QLabel | None = None,
        text: str = "",
        cancellable: bool = True,
    ) -> None:
        self._parent = parent
        self._job = job
        self._success = success
        self._failure = failure
        self._cancelled = cancelled
        self._ended = ended
        self._stops = stops
        self._bar = bar
        self._cancel_button = cancel_button
        self._label = label
        self._text = text
        self._cancellable = cancellable
        self._worker: CancellableWorker | None = None
        self._started = False

    # -- the caller's side ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether the job was started and has not ended (nor been stopped)."""
        return self._worker is not None

    @property
    def worker(self) -> CancellableWorker | None:
        """The thread running the job, while it runs (for tests and diagnostics)."""
        return self._worker

    def start(self) -> Operation[T]:
        """Start the job in its own thread and show the work; once only."""
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        # Owned by the application, not the screen: a running thread must never be deleted
        # with a screen, and Python dropping its wrapper must not delete it mid-signal.
        worker = CancellableWorker(self._job, QCoreApplication.instance())
        worker.stops = self._stops
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._was_cancelled)
        self._worker = worker
        _running.add(self)
        self._parent.destroyed.connect(self._parent_destroyed)
        self._show_started()
        worker.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next step; ``cancelled`` follows when it does."""
        if self._worker is None or not self._cancellable:
            return
        self._worker.cancel()
        if self._cancel_button is not None:
            self._cancel_button.setEnabled(False)
        if self._label is not None:
            self._label.setText(QCoreApplication.translate("Operation", "Stopping\u2026"))

    def stop(self) -> None:
        """Cancel the job and wait for its thread to end; no callback runs after this.

        For a screen or a window that closes while the work runs (work that is not
        cancellable is let finish).
        """
        worker = self._release()
        if worker is None:
            return
        worker.blockSignals(True)  # nothing more to show
        worker.cancel()
        worker.wait()
        worker.deleteLater()
        self._show_ended()

    # -- the worker's side (GUI thread) -----------------------------------------------------------
    def _release(self) -> CancellableWorker | None:
        """Forget the worker (the one place that does); disconnect from the parent."""
        worker, self._worker = self._worker, None
        _running.discard(self)
        if worker is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the parent is already gone
                self._parent.destroyed.disconnect(self._parent_destroyed)
        return worker

    def _finish(self) -> bool:
        """The job ended: let the thread go; False when the operation was stopped."""
        worker = self._release()
        if worker is None:
            return False
        worker.wait()  # the job has returned; its thread is ending
        worker.deleteLater()
        self._show_ended()
        return True

    def _progressed(self, done: int, total: int) -> None:
        if self._worker is not None and self._bar is not None:
            self._bar.setRange(0, max(total, 1))
            self._bar.setValue(done)

    def _succeeded(self, result: object) -> None:
        if self._finish():
            try:
                self._success(result)  # type: ignore[arg-type]  # what the job returned: a T
            finally:
                self._end()

    def _failed(self, exc: object) -> None:
        if not self._finish():
            return
        if isinstance(exc, UserError):
            try:
                if self._failure is not None:
                    self._failure(exc)
                else:
                    dialogs.show_error(self._parent, exc)
            finally:
                self._end()
            return
        if self._label is not None:
            self._label.clear()  # no longer "Checking…"
        self._end()
        error = exc if isinstance(exc, BaseException) else RuntimeError(exc)
        sys.excepthook(type(error), error, error.__traceback__)  # a bug: the crash log

    def _was_cancelled(self) -> None:
        if self._finish():
            try:
                if self._cancelled is not None:
                    self._cancelled()
            finally:
                self._end()

    def _end(self) -> None:
        if self._ended is not None:
            self._ended()

    def _parent_destroyed(self) -> None:
        """The screen is gone: stop the job, run nothing of the screen's."""
        worker, self._worker = self._worker, None
        _running.discard(self)
        if worker is not None:
            worker.blockSignals(True)
            worker.cancel()
            worker.wait()
            worker.deleteLater()

    # -- showing the work -------------------------------------------------------------------------
    def _show_started(self) -> None:
        if self._bar is not None:
            self._bar.setRange(0, 0)  # busy until the first report
            self._bar.setValue(0)
            self._bar.setVisible(True)
        if self._cancel_button is not None:
            self._cancel_button.setVisible(True)
            self._cancel_button.setEnabled(self._cancellable)
            self._cancel_button.clicked.connect(self.cancel)
        if self._label is not None and self._text:
            self._label.setText(self._text)

    def _show_ended(self) -> None:
        if self._bar is not None:
            self._bar.setVisible(False)
        if self._cancel_button is not None:
            self._cancel_button.clicked.disconnect(self.cancel)
            self._cancel_button.setVisible(False)
            self._cancel_button.setEnabled(False)
