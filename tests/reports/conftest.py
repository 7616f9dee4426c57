"""A unit report built by hand, with hostile user text, and helpers to open and edit its bytes."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from desktop_app.reports.model import ActivityLine, ClubLine, FormSheet, IndicatorLine, UnitReport
from desktop_app.reports.unit_workbook import write_unit_workbook

NOTES = (
    "Kỳ báo cáo theo năm dương lịch: từ 01/01/2026 đến 31/12/2026.",
    "Thiết chế đang hoạt động: mở cửa ít nhất một ngày trong kỳ.",
)
UNIT_NAME = "=cmd|' /C calc'!A0 Xã Hòa Phú"
PLUS7 = timezone(timedelta(hours=7))


def library_form(tv04: float = 12345, tv04a: float = 6000, tv01: float = 4) -> FormSheet:
    return FormSheet(
        number="01",
        sheet="Bieu01",
        code="Biểu số 01/HTSĐ",
        title="THƯ VIỆN",
        lines=(
            IndicatorLine(
                "TV01", "Số thư viện, phòng đọc, tủ sách đang hoạt động", "đv", 3, tv01, 133.3
            ),
            IndicatorLine(
                "TV02",
                "Trong đó: có cung cấp dịch vụ phục vụ học tập suốt đời",
                "đv",
                1,
                2,
                200.0,
                "40%",
                "Đạt",
                is_part=True,
            ),
            IndicatorLine("TV04", "Tổng số lượt bạn đọc", "lượt", 10000, tv04, 123.5),
            IndicatorLine("TV04a", "Trong đó: thiếu nhi", "lượt", 5000, tv04a, 120.0, is_part=True),
            IndicatorLine(
                "TV10",
                "Tăng, giảm lượt bạn đọc so với cùng kỳ năm trước",
                "%",
                None,
                23.5,
                None,
                "10%",
                "Đạt",
            ),
        ),
        notes=NOTES,
    )


def culture_form() -> FormSheet:
    return FormSheet(
        number="02",
        sheet="Bieu02",
        code="Biểu số 02/HTSĐ",
        title="VĂN HÓA CƠ SỞ",
        lines=(
            IndicatorLine(
                "VH01",
                "Số nhà văn hóa, trung tâm văn hóa - thể thao, trung tâm học tập cộng đồng "
                "đang hoạt động",
                "đv",
                5,
                5,
                100.0,
            ),
            IndicatorLine(
                "VH02",
                "Trong đó: có lớp năng khiếu, câu lạc bộ, nhóm sở thích và thường xuyên tổ chức "
                "hoạt động",
                "đv",
                2,
                None,
                None,
                "70%",
                None,
                is_part=True,
            ),
        ),
        notes=(*NOTES, "VH02: có câu lạc bộ đang hoạt động."),
    )


def sample_report(**changes: object) -> UnitReport:
    """Xã Hòa Phú's 2026 report: two forms, two activities, one club, hostile texts."""
    forms = (library_form(), culture_form())
    values = {line.code: line.current for form in forms for line in form.lines}
    report = UnitReport(
        template_id="phu-yen-2023",
        template_checksum="5e" * 32,
        plan="Kế hoạch thực hiện Chương trình theo Quyết định 1520/QĐ-TTg của UBND tỉnh Phú Yên",
        province_code="66",
        province_name="Tỉnh Đắk Lắk",
        unit_code="07627",
        unit_name=UNIT_NAME,
        receiving_office="Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
        preparer="Nguyễn Thị Lan",
        head="Trần Văn Hùng",
        place="Hòa Phú",
        period_id="2026-N",
        period_convention="calendar",
        period_label="Năm 2026",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        generated_at=datetime(2026, 11, 22, 9, 30, tzinfo=PLUS7),
        app_version="0.1.0",
        forms=forms,
        activities=(
            ActivityLine(
                date(2026, 4, 21),
                date(2026, 4, 21),
                "TV1 - Thư viện xã",
                "Ngày Sách và Văn hóa đọc Việt Nam",
                "Ngày hội đọc sách",
                "-x",
                "Tại chỗ",
                True,
                120,
                80,
                10,
                60,
            ),
            ActivityLine(
                date(2026, 10, 1),
                date(2026, 10, 7),
                "TV1 - Thư viện xã",
                "Tuần lễ hưởng ứng học tập suốt đời",
                "@y",
                "Trường THCS Hòa Phú",
                "Lưu động",
                True,
                300,
                200,
                20,
                150,
            ),
        ),
        clubs=(
            ClubLine("CLB01", "+1", "Câu lạc bộ", "Văn nghệ", "NVH1", 25, 20, 0, 10, 12, 240, True),
        ),
        values=values,
    )
    return replace_report(report, **changes) if changes else report


def replace_report(report: UnitReport, **changes: object) -> UnitReport:
    from dataclasses import replace

    return replace(report, **changes)


@pytest.fixture
def report() -> UnitReport:
    return sample_report()


@pytest.fixture
def written(report: UnitReport) -> bytes:
    return write_unit_workbook(report)


def open_workbook(data: bytes) -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def edited(data: bytes, change: Callable[[Workbook], None]) -> bytes:
    """The workbook after ``change``, saved again with openpyxl (as an officer would)."""
    workbook = open_workbook(data)
    change(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
