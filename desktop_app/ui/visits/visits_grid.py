"""A table view that moves like a spreadsheet: Tab goes right, Enter goes down.

As in Excel, Enter after a row typed with Tab, Tab goes to the column where that row
was started, on the next row (the first value of the next day).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from desktop_app.ui.typing_delegate import CommitNowDelegate

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


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
        self.setItemDelegate(CommitNowDelegate(self))
        # (row, column) where the row being typed with Tab started; Enter goes back to it.
        self._row_start: tuple[int, int] | None = None

    def move_down(self) -> None:
        """Put the cursor on the next row: in the column where Tab, Tab started on this
        row, else in the same column."""
        current = self.currentIndex()
        if not current.isValid():
            return
        column = current.column()
        if self._row_start is not None and self._row_start[0] == current.row():
            column = self._row_start[1]
        self._row_start = None
        below = self.model().index(current.row() + 1, column)
        if below.isValid():
            self.setCurrentIndex(below)

    def _tabbed(self) -> None:
        """Tab or Shift+Tab leaves the current cell: remember where this row started."""
        current = self.currentIndex()
        if current.isValid() and (self._row_start is None or self._row_start[0] != current.row()):
            self._row_start = (current.row(), current.column())

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint in (
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        ):
            self._tabbed()
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.move_down()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._row_start = None
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in _ENTER:
                self.move_down()
                return
            if event.key() in _TABS:
                self._tabbed()
            elif event.key() in _MOVES:
                self._row_start = None  # arrows, Home...: Enter goes straight down again
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
