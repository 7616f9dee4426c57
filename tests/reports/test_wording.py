"""How the forms name the reporting unit and cite the plan (issue 17's wording, domain.md §6)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app import resources
from desktop_app.reports.sheet_layout import reporting_unit
from desktop_app.services.reporting.report import targets_note


@pytest.mark.parametrize(
    ("unit", "province", "expected"),
    [
        ("Xã Hòa Phú", "Tỉnh Đắk Lắk", "Xã Hòa Phú, tỉnh Đắk Lắk"),
        ("Phường Hoàn Kiếm", "Thành phố Hà Nội", "Phường Hoàn Kiếm, thành phố Hà Nội"),
        # an office's name holds the province already: never twice
        ("Sở VHTTDL tỉnh Đắk Lắk", "Tỉnh Đắk Lắk", "Sở VHTTDL tỉnh Đắk Lắk"),
        ("Thư viện tỉnh Bắc Ninh", "Tỉnh Bắc Ninh", "Thư viện tỉnh Bắc Ninh"),
    ],
)
def test_the_reporting_unit_as_a_phrase(report, unit: str, province: str, expected: str) -> None:
    assert reporting_unit(replace(report, unit_name=unit, province_name=province)) == expected


def test_the_targets_note_cites_each_plan_once_with_number_and_date() -> None:
    templates = resources.templates()
    bac_giang = targets_note(templates["bac-giang-74-2023"])
    assert bac_giang.startswith(
        "Cột 4 ghi chỉ tiêu đúng như Kế hoạch số 74/KH-UBND ngày 11/04/2023 của UBND tỉnh "
        "Bắc Giang đề ra;"
    )
    assert "Chỉ tiêu cấp tỉnh chỉ được đánh giá ở báo cáo tổng hợp" in bac_giang
    national = targets_note(templates["qd1520"])
    assert "Quyết định số 1520/QĐ-TTg ngày 09/12/2022 của Thủ tướng Chính phủ đề ra" in national
    for note in (bac_giang, national, targets_note(templates["phu-yen-2023"])):
        assert note.count(" theo ") <= 1 and "mốc gần nhất" not in note
