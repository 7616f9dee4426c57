"""Activities use cases: the period's list and totals, validation and locked periods."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop_app.domain.activities import Activity, ActivityTotals
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period
from desktop_app.services import activities
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store
from desktop_app.storage.submissions_store import insert_submission
from tests.conftest import TODAY


def _facility_id(ws: Workspace, code: str) -> int:
    return facility_store.find_facility_by_code(ws.db, code).id  # type: ignore[union-attr,return-value]


def _activity(ws: Workspace, start: date, end: date | None = None, **kw: object) -> Activity:
    values: dict = dict(start_day=start, end_day=end or start, facility_id=_facility_id(ws, "TV1"),
                        type="tuan_le_htsd", title="Tuần lễ học tập suốt đời", participants=80,
                        children=50, women=40, lifelong_learning=True)  # fmt: skip
    return Activity(**{**values, **kw})


def _all(ws: Workspace) -> list[Activity]:
    return [r.activity for r in activities.list_rows(ws, parse_period("2026-N"))]


def test_an_activity_crossing_a_period_end_counts_in_its_first_day_period(
    configured: Workspace,
) -> None:
    activities.add_activity(
        configured, _activity(configured, date(2026, 9, 28), date(2026, 10, 4)), TODAY
    )
    later = _activity(
        configured, date(2026, 10, 5), title="Sau", participants=20, children=0, women=0
    )
    activities.add_activity(configured, later, TODAY)
    q3, q4 = parse_period("2026-Q3"), parse_period("2026-Q4")
    assert activities.totals(configured, q3) == ActivityTotals(1, 80)
    assert activities.totals(configured, q4) == ActivityTotals(1, 20)
    (row,) = activities.list_rows(configured, q3)
    assert row.facility.code == "TV1"  # type: ignore[union-attr]
    assert row.activity.end_day == date(2026, 10, 4)


def test_filters_by_facility_and_type(configured: Workspace) -> None:
    nvh = _facility_id(configured, "NVH1")
    activities.add_activity(configured, _activity(configured, date(2026, 11, 1)), TODAY)
    activities.add_activity(
        configured,
        _activity(configured, date(2026, 11, 2), facility_id=nvh, type="van_nghe", title="Hội diễn",
                  participants=300, children=0, women=0, lifelong_learning=False),
        TODAY,
    )  # fmt: skip
    month = parse_period("2026-M11")
    assert activities.totals(configured, month) == ActivityTotals(2, 380)
    assert activities.totals(configured, month, facility_id=nvh) == ActivityTotals(1, 300)
    assert activities.totals(configured, month, type_code="tuan_le_htsd") == ActivityTotals(1, 80)
    assert [r.activity.title for r in activities.list_rows(configured, month, nvh)] == ["Hội diễn"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"children": 81}, "children"),
        ({"women": 100}, "women"),
        ({"end_day": date(2026, 4, 20)}, "end_day"),
        ({"start_day": date(2026, 11, 23), "end_day": date(2026, 11, 23)}, "start_day"),
        ({"start_day": date(2015, 1, 1), "end_day": date(2015, 1, 1)}, "start_day"),
        ({"title": ""}, "title"),
        ({"facility_id": 999}, "facility_id"),
    ],
)
def test_a_bad_activity_is_refused_and_nothing_stored(
    configured: Workspace, changes: dict, field: str
) -> None:
    with pytest.raises(UserError) as caught:
        activities.add_activity(
            configured, _activity(configured, date(2026, 4, 21), **changes), TODAY
        )
    assert caught.value.field_name == field
    assert _all(configured) == []


def test_the_same_activity_twice_is_refused(configured: Workspace) -> None:
    activities.add_activity(configured, _activity(configured, date(2026, 10, 1)), TODAY)
    with pytest.raises(UserError):
        activities.add_activity(configured, _activity(configured, date(2026, 10, 1)), TODAY)
    assert len(_all(configured)) == 1


def test_a_submitted_period_refuses_changes_by_first_day(configured: Workspace) -> None:
    locked = activities.add_activity(
        configured, _activity(configured, date(2026, 6, 30), date(2026, 7, 2)), TODAY
    )
    open_ = activities.add_activity(configured, _activity(configured, date(2026, 7, 10)), TODAY)
    q2 = parse_period("2026-Q2")
    insert_submission(configured.db, q2.id, "calendar", q2.start, q2.end, "2026-07-05", "Lan")
    with pytest.raises(UserError) as caught:
        activities.add_activity(configured, _activity(configured, date(2026, 5, 1)), TODAY)
    assert "2026-Q2" in str(caught.value)
    with pytest.raises(UserError):
        activities.update_activity(configured, replace(locked, participants=90), TODAY)
    with pytest.raises(UserError):  # moving an open activity into the locked quarter
        activities.update_activity(
            configured, replace(open_, start_day=date(2026, 6, 1), end_day=date(2026, 6, 1)), TODAY
        )
    with pytest.raises(UserError):
        activities.delete_activity(configured, locked.id)  # type: ignore[arg-type]
    assert [(a.start_day, a.participants) for a in _all(configured)] == [
        (date(2026, 6, 30), 80),
        (date(2026, 7, 10), 80),
    ]
    changed = activities.update_activity(
        configured, replace(open_, participants=90, children=0), TODAY
    )
    assert activities.get(configured, changed.id).participants == 90  # type: ignore[arg-type]
    activities.delete_activity(configured, open_.id)  # type: ignore[arg-type]
    assert len(_all(configured)) == 1
