"""Digital-services use cases: save, add, correct, delete, locks, totals, profile in force."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.digital import DigitalService
from desktop_app.domain.facility import FacilityProfile
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period
from desktop_app.services import digital, facilities
from desktop_app.services.workspace import Workspace
from desktop_app.storage import digital_store, facility_store, submissions_store
from tests.conftest import TODAY

NOVEMBER = parse_period("2026-M11")


@pytest.fixture
def tv1(configured: Workspace) -> int:
    return facility_store.find_facility_by_code(configured.db, "TV1").id


def _lock(ws: Workspace, period_id: str) -> None:
    period = parse_period(period_id)
    submissions_store.insert_submission(
        ws.db, period.id, "calendar", period.start, period.end, "2026-12-01T08:00:00+07:00", "Lan"
    )


def test_save_then_replace_or_add(configured: Workspace, tv1: int) -> None:
    day = date(2026, 11, 5)
    first = digital.save(configured, DigitalService(day, tv1, "truc_tuyen", 1, 30), TODAY)
    assert first.id is not None and first.participants == 30
    replaced = digital.save(configured, DigitalService(day, tv1, "truc_tuyen", 2, 50), TODAY)
    assert (replaced.id, replaced.quantity, replaced.participants) == (first.id, 2, 50)
    added = digital.save(configured, DigitalService(day, tv1, "truc_tuyen", 1, 12), TODAY, add=True)
    assert (added.id, added.quantity, added.participants) == (first.id, 3, 62)
    assert digital_store.count_digital(configured.db) == 1


def test_bad_rows_are_refused_and_nothing_is_stored(configured: Workspace, tv1: int) -> None:
    bad = [
        DigitalService(date(2026, 11, 5), tv1, "may_tinh", 0),  # nothing to record
        DigitalService(date(2026, 11, 5), tv1, "may_tinh", 5, participants=5),
        DigitalService(date(2026, 11, 23), tv1, "may_tinh", 5),  # the future
        DigitalService(date(2015, 2, 28), tv1, "may_tinh", 5),  # before the library opened
        DigitalService(date(2026, 11, 5), tv1, "may_tinh", 100_001),
    ]
    for row in bad:
        with pytest.raises(UserError):
            digital.save(configured, row, TODAY)
    assert digital_store.count_digital(configured.db) == 0


def test_adding_beyond_the_plausible_daily_count_is_refused(
    configured: Workspace, tv1: int
) -> None:
    day = date(2026, 11, 5)
    digital.save(configured, DigitalService(day, tv1, "tai_nguyen_so", 99_999), TODAY)
    with pytest.raises(UserError, match="highest plausible"):
        digital.save(configured, DigitalService(day, tv1, "tai_nguyen_so", 2), TODAY, add=True)
    assert digital.existing(configured, tv1, day, "tai_nguyen_so").quantity == 99_999


def test_a_submitted_period_refuses_new_changed_and_deleted_rows(
    configured: Workspace, tv1: int
) -> None:
    kept = digital.save(configured, DigitalService(date(2026, 10, 20), tv1, "so_hoa", 4), TODAY)
    _lock(configured, "2026-M10")
    with pytest.raises(UserError, match="submitted"):
        digital.save(configured, DigitalService(date(2026, 10, 21), tv1, "so_hoa", 1), TODAY)
    with pytest.raises(UserError, match="submitted"):  # moving a locked row out of its period
        digital.save(
            configured, DigitalService(date(2026, 11, 2), tv1, "so_hoa", 4, id=kept.id), TODAY
        )
    with pytest.raises(UserError, match="submitted"):
        digital.delete(configured, kept.id)
    assert digital_store.list_digital(configured.db, tv1, date(2026, 1, 1), TODAY) == [kept]
    november = digital.save(configured, DigitalService(date(2026, 11, 2), tv1, "so_hoa", 1), TODAY)
    with pytest.raises(UserError, match="submitted"):  # moving a row into a locked period
        digital.save(
            configured, DigitalService(date(2026, 10, 22), tv1, "so_hoa", 1, id=november.id), TODAY
        )


def test_correcting_a_row_by_id(configured: Workspace, tv1: int) -> None:
    row = digital.save(configured, DigitalService(date(2026, 11, 5), tv1, "may_tinh", 5), TODAY)
    other = digital.save(configured, DigitalService(date(2026, 11, 6), tv1, "may_tinh", 6), TODAY)
    moved = digital.save(
        configured, DigitalService(date(2026, 11, 7), tv1, "tai_nguyen_so", 8, id=row.id), TODAY
    )
    assert digital_store.get_digital(configured.db, row.id) == moved
    with pytest.raises(UserError, match="Another row"):
        digital.save(configured, DigitalService(other.day, tv1, "may_tinh", 1, id=row.id), TODAY)
    digital.delete(configured, row.id)
    assert digital.rows(configured, tv1, NOVEMBER) == [other]


def test_totals_list_every_kind(configured: Workspace, tv1: int) -> None:
    nvh1 = facility_store.find_facility_by_code(configured.db, "NVH1").id
    digital.save(configured, DigitalService(date(2026, 11, 5), tv1, "ky_nang_so", 2, 40), TODAY)
    digital.save(configured, DigitalService(date(2026, 11, 6), tv1, "ky_nang_so", 1, 15), TODAY)
    digital.save(configured, DigitalService(date(2026, 11, 6), nvh1, "ky_nang_so", 1, 9), TODAY)
    mine = {t.kind: t for t in digital.totals(configured, NOVEMBER, tv1)}
    assert list(mine) == ["may_tinh", "tai_nguyen_so", "so_hoa", "truc_tuyen", "ky_nang_so"]
    assert (mine["ky_nang_so"].quantity, mine["ky_nang_so"].participants) == (3, 55)
    assert (mine["ky_nang_so"].quantity_code, mine["ky_nang_so"].participants_code) == (
        "CS08",
        "CS09",
    )
    assert mine["may_tinh"].quantity == 0 and mine["may_tinh"].participants_code is None
    commune = {t.kind: t for t in digital.totals(configured, NOVEMBER)}
    assert commune["ky_nang_so"].participants == 64


def test_the_profile_in_force_at_a_day(configured: Workspace, tv1: int) -> None:
    facilities.save_profile(
        configured,
        tv1,
        FacilityProfile(date(2026, 7, 1), computers=6, computers_internet=6, web_presence=True),
        TODAY,
    )
    assert digital.profile_at(configured, tv1, date(2026, 6, 30)).computers == 4
    in_force = digital.profile_at(configured, tv1, date(2026, 11, 30))
    assert (in_force.computers, in_force.web_presence) == (6, True)
    nvh1 = facility_store.find_facility_by_code(configured.db, "NVH1").id
    assert digital.profile_at(configured, nvh1, TODAY) is None


def test_libraries_come_first_in_the_facility_list(configured: Workspace) -> None:
    assert [f.code for f in facility_store.list_facilities(configured.db)] == ["NVH1", "TV1"]
    assert [f.code for f in digital.all_facilities(configured)] == ["TV1", "NVH1"]
