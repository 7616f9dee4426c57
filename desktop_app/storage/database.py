"""Open, create and upgrade a commune database safely.

Every database is opened with foreign keys on, WAL journaling and
``synchronous=FULL`` (commune PCs lose power). The schema is created and
upgraded by :mod:`desktop_app.storage.migrations`; before upgrading an existing
file a consistent copy is written next to it with SQLite's backup API. A file
written by a newer program is refused, never touched.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.storage.migrations import migrations, step_names

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def pre_migration_dir(db_path: Path) -> Path:
    """Where copies taken before a schema upgrade are kept."""
    return db_path.parent / "backups"


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.close()
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} cannot be opened for safe writing here "
                "(the folder may be read-only or on a network drive).",
            ),
            path=str(path),
        )
    db.execute("PRAGMA synchronous = FULL")
    return db


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."),
            path=str(path),
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a database of this program."),
            path=str(path),
        )


def _schema_state(db: Database, path: Path, steps: Migrations) -> tuple[list[str], bool]:
    """Return (applied step names, whether the file held anything at all)."""
    tables = db.table_names()
    if not tables:
        return [], False
    if steps.migrations_table not in tables:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a database of this program."),
            path=str(path),
        )
    return [m.name for m in steps.applied(db)], True


def backup_copy(db: Database, target: Path) -> Path:
    """Write a consistent copy of ``db`` to ``target`` with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    destination = sqlite3.connect(str(target))
    try:
        db.conn.backup(destination)
    finally:
        destination.close()
    return target


def open_database(
    path: Path, *, create: bool = True, migrate: bool = True, steps: Migrations = migrations
) -> Database:
    """Open (and if allowed create) the database at ``path``, upgrading its schema.

    With ``migrate=False`` the schema is only checked (too new, not ours), never
    changed: for read-only work such as ``check``. ``steps`` is the schema
    (tests pass a longer one to exercise upgrades).

    Raises:
        UserError: the file is missing (and ``create`` is false), not a database
        of this program, written by a newer version, or cannot be written.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The database {path} does not exist."), path=str(path)
        )
    _check_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database {path}: {detail}"),
            path=str(path),
            detail=str(exc),
        ) from None
    try:
        _upgrade(db, path, migrate=migrate, steps=steps)
    except BaseException:
        db.close()
        raise
    return db


def _upgrade(db: Database, path: Path, *, migrate: bool, steps: Migrations) -> None:
    known = step_names(steps)
    try:
        applied, has_content = _schema_state(db, path, steps)
    except sqlite3.DatabaseError:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a database of this program."),
            path=str(path),
        ) from None
    unknown = [name for name in applied if name not in known]
    user_version = db.execute("PRAGMA user_version").fetchone()[0]
    if unknown or user_version > len(known):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer version of the program "
                "(schema {found}, this version knows {known}). Install the newer version "
                "to open it.",
            ),
            path=str(path),
            found=max(user_version, len(applied)),
            known=len(known),
        )
    if len(applied) == len(known) or not migrate:
        return
    if has_content:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{path.stem}-before-schema-{len(known)}-{stamp}.sqlite3"
        backup_copy(db, pre_migration_dir(path) / name)
    steps.apply(db)


def schema_version(db: Database, steps: Migrations = migrations) -> int:
    """How many schema steps are applied."""
    return len(steps.applied(db))
