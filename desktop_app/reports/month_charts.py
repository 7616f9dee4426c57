"""The period month by month, a table and two charts: a commune's ``BieuDo``, and the
consolidated workbook's ``BieuDoThang`` (the communes' tables added up, with the
number of units they cover above the table).

The table lists each month of the period (in its convention) with visits
(TV04 + VH09) this year and a year earlier, activities (TV08 + VH07) and club
sessions (VH05), then a total row; a month without a figure is an empty cell,
never 0. Under it, the charts the template asks for (``visits_by_month``:
this year as bars, last year as a line; ``activities_by_month``: activities and
sessions as bars side by side) read their numbers from the table, so a figure
corrected by hand shows in the chart too. The sheet prints on one A4 page.

The sheet is not part of the machine contract: no ``HTSD_`` name points at it
and ``_data`` does not list it.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.chart import BarChart, LineChart, Reference, Series
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.drawing.text import (
    CharacterProperties,
    Font,
    Paragraph,
    ParagraphProperties,
    RegularTextRun,
)
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports.model import (
    ACTIVITIES_BY_MONTH,
    MONTH_CHARTS,
    MONTH_COVERAGE_ROW,
    MONTH_HEADER_ROW,
    MONTH_HEADERS,
    MONTH_SHEET,
    VISITS_BY_MONTH,
    MonthLine,
    UnitReport,
)
from desktop_app.reports.sheet_layout import (
    CAPITALS,
    Layout,
    dates_text,
    new_sheet,
    reporting_unit,
    set_print,
    write_notes,
)
from desktop_app.reports.styles import (
    BODY,
    BOLD,
    BOX,
    CENTER,
    CENTERED,
    COUNT,
    FONT_NAME,
    ITALIC,
    TITLE,
    TOTAL_COUNT,
    TOTAL_LABEL,
    dmy,
    line_count,
    put_number,
    put_text,
    row_height,
    set_style,
)

CHART_SHEET = MONTH_SHEET
LAYOUT = Layout(widths=(10, 19, 19, 19, 19), split=3)
HEADERS = MONTH_HEADERS
HEADER_ROW = MONTH_HEADER_ROW
FIRST_ROW = HEADER_ROW + 1
VISITS_COLUMN, LAST_YEAR_COLUMN, ACTIVITIES_COLUMN, SESSIONS_COLUMN = 2, 3, 4, 5
CHART_ROWS = 14  # a chart covers the table's columns and this many rows...
CHART_ROW_POINTS = 15.0  # ...of this height: 7.4 cm, before the page is scaled to fit
NOTES = (
    "Số liệu mỗi tháng là số liệu của báo cáo tháng đó: lượt bạn đọc và người đến = TV04 + "
    "VH09; hoạt động = TV08 + VH07; buổi sinh hoạt câu lạc bộ = VH05.",
    "Cùng kỳ năm trước: số liệu cùng tháng năm trước do đơn vị nhập từ báo cáo các năm trước, "
    "hoặc lấy từ sổ theo dõi khi sổ ghi đủ cả tháng đó.",
    "Ô để trống: tháng chưa đến hoặc không có số liệu (khác với số 0).",
)


def write_month_charts(
    workbook: Workbook,
    report: UnitReport,
    *,
    sheet_name: str = CHART_SHEET,
    coverage: str = "",
    notes: Sequence[str] = NOTES,
) -> Worksheet | None:
    """``sheet_name`` when the report asks for a monthly chart and has its months (or a
    ``coverage`` line to say why there are none); else None.

    A consolidated workbook writes its ``coverage`` (how many units the months
    add up) in row 5, where ``month_table`` reads it back.
    """
    wanted = [chart for chart in report.charts if chart in MONTH_CHARTS]
    if not wanted or not (report.months or coverage):
        return None
    sheet = new_sheet(workbook, sheet_name, LAYOUT)
    _heading(sheet, report, coverage)
    row = MONTH_COVERAGE_ROW
    if report.months:
        last = _table(sheet, report.months)
        row = write_notes(sheet, last + 2, LAYOUT, _notes(report, notes))
        year = int(report.period_id[:4])
        if VISITS_BY_MONTH in wanted:
            row = _place(sheet, _visits_chart(sheet, last, year), row + 1)
        if ACTIVITIES_BY_MONTH in wanted:
            row = _place(sheet, _activities_chart(sheet, last), row + 1)
    set_print(sheet, title_rows="")
    sheet.page_setup.fitToHeight = 1  # the whole sheet on one page
    sheet.print_area = f"A1:{sheet.cell(row, LAYOUT.columns).coordinate}"
    return sheet


def _heading(sheet: Worksheet, report: UnitReport, coverage: str) -> None:
    """Rows 1-4: the title, the unit, the period and its dates; row 5: ``coverage``."""
    full = LAYOUT.span(1, LAYOUT.columns)
    lines = [
        (1, "BIỂU ĐỒ THEO THÁNG", TITLE, CAPITALS),
        (2, f"Đơn vị báo cáo: {reporting_unit(report)}", BODY, 1.0),
        (3, report.period_label, BOLD, 1.0),
        (4, dates_text(report), ITALIC, 1.0),
    ]
    if coverage:
        lines.append((MONTH_COVERAGE_ROW, coverage, ITALIC, 1.0))
    for row, text, font, factor in lines:
        cell = put_text(sheet.cell(row, 1), text)
        cell.font, cell.alignment = font, CENTER
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAYOUT.columns)
        sheet.row_dimensions[row].height = row_height(line_count(text, full, factor), 13)


def _table(sheet: Worksheet, months: Sequence[MonthLine]) -> int:
    """The header, a row per month and the total row; the last month's row."""
    lines = 1
    for column, header in enumerate(HEADERS, start=1):
        cell = put_text(sheet.cell(HEADER_ROW, column), header)
        cell.font, cell.alignment, cell.border = BOLD, CENTER, BOX
        lines = max(lines, line_count(header, LAYOUT.widths[column - 1], 0.85))
    sheet.row_dimensions[HEADER_ROW].height = row_height(lines)
    row = FIRST_ROW
    for month in months:
        values = (month.visits, month.visits_last_year, month.activities, month.sessions)
        put_text(set_style(sheet.cell(row, 1), CENTERED), month.label)
        for column, value in enumerate(values, start=VISITS_COLUMN):
            put_number(set_style(sheet.cell(row, column), COUNT), value)
        sheet.row_dimensions[row].height = row_height(1)
        row += 1
    put_text(set_style(sheet.cell(row, 1), TOTAL_LABEL), "Tổng cộng")
    for column, name in enumerate(
        ("visits", "visits_last_year", "activities", "sessions"), start=VISITS_COLUMN
    ):
        put_number(set_style(sheet.cell(row, column), TOTAL_COUNT), _total(months, name))
    sheet.row_dimensions[row].height = row_height(1)
    return row - 1


