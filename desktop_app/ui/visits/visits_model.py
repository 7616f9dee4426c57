"""The editable month grid of visits: one row per day, a totals row at the bottom.

The model only shows and collects; storing goes through the ``commit`` callback
the page gives it (which validates, stores and records the change for Undo).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from desktop_app.domain.counts import parse_count
from desktop_app.domain.import_layouts import parse_flag
from desktop_app.domain.messages import UserError
from desktop_app.domain.visits import COUNTS, LABELS, VisitDay
from desktop_app.services.visits import VisitMonth
from desktop_app.ui import theme

COLUMNS = (*COUNTS, "estimated", "note")
ESTIMATED = COLUMNS.index("estimated")
NOTE = COLUMNS.index("note")
_ANY = QModelIndex | QPersistentModelIndex
Commit = Callable[[list[VisitDay]], bool]
Report = Callable[[UserError], None]

_UNUSUAL = theme.UNUSUAL_CELL
_CLOSED = theme.CLOSED_CELL
_TOTALS = theme.TOTALS_ROW


class VisitMonthModel(QAbstractTableModel):
    """Days of one facility-month; the last row holds the month's totals."""

    def __init__(self, commit: Commit, report: Report, parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._report = report
        self._month: VisitMonth | None = None

    # -- content --------------------------------------------------------------------
    def set_month(self, month: VisitMonth) -> None:
        """Show ``month``. The same facility-month read again (after a change) only
        refreshes the cells, so an open editor and the cursor stay where they are."""
        old = self._month
        if old is not None and old.facility.id == month.facility.id and old.days == month.days:
            self._month = month
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self._month = month
        self.endResetModel()

    @property
    def month(self) -> VisitMonth | None:
        """The month shown."""
        return self._month

    def day_at(self, row: int) -> date | None:
        """The day of ``row`` (``None`` for the totals row)."""
        if self._month is None or not 0 <= row < len(self._month.days):
            return None
        return self._month.days[row]

    def record_at(self, row: int) -> VisitDay:
        """The stored day of ``row``, or an empty one."""
        assert self._month is not None
        day = self._month.days[row]
        facility_id = self._month.facility.id or 0
        return self._month.records.get(day) or VisitDay(facility_id=facility_id, day=day)

    def is_editable_row(self, row: int) -> bool:
        """Whether the day of ``row`` may be changed (open, not in the future, not locked)."""
        day = self.day_at(row)
        return day is not None and self._month is not None and day in self._month.editable

    def totals_row(self) -> int:
        """The index of the totals row."""
        return len(self._month.days) if self._month else 0

    # -- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: _ANY = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._month is None:
            return 0
        return len(self._month.days) + 1

    def columnCount(self, parent: _ANY = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._month is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Visits", LABELS[COLUMNS[section]])
        day = self.day_at(section)
        if day is None:
            return QCoreApplication.translate("VisitsGrid", "Month")
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{weekday} {day.strftime('%d/%m')}"

    def _value(self, row: int, column: int) -> VisitDay | None:
        assert self._month is not None
        if row == self.totals_row():
            return self._month.month_totals
        day = self._month.days[row]
        return self._month.records.get(day)

    def data(self, index: _ANY, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._month is None:
            return None
        row, column = index.row(), index.column()
        name = COLUMNS[column]
        record = self._value(row, column)
        is_total = row == self.totals_row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if name == "estimated" and role == Qt.ItemDataRole.EditRole and not is_total:
                return "1" if record is not None and record.estimated else "0"  # for copying
            if name == "estimated" or record is None:
                return ""
            if name == "note":
                return "" if is_total else record.note
            value = getattr(record, name)
            if role == Qt.ItemDataRole.EditRole:
                return str(value)
            return QLocale().toString(value)
        if role == Qt.ItemDataRole.CheckStateRole and name == "estimated" and not is_total:
            checked = record is not None and record.estimated
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and name not in ("note", "estimated"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if is_total:
                return QBrush(_TOTALS)
            day = self._month.days[row]
            if not self.is_editable_row(row):
                return QBrush(_CLOSED)
            if name == "total" and day in self._month.unusual:
                return QBrush(_UNUSUAL)
        if role == Qt.ItemDataRole.ToolTipRole and not is_total:
            return self._tooltip(row, name)
        return None

    def _tooltip(self, row: int, name: str) -> str | None:
        assert self._month is not None
        day = self._month.days[row]
        if day in self._month.locked:
            return QCoreApplication.translate(
                "VisitsGrid", "This day is in a submitted period and is locked."
            )
        if not self.is_editable_row(row):
            return QCoreApplication.translate(
                "VisitsGrid",
                "The facility was not serving on this day, or the day has not come yet.",
            )
        if name == "total" and day in self._month.unusual:
            return QCoreApplication.translate(
                "VisitsGrid",
                "Much higher than on the same weekday in the last 90 days: please check it.",
            )
        return None

    def flags(self, index: _ANY) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if not self.is_editable_row(index.row()):
            return base
        if index.column() == ESTIMATED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _ANY, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.is_editable_row(index.row()):
            return False
        column = index.column()
        record = self.record_at(index.row())
        if column == ESTIMATED and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self._commit([replace(record, estimated=checked)])
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            changed = self.with_text(record, column, str(value))
        except UserError as exc:
            self._report(exc)
            return False
        if changed is None:
            return True  # nothing to store: the cell already holds this value
        return self._commit([changed])

    def with_text(
        self, record: VisitDay, column: int, text: str, *, clearing: bool = False
    ) -> VisitDay | None:
        """``record`` with the cell at ``column`` set from typed or pasted ``text``.

        An empty estimated cell in a pasted block leaves the flag as it is (``clearing``
        says the user asked to empty the cell). Returns ``None`` when nothing changes.
        Raises ``UserError`` for text that is not a count (the caller shows it).
        """
        name = COLUMNS[column]
        if name == "note":
            new = replace(record, note=text.strip())
        elif name == "estimated":
            if not text.strip() and not clearing:
                return None
            new = replace(record, estimated=_estimated(text))
        else:
            new = replace(record, **{name: parse_count(text, name)})
        return None if new == record else new

    def rows_for(self, days: Sequence[date]) -> list[int]:
        """Row numbers of ``days``."""
        assert self._month is not None
        return [self._month.days.index(day) for day in days if day in self._month.days]


_YES = ("1", "x", "có", "co", "yes", "true")
_NO = ("", "0", "không", "khong", "no", "false")


def _estimated(text: str) -> bool:
    """The estimated flag from a typed or pasted cell; anything else is refused."""
    word = text.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    return parse_flag(word, "estimated")  # raises: "… must be 0 or 1."
