"""The former provinces' table, proven against the official list (issue 20)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from desktop_app.domain.divisions import communes_of, provinces
from desktop_app.domain.former_provinces import (
    FORMER_PROVINCES,
    communes_formed_from,
    former_provinces_of,
)

ROOT = Path(__file__).resolve().parents[2]


def test_sixty_three_provinces_went_into_the_thirty_four():
    assert len(FORMER_PROVINCES) == 63
    assert len({f.code for f in FORMER_PROVINCES}) == 63
    today = {p.code for p in provinces()}
    assert {f.merged_into for f in FORMER_PROVINCES} == today
    # Resolution 202/2025/QH15: 11 kept as they were, 17 pairs, 6 of three
    sizes = sorted(len(former_provinces_of(code)) for code in today)
    assert sizes.count(1) == 11 and sizes.count(2) == 17 and sizes.count(3) == 6


def test_ranges_never_overlap():
    spans = sorted(span for f in FORMER_PROVINCES for span in f.ranges)
    for (_, last), (first, _) in itertools.pairwise(spans):
        assert last < first


@pytest.mark.parametrize("province", [p.code for p in provinces()])
def test_every_commune_falls_in_exactly_one_former_province(province):
    formers = former_provinces_of(province)
    for commune in communes_of(province):
        holders = [
            f.code
            for f in formers
            if commune.code in {c.code for c in communes_formed_from(f.code)}
        ]
        assert len(holders) == 1, (commune.code, commune.name, holders)
    assert sum(len(communes_formed_from(f.code)) for f in formers) == len(communes_of(province))


def _code(province: str, name: str) -> str:
    found = [c.code for c in communes_of(province) if c.name == name]
    assert len(found) == 1, (province, name)
    return found[0]


# Each boundary between two former provinces of one new province, told by names known to
# lie on each side: the former capitals' wards (and the last district before the boundary).
SIDES = [
    ("25", "25", ["Phường Việt Trì", "Xã Tu Vũ"]),  # Phú Thọ: Thanh Thủy's last commune
    ("25", "26", ["Phường Vĩnh Yên", "Phường Phúc Yên"]),  # Vĩnh Phúc
    ("25", "17", ["Phường Hòa Bình", "Xã An Bình"]),  # Hòa Bình (Lạc Thủy)
    ("24", "24", ["Phường Bắc Giang"]),
    ("24", "27", ["Phường Kinh Bắc", "Phường Từ Sơn"]),  # Bắc Ninh
    ("31", "30", ["Phường Hải Dương", "Xã Thanh Miện"]),
    ("31", "31", ["Phường Hồng Bàng", "Phường Lê Chân"]),
    ("33", "33", ["Phường Phố Hiến", "Xã Tống Trân"]),  # Hưng Yên (Phù Cừ)
    ("33", "34", ["Phường Thái Bình", "Phường Trần Hưng Đạo"]),
    ("37", "35", ["Phường Phủ Lý", "Xã Nam Lý"]),  # Hà Nam (Lý Nhân)
    ("37", "36", ["Phường Nam Định", "Xã Hải Xuân"]),  # Nam Định (Hải Hậu)
    ("37", "37", ["Phường Hoa Lư", "Phường Tam Điệp", "Xã Kim Sơn"]),
    ("44", "44", ["Phường Đồng Hới", "Xã Kim Ngân"]),  # Quảng Bình (Lệ Thủy)
    ("44", "45", ["Phường Đông Hà", "Đặc khu Cồn Cỏ"]),
    ("48", "48", ["Phường Hải Châu", "Đặc khu Hoàng Sa"]),
    ("48", "49", ["Phường Tam Kỳ", "Phường Hội An"]),
    ("56", "56", ["Phường Nha Trang", "Đặc khu Trường Sa"]),
    ("56", "58", ["Phường Phan Rang", "Phường Đô Vinh"]),
    (
        "68",
        "67",
        ["Phường Bắc Gia Nghĩa", "Phường Nam Gia Nghĩa", "Xã Quảng Tín"],
    ),  # Đắk Nông (Đắk R'Lấp)
    ("68", "68", ["Phường Xuân Hương - Đà Lạt", "Phường Lâm Viên - Đà Lạt"]),
    ("68", "60", ["Phường Phan Thiết", "Đặc khu Phú Quý"]),  # Bình Thuận
    ("79", "74", ["Phường Thủ Dầu Một", "Phường Thuận An"]),  # Bình Dương
    ("79", "77", ["Phường Vũng Tàu", "Phường Bà Rịa", "Đặc khu Côn Đảo"]),
    ("79", "79", ["Phường Sài Gòn", "Phường Bến Thành", "Phường Tân Định"]),
    ("86", "83", ["Phường Bến Tre", "Xã Thạnh Phong"]),  # Bến Tre (Thạnh Phú)
    ("86", "84", ["Phường Trà Vinh", "Phường Trường Long Hòa"]),
    ("86", "86", ["Phường Long Châu", "Phường Phước Hậu"]),
    ("91", "89", ["Phường Long Xuyên", "Xã Định Mỹ"]),  # An Giang (Thoại Sơn)
    ("91", "91", ["Phường Rạch Giá", "Phường Hà Tiên"]),
    ("92", "92", ["Phường Ninh Kiều", "Xã Nhơn Ái"]),
    ("92", "93", ["Phường Vị Thanh", "Phường Long Mỹ", "Xã Xà Phiên"]),
    ("92", "94", ["Phường Sóc Trăng", "Phường Phú Lợi"]),
    ("96", "95", ["Phường Bạc Liêu", "Xã Định Thành"]),  # Bạc Liêu (Đông Hải)
    ("96", "96", ["Phường An Xuyên"]),
    ("66", "54", ["Phường Tuy Hòa"]),
    ("66", "66", ["Phường Buôn Ma Thuột"]),
    ("51", "51", ["Phường Cẩm Thành", "Phường Trương Quang Trọng"]),  # Quảng Ngãi
    ("51", "62", ["Phường Kon Tum"]),
    ("52", "52", ["Phường Quy Nhơn"]),
    ("52", "64", ["Phường Pleiku"]),
]


@pytest.mark.parametrize(("province", "former", "names"), SIDES)
def test_communes_known_by_name_lie_on_their_side(province, former, names):
    codes = {c.code for c in communes_formed_from(former)}
    for name in names:
        assert _code(province, name) in codes, name


def _plan_scope(template_id: str) -> set[str]:
    path = ROOT / "resources" / "templates" / f"{template_id}.json"
    return set(json.loads(path.read_text("utf-8"))["scope_communes"])


def test_phu_yen_is_the_34_communes_of_the_22xxx_codes():
    formed = {c.code for c in communes_formed_from("54")}
    assert len(formed) == 34
    assert all(code.startswith("22") for code in formed)
    assert {c.code for c in communes_of("66") if c.code.startswith("22")} == formed
    assert formed == _plan_scope("phu-yen-2023")
    assert len(communes_formed_from("66")) == 68


def test_bac_giang_is_the_scope_of_its_plan():
    formed = {c.code for c in communes_formed_from("24")}
    assert formed == _plan_scope("bac-giang-74-2023")
    assert len(formed) + len(communes_formed_from("27")) == len(communes_of("24"))


def test_a_province_that_merged_with_no_one_takes_all_its_communes():
    # Hà Nội keeps codes of ex-Hà Tây, Mê Linh (Vĩnh Phúc's range) and Lương Sơn (Hòa Bình's)
    assert len(communes_formed_from("01")) == len(communes_of("01")) == 126
    assert _code("01", "Xã Mê Linh") in {c.code for c in communes_formed_from("01")}
    assert communes_formed_from("26") and "01" not in {
        c.province_code for c in communes_formed_from("26")
    }
