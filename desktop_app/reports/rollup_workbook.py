"""The consolidated workbook: a pure function from :class:`RollupReport` to xlsx bytes.

Visible sheets: ``TomTat`` first (how many communes reported, the missing ones by
name), Biểu 01 to 04 with the province's totals (the same form and
cells as a unit's report, so a rollup can be aggregated again), the per-unit
tables ``DonVi01``-``DonVi04`` with a total row, ``ChiTieu`` (the plan's
targets), ``DayDu`` (which communes reported), ``TepNhan`` (every file
received), ``BieuDo`` (visits by unit, a chart), ``BieuDoThang`` (the month
table and charts of the commune workbooks, added up) and ``GhiChu``, each chart
only where the template asks for it. Hidden ``_meta`` (kind ``rollup``,
``units_included``) and ``_data`` as in §6.
"""

from __future__ import annotations

import io
from itertools import zip_longest

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.indicators import PERCENTAGES
from desktop_app.reports.contract import DataRow
from desktop_app.reports.list_sheets import Column, list_sheet
from desktop_app.reports.machine_sheets import write_machine_sheets, write_units_sheet
from desktop_app.reports.model import ROLLUP_MONTH_SHEET, VISITS_BY_UNIT
from desktop_app.reports.month_charts import write_month_charts
from desktop_app.reports.month_table import NO_MONTHS, coverage_text
from desktop_app.reports.openpyxl_fast import collector_paused, release_cells
from desktop_app.reports.rollup_model import RollupReport
from desktop_app.reports.sheet_layout import (
    FIRST_ROW,
    Layout,
    new_sheet,
    set_print,
    write_footer,
    write_heading,
)
from desktop_app.reports.styles import (
    BODY,
    BOLD,
    ITALIC,
    TITLE,
    TOP_LEFT,
    line_count,
    plain_number,
    put_text,
    row_height,
)
from desktop_app.reports.unit_workbook import form_sheet, new_workbook, notes_sheet, unit_meta

KIND = "rollup"
SUMMARY_SHEET = "TomTat"
UNITS_SHEET = "DonVi{number}"
TARGETS_SHEET = "ChiTieu"
COMPLETENESS_SHEET = "DayDu"
FILES_SHEET = "TepNhan"
CHART_SHEET = "BieuDo"
TEXTS_SHEET = "ThuyetMinhXa"  # each unit's own words, gathered (domain.md §7)
CHART_CODE = "TV04"  # the chart shows reader visits by unit
NAME_COLUMN = 3  # the per-unit tables: STT, Mã, Đơn vị, then the indicators

TARGET_COLUMNS: tuple[Column, ...] = (
    ("STT", 5, "count"),
    ("Chỉ tiêu", 34, "text"),
    ("Mốc năm", 8, "code"),
    ("Chỉ tiêu kế hoạch", 10, "text"),
    ("Cách tính", 12, "text"),
    ("Tử số", 11, "count"),
    ("Mẫu số", 11, "count"),
    ("Kết quả", 10, "percent"),
    ("Đánh giá", 11, "text"),
)
COMMUNE_COLUMNS: tuple[Column, ...] = (
    ("STT", 5, "count"),
    ("Mã xã", 8, "code"),
    ("Tên xã, phường", 22, "text"),
    ("Tình trạng", 15, "text"),
    ("Tệp đã nhận", 24, "text"),
    ("Ghi chú", 36, "text"),
)
FILE_COLUMNS: tuple[Column, ...] = (
    ("STT", 5, "count"),
    ("Tệp", 26, "text"),
    ("Kết quả kiểm tra", 13, "text"),
    ("Đơn vị", 22, "text"),
    ("Lập lúc", 11, "text"),
    ("Ghi chú", 40, "text"),
)
ROLLUP_NOTE = (
    "Số liệu cột 2 các biểu là tổng số liệu của các tệp được tính (sheet TepNhan); mỗi xã chỉ "
    "được tính một lần. Tỷ lệ tăng, giảm (TV10, BT05) được tính lại từ tổng số của các đơn vị "
    "có số liệu cùng kỳ, không cộng các tỷ lệ."
)
MONTH_NOTES = (
    "Số liệu mỗi tháng là tổng bảng số liệu theo tháng của các báo cáo được tính (sheet BieuDo "
    "của báo cáo xã, BieuDoThang của báo cáo tổng hợp): lượt bạn đọc và người đến = TV04 + VH09; "
    "hoạt động = TV08 + VH07; buổi sinh hoạt câu lạc bộ = VH05.",
    "Báo cáo không có bảng tháng, hoặc có bảng bị sửa khác mẫu, không được cộng vào bảng này "
    "nhưng vẫn được tính ở các biểu số liệu, nên tổng bảng này có thể nhỏ hơn số liệu Biểu 01, 02.",
    "Cùng kỳ năm trước của một tháng chỉ ghi khi mọi báo cáo được cộng đều có số liệu tháng đó.",
    "Ô để trống: tháng chưa đến hoặc không có số liệu (khác với số 0).",
)


