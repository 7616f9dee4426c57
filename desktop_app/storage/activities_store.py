"""Activities and events: every SQL statement about them.

An activity belongs to the period containing its first day, so every period
query filters on ``start_day`` (indexed). :func:`upsert_activities` is for the
import: one ``executemany`` in one transaction, keyed by
(facility_id, start_day, type, title).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from desktop_app.domain.activities import Activity
from desktop_app.domain.dates import from_iso
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error

_COLUMNS = (
    "id, start_day, end_day, facility_id, type, title, partners, mode, lifelong_learning, "
    "participants, children, elderly, women"
)
_UPSERT = (
    "INSERT INTO activities (start_day, end_day, facility_id, type, title, partners, mode, "
    "lifelong_learning, participants, children, elderly, women) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (facility_id, start_day, type, title) DO UPDATE SET "
    "end_day = excluded.end_day, partners = excluded.partners, mode = excluded.mode, "
    "lifelong_learning = excluded.lifelong_learning, participants = excluded.participants, "
    "children = excluded.children, elderly = excluded.elderly, women = excluded.women"
)


@dataclass(frozen=True)
class ActivityFilter:
    """Which activities a list shows: first day in ``first``..``last``, optionally one
    facility and one type."""

    first: date
    last: date
    facility_id: int | None = None
    type: str | None = None

    def where(self) -> tuple[str, list]:
        """The WHERE clause and its parameters."""
        clauses = ["start_day BETWEEN ? AND ?"]
        params: list = [self.first.isoformat(), self.last.isoformat()]
        if self.facility_id is not None:
            clauses.append("facility_id = ?")
            params.append(self.facility_id)
        if self.type is not None:
            clauses.append("type = ?")
            params.append(self.type)
        return " AND ".join(clauses), params


def activity_from_row(row: dict) -> Activity:
    """The activity of a row of ``activities`` (every column)."""
    return Activity(
        id=row["id"],
        start_day=from_iso(row["start_day"]),  # type: ignore[arg-type]
        end_day=from_iso(row["end_day"]),  # type: ignore[arg-type]
        facility_id=row["facility_id"],
        type=row["type"],
        title=row["title"],
        partners=row["partners"],
        mode=row["mode"],
        lifelong_learning=bool(row["lifelong_learning"]),
        participants=row["participants"],
        children=row["children"],
        elderly=row["elderly"],
        women=row["women"],
    )


def _values(a: Activity) -> list:
    return [
        a.start_day.isoformat(),
        a.end_day.isoformat(),
        a.facility_id,
        a.type,
        a.title,
        a.partners,
        a.mode,
        int(a.lifelong_learning),
        a.participants,
        a.children,
        a.elderly,
        a.women,
    ]


def _duplicate(a: Activity) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "An activity of this type called \u201c{title}\u201d is already recorded at this "
            "facility on {day}.",
        ),
        "title",
        title=a.title,
        day=a.start_day.strftime("%d/%m/%Y"),
    )


def list_activities(db: Database, which: ActivityFilter) -> list[Activity]:
    """The activities chosen by ``which``, by first day then title."""
    where, params = which.where()
    rows = db.query(
        f"SELECT {_COLUMNS} FROM activities WHERE {where} ORDER BY start_day, title", params
    )
    return [activity_from_row(row) for row in rows]


def activities_starting(db: Database, first: date, last: date) -> list[Activity]:
    """Activities whose first day falls in ``first``..``last``, by first day then id
    (they count in that period, domain.md §4)."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM activities WHERE start_day BETWEEN ? AND ? ORDER BY start_day, id",
        [first.isoformat(), last.isoformat()],
    )
    return [activity_from_row(row) for row in rows]


def totals(db: Database, which: ActivityFilter) -> tuple[int, int]:
    """How many activities ``which`` chooses and their participants added up."""
    where, params = which.where()
    row = next(
        db.query(
            "SELECT count(*) AS n, coalesce(sum(participants), 0) AS people "
            f"FROM activities WHERE {where}",
            params,
        )
    )
    return int(row["n"]), int(row["people"])


def get_activity(db: Database, activity_id: int) -> Activity | None:
    """One activity by id."""
    rows = db.query(f"SELECT {_COLUMNS} FROM activities WHERE id = ?", [activity_id])
    return next((activity_from_row(row) for row in rows), None)


def insert_activity(db: Database, activity: Activity) -> int:
    """Add an activity; return its id. Raises ``UserError`` when the same one is recorded."""
    try:
        cursor = db.execute(
            "INSERT INTO activities (start_day, end_day, facility_id, type, title, partners, "
            "mode, lifelong_learning, participants, children, elderly, women) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _values(activity),
        )
    except sqlite3.IntegrityError as exc:
        if "UNIQUE" in str(exc):
            raise _duplicate(activity) from None
        raise
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def update_activity(db: Database, activity: Activity) -> None:
    """Store every field of a stored activity."""
    try:
        db.execute(
            "UPDATE activities SET start_day = ?, end_day = ?, facility_id = ?, type = ?, "
            "title = ?, partners = ?, mode = ?, lifelong_learning = ?, participants = ?, "
            "children = ?, elderly = ?, women = ? WHERE id = ?",
            [*_values(activity), activity.id],
        )
    except sqlite3.IntegrityError as exc:
        if "UNIQUE" in str(exc):
            raise _duplicate(activity) from None
        raise


def delete_activity(db: Database, activity_id: int) -> None:
    """Remove one activity."""
    db.execute("DELETE FROM activities WHERE id = ?", [activity_id])


def upsert_activities(db: Database, rows: Sequence[Activity]) -> int:
    """Insert or replace activities keyed by (facility_id, start_day, type, title).

    ``rows`` must already be validated (``validated_activity``); one transaction.
    Returns how many rows were written.
    """
    values = [_values(a) for a in rows]
    with db.atomic():
        db.conn.executemany(_UPSERT, values)
    return len(values)
