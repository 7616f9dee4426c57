"""Deadlines per period kind (domain.md §3), worked out by hand from the calendar."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app import resources
from desktop_app.domain.deadlines import deadline_of, period_kind
from desktop_app.domain.periods import parse_period
from desktop_app.domain.templates import parse_template


@pytest.mark.parametrize(
    ("period_id", "due"),
    [
        ("2026-M07", date(2026, 7, 20)),  # 15/06-14/07: before the 20th of July
        ("2026-M01", date(2026, 1, 20)),  # 15/12/2025-14/01/2026
        ("2026-Q3", date(2026, 9, 20)),
        ("2026-S1", date(2026, 6, 20)),
        ("2026-9T", date(2026, 9, 20)),
        ("2026-N", date(2026, 12, 15)),  # 15/12/2025-14/12/2026: before 15/12
    ],
)
def test_the_defaults_of_circular_14_under_nd09(period_id: str, due: date) -> None:
    assert deadline_of(parse_period(period_id, "nd09")) == due


@pytest.mark.parametrize(
    ("period_id", "due"),
    [
        ("2026-M02", date(2026, 3, 15)),  # 28/02 + 15 days
        ("2024-M02", date(2024, 3, 15)),  # 29/02 + 15 days
        ("2026-Q4", date(2027, 1, 15)),
        ("2026-N", date(2027, 1, 15)),  # after the calendar year ends, not before
    ],
)
def test_calendar_periods_are_due_15_days_after_they_end(period_id: str, due: date) -> None:
    assert deadline_of(parse_period(period_id, "calendar")) == due


def test_a_template_sets_its_own_for_one_kind_and_none_for_another() -> None:
    own = {"year": "12-01", "month": None, "quarter": "+10"}
    assert deadline_of(parse_period("2026-N"), own) == date(2026, 12, 1)  # Phú Yên's
    assert deadline_of(parse_period("2026-M07"), own) is None  # no deadline: never late
    assert deadline_of(parse_period("2026-Q2"), own) == date(2026, 7, 10)
    assert deadline_of(parse_period("2026-S1"), own) == date(2026, 7, 15)  # the default


def test_the_kinds() -> None:
    kinds = [period_kind(parse_period(p)) for p in ("2026-N", "2026-S1", "2026-9T", "2026-Q1")]
    assert [*kinds, period_kind(parse_period("2026-M03"))] == [
        "year", "6_months", "9_months", "quarter", "month",
    ]  # fmt: skip


def test_the_shipped_templates_deadlines() -> None:
    templates = resources.templates()
    year = parse_period("2026-N")
    assert templates["phu-yen-2023"].deadline_for(year) == date(2026, 12, 1)
    assert templates["phu-yen-2023"].deadline_for(parse_period("2026-M03")) == date(2026, 4, 15)
    assert templates["qd1520"].deadline_for(year) == date(2027, 1, 15)
    assert templates["qd1520"].deadline_for(parse_period("2026-N", "nd09")) == date(2026, 12, 15)
    assert templates["bac-giang-74-2023"].deadline_in(2026) == date(2027, 1, 15)


def test_an_older_template_with_one_deadline_keeps_it_for_the_year() -> None:
    path = resources.resources_dir() / "templates" / "qd1520.json"
    data = json.loads(path.read_text("utf-8"))
    data["deadline"] = "11-30"
    old = parse_template(json.dumps(data).encode(), "old.json")
    assert old.deadline_in(2026) == date(2026, 11, 30)
    assert old.deadline_for(parse_period("2026-Q1")) == date(2026, 4, 15)
