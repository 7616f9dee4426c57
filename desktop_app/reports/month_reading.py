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


def month_sheet(book: CheckedXlsx) -> str:
    """The month sheet to read along (a consolidated workbook's, when there is one); "" when
    there is none, or its part is too large or fails a check."""
    name = next((s for s in (ROLLUP_MONTH_SHEET, MONTH_SHEET) if book.sheets.get(s)), "")
    if not name:
        return ""
    parts = book.sheets[name]
    if sum(book.members[part].file_size for part in parts) > MAX_MONTH_SHEET_BYTES:
        return ""
    try:
        for part in parts:
            book.part(part)  # inflated, its CRC and its cells checked (kept for the copy)
    except Refused:
        return ""
    return name


def copy_with_months(
    book: CheckedXlsx, sheets: set[str], kept: dict[str, Kept]
) -> tuple[bytes, str]:
    """``book.parser_copy(sheets, kept)`` with the whole month sheet too, and that sheet's
    name; without it (and "") when it cannot come along.

    Raises:
        Refused: as ``parser_copy`` of ``sheets`` alone.
    """
    sheet = month_sheet(book)
    if sheet:
        whole = {name: cells for name, cells in kept.items() if name != sheet}
        try:
            return book.parser_copy(sheets | {sheet}, whole), sheet
        except Refused:  # too much with it: the figures are read without it
            pass
    return book.parser_copy(sheets, kept), ""


def read_months(workbook: CalamineWorkbook, sheet: str, kind: str) -> MonthTable | None:
    """The month table of ``sheet`` in ``workbook`` (a commune's in ``BieuDo``, a consolidated
    workbook's in ``BieuDoThang``), or None."""
    if not sheet or (sheet == ROLLUP_MONTH_SHEET) != (kind == "rollup"):
        return None
    try:
        rows = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False, nrows=LAST_ROW)
    except BaseException as exc:
        if not parser_failed(exc):
            raise
        return None
    return read_month_table(rows, rollup=kind == "rollup")
