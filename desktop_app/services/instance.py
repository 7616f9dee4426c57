"""Open a database for one program alone, and check it before anyone types into it.

The window calls :func:`open_exclusive` at start: it takes the database's lock
(a second window gets a clear message instead of a second writer), opens and
upgrades the file, and runs SQLite's quick check (a damaged file is refused
with the way out: restore the newest good backup). Commands that write hold
the lock with :func:`exclusive` while they run.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.workspace import Workspace
from desktop_app.storage import instance_lock
from desktop_app.storage.database import damaged_error, open_reader, quick_check
from desktop_app.storage.instance_lock import DatabaseInUseError, InstanceLock

__all__ = [
    "BackgroundCheck",
    "DatabaseInUseError",
    "OpenDatabase",
    "exclusive",
    "open_exclusive",
]


@dataclass
class OpenDatabase:
    """A workspace and the lock that keeps other programs out of it."""

    workspace: Workspace
    lock: InstanceLock

    def reopen(self) -> Workspace:
        """Close and open the file again, keeping the lock (a restore replaced it meanwhile).

        Raises:
            DamagedDatabaseError: the file now there fails the quick check; it is left
                closed (the lock is kept), ready for another restore.
        """
        self.workspace.close()
        workspace = Workspace.open(self.lock.db_path, create=False)
        try:
            quick_check(workspace.db, workspace.path)
        except BaseException:
            workspace.close()
            raise
        self.workspace = workspace
        return workspace

    def close(self) -> None:
        """Close the database first, then let other programs in."""
        try:
            self.workspace.close()
        finally:
            self.lock.release()


def open_exclusive(path: Path | str, *, create: bool = True, check: bool = True) -> OpenDatabase:
    """Lock, open (creating and upgrading as needed) and quick-check ``path``.

    Nothing stays locked or open when it fails.

    Raises:
        DatabaseInUseError: another window or command has it open.
        DamagedDatabaseError: the quick check failed; the message says how to restore.
        UserError: as :meth:`Workspace.open` (missing, not ours, newer, disk problems).
    """
    lock = instance_lock.acquire(path)
    try:
        workspace = Workspace.open(Path(path), create=create)
    except BaseException:
        lock.release()
        raise
    try:
        if check:
            quick_check(workspace.db, workspace.path)
    except BaseException:
        workspace.close()
        lock.release()
        raise
    return OpenDatabase(workspace, lock)


@contextmanager
def exclusive(path: Path | str) -> Iterator[InstanceLock]:
    """Hold ``path``'s lock for the ``with`` block (a command that writes).

    Raises:
        DatabaseInUseError: a window or another command has it open.
    """
    with instance_lock.acquire(path) as lock:
        yield lock


class BackgroundCheck:
    """SQLite's quick check of an open database, in a thread with a read-only connection of
    its own: the window's code loads meanwhile (SQLite leaves Python free while it reads).

    Call :meth:`result` before anyone types: it waits and raises what the check found.
    """

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            db = open_reader(self._path)
            try:
                quick_check(db, self._path)
            finally:
                db.close()
        except sqlite3.DatabaseError as exc:  # not even readable enough to start the check
            self._error = damaged_error(self._path, str(exc))
        except BaseException as exc:  # handed to the caller's thread
            self._error = exc

    def result(self) -> None:
        """Wait for the check.

        Raises:
            DamagedDatabaseError: the file is damaged; the message names the way out.
        """
        self._thread.join()
        if self._error is not None:
            raise self._error
