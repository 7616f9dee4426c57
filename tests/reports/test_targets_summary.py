"""In chỉ tiêu: the plan's targets on one A4 page, read back with openpyxl."""

from __future__ import annotations

import io
from datetime import date

import openpyxl

from desktop_app.reports.targets_summary import targets_summary_workbook
from desktop_app.services import setup


def _rows(raw: bytes) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(io.BytesIO(raw))["ChiTieu"]
    return [row for row in sheet.iter_rows(values_only=True) if any(row)]


def test_phu_yen_targets_on_one_a4_page() -> None:
    template = setup.require_template("phu-yen-2023")
    raw = targets_summary_workbook(template, date(2026, 11, 22))
    sheet = openpyxl.load_workbook(io.BytesIO(raw))["ChiTieu"]
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 1)
    rows = _rows(raw)
    assert rows[0][0] == "CHỈ TIÊU CỦA KẾ HOẠCH"
    assert rows[1][0] == template.name
    assert rows[3][0] == "Mẫu báo cáo: phu-yen-2023, phiên bản 1"
    assert rows[4][0] == "Phạm vi áp dụng: 34 xã, phường của tỉnh (mã 66)"
    # Phú Yên's year report before 01/12; calendar periods: the others 15 days after
    assert "báo cáo năm trước ngày 01/12" in rows[6][0]
    assert "báo cáo quý 15 ngày sau khi hết kỳ" in rows[6][0]
    header = rows[7]
    assert header == (
        "TT",
        "Chỉ tiêu",
        "Năm 2025",
        "Năm 2030",
        "Cách tính",
        "Cấp đánh giá",
        "Kỳ báo cáo",
    )
    by_label = {row[1]: row for row in rows[8:13]}
    lll = by_label["Thư viện công cộng cấp xã cung cấp dịch vụ phục vụ học tập suốt đời"]
    assert lll == ("1", lll[1], "40%", "60%", "Tỷ lệ", "Xã và tỉnh", "Mọi kỳ")
    growth = by_label["Số lượt người sử dụng thư viện tăng bình quân mỗi năm"]
    assert growth[2:] == ("10%", "10-15%", "Tăng bình quân", "Xã và tỉnh", "năm")
    museum = by_label["Lượt khách chọn bảo tàng để nghiên cứu, học tập tăng bình quân mỗi năm"]
    assert museum[5] == "Chỉ cấp tỉnh"
    assert rows[-3][0] == "In ngày 22/11/2026 từ chương trình HTSD."
    assert (rows[-2][0], rows[-2][4]) == ("NGƯỜI LẬP", "THỦ TRƯỞNG CƠ QUAN")
    assert rows[-1][0] == rows[-1][4] == "(Ký, ghi rõ họ tên)"
    assert (
        sheet.print_area == "'ChiTieu'!$A$1:$G$23"
    )  # 3 title, 4 facts, blank, heading, 5 targets, blank, note, blank, 2 signature, room to sign