def write_rollup_workbook(report: RollupReport) -> bytes:
    """The consolidated workbook, as xlsx bytes.

    Raises:
        ValueError: a bug in the caller (a naive ``generated_at``, a bad code).
    """
    with collector_paused():
        return _write(report)


def _write(report: RollupReport) -> bytes:
    header = report.header
    workbook = new_workbook(header)

    rows: list[DataRow] = []
    for form in header.forms:
        rows.extend(form_sheet(workbook, header, form))
    for form in header.forms:
        _units_sheet(workbook, report, form.number, [line.code for line in form.lines])
    _targets_sheet(workbook, report)
    _completeness_sheet(workbook, report)
    _files_sheet(workbook, report)
    _texts_sheet(workbook, report)
    _summary_sheet(workbook, report)
    if VISITS_BY_UNIT in header.charts and any(form.number == "01" for form in header.forms):
        _chart_sheet(workbook, report)
    write_month_charts(
        workbook,
        header,
        sheet_name=ROLLUP_MONTH_SHEET,
        coverage=(
            coverage_text(report.month_units, len(report.units_included))
            if header.months
            else NO_MONTHS
        ),
        notes=MONTH_NOTES,
    )
    notes_sheet(workbook, header, [("Cách tổng hợp:", ROLLUP_NOTE)])
    meta = unit_meta(header) | {"kind": KIND, "units_included": ",".join(report.units_included)}
    write_machine_sheets(workbook, meta, rows)
    write_units_sheet(workbook, report.unit_figures, [row.code for row in rows])
    workbook.active = 0
    out = io.BytesIO()
    workbook.save(out)
    release_cells(workbook)
    return out.getvalue()


def _units_sheet(workbook: Workbook, report: RollupReport, number: str, codes: list[str]) -> None:
    header = report.header
    columns: list[Column] = [("STT", 5, "count"), ("Mã", 7, "code"), ("Đơn vị", 20, "text")]
    for code in codes:
        percent = code in PERCENTAGES
        columns.append((code, 8 if len(codes) > 12 else 9, "percent" if percent else "count"))
    columns.append(("Ghi chú", 12, "text"))
    rows = [
        (n, unit.code, unit.name, *(unit.values.get(code) for code in codes), unit.remark)
        for n, unit in enumerate(report.units, start=1)
    ]
    totals = [None, None, None, *(plain_number(header.values.get(c)) for c in codes), None]
    title = next(f.title for f in header.forms if f.number == number)
    legend = "; ".join(
        f"{line.code}: {line.label}" for f in header.forms if f.number == number for line in f.lines
    )
    list_sheet(
        workbook,
        header,
        UNITS_SHEET.format(number=number),
        f"Biểu số {number}/TH",
        f"{title} - SỐ LIỆU THEO TỪNG ĐƠN VỊ",
        columns,
        rows,
        "Không có đơn vị nào được tính.",
        totals=totals,
        notes=(f"Mã số: {legend}.",),
        landscape=True,
    )


