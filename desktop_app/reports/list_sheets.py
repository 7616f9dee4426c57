"""Biểu 05 (the period's activities) and Biểu 06 (clubs): one row each, with a total row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports.model import ActivityLine, ClubLine, NamedDayLine, UnitReport
from desktop_app.reports.sheet_layout import (
    FIRST_ROW,
    HEADER_ROW,
    Layout,
    new_sheet,
    set_print,
    write_footer,
    write_heading,
    write_notes,
    write_table_header,
)
from desktop_app.reports.styles import (
    BOLD,
    CENTERED,
    CODE,
    COUNT,
    DAY,
    LEFT,
    NONE_NOTE,
    PERCENT,
    PERCENT_FORMAT,
    TEXT,
    TOTAL_COUNT,
    TOTAL_LABEL,
    line_count,
    put_date,
    put_number,
    put_text,
    row_height,
    set_style,
    table_cell,
)

ACTIVITIES_SHEET = "Bieu05"
CLUBS_SHEET = "Bieu06"

# (header, width, kind): kind "text", "code", "date", "count", "percent" or "yes"
Column = tuple[str, float, str]

ACTIVITY_COLUMNS: tuple[Column, ...] = (
    ("STT", 5, "count"),
    ("Từ ngày", 10.5, "date"),
    ("Đến ngày", 10.5, "date"),
    ("Thiết chế", 14, "text"),
    ("Loại hoạt động", 13, "text"),
    ("Tên hoạt động", 22, "text"),
    ("Đơn vị phối hợp", 14, "text"),
    ("Hình thức", 9, "text"),
    ("Phục vụ học tập suốt đời", 9, "yes"),
    ("Số người tham gia", 9, "count"),
    ("Trong đó: thiếu nhi", 8, "count"),
    ("Trong đó: người cao tuổi", 8, "count"),
    ("Trong đó: nữ", 8, "count"),
)
CLUB_COLUMNS: tuple[Column, ...] = (
    ("STT", 5, "count"),
    ("Mã", 8, "code"),
    ("Tên câu lạc bộ, lớp, nhóm", 22, "text"),
    ("Hình thức", 11, "text"),
    ("Lĩnh vực", 11, "text"),
    ("Thiết chế", 14, "text"),
    ("Số thành viên", 9, "count"),
    ("Trong đó: nữ", 8, "count"),
    ("Trong đó: thiếu nhi", 8, "count"),
    ("Trong đó: người cao tuổi", 8, "count"),
    ("Số buổi sinh hoạt", 9, "count"),
    ("Lượt người tham gia", 9, "count"),
    ("Đang hoạt động", 9, "yes"),
)


def _activity_values(n: int, a: ActivityLine) -> tuple[Any, ...]:
    return (
        n,
        a.start,
        a.end if a.end != a.start else None,
        a.facility,
        a.type,
        a.title,
        a.partners,
        a.mode,
        a.lifelong_learning,
        a.participants,
        a.children,
        a.elderly,
        a.women,
    )


def _club_values(n: int, c: ClubLine) -> tuple[Any, ...]:
    return (
        n,
        c.code,
        c.name,
        c.kind,
        c.field,
        c.facility,
        c.members,
        c.women,
        c.children,
        c.elderly,
        c.sessions,
        c.attendance,
        c.active,
    )


def form_code(report: UnitReport, number: str) -> str:
    """ "Biểu số 05/HTSĐ", with the suffix the template's forms use."""
    suffix = "HTSĐ"
    if report.forms and "/" in report.forms[0].code:
        suffix = report.forms[0].code.rsplit("/", 1)[1]
    return f"Biểu số {number}/{suffix}"


