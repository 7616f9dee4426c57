"""Fonts, borders and cell writers of the report workbooks (Times New Roman, thin borders).

Every text that may come from a user (unit names, titles, partners, notes, club
names) goes through :func:`put_text`, which never lets it become a formula.
"""

from __future__ import annotations

import math
from datetime import date

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports.openpyxl_fast import (
    give_style_array,
    has_cell,
    new_cell,
    store_number,
    store_text,
    style_array,
)

FONT_NAME = "Times New Roman"
BODY = Font(name=FONT_NAME, size=12)
BOLD = Font(name=FONT_NAME, size=12, bold=True)
ITALIC = Font(name=FONT_NAME, size=12, italic=True)
TITLE = Font(name=FONT_NAME, size=13, bold=True)
SMALL_ITALIC = Font(name=FONT_NAME, size=11, italic=True)

_THIN = Side(style="thin", color="000000")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
NUMBER = Alignment(horizontal="right", vertical="center")


def indented(level: int) -> Alignment:
    """Left-aligned, wrapped, indented ``level`` steps (a "Trong đó" row)."""
    return Alignment(horizontal="left", vertical="center", wrap_text=True, indent=level)


COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0"
DATE_FORMAT = "dd/mm/yyyy"
TEXT_FORMAT = "@"

# Table cells take one of these named styles (font, thin box, alignment, number
# format) in one assignment: much faster than setting each part on every cell.
TEXT = "htsd-text"
PART = "htsd-part"
CENTERED = "htsd-center"
CODE = "htsd-code"
COUNT = "htsd-count"
PERCENT = "htsd-percent"
DAY = "htsd-date"
TOTAL_LABEL = "htsd-total-label"
TOTAL_COUNT = "htsd-total-count"
NONE_NOTE = "htsd-none"
_TABLE_STYLES: dict[str, tuple[Font, Alignment, str]] = {
    TEXT: (BODY, LEFT, "General"),
    PART: (BODY, indented(2), "General"),
    CENTERED: (BODY, CENTER, "General"),
    CODE: (BODY, CENTER, TEXT_FORMAT),
    COUNT: (BODY, NUMBER, COUNT_FORMAT),
    PERCENT: (BODY, NUMBER, PERCENT_FORMAT),
    DAY: (BODY, CENTER, DATE_FORMAT),
    TOTAL_LABEL: (BOLD, CENTER, "General"),
    TOTAL_COUNT: (BOLD, NUMBER, COUNT_FORMAT),
    NONE_NOTE: (ITALIC, CENTER, "General"),
}


def add_table_styles(workbook: Workbook) -> None:
    """Register the named styles of table cells in ``workbook``."""
    for name, (font, alignment, number_format) in _TABLE_STYLES.items():
        style = NamedStyle(name=name, font=font, alignment=alignment, border=BOX)
        style.number_format = number_format
        workbook.add_named_style(style)


_STYLE_CACHE = "_htsd_style_arrays"


def _style_arrays(workbook: Workbook) -> dict[str, StyleArray]:
    cache: dict[str, StyleArray] | None = getattr(workbook, _STYLE_CACHE, None)
    if cache is None:
        cache = {}
        setattr(workbook, _STYLE_CACHE, cache)
    return cache


def set_style(cell: Cell, name: str) -> Cell:
    """Give ``cell`` the named table style ``name``.

    The first cell of each style goes through openpyxl's named-style lookup;
    later ones copy its style array, which is many times faster on the
    thousands of cells of a consolidated workbook.
    """
    cache = _style_arrays(cell.parent.parent)
    found = cache.get(name)
    if found is None:
        cell.style = name
        cache[name] = style_array(cell)
    else:
        give_style_array(cell, found)
    return cell


def table_cell(sheet: Worksheet, row: int, column: int, name: str) -> Cell:
    """The cell at ``row``, ``column`` of ``sheet``, given the named table style ``name``.

    A new cell is made straight with the style's array (what :func:`set_style`
    copies) rather than through ``sheet.cell``: the same cell, in a third of the
    time, for the tens of thousands of cells of a consolidated workbook.
    """
    found = _style_arrays(sheet.parent).get(name)
    if found is None or has_cell(sheet, row, column):
        return set_style(sheet.cell(row, column), name)
    return new_cell(sheet, row, column, found)


_FORMULA_STARTS = ("=", "+", "-", "@")
_MAX_TEXT = 32_767


def clean_text(text: object) -> str:
    """``text`` as a string a cell can hold: no control characters, at most 32,767 characters."""
    value = ILLEGAL_CHARACTERS_RE.sub("", str(text))
    return value[:_MAX_TEXT]


def put_text(cell: Cell, text: object, *, as_code: bool = False) -> Cell:
    """Write ``text`` as a string, never as a formula.

    openpyxl turns a string starting with "=" into a formula; here the cell type
    is forced back to a string. Text starting with =, +, - or @ also gets the
    "quote prefix" style, so Excel and LibreOffice keep it as text even when
    the cell is edited. ``as_code`` formats the cell as text ("@"), so that a
    code such as "07627" keeps its leading zero when retyped.
    """
    if text is None:
        return cell
    value = clean_text(text)
    store_text(cell, value)  # the text is already clean
    if value.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True
    if as_code:
        cell.number_format = TEXT_FORMAT
    return cell


def plain_number(value: float | None) -> int | float | None:
    """A whole float as an int (``5.0`` -> ``5``); NaN, infinities and booleans as ``None``."""
    if value is None or isinstance(value, bool):
        return None
    number = float(value)
    if not math.isfinite(number):
        return None
    return int(number) if number.is_integer() else number


def put_number(cell: Cell, value: float | None, number_format: str | None = None) -> Cell:
    """Write a number (left empty when ``value`` is None), with ``number_format`` if given."""
    number = plain_number(value)
    if number is not None:
        store_number(cell, number)
    if number_format is not None:
        cell.number_format = number_format
    return cell


def put_date(cell: Cell, value: date | None) -> Cell:
    """Write a date (its cell shows it dd/mm/yyyy with the :data:`DAY` style)."""
    if value is not None:
        cell.value = value
    return cell


def dmy(value: date) -> str:
    """dd/mm/yyyy, as printed on Vietnamese forms."""
    return value.strftime("%d/%m/%Y")


def line_count(text: str, width: float, factor: float = 1.0) -> int:
    """How many printed lines ``text`` takes in a column ``width`` wide (an estimate).

    ``factor`` < 1 for bold capitals, which are wider than ordinary text.
    """
    capacity = max(1, int(width * 1.2 * factor))
    lines = 0
    for paragraph in str(text).split("\n"):
        used = 0
        lines += 1
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size > capacity:
                lines += 1 + (size - 1) // capacity
                used = size % capacity or capacity
            elif not used and size > capacity:
                lines += (size - 1) // capacity
                used = size % capacity or capacity
            else:
                used += (1 if used else 0) + size
    return max(lines, 1)


def row_height(lines: int, points: float = 12) -> float:
    """A row height (points) fitting ``lines`` lines of ``points``-point text."""
    return round(lines * points * 1.3 + 3, 1)
