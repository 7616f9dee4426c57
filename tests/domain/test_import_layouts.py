"""The import layouts: told by the header, columns checked by name, cells parsed strictly."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.import_layouts import (
    ACTIVITIES,
    CLUBS,
    DIGITAL,
    LAYOUTS,
    MUSEUM,
    SESSIONS,
    VISITS,
    detect_layout,
    header_problems,
    parse_cell,
    parse_count,
    parse_flag,
    parse_row,
)
from desktop_app.domain.messages import UserError
from tests.import_samples import SAMPLES


@pytest.mark.parametrize("key", list(SAMPLES))
def test_each_sample_header_tells_its_layout_in_any_order(key: str) -> None:
    header = SAMPLES[key][0]
    assert detect_layout(header).key == key
    assert detect_layout(list(reversed(header))).key == key
    assert detect_layout([f" {name.upper()} " for name in header]).key == key


def test_the_layouts_are_exactly_those_of_the_brief() -> None:
    assert VISITS.names == tuple(SAMPLES["visits"][0])
    assert SESSIONS.names == ("ma_clb", "ngay", "noi_dung", "so_nguoi")
    assert DIGITAL.column("loai").choices == (
        "may_tinh", "tai_nguyen_so", "so_hoa", "truc_tuyen", "ky_nang_so",
    )  # fmt: skip
    assert CLUBS.column("hinh_thuc").choices == ("clb", "lop_nang_khieu", "nhom_so_thich")
    assert CLUBS.column("linh_vuc").choices == (
        "van_nghe", "the_thao", "doc_sach", "ky_nang_so", "ngoai_ngu", "khac",
    )  # fmt: skip
    assert ACTIVITIES.column("hinh_thuc").choices == ("tai_cho", "luu_dong", "truc_tuyen")
    assert set(ACTIVITIES.column("loai").choices) == {
        "ngay_sach",
        "ngay_sach_ban_quyen",
        "ngay_bao_tang",
        "ngay_di_san",
        "tuan_le_htsd",
        "trung_bay",
        "noi_chuyen",
        "lop_hoc",
        "luu_dong",
        "luan_chuyen",
        "van_nghe",
        "the_thao",
        "khac",
    }  # fmt: skip (domain.md §9)
    assert MUSEUM.names == ("ngay", "ma_thiet_che", "khach", "khach_hoc_tap", "so_hoa",
                            "suu_tam", "trung_bay")  # fmt: skip
    assert {layout.key for layout in LAYOUTS} == set(SAMPLES)


def test_a_minimal_header_is_enough() -> None:
    assert detect_layout(["ngay", "ma_thiet_che", "tong_luot"]) is VISITS
    assert detect_layout(["ma_clb", "ngay", "so_nguoi"]) is SESSIONS
    assert detect_layout(["ngay", "ma_thiet_che", "khach"]) is MUSEUM


@pytest.mark.parametrize(
    "header", [["ngay", "ma_thiet_che"], ["ho_ten", "so_dien_thoai"], [], ["", ""]]
)
def test_a_header_that_tells_nothing_is_refused(header: list[str]) -> None:
    with pytest.raises(UserError, match="does not tell which kind of data"):
        detect_layout(header)


def test_unknown_repeated_and_missing_columns_are_named() -> None:
    header = ["ngay", "ma_thiet_che", "Ghi chu", "nu", "nu"]
    problems = header_problems(VISITS, header)
    assert [name for name, _exc in problems] == ["ghi chu", "nu", "tong_luot"]
    texts = [exc.message.source() for _name, exc in problems]
    assert "\u201cGhi chu\u201d is not a column of the visits layout" in texts[0]
    assert "appears twice" in texts[1]
    assert "\u201ctong_luot\u201d is missing" in texts[2]
    assert header_problems(VISITS, SAMPLES["visits"][0]) == []


def test_optional_columns_may_be_left_out() -> None:
    assert header_problems(ACTIVITIES, ["ngay", "ma_thiet_che", "loai", "ten"]) == []


@pytest.mark.parametrize(
    ("text", "value"), [("", 0), (" 12 ", 12), ("0", 0), ("-3", -3), ("+4", 4)]
)
def test_counts(text: str, value: int) -> None:
    assert parse_count(text) == value


@pytest.mark.parametrize("text", ["12.5", "mười", "1.200", "12a", "1e3"])
def test_letters_and_fractions_are_not_counts(text: str) -> None:
    with pytest.raises(UserError, match="is not a whole number") as caught:
        parse_count(text, "tong_luot")
    assert caught.value.field_name == "tong_luot"


def test_flags() -> None:
    assert parse_flag("") is False and parse_flag("0") is False and parse_flag("1") is True
    with pytest.raises(UserError, match="must be 0 or 1"):
        parse_flag("có")


def test_cells_by_kind() -> None:
    assert parse_cell(VISITS.column("ngay"), "21/04/2026") == date(2026, 4, 21)
    assert parse_cell(VISITS.column("ngay"), "2026-04-21") == date(2026, 4, 21)
    assert parse_cell(VISITS.column("ma_thiet_che"), " tv1 ") == "TV1"
    assert parse_cell(ACTIVITIES.column("loai"), " Ngay_Sach ") == "ngay_sach"
    assert parse_cell(ACTIVITIES.column("hinh_thuc"), "") is None
    assert parse_cell(CLUBS.column("ngay_giai_the"), "") is None
    with pytest.raises(UserError, match="31/02/2026 is not a day of the calendar"):
        parse_cell(VISITS.column("ngay"), "31/02/2026")
    with pytest.raises(UserError, match="is not one of: tai_cho, luu_dong, truc_tuyen"):
        parse_cell(ACTIVITIES.column("hinh_thuc"), "online")
    with pytest.raises(UserError, match="\u201cngay\u201d is empty"):
        parse_cell(VISITS.column("ngay"), " ")


def test_a_row_reports_every_bad_cell_by_column() -> None:
    values, problems = parse_row(
        VISITS, {"ngay": "31/02/2026", "ma_thiet_che": "TV1", "tong_luot": "x", "nu": "3"}
    )
    assert [column for column, _exc in problems] == ["ngay", "tong_luot"]
    assert values["nu"] == 3 and values["thieu_nhi"] == 0 and values["uoc_tinh"] is False


def test_domain_fields_map_back_to_columns() -> None:
    assert VISITS.column_for_field("children") == "thieu_nhi"
    assert ACTIVITIES.column_for_field("start_day") == "ngay"
    assert ACTIVITIES.column_for_field("participants") == "tong_nguoi"
    assert CLUBS.column_for_field("code") == "ma_clb"
    assert MUSEUM.column_for_field("facility") == "ma_thiet_che"
    assert SESSIONS.column_for_field("attendance") == "so_nguoi"
