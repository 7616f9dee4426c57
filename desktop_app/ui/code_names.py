"""Stored codes in the user's words: the names several screens show (a screen's own list and
the history of changes), kept in the shell so that no screen borrows another's labels.

A type, mode, kind or field goes through ``desktop_app.i18n.name_of`` in the screen's language,
the same entry the workbook prints in Vietnamese (``services/reporting/report_lists.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.activities import MODES, TYPES
from desktop_app.domain.clubs import FIELDS, KINDS
from desktop_app.domain.digital import DIGITAL_KINDS
from desktop_app.domain.facility_types import facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.i18n import name_of

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
    return name_of("Activities", TYPES, code)


def activity_mode_name(code: str) -> str:
    """The translated name of how an activity was held."""
    return name_of("Activities", MODES, code)


def club_kind_name(code: str) -> str:
    """The translated name of a kind of club."""
    return name_of("Clubs", KINDS, code)


def club_field_name(code: str) -> str:
    """The translated name of a club's field."""
    return name_of("Clubs", FIELDS, code)


def sex_name(code: str) -> str:
    """The translated name of a sex code ("" = not given)."""
    return name_of("Clubs", SEXES, code)


def digital_kind_name(kind: str) -> str:
    """The translated name of a kind of digital service."""
    source = DIGITAL_KINDS.get(kind)
    return QCoreApplication.translate("Digital", source) if source else kind
