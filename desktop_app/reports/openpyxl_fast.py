"""The only module that touches openpyxl's private API, and why.

openpyxl's public way to fill a cell (``sheet.cell(row, column)``, ``cell.value = x``,
``cell.style = name``) looks the value's type up, checks the text again and resolves the
named style on every call. A consolidated workbook has tens of thousands of cells, and
those lookups were most of the time spent writing it. Going underneath them, with the
exact objects openpyxl would have stored, keeps the workbooks byte-for-byte the same and
the figures below inside their targets:

- ``benchmarks/report.py`` (a commune's year, 10 years of data): writing the workbook
  110 ms, indicators and workbook together 170 ms (target at most 1 s);
- ``benchmarks/aggregate.py --pandas-runs 0 --runs 5 --national-runs 1`` (300 commune
  workbooks): writing the consolidated workbook 276 ms, 0.92 ms a file; the whole
  aggregation 833 ms (target at most 2 s).

What is used, all of openpyxl 3.1 (``pyproject.toml`` pins ``openpyxl>=3.1.5,<3.2``):
``Cell._style`` (the cell's ``StyleArray``), ``Cell._value`` (the stored value that
``cell.value`` sets after its type lookup), ``Worksheet._cells`` (the ``(row, column) ->
Cell`` dictionary) and ``Worksheet._add_cell``. ``tests/reports/test_openpyxl_fast.py``
fails, naming the attribute, when an openpyxl release changes any of them: then either
adapt this module or go back to the public calls (slower, same workbooks).

Also here: Python's cyclic garbage collector paused while a big workbook is built (it
walked the workbook's objects again and again, a sixth of the time of writing a
consolidated workbook), and the sheets' cells let go after saving without it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

# What this module relies on, checked by tests/reports/test_openpyxl_fast.py.
CELL_SLOTS = ("_style", "_value")
SHEET_ATTRIBUTES = ("_cells", "_add_cell")


def style_array(cell: Cell) -> StyleArray:
    """A copy of ``cell``'s style array (its font, border, fill... ids)."""
    return copy(cell._style)


def give_style_array(cell: Cell, found: StyleArray) -> None:
    """Give ``cell`` a copy of the style array ``found`` (what ``cell.style = name`` does)."""
    cell._style = copy(found)


def has_cell(sheet: Worksheet, row: int, column: int) -> bool:
    """Whether the cell at ``row``, ``column`` exists already (``sheet.cell`` would make it)."""
    return (row, column) in sheet._cells


def new_cell(sheet: Worksheet, row: int, column: int, found: StyleArray) -> Cell:
    """A new cell at ``row``, ``column`` with a copy of the style array ``found``, in ``sheet``.

    The same cell ``sheet.cell(row, column)`` followed by a style would make.
    """
    cell = Cell(sheet, row=row, column=column, style_array=found)  # copies the array
    sheet._add_cell(cell)
    return cell


def store_text(cell: Cell, text: str) -> None:
    """Store ``text`` as a string (what ``cell.value = text`` does, for text already clean)."""
    cell._value = text
    cell.data_type = "s"


def store_number(cell: Cell, number: int | float) -> None:
    """Store ``number`` (what ``cell.value = number`` does, without its type lookup)."""
    cell._value = number
    cell.data_type = "n"


def release_cells(workbook: Workbook) -> None:
    """Let every sheet's cells go (after saving) without waiting for the collector.

    A cell refers to its sheet and the sheet to its cells: a cycle that only the
    collector would free.
    """
    for sheet in workbook.worksheets:
        sheet._cells.clear()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused, and resumed after (unless it was off already).

    The workbook is tens of thousands of objects that live until it is saved;
    while they are made, each batch sets off a collection that walks through
    every object of the program. Whatever cycles are left behind are collected
    once the collector is resumed.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
