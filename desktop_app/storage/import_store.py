"""What only the bulk import and the demo commune need from storage.

The upserts themselves belong to each table's store (``visits_store``,
``clubs_store``, ``activities_store``, ``digital_store``, ``museum_store``);
this module adds the row counts of the log tables, the way a batch of
visit days of several facilities is written, and the notes a re-import keeps.
Callers wrap one import in ``db.atomic()``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date

from sqlite_utils import Database

from desktop_app.domain.visits import VisitDay
from desktop_app.storage import visits_store

# Tables the import and the demo write, with a word for each (counts, emptiness checks).
LOG_TABLES = (
    "visits",
    "clubs",
    "club_sessions",
    "activities",
    "digital_services",
    "museum_records",
)


BULK_CACHE_MB = 64  # SQLite's page cache while an import writes (the default is 2 MB)


@contextlib.contextmanager
def bulk_cache(db: Database, megabytes: int = BULK_CACHE_MB) -> Iterator[None]:
    """A larger page cache for the length of a bulk write, then the one before.

    A large import inserts a million rows, their audit rows and index entries in
    one transaction; with the default cache SQLite keeps reading back pages it
    has just written.
    """
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-int(megabytes) * 1024}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


def write_visit_days(db: Database, visits: Sequence[VisitDay]) -> int:
    """Store days of visits of any facilities; a day left with nothing recorded is removed.

    "Nothing recorded" is :meth:`VisitDay.is_empty` (every count zero, no note), as
    when a day is emptied in the visits grid. Returns how many days were given.
    """
    kept: list[VisitDay] = []
    emptied: dict[int, list[date]] = {}
    for visit in visits:
        if visit.is_empty():
            emptied.setdefault(visit.facility_id, []).append(visit.day)
        else:
            kept.append(visit)
    with db.atomic():
        visits_store.upsert_visits(db, kept)
        for facility_id, days in emptied.items():
            visits_store.delete_visits(db, facility_id, days)
    return len(visits)


def visit_notes(db: Database, facility_id: int) -> list[tuple[date, str]]:
    """The days of a facility that carry a note typed in the visits grid, with the note."""
    rows = db.query(
        "SELECT day, note FROM visits WHERE facility_id = ? AND note <> ''", [facility_id]
    )
    return [(date.fromisoformat(row["day"]), row["note"]) for row in rows]


def count_rows(db: Database) -> dict[str, int]:
    """How many rows each log table holds."""
    return {
        table: int(next(db.query(f"SELECT count(*) AS n FROM {table}"))["n"])
        for table in LOG_TABLES
    }
