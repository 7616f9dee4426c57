"""How clubs, their sessions and their roster are shown: translated names and table columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.clubs import ClubMember
from desktop_app.domain.dates import format_date
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.services.clubs import ClubRow, SessionRow
from desktop_app.ui.code_names import club_field_name as field_name
from desktop_app.ui.code_names import club_kind_name as kind_name
from desktop_app.ui.code_names import sex_name
from desktop_app.ui.table_model import Column
from desktop_app.ui.text_formats import count_text

WARNING_SIGN = "\u26a0"


def _yes_no(value: bool) -> str:
    # Two literal calls, so that lupdate finds both words (a conditional inside hid "no").
    if value:
        return QCoreApplication.translate("Columns", "yes")
    return QCoreApplication.translate("Columns", "no")


def _warning(row: SessionRow) -> str:
    if not row.warning:
        return ""
    return WARNING_SIGN + " " + QCoreApplication.translate("Columns", "above the member count")


def _host(row: ClubRow) -> str:
    return f"{row.facility.code} – {row.facility.name}" if row.facility else ""


CLUB_COLUMNS: tuple[Column[ClubRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.club.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.club.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: kind_name(r.club.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Field"), lambda r: field_name(r.club.field)),
    Column(QT_TRANSLATE_NOOP("Columns", "Host facility"), _host),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Members"),
        lambda r: count_text(r.club.members),
        lambda r: r.club.members,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Sessions"),
        lambda r: count_text(r.figures.sessions),
        lambda r: r.figures.sessions,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Attendance"),
        lambda r: count_text(r.figures.attendance),
        lambda r: r.figures.attendance,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Active"),
        lambda r: _yes_no(r.figures.active),
        lambda r: int(r.figures.active),
    ),
)

SESSION_COLUMNS: tuple[Column[SessionRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda r: format_date(r.session.day),
        lambda r: r.session.day.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Topic"), lambda r: r.session.topic),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Attendance"),
        lambda r: count_text(r.session.attendance),
        lambda r: r.session.attendance,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Check"), _warning),
)

MEMBER_COLUMNS: tuple[Column[ClubMember], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda m: m.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Sex"), lambda m: sex_name(m.sex)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Born"),
        lambda m: str(m.birth_year) if m.birth_year else "",
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda m: m.phone),
    Column(QT_TRANSLATE_NOOP("Columns", "Joined"), lambda m: format_date(m.joined_on)),
)
