"""The report screen's work for a worker thread: build the preview; build and save the workbook.

Both read the database through a read-only connection of the thread's own (a SQLite
connection belongs to one thread), so the database file is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.messages import Message
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


@dataclass(frozen=True)
class BuiltReport:
    """The report to preview, and why its plan does not govern the commune (or None)."""

    report: UnitReport
    warning: Message | None


def build_preview(
    db_path: Path, period: Period, template_id: str | None, now: datetime
) -> BuiltReport:
    """Build ``period``'s report for the screen.

    Raises:
        UserError: the report cannot be built (no unit set up, no such template...).
    """
    from desktop_app.services.reporting.overview import reading

    with reading(db_path) as workspace:
        report = report_export.build(workspace, period.id, period.convention, template_id, now)
        # a plan that does not govern the commune is allowed, and said (domain.md §8)
        return BuiltReport(report, report_export.scope_warning(workspace, template_id))


def build_and_save(
    db_path: Path,
    period: Period,
    template_id: str | None,
    now: datetime,
    out: str,
    progress: Callable[[int, int], None],
    is_cancelled: Callable[[], bool],
) -> SavedReport:
    """Build ``period``'s report and write it to ``out``.

    Two steps (the figures, then the workbook, written whole or not at all); a cancel
    between them writes nothing.

    Raises:
        UserError: the report cannot be built, or ``out`` is refused or cannot be written.
        SaveCancelled: ``is_cancelled()`` said so before the workbook was written.
    """
    from desktop_app.services.reporting.overview import reading

    with reading(db_path) as workspace:
        report = report_export.build(workspace, period.id, period.convention, template_id, now)
    progress(1, 2)
    if is_cancelled():
        raise SaveCancelled
    path = report_export.save_report(report, out, databases=[db_path])
    progress(2, 2)
    return SavedReport(report, path)
