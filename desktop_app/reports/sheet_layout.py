"""The frame every form sheet shares: heading blocks, title, table header, notes, signatures, print.

A sheet is laid out as a Vietnamese statistical form (biểu mẫu thống kê):

- rows 1-3: the form code, the plan and "Ngày nhận báo cáo" on the left; the
  reporting and receiving units on the right;
- rows 5-8: the programme's title, the form's title, the period and its dates;
- rows 10-11: the table header and its numbering row (repeated on every printed
  page); the table starts at row 12 (:data:`FIRST_ROW`), under frozen panes;
- under the table: the notes, then "<place>, ngày ... tháng ... năm ..." and the
  two signature blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports.model import UnitReport
from desktop_app.reports.styles import (
    BODY,
    BOLD,
    BOX,
    CENTER,
    ITALIC,
    LEFT,
    SMALL_ITALIC,
    TITLE,
    TOP_LEFT,
    dmy,
    line_count,
    put_text,
    row_height,
)

PROGRAMME_TITLE = (
    "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH ĐẨY MẠNH CÁC HOẠT ĐỘNG PHỤC VỤ HỌC TẬP SUỐT ĐỜI "
    "TRONG THƯ VIỆN, BẢO TÀNG, TRUNG TÂM VĂN HÓA"
)
CONVENTION_TEXT = {
    "calendar": "theo năm dương lịch",
    "nd09": "theo Nghị định 09/2019/NĐ-CP",
}
CAPITALS = 0.65  # bold 13-point capitals take this share of ordinary text's line
HEADER_ROW = 10
NUMBERING_ROW = 11
FIRST_ROW = 12
SIGNATURE_SPACE = 4  # empty rows left for signatures and the seal


@dataclass(frozen=True)
class Layout:
    """Column widths of a sheet, and where its right-hand heading block starts (1-based)."""

    widths: tuple[float, ...]
    split: int

    @property
    def columns(self) -> int:
        return len(self.widths)

    def span(self, first: int, last: int) -> float:
        """The width of columns ``first`` to ``last`` (1-based, both included)."""
        return sum(self.widths[first - 1 : last])


def convention_text(convention: str) -> str:
    """How the sheet names the period convention ("theo năm dương lịch")."""
    return CONVENTION_TEXT.get(convention, convention)


_ADMINISTRATIVE_WORDS = ("Tỉnh ", "Thành phố ")


def reporting_unit(report: UnitReport) -> str:
    """ "Xã Hòa Phú, tỉnh Đắk Lắk": the administrative word in lower case inside a
    phrase, and the province never twice (an office's name already holds it)."""
    province = report.province_name
    bare = province
    for word in _ADMINISTRATIVE_WORDS:
        if province.startswith(word):
            bare = province[len(word) :]
            province = word.lower() + bare
            break
    if not province or bare.casefold() in report.unit_name.casefold():
        return report.unit_name
    return f"{report.unit_name}, {province}"


def dates_text(report: UnitReport) -> str:
    """ "Số liệu tính từ ngày dd/mm/yyyy đến ngày dd/mm/yyyy (theo ...)".

    A report made before its period ends says so: "... đến ngày <the day it was
    made> (kỳ báo cáo chưa kết thúc)" (domain.md §3).
    """
    convention = convention_text(report.period_convention)
    until = report.data_until
    if until is not None:
        return (
            f"Số liệu tính từ ngày {dmy(report.period_start)} đến ngày {dmy(until)} "
            f"(kỳ báo cáo chưa kết thúc), {convention}"
        )
    return (
        f"Số liệu tính từ ngày {dmy(report.period_start)} đến ngày {dmy(report.period_end)} "
        f"({convention})"
    )


def new_sheet(workbook: Workbook, name: str, layout: Layout) -> Worksheet:
    """A visible sheet with the layout's column widths.

    Raises:
        ValueError: a sheet named ``name`` exists already (openpyxl would rename the new one).
    """
    if name in workbook.sheetnames or name.startswith("_"):
        raise ValueError(f"two sheets share the name {name!r}, or it is reserved")
    sheet = workbook.create_sheet(name)
    for number, width in enumerate(layout.widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    return sheet


def _merged_text(
    sheet: Worksheet, row: int, first: int, last: int, text: str, font: Font, alignment: Alignment
) -> None:
    """Write ``text`` into columns ``first``..``last`` of ``row``, merged."""
    cell = put_text(sheet.cell(row, first), text)
    cell.font = font
    cell.alignment = alignment
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _two_blocks(
    sheet: Worksheet, row: int, layout: Layout, left: tuple[str, Font], right: tuple[str, Font]
) -> None:
    """One heading row: ``left`` over the left block, ``right`` over the right one."""
    n, split = layout.columns, layout.split
    lines = 1
    if left[0]:
        _merged_text(sheet, row, 1, split - 1, left[0], left[1], CENTER)
        lines = max(lines, line_count(left[0], layout.span(1, split - 1)))
    if right[0]:
        _merged_text(sheet, row, split, n, right[0], right[1], CENTER)
        lines = max(lines, line_count(right[0], layout.span(split, n)))
    sheet.row_dimensions[row].height = row_height(lines)


def write_heading(
    sheet: Worksheet, report: UnitReport, layout: Layout, code: str, title: str
) -> None:
    """Rows 1-8: the two heading blocks, the titles, the period and its dates."""
    n = layout.columns
    _two_blocks(
        sheet,
        1,
        layout,
        (code, BOLD),
        (f"Đơn vị báo cáo: {reporting_unit(report)}", BODY),
    )
    _two_blocks(
        sheet,
        2,
        layout,
        (report.plan, ITALIC),
        (f"Đơn vị nhận báo cáo: {report.receiving_office}", BODY),
    )
    _two_blocks(sheet, 3, layout, (f"Ngày nhận báo cáo: {report.due or '...'}", ITALIC), ("", BODY))
    full = layout.span(1, n)
    for row, text, font, factor in (
        (5, PROGRAMME_TITLE, TITLE, CAPITALS),
        (6, title, TITLE, CAPITALS),
        (7, report.period_label, BOLD, 1.0),
        (8, dates_text(report), ITALIC, 1.0),
    ):
        _merged_text(sheet, row, 1, n, text, font, CENTER)
        sheet.row_dimensions[row].height = row_height(line_count(text, full, factor), 13)


def write_table_header(
    sheet: Worksheet,
    layout: Layout,
    headers: Sequence[str],
    numbering: Sequence[str],
    row: int = HEADER_ROW,
) -> None:
    """Rows 10 and 11 (``row`` and the next): the column titles and their numbering."""
    lines = 1
    for column, (header, number) in enumerate(zip(headers, numbering, strict=True), start=1):
        top = put_text(sheet.cell(row, column), header)
        top.font, top.alignment, top.border = BOLD, CENTER, BOX
        below = put_text(sheet.cell(row + 1, column), number)
        below.font, below.alignment, below.border = SMALL_ITALIC, CENTER, BOX
        lines = max(lines, line_count(header, layout.widths[column - 1], 0.85))
    sheet.row_dimensions[row].height = row_height(lines)
    sheet.row_dimensions[row + 1].height = row_height(1, 11)


def write_notes(sheet: Worksheet, row: int, layout: Layout, notes: Sequence[str]) -> int:
    """The rules used, under the table, from ``row``; the next free row."""
    if not notes:
        return row
    n, full = layout.columns, layout.span(1, layout.columns)
    _merged_text(sheet, row, 1, n, "Ghi chú:", BOLD, LEFT)
    row += 1
    for note in notes:
        text = f"- {note}"
        _merged_text(sheet, row, 1, n, text, ITALIC, TOP_LEFT)
        sheet.row_dimensions[row].height = row_height(line_count(text, full))
        row += 1
    return row


def write_footer(sheet: Worksheet, row: int, report: UnitReport, layout: Layout) -> int:
    """ "<place>, ngày ... tháng ... năm ...", the two signature blocks; the next free row."""
    _two_blocks(
        sheet, row, layout, ("", BODY), (f"{report.place}, ngày ... tháng ... năm ...", ITALIC)
    )
    _two_blocks(sheet, row + 1, layout, ("Người lập biểu", BOLD), ("Thủ trưởng đơn vị", BOLD))
    _two_blocks(
        sheet, row + 2, layout, ("(Ký, họ tên)", ITALIC), ("(Ký, đóng dấu, họ tên)", ITALIC)
    )
    names = row + 3 + SIGNATURE_SPACE
    _two_blocks(sheet, names, layout, (report.preparer, BOLD), (report.head, BOLD))
    return names + 1


def set_print(
    sheet: Worksheet,
    title_rows: str = f"{HEADER_ROW}:{NUMBERING_ROW}",
    *,
    landscape: bool = False,
    first_row: int = FIRST_ROW,
) -> None:
    """A4, one page wide, header rows on every page, panes frozen above ``first_row``."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = (
        sheet.ORIENTATION_LANDSCAPE if landscape else sheet.ORIENTATION_PORTRAIT
    )
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.oddFooter.center.font = f"{BODY.name},Italic"
    sheet.oddFooter.center.size = 10
    if title_rows:
        sheet.print_title_rows = title_rows
        sheet.freeze_panes = sheet.cell(first_row, 1).coordinate
