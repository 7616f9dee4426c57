"""How the history of changes is worded: field, table and action names, values, columns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.services.audit import Change, FieldChange
from desktop_app.ui import code_names
from desktop_app.ui.table_model import Column
from desktop_app.ui.text_formats import when_text

# Stored columns (and settings keys) in words.
FIELD_NAMES: dict[str, str] = {
    # settings
    "province_code": QT_TRANSLATE_NOOP("Fields", "Province code"),
    "commune_code": QT_TRANSLATE_NOOP("Fields", "Commune code"),
    "unit_name": QT_TRANSLATE_NOOP("Fields", "Unit name"),
    "template_id": QT_TRANSLATE_NOOP("Fields", "Report template"),
    "preparer_name": QT_TRANSLATE_NOOP("Fields", "Prepared by"),
    "head_name": QT_TRANSLATE_NOOP("Fields", "Head of unit"),
    "receiving_office": QT_TRANSLATE_NOOP("Fields", "Receiving office"),
    "last_backup_at": QT_TRANSLATE_NOOP("Fields", "Last backup"),
    # facilities and profiles
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "type_code": QT_TRANSLATE_NOOP("Fields", "Facility type"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "opened_on": QT_TRANSLATE_NOOP("Fields", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("Fields", "Closed on"),
    "effective_from": QT_TRANSLATE_NOOP("Fields", "In force from"),
    "area_m2": QT_TRANSLATE_NOOP("Fields", "Area (m²)"),
    "seats": QT_TRANSLATE_NOOP("Fields", "Seats"),
    "computers": QT_TRANSLATE_NOOP("Fields", "Computers"),
    "computers_internet": QT_TRANSLATE_NOOP("Fields", "Computers with Internet"),
    "books": QT_TRANSLATE_NOOP("Fields", "Books"),
    "library_software": QT_TRANSLATE_NOOP("Fields", "Library software"),
    "digital_library": QT_TRANSLATE_NOOP("Fields", "Digital library"),
    "web_presence": QT_TRANSLATE_NOOP("Fields", "Web site or fan page"),
    "facility_id": QT_TRANSLATE_NOOP("Fields", "Facility"),
    # visits
    "day": QT_TRANSLATE_NOOP("Fields", "Date"),
    "total": QT_TRANSLATE_NOOP("Fields", "Total visits"),
    "children": QT_TRANSLATE_NOOP("Fields", "Children"),
    "elderly": QT_TRANSLATE_NOOP("Fields", "Elderly"),
    "disabled": QT_TRANSLATE_NOOP("Fields", "People with disabilities"),
    "ethnic_minority": QT_TRANSLATE_NOOP("Fields", "Ethnic minorities"),
    "women": QT_TRANSLATE_NOOP("Fields", "Women"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile service"),
    "documents": QT_TRANSLATE_NOOP("Fields", "Documents served"),
    "new_cards": QT_TRANSLATE_NOOP("Fields", "New reader cards"),
    "estimated": QT_TRANSLATE_NOOP("Fields", "Estimated"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    # clubs, roster, sessions
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "field": QT_TRANSLATE_NOOP("Fields", "Field"),
    "founded_on": QT_TRANSLATE_NOOP("Fields", "Founded on"),
    "leader": QT_TRANSLATE_NOOP("Fields", "Leader"),
    "members": QT_TRANSLATE_NOOP("Fields", "Members"),
    "members_women": QT_TRANSLATE_NOOP("Fields", "Women members"),
    "members_children": QT_TRANSLATE_NOOP("Fields", "Child members"),
    "members_elderly": QT_TRANSLATE_NOOP("Fields", "Elderly members"),
    "club_id": QT_TRANSLATE_NOOP("Fields", "Club"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "birth_year": QT_TRANSLATE_NOOP("Fields", "Year of birth"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "joined_on": QT_TRANSLATE_NOOP("Fields", "Joined on"),
    "topic": QT_TRANSLATE_NOOP("Fields", "Topic"),
    "attendance": QT_TRANSLATE_NOOP("Fields", "Attendance"),
    # activities, digital services, museum
    "start_day": QT_TRANSLATE_NOOP("Fields", "From"),
    "end_day": QT_TRANSLATE_NOOP("Fields", "To"),
    "type": QT_TRANSLATE_NOOP("Fields", "Type"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "partners": QT_TRANSLATE_NOOP("Fields", "Partners"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Held"),
    "lifelong_learning": QT_TRANSLATE_NOOP("Fields", "Lifelong learning"),
    "participants": QT_TRANSLATE_NOOP("Fields", "Participants"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "Quantity"),
    "visitors": QT_TRANSLATE_NOOP("Fields", "Visitors"),
    "learners": QT_TRANSLATE_NOOP("Fields", "Visitors for research and learning"),
    "digitised": QT_TRANSLATE_NOOP("Fields", "Objects digitised"),
    "collected": QT_TRANSLATE_NOOP("Fields", "Objects collected"),
    "exhibitions": QT_TRANSLATE_NOOP("Fields", "Exhibitions"),
    # baseline and submissions
    "period_id": QT_TRANSLATE_NOOP("Fields", "Period"),
    "convention": QT_TRANSLATE_NOOP("Fields", "Dates"),
    "indicator": QT_TRANSLATE_NOOP("Fields", "Indicator"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "submitted_at": QT_TRANSLATE_NOOP("Fields", "Submitted at"),
    "submitted_by": QT_TRANSLATE_NOOP("Fields", "Submitted by"),
    "reopened_at": QT_TRANSLATE_NOOP("Fields", "Reopened at"),
    "reopened_by": QT_TRANSLATE_NOOP("Fields", "Reopened by"),
    "reopen_reason": QT_TRANSLATE_NOOP("Fields", "Reason for reopening"),
}

TABLE_NAMES: dict[str, str] = {
    "settings": QT_TRANSLATE_NOOP("History", "Settings"),
    "facilities": QT_TRANSLATE_NOOP("History", "Facility"),
    "facility_profiles": QT_TRANSLATE_NOOP("History", "Facility profile"),
    "visits": QT_TRANSLATE_NOOP("History", "Visits"),
    "clubs": QT_TRANSLATE_NOOP("History", "Club"),
    "club_members": QT_TRANSLATE_NOOP("History", "Club member"),
    "club_sessions": QT_TRANSLATE_NOOP("History", "Club session"),
    "activities": QT_TRANSLATE_NOOP("History", "Activity"),
    "digital_services": QT_TRANSLATE_NOOP("History", "Digital service"),
    "museum_records": QT_TRANSLATE_NOOP("History", "Museum"),
    "baseline": QT_TRANSLATE_NOOP("History", "Baseline"),
    "submissions": QT_TRANSLATE_NOOP("History", "Period"),
    "period_texts": QT_TRANSLATE_NOOP("History", "Assessment of the period"),
}

ACTION_NAMES: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("History", "Added"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "delete": QT_TRANSLATE_NOOP("History", "Deleted"),
    "submit": QT_TRANSLATE_NOOP("History", "Submitted"),
    "reopen": QT_TRANSLATE_NOOP("History", "Reopened"),
}


# Stored codes in words, by (table, column).
_CODE_NAMES: dict[tuple[str, str], Callable[[str], str]] = {
    ("facilities", "type_code"): code_names.facility_type_name,
    ("activities", "type"): code_names.activity_type_name,
    ("activities", "mode"): code_names.activity_mode_name,
    ("clubs", "kind"): code_names.club_kind_name,
    ("clubs", "field"): code_names.club_field_name,
    ("club_members", "sex"): code_names.sex_name,
    ("digital_services", "kind"): code_names.digital_kind_name,
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_name(column: str) -> str:
    """A stored column (or settings key) in words; an unknown one as it is stored."""
    source = FIELD_NAMES.get(column)
    return _tr("Fields", source) if source else column


def action_name(action: str) -> str:
    """Added, Changed, Deleted, Submitted or Reopened, translated."""
    source = ACTION_NAMES.get(action)
    return _tr("History", source) if source else action


def value_text(table: str, change: FieldChange, value: object) -> str:
    """One old or new value as the user reads it; empty for none."""
    if value is None or value == "":
        return QCoreApplication.translate("History", "(empty)")
    if change.kind == "date" and isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if change.kind == "flag":
        return (
            QCoreApplication.translate("History", "yes")
            if value
            else QCoreApplication.translate("History", "no")
        )
    if change.kind == "code":
        namer = _CODE_NAMES.get((table, change.field))
        return namer(str(value)) if namer else str(value)
    if change.kind == "number" and isinstance(value, int | float):
        if float(value).is_integer():
            return QLocale().toString(int(value))
        return QLocale().toString(float(value), "f", 1)
    return str(value)


def field_text(change: Change, field: FieldChange) -> str:
    """``Total visits: 40 → 45``; an added record shows the new value, a deleted one the old."""
    name = field_name(field.field)
    if change.action in ("insert", "submit", "reopen"):
        return f"{name}: {value_text(change.table, field, field.new)}"
    if change.action == "delete":
        return f"{name}: {value_text(change.table, field, field.old)}"
    old = value_text(change.table, field, field.old)
    new = value_text(change.table, field, field.new)
    return f"{name}: {old} \u2192 {new}"


def fields_text(change: Change, separator: str = "; ") -> str:
    """Every field of a change, in words."""
    return separator.join(field_text(change, f) for f in change.fields)


def what_text(change: Change) -> str:
    """``Visits: TV1 – Thư viện xã Hòa Phú, 05/11/2026``."""
    source = TABLE_NAMES.get(change.table)
    table = _tr("History", source) if source else change.table
    what = change.what
    if change.code is not None:
        namer = _CODE_NAMES.get((change.table, change.code[0]))
        code = namer(change.code[1]) if namer else change.code[1]
        what = f"{what}, {code}" if what else code
    return f"{table}: {what}" if what else table


HISTORY_COLUMNS: tuple[Column[Change], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "When"),
        lambda c: when_text(c.when),
        lambda c: (c.when, c.id),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda c: c.who),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda c: action_name(c.action)),
    Column(QT_TRANSLATE_NOOP("Columns", "Record"), what_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Changes"), fields_text),
)
