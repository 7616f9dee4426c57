"""Writing a unit's report workbook to a file: the same code for the window and ``export``.

The path is checked first and the file written whole or not at all, both by
``output_paths``: never over the database, its backups or an input; the bytes
go to a temporary file in the target folder, which then replaces the target
in one step, so a power cut or a full disk never leaves half a workbook behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app import resources
from desktop_app.domain.messages import Message
from desktop_app.reports.model import UnitReport
from desktop_app.services.output_paths import named_target, resolve_output, write_output
from desktop_app.services.workspace import Workspace


@dataclass(frozen=True)
class ExportResult:
    """Where the workbook was written and what it holds."""

    path: Path
    report: UnitReport
    warning: Message | None = None  # the template does not govern the commune (§8)


def default_convention(workspace: Workspace, template_id: str | None = None) -> str:
    """The period convention of ``template_id`` (or the unit's template); calendar otherwise."""
    unit = workspace.unit()
    chosen = template_id or (unit.template_id if unit else None)
    template = resources.template(chosen) if chosen else None
    return template.period_convention if template else "calendar"


def build(
    workspace: Workspace,
    period_id: str,
    convention: str | None = None,
    template_id: str | None = None,
    now: datetime | None = None,
) -> UnitReport:
    """The report of ``period_id``; the template's convention when none is given.

    Raises:
        UserError: a bad period id or convention, an unknown template, no set-up.
    """
    from desktop_app.services.reporting.report import (
        build_unit_report,  # loads the report rules on use
    )

    chosen = convention or default_convention(workspace, template_id)
    return build_unit_report(workspace, period_id, chosen, template_id, now)


def scope_warning(workspace: Workspace, template_id: str | None = None) -> Message | None:
    """Why the template (``template_id`` or the unit's) does not govern the commune, or None."""
    unit = workspace.unit()
    chosen = resources.template(template_id or (unit.template_id if unit else ""))
    if unit is None or chosen is None:
        return None
    from desktop_app.services.setup import scope_warning as warning_for

    return warning_for(chosen, unit.province_code, unit.commune_code)


def target_path(out: Path, file_name: str) -> Path:
    """``out`` itself (``.xlsx`` added when it lacks it), or ``file_name`` inside a folder."""
    return named_target(out, file_name)[0]


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :func:`output_paths.write_output`)."""
    write_output(path, data)


def save_report(report: UnitReport, out: str | Path, *, databases: Iterable[Path] = ()) -> Path:
    """Write ``report``'s workbook to ``out`` (a file, or a folder for the default name).

    ``out`` is checked first (:func:`output_paths.resolve_output`): never one of
    ``databases`` or their backups.

    Raises:
        UserError: ``out`` is refused, or the file cannot be written; nothing is
        left half-written.
    """
    from desktop_app.reports.unit_workbook import write_unit_workbook  # openpyxl, on use only

    path = resolve_output(out, report.file_name, databases=databases)
    write_output(path, write_unit_workbook(report))
    return path


def export_report(
    workspace: Workspace,
    period_id: str,
    out: str | Path,
    convention: str | None = None,
    template_id: str | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Build the period's report and write its workbook to ``out``.

    Raises:
        UserError: bad input or a file that cannot be written; nothing is half-written.
    """
    report = build(workspace, period_id, convention, template_id, now)
    return ExportResult(
        save_report(report, out, databases=[workspace.path]),
        report,
        scope_warning(workspace, template_id),
    )
