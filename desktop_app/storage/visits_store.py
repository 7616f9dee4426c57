"""Daily visits: one row per facility and day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlite_utils import Database

from desktop_app.domain.dates import from_iso
from desktop_app.domain.visits import COUNTS, VisitDay

_COLUMNS = ("facility_id", "day", *COUNTS, "estimated", "note")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM visits"


def _visit(row: dict) -> VisitDay:
    return VisitDay(
        facility_id=row["facility_id"],
        day=from_iso(row["day"]),  # type: ignore[arg-type]
        **{name: row[name] for name in COUNTS},
        estimated=bool(row["estimated"]),
        note=row["note"],
    )


def visits_between(db: Database, facility_id: int, first: date, last: date) -> list[VisitDay]:
    """A facility's visit rows from ``first`` to ``last`` (both included), by day."""
    rows = db.query(
        f"{_SELECT} WHERE facility_id = ? AND day BETWEEN ? AND ? ORDER BY day",
        [facility_id, first.isoformat(), last.isoformat()],
    )
    return [_visit(row) for row in rows]


def _values(visit: VisitDay, now: str) -> list[object]:
    return [
        visit.facility_id,
        visit.day.isoformat(),
        *(getattr(visit, name) for name in COUNTS),
        int(visit.estimated),
        visit.note,
        now,
    ]


_UPSERT = (
    f"INSERT INTO visits ({', '.join(_COLUMNS)}, updated_at) "
    f"VALUES ({', '.join('?' for _ in range(len(_COLUMNS) + 1))}) "
    "ON CONFLICT (facility_id, day) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in (*_COLUMNS[2:], "updated_at"))
)


def upsert_visits(db: Database, visits: Iterable[VisitDay]) -> None:
    """Store days of visits; a day already stored for the facility is replaced."""
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    db.conn.executemany(_UPSERT, [_values(v, now) for v in visits])


def delete_visits(db: Database, facility_id: int, days: Iterable[date]) -> None:
    """Remove the rows of ``days`` (a day emptied in the grid)."""
    db.conn.executemany(
        "DELETE FROM visits WHERE facility_id = ? AND day = ?",
        [(facility_id, day.isoformat()) for day in days],
    )