def write_activities(workbook: Workbook, report: UnitReport) -> Worksheet:
    """``Bieu05``: the named days of the plans (a short table), then the period's activities."""
    return list_sheet(
        workbook,
        report,
        ACTIVITIES_SHEET,
        form_code(report, "05"),
        "DANH SÁCH HOẠT ĐỘNG, SỰ KIỆN ĐÃ TỔ CHỨC TRONG KỲ",
        ACTIVITY_COLUMNS,
        [_activity_values(n, a) for n, a in enumerate(report.activities, 1)],
        "Không có hoạt động nào trong kỳ.",
        preamble=(lambda s, layout, row: write_named_days(s, layout, row, report.named_days))
        if report.named_days
        else None,
    )


NAMED_DAYS_TITLE = "I. HOẠT ĐỘNG HƯỞNG ỨNG CÁC NGÀY, TUẦN LỄ THEO KẾ HOẠCH"
LIST_TITLE = "II. DANH SÁCH HOẠT ĐỘNG, SỰ KIỆN"
# the opening table's columns, as spans of the list's columns: (header, first, last)
_NAMED_SPANS = (("STT", 1, 1), ("Ngày, tuần lễ", 2, 7), ("Số hoạt động", 8, 9),
                ("Số người tham gia", 10, 13))  # fmt: skip


def write_named_days(
    sheet: Worksheet, layout: Layout, row: int, days: Sequence[NamedDayLine]
) -> int:
    """Biểu 05's opening table from ``row``: each named day or week, its activities and
    participants; the row the activity list's header goes to."""
    _section(sheet, layout, row, NAMED_DAYS_TITLE)
    row += 1
    for header, first, last in _NAMED_SPANS:
        cell = table_cell(sheet, row, first, CENTERED)
        put_text(cell, header).font = BOLD
        _span(sheet, row, first, last, CENTERED)
    sheet.row_dimensions[row].height = row_height(2)
    for number, day in enumerate(days, 1):
        row += 1
        values = (number, day.name, day.activities, day.participants)
        for (_, first, last), value in zip(_NAMED_SPANS, values, strict=True):
            style = TEXT if isinstance(value, str) else COUNT
            if first == 1:
                style = CENTERED
            cell = table_cell(sheet, row, first, style)
            if isinstance(value, str):
                put_text(cell, value)
            else:
                put_number(cell, value)
            _span(sheet, row, first, last, style)
        sheet.row_dimensions[row].height = row_height(1)
    _section(sheet, layout, row + 2, LIST_TITLE)
    return row + 3


def _section(sheet: Worksheet, layout: Layout, row: int, text: str) -> None:
    cell = put_text(sheet.cell(row, 1), text)
    cell.font, cell.alignment = BOLD, LEFT
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=layout.columns)
    sheet.row_dimensions[row].height = row_height(1)


def _span(sheet: Worksheet, row: int, first: int, last: int, style: str) -> None:
    """Merge columns ``first``..``last`` of ``row``, every cell boxed alike."""
    for column in range(first + 1, last + 1):
        set_style(sheet.cell(row, column), style)
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def write_clubs(workbook: Workbook, report: UnitReport) -> Worksheet:
    """``Bieu06``: the clubs, with members, sessions and attendance in the period."""
    return list_sheet(
        workbook,
        report,
        CLUBS_SHEET,
        form_code(report, "06"),
        "DANH SÁCH CÂU LẠC BỘ, LỚP NĂNG KHIẾU, NHÓM SỞ THÍCH",
        CLUB_COLUMNS,
        [_club_values(n, c) for n, c in enumerate(report.clubs, 1)],
        "Không có câu lạc bộ, lớp năng khiếu, nhóm sở thích nào trong kỳ.",
    )


