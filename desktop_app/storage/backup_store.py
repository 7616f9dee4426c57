"""Backup files of a commune database: their names, consistent copies, reading one back.

A backup is a single self-contained SQLite file (rollback journal, no ``-wal``)
written by SQLite's online backup API, so it is consistent even while another
connection writes. It is written under a temporary hidden name, flushed to the
disk, read back with ``PRAGMA quick_check`` and only then renamed to its real
name: a file with a real backup name is always whole.

Backups live in ``<database folder>/backups/`` next to the copies taken before a
schema upgrade (``storage.database.pre_migration_dir``), named
``<database stem>-2026-11-22-0815-daily.sqlite3``. Reading a backup never
changes it and never leaves ``-wal``/``-shm`` files beside it (``immutable``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from desktop_app.storage.database import SQLITE_HEADER, pre_migration_dir
from desktop_app.storage.integrity import IntegrityReport, check_integrity, table_counts
from desktop_app.storage.kept_templates_store import read_kept_files
from desktop_app.storage.migrations import migrations, step_names
from desktop_app.storage.settings_store import LAST_BACKUP_KEY

SUFFIX = ".sqlite3"
TEMP_SUFFIX = ".part"
KINDS = ("daily", "exit", "manual", "before-restore")
BEFORE_UPGRADE = "before-upgrade"  # written by storage.database before a schema upgrade
OTHER = "other"  # a file in the folder whose name is not one of ours
SIDE_FILES = ("-wal", "-shm", "-journal")

_OURS = re.compile(
    r"^(?P<stem>.+)-(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})-(?P<H>\d{2})(?P<M>\d{2})"
    r"-(?P<kind>" + "|".join(KINDS) + r")(?:-(?P<seq>\d+))?\.sqlite3$"
)
_UPGRADE = re.compile(
    r"^(?P<stem>.+)-before-schema-\d+-(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"
    r"-(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})\.sqlite3$"
)


def backups_dir(db_path: Path) -> Path:
    """The folder of a database's backups (the same as its pre-upgrade copies)."""
    return pre_migration_dir(Path(db_path))


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name tells: whose, when (local time) and why it was taken."""

    path: Path
    stem: str
    taken_at: datetime
    kind: str
    seq: int = 1


def backup_file_name(stem: str, taken_at: datetime, kind: str, seq: int = 1) -> str:
    """``htsd-2026-11-22-0815-daily.sqlite3`` (``-2`` before the suffix for a second one)."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    extra = f"-{seq}" if seq > 1 else ""
    return f"{stem}-{taken_at:%Y-%m-%d-%H%M}-{kind}{extra}{SUFFIX}"


def parse_backup_name(path: Path) -> BackupName | None:
    """The parts of one of our backup names, or ``None`` for any other name."""
    for pattern, kind in ((_OURS, None), (_UPGRADE, BEFORE_UPGRADE)):
        match = pattern.match(path.name)
        if not match:
            continue
        parts = match.groupdict()
        try:
            taken_at = datetime(
                int(parts["y"]),
                int(parts["m"]),
                int(parts["d"]),
                int(parts["H"]),
                int(parts["M"]),
                int(parts.get("S") or 0),
            )
        except ValueError:
            return None
        return BackupName(
            path=path,
            stem=parts["stem"],
            taken_at=taken_at,
            kind=kind or parts["kind"],
            seq=int(parts.get("seq") or 1),
        )
    return None


def folder_files(folder: Path) -> list[Path]:
    """The ``*.sqlite3`` files of ``folder`` (none when it does not exist), temporaries skipped."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(
        path
        for path in entries
        if path.name.endswith(SUFFIX) and not path.name.startswith(".") and path.is_file()
    )


def free_name(folder: Path, stem: str, taken_at: datetime, kind: str) -> Path:
    """The first name for a new backup that no file in ``folder`` has yet."""
    seq = 1
    while (folder / backup_file_name(stem, taken_at, kind, seq)).exists():
        seq += 1
    return folder / backup_file_name(stem, taken_at, kind, seq)


def temp_name(target: Path) -> Path:
    """The hidden name a backup is written under before it is complete."""
    return target.with_name(f".{target.name}{TEMP_SUFFIX}")


def remove_stale_temporaries(folder: Path, older_than: datetime) -> None:
    """Remove copies a crash left half-written under their temporary names."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for path in entries:
        if not (path.name.startswith(".") and TEMP_SUFFIX in path.name):
            continue
        with contextlib.suppress(OSError):
            if datetime.fromtimestamp(path.stat().st_mtime) < older_than:
                path.unlink()


