"""Clubs, rosters and sessions in SQLite, single rows and the import's bulk upserts."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from desktop_app.domain.clubs import Club, ClubMember, ClubSession
from desktop_app.domain.messages import UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage import clubs_store, facility_store


def _host(ws: Workspace) -> int:
    return facility_store.find_facility_by_code(ws.db, "NVH1").id  # type: ignore[union-attr]


def _club(ws: Workspace, code: str = "CLB1", **kw: object) -> Club:
    values: dict = dict(
        code=code, name="CLB Văn nghệ", kind="clb", field="van_nghe", facility_id=_host(ws)
    )
    return Club(**{**values, **kw})


def test_a_club_round_trips_and_a_duplicate_code_is_refused(configured: Workspace) -> None:
    club = _club(configured, founded_on=date(2020, 5, 1), leader="Bà Hoa", members=30,
                 members_women=20, members_children=3, members_elderly=12)  # fmt: skip
    club_id = clubs_store.insert_club(configured.db, club)
    stored = clubs_store.get_club(configured.db, club_id)
    assert stored == Club(**{**club.__dict__, "id": club_id})
    assert clubs_store.find_club_by_code(configured.db, "CLB1") == stored
    with pytest.raises(UserError) as caught:
        clubs_store.insert_club(configured.db, _club(configured, name="Khác"))
    assert caught.value.field_name == "code"
    assert [c.code for c in clubs_store.list_clubs(configured.db)] == ["CLB1"]


def test_update_and_a_code_taken_by_another_club(configured: Workspace) -> None:
    first = clubs_store.insert_club(configured.db, _club(configured, "A1"))
    clubs_store.insert_club(configured.db, _club(configured, "B1"))
    clubs_store.update_club(configured.db, _club(configured, "A2", id=first, members=9))
    assert clubs_store.get_club(configured.db, first).members == 9  # type: ignore[union-attr]
    with pytest.raises(UserError):
        clubs_store.update_club(configured.db, _club(configured, "B1", id=first))
    assert clubs_store.get_club(configured.db, first).code == "A2"  # type: ignore[union-attr]


def test_sessions_by_period_duplicate_day_and_day_range(configured: Workspace) -> None:
    club_id = clubs_store.insert_club(configured.db, _club(configured))
    for day, n in ((date(2026, 3, 31), 5), (date(2026, 4, 1), 7), (date(2026, 6, 30), 9)):
        clubs_store.insert_session(configured.db, ClubSession(club_id, day, "Tập hát", n))
    with pytest.raises(UserError) as caught:
        clubs_store.insert_session(configured.db, ClubSession(club_id, date(2026, 4, 1)))
    assert caught.value.field_name == "day"
    q2 = clubs_store.sessions_between(configured.db, date(2026, 4, 1), date(2026, 6, 30))
    assert [(s.day.day, s.attendance) for s in q2] == [(1, 7), (30, 9)]
    assert clubs_store.session_day_range(configured.db, club_id) == (
        date(2026, 3, 31),
        date(2026, 6, 30),
    )
    newest = clubs_store.list_sessions(configured.db, club_id)[0]
    assert newest.day == date(2026, 6, 30)
    clubs_store.update_session(
        configured.db, ClubSession(club_id, date(2026, 6, 29), "x", 3, newest.id)
    )
    assert clubs_store.get_session(configured.db, newest.id).day == date(2026, 6, 29)  # type: ignore[arg-type,union-attr]
    clubs_store.delete_session(configured.db, newest.id)  # type: ignore[arg-type]
    assert len(clubs_store.list_sessions(configured.db, club_id)) == 2


def test_deleting_a_club_takes_its_roster_and_sessions(configured: Workspace) -> None:
    club_id = clubs_store.insert_club(configured.db, _club(configured))
    clubs_store.insert_session(configured.db, ClubSession(club_id, date(2026, 1, 5)))
    clubs_store.replace_members(configured.db, club_id, [ClubMember(club_id, "Lê Thị Mai", "nu")])
    clubs_store.delete_club(configured.db, club_id)
    rows = next(configured.db.query("SELECT (SELECT count(*) FROM club_sessions) AS s, "
                                    "(SELECT count(*) FROM club_members) AS m"))  # fmt: skip
    assert rows == {"s": 0, "m": 0}


def test_replace_members_keeps_only_the_new_roster(configured: Workspace) -> None:
    club_id = clubs_store.insert_club(configured.db, _club(configured))
    clubs_store.replace_members(
        configured.db, club_id, [ClubMember(club_id, "A"), ClubMember(club_id, "B")]
    )
    clubs_store.replace_members(
        configured.db,
        club_id,
        [ClubMember(club_id, "Trần Văn C", "nam", 1950, "0905123456", date(2024, 1, 2))],
    )
    (member,) = clubs_store.list_members(configured.db, club_id)
    assert (member.name, member.sex, member.birth_year, member.phone, member.joined_on) == (
        "Trần Văn C", "nam", 1950, "0905123456", date(2024, 1, 2)
    )  # fmt: skip
    assert not configured.db.conn.in_transaction


def test_upsert_clubs_inserts_then_updates_by_code(configured: Workspace) -> None:
    ids = clubs_store.upsert_clubs(
        configured.db, [_club(configured, "A1"), _club(configured, "B1")]
    )
    assert set(ids) == {"A1", "B1"}
    again = clubs_store.upsert_clubs(
        configured.db, [_club(configured, "A1", name="Mới", members=4)]
    )
    assert again == {"A1": ids["A1"]}  # same row, same id
    stored = clubs_store.get_club(configured.db, ids["A1"])
    assert (stored.name, stored.members) == ("Mới", 4)  # type: ignore[union-attr]
    assert len(clubs_store.list_clubs(configured.db)) == 2


def test_upsert_sessions_replaces_by_club_and_day_and_is_whole_or_nothing(
    configured: Workspace,
) -> None:
    club_id = clubs_store.insert_club(configured.db, _club(configured))
    days = [date(2025, 1, 1) + timedelta(days=i) for i in range(600)]
    written = clubs_store.upsert_sessions(
        configured.db, [ClubSession(club_id, d, "", 5) for d in days]
    )
    assert written == 600
    clubs_store.upsert_sessions(configured.db, [ClubSession(club_id, days[0], "Đổi", 8)])
    sessions = clubs_store.list_sessions(configured.db, club_id)
    assert len(sessions) == 600
    assert (sessions[-1].topic, sessions[-1].attendance) == ("Đổi", 8)
    bad = [
        ClubSession(club_id, date(2027, 1, 1), "", 1),
        ClubSession(club_id, date(2027, 1, 2), "", -1),
    ]
    with pytest.raises(sqlite3.IntegrityError):
        clubs_store.upsert_sessions(configured.db, bad)
    assert len(clubs_store.list_sessions(configured.db, club_id)) == 600  # nothing half-written
    assert not configured.db.conn.in_transaction
