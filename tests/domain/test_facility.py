from dataclasses import replace
from datetime import date

import pytest

from desktop_app.domain.facility import (
    Facility,
    FacilityProfile,
    profile_in_force,
    validated_facility,
    validated_profile,
)
from desktop_app.domain.facility_types import FACILITY_TYPES, FacilityGroup, facility_type
from desktop_app.domain.messages import UserError

TODAY = date(2026, 11, 22)
LIBRARY = Facility(code=" tv1 ", type_code="TV_XA", name="  Thư viện   xã Hòa Phú ")


def test_the_eight_types_of_domain_section_2_with_their_groups() -> None:
    groups = {t.code: t.group for t in FACILITY_TYPES}
    assert groups == {
        "TV_XA": FacilityGroup.LIBRARY,
        "TV_CD": FacilityGroup.LIBRARY,
        "PD_THON": FacilityGroup.LIBRARY,
        "BDVHX": FacilityGroup.LIBRARY,
        "TTVH_XA": FacilityGroup.CULTURE,
        "NVH_THON": FacilityGroup.CULTURE,
        "TTHTCD": FacilityGroup.CULTURE,
        "BT": FacilityGroup.MUSEUM,
    }
    assert facility_type("XX") is None


def test_cleans_code_and_name() -> None:
    cleaned = validated_facility(LIBRARY, TODAY)
    assert cleaned.code == "TV1"
    assert cleaned.name == "Thư viện xã Hòa Phú"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"code": ""}, "code"),
        ({"code": "TV 1"}, "code"),
        ({"code": "THƯVIỆN"}, "code"),
        ({"code": "A" * 21}, "code"),
        ({"type_code": "LIB"}, "type_code"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"name": "Thư viện\x00"}, "name"),
        ({"opened_on": date(2026, 11, 23)}, "opened_on"),
        ({"opened_on": date(2020, 1, 2), "closed_on": date(2020, 1, 1)}, "closed_on"),
        ({"closed_on": date(2027, 1, 1)}, "closed_on"),
    ],
)
def test_refuses_bad_facilities_naming_the_field(change: dict, field: str) -> None:
    with pytest.raises(UserError) as caught:
        validated_facility(replace(LIBRARY, **change), TODAY)
    assert caught.value.field_name == field


def test_open_on_counts_first_and_last_day() -> None:
    f = Facility("TV1", "TV_XA", "x", opened_on=date(2026, 3, 15), closed_on=date(2026, 6, 30))
    assert not f.is_open_on(date(2026, 3, 14))
    assert f.is_open_on(date(2026, 3, 15))
    assert f.is_open_on(date(2026, 6, 30))
    assert not f.is_open_on(date(2026, 7, 1))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"effective_from": date(2026, 12, 1)}, "effective_from"),
        ({"effective_from": date(2019, 12, 31)}, "effective_from"),
        ({"books": -1}, "books"),
        ({"seats": 10**12}, "seats"),
        ({"computers": 2, "computers_internet": 3}, "computers_internet"),
    ],
)
def test_refuses_bad_profiles(change: dict, field: str) -> None:
    facility = replace(LIBRARY, opened_on=date(2020, 1, 1))
    profile = replace(FacilityProfile(effective_from=date(2024, 1, 1)), **change)
    with pytest.raises(UserError) as caught:
        validated_profile(profile, facility, TODAY)
    assert caught.value.field_name == field


def test_profile_in_force_is_the_latest_started_on_or_before_the_day() -> None:
    first = FacilityProfile(effective_from=date(2020, 1, 1), books=1000)
    second = FacilityProfile(effective_from=date(2025, 7, 1), books=1500)
    profiles = [second, first]
    assert profile_in_force(profiles, date(2019, 12, 31)) is None
    assert profile_in_force(profiles, date(2025, 6, 30)) is first
    assert profile_in_force(profiles, date(2025, 7, 1)) is second
