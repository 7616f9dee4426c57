"""Month by month: visits, activities and club sessions of a period, and of a year earlier.

Each month's figure is the report's own indicator value for that month period
(:func:`desktop_app.services.reporting.period_values.indicator_values`), so a chart always agrees
with the report of that month: visits = TV04 + VH09 (library readers and people
coming to the culture houses), activities = TV08 + VH07, club sessions = VH05.
Last year's month is the report's "cùng kỳ năm trước": typed from the old paper
report when there is one, else the log when it covers the month, else empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.periods import Period
from desktop_app.domain.templates import Template
from desktop_app.services.reporting.period_facts import standing_facts
from desktop_app.services.reporting.period_values import indicator_values
from desktop_app.services.workspace import Workspace

# What each series adds up: the indicators of domain.md §4.
SERIES: dict[str, tuple[str, ...]] = {
    "visits": ("TV04", "VH09"),
    "activities": ("TV08", "VH07"),
    "sessions": ("VH05",),
}


class MonthlyCancelled(Exception):
    """The caller asked to stop between two months (the window is closing)."""


@dataclass(frozen=True)
class MonthFigures:
    """One month of the period: its number, dates and the three series (None: no figure)."""

    year: int
    month: int
    start: date
    end: date
    visits: int | None
    activities: int | None
    sessions: int | None


@dataclass(frozen=True)
class MonthlySeries:
    """The months of ``period`` (in its convention), this year's and a year earlier."""

    period: Period
    this_year: tuple[MonthFigures, ...]
    last_year: tuple[MonthFigures, ...]

    def total(self, series: str, *, last_year: bool = False) -> int:
        """The sum of a series over the months that have a figure."""
        months = self.last_year if last_year else self.this_year
        return sum(getattr(m, series) or 0 for m in months)


def _add(values: dict[str, float | None], codes: tuple[str, ...]) -> int | None:
    found = [values.get(code) for code in codes]
    if all(value is None for value in found):
        return None
    return int(sum(value or 0 for value in found))


def _figures(period: Period, values: dict[str, float | None] | None) -> MonthFigures:
    year, month = period.year, int(period.id[-2:])
    sums = {name: _add(values, codes) if values else None for name, codes in SERIES.items()}
    return MonthFigures(year, month, period.start, period.end, **sums)


def monthly_series(
    workspace: Workspace,
    period: Period,
    template: Template | None = None,
    until: date | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> MonthlySeries:
    """Every month of ``period``; this year's months that begin after ``until`` have no
    figure yet (last year's do).

    Raises:
        MonthlyCancelled: ``is_cancelled()`` said so between two months.
    """
    this_year: list[MonthFigures] = []
    last_year: list[MonthFigures] = []
    standing = standing_facts(workspace)  # once, not once a month
    for month_span in period.month_periods():
        if is_cancelled():
            raise MonthlyCancelled
        values = indicator_values(workspace, month_span, template, standing=standing)
        begun = until is None or month_span.start <= until
        this_year.append(_figures(month_span, values.current if begun else None))
        last_year.append(_figures(month_span.previous_year(), values.previous))
    return MonthlySeries(period, tuple(this_year), tuple(last_year))