def _targets_sheet(workbook: Workbook, report: RollupReport) -> None:
    rows = [
        (
            n,
            t.label,
            str(t.milestone),
            t.wanted,
            t.basis,
            t.numerator,
            t.denominator,
            t.achieved,
            t.verdict,
        )
        for n, t in enumerate(report.targets, start=1)
    ]
    list_sheet(
        workbook,
        report.header,
        TARGETS_SHEET,
        "Biểu số 07/TH",
        "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH",
        TARGET_COLUMNS,
        rows,
        "Kế hoạch không đặt chỉ tiêu cho năm này.",
        totals=None,
        notes=(
            "Kết quả của chỉ tiêu tỷ lệ = tử số / mẫu số x 100 (%); chỉ tiêu tăng trưởng = (kỳ "
            "này - cùng kỳ) / cùng kỳ x 100 (%), tử số là kỳ này, mẫu số là cùng kỳ; chỉ tiêu "
            "số lượng so sánh trực tiếp tử số.",
        ),
        landscape=True,
    )


TEXT_COLUMNS: tuple[Column, ...] = (
    ("STT", 5, "count"),
    ("Mã xã", 8, "code"),
    ("Tên xã, phường", 16, "text"),
    ("Đánh giá chung", 32, "text"),
    ("Khó khăn, vướng mắc", 32, "text"),
    ("Đề xuất, kiến nghị", 32, "text"),
)


def _texts_sheet(workbook: Workbook, report: RollupReport) -> None:
    """Each counted unit's own words (Thuyết minh), unit by unit, as plain text."""
    units = [unit for unit in report.unit_figures if unit.texts]
    list_sheet(
        workbook,
        report.header,
        TEXTS_SHEET,
        "Biểu số 10/TH",
        "THUYẾT MINH CỦA CÁC ĐƠN VỊ: ĐÁNH GIÁ, KHÓ KHĂN, ĐỀ XUẤT",
        TEXT_COLUMNS,
        [(n, unit.code, unit.name, *unit.texts) for n, unit in enumerate(units, start=1)],
        "Không đơn vị nào gửi thuyết minh trong kỳ.",
        totals=None,
        landscape=True,
    )


def _completeness_sheet(workbook: Workbook, report: RollupReport) -> None:
    rows = [
        (n, c.code, c.name, c.status, c.file_name, c.remark)
        for n, c in enumerate(report.communes, start=1)
    ]
    list_sheet(
        workbook,
        report.header,
        COMPLETENESS_SHEET,
        "Biểu số 08/TH",
        "TÌNH HÌNH NHẬN BÁO CÁO CỦA CÁC XÃ, PHƯỜNG",
        COMMUNE_COLUMNS,
        rows,
        "Không có danh sách xã, phường của tỉnh.",
        totals=None,
        notes=report.summary,
        landscape=True,
    )


def _summary_sheet(workbook: Workbook, report: RollupReport) -> None:
    """The first sheet a clerk sees: how many communes are expected, received on time, late,
    missing and rejected, and the missing ones by name; opened on, and printed first."""
    layout = Layout(widths=(14.0,) * 7, split=4)
    sheet = new_sheet(workbook, SUMMARY_SHEET, layout)
    write_heading(
        sheet, report.header, layout, "Tóm tắt", "TÌNH HÌNH NHẬN BÁO CÁO CỦA CÁC XÃ, PHƯỜNG"
    )
    full = layout.span(1, layout.columns)
    row = 10
    missing = report.missing
    lines: list[tuple[str, Font]] = [(line, BODY) for line in report.summary]
    lines.append(
        (f"Các xã, phường chưa gửi báo cáo ({len(missing)}):", BOLD)
        if missing
        else ("Tất cả các xã, phường đã gửi báo cáo.", BOLD)
    )
    for text, font in lines:
        _summary_line(sheet, row, 1, layout.columns, text, font, full)
        row += 1
    half = (len(missing) + 1) // 2  # two columns, read down the left one first
    for left, right in zip_longest(missing[:half], missing[half:]):
        _summary_line(sheet, row, 1, 3, f"- {left}", BODY, layout.span(1, 3))
        if right is not None:
            _summary_line(sheet, row, 4, layout.columns, f"- {right}", BODY, layout.span(4, 7))
        row += 1
    _summary_line(
        sheet,
        row,
        1,
        layout.columns,
        "Chi tiết từng xã, phường: sheet DayDu; từng tệp đã nhận: sheet TepNhan.",
        ITALIC,
        full,
    )
    row += 1
    write_footer(sheet, row + 1, report.header, layout)
    set_print(sheet, title_rows="")
    workbook.move_sheet(sheet, offset=-workbook.index(sheet))
    workbook.active = 0


