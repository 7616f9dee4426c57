"""An open commune database and what every screen needs to know about it."""

from __future__ import annotations

import getpass
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop_app import resources
from desktop_app.domain.unit import UnitSettings
from desktop_app.services.changes import ChangeBoard
from desktop_app.storage import audit_store, settings_store
from desktop_app.storage.database import DamagedDatabaseError, close_database, open_database

__all__ = ["DamagedDatabaseError", "Workspace"]


def os_user() -> str:
    """The computer's user name, or ``""`` when the environment names none."""
    try:
        return getpass.getuser()
    except Exception:  # getuser raises OSError, KeyError or ImportError; never fail
        return ""


@dataclass
class Workspace:
    """One open database. Create it with :meth:`open`; close it when done."""

    path: Path
    db: Database
    # Who hears what the use cases change (the window's screens, through ``ui/shared_data``).
    changes: ChangeBoard = field(default_factory=ChangeBoard, compare=False, repr=False)

    @classmethod
    def open(cls, path: Path, *, create: bool = True, migrate: bool = True) -> Workspace:
        """Open or create the database at ``path`` (see ``open_database``)."""
        path = Path(path).expanduser().absolute()
        workspace = cls(path=path, db=open_database(path, create=create, migrate=migrate))
        resources.use_database(path)  # the templates installed beside it count from now on
        if migrate:  # without it the file is only looked at (``check``), never written
            workspace.refresh_actor()
        return workspace

    def refresh_actor(self) -> None:
        """Name who acts in the audit trail: the preparer in the settings and the OS user.

        Called on opening (unless only checking). Storing the preparer's name updates
        the trail by itself (a trigger on ``settings``); call this after anything else
        that should change who is named. Never fails: on a file it cannot write, the
        name stays as it was.
        """
        try:
            if not audit_store.has_audit(self.db):  # opened without upgrading an old file
                return
            preparer = settings_store.read_value(self.db, audit_store.PREPARER_KEY) or ""
            audit_store.set_actor(self.db, preparer, os_user())
        except sqlite3.Error:  # read-only or full: nothing can be written, so nothing is logged
            pass

    def unit(self) -> UnitSettings | None:
        """The commune's settings, or ``None`` before set-up."""
        return settings_store.read_unit(self.db)

    def last_backup(self) -> str | None:
        """ISO time of the last backup, or ``None`` when there has been none."""
        return settings_store.read_value(self.db, settings_store.LAST_BACKUP_KEY)

    def close(self) -> None:
        """Fold the write-ahead log into the file and close the connection."""
        close_database(self.db)
