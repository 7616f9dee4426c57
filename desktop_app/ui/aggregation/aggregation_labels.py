"""How the aggregation screen shows its results: status names and colours, table columns, summary.

The rows are the service's own :class:`FileOutcome` and :class:`CommuneStatus`;
every text is an English source translated at display time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.i18n import render
from desktop_app.services.aggregation.aggregation import Aggregation
from desktop_app.services.aggregation.aggregation_rules import (
    ACCEPTED,
    DUPLICATE,
    FILE_STATUS_NAMES,
    FLAGGED,
    LATE_RECEIVED,
    MISSING,
    ON_TIME,
    REFUSED,
    REJECTED,
    CommuneStatus,
    FileOutcome,
)
from desktop_app.ui import theme
from desktop_app.ui.table_model import Column, RowTableModel
from desktop_app.ui.text_formats import when_text

CONTEXT = "AggregationPage"

COMMUNE_STATUS_NAMES = {
    ON_TIME: QT_TRANSLATE_NOOP("AggregationPage", "On time"),
    LATE_RECEIVED: QT_TRANSLATE_NOOP("AggregationPage", "Late"),
    MISSING: QT_TRANSLATE_NOOP("AggregationPage", "Missing"),
    REFUSED: QT_TRANSLATE_NOOP("AggregationPage", "Rejected"),
}
# The same colour means the same thing in both tables: green counts, amber counts with a
# remark, red needs a telephone call, grey is set aside.
FILE_COLOURS = {
    ACCEPTED: theme.OK,
    FLAGGED: theme.WARNING,
    REJECTED: theme.PROBLEM,
    DUPLICATE: theme.MUTED,
}
COMMUNE_COLOURS = {
    ON_TIME: theme.OK,
    LATE_RECEIVED: theme.WARNING,
    MISSING: theme.PROBLEM,
    REFUSED: theme.PROBLEM,
}
TO_CALL = (MISSING, REFUSED)
RECEIVED = (ON_TIME, LATE_RECEIVED)

Row = TypeVar("Row")
_icons: dict[str, QIcon] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_icon(colour: str) -> QIcon:
    """A filled dot of ``colour``, drawn once."""
    if colour not in _icons:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _icons[colour] = QIcon(pixmap)
    return _icons[colour]


class StatusTableModel(RowTableModel[Row]):
    """A :class:`RowTableModel` whose status column carries its colour and a coloured dot,
    and whose cells show their whole text as a tooltip."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        status_column: int,
        colour_of: Callable[[Row], str],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._status_column = status_column
        self._colour_of = colour_of

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            index.isValid()
            and index.column() == self._status_column
            and 0 <= index.row() < self.rowCount()
            and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole)
        ):
            colour = self._colour_of(self.row_at(index.row()))
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(colour)
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            # long reasons are cut with "…" in the table: the whole text on hover
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


# -- files ---------------------------------------------------------------------------------------
def file_status_text(outcome: FileOutcome) -> str:
    """Accepted, Accepted with flags, Rejected or Duplicate, translated."""
    return _tr(FILE_STATUS_NAMES.get(outcome.status, outcome.status))


def unit_text(outcome: FileOutcome) -> str:
    """The unit's code and name; a rollup also says how many units it holds."""
    text = " \u2013 ".join(part for part in (outcome.unit_code, outcome.unit_name) if part)
    if outcome.kind == "rollup":
        count = len(outcome.units)
        text = QCoreApplication.translate(
            "AggregationPage", "{unit} (aggregated, {count} units)"
        ).format(unit=text, count=count)
    return text


def notes_text(outcome: FileOutcome) -> str:
    """Why the file was refused or flagged, or which file it duplicates."""
    return " ".join(render(note) for note in outcome.notes)


_STATUS_ORDER = {
    status: rank for rank, status in enumerate((REJECTED, FLAGGED, DUPLICATE, ACCEPTED))
}

