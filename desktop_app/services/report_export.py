"""Writing a unit's report workbook to a file: the same code for the window and ``export``.

The file is written whole or not at all: the bytes go to a temporary file in
the target folder, which then replaces the target in one step, so a power cut
or a full disk never leaves half a workbook behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app import resources
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message, error
from desktop_app.reports.model import UnitReport
from desktop_app.services.workspace import Workspace

_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


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
    from desktop_app.services.report import build_unit_report  # loads the report rules on use

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
    """``out`` itself, or ``file_name`` inside it when ``out`` is a folder."""
    out = Path(out).expanduser().absolute()
    return out / file_name if out.is_dir() else out


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all.

    Raises:
        UserError: the folder is missing or cannot be written, or the file is
        open in another program (Excel locks it on Windows).
    """
    folder = path.parent
    if not folder.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
            "out",
            folder=str(folder),
        )
    temporary: str | None = None
    try:
        # Made like any new file (the umask applies), unlike tempfile's private files.
        name = str(folder / f".{path.name}.{secrets.token_hex(4)}.tmp")
        handle = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
        temporary = name
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write the file {path} ({detail}). Check that the folder can be "
                "written to and that the file is not open in another program.",
            ),
            "out",
            path=str(path),
            detail=exc.strerror or type(exc).__name__,
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.remove(temporary)


def save_report(report: UnitReport, out: Path) -> Path:
    """Write ``report``'s workbook to ``out`` (a file, or a folder for the default name).

    Raises:
        UserError: the file cannot be written; nothing is left half-written.
    """
    from desktop_app.reports.unit_workbook import write_unit_workbook  # openpyxl, on use only

    path = target_path(out, report.file_name)
    write_atomically(path, write_unit_workbook(report))
    return path


def export_report(
    workspace: Workspace,
    period_id: str,
    out: Path,
    convention: str | None = None,
    template_id: str | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Build the period's report and write its workbook to ``out``.

    Raises:
        UserError: bad input or a file that cannot be written; nothing is half-written.
    """
    report = build(workspace, period_id, convention, template_id, now)
    return ExportResult(save_report(report, out), report, scope_warning(workspace, template_id))
