"""Check or import files off the GUI thread, on the worker's own database connection."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop_app.services import importing
from desktop_app.services.workspace import Workspace


class ImportWorker(QThread):
    """Runs :func:`importing.preview` (``apply=False``) or :func:`importing.apply`.

    A SQLite connection belongs to the thread that opened it, so the worker opens
    its own :class:`Workspace` on the same file. Results come back through
    queued signals; :meth:`cancel` asks the work to stop (an import then rolls
    back and writes nothing).
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # ImportPreview or ImportSummary
    failed = Signal(object)  # the exception (UserError, ImportRefused, or a bug)
    cancelled = Signal()

    def __init__(
        self,
        db_path: Path,
        paths: Sequence[str],
        today: date,
        *,
        apply: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.paths = list(paths)
        self.today = today
        self.applying = apply
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at the next chunk of rows."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._stop.is_set()

    def run(self) -> None:
        try:
            workspace = Workspace.open(self.db_path, create=False)
        except Exception as exc:  # reported to the GUI thread, which decides
            self.failed.emit(exc)
            return
        try:
            task = importing.apply if self.applying else importing.preview
            result = task(
                workspace,
                self.paths,
                today=self.today,
                progress=self.progressed.emit,
                is_cancelled=self._stop.is_set,
            )
        except importing.ImportCancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which decides
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            workspace.close()
