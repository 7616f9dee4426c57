"""Provinces and communes from the official post-2025 list (QĐ 19/2025/QĐ-TTg).

The list comes from the ``vietnam-provinces`` package. Codes are text: two
digits for a province, five for a commune, leading zeros kept ("07627").
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.text import normalise_space, search_key


@dataclass(frozen=True)
class Province:
    """A province or centrally-run city."""

    code: str
    name: str
    is_city: bool

    @property
    def full_name(self) -> str:
        """The name as written on documents: "Tỉnh Đắk Lắk", "Thành phố Hà Nội"."""
        return self.name if self.is_city else f"Tỉnh {self.name}"

    @property
    def in_phrase(self) -> str:
        """The name inside a phrase, its administrative word in lower case: "tỉnh Đắk Lắk"."""
        full = self.full_name
        return f"{full[0].lower()}{full[1:]}"


@dataclass(frozen=True)
class Commune:
    """A commune, ward or special zone (xã, phường, đặc khu)."""

    code: str
    name: str
    province_code: str

    @property
    def search_text(self) -> str:
        """The accent-free name and code, for type-to-find lists."""
        return f"{search_key(self.name)} {self.code}"


def _nested_divisions_file() -> Path:
    """The package's own data file (its public ``NESTED_DIVISIONS_JSON_PATH``).

    Located without importing the package: its enum module of 3,321 members
    takes a quarter of a second to build, the JSON a hundredth. The frozen
    build (installer/htsd.spec) ships only the package's data files, in
    ``<bundle>/vietnam_provinces/data``.
    """
    spec = importlib.util.find_spec("vietnam_provinces")
    if spec is not None and spec.submodule_search_locations:
        package_dir = Path(next(iter(spec.submodule_search_locations)))
    elif getattr(sys, "_MEIPASS", None):
        package_dir = Path(sys._MEIPASS) / "vietnam_provinces"
    else:
        raise ModuleNotFoundError("vietnam_provinces")
    return package_dir / "data" / "nested-divisions.json"


@cache
def _load() -> tuple[tuple[Province, ...], dict[str, tuple[Commune, ...]]]:
    nested = json.loads(_nested_divisions_file().read_text(encoding="utf-8"))
    provinces: list[Province] = []
    communes: dict[str, tuple[Commune, ...]] = {}
    for item in nested:
        code = f"{int(item['code']):02d}"
        provinces.append(
            Province(code, normalise_space(item["name"]), item["division_type"] != "tỉnh")
        )
        wards = (
            Commune(f"{int(w['code']):05d}", normalise_space(w["name"]), code)
            for w in item["wards"]
        )
        communes[code] = tuple(wards)
    return tuple(sorted(provinces, key=lambda p: p.code)), communes


def provinces() -> tuple[Province, ...]:
    """The 34 provinces, by code."""
    return _load()[0]


@cache
def communes_of(province_code: str) -> tuple[Commune, ...]:
    """The communes of a province, in alphabetical order."""
    return tuple(sorted(_load()[1].get(province_code, ()), key=lambda c: search_key(c.name)))


def find_province(code: str) -> Province | None:
    """The province with this two-digit code, or ``None``."""
    return next((p for p in provinces() if p.code == code), None)


def find_commune(code: str) -> Commune | None:
    """The commune with this five-digit code, or ``None``."""
    for items in _load()[1].values():
        for commune in items:
            if commune.code == code:
                return commune
    return None


def normalise_division_code(text: str, width: int, field_name: str) -> str:
    """Zero-pad a numeric code: ("7627", 5) -> "07627"; refuse anything else."""
    value = (text or "").strip()
    if not value.isdigit() or not value.isascii() or len(value) > width:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{code}\u201d is not a code of {width} digits."),
            field_name,
            code=value[:20],
            width=width,
        )
    return value.zfill(width)


def resolve_commune(province_text: str, commune_text: str) -> tuple[Province, Commune]:
    """Check a province and commune code pair against the official list.

    Raises:
        UserError: either code is malformed or unknown, or the commune lies in
        another province.
    """
    province_code = normalise_division_code(province_text, 2, "province")
    province = find_province(province_code)
    if province is None:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "There is no province with code {code}."),
            "province",
            code=province_code,
        )
    commune_code = normalise_division_code(commune_text, 5, "commune")
    commune = find_commune(commune_code)
    if commune is None:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "There is no commune with code {code}."),
            "commune",
            code=commune_code,
        )
    if commune.province_code != province.code:
        owner = find_province(commune.province_code)
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Commune {code} ({commune}) belongs to {owner}, not to {province}.",
            ),
            "commune",
            code=commune_code,
            commune=commune.name,
            owner=owner.in_phrase if owner else commune.province_code,
            province=province.in_phrase,
        )
    return province, commune


def default_receiving_office(province: Province) -> str:
    """The office that usually receives a commune's report: the province's culture department."""
    return f"Sở Văn hóa, Thể thao và Du lịch {province.in_phrase}"
