"""Clubs, their optional rosters and their sessions: every SQL statement about them.

The bulk functions (:func:`upsert_clubs`, :func:`upsert_sessions`) are for the
import: they take lists of domain dataclasses already validated, write them with
one ``executemany`` each inside one transaction, and replace rows with the same key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

from sqlite_utils import Database

from desktop_app.domain.clubs import Club, ClubMember, ClubSession
from desktop_app.domain.dates import from_iso, iso
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error

_CLUB_COLUMNS = (
    "id, code, name, kind, field, facility_id, founded_on, closed_on, leader, members, "
    "members_women, members_children, members_elderly"
)
_SESSION_COLUMNS = "id, club_id, day, topic, attendance"
_MEMBER_COLUMNS = "id, club_id, name, sex, birth_year, phone, joined_on"

_UPSERT_CLUB = (
    "INSERT INTO clubs (code, name, kind, field, facility_id, founded_on, closed_on, leader, "
    "members, members_women, members_children, members_elderly) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
    "field = excluded.field, facility_id = excluded.facility_id, "
    "founded_on = excluded.founded_on, closed_on = excluded.closed_on, "
    "leader = excluded.leader, members = excluded.members, "
    "members_women = excluded.members_women, members_children = excluded.members_children, "
    "members_elderly = excluded.members_elderly"
)
_UPSERT_SESSION = (
    "INSERT INTO club_sessions (club_id, day, topic, attendance) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (club_id, day) DO UPDATE SET topic = excluded.topic, "
    "attendance = excluded.attendance"
)


# -- rows <-> dataclasses ------------------------------------------------------------------------
def _club(row: dict) -> Club:
    return Club(
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


def _club_values(club: Club) -> list:
    return [
        club.code,
        club.name,
        club.kind,
        club.field,
        club.facility_id,
        iso(club.founded_on),
        iso(club.closed_on),
        club.leader,
        club.members,
        club.members_women,
        club.members_children,
        club.members_elderly,
    ]


def _session(row: dict) -> ClubSession:
    return ClubSession(
        id=row["id"],
        club_id=row["club_id"],
        day=from_iso(row["day"]),  # type: ignore[arg-type]
        topic=row["topic"],
        attendance=row["attendance"],
    )


def _member(row: dict) -> ClubMember:
    return ClubMember(
        id=row["id"],
        club_id=row["club_id"],
        name=row["name"],
        sex=row["sex"],
        birth_year=row["birth_year"],
        phone=row["phone"],
        joined_on=from_iso(row["joined_on"]),
    )


def _duplicate_code(code: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP("Errors", "Another club already has the code \u201c{code}\u201d."),
        "code",
        code=code,
    )


def _duplicate_session(day: date) -> UserError:
    return error(
        QT_TRANSLATE_NOOP("Errors", "The club already has a session on {day}."),
        "day",
        day=day.strftime("%d/%m/%Y"),
    )


# -- clubs -----------------------------------------------------------------------------------
def list_clubs(db: Database) -> list[Club]:
    """Every club, by code."""
    return [_club(row) for row in db.query(f"SELECT {_CLUB_COLUMNS} FROM clubs ORDER BY code")]


def get_club(db: Database, club_id: int) -> Club | None:
    """One club by id."""
    rows = db.query(f"SELECT {_CLUB_COLUMNS} FROM clubs WHERE id = ?", [club_id])
    return next((_club(row) for row in rows), None)


def find_club_by_code(db: Database, code: str) -> Club | None:
    """One club by its code."""
    rows = db.query(f"SELECT {_CLUB_COLUMNS} FROM clubs WHERE code = ?", [code])
    return next((_club(row) for row in rows), None)


def club_ids_by_code(db: Database) -> dict[str, int]:
    """Every club's id by its code (the import maps ``ma_clb`` with it)."""
    return {row["code"]: row["id"] for row in db.query("SELECT id, code FROM clubs")}


def clubs_by_code(db: Database) -> dict[str, Club]:
    """Every stored club, by code (the import checks sessions and updates against them)."""
    return {club.code: club for club in list_clubs(db)}


def insert_club(db: Database, club: Club) -> int:
    """Add a club; return its id. Raises ``UserError`` on a duplicate code."""
    try:
        cursor = db.execute(
            "INSERT INTO clubs (code, name, kind, field, facility_id, founded_on, closed_on, "
            "leader, members, members_women, members_children, members_elderly) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _club_values(club),
        )
    except sqlite3.IntegrityError:
        if find_club_by_code(db, club.code) is not None:
            raise _duplicate_code(club.code) from None
        raise
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def update_club(db: Database, club: Club) -> None:
    """Store every field of a stored club."""
    try:
        db.execute(
            "UPDATE clubs SET code = ?, name = ?, kind = ?, field = ?, facility_id = ?, "
            "founded_on = ?, closed_on = ?, leader = ?, members = ?, members_women = ?, "
            "members_children = ?, members_elderly = ? WHERE id = ?",
            [*_club_values(club), club.id],
        )
    except sqlite3.IntegrityError:
        other = find_club_by_code(db, club.code)
        if other is not None and other.id != club.id:
            raise _duplicate_code(club.code) from None
        raise


