from datetime import date

import pytest

from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.domain.messages import UserError
from desktop_app.domain.unit import UnitSettings
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store, settings_store


def test_facilities_round_trip(workspace: Workspace) -> None:
    db = workspace.db
    first = facility_store.insert_facility(
        db, Facility("TV1", "TV_XA", "Thư viện", opened_on=date(2020, 1, 1))
    )
    facility_store.insert_facility(
        db, Facility("A0", "NVH_THON", "Nhà văn hóa", closed_on=date(2024, 5, 31))
    )
    listed = facility_store.list_facilities(db)
    assert [f.code for f in listed] == ["TV1", "A0"]  # open ones first
    assert facility_store.get_facility(db, first).opened_on == date(2020, 1, 1)
    assert facility_store.find_facility_by_code(db, "A0").closed_on == date(2024, 5, 31)


def test_duplicate_code_is_a_user_error(workspace: Workspace) -> None:
    facility_store.insert_facility(workspace.db, Facility("TV1", "TV_XA", "a"))
    with pytest.raises(UserError) as caught:
        facility_store.insert_facility(workspace.db, Facility("TV1", "TV_CD", "b"))
    assert caught.value.field_name == "code"


def test_profile_on_the_same_date_is_replaced(workspace: Workspace) -> None:
    fid = facility_store.insert_facility(workspace.db, Facility("TV1", "TV_XA", "a"))
    facility_store.upsert_profile(workspace.db, fid, FacilityProfile(date(2024, 1, 1), books=10))
    facility_store.upsert_profile(workspace.db, fid, FacilityProfile(date(2024, 1, 1), books=20))
    facility_store.upsert_profile(workspace.db, fid, FacilityProfile(date(2025, 1, 1), books=30))
    profiles = facility_store.list_profiles(workspace.db, fid)
    assert [(p.effective_from, p.books) for p in profiles] == [
        (date(2025, 1, 1), 30),
        (date(2024, 1, 1), 20),
    ]


def test_unit_settings_round_trip_with_text_codes(workspace: Workspace) -> None:
    assert settings_store.read_unit(workspace.db) is None
    unit = UnitSettings("01", "00004", "Phường Ba Đình", "qd1520", "A", "B", "C")
    settings_store.write_unit(workspace.db, unit)
    assert settings_store.read_unit(workspace.db) == unit
    raw = workspace.db.execute("SELECT value FROM settings WHERE key='commune_code'").fetchone()
    assert raw[0] == "00004"
