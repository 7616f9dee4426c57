"""The baseline table: every indicator, with the value column editable in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from desktop_app.domain.indicators import FORMS
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.i18n import translate_in
from desktop_app.services.baseline import BaselineRow
from desktop_app.ui.table_model import Column, RowTableModel
from desktop_app.ui.text_formats import count_text
from desktop_app.ui.typing_delegate import CommitNowDelegate

_ANY_INDEX = QModelIndex | QPersistentModelIndex
# Stores the text typed for a row; returns (accepted, value now stored).
Commit = Callable[[BaselineRow, str], tuple[bool, float | None]]


def _label(row: BaselineRow) -> str:
    text = QCoreApplication.translate("Indicators", row.indicator.label)
    return f"    {text}" if row.indicator.parent else text


BASELINE_COLUMNS: tuple[Column[BaselineRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Form"),
        lambda r: QCoreApplication.translate("Indicators", FORMS[r.indicator.form]),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.indicator.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Indicator"), _label),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Unit"),
        lambda r: translate_in(None, "Units", r.indicator.unit_label),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Value"),
        lambda r: count_text(r.value),
        lambda r: -1 if r.value is None else r.value,
        numeric=True,
    ),
)
VALUE_COLUMN = len(BASELINE_COLUMNS) - 1


def _plain(value: float | None) -> str:
    """The value as the editor starts with it: digits only, so it reads back unchanged."""
    return "" if value is None else str(int(value))


class BaselineModel(RowTableModel[BaselineRow]):
    """Indicators with their baseline; a value typed in the last column goes to ``commit``."""

    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__(BASELINE_COLUMNS, parent)
        self._commit = commit

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == VALUE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return _plain(self.row_at(index.row()).value)
        return super().data(index, role)

    def setData(self, index: _ANY_INDEX, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE_COLUMN:
            return False
        row = self.row_at(index.row())
        accepted, stored = self._commit(row, "" if value is None else str(value))
        if not accepted:
            return False
        self._rows[index.row()] = replace(row, value=stored)
        self.dataChanged.emit(index, index)
        return True


class BaselineTable(QTableView):
    """A table typed like a spreadsheet column: Enter stores and goes down, Tab too.

    A refused value stays in its editor, selected, until corrected or dropped with Escape.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CommitNowDelegate(self))

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        step = {
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
        }.get(cursor_action)
        if step is None or not current.isValid():
            return super().moveCursor(cursor_action, modifiers)
        row = current.row() + step
        if not 0 <= row < self.model().rowCount():
            return current
        return self.model().index(row, VALUE_COLUMN)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = self.model().index(current.row() + 1, VALUE_COLUMN)
            if below.isValid():
                self.setCurrentIndex(below)