def _summary_line(
    sheet: Worksheet, row: int, first: int, last: int, text: str, font: Font, width: float
) -> None:
    cell = put_text(sheet.cell(row, first), text)
    cell.font, cell.alignment = font, TOP_LEFT
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    height = row_height(line_count(text, width))
    sheet.row_dimensions[row].height = max(sheet.row_dimensions[row].height or 0, height)


def _files_sheet(workbook: Workbook, report: RollupReport) -> None:
    rows = [
        (n, f.name, f.status, f.unit, f.made, f.remark) for n, f in enumerate(report.files, start=1)
    ]
    list_sheet(
        workbook,
        report.header,
        FILES_SHEET,
        "Biểu số 09/TH",
        "DANH SÁCH TỆP BÁO CÁO ĐÃ NHẬN VÀ KẾT QUẢ KIỂM TRA",
        FILE_COLUMNS,
        rows,
        "Không có tệp nào.",
        totals=None,
        landscape=True,
    )


def _chart_sheet(workbook: Workbook, report: RollupReport) -> None:
    """A horizontal bar per counted unit: its reader visits (TV04) in the period."""
    source = workbook[UNITS_SHEET.format(number="01")]
    codes = [line.code for f in report.header.forms if f.number == "01" for line in f.lines]
    sheet = workbook.create_sheet(CHART_SHEET)
    sheet["A1"] = "LƯỢT BẠN ĐỌC THEO ĐƠN VỊ"
    sheet["A2"] = f"{report.header.period_label} - {report.header.unit_name}"
    count = len(report.units)
    if CHART_CODE not in codes or not count:
        sheet["A4"] = "Không có số liệu lượt bạn đọc."
        return
    column = NAME_COLUMN + 1 + codes.index(CHART_CODE)
    last = FIRST_ROW + count - 1
    chart = BarChart()
    chart.type = "bar"
    chart.style = 2
    chart.title = "Tổng số lượt bạn đọc (TV04)"
    chart.y_axis.title = "lượt"
    chart.legend = None
    chart.add_data(
        Reference(source, min_col=column, min_row=FIRST_ROW, max_row=last), titles_from_data=False
    )
    chart.set_categories(Reference(source, min_col=NAME_COLUMN, min_row=FIRST_ROW, max_row=last))
    chart.x_axis.scaling.orientation = "maxMin"  # the first unit on top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    chart.dataLabels.showCatName = False
    chart.dataLabels.showSerName = False
    chart.dataLabels.showLegendKey = False
    chart.width = 16  # fits A4 portrait between the margins
    chart.height = max(8.0, 0.6 * count + 3)
    sheet.add_chart(chart, "A4")
    # LibreOffice prints a drawing only over the cells of the print area: cover it.
    for letter in "ABCDEFGHI":
        sheet.column_dimensions[letter].width = 9.5
    sheet.print_area = f"A1:I{4 + int(chart.height / 0.5) + 2}"
    sheet["A1"].font = TITLE
    sheet["A2"].font = ITALIC
    set_print(sheet, title_rows="")
