"""A workbook's month table, read along with its figures and never a reason to refuse it.

The reader hands python-calamine the month sheet in the same copy as the sheets
it needs, whole (cutting so small a part costs more than it saves), when the
part is small and passes the same checks as any other; else it leaves the
months out. A sheet python-calamine cannot read is simply no table
(``month_table`` says when one is as written).
"""

from __future__ import annotations

from python_calamine import CalamineWorkbook

from desktop_app.reports.model import MONTH_SHEET, ROLLUP_MONTH_SHEET
from desktop_app.reports.month_table import LAST_ROW, MonthTable, read_month_table
from desktop_app.reports.part_checks import Kept
from desktop_app.reports.problems import Refused, parser_failed
from desktop_app.reports.zip_guard import CheckedXlsx

MAX_MONTH_SHEET_BYTES = 256 * 1024  # a real one is a few kilobytes


def month_sheets(book: CheckedXlsx) -> set[str]:
    """The month sheets to read along (``BieuDo``, and ``BieuDoThang`` when there is one: the
    reader picks by the workbook's kind), each small and passing every check."""
    found = set()
    for name in (ROLLUP_MONTH_SHEET, MONTH_SHEET):
        parts = book.sheets.get(name)
        if not parts or sum(book.members[p].file_size for p in parts) > MAX_MONTH_SHEET_BYTES:
            continue
        try:
            for part in parts:
                book.part(part)  # inflated, its CRC and its cells checked (kept for the copy)
        except Refused:
            continue
        found.add(name)
    return found


def copy_with_months(
    book: CheckedXlsx, sheets: set[str], kept: dict[str, Kept]
) -> tuple[bytes, set[str]]:
    """``book.parser_copy(sheets, kept)`` with the whole month sheets too, and their names;
    without them (and no name) when they cannot come along.

    Raises:
        Refused: as ``parser_copy`` of ``sheets`` alone.
    """
    months = month_sheets(book)
    if months:
        whole = {name: cells for name, cells in kept.items() if name not in months}
        try:
            return book.parser_copy(sheets | months, whole), months
        except Refused:  # too much with them: the figures are read without them
            pass
    return book.parser_copy(sheets, kept), set()


def read_months(workbook: CalamineWorkbook, sheets: set[str], kind: str) -> MonthTable | None:
    """The month table of ``workbook`` (a commune's in ``BieuDo``, a consolidated workbook's in
    ``BieuDoThang``) when it came along in ``sheets``, or None; never raises for a bad sheet."""
    sheet = ROLLUP_MONTH_SHEET if kind == "rollup" else MONTH_SHEET
    if sheet not in sheets:
        return None
    try:
        rows = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False, nrows=LAST_ROW)
        return read_month_table(rows, rollup=kind == "rollup")
    except BaseException as exc:
        if not parser_failed(exc):
            raise
        return None
