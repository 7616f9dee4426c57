"""The museum log: one row per museum-type facility and day (table ``museum_records``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date

from sqlite_utils import Database

from desktop_app.domain.dates import from_iso
from desktop_app.domain.digital import MUSEUM_FIELDS, MuseumRecord
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

_FIELDS = ", ".join(MUSEUM_FIELDS)
_COLUMNS = f"id, day, facility_id, {_FIELDS}"
_UPSERT = (
    f"INSERT INTO museum_records (day, facility_id, {_FIELDS}) "
    f"VALUES (?, ?, {', '.join('?' for _ in MUSEUM_FIELDS)}) "
    "ON CONFLICT (facility_id, day) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in MUSEUM_FIELDS)
)


def _record(row: dict) -> MuseumRecord:
    return MuseumRecord(
        id=row["id"],
        day=from_iso(row["day"]),  # type: ignore[arg-type]
        facility_id=row["facility_id"],
        **{name: row[name] for name in MUSEUM_FIELDS},
    )


def _params(record: MuseumRecord) -> list:
    return [
        record.day.isoformat(),
        record.facility_id,
        *(getattr(record, name) for name in MUSEUM_FIELDS),
    ]


def list_museum(db: Database, facility_id: int, first: date, last: date) -> list[MuseumRecord]:
    """A facility's rows dated ``first``..``last``, newest first."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM museum_records WHERE facility_id = ? AND day BETWEEN ? AND ? "
        "ORDER BY day DESC",
        [facility_id, first.isoformat(), last.isoformat()],
    )
    return [_record(row) for row in rows]


def get_museum(db: Database, record_id: int) -> MuseumRecord | None:
    """One row by id."""
    rows = db.query(f"SELECT {_COLUMNS} FROM museum_records WHERE id = ?", [record_id])
    return next((_record(row) for row in rows), None)


def find_museum(db: Database, facility_id: int, day: date) -> MuseumRecord | None:
    """The row of one facility and day, if any."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM museum_records WHERE facility_id = ? AND day = ?",
        [facility_id, day.isoformat()],
    )
    return next((_record(row) for row in rows), None)


def upsert_museum(db: Database, rows: Sequence[MuseumRecord]) -> None:
    """Store many rows in one transaction; a row on an existing (facility, day) replaces it.

    The rows must already be validated (``validated_museum``).
    """
    if not rows:
        return
    with db.atomic():
        db.conn.executemany(_UPSERT, [_params(row) for row in rows])


def update_museum(db: Database, record: MuseumRecord) -> None:
    """Rewrite the row ``record.id``, its day included.

    Raises:
        UserError: another row already holds the new facility and day.
    """
    assignments = ", ".join(f"{name} = ?" for name in ("day", "facility_id", *MUSEUM_FIELDS))
    try:
        db.execute(
            f"UPDATE museum_records SET {assignments} WHERE id = ?", [*_params(record), record.id]
        )
    except sqlite3.IntegrityError:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "Another row already holds this day; change that row instead."
            ),
            "day",
        ) from None


def delete_museum(db: Database, record_id: int) -> None:
    """Remove one row."""
    db.execute("DELETE FROM museum_records WHERE id = ?", [record_id])


def museum_totals(
    db: Database, first: date, last: date, facility_id: int | None = None
) -> dict[str, int]:
    """Each count summed over ``first``..``last`` (one facility or all), zero when none."""
    where = "day BETWEEN ? AND ?"
    params: list = [first.isoformat(), last.isoformat()]
    if facility_id is not None:
        where += " AND facility_id = ?"
        params.append(facility_id)
    sums = ", ".join(f"coalesce(sum({name}), 0) AS {name}" for name in MUSEUM_FIELDS)
    row = next(db.query(f"SELECT {sums} FROM museum_records WHERE {where}", params))
    return {name: int(row[name]) for name in MUSEUM_FIELDS}
