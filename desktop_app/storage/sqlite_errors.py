"""What the disk said, in words a commune can act on.

SQLite and the operating system report a full disk, a read-only folder or a
USB stick pulled out as bare exceptions (``sqlite3.OperationalError: database
or disk is full``). :func:`as_user_error` turns them into a :class:`DiskError`
that says what happened, that nothing was half-written (SQLite rolled the
transaction back) and what to do. A damaged file becomes a
:class:`DamagedDatabaseError` that names the way out: restore a backup.

Services whose writes the window makes one by one decorate themselves with
:func:`maps_disk_errors`, so a page that already shows ``UserError`` in its
own message area needs no change.
"""

from __future__ import annotations

import errno
import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message, UserError

P = ParamSpec("P")
R = TypeVar("R")

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class DiskError(UserError):
    """The disk or the folder refused a read or a write; nothing was half-written.

    The command line exits with status 1 (not 2: the input was fine).
    """


class DamagedDatabaseError(DiskError):
    """The file is a SQLite database of ours, but SQLite cannot read it."""


FULL = QT_TRANSLATE_NOOP(
    "Errors",
    "The disk that holds {path} is full. The last change was not saved, and nothing was "
    "half-written. Free some space on that disk (empty the Recycle Bin, move big files "
    "elsewhere), then do it again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} cannot be written: the file or its folder is read-only (a locked "
    "USB stick, a CD, or a folder you may not write to). Nothing was changed. Copy the "
    "database into a folder you can write to (for example Documents) and open that copy.",
)
GONE = QT_TRANSLATE_NOOP(
    "Errors",
    "The disk that holds {path} stopped answering (a USB stick pulled out, or a failing "
    "disk). The last change was not saved, and nothing was half-written. Plug the USB stick "
    "back in, close the program and open the database again.",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} cannot be opened: the file or its folder is missing or cannot be "
    "reached (a USB stick pulled out?). Nothing was changed. Plug it back in, or choose the "
    "right file, then open it again.",
)
FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} cannot be written: the file or its folder is read-only, or you may not write "
    "there. Nothing was half-written. Choose a folder you can write to (for example "
    "Documents), then do it again.",
)
FILE_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} cannot be found or reached (a USB stick pulled out?). Nothing was half-written. "
    "Plug it back in or choose another place, then do it again.",
)
BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} is busy: another program is writing to it. Nothing was changed. "
    "Wait a moment, then do it again.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} is damaged ({detail}). Nothing more was written to it. Restore the "
    "newest good backup: in the window with File > Restore from backup…, or on the command "
    'line with: htsd restore --db "{path}" BACKUP-FILE',
)

_BY_CODE = {
    SQLITE_FULL: FULL,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_PERM: READ_ONLY,
    SQLITE_IOERR: GONE,
    SQLITE_CANTOPEN: CANNOT_OPEN,
    SQLITE_BUSY: BUSY,
    SQLITE_LOCKED: BUSY,
}
# When an exception carries no code (raised by hand, or an older Python): its text.
_BY_TEXT = (
    ("disk is full", FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("disk i/o error", GONE),
    ("unable to open database", CANNOT_OPEN),
    ("database is locked", BUSY),
    ("malformed", DAMAGED),
    ("file is not a database", DAMAGED),
)
_BY_ERRNO = {
    errno.ENOSPC: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.ENOENT: CANNOT_OPEN,
    errno.ENOTDIR: CANNOT_OPEN,
    errno.EIO: GONE,
    errno.ENODEV: GONE,
    errno.ENXIO: GONE,
}
_OTHER_FILE = {READ_ONLY: FILE_READ_ONLY, CANNOT_OPEN: FILE_MISSING}
for _name in ("EDQUOT", "ESTALE", "ENOMEDIUM"):
    if hasattr(errno, _name):
        _BY_ERRNO[getattr(errno, _name)] = FULL if _name == "EDQUOT" else GONE


def damaged_error(path: Path | str | None, detail: str) -> DamagedDatabaseError:
    """The one message for a damaged database: what happened and how to restore."""
    return DamagedDatabaseError(
        Message("Errors", DAMAGED, {"path": str(path or ""), "detail": " ".join(detail.split())})
    )


def _text_for_sqlite(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return DAMAGED
        if primary in _BY_CODE:
            return _BY_CODE[primary]
    words = str(exc).lower()
    return next((text for needle, text in _BY_TEXT if needle in words), None)


def as_user_error(exc: BaseException, path: Path | str | None) -> UserError | None:
    """A :class:`DiskError` for a disk, folder or file failure, else ``None`` (a bug).

    ``path`` is the database the failure concerns; an ``OSError`` that names its
    own file names that one instead. A ``UserError`` is returned unchanged.
    """
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, sqlite3.Error):
        text = _text_for_sqlite(exc)
    elif isinstance(exc, OSError):
        text = _BY_ERRNO.get(exc.errno) if exc.errno is not None else None
        if exc.filename and (path is None or Path(exc.filename) != Path(path)):
            path = exc.filename  # another file than the database: say so, not "database"
            text = _OTHER_FILE.get(text or "", text)
    else:
        return None
    if text is None:
        return None
    if text == DAMAGED:
        return damaged_error(path, str(exc))
    return DiskError(Message("Errors", text, {"path": str(path or "")}))


def maps_disk_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate a service whose first argument has ``.path`` (a ``Workspace``).

    A ``sqlite3.Error`` the disk caused leaves as a :class:`DiskError`; any
    other ``sqlite3.Error`` (a bug) leaves unchanged.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except sqlite3.Error as exc:
            owner: Any = args[0] if args else None
            mapped = as_user_error(exc, getattr(owner, "path", None))
            if mapped is None:
                raise
            raise mapped from exc

    return wrapper
