"""An open commune database and what every screen needs to know about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop_app.domain.unit import UnitSettings
from desktop_app.storage import settings_store
from desktop_app.storage.database import DamagedDatabaseError, close_database, open_database

__all__ = ["DamagedDatabaseError", "Workspace"]


@dataclass
class Workspace:
    """One open database. Create it with :meth:`open`; close it when done."""

    path: Path
    db: Database

    @classmethod
    def open(cls, path: Path, *, create: bool = True, migrate: bool = True) -> Workspace:
        """Open or create the database at ``path`` (see ``open_database``)."""
        path = Path(path).expanduser().absolute()
        return cls(path=path, db=open_database(path, create=create, migrate=migrate))

    def unit(self) -> UnitSettings | None:
        """The commune's settings, or ``None`` before set-up."""
        return settings_store.read_unit(self.db)

    def last_backup(self) -> str | None:
        """ISO time of the last backup, or ``None`` when there has been none."""
        return settings_store.read_value(self.db, settings_store.LAST_BACKUP_KEY)

    def close(self) -> None:
        """Fold the write-ahead log into the file and close the connection."""
        close_database(self.db)
