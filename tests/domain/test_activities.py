"""Activities: the period they count in, totals, and what is refused."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.activities import (
    Activity,
    ActivityTotals,
    belongs_to,
    required_first_day,
    totals_in_period,
    validated_activity,
)
from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period

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


def test_a_multi_day_activity_counts_only_in_the_period_of_its_first_day() -> None:
    crossing = _activity(date(2026, 9, 29), date(2026, 10, 3), participants=120)
    q3, q4 = parse_period("2026-Q3"), parse_period("2026-Q4")
    assert belongs_to(crossing, q3) and not belongs_to(crossing, q4)
    one_day = _activity(date(2026, 10, 1), participants=30)
    assert totals_in_period([crossing, one_day], q3) == ActivityTotals(1, 120)
    assert totals_in_period([crossing, one_day], q4) == ActivityTotals(1, 30)


def test_under_nd09_the_15th_opens_the_next_month() -> None:
    on_15th = _activity(date(2026, 6, 15))
    assert belongs_to(on_15th, parse_period("2026-M07", "nd09"))
    assert not belongs_to(on_15th, parse_period("2026-M06", "nd09"))
    assert belongs_to(on_15th, parse_period("2026-M06", "calendar"))


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
