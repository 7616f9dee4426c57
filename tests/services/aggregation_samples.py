"""Commune report workbooks with figures small enough to add up by hand, for aggregation tests."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import openpyxl

from desktop_app.domain.divisions import communes_of
from desktop_app.domain.indicators import MUSEUM_FORM
from desktop_app.reports.model import FormSheet, IndicatorLine, UnitReport
from desktop_app.reports.unit_workbook import write_unit_workbook
from desktop_app.services.setup import require_template

PLUS7 = timezone(timedelta(hours=7))
PROVINCE = "66"
# three real communes of province 66, in the official list's order
A, B, C = (commune.code for commune in communes_of(PROVINCE)[:3])
ON_TIME = datetime(2025, 12, 10, 9, 0, tzinfo=PLUS7)
# qd1520's yearly deadline is the calendar default: 15 days after the year, 15/01/2026
LATE = datetime(2026, 1, 20, 9, 0, tzinfo=PLUS7)


def unit_report(
    code: str,
    *,
    tv01: int,
    tv02: int,
    tv03: int,
    tv04: int,
    tv04_last: int | None,
    generated_at: datetime = ON_TIME,
    period_id: str = "2025-N",
    province: str = PROVINCE,
    template_id: str = "qd1520",
) -> UnitReport:
    """A unit's report: TV01-TV04 and TV10 (growth, as the program works it) on Biểu 01, every
    other row of the template's forms 01-03 empty, as a genuine export of them."""
    growth = None if not tv04_last else round((tv04 - tv04_last) / tv04_last * 100, 1)
    given = {
        "TV01": IndicatorLine("TV01", "Số thư viện", "đv", None, tv01),
        "TV02": IndicatorLine("TV02", "Trong đó: học tập suốt đời", "đv", None, tv02, is_part=True),
        "TV03": IndicatorLine("TV03", "Trong đó: chuyển đổi số", "đv", None, tv03, is_part=True),
        "TV04": IndicatorLine("TV04", "Tổng số lượt bạn đọc", "lượt", tv04_last, tv04),
        "TV10": IndicatorLine("TV10", "Tăng, giảm lượt bạn đọc", "%", None, growth),
        # every library of these samples is a commune library: the targets' base
        "TV01a": IndicatorLine(
            "TV01a", "Trong đó: thư viện cấp xã", "đv", None, tv01, is_part=True
        ),
        "TV02a": IndicatorLine("TV02a", "Thư viện cấp xã: học tập", "đv", None, tv02, is_part=True),
        "TV03a": IndicatorLine("TV03a", "Thư viện cấp xã: số hóa", "đv", None, tv03, is_part=True),
    }
    forms = tuple(
        FormSheet(
            number=form.number,
            sheet=form.sheet,
            code=f"Biểu số {form.number}/HTSĐ",
            title=form.title,
            lines=tuple(
                given.get(row.code) or IndicatorLine(row.code, row.label, "", None, None)
                for row in form.rows
            ),
        )
        for form in require_template(template_id).forms
        if form.number != MUSEUM_FORM
    )
    year = int(period_id[:4])
    return UnitReport(
        template_id=template_id,
        plan="Quyết định số 1520/QĐ-TTg",
        province_code=province,
        province_name="Tỉnh Đắk Lắk",
        unit_code=code,
        unit_name=f"Xã {code}",
        receiving_office="Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
        preparer="",
        head="",
        place=f"Xã {code}",
        period_id=period_id,
        period_convention="calendar",
        period_label=f"Năm {year}",
        period_start=date(year, 1, 1),
        period_end=date(year, 12, 31),
        generated_at=generated_at,
        app_version="0.1.0",
        forms=forms,
        values={line.code: line.current for form in forms for line in form.lines},
    )


def write(folder: Path, report: UnitReport, name: str | None = None) -> Path:
    """The report's workbook in ``folder``, under its own name unless ``name`` is given."""
    path = folder / (name or report.file_name)
    path.write_bytes(write_unit_workbook(report))
    return path


def edit_cell(path: Path, sheet: str, cell: str, value: object) -> None:
    """Change one visible cell, as an officer would in Excel."""
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    workbook[sheet][cell] = value
    out = io.BytesIO()
    workbook.save(out)
    path.write_bytes(out.getvalue())


def three_communes(folder: Path) -> dict[str, Path]:
    """The hand-worked fixture.

    ==  ====  ====  ====  ==================  ======================
        TV01  TV02  TV03  TV04 (last year)    file
    ==  ====  ====  ====  ==================  ======================
    A   3     2     1     1000 (800)          on time; an older copy with 900 too
    B   2     0     1     500 (none)          late; edited by hand to 600
    C   1     1     0     300 (200)           on time
    ==  ====  ====  ====  ==================  ======================

    Counted: TV01 6, TV02 3, TV03 2, TV04 1000 + 600 + 300 = 1900; last year's
    TV04 is empty (B gave none); TV10 over A and C = (1300 - 1000) / 1000 = 30.0.
    """
    a = unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800)
    older_a = replace(
        unit_report(A, tv01=3, tv02=2, tv03=1, tv04=900, tv04_last=800),
        generated_at=ON_TIME - timedelta(days=5),
    )
    b = unit_report(B, tv01=2, tv02=0, tv03=1, tv04=500, tv04_last=None, generated_at=LATE)
    c = unit_report(C, tv01=1, tv02=1, tv03=0, tv04=300, tv04_last=200)
    paths = {
        "a": write(folder, a),
        "older_a": write(folder, older_a, f"bao cao xa {A} (1).xlsx"),
        "b": write(folder, b),
        "c": write(folder, c),
    }
    edit_cell(paths["b"], *named_cell(paths["b"], "TV04"), 600)
    return paths


def named_cell(path: Path, code: str) -> tuple[str, str]:
    """The sheet and cell the ``HTSD_<code>`` name of the workbook points at ("Bieu01", "E15"):
    where the form shows that figure, whatever rows the template has above it."""
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    ((sheet, cell),) = workbook.defined_names[f"HTSD_{code}"].destinations
    return sheet, cell.replace("$", "")
