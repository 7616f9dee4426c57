"""One program per database: an operating-system lock on a file beside it.

Two windows writing the same file would each believe their own view and undo
the other's changes. :func:`acquire` takes an exclusive lock on
``<database>.lock`` (``htsd.sqlite3.lock``): ``flock`` on Linux and macOS,
``msvcrt.locking`` on Windows. The operating system drops the lock when the
process ends in any way (closed, crashed, killed, power cut), so a lock is
never left behind and nothing needs cleaning up. The file itself stays; it
holds who has the database open (process, computer, since when) for the
message the second program shows.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from types import TracebackType

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_app.storage.sqlite_errors import DiskError, as_user_error

LOCK_SUFFIX = ".lock"
# Windows locks a byte range; lock one byte far past the text so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 30
_MAX_INFO = 4096


class DatabaseInUseError(DiskError):
    """Another program (a window or a command) holds the database open."""


def lock_path(db_path: Path | str) -> Path:
    """The lock file of a database: its name with ``.lock`` added, in the same folder."""
    path = Path(db_path).expanduser().resolve()  # one lock whatever name leads to the file
    return path.with_name(path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    """Lock ``fd`` without waiting; False when another process holds it."""
    if sys.platform == "win32":  # pragma: no cover - tested on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - tested on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(fd: int) -> dict[str, str]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, _MAX_INFO).decode("utf-8", "replace").strip("\x00 \r\n")
        info = json.loads(text) if text else {}
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in info.items()} if isinstance(info, dict) else {}


def _host_name() -> str:
    """This computer's name. Not ``platform.node()``: on Windows that asks WMI, which is
    slow and aborts under Wine; ``gethostname`` asks the network stack directly."""
    try:
        return socket.gethostname() or "?"
    except OSError:
        return "?"


def _write_holder(fd: int) -> dict[str, str]:
    info = {
        "pid": str(os.getpid()),
        "host": _host_name(),
        "started": datetime.now().strftime("%d/%m/%Y %H:%M"),
    }
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, json.dumps(info).encode("utf-8"))
    os.fsync(fd)
    return info


def in_use_error(db_path: Path, holder: dict[str, str]) -> DatabaseInUseError:
    """The message a second window or command shows."""
    if {"pid", "host", "started"} <= holder.keys():
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The database {path} is already open in another HTSD window (or in use by "
            "another command: program {pid} on computer {host}, since {started}). "
            "Use that window, or close it and open the database again.",
        )
        params = {"path": str(db_path), **{k: holder[k] for k in ("pid", "host", "started")}}
    else:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The database {path} is already open in another HTSD window (or in use by "
            "another command). Use that window, or close it and open the database again.",
        )
        params = {"path": str(db_path)}
    return DatabaseInUseError(Message("Errors", text, params))


class InstanceLock:
    """A held lock; :meth:`release` it (or use ``with``) when the database is closed."""

    def __init__(self, db_path: Path, path: Path, fd: int, holder: dict[str, str]) -> None:
        self.db_path = db_path
        self.path = path
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        """True until :meth:`release`."""
        return self._fd is not None

    def release(self) -> None:
        """Drop the lock and forget who held it; a second call does nothing."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):  # a stick pulled out: closing still unlocks
                os.ftruncate(fd, 0)
                _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock must not outlive its owner object
        if getattr(self, "_fd", None) is not None:
            self.release()


def acquire(db_path: Path | str) -> InstanceLock:
    """Lock ``db_path`` for this process, without waiting.

    The database file itself need not exist yet (a new database); its folder is
    created when missing, as :func:`open_database` would.

    Raises:
        DatabaseInUseError: another window or command holds it (even in this process).
        DiskError: the lock file cannot be written (read-only folder, full disk,
            a stick pulled out).
    """
    db_path = Path(db_path).expanduser().absolute()
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise _disk_error(exc, db_path) from None
    try:
        if not _try_lock(fd):
            raise in_use_error(db_path, _read_holder(fd))
        holder = _write_holder(fd)
    except OSError as exc:
        os.close(fd)
        raise _disk_error(exc, db_path) from None
    except BaseException:
        os.close(fd)
        raise
    return InstanceLock(db_path, path, fd, holder)


def _disk_error(exc: OSError, db_path: Path) -> Exception:
    # Name the database (what the user chose), not the lock file beside it.
    mapped = as_user_error(OSError(exc.errno, exc.strerror), db_path)
    return mapped if mapped is not None else exc
