"""Facilities and their dated profiles."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlite_utils import Database

from desktop_app.domain.dates import from_iso, iso
from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

_FACILITY_COLUMNS = "id, code, type_code, name, opened_on, closed_on"
_PROFILE_COLUMNS = (
    "id, effective_from, area_m2, seats, computers, computers_internet, books, "
    "library_software, digital_library, web_presence"
)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _facility(row: tuple) -> Facility:
    return Facility(
        id=row[0],
        code=row[1],
        type_code=row[2],
        name=row[3],
        opened_on=from_iso(row[4]),
        closed_on=from_iso(row[5]),
    )


def _profile(row: tuple) -> FacilityProfile:
    return FacilityProfile(
        id=row[0],
        effective_from=from_iso(row[1]),  # type: ignore[arg-type]
        area_m2=row[2],
        seats=row[3],
        computers=row[4],
        computers_internet=row[5],
        books=row[6],
        library_software=bool(row[7]),
        digital_library=bool(row[8]),
        web_presence=bool(row[9]),
    )


def list_facilities(db: Database) -> list[Facility]:
    """All facilities, open ones first, then by code."""
    rows = db.execute(
        f"SELECT {_FACILITY_COLUMNS} FROM facilities ORDER BY closed_on IS NOT NULL, code"
    ).fetchall()
    return [_facility(row) for row in rows]


def get_facility(db: Database, facility_id: int) -> Facility | None:
    """One facility by id."""
    row = db.execute(
        f"SELECT {_FACILITY_COLUMNS} FROM facilities WHERE id = ?", [facility_id]
    ).fetchone()
    return _facility(row) if row else None


def find_facility_by_code(db: Database, code: str) -> Facility | None:
    """One facility by its code."""
    row = db.execute(
        f"SELECT {_FACILITY_COLUMNS} FROM facilities WHERE code = ?", [code]
    ).fetchone()
    return _facility(row) if row else None


def _duplicate_code(code: str) -> Exception:
    return error(
        QT_TRANSLATE_NOOP("Errors", "Another facility already has the code \u201c{code}\u201d."),
        "code",
        code=code,
    )


def insert_facility(db: Database, facility: Facility) -> int:
    """Add a facility; return its id. Raises ``UserError`` on a duplicate code."""
    now = _now()
    try:
        cursor = db.execute(
            "INSERT INTO facilities (code, type_code, name, opened_on, closed_on, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                facility.code,
                facility.type_code,
                facility.name,
                iso(facility.opened_on),
                iso(facility.closed_on),
                now,
                now,
            ],
        )
    except sqlite3.IntegrityError:
        raise _duplicate_code(facility.code) from None
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def update_facility(db: Database, facility: Facility) -> None:
    """Change a facility's code, type, name and dates."""
    try:
        db.execute(
            "UPDATE facilities SET code = ?, type_code = ?, name = ?, opened_on = ?, "
            "closed_on = ?, updated_at = ? WHERE id = ?",
            [
                facility.code,
                facility.type_code,
                facility.name,
                iso(facility.opened_on),
                iso(facility.closed_on),
                _now(),
                facility.id,
            ],
        )
    except sqlite3.IntegrityError:
        raise _duplicate_code(facility.code) from None


def list_profiles(db: Database, facility_id: int) -> list[FacilityProfile]:
    """A facility's profiles, newest first."""
    rows = db.execute(
        f"SELECT {_PROFILE_COLUMNS} FROM facility_profiles WHERE facility_id = ? "
        "ORDER BY effective_from DESC",
        [facility_id],
    ).fetchall()
    return [_profile(row) for row in rows]


def earliest_profile_date(db: Database, facility_id: int) -> str | None:
    """The ISO date of the first profile, or ``None``."""
    row = db.execute(
        "SELECT min(effective_from) FROM facility_profiles WHERE facility_id = ?", [facility_id]
    ).fetchone()
    return row[0] if row else None


def upsert_profile(db: Database, facility_id: int, profile: FacilityProfile) -> None:
    """Store a profile; one on the same effective date is replaced."""
    db.execute(
        "INSERT INTO facility_profiles (facility_id, effective_from, area_m2, seats, computers, "
        "computers_internet, books, library_software, digital_library, web_presence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (facility_id, effective_from) DO UPDATE SET "
        "area_m2 = excluded.area_m2, seats = excluded.seats, computers = excluded.computers, "
        "computers_internet = excluded.computers_internet, books = excluded.books, "
        "library_software = excluded.library_software, "
        "digital_library = excluded.digital_library, web_presence = excluded.web_presence",
        [
            facility_id,
            iso(profile.effective_from),
            profile.area_m2,
            profile.seats,
            profile.computers,
            profile.computers_internet,
            profile.books,
            int(profile.library_software),
            int(profile.digital_library),
            int(profile.web_presence),
        ],
    )


def delete_profile(db: Database, facility_id: int, profile_id: int) -> None:
    """Remove one dated profile of a facility."""
    db.execute(
        "DELETE FROM facility_profiles WHERE facility_id = ? AND id = ?", [facility_id, profile_id]
    )


def count_facilities(db: Database) -> int:
    """How many facilities the commune has recorded."""
    return int(db.execute("SELECT count(*) FROM facilities").fetchone()[0])
