"""Check a set of commune workbooks, or write the consolidated one, off the GUI thread.

Aggregation reads files only (no database), so the worker needs no
:class:`Workspace`; results come back through queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop_app.domain.periods import Period
from desktop_app.domain.templates import Template
from desktop_app.services import aggregation
from desktop_app.services.aggregation import Aggregation

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Job = Callable[[Progress, IsCancelled], object]


class AggregationWorker(QThread):
    """Runs one job: :meth:`checking` (read and judge every file) or :meth:`writing`.

    :meth:`cancel` asks a check to stop before the next file; writing a
    workbook is not cancelled (it takes well under a second and is written
    whole or not at all).
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # Aggregation, or the Path written
    failed = Signal(object)  # the exception (UserError, or a bug)
    cancelled = Signal()

    def __init__(self, job: Job, *, writes: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.writes = writes
        self._stop = threading.Event()

    @classmethod
    def checking(
        cls,
        inputs: Sequence[Path | str],
        period: Period,
        template: Template,
        province_code: str | None,
        parent: QObject | None = None,
    ) -> AggregationWorker:
        """A worker that reads ``inputs`` and settles the figures of ``period``."""
        chosen = list(inputs)

        def job(progress: Progress, is_cancelled: IsCancelled) -> object:
            return aggregation.aggregate(
                chosen,
                period,
                template,
                province_code,
                progress=progress,
                is_cancelled=is_cancelled,
            )

        return cls(job, writes=False, parent=parent)

    @classmethod
    def writing(
        cls,
        result: Aggregation,
        out: Path,
        *,
        preparer: str = "",
        head: str = "",
        parent: QObject | None = None,
    ) -> AggregationWorker:
        """A worker that writes the consolidated workbook of ``result`` to ``out``."""

        def job(progress: Progress, _is_cancelled: IsCancelled) -> object:
            from desktop_app.services import rollup_export  # openpyxl, on use only

            path = rollup_export.write_rollup(result, out, preparer=preparer, head=head)
            progress(1, 1)
            return path

        return cls(job, writes=True, parent=parent)

    def cancel(self) -> None:
        """Ask a check to stop before the next file."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._stop.is_set)
        except aggregation.AggregationCancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which decides
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
