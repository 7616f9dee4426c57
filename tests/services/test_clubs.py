"""Clubs use cases: counts for a period, the template's rule, validation, locked periods."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop_app import resources
from desktop_app.domain.clubs import Club, ClubMember, ClubSession
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period
from desktop_app.services import clubs
from desktop_app.services.workspace import Workspace
from desktop_app.storage import clubs_store, facility_store
from desktop_app.storage.submissions_store import insert_submission
from tests.conftest import TODAY


def _club(ws: Workspace, code: str = "CLB1", **kw: object) -> Club:
    host = facility_store.find_facility_by_code(ws.db, "NVH1")
    assert host is not None and host.id is not None
    values: dict = dict(
        code=code, name="CLB Dưỡng sinh", kind="clb", field="the_thao", facility_id=host.id,
        members=20, members_elderly=15,
    )  # fmt: skip
    return Club(**{**values, **kw})


def _lock(ws: Workspace, period_id: str) -> None:
    period = parse_period(period_id)
    insert_submission(ws.db, period.id, "calendar", period.start, period.end, "2026-11-01", "Lan")


def _log(ws: Workspace, club: Club, *days: date, attendance: int = 12) -> None:
    for day in days:
        clubs.add_session(ws, ClubSession(club.id or 0, day, "Tập", attendance), TODAY)


def test_the_list_counts_sessions_attendance_and_activity_in_the_period(
    configured: Workspace,
) -> None:
    active = clubs.add_club(configured, _club(configured, "A1"), TODAY)
    quiet = clubs.add_club(configured, _club(configured, "B1"), TODAY)
    _log(
        configured, active, date(2026, 6, 30), date(2026, 7, 4), date(2026, 8, 1), date(2026, 8, 20)
    )
    _log(configured, quiet, date(2026, 9, 9), attendance=30)
    rows = clubs.list_rows(configured, parse_period("2026-Q3"))
    figures = {
        r.club.code: (r.figures.sessions, r.figures.attendance, r.figures.active) for r in rows
    }
    assert figures == {"A1": (3, 36, True), "B1": (1, 30, False)}
    assert rows[0].facility.code == "NVH1"  # type: ignore[union-attr]
    total = clubs.summary(rows)
    assert (total.clubs, total.active, total.sessions, total.attendance) == (2, 1, 4, 66)


def test_the_share_comes_from_the_commune_template(
    configured: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    club = clubs.add_club(configured, _club(configured), TODAY)
    _log(configured, club, date(2026, 7, 4), date(2026, 8, 1))  # 2 of 3 months
    assert clubs.min_month_share(configured) == 0.5
    assert clubs.list_rows(configured, parse_period("2026-Q3"))[0].figures.active
    template = resources.template(configured.unit().template_id)  # type: ignore[union-attr]
    strict = replace(template, rules={"active_club_min_month_share": 1.0})
    monkeypatch.setattr(resources, "template", lambda _id: strict)
    assert clubs.min_month_share(configured) == 1.0
    assert not clubs.list_rows(configured, parse_period("2026-Q3"))[0].figures.active


def test_without_set_up_the_defaults_apply(workspace: Workspace) -> None:
    assert clubs.convention(workspace) == "calendar"
    assert clubs.min_month_share(workspace) == 0.5


def test_attendance_above_members_is_stored_with_a_warning(configured: Workspace) -> None:
    club = clubs.add_club(configured, _club(configured, members=10, members_elderly=0), TODAY)
    over = clubs.add_session(
        configured, ClubSession(club.id, date(2026, 11, 2), "Giao lưu", 25), TODAY
    )  # type: ignore[arg-type]
    fine = clubs.add_session(configured, ClubSession(club.id, date(2026, 11, 9), "Tập", 10), TODAY)  # type: ignore[arg-type]
    assert over.warning and not fine.warning
    assert [r.warning for r in clubs.sessions(configured, club.id)] == [False, True]  # type: ignore[arg-type]
    assert len(clubs_store.list_sessions(configured.db, club.id)) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"members_women": 21}, "members_women"),
        ({"members_children": 25}, "members_children"),
        ({"code": "câu lạc bộ"}, "code"),
        ({"name": " "}, "name"),
        ({"founded_on": date(2027, 1, 1)}, "founded_on"),
        ({"facility_id": 999}, "facility_id"),
    ],
)
def test_a_bad_club_is_refused_and_nothing_stored(
    configured: Workspace, changes: dict, field: str
) -> None:
    with pytest.raises(UserError) as caught:
        clubs.add_club(configured, _club(configured, **changes), TODAY)
    assert caught.value.field_name == field
    assert clubs_store.list_clubs(configured.db) == []


def test_club_and_roster_are_written_together_or_not_at_all(configured: Workspace) -> None:
    roster = [
        ClubMember(0, "Nguyễn Văn An", "nam", 1950),
        ClubMember(0, "Lê Thị Bình", "nu", 1900 - 5),
    ]
    with pytest.raises(UserError) as caught:
        clubs.add_club(configured, _club(configured), TODAY, roster)
    assert caught.value.field_name == "birth_year"
    assert clubs_store.list_clubs(configured.db) == []
    club = clubs.add_club(configured, _club(configured), TODAY, roster[:1])
    assert [m.name for m in clubs.members(configured, club.id)] == ["Nguyễn Văn An"]  # type: ignore[arg-type]
    clubs.update_club(configured, replace(club, name="CLB mới"), TODAY)  # roster untouched
    assert len(clubs.members(configured, club.id)) == 1  # type: ignore[arg-type]
    clubs.update_club(configured, club, TODAY, [])
    assert clubs.members(configured, club.id) == []  # type: ignore[arg-type]


def test_dates_may_not_leave_sessions_outside_the_club_life(configured: Workspace) -> None:
    club = clubs.add_club(configured, _club(configured), TODAY)
    _log(configured, club, date(2026, 3, 1), date(2026, 9, 1))
    with pytest.raises(UserError) as caught:
        clubs.update_club(configured, replace(club, founded_on=date(2026, 4, 1)), TODAY)
    assert caught.value.field_name == "founded_on"
    with pytest.raises(UserError) as caught:
        clubs.update_club(configured, replace(club, closed_on=date(2026, 8, 31)), TODAY)
    assert caught.value.field_name == "closed_on"
    with pytest.raises(UserError):  # a session after the club closed
        closed = clubs.update_club(configured, replace(club, closed_on=date(2026, 10, 1)), TODAY)
        _log(configured, closed, date(2026, 10, 5))
    with pytest.raises(UserError):  # a session in the future
        _log(configured, club, date(2026, 11, 23))


def test_a_submitted_period_refuses_session_changes(configured: Workspace) -> None:
    club = clubs.add_club(configured, _club(configured), TODAY)
    _log(configured, club, date(2026, 2, 10), date(2026, 4, 10))
    _lock(configured, "2026-Q1")
    locked, open_ = sorted(clubs.sessions(configured, club.id), key=lambda r: r.session.day)  # type: ignore[arg-type]
    with pytest.raises(UserError) as caught:
        _log(configured, club, date(2026, 3, 1))
    assert "2026-Q1" in str(caught.value)
    with pytest.raises(UserError):
        clubs.update_session(configured, replace(locked.session, attendance=99), TODAY)
    with pytest.raises(UserError):  # moving an open session into the locked period
        clubs.update_session(configured, replace(open_.session, day=date(2026, 3, 20)), TODAY)
    with pytest.raises(UserError):
        clubs.delete_session(configured, locked.session.id)  # type: ignore[arg-type]
    with pytest.raises(UserError):
        clubs.delete_club(configured, club.id)  # type: ignore[arg-type]
    stored = clubs_store.list_sessions(configured.db, club.id)  # type: ignore[arg-type]
    assert [(s.day, s.attendance) for s in stored] == [
        (date(2026, 4, 10), 12),
        (date(2026, 2, 10), 12),
    ]
    clubs.update_session(configured, replace(open_.session, attendance=13), TODAY)
    clubs.delete_session(configured, open_.session.id)  # type: ignore[arg-type]
    assert len(clubs_store.list_sessions(configured.db, club.id)) == 1  # type: ignore[arg-type]


def test_a_club_with_sessions_only_in_open_periods_can_be_deleted(configured: Workspace) -> None:
    _lock(configured, "2026-Q1")
    club = clubs.add_club(configured, _club(configured, founded_on=date(2025, 1, 1)), TODAY)
    _log(configured, club, date(2026, 5, 1))
    clubs.delete_club(configured, club.id)  # type: ignore[arg-type]
    assert clubs_store.list_clubs(configured.db) == []