def discard(path: Path) -> None:
    """Remove ``path`` and its SQLite side files, quietly (cleaning up after a failure)."""
    for name in (path, *(Path(f"{path}{side}") for side in SIDE_FILES)):
        with contextlib.suppress(OSError):
            name.unlink()


def _fsync(path: Path) -> None:
    with path.open("r+b") as handle:  # Windows flushes only a handle open for writing
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handle to flush."""
    with contextlib.suppress(OSError, AttributeError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


class CopyNotSoundError(Exception):
    """The copy just written did not pass ``PRAGMA quick_check``; it was deleted."""


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path`` and leaves nothing beside it.

    A file with a non-empty ``-wal`` beside it (a database that was not closed)
    is read with its log; any other is opened ``immutable``.
    """
    uri = Path(path).resolve().as_uri()
    wal = Path(f"{path}-wal")
    with_log = wal.exists() and wal.stat().st_size > 0
    return sqlite3.connect(f"{uri}?mode=ro" if with_log else f"{uri}?mode=ro&immutable=1", uri=True)


def check_read_only(path: Path) -> tuple[IntegrityReport, int, dict[str, int]]:
    """The full integrity check of ``path`` through a connection that cannot write,
    its schema version and its rows per table (none when damaged).

    For a database on a read-only medium, where the normal opening (WAL, locks)
    cannot work.

    Raises:
        sqlite3.Error: the file cannot be opened at all.
    """
    conn = open_read_only(path)
    try:
        db = Database(conn, execute_plugins=False)
        report = check_integrity(db)
        if not report.ok:
            return report, 0, {}
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return report, version, table_counts(db)
    finally:
        conn.close()


