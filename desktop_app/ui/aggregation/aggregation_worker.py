"""Check a set of commune workbooks, or write the consolidated one, off the GUI thread.

Aggregation reads files only (no database), so the worker needs no
:class:`Workspace`; results come back through queued signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.domain.periods import Period
from desktop_app.domain.templates import Template
from desktop_app.services.aggregation import aggregation
from desktop_app.services.aggregation.aggregation import Aggregation
from desktop_app.ui.worker import CancellableWorker, IsCancelled, Job, Progress


class AggregationWorker(CancellableWorker):
    """Runs one job: :meth:`checking` (read and judge every file) or :meth:`writing`.

    :meth:`cancel` asks a check to stop before the next file; writing a
    workbook is not cancelled (it takes well under a second and is written
    whole or not at all).
    """

    stops = (aggregation.AggregationCancelled,)

    def __init__(self, job: Job, *, writes: bool, parent: QObject | None = None) -> None:
        super().__init__(job, parent)  # succeeded carries an Aggregation, or the Path written
        self.writes = writes

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
            from desktop_app.services.aggregation import rollup_export  # openpyxl, on use only

            path = rollup_export.write_rollup(result, out, preparer=preparer, head=head)
            progress(1, 1)
            return path

        return cls(job, writes=True, parent=parent)
