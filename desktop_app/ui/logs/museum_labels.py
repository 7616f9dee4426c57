"""How the museum log is shown: table columns for rows and for the period's totals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.dates import format_date
from desktop_app.domain.digital import MUSEUM_FIELDS, MUSEUM_LABELS, MuseumRecord
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.ui.table_model import Column
from desktop_app.ui.text_formats import count_text


def _count_column(name: str) -> Column[MuseumRecord]:
    return Column(
        MUSEUM_LABELS[name],
        lambda r: count_text(getattr(r, name)),
        lambda r: getattr(r, name),
        numeric=True,
        context="Museum",
    )


_COUNTS = tuple(_count_column(name) for name in MUSEUM_FIELDS)

MUSEUM_COLUMNS: tuple[Column[MuseumRecord], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda r: format_date(r.day),
        lambda r: r.day.isoformat(),
    ),
    *_COUNTS,
)

MUSEUM_TOTAL_COLUMNS: tuple[Column[MuseumRecord], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Period"), lambda _r: _total_caption()),
    *_COUNTS,
)


def _total_caption() -> str:
    return QCoreApplication.translate("Columns", "Total")
