"""The plan editor's texts read into a template's values, bad ones refused by name."""

from __future__ import annotations

import pytest

from desktop_app.domain.messages import UserError
from desktop_app.domain.template_drafts import (
    deadline_input,
    milestones_text,
    parse_deadline,
    parse_milestones,
    plan_text,
    split_plan,
)


def test_milestones_single_values_and_ranges() -> None:
    found = parse_milestones("2030: 10,5-15; 2025: 40", "Tăng lượt")
    assert found == {"2025": 40, "2030": "10.5-15"}  # sorted by year, comma as decimal point
    assert milestones_text(found) == "2025: 40; 2030: 10.5-15"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2030: 15-10", "swapped"),
        ("2030: 10-10", "swapped"),
        ("", "no value"),
        ("năm 2030: 10", "not a year and a value"),
        ("1999: 10", "not a year and a value"),
        ("2025: 10; 2025: 20", "twice"),
    ],
)
def test_bad_milestones_are_refused(text: str, words: str) -> None:
    with pytest.raises(UserError, match=words):
        parse_milestones(text, "Tăng lượt")


def test_deadlines_as_typed() -> None:
    assert parse_deadline("", "năm") == (False, None)  # the default
    assert parse_deadline("Không", "năm") == (True, None)
    assert parse_deadline("1/12", "năm") == (True, "12-01")
    assert parse_deadline("29/02", "năm") == (True, "02-29")
    assert parse_deadline("20", "quý") == (True, "20")
    assert parse_deadline("+15", "quý") == (True, "+15")
    assert [deadline_input(r) for r in ("12-01", None, "+15")] == ["01/12", "không", "+15"]
    with pytest.raises(UserError, match="31/02 is not a day of the year"):
        parse_deadline("31/02", "năm")
    with pytest.raises(UserError, match="not a deadline"):
        parse_deadline("cuối năm", "năm")


def test_plan_number_and_date() -> None:
    plan = plan_text(" 74/KH-UBND ", "11/04/2023")
    assert plan == "Kế hoạch số 74/KH-UBND ngày 11/04/2023"
    assert split_plan(plan) == ("74/KH-UBND", "11/04/2023")
    assert split_plan("Kế hoạch năm 2023 của UBND tỉnh Phú Yên") == ("", "")
    with pytest.raises(UserError, match="not a day of the calendar"):
        plan_text("74/KH-UBND", "31/02/2023")
    with pytest.raises(UserError, match="number"):
        plan_text("74 KH", "11/04/2023")
