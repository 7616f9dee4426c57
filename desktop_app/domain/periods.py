"""Reporting periods under the two conventions of domain.md §3.

``calendar`` (statistical reports): months, quarters, years as on the calendar.
``nd09`` (administrative reports, Nghị định 09/2019/NĐ-CP): a month runs from
the 15th of the previous month to the 14th; a year from 15/12 to 14/12.

Period ids: ``2026-N`` (year), ``2026-S1`` (6 months), ``2026-9T`` (9 months),
``2026-Q3`` (quarter), ``2026-M07`` (month).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

CONVENTIONS = ("calendar", "nd09")
_ID = re.compile(r"^(\d{4})-(N|S1|9T|Q[1-4]|M(0[1-9]|1[0-2]))$")


@dataclass(frozen=True)
class Period:
    """A period: its id, convention and first and last day (both included)."""

    id: str
    convention: str
    start: date
    end: date

    @property
    def year(self) -> int:
        """The year in the id."""
        return int(self.id[:4])

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls in the period."""
        return self.start <= day <= self.end

    def months(self) -> list[tuple[int, int]]:
        """The (year, month) of each month of the period, in its convention."""
        first = month_of(self.start, self.convention)
        last = month_of(self.end, self.convention)
        result = []
        year, month = first
        while (year, month) <= last:
            result.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result

    def month_periods(self) -> list[Period]:
        """Each month of the period as a period of its own, in its convention."""
        return [month_period(year, month, self.convention) for year, month in self.months()]

    def previous_year(self) -> Period:
        """The same period a year earlier ("cùng kỳ năm trước")."""
        return parse_period(f"{self.year - 1}{self.id[4:]}", self.convention)


def month_of(day: date, convention: str) -> tuple[int, int]:
    """The (year, month) a day counts in: under nd09, 15/06 already counts in July."""
    if convention == "nd09" and day.day >= 15:
        return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return day.year, day.month


def _calendar_month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def _span(year: int, first_month: int, last_month: int, convention: str) -> tuple[date, date]:
    """First and last day of the months first_month..last_month of ``year``."""
    if convention == "calendar":
        return date(year, first_month, 1), _calendar_month_end(year, last_month)
    start = date(year - 1, 12, 15) if first_month == 1 else date(year, first_month - 1, 15)
    return start, date(year, last_month, 14)


def parse_period(period_id: str, convention: str = "calendar") -> Period:
    """Turn a period id into its dates.

    Raises:
        UserError: an unknown id form or convention.
    """
    if convention not in CONVENTIONS:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "\u201c{convention}\u201d is not a period convention (calendar or nd09)."
            ),
            "convention",
            convention=convention,
        )
    match = _ID.match((period_id or "").strip())
    if not match:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "\u201c{id}\u201d is not a period; write 2026-N, 2026-S1, 2026-9T, 2026-Q3 "
                "or 2026-M07.",
            ),
            "period",
            id=period_id,
        )
    year, part = int(match.group(1)), match.group(2)
    if part == "N":
        months = (1, 12)
    elif part == "S1":
        months = (1, 6)
    elif part == "9T":
        months = (1, 9)
    elif part.startswith("Q"):
        quarter = int(part[1])
        months = (3 * quarter - 2, 3 * quarter)
    else:
        months = (int(part[1:]), int(part[1:]))
    start, end = _span(year, months[0], months[1], convention)
    return Period(f"{year}-{part}", convention, start, end)


def month_period(year: int, month: int, convention: str = "calendar") -> Period:
    """The month period ``year-Mmm``."""
    return parse_period(f"{year}-M{month:02d}", convention)


def year_period(year: int, convention: str = "calendar") -> Period:
    """The year period ``year-N``."""
    return parse_period(f"{year}-N", convention)
