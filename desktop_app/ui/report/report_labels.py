"""How the report screen shows its tables: the indicator rows of a form and a period's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.model import IndicatorLine
from desktop_app.services.submissions import SubmissionEntry
from desktop_app.ui.table_model import Column
from desktop_app.ui.text_formats import percent_text, value_text, when_text

INDENT = "    "  # a "Trong đó" row, printed indented as on the paper form


def _sortable(value: float | None) -> float:
    return float("-inf") if value is None else value


INDICATOR_COLUMNS: tuple[Column[IndicatorLine], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Indicator"),
        lambda line: (INDENT if line.is_part else "") + line.label,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Code number"), lambda line: line.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda line: line.unit),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Same period last year"),
        lambda line: value_text(line.previous),
        lambda line: _sortable(line.previous),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "This period"),
        lambda line: value_text(line.current),
        lambda line: _sortable(line.current),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Comparison %"),
        lambda line: percent_text(line.ratio),
        lambda line: _sortable(line.ratio),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Plan target"), lambda line: line.target or "", numeric=True
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Assessment"), lambda line: line.verdict or ""),
)


@dataclass(frozen=True)
class HistoryEvent:
    """One line of a period's history: submitted or reopened, when, by whom, why."""

    at: datetime
    reopened: bool
    by: str
    reason: str = ""


def history_events(entries: list[SubmissionEntry]) -> list[HistoryEvent]:
    """Each submission and each reopening as its own line, oldest first."""
    events: list[HistoryEvent] = []
    for entry in entries:
        events.append(HistoryEvent(entry.submitted_at, False, entry.submitted_by))
        if entry.reopened_at is not None:
            events.append(
                HistoryEvent(entry.reopened_at, True, entry.reopened_by, entry.reopen_reason)
            )
    return events


def _event_name(event: HistoryEvent) -> str:
    text = (
        QT_TRANSLATE_NOOP("Columns", "reopened")
        if event.reopened
        else QT_TRANSLATE_NOOP("Columns", "submitted")
    )
    return QCoreApplication.translate("Columns", text)


HISTORY_COLUMNS: tuple[Column[HistoryEvent], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: when_text(e.at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Event"), _event_name),
    Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda e: e.by),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda e: e.reason),
)
