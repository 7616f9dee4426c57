"""The thread under long work: progress, Cancel, and the result by signal.

Screens do not use it directly: :class:`desktop_app.ui.operations.Operation` owns one
per job, with the progress bar, Cancel, the outcome and the clean-up around it.

The job's result (or its exception) waits on the worker, and an empty signal tells the
GUI thread, which then emits :attr:`succeeded`, :attr:`failed` or :attr:`cancelled` itself:
every slot that receives a result runs in the GUI thread, after the job has let go of it.

Python's cyclic garbage collector is paused while a job runs: a collection set off in the
worker thread could free a dead window's widgets there, and shiboken then deletes their C++
objects a second time from the GUI thread (a segmentation fault in
``BindingManager::runDeletionInMainThread``, every time the overview tests ran after the
mnemonics tests). With the collector paused, collections happen in the GUI thread only.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Job = Callable[[Progress, IsCancelled], object]

_collector = threading.Lock()
_jobs_running = 0  # the collector runs again when the last job ends


def _pause_collector() -> None:
    global _jobs_running
    with _collector:
        _jobs_running += 1
        gc.disable()


def _resume_collector() -> None:
    global _jobs_running
    with _collector:
        _jobs_running -= 1
        if _jobs_running == 0:
            gc.enable()


class CancellableWorker(QThread):
    """Runs ``job(progress, is_cancelled)`` in its own thread; results come back by signal.

    The job reports with ``progress(done, total)``, polls ``is_cancelled()``
    between steps and raises one of :attr:`stops` when it is; that becomes
    :attr:`cancelled`. Any other exception goes to :attr:`failed` for the GUI
    thread to decide on; the job's result goes to :attr:`succeeded`.
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what work() returned
    failed = Signal(object)  # the exception (a UserError, or a bug)
    cancelled = Signal()
    stops: tuple[type[BaseException], ...] = ()
    _ended = Signal()  # from the worker thread: the outcome waits in ``_outcome``

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()
        self._outcome: tuple[Signal, tuple[object, ...]] | None = None
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._stop.is_set()

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        """Start the job, the garbage collector paused until it ends (see the module)."""
        _pause_collector()
        try:
            super().start(priority)
        except BaseException:
            _resume_collector()
            raise

    def run(self) -> None:
        try:
            self._run()
        finally:
            _resume_collector()

    def _run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self.is_cancelled)
        except self.stops:
            self._outcome = (self.cancelled, ())
        except Exception as exc:  # reported to the GUI thread, which decides
            self._outcome = (self.failed, (exc,))
        else:
            self._outcome = (self.succeeded, (result,))
        self._ended.emit()

    def _deliver(self) -> None:
        """In the thread the worker belongs to (the GUI's): announce the outcome."""
        outcome, self._outcome = self._outcome, None
        if outcome is not None:
            signal, arguments = outcome
            signal.emit(*arguments)
