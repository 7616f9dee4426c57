"""Submitting a period locks its records; reopening needs a reason and is kept in the history."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from desktop_app.domain.messages import UserError
from desktop_app.domain.visits import VisitDay
from desktop_app.services import submissions, visits
from desktop_app.services.workspace import Workspace
from desktop_app.storage import visits_store
from desktop_app.storage.facility_store import find_facility_by_code
from tests.conftest import TODAY

HANOI = timezone(timedelta(hours=7))
SUBMITTED = datetime(2026, 11, 25, 9, 30, tzinfo=HANOI)
REOPENED = datetime(2026, 11, 26, 14, 5, tzinfo=HANOI)


def _tv1(ws: Workspace) -> int:
    return find_facility_by_code(ws.db, "TV1").id  # type: ignore[union-attr,return-value]


def _stored_total(ws: Workspace, day: date) -> list[int]:
    return [v.total for v in visits_store.visits_between(ws.db, _tv1(ws), day, day)]


def test_submit_records_when_and_who_and_reports_the_status(configured: Workspace) -> None:
    assert submissions.status(configured, "2026-Q3", "calendar") is None
    done = submissions.submit(configured, "2026-Q3", "calendar", "Nguyễn Thị Lan (lan)", SUBMITTED)
    assert (done.start, done.end) == (date(2026, 7, 1), date(2026, 9, 30))
    status = submissions.status(configured, "2026-Q3", "calendar")
    assert status is not None
    assert status.submitted_at == SUBMITTED
    assert status.submitted_by == "Nguyễn Thị Lan (lan)"
    assert (status.start, status.end) == (date(2026, 7, 1), date(2026, 9, 30))
    # The same id under the other convention is another report, still open.
    assert submissions.status(configured, "2026-Q3", "nd09") is None


def test_nd09_dates_come_from_the_period(configured: Workspace) -> None:
    submissions.submit(configured, "2026-N", "nd09", "Lan", SUBMITTED)
    status = submissions.status(configured, "2026-N", "nd09")
    assert status is not None
    assert (status.start, status.end) == (date(2025, 12, 15), date(2026, 12, 14))


def test_a_submitted_period_cannot_be_submitted_again(configured: Workspace) -> None:
    submissions.submit(configured, "2026-N", "calendar", "Lan", SUBMITTED)
    with pytest.raises(UserError) as refused:
        submissions.submit(configured, "2026-N", "calendar", "Lan", REOPENED)
    assert refused.value.field_name == "period"
    assert len(submissions.history(configured, "2026-N", "calendar")) == 1


@pytest.mark.parametrize(("period", "convention"), [("2026-Q5", "calendar"), ("2026-N", "lunar")])
def test_a_bad_period_or_convention_is_refused(
    configured: Workspace, period: str, convention: str
) -> None:
    with pytest.raises(UserError):
        submissions.submit(configured, period, convention, "Lan", SUBMITTED)
    assert submissions.history(configured, "2026-N", "calendar") == []


@pytest.mark.parametrize("reason", ["", "   \n ", "x" * 501])
def test_reopening_needs_a_reason(configured: Workspace, reason: str) -> None:
    submissions.submit(configured, "2026-N", "calendar", "Lan", SUBMITTED)
    with pytest.raises(UserError) as refused:
        submissions.reopen(configured, "2026-N", "calendar", reason, "Lan", REOPENED)
    assert refused.value.field_name == "reason"
    assert submissions.status(configured, "2026-N", "calendar") is not None


def test_reopening_is_recorded_with_when_who_and_why(configured: Workspace) -> None:
    submissions.submit(configured, "2026-N", "calendar", "Lan", SUBMITTED)
    submissions.reopen(
        configured,
        "2026-N",
        "calendar",
        "  Sở yêu cầu  sửa so\u0302\u0301 liệu TV04 ",
        "Minh",
        REOPENED,
    )
    assert submissions.status(configured, "2026-N", "calendar") is None
    [entry] = submissions.history(configured, "2026-N", "calendar")
    assert (entry.submitted_at, entry.submitted_by) == (SUBMITTED, "Lan")
    assert (entry.reopened_at, entry.reopened_by) == (REOPENED, "Minh")
    assert entry.reopen_reason == "Sở yêu cầu sửa số liệu TV04"  # cleaned: NFC, one space

    # Submitted again after the correction: the history keeps both rounds, oldest first.
    again = SUBMITTED + timedelta(days=3)
    submissions.submit(configured, "2026-N", "calendar", "Lan", again)
    history = submissions.history(configured, "2026-N", "calendar")
    assert [(e.submitted_at, e.reopened_at) for e in history] == [
        (SUBMITTED, REOPENED),
        (again, None),
    ]


def test_reopening_a_period_that_is_not_submitted_is_refused(configured: Workspace) -> None:
    with pytest.raises(UserError) as refused:
        submissions.reopen(configured, "2026-N", "calendar", "lỗi", "Lan", REOPENED)
    assert refused.value.field_name == "period"
    submissions.submit(configured, "2026-N", "calendar", "Lan", SUBMITTED)
    submissions.reopen(configured, "2026-N", "calendar", "lỗi", "Lan", REOPENED)
    with pytest.raises(UserError):
        submissions.reopen(configured, "2026-N", "calendar", "lần nữa", "Lan", REOPENED)


def test_a_naive_time_is_stored_with_the_local_offset(configured: Workspace) -> None:
    submissions.submit(configured, "2026-M10", "calendar", "Lan", datetime(2026, 11, 3, 8, 0))
    status = submissions.status(configured, "2026-M10", "calendar")
    assert status is not None and status.submitted_at.tzinfo is not None
    assert status.submitted_at == datetime(2026, 11, 3, 8, 0).astimezone()


def test_the_lock_blocks_a_visit_and_reopening_unblocks_it(configured: Workspace) -> None:
    day = date(2026, 8, 10)
    visits.save_visit(configured, VisitDay(_tv1(configured), day, total=20), TODAY)
    submissions.submit(configured, "2026-Q3", "calendar", "Lan", SUBMITTED)
    with pytest.raises(UserError) as refused:
        visits.save_visit(configured, VisitDay(_tv1(configured), day, total=25), TODAY)
    assert "2026-Q3" in str(refused.value)
    assert _stored_total(configured, day) == [20]
    # A day outside the submitted quarter is still open.
    visits.save_visit(configured, VisitDay(_tv1(configured), date(2026, 10, 1), total=5), TODAY)

    submissions.reopen(configured, "2026-Q3", "calendar", "Sửa số liệu", "Lan", REOPENED)
    visits.save_visit(configured, VisitDay(_tv1(configured), day, total=25), TODAY)
    assert _stored_total(configured, day) == [25]


def test_current_user_names_the_preparer_and_the_account(
    configured: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(submissions.getpass, "getuser", lambda: "lan")
    assert submissions.current_user(configured) == "Nguyễn Thị Lan (lan)"

    def no_user() -> str:
        raise OSError("no user name")

    monkeypatch.setattr(submissions.getpass, "getuser", no_user)
    assert submissions.current_user(configured) == "Nguyễn Thị Lan"
