"""``BieuDo`` of a commune's workbook: the month table, the two charts, printing, the contract."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl.chart import BarChart
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports.model import MONTH_CHARTS, MonthLine, UnitReport
from desktop_app.reports.month_charts import CHART_SHEET, HEADERS
from desktop_app.reports.reader import read_report
from desktop_app.reports.unit_workbook import write_unit_workbook
from tests.reports.conftest import open_workbook, sample_report

# 2026 up to November: December has not begun; last year only from July on.
VISITS = (120, 95, 300, 410, 0, 88, 150, 160, 170, 180, 190, None)
LAST_YEAR = (None, None, None, None, None, None, 140, 150, 160, 170, 175, 200)
ACTIVITIES = (1, 0, 2, 3, 0, 1, 1, 0, 2, 1, 4, None)
SESSIONS = (4, 4, 5, 4, 4, 3, 0, 0, 4, 4, 5, None)


def _months() -> tuple[MonthLine, ...]:
    lines = []
    for n in range(12):
        start = date(2026, n + 1, 1)
        end = date(2026, n + 2, 1) if n < 11 else date(2027, 1, 1)
        lines.append(
            MonthLine(
                f"T{n + 1}",
                start,
                date.fromordinal(end.toordinal() - 1),
                VISITS[n],
                LAST_YEAR[n],
                ACTIVITIES[n],
                SESSIONS[n],
            )
        )
    return tuple(lines)


def _report(**changes: object) -> UnitReport:
    return sample_report(
        **{"charts": (*MONTH_CHARTS, "visits_by_unit"), "months": _months()} | changes
    )


def _sheet(report: UnitReport) -> Worksheet:
    return open_workbook(write_unit_workbook(report))[CHART_SHEET]


@pytest.fixture(scope="module")
def charted() -> bytes:
    return write_unit_workbook(_report())


def _title(element: object) -> str:
    return "".join(run.t for p in element.tx.rich.p for run in (p.r or []))  # type: ignore[attr-defined]


def test_the_sheet_comes_after_the_lists_and_is_visible(charted: bytes) -> None:
    workbook = open_workbook(charted)
    assert workbook.sheetnames == [
        "Bieu01", "Bieu02", "Bieu05", "Bieu06", CHART_SHEET, "GhiChu", "_meta", "_data"
    ]  # fmt: skip
    sheet = workbook[CHART_SHEET]
    assert sheet.sheet_state == "visible"
    assert sheet["A1"].value == "BIỂU ĐỒ THEO THÁNG"
    assert "Xã Hòa Phú, tỉnh Đắk Lắk" in sheet["A2"].value and sheet["A3"].value == "Năm 2026"
    assert "01/01/2026" in sheet["A4"].value and "31/12/2026" in sheet["A4"].value


def test_the_table_holds_each_month_and_empty_cells_where_there_is_no_figure(
    charted: bytes,
) -> None:
    sheet = open_workbook(charted)[CHART_SHEET]
    assert tuple(sheet.cell(6, c).value for c in range(1, 6)) == HEADERS
    rows = [[sheet.cell(r, c).value for c in range(1, 6)] for r in range(7, 19)]
    assert [row[0] for row in rows] == [f"T{n}" for n in range(1, 13)]
    assert [row[1] for row in rows] == list(VISITS)
    assert [row[2] for row in rows] == list(LAST_YEAR)
    assert [row[3] for row in rows] == list(ACTIVITIES)
    assert [row[4] for row in rows] == list(SESSIONS)
    assert sheet["B11"].value == 0 and sheet["B11"].data_type == "n"  # May: 0, a figure
    assert sheet["B18"].value is None and sheet["C7"].value is None  # no figure: empty
    assert [sheet.cell(19, c).value for c in range(1, 6)] == [
        "Tổng cộng",
        sum(v for v in VISITS if v is not None),
        sum(v for v in LAST_YEAR if v is not None),
        sum(v for v in ACTIVITIES if v is not None),
        sum(v for v in SESSIONS if v is not None),
    ]
    assert sheet["B7"].number_format == "#,##0" and sheet["B19"].font.bold


def test_a_total_without_any_figure_is_empty() -> None:
    months = tuple(
        MonthLine(m.label, m.start, m.end, m.visits, None, m.activities, m.sessions)
        for m in _months()
    )
    sheet = _sheet(_report(months=months))
    assert sheet["C19"].value is None and sheet["B19"].value == 1863


def test_the_visits_chart_draws_this_year_as_bars_and_last_year_as_a_line(charted: bytes) -> None:
    visits, activities = open_workbook(charted)[CHART_SHEET]._charts
    assert [type(c).__name__ for c in visits._charts] == ["BarChart", "LineChart"]
    assert visits.type == "col" and visits.legend.position == "b"
    assert _title(visits.title) == "Lượt bạn đọc và người đến theo tháng"
    assert _title(visits.x_axis.title) == "Tháng" and _title(visits.y_axis.title) == "Lượt"
    bars, line = (chart.series[0] for chart in visits._charts)
    assert bars.val.numRef.f == "'BieuDo'!$B$7:$B$18" and bars.tx.v == "Năm 2026"
    assert line.val.numRef.f == "'BieuDo'!$C$7:$C$18" and line.tx.v == "Cùng kỳ năm trước (2025)"
    assert bars.cat.strRef.f == line.cat.strRef.f == "'BieuDo'!$A$7:$A$18"
    assert visits.display_blanks == "gap"  # a month without a figure is not drawn as 0
    assert isinstance(activities, BarChart) and activities.grouping == "clustered"
    assert _title(activities.title) == "Hoạt động và buổi sinh hoạt câu lạc bộ theo tháng"
    assert [(s.val.numRef.f, s.tx.v) for s in activities.series] == [
        ("'BieuDo'!$D$7:$D$18", "Hoạt động"),
        ("'BieuDo'!$E$7:$E$18", "Buổi sinh hoạt CLB"),
    ]


def test_the_charts_sit_under_the_notes_one_above_the_other(charted: bytes) -> None:
    sheet = open_workbook(charted)[CHART_SHEET]
    visits, activities = (chart.anchor for chart in sheet._charts)
    notes_end = max(r for r in range(20, 40) if sheet.cell(r, 1).value)
    assert visits._from.row >= notes_end and visits.to.row <= activities._from.row
    assert (visits._from.col, visits.to.col) == (activities._from.col, activities.to.col) == (0, 5)


def test_the_sheet_prints_on_one_a4_page_covering_the_charts(charted: bytes) -> None:
    sheet = open_workbook(charted)[CHART_SHEET]
    setup = sheet.page_setup
    assert setup.paperSize == 9 and setup.orientation == "portrait"  # 9: A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 1)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    last_drawn = max(chart.anchor.to.row for chart in sheet._charts) + 1  # 1-based
    assert sheet.print_area == f"'BieuDo'!$A$1:$E${last_drawn}"


def test_one_chart_asked_draws_only_that_one() -> None:
    sheet = _sheet(_report(charts=("activities_by_month",)))
    (chart,) = sheet._charts
    assert [s.val.numRef.f for s in chart.series] == ["'BieuDo'!$D$7:$D$18", "'BieuDo'!$E$7:$E$18"]


@pytest.mark.parametrize("charts", [(), ("visits_by_unit",)])
def test_no_monthly_chart_asked_no_sheet(charts: tuple[str, ...]) -> None:
    workbook = open_workbook(write_unit_workbook(_report(charts=charts)))
    assert CHART_SHEET not in workbook.sheetnames


def test_a_quarter_shows_its_three_months() -> None:
    sheet = _sheet(_report(months=_months()[6:9], period_id="2026-Q3"))
    assert [sheet.cell(r, 1).value for r in range(7, 11)] == ["T7", "T8", "T9", "Tổng cộng"]
    bars = sheet._charts[0].series[0]
    assert bars.val.numRef.f == "'BieuDo'!$B$7:$B$9"


def test_nd09_months_say_their_dates() -> None:
    months = tuple(
        MonthLine(f"T{n}", date(2026, n - 1, 15) if n > 1 else date(2025, 12, 15),
                  date(2026, n, 14), 10, None, 1, 1)
        for n in range(1, 13)
    )  # fmt: skip
    report = _report(
        months=months,
        period_convention="nd09",
        period_start=date(2025, 12, 15),
        period_end=date(2026, 12, 14),
    )
    sheet = _sheet(report)
    notes = " ".join(str(sheet.cell(r, 1).value) for r in range(20, 30) if sheet.cell(r, 1).value)
    assert "Nghị định 09/2019/NĐ-CP" in notes
    assert "T1 từ 15/12/2025 đến 14/01/2026" in notes
    assert "T12 từ 15/11/2026 đến 14/12/2026" in notes


def test_the_workbook_with_charts_reads_back_accepted_and_not_edited(charted: bytes) -> None:
    report = _report()
    result = read_report(charted, report.file_name)
    assert result.problems == [] and not result.edited
    assert result.values == {line.code: line.current for f in report.forms for line in f.lines}
