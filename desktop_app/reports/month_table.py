"""The month table of a ``BieuDo`` sheet read back, and month tables added up (pure).

A commune's workbook carries its months (``month_charts.py``) outside the machine
contract: an office can add them up for the consolidated workbook's month charts,
but a table that is missing, edited into something else or implausible is simply
left out, never a reason to refuse the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.reports.model import MONTH_HEADER_ROW, MONTH_HEADERS, MonthLine

_LABEL = re.compile(r"^T(\d{1,2})$")
_MOST = 10**9  # a count above this is not a count


@dataclass(frozen=True)
class MonthFigures:
    """One row of the table as read: the label and the four counts (None: empty)."""

    label: str
    visits: int | None
    visits_last_year: int | None
    activities: int | None
    sessions: int | None


def _count(value: Any) -> tuple[bool, int | None]:
    """(usable, value): an empty cell is usable as None; text or a fraction is not."""
    if value is None or value == "":
        return True, None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False, None
    if value < 0 or value > _MOST or value != int(value):
        return False, None
    return True, int(value)


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
        match = _LABEL.match(label)
        if not match:
            break  # the total row ends the table
        number = int(match.group(1))
        if not previous < number <= 12:  # in order, each month once
            return ()
        cells = [row[column] if column < len(row) else None for column in range(1, 5)]
        counts = [_count(cell) for cell in cells]
        if not all(ok for ok, _value in counts):
            return ()
        found.append(MonthFigures(label, *(value for _ok, value in counts)))
        previous = number
    return tuple(found)


def add_up(tables: Sequence[Sequence[MonthFigures]]) -> tuple[MonthFigures, ...]:
    """The month-by-month sums of tables with the same months (a month is empty only when
    every table left it empty); () when the tables do not list the same months."""
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
            values.append(sum(found) if found else None)
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
