"""Backups of the commune database: taken daily and on exit, kept 14 daily and 12 monthly,
copied to a USB stick on request, and restored from a list.

Every copy is consistent (SQLite's online backup API), whole (written under a
temporary name, checked with ``PRAGMA quick_check``, then renamed) and lives in
``<database folder>/backups/``. A restore first copies the current database
(kind ``before-restore``), so it can be undone.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, error
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store, settings_store
from desktop_app.storage.backup_store import BackupName, backups_dir
from desktop_app.storage.sqlite_errors import (
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_PERM,
    SQLITE_READONLY,
)

# Backups that take part in the 14-daily / 12-monthly rotation.
ROTATED_KINDS = ("daily", "exit", "manual")
DAILY_KEPT = 14
MONTHLY_KEPT = 12
SAFETY_COPY_DAYS = 30  # a copy taken before a restore is kept at least this long
WARN_AFTER_DAYS = 7  # the status bar warns after this many days without a backup


def aware_now(now: datetime | None) -> datetime:
    """``now`` as an aware local time (a naive one is taken as local)."""
    return (now or datetime.now()).astimezone()


def local_time(now: datetime) -> datetime:
    """The local wall time backup names carry."""
    return now.astimezone().replace(tzinfo=None)


# --- taking a backup -------------------------------------------------------------------------


def folder_error(exc: BaseException, folder: Path) -> UserError:
    """A failure while writing into ``folder``, in words; nothing was left half-written."""
    code = getattr(exc, "errno", None)
    sqlite_code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    words = str(exc).lower()
    if not folder.exists():
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {folder} is not there (was the USB stick pulled out?). "
                "No backup was written; plug it in or choose another folder.",
            ),
            folder=str(folder),
        )
    if (
        code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
        or sqlite_code == SQLITE_FULL
        or "full" in words
    ):
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk of {folder} is full. No backup was written there; free some space "
                "or choose another disk.",
            ),
            folder=str(folder),
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or sqlite_code in (
        SQLITE_PERM,
        SQLITE_READONLY,
        SQLITE_CANTOPEN,
    ):
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write into the folder {folder}: it is read-only (a locked USB stick, "
                "a CD, or a folder you may not write to). No backup was written; choose "
                "another folder.",
            ),
            folder=str(folder),
        )
    if code in (errno.EIO, errno.ENOENT, errno.ENODEV, errno.ENXIO) or sqlite_code == SQLITE_IOERR:
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk of {folder} stopped answering while the backup was written (a USB "
                "stick pulled out?). Nothing half-written was left there; plug it back in "
                "and try again.",
            ),
            folder=str(folder),
        )
    if isinstance(exc, backup_store.CopyNotSoundError):
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup written to {folder} did not read back correctly ({detail}), so it "
                "was deleted. Try again, or choose another disk.",
            ),
            folder=str(folder),
            detail=str(exc),
        )
    return error(
        QT_TRANSLATE_NOOP("Errors", "Cannot write the backup into {folder}: {detail}"),
        folder=str(folder),
        detail=" ".join(str(exc).split()),
    )


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "{folder} is a file, not a folder. Choose a folder for the backup."
            ),
            folder=str(folder),
        )
    if not folder.exists():
        raise folder_error(FileNotFoundError(errno.ENOENT, "missing"), folder)


class BackupCancelled(Exception):
    """The copy was cancelled between two steps: nothing was left in the folder."""


Progress = Callable[[int, int], object]  # pages copied, pages in all
IsCancelled = Callable[[], bool]

_PAGES_PER_STEP = 256  # 1 MB of 4 kB pages between two progress reports


def _write_backup(
    workspace: Workspace,
    folder: Path,
    kind: str,
    now: datetime,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """A verified copy of the workspace's database in ``folder`` (which must exist).

    With ``progress`` or ``is_cancelled`` the copy goes in steps, reporting after each
    and raising :class:`BackupCancelled` when asked to stop (nothing is left behind).
    """
    _check_folder(folder)
    target = backup_store.free_name(folder, workspace.path.stem, local_time(now), kind)
    stepwise = progress is not None or is_cancelled is not None

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)
        if is_cancelled is not None and is_cancelled():
            raise BackupCancelled

    try:
        if stepwise:
            return backup_store.write_copy(
                workspace.db.conn, target, pages=_PAGES_PER_STEP, progress=step
            )
        return backup_store.write_copy(workspace.db.conn, target)
    except (OSError, sqlite3.Error, backup_store.CopyNotSoundError) as exc:
        raise folder_error(exc, folder) from None


@announces(ChangeKind.BACKUPS)
def _record(workspace: Workspace, now: datetime) -> None:
    """Note the time for the status bar. The backup is whole either way: a database busy
    with another writer (or a full disk) only leaves the previous time shown."""
    with contextlib.suppress(sqlite3.Error):
        settings_store.write_values(
            workspace.db, {settings_store.LAST_BACKUP_KEY: now.isoformat(timespec="seconds")}
        )


def take_backup(workspace: Workspace, reason: str, now: datetime | None = None) -> Path:
    """Copy the database into its backups folder, record the time, prune old copies.

    ``reason`` is the kind in the file name: ``daily``, ``exit``, ``manual`` or
    ``before-restore``.

    Raises:
        UserError: the folder or the disk refused; nothing half-written is left.
    """
    if reason not in backup_store.KINDS:
        raise ValueError(f"unknown backup kind {reason!r}")
    now = aware_now(now)
    folder = backups_dir(workspace.path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        pass  # a file in the way: _write_backup says so
    except OSError as exc:
        raise folder_error(exc, folder) from None
    path = _write_backup(workspace, folder, reason, now)
    _record(workspace, now)
    prune(folder, now, keep=(path,))
    return path


def _rotated(db_path: Path) -> list[BackupName]:
    """This database's rotated backups, newest first."""
    names = (
        backup_store.parse_backup_name(p) for p in backup_store.folder_files(backups_dir(db_path))
    )
    found = [n for n in names if n and n.stem == db_path.stem and n.kind in ROTATED_KINDS]
    return sorted(found, key=lambda n: (n.taken_at, n.seq), reverse=True)


