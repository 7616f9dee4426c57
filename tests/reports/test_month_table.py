"""The month table read back from a written workbook (calamine), and tables added up."""

from __future__ import annotations

import io

from python_calamine import CalamineWorkbook

from desktop_app.reports.model import MONTH_SHEET
from desktop_app.reports.month_table import (
    MonthFigures,
    MonthTable,
    add_up,
    coverage_text,
    read_month_rows,
    read_month_table,
)
from desktop_app.reports.unit_workbook import write_unit_workbook
from tests.reports.test_month_charts import ACTIVITIES, LAST_YEAR, SESSIONS, VISITS, _report


def _rows(data: bytes) -> list[list[object]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return book.get_sheet_by_name(MONTH_SHEET).to_python(skip_empty_area=False)


def test_the_written_table_reads_back_month_by_month() -> None:
    months = read_month_rows(_rows(write_unit_workbook(_report())))
    assert [m.label for m in months] == [f"T{n}" for n in range(1, 13)]
    assert tuple(m.visits for m in months) == VISITS
    assert tuple(m.visits_last_year for m in months) == LAST_YEAR
    assert tuple(m.activities for m in months) == ACTIVITIES
    assert tuple(m.sessions for m in months) == SESSIONS  # empty stays None, 0 stays 0


def test_a_table_not_as_written_is_left_out() -> None:
    rows = _rows(write_unit_workbook(_report()))
    header = 5
    assert read_month_rows(rows[:header]) == ()  # cut before the header
    moved = [list(r) for r in rows]
    moved[header][0] = "Thang"
    assert read_month_rows(moved) == ()
    text = [list(r) for r in rows]
    text[header + 3][1] = "ba trăm"
    assert read_month_rows(text) == ()
    negative = [list(r) for r in rows]
    negative[header + 1][2] = -5
    assert read_month_rows(negative) == ()
    fraction = [list(r) for r in rows]
    fraction[header + 1][3] = 2.5
    assert read_month_rows(fraction) == ()
    for odd in (float("nan"), float("inf"), -0.5, 1e12, True):
        wrong = [list(r) for r in rows]
        wrong[header + 2][1] = odd
        assert read_month_rows(wrong) == (), odd
    swapped = [list(r) for r in rows]
    swapped[header + 1], swapped[header + 2] = swapped[header + 2], swapped[header + 1]
    assert read_month_rows(swapped) == ()
    assert read_month_rows([]) == ()


def test_tables_add_up_month_by_month() -> None:
    a = (MonthFigures("T1", 10, None, 1, 0), MonthFigures("T2", None, None, None, None))
    b = (MonthFigures("T1", 5, 7, None, 2), MonthFigures("T2", 3, None, None, None))
    assert add_up([a, b]) == (
        MonthFigures("T1", 15, None, 1, 2),  # last year only when every table gives it
        MonthFigures("T2", 3, None, None, None),
    )
    c = (MonthFigures("T1", 1, 4, None, None), MonthFigures("T2", None, 6, None, None))
    d = (MonthFigures("T1", 2, 5, None, None), MonthFigures("T2", None, 0, None, None))
    assert add_up([c, d]) == (
        MonthFigures("T1", 3, 9, None, None),
        MonthFigures("T2", None, 6, None, None),  # 0 is a figure, not an empty cell
    )
    quarter = (MonthFigures("T7", 1, 1, 1, 1),)
    assert add_up([a, quarter]) == ()  # not the same months: nothing rather than a mix
    assert add_up([]) == ()


def test_a_commune_table_counts_for_one_unit() -> None:
    rows = _rows(write_unit_workbook(_report()))
    table = read_month_table(rows, rollup=False)
    assert table == MonthTable(read_month_rows(rows), 1)
    assert read_month_table(rows, rollup=True) is None  # no coverage line in row 5


def test_a_consolidated_table_counts_for_the_units_its_row_5_names() -> None:
    rows = [list(r) for r in _rows(write_unit_workbook(_report()))]
    rows[4][0] = coverage_text(37, 40)
    assert rows[4][0] == "Số liệu theo tháng cộng từ bảng tháng của 37/40 đơn vị được tính."
    table = read_month_table(rows, rollup=True)
    assert table is not None and table.units == 37
    assert table.months == read_month_rows(rows)
    for wrong in ("", "Số liệu theo tháng", coverage_text(0, 40), coverage_text(41, 40)):
        rows[4][0] = wrong
        assert read_month_table(rows, rollup=True) is None, wrong
    assert read_month_table(rows[:4], rollup=True) is None