def delete_club(db: Database, club_id: int) -> None:
    """Remove a club; its roster and sessions go with it (ON DELETE CASCADE)."""
    db.execute("DELETE FROM clubs WHERE id = ?", [club_id])


def upsert_clubs(db: Database, rows: Sequence[Club]) -> dict[str, int]:
    """Insert or update clubs keyed by code, in one transaction.

    ``rows`` must already be validated (``validated_club``); their ``id`` is ignored.
    Returns the id of every club written, by code (to map the sessions' ``ma_clb``).
    """
    with db.atomic():
        db.conn.executemany(_UPSERT_CLUB, [_club_values(club) for club in rows])
    written = {club.code for club in rows}
    return {code: id_ for code, id_ in club_ids_by_code(db).items() if code in written}


# -- sessions --------------------------------------------------------------------------------
def list_sessions(db: Database, club_id: int) -> list[ClubSession]:
    """A club's sessions, newest first."""
    rows = db.query(
        f"SELECT {_SESSION_COLUMNS} FROM club_sessions WHERE club_id = ? ORDER BY day DESC",
        [club_id],
    )
    return [_session(row) for row in rows]


def sessions_between(db: Database, first: date, last: date) -> list[ClubSession]:
    """Every club's sessions from ``first`` to ``last`` (both included), by club and day."""
    rows = db.query(
        f"SELECT {_SESSION_COLUMNS} FROM club_sessions WHERE day BETWEEN ? AND ? "
        "ORDER BY club_id, day",
        [first.isoformat(), last.isoformat()],
    )
    return [_session(row) for row in rows]


def session_day_range(db: Database, club_id: int) -> tuple[date, date] | None:
    """The first and last session day of a club, or ``None`` when it has none."""
    row = next(
        db.query(
            "SELECT min(day) AS first, max(day) AS last FROM club_sessions WHERE club_id = ?",
            [club_id],
        )
    )
    if row["first"] is None:
        return None
    return from_iso(row["first"]), from_iso(row["last"])  # type: ignore[return-value]


def get_session(db: Database, session_id: int) -> ClubSession | None:
    """One session by id."""
    rows = db.query(f"SELECT {_SESSION_COLUMNS} FROM club_sessions WHERE id = ?", [session_id])
    return next((_session(row) for row in rows), None)


def insert_session(db: Database, session: ClubSession) -> int:
    """Add a session; return its id. Raises ``UserError`` when the club met that day already."""
    try:
        cursor = db.execute(
            "INSERT INTO club_sessions (club_id, day, topic, attendance) VALUES (?, ?, ?, ?)",
            [session.club_id, session.day.isoformat(), session.topic, session.attendance],
        )
    except sqlite3.IntegrityError:
        raise _duplicate_session(session.day) from None
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def update_session(db: Database, session: ClubSession) -> None:
    """Store a changed session. Raises ``UserError`` when its new day is taken."""
    try:
        db.execute(
            "UPDATE club_sessions SET day = ?, topic = ?, attendance = ? WHERE id = ?",
            [session.day.isoformat(), session.topic, session.attendance, session.id],
        )
    except sqlite3.IntegrityError:
        raise _duplicate_session(session.day) from None


def delete_session(db: Database, session_id: int) -> None:
    """Remove one session."""
    db.execute("DELETE FROM club_sessions WHERE id = ?", [session_id])


def upsert_sessions(db: Database, rows: Sequence[ClubSession]) -> int:
    """Insert or replace sessions keyed by (club_id, day), in one transaction.

    ``rows`` must already be validated (``validated_session``). Returns how many were written.
    """
    values = [[s.club_id, s.day.isoformat(), s.topic, s.attendance] for s in rows]
    with db.atomic():
        db.conn.executemany(_UPSERT_SESSION, values)
    return len(values)


# -- roster ----------------------------------------------------------------------------------
def list_members(db: Database, club_id: int) -> list[ClubMember]:
    """A club's roster, in the order it was typed."""
    rows = db.query(
        f"SELECT {_MEMBER_COLUMNS} FROM club_members WHERE club_id = ? ORDER BY id", [club_id]
    )
    return [_member(row) for row in rows]


def replace_members(db: Database, club_id: int, members: Iterable[ClubMember]) -> None:
    """Replace a club's whole roster, in one transaction (joins the caller's)."""
    values = [[club_id, m.name, m.sex, m.birth_year, m.phone, iso(m.joined_on)] for m in members]
    with db.atomic():
        db.execute("DELETE FROM club_members WHERE club_id = ?", [club_id])
        db.conn.executemany(
            "INSERT INTO club_members (club_id, name, sex, birth_year, phone, joined_on) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            values,
        )
