"""The consolidated workbook's month charts: the communes' month tables read, added up, written.

Hand-worked fixture (2025-N, calendar; months T11 and T12 not begun):

==  =======================  ======================  ==========  ========
    visits T1..T10           last year               activities  sessions
==  =======================  ======================  ==========  ========
A   10 x month               5 x month (all twelve)  2 a month   1 a month
B   7 a month                none in T1, then 3      none        0 a month
C   no month table (its template asks for no month chart)
==  =======================  ======================  ==========  ========

Added up over A and B (2 of the 3 units): visits T1 = 17, T2 = 27, ... T10 =
107, T11 and T12 empty; last year T1 empty (B gave none), T2 = 10 + 3 = 13, T12
= 60 + 3 = 63; activities 2 (B none); sessions 1 (A 1 + B 0).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from desktop_app import resources
from desktop_app.domain.divisions import communes_of
from desktop_app.domain.periods import parse_period
from desktop_app.reports.model import MONTH_CHARTS, MonthLine, UnitReport
from desktop_app.reports.month_table import MonthFigures
from desktop_app.reports.reader import read_report
from desktop_app.services.aggregation.aggregation import Aggregation, aggregate
from desktop_app.services.aggregation.rollup_export import write_rollup
from tests.reports.test_workbook_pdf import _convert, _pages_text, _squeezed
from tests.services.aggregation_samples import (
    ON_TIME,
    PROVINCE,
    A,
    B,
    C,
    edit_cell,
    unit_report,
    write,
)

PERIOD = parse_period("2025-N", "calendar")
D = communes_of(PROVINCE)[3].code  # sent on its own beside a consolidated file of A, B and C


def _month(n: int, visits: int | None, last: int | None, act: int | None, ses: int | None):
    start = date(2025, n, 1)
    end = (date(2025, n + 1, 1) if n < 12 else date(2026, 1, 1)) - timedelta(days=1)
    return MonthLine(f"T{n}", start, end, visits, last, act, ses)


def _with_months(report: UnitReport, months: list[MonthLine]) -> UnitReport:
    return replace(report, charts=(*MONTH_CHARTS, "visits_by_unit"), months=tuple(months))


def _a() -> UnitReport:
    months = [_month(n, 10 * n if n <= 10 else None, 5 * n, 2, 1) for n in range(1, 13)]
    return _with_months(unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800), months)


def _b() -> UnitReport:
    months = [
        _month(n, 7 if n <= 10 else None, None if n == 1 else 3, None, 0) for n in range(1, 13)
    ]
    return _with_months(unit_report(B, tv01=2, tv02=0, tv03=1, tv04=500, tv04_last=None), months)


def _c() -> UnitReport:
    return unit_report(C, tv01=1, tv02=1, tv03=0, tv04=300, tv04_last=200)


EXPECTED = tuple(
    MonthFigures(
        f"T{n}",
        10 * n + 7 if n <= 10 else None,
        None if n == 1 else 5 * n + 3,
        2,
        1,
    )
    for n in range(1, 13)
)


def _aggregate(folder: Path) -> Aggregation:
    template = resources.template("qd1520")
    assert template is not None
    return aggregate([folder], PERIOD, template, PROVINCE)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("communes")
    for report in (_a(), _b(), _c()):
        write(folder, report)
    return folder


@pytest.fixture(scope="module")
def rollup(inbox: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_rollup(_aggregate(inbox), tmp_path_factory.mktemp("out"), now=ON_TIME)


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), data_only=True)
    return [tuple(row) for row in workbook[sheet].iter_rows(values_only=True)]


def test_a_commune_workbook_brings_its_month_table(inbox: Path) -> None:
    path = inbox / _a().file_name
    result = read_report(path.read_bytes(), path.name)
    assert result.ok and result.month_table is not None and result.month_table.units == 1
    assert [m.visits for m in result.month_table.months] == [10 * n for n in range(1, 11)] + [
        None,
        None,
    ]
    without = inbox / _c().file_name
    assert read_report(without.read_bytes(), without.name).month_table is None


def test_the_counted_tables_add_up_month_by_month(inbox: Path) -> None:
    result = _aggregate(inbox)
    assert len(result.counted) == 3
    assert result.months == EXPECTED
    assert result.month_units == 2  # C has no table


def test_the_consolidated_workbook_carries_the_table_and_both_charts(rollup: Path) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(rollup.read_bytes()))
    assert workbook.sheetnames.index("BieuDoThang") == workbook.sheetnames.index("BieuDo") + 1
    sheet = workbook["BieuDoThang"]
    assert sheet["A1"].value == "BIỂU ĐỒ THEO THÁNG"
    assert sheet["A5"].value == "Số liệu theo tháng cộng từ bảng tháng của 2/3 đơn vị được tính."
    body = [[sheet.cell(r, c).value for c in range(1, 6)] for r in range(7, 20)]
    assert body[:12] == [
        [m.label, m.visits, m.visits_last_year, m.activities, m.sessions] for m in EXPECTED
    ]
    # totals: visits 10 x 55 + 7 x 10 = 620; last year over the months that have it (T1 has
    # not); activities 24; sessions 12
    assert body[12] == ["Tổng cộng", 620, 63 + sum(5 * n + 3 for n in range(2, 12)), 24, 12]
    visits, activities = sheet._charts
    bars, line = (chart.series[0] for chart in visits._charts)
    assert bars.val.numRef.f == "'BieuDoThang'!$B$7:$B$18"
    assert line.val.numRef.f == "'BieuDoThang'!$C$7:$C$18"
    assert [s.val.numRef.f for s in activities.series] == [
        "'BieuDoThang'!$D$7:$D$18",
        "'BieuDoThang'!$E$7:$E$18",
    ]
    notes = " ".join(str(sheet.cell(r, 1).value) for r in range(20, 30) if sheet.cell(r, 1).value)
    assert "không được cộng vào bảng này" in notes
    assert len(workbook["BieuDo"]._charts) == 1  # visits by unit, as before


def test_the_total_row_adds_up_last_year_over_the_months_that_have_it(rollup: Path) -> None:
    rows = _rows(rollup, "BieuDoThang")
    total = next(row for row in rows if row[0] == "Tổng cộng")
    # column C's total is the sum of the months that have a figure (T1 is empty)
    assert total[2] == sum(5 * n + 3 for n in range(2, 13))


def test_a_consolidated_workbook_is_added_up_again_with_the_units_it_covers(
    rollup: Path, tmp_path: Path
) -> None:
    result = read_report(rollup.read_bytes(), rollup.name)
    assert result.ok and not result.edited
    assert result.month_table is not None
    assert result.month_table.months == EXPECTED and result.month_table.units == 2
    # a province's office receives that file and a fourth commune's own
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / rollup.name).write_bytes(rollup.read_bytes())
    d_months = [_month(n, 100, 50, 1, 1) for n in range(1, 13)]
    d = _with_months(unit_report(D, tv01=1, tv02=1, tv03=1, tv04=1200, tv04_last=600), d_months)
    write(tmp_path / "in", d)
    again = _aggregate(tmp_path / "in")
    assert len(again.counted) == 2 and again.month_units == 3
    assert again.months[0] == MonthFigures("T1", 117, None, 3, 2)
    assert again.months[11] == MonthFigures("T12", 100, 113, 3, 2)
    path = write_rollup(again, tmp_path, now=ON_TIME)
    assert _rows(path, "BieuDoThang")[4][0] == (
        "Số liệu theo tháng cộng từ bảng tháng của 3/4 đơn vị được tính."
    )


def test_without_any_month_table_the_sheet_says_why(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    write(tmp_path / "in", _c())
    path = write_rollup(_aggregate(tmp_path / "in"), tmp_path, now=ON_TIME)
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    sheet = workbook["BieuDoThang"]
    assert sheet["A5"].value.startswith("Không có biểu đồ theo tháng")
    assert sheet._charts == [] and sheet["A6"].value is None
    assert read_report(path.read_bytes(), path.name).month_table is None


def test_a_template_without_charts_gets_no_chart_sheets(inbox: Path, tmp_path: Path) -> None:
    template = resources.template("qd1520")
    assert template is not None
    plain = replace(template, charts=())
    path = write_rollup(aggregate([inbox], PERIOD, plain, PROVINCE), tmp_path, now=ON_TIME)
    names = openpyxl.load_workbook(io.BytesIO(path.read_bytes())).sheetnames
    assert "BieuDo" not in names and "BieuDoThang" not in names


def _replace_member(path: Path, member: str, content: bytes) -> None:
    """Rewrite one part of the zip (with a correct CRC), as a damaged or hostile file would."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == member else source.read(info))
    path.write_bytes(out.getvalue())


