"""The digital-services log: one row per facility, day and kind (table ``digital_services``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date

from sqlite_utils import Database

from desktop_app.domain.dates import from_iso
from desktop_app.domain.digital import DIGITAL_KINDS, DigitalService
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

_COLUMNS = "id, day, facility_id, kind, quantity, participants"
# Rows of one day in the order of domain.md §2, not alphabetically.
_KIND_ORDER = (
    "CASE kind "
    + " ".join(f"WHEN '{kind}' THEN {index}" for index, kind in enumerate(DIGITAL_KINDS))
    + " END"
)
_UPSERT = (
    "INSERT INTO digital_services (day, facility_id, kind, quantity, participants) "
    "VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (facility_id, day, kind) DO UPDATE SET "
    "quantity = excluded.quantity, participants = excluded.participants"
)


def _service(row: dict) -> DigitalService:
    return DigitalService(
        id=row["id"],
        day=from_iso(row["day"]),  # type: ignore[arg-type]
        facility_id=row["facility_id"],
        kind=row["kind"],
        quantity=row["quantity"],
        participants=row["participants"],
    )


def _params(service: DigitalService) -> list:
    return [
        service.day.isoformat(),
        service.facility_id,
        service.kind,
        service.quantity,
        service.participants,
    ]


def list_digital(db: Database, facility_id: int, first: date, last: date) -> list[DigitalService]:
    """A facility's rows dated ``first``..``last``, newest day first."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM digital_services WHERE facility_id = ? AND day BETWEEN ? AND ? "
        f"ORDER BY day DESC, {_KIND_ORDER}",
        [facility_id, first.isoformat(), last.isoformat()],
    )
    return [_service(row) for row in rows]


def get_digital(db: Database, service_id: int) -> DigitalService | None:
    """One row by id."""
    rows = db.query(f"SELECT {_COLUMNS} FROM digital_services WHERE id = ?", [service_id])
    return next((_service(row) for row in rows), None)


def find_digital(db: Database, facility_id: int, day: date, kind: str) -> DigitalService | None:
    """The row of one facility, day and kind, if any."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM digital_services WHERE facility_id = ? AND day = ? AND kind = ?",
        [facility_id, day.isoformat(), kind],
    )
    return next((_service(row) for row in rows), None)


def upsert_digital(db: Database, rows: Sequence[DigitalService]) -> None:
    """Store many rows in one transaction; a row on an existing (facility, day, kind) replaces it.

    The rows must already be validated (``validated_digital``).
    """
    if not rows:
        return
    with db.atomic():
        db.conn.executemany(_UPSERT, [_params(row) for row in rows])


def update_digital(db: Database, service: DigitalService) -> None:
    """Rewrite the row ``service.id``, its day and kind included.

    Raises:
        UserError: another row already holds the new facility, day and kind.
    """
    try:
        db.execute(
            "UPDATE digital_services SET day = ?, facility_id = ?, kind = ?, quantity = ?, "
            "participants = ? WHERE id = ?",
            [*_params(service), service.id],
        )
    except sqlite3.IntegrityError:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another row already holds this day and kind; change that row instead.",
            ),
            "day",
        ) from None


def delete_digital(db: Database, service_id: int) -> None:
    """Remove one row."""
    db.execute("DELETE FROM digital_services WHERE id = ?", [service_id])


def digital_totals(
    db: Database, first: date, last: date, facility_id: int | None = None
) -> dict[str, tuple[int, int]]:
    """Quantity and participants by kind for ``first``..``last`` (one facility or all).

    Kinds with no row are absent.
    """
    where = "day BETWEEN ? AND ?"
    params: list = [first.isoformat(), last.isoformat()]
    if facility_id is not None:
        where += " AND facility_id = ?"
        params.append(facility_id)
    rows = db.query(
        "SELECT kind, sum(quantity) AS quantity, sum(participants) AS participants "
        f"FROM digital_services WHERE {where} GROUP BY kind",
        params,
    )
    return {row["kind"]: (int(row["quantity"]), int(row["participants"])) for row in rows}


def count_digital(db: Database) -> int:
    """How many digital-service rows the commune has."""
    return int(next(db.query("SELECT count(*) AS n FROM digital_services"))["n"])