def list_sheet(
    workbook: Workbook,
    report: UnitReport,
    name: str,
    code: str,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[tuple[Any, ...]],
    empty: str,
    *,
    totals: Sequence[Any] | None = (),
    notes: Sequence[str] = (),
    landscape: bool = False,
    preamble: Callable[[Worksheet, Layout, int], int] | None = None,
) -> Worksheet:
    """A form sheet listing ``rows`` under ``columns``, with a total row, notes and signatures.

    ``totals`` are the total row's values (a value per column; ``None`` leaves
    a cell empty); empty means every count column but the first is summed here,
    and ``None`` means no total row. ``preamble`` writes rows from row 10 above the
    list's table (Biểu 05's named days) and returns the row the table's header goes to.
    """
    widths = tuple(width for _, width, _ in columns)
    layout = Layout(widths=widths, split=_half_way(widths))
    sheet = new_sheet(workbook, name, layout)
    write_heading(sheet, report, layout, code, title)
    header_row = preamble(sheet, layout, HEADER_ROW) if preamble else HEADER_ROW
    numbering = [str(n) for n in range(1, len(columns) + 1)]
    headers = [header for header, _, _ in columns]
    write_table_header(sheet, layout, headers, numbering, header_row)
    row = first_row = header_row + FIRST_ROW - HEADER_ROW
    writers = [
        (column, width, kind, *_WRITERS[kind]) for column, (_, width, kind) in enumerate(columns, 1)
    ]
    for values in rows:
        lines = 1
        for (column, width, kind, style, put), value in zip(writers, values, strict=True):
            put(table_cell(sheet, row, column, style), value)
            if kind == "text" and value:
                lines = max(lines, line_count(str(value), width))
        sheet.row_dimensions[row].height = row_height(lines)
        row += 1
    if not rows:
        for column in range(1, len(columns) + 1):
            set_style(sheet.cell(row, column), NONE_NOTE)
        put_text(sheet.cell(row, 1), empty)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(columns))
        row += 1
    elif totals is not None:
        row = _total_row(sheet, row, columns, rows, totals)
    row = write_notes(sheet, row + 1, layout, notes) if notes else row
    write_footer(sheet, row + 1, report, layout)
    title_rows = f"{header_row}:{header_row + 1}"
    set_print(sheet, title_rows, landscape=landscape, first_row=first_row)
    return sheet


def _half_way(widths: Sequence[float]) -> int:
    """The column where the right-hand heading block starts: nearest half the sheet's width."""
    half = sum(widths) / 2
    lefts = [sum(widths[: n - 1]) for n in range(2, len(widths) + 1)]
    return 2 + min(range(len(lefts)), key=lambda i: abs(lefts[i] - half))


def _total_row(
    sheet: Worksheet,
    row: int,
    columns: Sequence[Column],
    rows: Sequence[tuple[Any, ...]],
    given: Sequence[Any],
) -> int:
    """ "Tổng cộng": ``given``, or the sum of every count column except STT (no formula)."""
    numbers = [n for n, (_, _, kind) in enumerate(columns, start=1) if kind in _NUMBERS and n > 1]
    label_end = (numbers[0] if numbers else len(columns) + 1) - 1
    for column in range(1, len(columns) + 1):
        set_style(sheet.cell(row, column), TOTAL_COUNT if column in numbers else TOTAL_LABEL)
        if column not in numbers:
            continue
        if given:
            total = given[column - 1]
        else:
            total = sum(float(values[column - 1] or 0) for values in rows)
        put_number(sheet.cell(row, column), total)
        if columns[column - 1][2] == "percent":
            sheet.cell(row, column).number_format = PERCENT_FORMAT
    put_text(sheet.cell(row, 1), "Tổng cộng")
    if label_end > 1:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=label_end)
    sheet.row_dimensions[row].height = row_height(1)
    return row + 1


def _code(cell: Cell, value: Any) -> None:
    put_text(cell, value, as_code=True)


def _yes(cell: Cell, value: Any) -> None:
    put_text(cell, "Có" if value else "Không")


# each kind of column: the named style of its cells, and how a value is written
_WRITERS: dict[str, tuple[str, Callable[[Cell, Any], object]]] = {
    "text": (TEXT, put_text),
    "code": (CODE, _code),
    "date": (DAY, put_date),
    "count": (COUNT, put_number),
    "percent": (PERCENT, put_number),
    "yes": (CENTERED, _yes),
}
_NUMBERS = ("count", "percent")
