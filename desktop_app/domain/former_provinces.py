"""The 63 provinces before 1 July 2025 and where each went (Resolution 202/2025/QH15).

A plan of a former province (Phú Yên's, Bắc Giang's) still governs the communes formed
from it inside today's merged province (domain.md §8). The official package carries
only today's list, so this table says, for each former province: its two-digit code
and name, the province it went into, and the range(s) of commune codes it held in the
official numbering. A commune formed in 2025 kept the code of one of the wards or
communes it was formed from, so its code tells its former province.

The ranges are written from knowledge and proven against the official list by
``tests/domain/test_former_provinces.py``: every commune of a merged province falls in
the range of exactly one of the former provinces that went into it, and on each
boundary between two former provinces of one new province, communes known by name
(the former capitals' wards) fall on their own side. Where the exact first code of a
former province in the old numbering is not known for sure, the range starts just
after the last code of the province before it that survives in today's list (the
communes between them were merged away, so the partition of today's communes is the
same). Hà Nội merged with no one and takes every one of its communes, whatever the
range: it kept codes of the ex-Hà Tây, Mê Linh (Vĩnh Phúc's numbering) and four
communes of Lương Sơn (Hòa Bình's numbering) that joined it in 2008.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desktop_app.domain.divisions import Commune, communes_of


@dataclass(frozen=True)
class FormerProvince:
    """A province before 1 July 2025."""

    code: str
    name: str
    merged_into: str  # the code of today's province it went into
    ranges: tuple[tuple[str, str], ...]  # commune codes it held, first and last included

    def holds(self, commune_code: str) -> bool:
        """Whether ``commune_code`` lies in one of this province's ranges."""
        return any(first <= commune_code <= last for first, last in self.ranges)


