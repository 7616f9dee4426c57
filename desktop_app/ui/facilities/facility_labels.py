"""How facilities and their profiles are shown: translated names and table columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.domain.dates import format_date
from desktop_app.domain.facility import FacilityProfile
from desktop_app.domain.facility_types import GROUP_NAMES, facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.services.facilities import FacilityRow
from desktop_app.ui.code_names import facility_type_name as type_name
from desktop_app.ui.table_model import Column


def group_name(code: str) -> str:
    """The translated name of a facility type's group."""
    kind = facility_type(code)
    return QCoreApplication.translate("FacilityType", GROUP_NAMES[kind.group]) if kind else ""


def _number(value: float | None) -> str:
    """A count or area as the user's language writes it: 1.234 and 60,5 in Vietnamese."""
    if value is None:
        return ""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def _yes(value: bool) -> str:
    return QCoreApplication.translate("Columns", "yes") if value else ""


def _status(row: FacilityRow) -> str:
    if row.facility.closed_on:
        return QCoreApplication.translate("Columns", "closed")
    return QCoreApplication.translate("Columns", "open")


def _profile_value(row: FacilityRow, name: str) -> float | None:
    return getattr(row.profile, name) if row.profile else None


FACILITY_COLUMNS: tuple[Column[FacilityRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.facility.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.facility.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: type_name(r.facility.type_code)),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: group_name(r.facility.type_code)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Opened"),
        lambda r: format_date(r.facility.opened_on),
        lambda r: r.facility.opened_on.isoformat() if r.facility.opened_on else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Closed"),
        lambda r: format_date(r.facility.closed_on),
        lambda r: r.facility.closed_on.isoformat() if r.facility.closed_on else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), _status),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Books"),
        lambda r: _number(_profile_value(r, "books")),
        lambda r: _profile_value(r, "books") or 0,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Computers"),
        lambda r: _number(_profile_value(r, "computers")),
        lambda r: _profile_value(r, "computers") or 0,
        numeric=True,
    ),
)

PROFILE_COLUMNS: tuple[Column[FacilityProfile], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "In force from"),
        lambda p: format_date(p.effective_from),
        lambda p: p.effective_from.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Area (m²)"), lambda p: _number(p.area_m2), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Seats"), lambda p: _number(p.seats), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Computers"), lambda p: _number(p.computers), numeric=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "With Internet"),
        lambda p: _number(p.computers_internet),
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Books"), lambda p: _number(p.books), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Library software"), lambda p: _yes(p.library_software)),
    Column(QT_TRANSLATE_NOOP("Columns", "Digital library"), lambda p: _yes(p.digital_library)),
    Column(QT_TRANSLATE_NOOP("Columns", "Website"), lambda p: _yes(p.web_presence)),
)
