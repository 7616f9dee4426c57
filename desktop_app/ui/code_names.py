"""Stored codes in the user's words: the names several screens show (a screen's own list and
the history of changes), kept in the shell so that no screen borrows another's labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.activities import MODES, TYPES
from desktop_app.domain.clubs import FIELDS, KINDS
from desktop_app.domain.digital import DIGITAL_KINDS
from desktop_app.domain.facility_types import facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP

SEXES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Clubs", "not given"),
    "nam": QT_TRANSLATE_NOOP("Clubs", "male"),
    "nu": QT_TRANSLATE_NOOP("Clubs", "female"),
}


def facility_type_name(code: str) -> str:
    """The translated name of a facility type."""
    kind = facility_type(code)
    return QCoreApplication.translate("FacilityType", kind.name) if kind else code


def activity_type_name(code: str) -> str:
    """The translated name of a type of activity."""
    return QCoreApplication.translate("Activities", TYPES[code]) if code in TYPES else code


def activity_mode_name(code: str) -> str:
    """The translated name of how an activity was held."""
    return QCoreApplication.translate("Activities", MODES[code]) if code in MODES else code


def club_kind_name(code: str) -> str:
    """The translated name of a kind of club."""
    return QCoreApplication.translate("Clubs", KINDS[code]) if code in KINDS else code


def club_field_name(code: str) -> str:
    """The translated name of a club's field."""
    return QCoreApplication.translate("Clubs", FIELDS[code]) if code in FIELDS else code


def sex_name(code: str) -> str:
    """The translated name of a sex code ("" = not given)."""
    return QCoreApplication.translate("Clubs", SEXES[code]) if code in SEXES else code


def digital_kind_name(kind: str) -> str:
    """The translated name of a kind of digital service."""
    source = DIGITAL_KINDS.get(kind)
    return QCoreApplication.translate("Digital", source) if source else kind
