"""Check or import files off the GUI thread, on the worker's own database connection."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.services.importing import importing
from desktop_app.services.workspace import Workspace
from desktop_app.ui.worker import CancellableWorker, IsCancelled, Progress


class ImportWorker(CancellableWorker):
    """Runs :func:`importing.preview` (``apply=False``) or :func:`importing.apply`.

    A SQLite connection belongs to the thread that opened it, so the worker opens
    its own :class:`Workspace` on the same file. :meth:`cancel` asks the work to
    stop (an import then rolls back and writes nothing). ``succeeded`` carries
    an ImportPreview or an ImportSummary.
    """

    stops = (importing.ImportCancelled,)

    def __init__(
        self,
        db_path: Path,
        paths: Sequence[str],
        today: date,
        *,
        apply: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(self._work, parent)
        self.db_path = db_path
        self.paths = list(paths)
        self.today = today
        self.applying = apply

    def _work(self, progress: Progress, is_cancelled: IsCancelled) -> object:
        workspace = Workspace.open(self.db_path, create=False)
        try:
            task = importing.apply if self.applying else importing.preview
            return task(
                workspace,
                self.paths,
                today=self.today,
                progress=progress,
                is_cancelled=is_cancelled,
            )
        finally:
            workspace.close()
