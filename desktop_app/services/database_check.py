"""The ``check`` use case: is a database file sound, can it be written, and what does it hold.

A missing file, a folder, a device or pipe, or a file that is not ours is a
``UserError``; a database on a read-only medium (a write-protected USB stick, a
read-only folder) is checked through a connection that cannot write and comes
back with ``read_only`` set, never taken for a missing or damaged one.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.services import setup
from desktop_app.services.output_paths import not_regular
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store
from desktop_app.storage.database import schema_version
from desktop_app.storage.integrity import IntegrityReport, check_integrity, table_counts
from desktop_app.storage.migrations import step_names


@dataclass(frozen=True)
class CheckResult:
    """The outcome of checking one database file."""

    path: Path
    integrity: IntegrityReport
    schema_version: int
    counts: dict[str, int]
    configured: bool
    read_only: bool = False  # sound or not, the program could not save changes to it here


def writable(path: Path) -> bool:
    """Whether the program could write ``path`` and the files SQLite keeps beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def check_database(path: Path) -> CheckResult:
    """Check an existing database (never creating one) with SQLite's full integrity check.

    Raises:
        UserError: the file is missing, a folder, not a regular file, not ours,
        or newer than this program.
        DamagedDatabaseError: the file is so damaged it cannot be opened.
    """
    path = Path(path).expanduser().absolute()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The database {path} does not exist."), path=str(path)
        ) from None
    if stat.S_ISDIR(mode):
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."),
            path=str(path),
        )
    if not stat.S_ISREG(mode):
        raise not_regular(path)
    if not writable(path):
        return _check_read_only(path)
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
            configured=schema_version(workspace.db) > 0 and setup.is_set_up(workspace),
        )
    finally:
        workspace.close()


def _check_read_only(path: Path) -> CheckResult:
    """The same check on a file the program may only read."""
    facts = backup_store.read_facts(path)  # ours? newer? (it reads, never writes)
    if facts.problem == backup_store.FOREIGN:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a database of this program."),
            path=str(path),
        )
    if facts.problem == backup_store.NEWER:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer version of the program (schema "
                "{found}, this version knows {known}). Install the newer version to open it.",
            ),
            path=str(path),
            found=facts.schema,
            known=len(step_names()),
        )
    try:
        report, version, counts = backup_store.check_read_only(path)
    except sqlite3.Error as exc:
        report, version, counts = IntegrityReport((str(exc),), 0), 0, {}
    return CheckResult(
        path=path,
        integrity=report,
        schema_version=version,
        counts=counts,
        configured=facts.unit.set_up,
        read_only=True,
    )
