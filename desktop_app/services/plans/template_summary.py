"""In chỉ tiêu: write a plan's targets as a one-page A4 workbook (issue 20)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.domain.templates import Template
from desktop_app.reports.targets_summary import targets_summary_workbook
from desktop_app.services.output_paths import write_output


def file_name(template: Template) -> str:
    """``ChiTieu_<id>_v<version>.xlsx``."""
    return f"ChiTieu_{template.id}_v{template.version}.xlsx"


def write_summary(template: Template, path: Path, printed_on: date) -> Path:
    """Write the summary to ``path`` whole (a temporary file renamed into place).

    Raises:
        UserError: the folder is missing or cannot be written, or the file is open.
    """
    path = Path(path).expanduser()
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    write_output(path, targets_summary_workbook(template, printed_on))
    return path
