"""The month table of a workbook read back, and month tables added up (pure).

A commune's workbook carries its months in ``BieuDo`` (``month_charts.py``),
outside the machine contract: an office adds them up for the consolidated
workbook's month charts, whose own table (``BieuDoThang``) says in its row 5 how
many units it adds up, so that a consolidated workbook can be added up again.
A table that is missing, edited into something else or implausible is simply
left out, never a reason to refuse the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from desktop_app.reports.model import (
    MONTH_COVERAGE_ROW,
    MONTH_HEADER_ROW,
    MONTH_HEADERS,
    MonthLine,
)

_MONTHS = {f"T{number}": number for number in range(1, 13)}  # the labels, as written
_MOST = 10**9  # a count above this is not a count
# row 5 of a consolidated workbook's month sheet (what ``coverage_text`` writes)
COVERAGE = "Số liệu theo tháng cộng từ bảng tháng của {counted}/{units} đơn vị được tính."
NO_MONTHS = (
    "Không có biểu đồ theo tháng: không tệp nào được tính có bảng số liệu theo tháng đúng mẫu."
)
_COVERAGE = re.compile(r"bảng tháng của (\d{1,6})/(\d{1,6}) đơn vị")
LAST_ROW = MONTH_HEADER_ROW + 12  # the header, then at most twelve months


class MonthFigures(NamedTuple):
    """One row of the table as read: the label and the four counts (None: empty)."""

    label: str
    visits: int | None
    visits_last_year: int | None
    activities: int | None
    sessions: int | None


def _count(value: Any) -> tuple[bool, int | None]:
    """(usable, value): an empty cell is usable as None; text or a fraction is not."""
    if type(value) is float and 0 <= value <= _MOST and value.is_integer():  # the usual case
        return True, int(value)
    if value is None or value == "":
        return True, None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False, None
    if not 0 <= value <= _MOST or value != int(value):  # NaN is neither: not a count
        return False, None
    return True, int(value)


@dataclass(frozen=True)
class MonthTable:
    """The months of one workbook and how many units they add up (a commune's own: 1)."""

    months: tuple[MonthFigures, ...]
    units: int


def coverage_text(counted: int, units: int) -> str:
    """Row 5 of a consolidated workbook's month sheet."""
    return COVERAGE.format(counted=counted, units=units)


def read_month_table(rows: Sequence[Sequence[Any]], rollup: bool) -> MonthTable | None:
    """The month table of a month sheet's grid (rows of cell values from A1), or None.

    A consolidated workbook's table counts only with the number of units of its
    row 5 (at least one).
    """
    months = read_month_rows(rows)
    if not months:
        return None
    if not rollup:
        return MonthTable(months, 1)
    line = rows[MONTH_COVERAGE_ROW - 1] if len(rows) >= MONTH_COVERAGE_ROW else ()
    found = _COVERAGE.search(str(line[0])) if line else None
    if found is None or not 0 < int(found.group(1)) <= int(found.group(2)):
        return None
    return MonthTable(months, int(found.group(1)))


def read_month_rows(rows: Sequence[Sequence[Any]]) -> tuple[MonthFigures, ...]:
    """The months of a ``BieuDo`` grid (rows of cell values from A1), or () when the sheet
    does not hold the table as written (header moved, a month out of order, text)."""
    header_index = MONTH_HEADER_ROW - 1
    if len(rows) <= header_index or not rows[header_index]:
        return ()
    if str(rows[header_index][0]).strip() != MONTH_HEADERS[0]:
        return ()
    found: list[MonthFigures] = []
    previous = 0
    for row in rows[header_index + 1 :]:
        label = str(row[0]).strip() if row else ""
        number = _MONTHS.get(label)
        if number is None:
            break  # the total row ends the table
        if number <= previous:  # in order, each month once
            return ()
        counts = []
        for column in range(1, 5):
            usable, value = _count(row[column] if column < len(row) else None)
            if not usable:
                return ()
            counts.append(value)
        found.append(MonthFigures(label, *counts))
        previous = number
    return tuple(found)


def add_up(tables: Sequence[Sequence[MonthFigures]]) -> tuple[MonthFigures, ...]:
    """The month-by-month sums of tables with the same months; () when they do not list
    the same months.

    This year's figures add up what the tables give (a month is empty only when
    every table left it empty); a month's last-year figure only when every table
    gives it, as column 1 of the forms.
    """
    if not tables:
        return ()
    labels = [m.label for m in tables[0]]
    if not labels or any([m.label for m in table] != labels for table in tables[1:]):
        return ()
    summed = []
    for index, label in enumerate(labels):
        values = []
        for name in ("visits", "visits_last_year", "activities", "sessions"):
            found = [v for table in tables if (v := getattr(table[index], name)) is not None]
            whole = len(found) == len(tables) or name != "visits_last_year"
            values.append(sum(found) if found and whole else None)
        summed.append(MonthFigures(label, *values))
    return tuple(summed)


def as_lines(months: Sequence[MonthFigures], spans: Sequence[MonthLine]) -> tuple[MonthLine, ...]:
    """Months read back, with the dates of the period's months (for the sheet's notes)."""
    by_label = {line.label: line for line in spans}
    return tuple(
        MonthLine(
            m.label,
            by_label[m.label].start,
            by_label[m.label].end,
            m.visits,
            m.visits_last_year,
            m.activities,
            m.sessions,
        )
        for m in months
        if m.label in by_label
    )