def _month_member(path: Path) -> str:
    """The zip member holding the ``BieuDo`` sheet."""
    workbook = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    book = workbook.read("xl/workbook.xml").decode()
    rels = workbook.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet [^>]*name="BieuDo"[^>]*r:id="([^"]+)"', book)
    assert rid
    target = re.search(rf'<Relationship [^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels)
    target = target or re.search(
        rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels
    )
    assert target
    return "xl/" + target.group(1).removeprefix("/xl/")


@pytest.mark.parametrize(
    "damage",
    [
        "text in a month",
        "not a number in a month",
        "a cell far away",
        "binary junk",
        "not xml",
        "a huge sheet",
    ],
)
def test_a_damaged_month_sheet_is_left_out_never_a_refusal(tmp_path: Path, damage: str) -> None:
    (tmp_path / "in").mkdir()
    a = write(tmp_path / "in", _a())
    write(tmp_path / "in", _b())
    if damage == "text in a month":
        edit_cell(a, "BieuDo", "B9", "ba mươi")
    elif damage == "not a number in a month":  # a number cell python-calamine reads as NaN
        member = _month_member(a)
        part = zipfile.ZipFile(io.BytesIO(a.read_bytes())).read(member)
        cell = re.compile(rb'<c r="B8"[^>]*>.*?</c>')
        assert cell.search(part)
        _replace_member(a, member, cell.sub(b'<c r="B8" t="n"><v>nan</v></c>', part, count=1))
    else:
        member = _month_member(a)
        content = {
            "a cell far away": b'<worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="XFD1048576">'
            b"<v>1</v></c></row></sheetData></worksheet>",
            "binary junk": bytes(range(256)) * 4,
            "not xml": b"<worksheet><sheetData><row><c><v>1</sheetData>& <<",
            "a huge sheet": b"<worksheet><sheetData>" + b" " * (300 * 1024) + b"</sheetData>"
            b"</worksheet>",
        }[damage]
        _replace_member(a, member, content)
    result = read_report(a.read_bytes(), a.name)
    assert result.problems == [] and result.month_table is None
    assert result.values["TV04"] == 1000
    aggregated = _aggregate(tmp_path / "in")
    assert len(aggregated.counted) == 2 and aggregated.month_units == 1
    assert aggregated.months[1] == MonthFigures("T2", 7, 3, None, 0)  # B's alone


def test_the_month_sheet_prints_on_one_a4_page_with_both_charts(
    rollup: Path, tmp_path: Path
) -> None:
    copy = tmp_path / rollup.name
    copy.write_bytes(rollup.read_bytes())
    pdf = _convert(copy, "pdf", tmp_path / "pdf")
    pages = [p for p in _pages_text(pdf) if _squeezed("BIỂU ĐỒ THEO THÁNG") in p]
    assert len(pages) == 1
    (page,) = pages
    assert _squeezed("cộng từ bảng tháng của 2/3 đơn vị") in page
    assert _squeezed("Tổng cộng") in page and "T12" in page
    for title in (
        "Lượt bạn đọc và người đến theo tháng",
        "Cùng kỳ năm trước (2024)",
        "Hoạt động và buổi sinh hoạt câu lạc bộ theo tháng",
    ):
        assert _squeezed(title) in page, title
