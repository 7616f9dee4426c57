from datetime import date

import pytest

from desktop_app.domain.counts import parse_count
from desktop_app.domain.messages import UserError
from desktop_app.domain.visits import VisitDay, is_unusual
from desktop_app.services import visits
from desktop_app.services.workspace import Workspace
from desktop_app.storage import submissions_store, visits_store
from desktop_app.storage.facility_store import find_facility_by_code
from tests.conftest import TODAY


def _tv1(ws: Workspace) -> int:
    return find_facility_by_code(ws.db, "TV1").id


def test_saving_the_same_day_twice_replaces_it(configured: Workspace) -> None:
    tv1 = _tv1(configured)
    visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 2), total=10, children=4), TODAY)
    visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 2), total=12, children=5), TODAY)
    rows = visits_store.visits_between(configured.db, tv1, date(2026, 11, 1), date(2026, 11, 30))
    assert [(v.total, v.children) for v in rows] == [(12, 5)]


def test_an_emptied_day_is_removed(configured: Workspace) -> None:
    tv1 = _tv1(configured)
    visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 2), total=10), TODAY)
    visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 2)), TODAY)
    assert (
        visits_store.visits_between(configured.db, tv1, date(2026, 11, 2), date(2026, 11, 2)) == []
    )


@pytest.mark.parametrize(
    ("visit", "field"),
    [
        (dict(day=date(2026, 11, 23), total=1), "day"),
        (dict(day=date(2015, 2, 28), total=1), "day"),
        (dict(day=date(2026, 11, 2), total=5, women=6), "women"),
        (dict(day=date(2026, 11, 2), total=-1), "total"),
        (dict(day=date(2026, 11, 2), total=10**12), "total"),
        (dict(day=date(2026, 11, 2), total=1, note="x" * 201), "note"),
    ],
)
def test_bad_days_are_refused_and_nothing_stored(
    configured: Workspace, visit: dict, field: str
) -> None:
    tv1 = _tv1(configured)
    good = VisitDay(tv1, date(2026, 11, 3), total=7)
    with pytest.raises(UserError) as caught:
        visits.save_visits(configured, [good, VisitDay(tv1, **visit)], TODAY)
    assert caught.value.field_name == field
    assert visits_store.visits_between(configured.db, tv1, date(2015, 1, 1), TODAY) == []


def test_month_shows_editable_days_and_totals(configured: Workspace) -> None:
    tv1 = _tv1(configured)
    visits.save_visits(
        configured,
        [VisitDay(tv1, date(2026, 11, d), total=d, documents=2 * d) for d in (1, 2, 3)],
        TODAY,
    )
    month = visits.month(configured, tv1, 2026, 11, TODAY)
    assert len(month.days) == 30
    assert month.totals().total == 6 and month.totals().documents == 12
    assert date(2026, 11, 22) in month.editable and date(2026, 11, 23) not in month.editable
    february = visits.month(configured, tv1, 2024, 2, TODAY)
    assert len(february.days) == 29  # leap day


def test_locked_period_refuses_and_marks_days(configured: Workspace) -> None:
    tv1 = _tv1(configured)
    submissions_store.insert_submission(
        configured.db, "2026-Q3", "calendar", date(2026, 7, 1), date(2026, 9, 30), "x", "Lan"
    )
    with pytest.raises(UserError, match="2026-Q3"):
        visits.save_visit(configured, VisitDay(tv1, date(2026, 9, 30), total=3), TODAY)
    visits.save_visit(configured, VisitDay(tv1, date(2026, 10, 1), total=3), TODAY)
    assert date(2026, 9, 30) in visits.month(configured, tv1, 2026, 9, TODAY).locked


def test_unusual_needs_history_and_three_times_the_median() -> None:
    assert not is_unusual(100, [20, 22, 25])  # too little history
    assert not is_unusual(60, [20, 22, 25, 19])
    assert is_unusual(70, [20, 22, 25, 19])  # median 21 -> above 63


@pytest.mark.parametrize(
    ("text", "value"), [("", 0), (" 12 ", 12), ("1.234", 1234), ("1 234", 1234), ("1,234", 1234)]
)
def test_parse_count(text: str, value: int) -> None:
    assert parse_count(text) == value


@pytest.mark.parametrize("text", ["abc", "-3", "2,5", "12a", "١٢", "😀"])
def test_parse_count_refuses(text: str) -> None:
    with pytest.raises(UserError):
        parse_count(text)
