"""Bulk upserts for the import and the demo commune: one ``executemany`` per batch.

Each record type is keyed by its natural key (the table's UNIQUE constraint), so
writing the same record twice replaces it instead of doubling it:
visits facility+day, clubs code, sessions club+day, activities facility+first
day+type+title, digital services facility+day+kind, museum facility+day.
Callers wrap the batches of one import in ``db.atomic()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlite_utils import Database

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club, ClubSession
from desktop_app.domain.dates import from_iso, iso
from desktop_app.domain.digital import DigitalService, MuseumRecord
from desktop_app.domain.visits import VisitDay

# Tables the import and the demo write, with a word for each (counts, emptiness checks).
LOG_TABLES = (
    "visits",
    "clubs",
    "club_sessions",
    "activities",
    "digital_services",
    "museum_records",
)

_VISIT_COLUMNS = (
    "total, children, elderly, disabled, ethnic_minority, women, mobile, documents, new_cards, "
    "estimated"
)
_CLUB_COLUMNS = (
    "code, name, kind, field, facility_id, founded_on, closed_on, leader, members, "
    "members_women, members_children, members_elderly"
)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _updates(columns: str) -> str:
    return ", ".join(f"{c.strip()} = excluded.{c.strip()}" for c in columns.split(","))


def upsert_visits(db: Database, visits: Sequence[VisitDay]) -> int:
    """Insert or replace the counts of each facility-day.

    A stored note is kept; a day left with nothing recorded (all counts zero, no
    note) is removed, as the visits grid does.
    """
    now = _now()
    with db.atomic():
        db.conn.executemany(
            f"INSERT INTO visits (facility_id, day, {_VISIT_COLUMNS}, note, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (facility_id, day) DO UPDATE SET {_updates(_VISIT_COLUMNS)}, "
            "updated_at = excluded.updated_at",
            [
                (
                    v.facility_id,
                    v.day.isoformat(),
                    v.total,
                    v.children,
                    v.elderly,
                    v.disabled,
                    v.ethnic_minority,
                    v.women,
                    v.mobile,
                    v.documents,
                    v.new_cards,
                    int(v.estimated),
                    v.note,
                    now,
                )
                for v in visits
            ],
        )
        # A day with nothing recorded has no row (as when emptied in the visits grid).
        db.conn.executemany(
            "DELETE FROM visits WHERE facility_id = ? AND day = ? AND total = 0 "
            "AND documents = 0 AND new_cards = 0 AND note = ''",
            [(v.facility_id, v.day.isoformat()) for v in visits if v.is_empty()],
        )
    return len(visits)


def upsert_clubs(db: Database, clubs: Sequence[Club]) -> dict[str, int]:
    """Insert or update clubs by code; return the id of every club written, by code."""
    with db.atomic():
        db.conn.executemany(
            f"INSERT INTO clubs ({_CLUB_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (code) DO UPDATE SET {_updates(_CLUB_COLUMNS)}",
            [
                (
                    c.code,
                    c.name,
                    c.kind,
                    c.field,
                    c.facility_id,
                    iso(c.founded_on),
                    iso(c.closed_on),
                    c.leader,
                    c.members,
                    c.members_women,
                    c.members_children,
                    c.members_elderly,
                )
                for c in clubs
            ],
        )
    written = {c.code for c in clubs}
    return {code: club.id for code, club in clubs_by_code(db).items() if code in written}  # type: ignore[misc]


def clubs_by_code(db: Database) -> dict[str, Club]:
    """Every stored club, by code."""
    rows = db.query(f"SELECT id, {_CLUB_COLUMNS} FROM clubs")
    return {
        row["code"]: Club(
            id=row["id"],
            code=row["code"],
            name=row["name"],
            kind=row["kind"],
            field=row["field"],
            facility_id=row["facility_id"],
            founded_on=from_iso(row["founded_on"]),
            closed_on=from_iso(row["closed_on"]),
            leader=row["leader"],
            members=row["members"],
            members_women=row["members_women"],
            members_children=row["members_children"],
            members_elderly=row["members_elderly"],
        )
        for row in rows
    }


def upsert_sessions(db: Database, sessions: Sequence[ClubSession]) -> int:
    """Insert or replace club sessions by club and day."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO club_sessions (club_id, day, topic, attendance) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (club_id, day) DO UPDATE SET topic = excluded.topic, "
            "attendance = excluded.attendance",
            [(s.club_id, s.day.isoformat(), s.topic, s.attendance) for s in sessions],
        )
    return len(sessions)


def upsert_activities(db: Database, activities: Sequence[Activity]) -> int:
    """Insert or replace activities by facility, first day, type and title."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO activities (start_day, end_day, facility_id, type, title, partners, "
            "mode, lifelong_learning, participants, children, elderly, women) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (facility_id, start_day, type, title) DO UPDATE SET "
            "end_day = excluded.end_day, partners = excluded.partners, mode = excluded.mode, "
            "lifelong_learning = excluded.lifelong_learning, "
            "participants = excluded.participants, children = excluded.children, "
            "elderly = excluded.elderly, women = excluded.women",
            [
                (
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
                )
                for a in activities
            ],
        )
    return len(activities)


def upsert_digital(db: Database, services: Sequence[DigitalService]) -> int:
    """Insert or replace digital-service counts by facility, day and kind."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO digital_services (day, facility_id, kind, quantity, participants) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (facility_id, day, kind) DO UPDATE SET "
            "quantity = excluded.quantity, participants = excluded.participants",
            [
                (s.day.isoformat(), s.facility_id, s.kind, s.quantity, s.participants)
                for s in services
            ],
        )
    return len(services)


def upsert_museum(db: Database, records: Sequence[MuseumRecord]) -> int:
    """Insert or replace museum figures by facility and day."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO museum_records (day, facility_id, visitors, learners, digitised, "
            "collected, exhibitions) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (facility_id, day) DO UPDATE SET visitors = excluded.visitors, "
            "learners = excluded.learners, digitised = excluded.digitised, "
            "collected = excluded.collected, exhibitions = excluded.exhibitions",
            [
                (
                    r.day.isoformat(),
                    r.facility_id,
                    r.visitors,
                    r.learners,
                    r.digitised,
                    r.collected,
                    r.exhibitions,
                )
                for r in records
            ],
        )
    return len(records)


def visits_between(db: Database, facility_id: int, first: date, last: date) -> list[VisitDay]:
    """A facility's visit rows from ``first`` to ``last``, by day."""
    rows = db.query(
        f"SELECT facility_id, day, {_VISIT_COLUMNS}, note FROM visits "
        "WHERE facility_id = ? AND day BETWEEN ? AND ? ORDER BY day",
        [facility_id, first.isoformat(), last.isoformat()],
    )
    return [
        VisitDay(
            **{**row, "day": date.fromisoformat(row["day"]), "estimated": bool(row["estimated"])}
        )
        for row in rows
    ]


def count_rows(db: Database) -> dict[str, int]:
    """How many rows each log table holds."""
    return {
        table: int(next(db.query(f"SELECT count(*) AS n FROM {table}"))["n"])
        for table in LOG_TABLES
    }
