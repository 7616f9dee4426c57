"""The history of records and periods, through the use cases that write them."""

from __future__ import annotations

import getpass
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.clubs import Club, ClubMember
from desktop_app.domain.visits import VisitDay
from desktop_app.services import audit, baseline, clubs, setup, submissions, visits
from desktop_app.services.demo import demo
from desktop_app.services.importing import importing
from desktop_app.services.importing.importing import ImportCancelled, ImportRefused
from desktop_app.services.workspace import Workspace
from desktop_app.storage import audit_store, facility_store, import_store
from tests.conftest import TODAY
from tests.import_samples import VISITS_HEADER, write_csv

NOW = datetime(2026, 11, 22, 9, 30).astimezone()


def _tv1(workspace: Workspace) -> int:
    return facility_store.find_facility_by_code(workspace.db, "TV1").id


def _visit(workspace: Workspace, day: date, total: int, **counts: int) -> None:
    visits.save_visits(workspace, [VisitDay(_tv1(workspace), day, total=total, **counts)], TODAY)


def test_who_is_the_preparer_and_the_computer_user(configured: Workspace) -> None:
    assert audit_store.read_actor(configured.db) == ("Nguyễn Thị Lan", getpass.getuser())
    _visit(configured, date(2026, 11, 5), 40)
    change = audit.facility_history(configured, _tv1(configured), date(2026, 11, 1), TODAY)[0]
    assert (change.actor, change.os_user) == ("Nguyễn Thị Lan", getpass.getuser())
    assert change.who == f"Nguyễn Thị Lan ({getpass.getuser()})"


def test_changing_the_preparer_in_the_settings_names_the_new_one(configured: Workspace) -> None:
    setup.update_report_settings(
        configured,
        unit_name="Xã Hòa Phú",
        preparer_name="Lê Văn Hùng",
        head_name="Trần Văn Minh",
        receiving_office="",
        template_id=configured.unit().template_id,
    )
    _visit(configured, date(2026, 11, 5), 40)
    change = audit.facility_history(configured, _tv1(configured), date(2026, 11, 1), TODAY)[0]
    assert change.actor == "Lê Văn Hùng"


def test_an_os_without_a_user_name_never_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_user() -> str:
        raise OSError("no user name")

    monkeypatch.setattr(getpass, "getuser", no_user)
    workspace = Workspace.open(tmp_path / "a.sqlite3")
    assert audit_store.read_actor(workspace.db) == ("", "")
    workspace.close()


def test_a_changed_visit_shows_its_old_and_new_values(configured: Workspace) -> None:
    _visit(configured, date(2026, 11, 5), 40, children=3)
    _visit(configured, date(2026, 11, 5), 45, children=3)
    _visit(configured, date(2026, 11, 5), 45, children=3)  # the same again: not a change
    history = audit.facility_history(
        configured, _tv1(configured), date(2026, 11, 1), date(2026, 11, 30), ("visits",)
    )
    assert [c.action for c in history] == ["update", "insert"]  # newest first
    update, insert = history
    assert [(f.field, f.old, f.new) for f in update.fields] == [("total", 40, 45)]
    assert update.what == "TV1 \u2013 Thư viện xã Hòa Phú, 05/11/2026"
    assert update.day == date(2026, 11, 5)
    assert {(f.field, f.new) for f in insert.fields} == {("total", 40), ("children", 3)}


def test_a_facility_month_leaves_out_other_months_and_facilities(configured: Workspace) -> None:
    _visit(configured, date(2026, 10, 31), 10)
    _visit(configured, date(2026, 11, 5), 40)
    nvh1 = facility_store.find_facility_by_code(configured.db, "NVH1").id
    visits.save_visits(configured, [VisitDay(nvh1, date(2026, 11, 5), total=7)], TODAY)
    history = audit.facility_history(
        configured, _tv1(configured), date(2026, 11, 1), date(2026, 11, 30), ("visits",)
    )
    assert [c.day for c in history] == [date(2026, 11, 5)]


def test_an_import_of_n_rows_logs_n_rows_with_its_actor(
    configured: Workspace, tmp_path: Path
) -> None:
    start = date(2026, 1, 1).toordinal()
    rows = [[date.fromordinal(start + n).isoformat(), "TV1", str(n + 1)] for n in range(120)]
    path = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], rows)
    before = audit_store.count_entries(configured.db)
    importing.apply(configured, [path], today=TODAY)
    assert audit_store.count_entries(configured.db) == before + 120
    history = audit.period_history(configured, date(2026, 1, 1), date(2026, 12, 31))
    assert len(history) == 120
    assert {(c.action, c.table, c.actor) for c in history} == {
        ("insert", "visits", "Nguyễn Thị Lan")
    }
    importing.apply(configured, [path], today=TODAY)  # the same file again changes nothing
    assert audit_store.count_entries(configured.db) == before + 120


