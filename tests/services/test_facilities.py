import sqlite3
from datetime import date

import pytest

from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.domain.messages import UserError
from desktop_app.services import facilities
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store
from tests.conftest import TODAY


def test_list_rows_carry_the_profile_in_force(configured: Workspace) -> None:
    rows = {r.facility.code: r for r in facilities.list_rows(configured, TODAY)}
    assert rows["TV1"].profile.books == 3200
    assert rows["NVH1"].profile is None


def test_a_bad_profile_stores_no_facility_either(workspace: Workspace) -> None:
    with pytest.raises(UserError):
        facilities.add_facility(
            workspace,
            Facility("TV9", "TV_XA", "x", opened_on=date(2020, 1, 1)),
            TODAY,
            FacilityProfile(date(2021, 1, 1), computers=1, computers_internet=5),
        )
    assert facility_store.count_facilities(workspace.db) == 0


def test_a_failure_while_writing_the_profile_rolls_the_facility_back(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(facility_store, "upsert_profile", disk_full)
    with pytest.raises(sqlite3.OperationalError):
        facilities.add_facility(
            workspace,
            Facility("TV9", "TV_XA", "x"),
            TODAY,
            FacilityProfile(date(2021, 1, 1), books=10),
        )
    assert facility_store.count_facilities(workspace.db) == 0


def test_close_and_reopen(configured: Workspace) -> None:
    tv1 = facility_store.find_facility_by_code(configured.db, "TV1")
    facilities.close_facility(configured, tv1.id, date(2026, 6, 30), TODAY)
    assert facilities.get(configured, tv1.id).closed_on == date(2026, 6, 30)
    with pytest.raises(UserError):
        facilities.close_facility(configured, tv1.id, date(2010, 1, 1), TODAY)
    facilities.reopen_facility(configured, tv1.id, TODAY)
    assert facilities.get(configured, tv1.id).closed_on is None


def test_opening_date_after_an_existing_profile_is_refused(configured: Workspace) -> None:
    tv1 = facility_store.find_facility_by_code(configured.db, "TV1")
    moved = Facility(tv1.code, tv1.type_code, tv1.name, opened_on=date(2016, 1, 1), id=tv1.id)
    with pytest.raises(UserError) as caught:
        facilities.update_facility(configured, moved, TODAY)
    assert caught.value.field_name == "opened_on"
    assert facilities.get(configured, tv1.id).opened_on == date(2015, 3, 1)


def test_a_new_dated_profile_keeps_the_old_one(configured: Workspace) -> None:
    tv1 = facility_store.find_facility_by_code(configured.db, "TV1")
    facilities.save_profile(
        configured, tv1.id, FacilityProfile(date(2026, 1, 1), computers=6, books=4000), TODAY
    )
    history = facilities.profiles(configured, tv1.id)
    assert [(p.effective_from, p.books) for p in history] == [
        (date(2026, 1, 1), 4000),
        (date(2015, 3, 1), 3200),
    ]
    facilities.delete_profile(configured, tv1.id, history[0].id)
    assert len(facilities.profiles(configured, tv1.id)) == 1


def test_a_submitted_period_locks_the_profiles_that_count_in_it(configured: Workspace) -> None:
    from desktop_app.storage import submissions_store

    tv1 = facility_store.find_facility_by_code(configured.db, "TV1")
    submissions_store.insert_submission(
        configured.db, "2025-N", "calendar", date(2025, 1, 1), date(2025, 12, 31), "x", "Lan"
    )
    with pytest.raises(UserError, match="2025-N"):
        facilities.save_profile(configured, tv1.id, FacilityProfile(date(2025, 12, 1)), TODAY)
    (old,) = facilities.profiles(configured, tv1.id)  # in force since 2015: counts in 2025
    with pytest.raises(UserError, match="2025-N"):
        facilities.delete_profile(configured, tv1.id, old.id)
    facilities.save_profile(configured, tv1.id, FacilityProfile(date(2026, 1, 1), books=1), TODAY)
    with pytest.raises(UserError, match="2025-N"):
        facilities.close_facility(configured, tv1.id, date(2025, 6, 30), TODAY)
    assert len(facilities.profiles(configured, tv1.id)) == 2


def test_dates_cannot_leave_logged_records_outside(configured: Workspace) -> None:
    from desktop_app.domain.visits import VisitDay
    from desktop_app.storage import visits_store

    nvh1 = facility_store.find_facility_by_code(configured.db, "NVH1")
    visits_store.upsert_visits(
        configured.db,
        [
            VisitDay(nvh1.id, date(2024, 5, 1), total=3),
            VisitDay(nvh1.id, date(2026, 3, 1), total=4),
        ],
    )
    with pytest.raises(UserError) as caught:
        facilities.close_facility(configured, nvh1.id, date(2025, 12, 31), TODAY)
    assert caught.value.field_name == "closed_on" and "01/03/2026" in caught.value.message.source()
    moved = Facility(nvh1.code, nvh1.type_code, nvh1.name, opened_on=date(2025, 1, 1), id=nvh1.id)
    with pytest.raises(UserError) as caught:
        facilities.update_facility(configured, moved, TODAY)
    assert caught.value.field_name == "opened_on"
    facilities.close_facility(configured, nvh1.id, date(2026, 3, 1), TODAY)  # the last day: fine