def backup_if_due(workspace: Workspace, now: datetime | None = None) -> Path | None:
    """At the first start of a day (no backup dated today yet) take the ``daily`` backup.

    A database not yet set up has nothing to keep: no backup. Returns the new file.
    """
    now = aware_now(now)
    if workspace.unit() is None:
        return None
    today = local_time(now).date()
    if any(name.taken_at.date() == today for name in _rotated(workspace.path)):
        return None
    return take_backup(workspace, "daily", now)


def has_changes_since_backup(workspace: Workspace) -> bool:
    """True unless the newest backup holds exactly what the database holds now."""
    newest = next(iter(_rotated(workspace.path)), None)
    if newest is None:
        return True
    saved = backup_store.file_digest(newest.path)
    try:
        return saved is None or saved != backup_store.content_digest(workspace.db.conn)
    except sqlite3.Error:  # unreadable now: try to copy it anyway
        return True


def backup_on_exit(workspace: Workspace, now: datetime | None = None) -> Path | None:
    """Take the ``exit`` backup unless nothing changed since the newest backup."""
    if workspace.unit() is None or not has_changes_since_backup(workspace):
        return None
    return take_backup(workspace, "exit", now)


def copy_to_folder(
    workspace: Workspace,
    folder: Path,
    now: datetime | None = None,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """\u201cSao l\u01b0u ra USB\u201d: a fresh, verified backup written straight into ``folder``.

    ``progress(done, total)`` is told the pages copied after each step, and
    ``is_cancelled()`` asked whether to stop.

    Raises:
        UserError: the folder is missing, is a file, is read-only or full, or went
        away during the copy; nothing half-written is left under the real name.
        BackupCancelled: ``is_cancelled()`` said so; nothing is left in the folder.
    """
    now = aware_now(now)
    path = _write_backup(
        workspace, Path(folder).expanduser(), "manual", now, progress, is_cancelled
    )
    _record(workspace, now)
    return path


def days_since_last_backup(workspace: Workspace, now: datetime | None = None) -> int | None:
    """Whole days since the last backup (0 = today), or ``None`` when there was none."""
    text = workspace.last_backup()
    if not text:
        return None
    try:
        taken = datetime.fromisoformat(text).astimezone()
    except ValueError:
        return None
    return max(0, (local_time(aware_now(now)).date() - taken.replace(tzinfo=None).date()).days)


# --- keeping 14 daily and 12 monthly ---------------------------------------------------------


def _newest_per_period(
    names: Sequence[BackupName], period: str, wanted: int, kept: set[Path]
) -> None:
    """Keep the newest backup of each of the ``wanted`` newest periods (``"day"`` or
    ``"month"``) that hold one; a period whose newest is already kept does not count."""
    last: tuple[int, ...] | None = None
    added = 0
    for name in names:
        if added >= wanted:
            return
        at = name.taken_at
        key = (at.year, at.month, at.day) if period == "day" else (at.year, at.month)
        if key == last:
            continue
        last = key
        if name.path not in kept:
            kept.add(name.path)
            added += 1


def retained(
    names: Iterable[BackupName],
    now: datetime,
    *,
    daily: int = DAILY_KEPT,
    monthly: int = MONTHLY_KEPT,
    safety_days: int = SAFETY_COPY_DAYS,
) -> set[Path]:
    """Which backups to keep (pure): the newest of each of the last ``daily`` days and of the
    ``monthly`` months before those, every pre-upgrade copy, and the copies taken before a
    restore for ``safety_days``. ``now`` is local wall time."""
    names = list(names)
    rotated = sorted(
        (n for n in names if n.kind in ROTATED_KINDS),
        key=lambda n: (n.taken_at, n.seq),
        reverse=True,
    )
    kept: set[Path] = set()
    _newest_per_period(rotated, "day", daily, kept)
    _newest_per_period(rotated, "month", monthly, kept)
    limit = now - timedelta(days=safety_days)
    kept.update(n.path for n in names if n.kind == backup_store.BEFORE_UPGRADE)
    kept.update(n.path for n in names if n.kind == "before-restore" and n.taken_at > limit)
    return kept


def prune(folder: Path, now: datetime | None = None, *, keep: Collection[Path] = ()) -> list[Path]:
    """Delete the backups in ``folder`` that :func:`retained` does not keep, per database.

    Files whose names are not ours and the files in ``keep`` are never touched.
    Returns the files deleted; one that cannot be deleted is left for next time.
    """
    local_now = local_time(aware_now(now))
    names = [backup_store.parse_backup_name(p) for p in backup_store.folder_files(folder)]
    by_stem: dict[str, list[BackupName]] = {}
    for name in names:
        if name is not None:
            by_stem.setdefault(name.stem, []).append(name)
    deleted = []
    for group in by_stem.values():
        kept = retained(group, local_now) | set(keep)
        for name in group:
            if name.path in kept:
                continue
            try:
                name.path.unlink()
            except OSError:
                continue
            backup_store.discard(name.path)  # a byte copy's -wal beside it
            deleted.append(name.path)
    backup_store.remove_stale_temporaries(folder, local_now - timedelta(days=1))
    return deleted


# --- the list to restore from ----------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """One file of the backups folder, as the restore list shows it."""

    path: Path
    taken_at: datetime
    kind: str
    size: int
    schema: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problem: Message | None = None

    @property
    def usable(self) -> bool:
        """True when the file can be restored."""
        return self.problem is None


def _problem(facts: backup_store.BackupFacts) -> Message | None:
    texts = {
        backup_store.DAMAGED: QT_TRANSLATE_NOOP("Errors", "damaged ({detail})"),
        backup_store.FOREIGN: QT_TRANSLATE_NOOP("Errors", "not a database of this program"),
        backup_store.NEWER: QT_TRANSLATE_NOOP(
            "Errors", "written by a newer version of the program (schema {schema})"
        ),
        backup_store.UNREADABLE: QT_TRANSLATE_NOOP("Errors", "cannot be read ({detail})"),
    }
    if facts.problem is None:
        return None
    return Message("Errors", texts[facts.problem], {"detail": facts.detail, "schema": facts.schema})


def describe(path: Path, stem: str | None = None) -> BackupInfo:
    """Read one backup file (never raises: a bad file comes back with its problem)."""
    path = Path(path)
    name = backup_store.parse_backup_name(path)
    try:
        stat = path.stat()
        size, modified = stat.st_size, datetime.fromtimestamp(stat.st_mtime)
    except OSError:
        size, modified = 0, datetime.min
    facts = backup_store.read_facts(path)
    ours = name is not None and (stem is None or name.stem == stem)
    return BackupInfo(
        path=path,
        taken_at=name.taken_at if name and ours else modified.replace(microsecond=0),
        kind=name.kind if name and ours else backup_store.OTHER,
        size=size,
        schema=facts.schema,
        counts=facts.counts,
        problem=_problem(facts),
    )


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup in the database's backups folder, newest first, bad ones included."""
    db_path = Path(db_path)
    files = backup_store.folder_files(backups_dir(db_path))
    found = [describe(path, db_path.stem) for path in files]
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of this database that can be restored, or ``None``."""
    return next(
        (i.path for i in list_backups(db_path) if i.usable and i.kind != backup_store.OTHER),
        None,
    )
