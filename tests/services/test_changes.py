"""What a use case changed is heard once, with its kind and scope, and only when it succeeded."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club
from desktop_app.domain.messages import UserError
from desktop_app.domain.visits import VisitDay
from desktop_app.services import activities, clubs, submissions, visits
from desktop_app.services.changes import Change, ChangeBoard, ChangeKind
from desktop_app.services.importing import importing
from desktop_app.services.workspace import Workspace
from desktop_app.storage.facility_store import find_facility_by_code
from tests.conftest import TODAY
from tests.import_samples import write_csv


@pytest.fixture
def heard(configured: Workspace) -> list[Change]:
    changes: list[Change] = []
    configured.changes.listen(changes.append)
    return changes


def _tv1(ws: Workspace) -> int:
    found = find_facility_by_code(ws.db, "TV1")
    assert found is not None and found.id is not None
    return found.id


def _club(ws: Workspace, **kw: object) -> Club:
    host = find_facility_by_code(ws.db, "NVH1")
    assert host is not None and host.id is not None
    values: dict = dict(
        code="CLB1", name="CLB Dưỡng sinh", kind="clb", field="the_thao", facility_id=host.id,
        members=20,
    )  # fmt: skip
    return Club(**{**values, **kw})


def test_days_of_one_month_stored_together_are_one_change_of_that_month(
    configured: Workspace, heard: list[Change]
) -> None:
    tv1 = _tv1(configured)
    days = [VisitDay(tv1, date(2026, 11, d), total=5) for d in (2, 3, 4)]
    visits.save_visits(configured, days, TODAY)
    assert heard == [Change(ChangeKind.VISITS, tv1, 2026, 11)]


def test_two_months_are_two_changes_each_named(configured: Workspace, heard: list[Change]) -> None:
    tv1 = _tv1(configured)
    days = [VisitDay(tv1, date(2026, 10, 31), total=5), VisitDay(tv1, date(2026, 11, 2), total=6)]
    visits.save_visits(configured, days, TODAY)
    assert heard == [
        Change(ChangeKind.VISITS, tv1, 2026, 10),
        Change(ChangeKind.VISITS, tv1, 2026, 11),
    ]


def test_a_change_announced_twice_in_one_use_case_is_heard_once(
    configured: Workspace, heard: list[Change]
) -> None:
    tv1 = _tv1(configured)
    with configured.changes.batch():  # one use case storing the same month twice
        visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 2), total=5), TODAY)
        visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 3), total=6), TODAY)
        assert heard == []  # nothing heard before the use case ends
    assert heard == [Change(ChangeKind.VISITS, tv1, 2026, 11)]


def test_a_refused_change_is_not_announced(configured: Workspace, heard: list[Change]) -> None:
    tv1 = _tv1(configured)
    with pytest.raises(UserError):
        visits.save_visits(configured, [VisitDay(tv1, date(2026, 11, 2), total=5, women=6)], TODAY)
    with pytest.raises(UserError):
        clubs.add_club(configured, _club(configured, members=-1), TODAY)
    assert heard == []


def test_adding_and_removing_a_club_are_changes_of_clubs(
    configured: Workspace, heard: list[Change]
) -> None:
    club = clubs.add_club(configured, _club(configured), TODAY)
    assert heard == [Change(ChangeKind.CLUBS)]
    assert club.id is not None
    clubs.delete_club(configured, club.id)
    assert heard == [Change(ChangeKind.CLUBS), Change(ChangeKind.CLUBS)]


def test_an_activity_is_a_change_of_activities(configured: Workspace, heard: list[Change]) -> None:
    day = date(2026, 11, 2)
    activity = Activity(
        start_day=day, end_day=day, facility_id=_tv1(configured), type="tuan_le_htsd",
        title="Tuần lễ học tập suốt đời", participants=80,
    )  # fmt: skip
    activities.add_activity(configured, activity, TODAY)
    assert heard == [Change(ChangeKind.ACTIVITIES)]


def test_submitting_a_period_is_a_change_of_submissions(
    configured: Workspace, heard: list[Change]
) -> None:
    submissions.submit(configured, "2026-Q3", "calendar", "Lan", datetime(2026, 11, 20, 9))
    assert heard == [Change(ChangeKind.SUBMISSIONS)]


def test_an_import_is_heard_once_per_kind_it_wrote(
    configured: Workspace, heard: list[Change], tmp_path: Path
) -> None:
    rows = [["02/11/2026", "TV1", "5"], ["03/11/2026", "TV1", "6"], ["03/10/2026", "TV1", "7"]]
    csv = write_csv(tmp_path / "v.csv", ["ngay", "ma_thiet_che", "tong_luot"], rows)
    summary = importing.apply(configured, [csv], today=TODAY)
    assert summary.counts == {"visits": 3}
    assert heard == [Change(ChangeKind.VISITS)]  # every month of every facility may have moved


def test_a_listener_forgotten_hears_nothing() -> None:
    board = ChangeBoard()
    heard: list[Change] = []
    board.listen(heard.append)
    board.announce(Change(ChangeKind.SETTINGS))
    board.forget(heard.append)
    board.announce(Change(ChangeKind.SETTINGS))
    assert heard == [Change(ChangeKind.SETTINGS)]


def test_what_was_announced_before_a_failure_in_a_batch_is_still_heard() -> None:
    board = ChangeBoard()
    heard: list[Change] = []
    board.listen(heard.append)
    with pytest.raises(RuntimeError), board.batch():
        board.announce(Change(ChangeKind.CLUBS))  # written and committed by a first step
        raise RuntimeError("the second step failed")
    assert heard == [Change(ChangeKind.CLUBS)]
