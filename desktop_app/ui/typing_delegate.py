"""The editor of a typed grid commits on the key that ends it, before the next key is read.

Qt's own delegate commits a cell on Enter through a *queued* call: keys that are already
waiting (a fast typist, an old PC, a slow save) are handled first and go to the editor that
should have been closed, so values land in the wrong cells or are lost, and the late commit
warns "commitData called with an editor that does not belong to this view". Here Enter,
Tab and Shift+Tab store the value at once. A refused value keeps its editor open on the cell,
selected, so it can be corrected (or dropped with Escape); the page shows the reason. Leaving
a refused value by a click elsewhere does not drop it either: the editor comes back on its cell
with the text selected.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_HINTS = {
    Qt.Key.Key_Return: QAbstractItemDelegate.EndEditHint.SubmitModelCache,
    Qt.Key.Key_Enter: QAbstractItemDelegate.EndEditHint.SubmitModelCache,
    Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
    Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
}
_ROW, _COLUMN = "htsd_row", "htsd_column"


class CommitNowDelegate(QStyledItemDelegate):
    """Stores a cell synchronously on Enter / Tab / Shift+Tab; keeps a refused value."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setProperty(_ROW, index.row())
        editor.setProperty(_COLUMN, index.column())
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and isinstance(watched, QLineEdit):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            hint = _HINTS.get(Qt.Key(event.key()))
            modifiers = event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            )
            if hint is not None and modifiers == Qt.KeyboardModifier.NoModifier:
                self.finish(watched, hint)
                return True
        return super().eventFilter(watched, event)

    def finish(self, editor: QLineEdit, hint: QAbstractItemDelegate.EndEditHint) -> bool:
        """Store the editor's text now; close it with ``hint`` when stored, else keep it
        open with the text selected. Returns whether the value was stored."""
        model = self._view.model()
        index = model.index(int(editor.property(_ROW)), int(editor.property(_COLUMN)))
        if model.setData(index, editor.text(), Qt.ItemDataRole.EditRole):
            self.closeEditor.emit(editor, hint)
            return True
        editor.selectAll()
        editor.setFocus()
        return False

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The view's own commit (a click on another cell, the focus leaving the grid): a
        refused value comes back in an editor on its cell, selected, instead of being dropped."""
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        text = editor.text()
        if not model.setData(index, text, Qt.ItemDataRole.EditRole):
            row, column = index.row(), index.column()
            QTimer.singleShot(0, self, lambda: self._reopen(row, column, text))

    def _reopen(self, row: int, column: int, text: str) -> None:
        index = self._view.model().index(row, column)
        if not index.isValid() or not self._view.isVisible():
            return
        self._view.setCurrentIndex(index)
        self._view.edit(index)
        editor = self._view.indexWidget(index) or self._view.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()
            editor.setFocus()