FILE_COLUMNS: tuple[Column[FileOutcome], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda o: o.name, lambda o: o.name.lower()),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        file_status_text,
        lambda o: (_STATUS_ORDER.get(o.status, 9), o.name.lower()),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Reporting unit"), unit_text, lambda o: (o.unit_code, o.name)
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Made at"),
        lambda o: when_text(o.generated_at),
        lambda o: o.generated_at.timestamp() if o.generated_at else 0.0,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason or remark"), notes_text),
)
FILE_STATUS_COLUMN = 1


def files_model(parent: Any = None) -> StatusTableModel[FileOutcome]:
    """The table of input files, one row per file."""
    return StatusTableModel(
        FILE_COLUMNS, FILE_STATUS_COLUMN, lambda o: FILE_COLOURS.get(o.status, theme.MUTED), parent
    )


# -- communes ------------------------------------------------------------------------------------
def commune_status_text(line: CommuneStatus) -> str:
    """On time, Late, Missing or Rejected, translated."""
    return _tr(COMMUNE_STATUS_NAMES.get(line.status, line.status))


def commune_name_text(line: CommuneStatus) -> str:
    """The commune's name; a unit not on the official list says so."""
    if line.listed:
        return line.name
    return QCoreApplication.translate(
        "AggregationPage", "{name} (not on the official list)"
    ).format(name=line.name or "?")


def commune_file_text(line: CommuneStatus) -> str:
    """The file counted (or refused), and whether it came inside an aggregated file."""
    if line.via_rollup:
        return QCoreApplication.translate("AggregationPage", "{file} (aggregated file)").format(
            file=line.file_name
        )
    return line.file_name


def commune_note_text(line: CommuneStatus) -> str:
    """The reason of a refusal, then the other copies received."""
    parts = [render(line.note)] if line.note is not None else []
    if line.duplicates:
        parts.append(
            QCoreApplication.translate("AggregationPage", "Also received: {files}.").format(
                files=", ".join(line.duplicates)
            )
        )
    return " ".join(parts)


_COMMUNE_ORDER = {
    status: rank for rank, status in enumerate((REFUSED, MISSING, LATE_RECEIVED, ON_TIME))
}

COMMUNE_COLUMNS: tuple[Column[CommuneStatus], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda c: c.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Commune"), commune_name_text),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        commune_status_text,
        lambda c: (_COMMUNE_ORDER.get(c.status, 9), c.code),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "File"), commune_file_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason or remark"), commune_note_text),
)
COMMUNE_STATUS_COLUMN = 2


def communes_model(parent: Any = None) -> StatusTableModel[CommuneStatus]:
    """The table of the province's communes, one row per commune."""
    return StatusTableModel(
        COMMUNE_COLUMNS,
        COMMUNE_STATUS_COLUMN,
        lambda c: COMMUNE_COLOURS.get(c.status, theme.MUTED),
        parent,
    )


# -- summary -------------------------------------------------------------------------------------
def summary_text(aggregation: Aggregation) -> str:
    """One line: how many files of each fate, how many communes received, missing, refused."""
    files = Counter(f.status for f in aggregation.files)
    listed = [c for c in aggregation.communes if c.listed]
    received = sum(1 for c in listed if c.status in RECEIVED)
    missing = sum(1 for c in listed if c.status == MISSING)
    refused = sum(1 for c in listed if c.status == REFUSED)
    text = QCoreApplication.translate(
        "AggregationPage",
        "{files} files: {accepted} accepted, {flagged} with flags, {rejected} rejected, "
        "{duplicates} duplicates; communes: {received} of {expected} received, {missing} "
        "missing, {refused} rejected.",
    ).format(
        files=len(aggregation.files),
        accepted=files[ACCEPTED],
        flagged=files[FLAGGED],
        rejected=files[REJECTED],
        duplicates=files[DUPLICATE],
        received=received,
        expected=len(listed),
        missing=missing,
        refused=refused,
    )
    outside = len(aggregation.communes) - len(listed)
    if outside:
        text += " " + QCoreApplication.translate(
            "AggregationPage", "{count} units are not on the official list."
        ).format(count=outside)
    return text
