"""Open, create and upgrade a commune database safely.

Every database is opened with foreign keys on, WAL journaling and
``synchronous=FULL`` (commune PCs lose power). The schema is created and
upgraded by :mod:`desktop_app.storage.migrations`; before upgrading an existing
file a consistent copy is written next to it with SQLite's backup API. A file
written by a newer program is refused, never touched.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.storage.migrations import migrations, step_names
from desktop_app.storage.sqlite_errors import DamagedDatabaseError as DamagedDatabaseError
from desktop_app.storage.sqlite_errors import as_user_error, damaged_error

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def pre_migration_dir(db_path: Path) -> Path:
    """Where copies taken before a schema upgrade are kept."""
    return db_path.parent / "backups"


def _not_ours(path: Path) -> UserError:
    return error(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a database of this program."),
        path=str(path),
    )


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
        raise _not_ours(path)


@dataclass(frozen=True)
class _FileState:
    applied: list[str]
    user_version: int
    has_content: bool


def _inspect(path: Path, steps: Migrations) -> _FileState:
    """Read what an existing file holds, through a read-only connection that changes nothing."""
    if not path.exists() or path.stat().st_size == 0:
        return _FileState([], 0, False)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _cannot_open(path, exc) from None
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not tables:
            return _FileState([], user_version, False)
        if steps.migrations_table not in tables:
            raise _not_ours(path)
        applied = [
            row[0]
            for row in conn.execute(
                f"SELECT name FROM {steps.migrations_table} WHERE migration_set = ? ORDER BY rowid",
                [steps.name],
            )
        ]
        if not applied:
            if tables != {steps.migrations_table}:
                raise _not_ours(path)
            return _FileState([], user_version, False)  # ours, interrupted before step one
        return _FileState(applied, user_version, True)
    except sqlite3.DatabaseError as exc:  # a missing stick is not a damaged file
        raise (as_user_error(exc, path) or damaged_error(path, str(exc))) from None
    finally:
        conn.close()


def _cannot_open(path: Path, exc: OSError | sqlite3.Error) -> UserError:
    """A full disk, a read-only folder or a missing stick in words; else SQLite's own."""
    mapped = as_user_error(exc, path)
    if mapped is not None:
        return mapped
    return error(
        QT_TRANSLATE_NOOP("Errors", "Cannot open the database {path}: {detail}"),
        path=str(path),
        detail=str(exc),
    )


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

    The file is first inspected read-only: a file that is not ours, is damaged
    or was written by a newer program is refused before anything touches it.
    With ``migrate=False`` the schema is only checked, never changed (``check``).
    ``steps`` is the schema (tests pass a longer one to exercise upgrades).

    Raises:
        DamagedDatabaseError: SQLite cannot read the file.
        UserError: the file is missing (and ``create`` is false), not a database
        of this program, written by a newer version, or cannot be written.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The database {path} does not exist."), path=str(path)
        )
    _check_file(path)
    state = _inspect(path, steps)
    known = step_names(steps)
    unknown = [name for name in state.applied if name not in known]
    if unknown or state.user_version > len(known):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer version of the program "
                "(schema {found}, this version knows {known}). Install the newer version "
                "to open it.",
            ),
            path=str(path),
            found=max(state.user_version, len(state.applied)),
            known=len(known),
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        raise _cannot_open(path, exc) from None
    try:
        if migrate and len(state.applied) < len(known):
            _upgrade(db, path, state, steps)
    except (OSError, sqlite3.Error) as exc:  # a full disk or a damaged page while upgrading
        db.close()
        mapped = as_user_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    except BaseException:
        db.close()
        raise
    return db


def _upgrade(db: Database, path: Path, state: _FileState, steps: Migrations) -> None:
    known = step_names(steps)
    if state.has_content:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{path.stem}-before-schema-{len(known)}-{stamp}.sqlite3"
        backup_copy(db, pre_migration_dir(path) / name)
    steps.apply(db)
    db.execute(f"PRAGMA user_version = {len(known)}")


def close_database(db: Database) -> None:
    """Fold the write-ahead log into the file, then close: the file alone is then complete."""
    # A busy or read-only file keeps its log; SQLite replays it on the next open.
    with contextlib.suppress(sqlite3.Error):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def schema_version(db: Database, steps: Migrations = migrations) -> int:
    """How many schema steps are applied."""
    return len(steps.applied(db))


def quick_check(db: Database, path: Path | str) -> None:
    """SQLite's quick check (the window runs it at start): a damaged file is refused.

    It reads every page once (about 50 ms for three years of a commune's records)
    but skips the slower index cross-checks of ``integrity_check``.

    Raises:
        DamagedDatabaseError: a page is unreadable; the message names the way out.
    """
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        mapped = as_user_error(exc, path)
        if mapped is not None and not isinstance(mapped, DamagedDatabaseError):
            raise mapped from None
        raise damaged_error(path, str(exc)) from None
    problems = [str(row[0]) for row in rows if str(row[0]).lower() != "ok"]
    if problems:
        raise damaged_error(path, "; ".join(problems[:3])[:300])


def open_reader(path: Path | str) -> Database:
    """A second, read-only connection to an open database, for work in another thread.

    It sees every committed write of the window's connection (write-ahead log) and
    can change nothing.
    """
    uri = Path(path).resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return Database(conn, execute_plugins=False)
