"""The one pattern for long work off the GUI thread: progress, Cancel, and the result by signal."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Job = Callable[[Progress, IsCancelled], object]


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

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self.is_cancelled)
        except self.stops:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which decides
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
