"""How activities are shown: translated type and mode names and the table's columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.dates import format_date
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.services.activities import ActivityRow
from desktop_app.ui.code_names import activity_mode_name as mode_name
from desktop_app.ui.code_names import activity_type_name as type_name
from desktop_app.ui.table_model import Column
from desktop_app.ui.text_formats import count_text


def _last_day(row: ActivityRow) -> str:
    a = row.activity
    return format_date(a.end_day) if a.end_day != a.start_day else ""


def _count(header: str, attribute: str) -> Column[ActivityRow]:
    return Column(
        header,
        lambda r: count_text(getattr(r.activity, attribute)),
        lambda r: getattr(r.activity, attribute),
        numeric=True,
    )


def _lifelong(row: ActivityRow) -> str:
    return QCoreApplication.translate("Columns", "yes") if row.activity.lifelong_learning else ""


ACTIVITY_COLUMNS: tuple[Column[ActivityRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "First day"),
        lambda r: format_date(r.activity.start_day),
        lambda r: r.activity.start_day.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Last day"),
        _last_day,
        lambda r: r.activity.end_day.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Facility"),
        lambda r: r.facility.code if r.facility else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.activity.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: type_name(r.activity.type)),
    Column(QT_TRANSLATE_NOOP("Columns", "Mode"), lambda r: mode_name(r.activity.mode)),
    Column(QT_TRANSLATE_NOOP("Columns", "Lifelong learning"), _lifelong),
    _count(QT_TRANSLATE_NOOP("Columns", "Participants"), "participants"),
    _count(QT_TRANSLATE_NOOP("Columns", "Children"), "children"),
    _count(QT_TRANSLATE_NOOP("Columns", "Elderly"), "elderly"),
    _count(QT_TRANSLATE_NOOP("Columns", "Women"), "women"),
)