def test_a_refused_or_cancelled_import_logs_nothing(configured: Workspace, tmp_path: Path) -> None:
    before = audit_store.count_entries(configured.db)
    bad = write_csv(tmp_path / "bad.csv", VISITS_HEADER[:3], [["01/03/2026", "TV1", "-4"]])
    with pytest.raises(ImportRefused):
        importing.apply(configured, [bad], today=TODAY)
    start = date(2016, 1, 1).toordinal()
    rows = [[date.fromordinal(start + n).isoformat(), "TV1", "3"] for n in range(3800)]
    path = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], rows)
    written: list[int] = []
    with pytest.raises(ImportCancelled):
        importing.apply(
            configured,
            [path],
            today=TODAY,
            progress=lambda done, _total: written.append(done),
            is_cancelled=lambda: len(written) > 5,  # after a batch of 2,000 rows was written
        )
    assert written[-1] == 2500
    assert audit_store.count_entries(configured.db) == before


def test_a_period_history_holds_its_submissions_and_the_reason_for_reopening(
    configured: Workspace,
) -> None:
    _visit(configured, date(2026, 10, 5), 40)
    submissions.submit(configured, "2026-M10", "calendar", "Nguyễn Thị Lan (lan)", NOW)
    submissions.reopen(
        configured, "2026-M10", "calendar", "Sửa số liệu ngày 05/10", "Trần Văn Minh", NOW
    )
    _visit(configured, date(2026, 10, 5), 42)
    history = audit.period_history(
        configured, date(2026, 10, 1), date(2026, 10, 31), period_id="2026-M10"
    )
    actions = [c.action for c in history]
    assert sorted(actions) == ["insert", "reopen", "submit", "update"]
    reopened = next(c for c in history if c.action == "reopen")
    assert reopened.actor == "Trần Văn Minh"
    assert [(f.field, f.new) for f in reopened.fields] == [
        ("reopen_reason", "Sửa số liệu ngày 05/10")
    ]
    assert actions.count("submit") == 1  # the audit row of the submission is not shown twice
    november = audit.period_history(configured, date(2026, 11, 1), date(2026, 11, 30))
    assert november == []


def test_a_period_history_holds_last_years_baseline(configured: Workspace) -> None:
    baseline.set_text(configured, "2025-N", "calendar", "TV04", "1200")
    baseline.set_text(configured, "2024-N", "calendar", "TV04", "900")
    history = audit.period_history(
        configured, date(2026, 1, 1), date(2026, 12, 31), period_id="2026-N"
    )
    assert [(c.table, c.fields[0].new) for c in history] == [("baseline", 1200)]
    assert "2025-N" in history[0].what
    assert len(audit.baseline_history(configured, "2024-N", "calendar")) == 1


def test_a_club_history_holds_its_roster_and_sessions_without_unchanged_rewrites(
    configured: Workspace,
) -> None:
    tv1 = _tv1(configured)
    club = clubs.add_club(
        configured,
        Club("B01", "CLB đọc sách", "clb", "doc_sach", tv1, members=2),
        TODAY,
        [ClubMember(0, "An"), ClubMember(0, "Bình")],
    )
    clubs.update_club(
        configured, club, TODAY, [ClubMember(0, "An"), ClubMember(0, "Bình", phone="0905")]
    )
    history = audit.record_history(configured, "clubs", club.id)
    member_changes = [(c.action, c.what) for c in history if c.table == "club_members"]
    assert member_changes == [
        ("insert", "B01 \u2013 CLB đọc sách, Bình"),  # the new version of Bình
        ("delete", "B01 \u2013 CLB đọc sách, Bình"),
        ("insert", "B01 \u2013 CLB đọc sách, Bình"),
        ("insert", "B01 \u2013 CLB đọc sách, An"),
    ]  # An, rewritten unchanged on the second save, is not a change
    assert history[-1].table == "clubs" and history[-1].action == "insert"


def test_a_deleted_facility_record_is_still_named(configured: Workspace) -> None:
    tv1 = _tv1(configured)
    club = clubs.add_club(configured, Club("B09", "CLB cờ", "clb", "khac", tv1), TODAY)
    clubs.delete_club(configured, club.id)
    history = audit.record_history(configured, "clubs", club.id)
    assert [c.action for c in history] == ["delete", "insert"]
    assert history[0].what == "B09 \u2013 CLB cờ"
    assert {f.field for f in history[0].fields} >= {"kind", "field", "facility_id"}
    host = next(f for f in history[0].fields if f.field == "facility_id")
    assert host.old == "TV1 \u2013 Thư viện xã Hòa Phú"


def test_facility_history_holds_its_profiles(configured: Workspace) -> None:
    facility = facility_store.get_facility(configured.db, _tv1(configured))
    history = audit.history_of(configured, facility)
    assert {c.table for c in history} == {"facilities", "facility_profiles"}
    profile = next(c for c in history if c.table == "facility_profiles")
    assert ("books", None, 3200, "number") in [
        (f.field, f.old, f.new, f.kind) for f in profile.fields
    ]
    assert profile.day == date(2015, 3, 1)


def test_the_demo_builder_is_logged_like_any_other_writer(workspace: Workspace) -> None:
    demo.build_demo(workspace, years=1, today=TODAY)
    counts = import_store.count_rows(workspace.db)
    for table in ("visits", "club_sessions", "activities", "museum_records"):
        assert audit_store.count_entries(workspace.db, [table]) == counts[table]
    first, last = date(2025, 11, 22), date(2026, 11, 21)
    history = audit.period_history(workspace, first, last)
    assert {c.actor for c in history} == {"Nguyễn Thị Lan"}
