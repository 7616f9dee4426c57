"""The report's save, as a job for a worker thread: build from the database, then write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.periods import Period
from desktop_app.reports.model import UnitReport
from desktop_app.services.reporting import report_export


class SaveCancelled(Exception):
    """Cancel was pressed before the workbook was written: nothing was."""


@dataclass(frozen=True)
class SavedReport:
    """The report as built for the save, and where its workbook went."""

    report: UnitReport
    path: Path


def build_and_save(
    db_path: Path,
    period: Period,
    template_id: str | None,
    now: datetime,
    out: str,
    progress: Callable[[int, int], None],
    is_cancelled: Callable[[], bool],
) -> SavedReport:
    """Build ``period``'s report on a read-only connection of this thread's own (a SQLite
    connection belongs to one thread), and write it to ``out``.

    Two steps (the figures, then the workbook, written whole or not at all); a cancel
    between them writes nothing.

    Raises:
        UserError: the report cannot be built, or ``out`` is refused or cannot be written.
        SaveCancelled: ``is_cancelled()`` said so before the workbook was written.
    """
    from desktop_app.services.reporting.overview import reading

    with reading(db_path) as workspace:  # read only: the database file is left as it is
        report = report_export.build(workspace, period.id, period.convention, template_id, now)
    progress(1, 2)
    if is_cancelled():
        raise SaveCancelled
    path = report_export.save_report(report, out, databases=[db_path])
    progress(2, 2)
    return SavedReport(report, path)
