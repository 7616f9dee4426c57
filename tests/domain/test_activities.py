"""Activities: what is refused (the period they count in: tests/services/test_report_indicators)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.activities import (
    Activity,
    required_first_day,
    validated_activity,
)
from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import UserError

TODAY = date(2026, 11, 22)
LIBRARY = Facility(code="TV1", type_code="TV_XA", name="Thư viện", opened_on=date(2015, 3, 1), id=1)


def _activity(
    start: date, end: date | None = None, participants: int = 10, **kw: object
) -> Activity:
    return Activity(
        start_day=start,
        end_day=end or start,
        facility_id=1,
        type="trung_bay",
        title="Trưng bày sách",
        participants=participants,
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("field", ["children", "elderly", "women"])
def test_of_which_above_participants_is_refused(field: str) -> None:
    with pytest.raises(UserError) as caught:
        validated_activity(_activity(TODAY, participants=20, **{field: 21}), LIBRARY, TODAY)
    assert caught.value.field_name == field


@pytest.mark.parametrize(
    ("activity", "field"),
    [
        (_activity(date(2026, 11, 23)), "start_day"),  # tomorrow
        (_activity(date(2015, 2, 28)), "start_day"),  # before the library opened
        (_activity(date(2026, 5, 2), date(2026, 5, 1)), "end_day"),
        (_activity(date(2025, 1, 1), date(2026, 1, 2)), "end_day"),  # over a year
        (Activity(TODAY, TODAY, 1, "party", "X"), "type"),
        (Activity(TODAY, TODAY, 1, "khac", "X", mode="radio"), "mode"),
        (Activity(TODAY, TODAY, 1, "khac", "   "), "title"),
        (_activity(TODAY, participants=-1), "participants"),
    ],
)
def test_bad_activities_are_refused_naming_the_field(activity: Activity, field: str) -> None:
    with pytest.raises(UserError) as caught:
        validated_activity(activity, LIBRARY, TODAY)
    assert caught.value.field_name == field


def test_the_title_and_partners_are_tidied() -> None:
    activity = _activity(TODAY, partners="  Trường   tiểu học ")
    activity = validated_activity(activity, LIBRARY, TODAY)
    assert activity.partners == "Trường tiểu học"


def test_the_first_day_is_required() -> None:
    with pytest.raises(UserError) as caught:
        required_first_day(None)
    assert caught.value.field_name == "start_day"
    assert required_first_day(TODAY) == TODAY
