"""One A4 page of a plan's targets, for the office's approval file (issue 20).

A pure function from a template to xlsx bytes: the plan, its period convention and
deadlines, then one row per target with its value at each milestone year (a range
stays a range), where it is judged and on which reports. Printed in Vietnamese,
like the other workbooks.
"""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook
from openpyxl.worksheet.page import PageMargins

from desktop_app.domain.deadlines import DEFAULTS, KINDS
from desktop_app.domain.templates import Target, Template
from desktop_app.reports.styles import BODY, BOLD, BOX, CENTER, ITALIC, LEFT, TITLE, put_text

KIND_WORDS = {
    "month": "Báo cáo tháng",
    "quarter": "Báo cáo quý",
    "6_months": "Báo cáo 6 tháng",
    "9_months": "Báo cáo 9 tháng",
    "year": "Báo cáo năm",
}
CONVENTION_WORDS = {
    "calendar": "theo năm dương lịch (tháng, quý, năm từ 01/01 đến 31/12)",
    "nd09": "theo Nghị định 09/2019/NĐ-CP (từ ngày 15 kỳ trước đến ngày 14)",
}
TARGET_KIND_WORDS = {"share": "Tỷ lệ", "growth": "Tăng bình quân", "amount": "Số lượng"}
LEVEL_WORDS = {"commune": "Xã và tỉnh", "rollup": "Chỉ cấp tỉnh"}
HEADINGS = ("TT", "Chỉ tiêu", "Cách tính", "Cấp đánh giá", "Kỳ báo cáo")
WIDTHS = (5, 42, 13, 12, 14)


def _number(value: float) -> str:
    text = f"{int(value)}" if float(value).is_integer() else f"{value:g}"
    return text.replace(".", ",")


def milestone(target: Target, year: int) -> str:
    """A target's value for ``year`` as printed: "40%", "10-15%", "15.000"; "" if none."""
    if year not in target.by_year:
        return ""
    low, high = target.by_year[year], target.upper_by_year.get(year)
    value = _number(low) if high is None else f"{_number(low)}-{_number(high)}"
    return value if target.kind == "amount" else f"{value}%"


def deadline_words(template: Template, kind: str) -> str:
    """The deadline of a period kind in Vietnamese, the default rule included."""
    rule = (
        template.deadlines[kind]
        if kind in template.deadlines
        else DEFAULTS[template.period_convention][kind]
    )
    if rule is None:
        return "không có hạn"
    if rule.startswith("+"):
        return f"{rule[1:]} ngày sau khi hết kỳ"
    if "-" in rule:
        month, day = rule.split("-")
        return f"trước ngày {day}/{month}"
    return f"trước ngày {int(rule):02d} của tháng cuối kỳ"


def _periods(target: Target) -> str:
    if not target.periods:
        return "Mọi kỳ"
    return ", ".join(KIND_WORDS[p].removeprefix("Báo cáo ") for p in target.periods)


def targets_summary_workbook(template: Template, printed_on: date) -> bytes:
    """The plan's targets on one A4 portrait page, as xlsx bytes."""
    years = sorted({year for t in template.targets for year in t.by_year})
    columns = len(HEADINGS) + len(years)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "ChiTieu"
    last = chr(ord("A") + columns - 1)
    row = 1
    for text, font in (
        ("CHỈ TIÊU CỦA KẾ HOẠCH", TITLE),
        (template.name, BOLD),
        (template.plan, ITALIC),
    ):
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = put_text(sheet.cell(row, 1), text)
        cell.font, cell.alignment = font, CENTER
        sheet.row_dimensions[row].height = 33 if row > 1 else 20
        row += 1
    scope = (
        f"toàn tỉnh (mã {', '.join(template.province_codes)})"
        if template.scope_communes is None
        else f"{len(template.scope_communes)} xã, phường của tỉnh (mã "
        f"{', '.join(template.province_codes)})"
    )
    facts = [
        f"Mẫu báo cáo: {template.id}, phiên bản {template.version}"
        + (f", do {template.issuer} ban hành" if template.issuer else ""),
        f"Phạm vi áp dụng: {scope}",
        f"Kỳ báo cáo: {CONVENTION_WORDS[template.period_convention]}",
        "Hạn nộp: "
        + "; ".join(f"{KIND_WORDS[k].lower()} {deadline_words(template, k)}" for k in KINDS),
    ]
    for text in facts:
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = put_text(sheet.cell(row, 1), text)
        cell.font, cell.alignment = BODY, LEFT
        sheet.row_dimensions[row].height = 33 if len(text) > 90 else 17
        row += 1
    row += 1
    headings = [*HEADINGS[:2], *(f"Năm {y}" for y in years), *HEADINGS[2:]]
    for column, text in enumerate(headings, start=1):
        cell = put_text(sheet.cell(row, column), text)
        cell.font, cell.alignment, cell.border = BOLD, CENTER, BOX
    row += 1
    for number, target in enumerate(template.targets, start=1):
        values = [
            str(number),
            target.label,
            *(milestone(target, y) for y in years),
            TARGET_KIND_WORDS[target.kind],
            LEVEL_WORDS[target.level],
            _periods(target),
        ]
        for column, text in enumerate(values, start=1):
            cell = put_text(sheet.cell(row, column), text)
            cell.font, cell.border = BODY, BOX
            cell.alignment = LEFT if column == 2 else CENTER
        sheet.row_dimensions[row].height = 17 * max(1, -(-len(target.label) // 45))
        row += 1
    row += 1
    sheet.merge_cells(f"A{row}:{last}{row}")
    cell = put_text(sheet.cell(row, 1), f"In ngày {printed_on:%d/%m/%Y} từ chương trình HTSD.")
    cell.font, cell.alignment = ITALIC, LEFT
    row += 2  # who signs it for the approval file
    half = 2 + len(years)  # the signature of the head over the columns after it
    for first, last_column, title in (
        (1, half, "NGƯỜI LẬP"),
        (half + 1, columns, "THỦ TRƯỞNG CƠ QUAN"),
    ):
        for offset, text in enumerate((title, "(Ký, ghi rõ họ tên)")):
            sheet.merge_cells(
                start_row=row + offset,
                start_column=first,
                end_row=row + offset,
                end_column=last_column,
            )
            cell = put_text(sheet.cell(row + offset, first), text)
            cell.font = BOLD if offset == 0 else ITALIC
            cell.alignment = CENTER
    row += 5  # room to sign
    widths = [*WIDTHS[:2], *([10] * len(years)), *WIDTHS[2:]]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[chr(ord("A") + column - 1)].width = width
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = PageMargins(left=0.6, right=0.5, top=0.6, bottom=0.6)
    sheet.print_area = f"A1:{last}{row}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