def _total(months: Sequence[MonthLine], name: str) -> int | None:
    """The sum of the months that have a figure; None when none has."""
    found = [value for m in months if (value := getattr(m, name)) is not None]
    return sum(found) if found else None


def _notes(report: UnitReport, given: Sequence[str]) -> list[str]:
    notes = list(given)
    months = report.months
    if report.period_convention == "nd09":
        spans = [_span(month) for month in months]
        shown = "; ".join(spans) if len(spans) <= 2 else f"{spans[0]}; ...; {spans[-1]}"
        notes.insert(
            0,
            "Tháng tính theo Nghị định 09/2019/NĐ-CP: từ ngày 15 tháng trước đến ngày 14 tháng "
            f"đó ({shown}).",
        )
    return notes


def _span(month: MonthLine) -> str:
    """ "T1 từ 15/12/2025 đến 14/01/2026"."""
    return f"{month.label} từ {dmy(month.start)} đến {dmy(month.end)}"


def _props(size: int, bold: bool) -> CharacterProperties:
    return CharacterProperties(latin=Font(typeface=FONT_NAME), sz=size * 100, b=bold)


def _font(size: int, bold: bool = False) -> RichText:
    """Chart text in the workbook's font (LibreOffice otherwise falls back to its own)."""
    props = _props(size, bold)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def _title(text: str, size: int) -> Title:
    """A chart or axis title in the workbook's bold font, beside the plot, not over it."""
    props = _props(size, True)
    run = RegularTextRun(rPr=props, t=text)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=props), r=[run])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _series(sheet: Worksheet, column: int, last: int, title: str) -> Series:
    values = Reference(sheet, min_col=column, min_row=FIRST_ROW, max_row=last)
    return Series(values, title=title)


def _categories(chart: BarChart | LineChart, sheet: Worksheet, last: int) -> None:
    """The month labels of column A, as text (``set_categories`` would call them numbers)."""
    months = Reference(sheet, min_col=1, min_row=FIRST_ROW, max_row=last)
    for series in chart.series:
        series.cat = AxDataSource(strRef=StrRef(f=str(months)))


def _frame(chart: BarChart, title: str, y_title: str) -> None:
    """Title, axis titles, fonts, legend at the bottom."""
    chart.type = "col"
    chart.grouping = "clustered"
    chart.style = 2
    chart.title = _title(title, 12)
    chart.x_axis.title = _title("Tháng", 10)
    chart.y_axis.title = _title(y_title, 10)
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.y_axis.number_format = "#,##0"
    chart.x_axis.txPr = chart.y_axis.txPr = _font(10)
    chart.legend.position = "b"
    chart.legend.txPr = _font(10)


def _visits_chart(sheet: Worksheet, last: int, year: int) -> BarChart:
    """This year's visits as bars, last year's as a line over them."""
    bars = BarChart()
    bars.series.append(_series(sheet, VISITS_COLUMN, last, f"Năm {year}"))
    _categories(bars, sheet, last)
    _frame(bars, "Lượt bạn đọc và người đến theo tháng", "Lượt")
    line = LineChart()
    earlier = _series(sheet, LAST_YEAR_COLUMN, last, f"Cùng kỳ năm trước ({year - 1})")
    earlier.marker.symbol = "circle"
    earlier.smooth = False
    line.series.append(earlier)
    _categories(line, sheet, last)
    bars += line
    return bars


def _activities_chart(sheet: Worksheet, last: int) -> BarChart:
    """Activities and club sessions, side by side."""
    chart = BarChart()
    chart.series.append(_series(sheet, ACTIVITIES_COLUMN, last, "Hoạt động"))
    chart.series.append(_series(sheet, SESSIONS_COLUMN, last, "Buổi sinh hoạt CLB"))
    _categories(chart, sheet, last)
    _frame(chart, "Hoạt động và buổi sinh hoạt câu lạc bộ theo tháng", "Số hoạt động, buổi")
    return chart


def _place(sheet: Worksheet, chart: BarChart, row: int) -> int:
    """Anchor ``chart`` over the table's columns from ``row``; the row under it.

    Two cells anchor it, so it is exactly as wide as the table whatever the
    fonts; its rows get a fixed height, and the print area covers them
    (LibreOffice prints a drawing only over the cells of the print area).
    """
    last = row + CHART_ROWS
    chart.anchor = TwoCellAnchor(
        _from=AnchorMarker(col=0, row=row - 1), to=AnchorMarker(col=LAYOUT.columns, row=last - 1)
    )
    sheet.add_chart(chart)
    for covered in range(row, last):
        sheet.row_dimensions[covered].height = CHART_ROW_POINTS
    return last
