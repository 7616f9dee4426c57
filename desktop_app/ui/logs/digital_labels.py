"""How the digital-services log is shown: kind names and table columns."""

from __future__ import annotations

from desktop_app.domain.dates import format_date
from desktop_app.domain.digital import WITH_PARTICIPANTS, DigitalService
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.services.digital import KindTotal
from desktop_app.ui.code_names import digital_kind_name as kind_name
from desktop_app.ui.table_model import Column
from desktop_app.ui.text_formats import count_text


def _participants(kind: str, value: int) -> str:
    return count_text(value) if kind in WITH_PARTICIPANTS or value else ""


DIGITAL_COLUMNS: tuple[Column[DigitalService], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda r: format_date(r.day),
        lambda r: r.day.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: kind_name(r.kind)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Quantity"),
        lambda r: count_text(r.quantity),
        lambda r: r.quantity,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Participants"),
        lambda r: _participants(r.kind, r.participants),
        lambda r: r.participants,
        numeric=True,
    ),
)

TOTAL_COLUMNS: tuple[Column[KindTotal], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda t: kind_name(t.kind)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Total"),
        lambda t: count_text(t.quantity),
        lambda t: t.quantity,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Participants"),
        lambda t: _participants(t.kind, t.participants),
        lambda t: t.participants,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Report rows"),
        lambda t: ", ".join(c for c in (t.quantity_code, t.participants_code) if c),
    ),
)
