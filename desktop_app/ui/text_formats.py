"""How figures, counts, times and spans are written on every screen (the shell's, so that
no screen borrows another's labels)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.domain.dates import format_date
from desktop_app.domain.messages import QT_TRANSLATE_NOOP

# The two ways of cutting a year into report periods (the report and the aggregation).
CONVENTION_NAMES = {
    "calendar": QT_TRANSLATE_NOOP("Report", "Calendar (statistical reports)"),
    "nd09": QT_TRANSLATE_NOOP("Report", "Decree 09 (administrative reports, 15th to 14th)"),
}


def convention_name(convention: str) -> str:
    """The name of a way of cutting the year, in the screen's language."""
    return QCoreApplication.translate("Report", CONVENTION_NAMES[convention])


def value_text(value: float | None) -> str:
    """A figure as the user's language writes it: 1.234 and 13,5 in Vietnamese; empty for none."""
    if value is None:
        return ""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def percent_text(value: float | None) -> str:
    """A percentage with one decimal (113,0); empty when there is none."""
    return "" if value is None else QLocale().toString(float(value), "f", 1)


def count_text(value: int | float | None) -> str:
    """A count as the user's language writes it (1.234 in Vietnamese); empty for ``None``."""
    return "" if value is None else QLocale().toString(int(value))


def when_text(moment: datetime | None) -> str:
    """A time stamp as dd/mm/yyyy hh:mm in the computer's time zone."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


def span_subject(name: str, first: date, last: date) -> str:
    """``TV1 – Thư viện xã, 01/11/2026 to 30/11/2026``: what a history of some days covers."""
    if first == last:
        return f"{name}, {format_date(first)}"
    text = QCoreApplication.translate("History", "{name}, {first} to {last}")
    return text.format(name=name, first=format_date(first), last=format_date(last))
