"""A table view that moves like a spreadsheet: Enter goes down, Tab goes right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget


class SpreadsheetView(QTableView):
    """Typing starts editing; Enter commits and moves down; Delete clears; Ctrl+C/V copy
    and paste blocks (the page does the storing through :attr:`paste_requested` and
    :attr:`clear_requested`)."""

    paste_requested = Signal()
    copy_requested = Signal()
    clear_requested = Signal()
    # Typing on a cell that cannot be edited: the page says why.
    refused = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)

    def move_down(self) -> None:
        """Put the cursor on the next row of the same column."""
        current = self.currentIndex()
        if not current.isValid():
            return
        below = self.model().index(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.move_down()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_requested.emit()
                return
            current = self.currentIndex()
            typed = event.text()
            if (
                current.isValid()
                and typed.isprintable()
                and typed.strip()
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and not self.model().flags(current) & Qt.ItemFlag.ItemIsEditable
            ):
                self.refused.emit(current)
                return
        super().keyPressEvent(event)

    def selected_block(self) -> tuple[int, int, int, int] | None:
        """(first row, first column, last row, last column) of the selection."""
        indexes: list[QModelIndex] = self.selectedIndexes() or [self.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return None
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)
