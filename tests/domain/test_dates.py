from datetime import date

import pytest

from desktop_app.domain.dates import format_date, parse_date
from desktop_app.domain.messages import UserError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21/04/2026", date(2026, 4, 21)),
        ("1/2/2026", date(2026, 2, 1)),
        ("01.02.2026", date(2026, 2, 1)),
        ("2026-04-21", date(2026, 4, 21)),
        (" 29/02/2024 ", date(2024, 2, 29)),
        ("", None),
        ("   ", None),
    ],
)
def test_parses_the_ways_staff_write_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2026",
        "29/02/2025",
        "00/01/2026",
        "2026-13-01",
        "abc",
        "12/2026",
        "1/1/1800",
        "21/04/26",
    ],
)
def test_refuses_what_is_not_a_calendar_day(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_date(text, "opened_on")
    assert caught.value.field_name == "opened_on"
    assert text.strip() in caught.value.message.source()


def test_formats_as_dd_mm_yyyy() -> None:
    assert format_date(date(2026, 4, 1)) == "01/04/2026"
    assert format_date(None) == ""