def quick_check_problem(path: Path) -> str | None:
    """``None`` when ``PRAGMA quick_check`` finds ``path`` sound, else what it found."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    problems = [str(row[0]) for row in rows if str(row[0]).lower() != "ok"]
    return "; ".join(problems[:3])[:300] if problems else None


def write_copy(
    source: sqlite3.Connection,
    target: Path,
    *,
    verify: bool = True,
    pages: int = -1,
    progress: Callable[[int, int, int], object] | None = None,
) -> Path:
    """Write a consistent copy of ``source`` to ``target``: temporary name, flush, check, rename.

    ``target``'s folder must exist (a missing USB stick is not re-created).
    On any failure nothing is left under ``target``'s name or the temporary one.

    Raises:
        OSError, sqlite3.Error: the folder or the disk refused (the caller words it).
        CopyNotSoundError: the copy did not read back as sound.
    """
    temp = temp_name(target)
    discard(temp)
    try:
        destination = sqlite3.connect(str(temp))
        try:
            source.backup(destination, pages=pages, progress=progress)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            destination.close()
        _fsync(temp)
        problem = quick_check_problem(temp) if verify else None
        if problem:
            raise CopyNotSoundError(problem)
        os.replace(temp, target)
    except BaseException:
        discard(temp)
        raise
    _fsync_folder(target.parent)
    return target


def copy_database_file(db_path: Path, target: Path) -> Path:
    """Copy a database that may be damaged or was not closed: through SQLite when it can
    read it (its ``-wal`` included), else byte for byte with its ``-wal`` beside the copy.

    Raises:
        OSError, sqlite3.Error: the disk or folder refused.
    """
    try:
        source = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return write_copy(source, target, verify=False)
        finally:
            source.close()
    except sqlite3.Error:
        pass  # unreadable by SQLite: keep its bytes as they are
    temp = temp_name(target)
    try:
        shutil.copyfile(db_path, temp)
        _fsync(temp)
        wal = Path(f"{db_path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            shutil.copyfile(wal, f"{target}-wal")
            _fsync(Path(f"{target}-wal"))
        os.replace(temp, target)
    except BaseException:
        discard(temp)
        with contextlib.suppress(OSError):
            Path(f"{target}-wal").unlink()
        raise
    _fsync_folder(target.parent)
    return target


def stage_copy(backup_path: Path, staged: Path) -> Path:
    """Write the backup to ``staged`` (beside the database) for a restore, consistently."""
    source = open_read_only(backup_path)
    try:
        return write_copy(source, staged)
    finally:
        source.close()


def swap_in(staged: Path, db_path: Path) -> None:
    """Put ``staged`` in place of the database at ``db_path``, atomically.

    The old database's ``-wal``, ``-shm`` and ``-journal`` are removed first: left
    beside the new file, SQLite would replay the old log onto it. A log that
    cannot be removed (the database is open elsewhere) stops the swap before
    anything changed.
    """
    staged_wal = Path(f"{staged}-wal")
    if staged_wal.exists() and staged_wal.stat().st_size > 0:
        raise OSError(f"{staged_wal} still holds changes")
    for side in (Path(f"{db_path}-wal"), Path(f"{db_path}-journal")):
        side.unlink(missing_ok=True)  # an error here stops the restore before the swap
    with contextlib.suppress(OSError):
        Path(f"{db_path}-shm").unlink()  # harmless without its log; Windows may hold it
    _fsync(staged)
    os.replace(staged, db_path)
    _fsync_folder(db_path.parent)
    discard(staged)  # its own empty side files, if any


# Problems a file can have, as :class:`BackupFacts.problem`.
DAMAGED, FOREIGN, NEWER, UNREADABLE = "damaged", "foreign", "newer", "unreadable"


@dataclass(frozen=True)
class UnitFacts:
    """Whose data a database file holds, and the day of its newest record.

    A commune's database names its commune; the province office's names no commune, and
    ``office`` is set, with the office's province and name in ``province_code`` and
    ``unit_name``.
    """

    province_code: str = ""
    commune_code: str = ""
    unit_name: str = ""
    newest_record: str = ""  # ISO date of the newest dated record; "" when none
    office: bool = False
    template_files: int = 0  # the office's template files kept inside it

    @property
    def set_up(self) -> bool:
        """Whether the database was set up, for a commune or for the office."""
        return bool(self.commune_code) or self.office

    def same_unit(self, other: UnitFacts) -> bool:
        """Whether both hold the same unit's data: the same commune, or the office of the
        same province (a database not yet set up matches any)."""
        if not self.set_up or not other.set_up:
            return True
        if self.office != other.office:
            return False
        if self.office:
            return self.province_code == other.province_code
        return (self.province_code, self.commune_code) == (
            other.province_code,
            other.commune_code,
        )


@dataclass(frozen=True)
class BackupFacts:
    """What a backup file holds, read without changing it."""

    problem: str | None = None  # DAMAGED, FOREIGN, NEWER, UNREADABLE or None when usable
    detail: str = ""
    schema: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    unit: UnitFacts = field(default_factory=UnitFacts)


# The dated records of each log table: (table, column of its day).
_DATED = (
    ("visits", "day"),
    ("club_sessions", "day"),
    ("activities", "start_day"),
    ("digital_services", "day"),
    ("museum_records", "day"),
)


def unit_facts(conn: sqlite3.Connection) -> UnitFacts:
    """The unit named in the settings and the newest record's day; blanks where absent."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    values: dict[str, str] = {}
    if "settings" in tables:
        rows = conn.execute(
            "SELECT key, value FROM settings WHERE key IN ('province_code', 'commune_code', "
            "'unit_name', 'role', 'office_province_code', 'office_name')"
        )
        values = {str(key): str(value or "") for key, value in rows}
    days = [
        conn.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
        for table, column in _DATED
        if table in tables
    ]
    newest = max((str(day) for day in days if day), default="")
    if not values.get("commune_code") and values.get("role") == "office":
        # the office's database (a commune's stays a commune's, whatever its role says)
        return UnitFacts(
            province_code=values.get("office_province_code", ""),
            unit_name=values.get("office_name", ""),
            newest_record=newest,
            office=True,
            template_files=len(read_kept_files(conn)),
        )
    return UnitFacts(
        province_code=values.get("province_code", ""),
        commune_code=values.get("commune_code", ""),
        unit_name=values.get("unit_name", ""),
        newest_record=newest,
    )


