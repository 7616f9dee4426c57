"""The club rules: active in a period (both conventions), warnings, counts from a roster."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.clubs import (
    Club,
    ClubMember,
    ClubSession,
    active_share,
    attendance_warning,
    figures_in_period,
    is_active,
    required_attendance,
    required_date,
    roster_counts,
    validated_club,
)
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period

TODAY = date(2026, 11, 22)
CLUB = Club(code="CLB1", name="CLB đọc sách", kind="clb", field="doc_sach", facility_id=1)


def _sessions(*days: date, attendance: int = 10) -> list[ClubSession]:
    return [ClubSession(club_id=1, day=day, attendance=attendance) for day in days]


def test_calendar_year_active_with_sessions_in_exactly_half_its_months() -> None:
    year = parse_period("2026-N", "calendar")
    six_months = _sessions(*(date(2026, month, 3) for month in (1, 3, 5, 7, 9, 11)))
    assert is_active(CLUB, six_months, year)
    assert not is_active(CLUB, six_months[:-1], year)  # five of twelve months


def test_several_sessions_in_one_month_count_that_month_once() -> None:
    quarter = parse_period("2026-Q2", "calendar")
    assert not is_active(
        CLUB, _sessions(date(2026, 4, 1), date(2026, 4, 8), date(2026, 4, 29)), quarter
    )
    assert is_active(CLUB, _sessions(date(2026, 4, 1), date(2026, 5, 8)), quarter)


def test_nd09_year_counts_a_session_on_the_15th_in_the_next_month() -> None:
    days = [date(2025, 12, 15), *(date(2026, month, 15) for month in range(1, 6))]
    nd09 = parse_period("2026-N", "nd09")  # 15/12/2025 .. 14/12/2026
    # 15/12/2025 opens nd09 January 2026: six months Jan..Jun, exactly half.
    assert is_active(CLUB, _sessions(*days), nd09)
    assert not is_active(CLUB, _sessions(*days[1:]), nd09)  # one month fewer
    # The calendar year does not hold 15/12/2025: five months only.
    assert not is_active(CLUB, _sessions(*days), parse_period("2026-N", "calendar"))


def test_nd09_quarter_splits_a_month_at_the_15th() -> None:
    sessions = _sessions(date(2026, 2, 10), date(2026, 2, 20))
    # nd09 Q1 (15/12/2025-14/03/2026): 10/02 counts in February, 20/02 in March: 2 of 3 months.
    assert is_active(CLUB, sessions, parse_period("2026-Q1", "nd09"))
    # calendar Q1: both in February: 1 of 3 months.
    assert not is_active(CLUB, sessions, parse_period("2026-Q1", "calendar"))


def test_a_club_not_yet_founded_or_already_closed_is_not_active() -> None:
    quarter = parse_period("2026-Q1", "calendar")
    sessions = _sessions(date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 5))
    founded_later = Club(**{**CLUB.__dict__, "founded_on": date(2026, 4, 1)})
    closed_before = Club(**{**CLUB.__dict__, "closed_on": date(2025, 12, 31)})
    assert not is_active(founded_later, sessions, quarter)
    assert not is_active(closed_before, sessions, quarter)


def test_the_template_share_is_used_and_a_bad_one_falls_back_to_half() -> None:
    assert active_share(None) == 0.5
    assert active_share({}) == 0.5
    assert active_share({"active_club_min_month_share": 0.75}) == 0.75
    assert active_share({"active_club_min_month_share": 0}) == 0.5
    assert active_share({"active_club_min_month_share": 3}) == 0.5
    year = parse_period("2026-N", "calendar")
    six_months = _sessions(*(date(2026, month, 3) for month in range(1, 7)))
    assert is_active(CLUB, six_months, year, 0.5)
    assert not is_active(CLUB, six_months, year, 0.75)


def test_figures_count_only_sessions_inside_the_period() -> None:
    quarter = parse_period("2026-Q4", "calendar")
    sessions = _sessions(date(2026, 9, 30), date(2026, 10, 5), date(2026, 11, 12), attendance=8)
    figures = figures_in_period(CLUB, sessions, quarter)
    assert (figures.sessions, figures.attendance, figures.active) == (2, 16, True)


def test_attendance_above_members_is_a_warning_only() -> None:
    club = Club(**{**CLUB.__dict__, "members": 10})
    assert attendance_warning(ClubSession(1, TODAY, attendance=11), club)
    assert not attendance_warning(ClubSession(1, TODAY, attendance=10), club)
    assert not attendance_warning(ClubSession(1, TODAY, attendance=50), CLUB)  # count unknown


@pytest.mark.parametrize("field", ["members_women", "members_children", "members_elderly"])
def test_of_which_above_members_is_refused(field: str) -> None:
    club = Club(**{**CLUB.__dict__, "members": 10, field: 11})
    with pytest.raises(UserError) as caught:
        validated_club(club, TODAY)
    assert caught.value.field_name == field
    assert "(11) is above the total (10)" in str(caught.value)


def test_roster_counts_by_sex_and_age_group() -> None:
    roster = [
        ClubMember(0, "A", sex="nu", birth_year=2015),  # 11: child
        ClubMember(0, "B", sex="nam", birth_year=2010),  # 16: neither
        ClubMember(0, "C", sex="nu", birth_year=1966),  # 60: elderly
        ClubMember(0, "D", sex="nu", birth_year=1967),  # 59: neither
        ClubMember(0, "E"),  # no year, no sex
    ]
    counts = roster_counts(roster, 2026)
    assert (counts.members, counts.women, counts.children, counts.elderly) == (5, 3, 1, 1)


def test_a_form_must_give_the_session_day_and_attendance() -> None:
    with pytest.raises(UserError) as caught:
        required_date(None, "day")
    assert caught.value.field_name == "day"
    with pytest.raises(UserError):
        required_attendance(None)
    assert required_attendance(0) == 0
    assert required_date(TODAY, "day") == TODAY
