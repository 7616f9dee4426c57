"""Museum use cases: when the log is needed, what is refused, locks and totals."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.digital import MuseumRecord
from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period
from desktop_app.services import facilities, museum
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store, museum_store, submissions_store
from tests.conftest import TODAY

NOVEMBER = parse_period("2026-M11")


def _add_museum(ws: Workspace) -> int:
    facility = facilities.add_facility(
        ws, Facility("BT1", "BT", "Nhà truyền thống xã", opened_on=date(2020, 1, 1)), TODAY
    )
    return facility.id


def test_needed_only_where_a_museum_type_facility_exists(configured: Workspace) -> None:
    assert not museum.is_needed(configured)
    assert museum.museum_facilities(configured) == []
    bt1 = _add_museum(configured)
    assert museum.is_needed(configured)
    assert [f.id for f in museum.museum_facilities(configured)] == [bt1]
    facilities.close_facility(configured, bt1, date(2026, 6, 30), TODAY)
    assert museum.is_needed(configured)  # its records still count in earlier reports


def test_a_museum_row_at_a_library_is_refused(configured: Workspace) -> None:
    tv1 = facility_store.find_facility_by_code(configured.db, "TV1").id
    with pytest.raises(UserError, match="not a museum"):
        museum.save(configured, MuseumRecord(date(2026, 11, 5), tv1, visitors=10), TODAY)
    assert museum_store.museum_totals(configured.db, NOVEMBER.start, NOVEMBER.end)["visitors"] == 0


def test_learners_above_visitors_are_refused(configured: Workspace) -> None:
    bt1 = _add_museum(configured)
    day = date(2026, 11, 5)
    with pytest.raises(UserError) as caught:
        museum.save(configured, MuseumRecord(day, bt1, visitors=10, learners=12), TODAY)
    assert caught.value.field_name == "learners"
    assert museum.existing(configured, bt1, day) is None
    museum.save(configured, MuseumRecord(day, bt1, visitors=10, learners=8), TODAY)
    assert museum.existing(configured, bt1, day).learners == 8


def test_save_replace_add_correct_delete(configured: Workspace) -> None:
    bt1 = _add_museum(configured)
    day = date(2026, 11, 5)
    first = museum.save(configured, MuseumRecord(day, bt1, 40, 10, digitised=2), TODAY)
    again = museum.save(configured, MuseumRecord(day, bt1, 30, 5), TODAY)
    assert (again.id, again.visitors, again.digitised) == (first.id, 30, 0)
    more = museum.save(configured, MuseumRecord(day, bt1, 10, 5, exhibitions=1), TODAY, add=True)
    assert (more.visitors, more.learners, more.exhibitions) == (40, 10, 1)
    with pytest.raises(UserError):
        museum.save(configured, MuseumRecord(day, bt1), TODAY)  # every figure empty
    moved = museum.save(
        configured, MuseumRecord(date(2026, 11, 6), bt1, 40, 10, id=first.id), TODAY
    )
    assert museum.rows(configured, bt1, NOVEMBER) == [moved]
    museum.delete(configured, first.id)
    assert museum.rows(configured, bt1, NOVEMBER) == []


def test_a_submitted_period_refuses_museum_rows(configured: Workspace) -> None:
    bt1 = _add_museum(configured)
    kept = museum.save(configured, MuseumRecord(date(2026, 10, 5), bt1, 20), TODAY)
    submissions_store.insert_submission(
        configured.db, "2026-Q4", "calendar", date(2026, 10, 1), date(2026, 12, 31), "x", "Lan"
    )
    with pytest.raises(UserError, match="submitted"):
        museum.save(configured, MuseumRecord(date(2026, 11, 5), bt1, 20), TODAY)
    with pytest.raises(UserError, match="submitted"):
        museum.delete(configured, kept.id)
    assert museum.rows(configured, bt1, parse_period("2026-Q4")) == [kept]


def test_totals_of_a_period(configured: Workspace) -> None:
    bt1 = _add_museum(configured)
    museum.save(configured, MuseumRecord(date(2026, 10, 31), bt1, 100, 50), TODAY)
    museum.save(configured, MuseumRecord(date(2026, 11, 1), bt1, 30, 10, 2, 1, 0), TODAY)
    museum.save(configured, MuseumRecord(date(2026, 11, 2), bt1, 20, 5, 0, 0, 1), TODAY)
    total = museum.totals(configured, NOVEMBER, bt1)
    assert (
        total.visitors,
        total.learners,
        total.digitised,
        total.collected,
        total.exhibitions,
    ) == (
        50,
        15,
        2,
        1,
        1,
    )
