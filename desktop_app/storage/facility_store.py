"""Facilities and their dated profiles."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

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


def _facility(row: dict) -> Facility:
    return Facility(
        id=row["id"],
        code=row["code"],
        type_code=row["type_code"],
        name=row["name"],
        opened_on=from_iso(row["opened_on"]),
        closed_on=from_iso(row["closed_on"]),
    )


def _profile(row: dict) -> FacilityProfile:
    return FacilityProfile(
        id=row["id"],
        effective_from=from_iso(row["effective_from"]),  # type: ignore[arg-type]
        area_m2=row["area_m2"],
        seats=row["seats"],
        computers=row["computers"],
        computers_internet=row["computers_internet"],
        books=row["books"],
        library_software=bool(row["library_software"]),
        digital_library=bool(row["digital_library"]),
        web_presence=bool(row["web_presence"]),
    )


def list_facilities(db: Database) -> list[Facility]:
    """All facilities, open ones first, then by code."""
    rows = db.query(
        f"SELECT {_FACILITY_COLUMNS} FROM facilities ORDER BY closed_on IS NOT NULL, code"
    )
    return [_facility(row) for row in rows]


def get_facility(db: Database, facility_id: int) -> Facility | None:
    """One facility by id."""
    rows = db.query(f"SELECT {_FACILITY_COLUMNS} FROM facilities WHERE id = ?", [facility_id])
    return next((_facility(row) for row in rows), None)


def find_facility_by_code(db: Database, code: str) -> Facility | None:
    """One facility by its code."""
    rows = db.query(f"SELECT {_FACILITY_COLUMNS} FROM facilities WHERE code = ?", [code])
    return next((_facility(row) for row in rows), None)


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
    rows = db.query(
        f"SELECT {_PROFILE_COLUMNS} FROM facility_profiles WHERE facility_id = ? "
        "ORDER BY effective_from DESC",
        [facility_id],
    )
    return [_profile(row) for row in rows]


def earliest_profile_date(db: Database, facility_id: int) -> str | None:
    """The ISO date of the first profile, or ``None``."""
    rows = db.query(
        "SELECT min(effective_from) AS first FROM facility_profiles WHERE facility_id = ?",
        [facility_id],
    )
    return next(rows)["first"]


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


def record_day_range(db: Database, facility_id: int) -> tuple[date, date] | None:
    """The first and last day anything is logged at a facility (sessions of the clubs it
    hosts included), or ``None`` when nothing is."""
    row = db.execute(
        "SELECT min(d), max(d) FROM ("
        "SELECT day AS d FROM visits WHERE facility_id = :f "
        "UNION ALL SELECT start_day FROM activities WHERE facility_id = :f "
        "UNION ALL SELECT day FROM digital_services WHERE facility_id = :f "
        "UNION ALL SELECT day FROM museum_records WHERE facility_id = :f "
        "UNION ALL SELECT s.day FROM club_sessions s JOIN clubs c ON c.id = s.club_id "
        "WHERE c.facility_id = :f)",
        {"f": facility_id},
    ).fetchone()
    if not row or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


def count_facilities(db: Database) -> int:
    """How many facilities the commune has recorded."""
    return int(next(db.query("SELECT count(*) AS n FROM facilities"))["n"])
