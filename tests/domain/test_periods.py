"""Period dates under both conventions, checked against dates worked out by hand (domain.md §3)."""

from datetime import date

import pytest

from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import month_of, parse_period


@pytest.mark.parametrize(
    ("period_id", "convention", "start", "end"),
    [
        ("2026-N", "calendar", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-S1", "calendar", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-9T", "calendar", date(2026, 1, 1), date(2026, 9, 30)),
        ("2026-Q1", "calendar", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-Q3", "calendar", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026-M02", "calendar", date(2026, 2, 1), date(2026, 2, 28)),
        ("2024-M02", "calendar", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        ("2026-N", "nd09", date(2025, 12, 15), date(2026, 12, 14)),
        ("2026-S1", "nd09", date(2025, 12, 15), date(2026, 6, 14)),
        ("2026-9T", "nd09", date(2025, 12, 15), date(2026, 9, 14)),
        ("2026-Q1", "nd09", date(2025, 12, 15), date(2026, 3, 14)),
        ("2026-Q3", "nd09", date(2026, 6, 15), date(2026, 9, 14)),
        ("2026-M07", "nd09", date(2026, 6, 15), date(2026, 7, 14)),
        ("2026-M01", "nd09", date(2025, 12, 15), date(2026, 1, 14)),
    ],
)
def test_period_dates(period_id: str, convention: str, start: date, end: date) -> None:
    period = parse_period(period_id, convention)
    assert (period.start, period.end) == (start, end)


def test_14_and_15_december_under_nd09() -> None:
    year_2026 = parse_period("2026-N", "nd09")
    assert year_2026.contains(date(2026, 12, 14))
    assert not year_2026.contains(date(2026, 12, 15))
    assert parse_period("2027-N", "nd09").contains(date(2026, 12, 15))
    assert month_of(date(2026, 12, 15), "nd09") == (2027, 1)
    assert month_of(date(2026, 12, 14), "nd09") == (2026, 12)


def test_months_and_previous_year() -> None:
    q3 = parse_period("2026-Q3", "nd09")
    assert q3.months() == [(2026, 7), (2026, 8), (2026, 9)]
    assert len(parse_period("2026-N").months()) == 12
    previous = parse_period("2024-M02").previous_year()
    assert (previous.id, previous.start, previous.end) == (
        "2023-M02",
        date(2023, 2, 1),
        date(2023, 2, 28),
    )


@pytest.mark.parametrize("bad", ["2026", "2026-Q5", "2026-M13", "26-N", "2026-S2", "", "2026-n"])
def test_bad_period_ids_are_refused(bad: str) -> None:
    with pytest.raises(UserError):
        parse_period(bad)


def test_unknown_convention_is_refused() -> None:
    with pytest.raises(UserError):
        parse_period("2026-N", "lunar")
