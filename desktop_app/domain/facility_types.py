"""The kinds of service point (thiết chế) a commune runs, from domain.md §2."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "FacilityType"


class FacilityGroup(StrEnum):
    """Which report form a facility counts in."""

    LIBRARY = "library"
    CULTURE = "culture"
    MUSEUM = "museum"


@dataclass(frozen=True)
class FacilityType:
    """One facility type: stable code, translatable name, group."""

    code: str
    name: str  # English source text; the Vietnamese official name is its translation
    group: FacilityGroup


FACILITY_TYPES: tuple[FacilityType, ...] = (
    FacilityType(
        "TV_XA", QT_TRANSLATE_NOOP("FacilityType", "Commune library"), FacilityGroup.LIBRARY
    ),
    FacilityType(
        "TV_CD",
        QT_TRANSLATE_NOOP(
            "FacilityType", "Community library / private library serving the community"
        ),
        FacilityGroup.LIBRARY,
    ),
    FacilityType(
        "PD_THON",
        QT_TRANSLATE_NOOP(
            "FacilityType", "Reading room or book cabinet of a village, hamlet or residential group"
        ),
        FacilityGroup.LIBRARY,
    ),
    FacilityType(
        "BDVHX",
        QT_TRANSLATE_NOOP("FacilityType", "Commune post and culture point"),
        FacilityGroup.LIBRARY,
    ),
    FacilityType(
        "TTVH_XA",
        QT_TRANSLATE_NOOP(
            "FacilityType", "Commune culture and sports centre / commune culture house"
        ),
        FacilityGroup.CULTURE,
    ),
    FacilityType(
        "NVH_THON",
        QT_TRANSLATE_NOOP(
            "FacilityType",
            "Culture house and sports ground of a village, hamlet or residential group",
        ),
        FacilityGroup.CULTURE,
    ),
    FacilityType(
        "TTHTCD",
        QT_TRANSLATE_NOOP("FacilityType", "Community learning centre"),
        FacilityGroup.CULTURE,
    ),
    FacilityType(
        "BT",
        QT_TRANSLATE_NOOP("FacilityType", "Museum, heritage house or exhibition room"),
        FacilityGroup.MUSEUM,
    ),
)

GROUP_NAMES: dict[FacilityGroup, str] = {
    FacilityGroup.LIBRARY: QT_TRANSLATE_NOOP("FacilityType", "Library"),
    FacilityGroup.CULTURE: QT_TRANSLATE_NOOP("FacilityType", "Culture"),
    FacilityGroup.MUSEUM: QT_TRANSLATE_NOOP("FacilityType", "Museum"),
}

_BY_CODE = {t.code: t for t in FACILITY_TYPES}


def facility_type(code: str) -> FacilityType | None:
    """The facility type with this code, or ``None``."""
    return _BY_CODE.get(code)


def type_codes() -> tuple[str, ...]:
    """All facility type codes, in the order of domain.md §2."""
    return tuple(_BY_CODE)
