"""What a re-import keeps: stored records found by natural key, and the merge with a file's row.

A file need not have every optional column. For a record already stored, a
column the file does not have keeps its stored value; a column it has is
applied as the layout says, even when its cell is empty (0, no date, the
default choice). Fields that no column fills (a visit day's note) are kept too.
A file with every column of its layout replaces each record whole, so only
then are the stored records not read (but for the notes).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from sqlite_utils import Database

from desktop_app.domain.text import normalise_space
from desktop_app.storage import (
    activities_store,
    clubs_store,
    digital_store,
    import_store,
    museum_store,
    visits_store,
)
from desktop_app.storage.activities_store import ActivityFilter

T = TypeVar("T")

_Loader = Callable[[Database, int], dict[tuple[Any, ...], Any]]

# Each layout's stored records of one facility (or one club for sessions), by the rest of
# the natural key. One query each, so a re-import of a long file costs a few queries.
_LOADERS: dict[str, _Loader] = {
    "visits": lambda db, fid: {
        (v.day,): v for v in visits_store.visits_between(db, fid, date.min, date.max)
    },
    # The note typed in the visits grid: no column fills it, so a re-import keeps it.
    "notes": lambda db, fid: {(day,): note for day, note in import_store.visit_notes(db, fid)},
    "activities": lambda db, fid: {
        (a.start_day, a.type, a.title): a
        for a in activities_store.list_activities(db, ActivityFilter(date.min, date.max, fid))
    },
    "sessions": lambda db, club_id: {(s.day,): s for s in clubs_store.list_sessions(db, club_id)},
    "digital": lambda db, fid: {
        (s.day, s.kind): s for s in digital_store.list_digital(db, fid, date.min, date.max)
    },
    "museum": lambda db, fid: {
        (r.day,): r for r in museum_store.list_museum(db, fid, date.min, date.max)
    },
}


def title_key(title: str) -> str:
    """A title as the domain rules store it (NFC, single spaces), to find the stored record."""
    return normalise_space(unicodedata.normalize("NFC", title or ""))


class StoredRecords:
    """The records of the database an import run may update, loaded when first asked for."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._loaded: dict[tuple[str, int], dict[tuple[Any, ...], Any]] = {}

    def find(self, layout_key: str, owner_id: int, *key: Any) -> Any | None:
        """The stored record of ``layout_key`` at facility (or club) ``owner_id`` with ``key``."""
        records = self._loaded.get((layout_key, owner_id))
        if records is None:
            records = self._loaded[(layout_key, owner_id)] = _LOADERS[layout_key](
                self._db, owner_id
            )
        return records.get(key)


def merged(record_type: type[T], stored: T | None, given: Mapping[str, Any], **fixed: Any) -> T:
    """A record from the file's values over the stored one.

    ``given`` holds a value for each column the file has, ``None`` for an empty
    cell that means "the record's default" (an empty date or choice). Fields
    neither given nor fixed keep the stored value, or take their default when
    nothing is stored.
    """
    values: dict[str, Any] = {} if stored is None else dict(vars(stored))
    for name, value in given.items():
        if value is None:
            values.pop(name, None)
        else:
            values[name] = value
    values.update(fixed)
    return record_type(**values)
