"""Reading a rollup's ``_units`` sheet: the units it counts, each with its figures and evidence.

A rollup is a bag of unit reports (domain.md §6): any grouping of the same units
gives the same totals, because the office counts units, not files. The sheet
is written by ``machine_sheets.write_units_sheet``; its layout is in ``contract``.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from python_calamine import CalamineWorkbook

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.contract import (
    CODE_PATTERN,
    PREVIOUS_SUFFIX,
    UNITS_HEADER,
    UNITS_SHEET,
)
from desktop_app.reports.problems import DAMAGED, Refused, problem
from desktop_app.reports.rollup_model import UNIT_FLAGS, UnitFigures

MAX_UNITS = 12_000  # the country has 3,321 communes
MAX_COLUMNS = 1_000


def read_units_sheet(workbook: CalamineWorkbook) -> tuple[UnitFigures, ...]:
    """The units of ``_units``, in order.

    Raises:
        Refused: a header that is not ours, a unit twice, a value that is not a number.
    """
    grid = workbook.get_sheet_by_name(UNITS_SHEET).to_python(
        skip_empty_area=False, nrows=MAX_UNITS + 1
    )
    if not grid:
        raise _broken("", "")
    header = [_text(cell).strip() for cell in grid[0][:MAX_COLUMNS]]
    if tuple(header[: len(UNITS_HEADER)]) != UNITS_HEADER:
        raise _broken("", "header")
    columns: list[tuple[int, str, bool]] = []  # (column, code, last year's?)
    for number, name in enumerate(header[len(UNITS_HEADER) :], start=len(UNITS_HEADER)):
        previous = name.endswith(PREVIOUS_SUFFIX)
        code = name[: -len(PREVIOUS_SUFFIX)] if previous else name
        if not name:
            continue
        if not CODE_PATTERN.match(code):
            raise _broken("", name[:40])
        columns.append((number, code, previous))
    units: list[UnitFigures] = []
    seen: set[str] = set()
    for line in grid[1:]:
        line = [*line, *([""] * (len(header) - len(line)))]
        code = _text(line[0]).strip()
        if not code:
            continue
        if code in seen or not code.isdigit():
            raise _broken(code[:12], "unit_code")
        seen.add(code)
        values: dict[str, float | None] = {}
        previous: dict[str, float | None] = {}
        for number, name, last_year in columns:
            figure = _number(line[number])
            if figure is False:
                raise _broken(code, name + (PREVIOUS_SUFFIX if last_year else ""))
            (previous if last_year else values)[name] = figure  # type: ignore[assignment]
        flags = tuple(flag for flag in _text(line[4]).replace(";", ",").split(",") if flag.strip())
        units.append(
            UnitFigures(
                code=code,
                name=_text(line[1]).strip(),
                values=values,
                previous=previous,
                generated_at=_when(line[2]),
                last_saved=_when(line[3]),
                flags=tuple(flag.strip() for flag in flags if flag.strip() in UNIT_FLAGS),
            )
        )
    return tuple(units)


def _number(cell: Any) -> float | bool | None:
    """A figure: a finite number, or None for an empty cell; False for anything else."""
    if type(cell) is float or (isinstance(cell, int) and not isinstance(cell, bool)):
        number = float(cell)
        return number if math.isfinite(number) else False
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    return False


def _when(cell: Any) -> datetime | None:
    text = _text(cell).strip()
    try:
        stamp = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return stamp if stamp is not None and stamp.tzinfo is not None else None


def _text(cell: Any) -> str:
    if type(cell) is str:
        return cell
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _broken(unit: str, column: str) -> Refused:
    return Refused(
        problem(
            DAMAGED,
            QT_TRANSLATE_NOOP(
                "Reports",
                "The hidden sheet \u201c_units\u201d is broken (unit {unit}, column {column}).",
            ),
            None,
            unit=unit,
            column=column,
        )
    )