def read_facts(path: Path) -> BackupFacts:
    """Whether ``path`` is a sound database of this program and what it holds; never raises."""
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return BackupFacts(UNREADABLE, exc.strerror or str(exc))
    if header != SQLITE_HEADER:
        return BackupFacts(FOREIGN)
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        return BackupFacts(UNREADABLE, str(exc))
    try:
        return _facts(conn)
    except sqlite3.DatabaseError as exc:
        return BackupFacts(DAMAGED, " ".join(str(exc).split()))
    finally:
        conn.close()


def _facts(conn: sqlite3.Connection) -> BackupFacts:
    table = migrations.migrations_table
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if table not in tables:
        return BackupFacts(FOREIGN)
    applied = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {table} WHERE migration_set = ? ORDER BY rowid", [migrations.name]
        )
    ]
    if not applied:
        return BackupFacts(FOREIGN)
    user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    known = step_names()
    if any(name not in known for name in applied) or user_version > len(known):
        return BackupFacts(NEWER, schema=max(user_version, len(applied)))
    rows = conn.execute("PRAGMA quick_check").fetchall()
    problems = [str(row[0]) for row in rows if str(row[0]).lower() != "ok"]
    if problems:
        return BackupFacts(DAMAGED, "; ".join(problems[:3])[:300], len(applied))
    counts = table_counts(Database(conn, execute_plugins=False))
    return BackupFacts(None, "", len(applied), counts, unit_facts(conn))


# Rows the backup bookkeeping itself writes; they do not make the data "changed".
_BOOKKEEPING_ROWS = {
    "settings": ("key IS NOT ?", [LAST_BACKUP_KEY]),
    "audit_log": ("NOT (table_name = 'settings' AND row_id = ?)", [LAST_BACKUP_KEY]),
}


def content_digest(conn: sqlite3.Connection) -> str:
    """A fingerprint of everything the database holds (schema and rows), except the
    time of the last backup and its audit rows: equal digests, equal data.

    Every change to a user table writes a row of the append-only audit trail, so on a
    database that has one the schema, the applied steps and the trail's extent and last
    row stand for the data: a few milliseconds instead of reading every row.
    """
    digest = hashlib.blake2b(digest_size=20)
    schema = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name"
    ).fetchall()
    digest.update(repr(schema).encode())
    tables = [name for kind, name, _sql in schema if kind == "table"]
    if "audit_log" in tables and "_sqlite_migrations" in tables:
        where, params = _BOOKKEEPING_ROWS["audit_log"]
        extent = conn.execute(
            f"SELECT count(*), max(id) FROM audit_log WHERE {where}", params
        ).fetchone()
        last = conn.execute("SELECT * FROM audit_log WHERE id = ?", [extent[1]]).fetchall()
        steps = conn.execute("SELECT * FROM _sqlite_migrations ORDER BY rowid").fetchall()
        digest.update(repr((extent, last, steps)).encode())
        return digest.hexdigest()
    for name in tables:
        where, params = _BOOKKEEPING_ROWS.get(name, ("1", []))
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            rows = conn.execute(f"SELECT * FROM {quoted} WHERE {where} ORDER BY rowid", params)
        except sqlite3.OperationalError:  # a table of another shape: every row counts
            rows = conn.execute(f"SELECT * FROM {quoted}")
        digest.update(name.encode())
        for row in rows:
            digest.update(repr(row).encode())
    return digest.hexdigest()


def file_digest(path: Path) -> str | None:
    """:func:`content_digest` of a backup file, or ``None`` when it cannot be read."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return None
    try:
        return content_digest(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
