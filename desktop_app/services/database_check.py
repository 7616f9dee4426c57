"""The ``check`` use case: is a database file sound, and what does it hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.workspace import Workspace
from desktop_app.storage.database import schema_version
from desktop_app.storage.integrity import IntegrityReport, check_integrity, table_counts


@dataclass(frozen=True)
class CheckResult:
    """The outcome of checking one database file."""

    path: Path
    integrity: IntegrityReport
    schema_version: int
    counts: dict[str, int]
    configured: bool


def check_database(path: Path) -> CheckResult:
    """Open an existing database (never creating one) and run the full integrity check.

    Raises:
        UserError: the file is missing, not ours, or newer than this program.
    """
    workspace = Workspace.open(path, create=False, migrate=False)
    try:
        report = check_integrity(workspace.db)
        if not report.ok:
            return CheckResult(workspace.path, report, 0, {}, False)
        return CheckResult(
            path=workspace.path,
            integrity=report,
            schema_version=schema_version(workspace.db),
            counts=table_counts(workspace.db),
            configured=schema_version(workspace.db) > 0 and workspace.unit() is not None,
        )
    finally:
        workspace.close()