FORMER_PROVINCES: tuple[FormerProvince, ...] = (
    FormerProvince("01", "Hà Nội", "01", (("00001", "00687"), ("09530", "10506"))),
    FormerProvince("02", "Hà Giang", "08", (("00688", "01263"),)),
    FormerProvince("04", "Cao Bằng", "04", (("01264", "01833"),)),
    FormerProvince("06", "Bắc Kạn", "19", (("01834", "02211"),)),
    FormerProvince("08", "Tuyên Quang", "08", (("02212", "02623"),)),
    FormerProvince("10", "Lào Cai", "15", (("02624", "03123"),)),
    FormerProvince("11", "Điện Biên", "11", (("03124", "03386"),)),
    FormerProvince("12", "Lai Châu", "12", (("03387", "03645"),)),
    FormerProvince("14", "Sơn La", "14", (("03646", "04246"),)),
    FormerProvince("15", "Yên Bái", "15", (("04247", "04750"),)),
    FormerProvince("17", "Hòa Bình", "25", (("04751", "05425"),)),
    FormerProvince("19", "Thái Nguyên", "19", (("05426", "05976"),)),
    FormerProvince("20", "Lạng Sơn", "20", (("05977", "06637"),)),
    FormerProvince("22", "Quảng Ninh", "22", (("06638", "07203"),)),
    FormerProvince("24", "Bắc Giang", "24", (("07204", "07893"),)),
    FormerProvince("25", "Phú Thọ", "25", (("07894", "08706"),)),
    FormerProvince("26", "Vĩnh Phúc", "25", (("08707", "09168"),)),
    FormerProvince("27", "Bắc Ninh", "24", (("09169", "09529"),)),
    FormerProvince("30", "Hải Dương", "31", (("10507", "11295"),)),
    FormerProvince("31", "Hải Phòng", "31", (("11296", "11949"),)),
    FormerProvince("33", "Hưng Yên", "33", (("11950", "12427"),)),
    FormerProvince("34", "Thái Bình", "33", (("12428", "13284"),)),
    FormerProvince("35", "Hà Nam", "37", (("13285", "13627"),)),
    FormerProvince("36", "Nam Định", "37", (("13628", "14308"),)),
    FormerProvince("37", "Ninh Bình", "37", (("14309", "14746"),)),
    FormerProvince("38", "Thanh Hóa", "38", (("14747", "16680"),)),
    FormerProvince("40", "Nghệ An", "40", (("16681", "18069"),)),
    FormerProvince("42", "Hà Tĩnh", "42", (("18070", "18844"),)),
    FormerProvince("44", "Quảng Bình", "44", (("18845", "19318"),)),
    FormerProvince("45", "Quảng Trị", "44", (("19319", "19742"),)),
    FormerProvince("46", "Thừa Thiên Huế", "46", (("19743", "20193"),)),
    FormerProvince("48", "Đà Nẵng", "48", (("20194", "20333"),)),
    FormerProvince("49", "Quảng Nam", "48", (("20334", "21004"),)),
    FormerProvince("51", "Quảng Ngãi", "51", (("21005", "21552"),)),
    FormerProvince("52", "Bình Định", "52", (("21553", "22014"),)),
    FormerProvince("54", "Phú Yên", "66", (("22015", "22332"),)),
    FormerProvince("56", "Khánh Hòa", "56", (("22333", "22736"),)),
    FormerProvince("58", "Ninh Thuận", "56", (("22737", "22910"),)),
    FormerProvince("60", "Bình Thuận", "68", (("22911", "23272"),)),
    FormerProvince("62", "Kon Tum", "51", (("23273", "23562"),)),
    FormerProvince("64", "Gia Lai", "52", (("23563", "24120"),)),
    FormerProvince("66", "Đắk Lắk", "66", (("24121", "24609"),)),
    FormerProvince("67", "Đắk Nông", "68", (("24610", "24777"),)),
    FormerProvince("68", "Lâm Đồng", "68", (("24778", "25180"),)),
    FormerProvince("70", "Bình Phước", "75", (("25181", "25458"),)),
    FormerProvince("72", "Tây Ninh", "80", (("25459", "25732"),)),
    FormerProvince("74", "Bình Dương", "79", (("25733", "25987"),)),
    FormerProvince("75", "Đồng Nai", "75", (("25988", "26505"),)),
    FormerProvince("77", "Bà Rịa - Vũng Tàu", "79", (("26506", "26733"),)),
    FormerProvince("79", "Thành phố Hồ Chí Minh", "79", (("26734", "27684"),)),
    FormerProvince("80", "Long An", "80", (("27685", "28243"),)),
    FormerProvince("82", "Tiền Giang", "82", (("28244", "28755"),)),
    FormerProvince("83", "Bến Tre", "86", (("28756", "29227"),)),
    FormerProvince("84", "Trà Vinh", "86", (("29228", "29550"),)),
    FormerProvince("86", "Vĩnh Long", "86", (("29551", "29857"),)),
    FormerProvince("87", "Đồng Tháp", "82", (("29858", "30279"),)),
    FormerProvince("89", "An Giang", "91", (("30280", "30732"),)),
    FormerProvince("91", "Kiên Giang", "91", (("30733", "31116"),)),
    FormerProvince("92", "Cần Thơ", "92", (("31117", "31320"),)),
    FormerProvince("93", "Hậu Giang", "92", (("31321", "31495"),)),
    FormerProvince("94", "Sóc Trăng", "92", (("31496", "31824"),)),
    FormerProvince("95", "Bạc Liêu", "96", (("31825", "31993"),)),
    FormerProvince("96", "Cà Mau", "96", (("31994", "32999"),)),
)


def former_provinces_of(province_code: str) -> tuple[FormerProvince, ...]:
    """The former provinces that went into today's province ``province_code``, by code."""
    return tuple(f for f in FORMER_PROVINCES if f.merged_into == province_code)


def find_former(code: str) -> FormerProvince | None:
    """The former province with this two-digit code, if any."""
    return next((f for f in FORMER_PROVINCES if f.code == code), None)


@cache
def communes_formed_from(former_code: str) -> tuple[Commune, ...]:
    """Today's communes formed from the former province ``former_code``, in code order.

    A former province that merged with no one takes every commune of its province.
    """
    former = find_former(former_code)
    if former is None:
        return ()
    communes = sorted(communes_of(former.merged_into), key=lambda c: c.code)
    if len(former_provinces_of(former.merged_into)) == 1:
        return tuple(communes)
    return tuple(c for c in communes if former.holds(c.code))
