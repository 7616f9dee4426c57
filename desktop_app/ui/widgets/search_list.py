"""A type-to-find list: a filter box over a list, accent-insensitive ("hoa phu" finds "Hòa Phú")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from desktop_app.domain.text import search_key

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class _AccentFreeFilter(QSortFilterProxyModel):
    """Keeps items holding every typed word; the best matches come first.

    Rank 0: the whole query appears as typed ("hoa phu" in "xa hoa phu"); rank 1:
    every word starts a word of the item; rank 2: the words appear anywhere
    ("phu" inside "phuong"). Within a rank the original order is kept.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self._query = search_key(text)
        self._words = self._query.split()
        self.invalidate()  # both the rows kept and their ranks change

    def _haystack(self, source_row: int) -> str:
        return str(self.sourceModel().index(source_row, 0).data(SEARCH_ROLE))

    def _rank(self, source_row: int) -> int:
        if not self._words:
            return 0
        haystack = self._haystack(source_row)
        if f" {self._query}" in f" {haystack}":
            return 0
        starts = haystack.split()
        if all(any(w.startswith(word) for w in starts) for word in self._words):
            return 1
        return 2

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        haystack = self._haystack(source_row)
        return all(word in haystack for word in self._words)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        return (self._rank(left.row()), left.row()) < (self._rank(right.row()), right.row())


class SearchList(QWidget):
    """Filter box plus list. Emits :attr:`chosen` with the key of the current item
    (an empty key when the filter leaves nothing to choose).

    Down/Up in the filter box move in the list, so the whole choice is made
    from the keyboard: type a few letters, press Down, press Enter or Tab.
    """

    chosen = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.list_view = QListView()
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._source = QStandardItemModel(self)
        self._proxy = _AccentFreeFilter(self)
        self._proxy.setSourceModel(self._source)
        self._proxy.sort(0)
        self.list_view.setModel(self._proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """Show ``(key, label)`` pairs; the search also matches the key."""
        self._source.clear()
        for key, label in items:
            item = QStandardItem(label)
            item.setData(key, KEY_ROLE)
            item.setData(f"{search_key(label)} {key}", SEARCH_ROLE)
            self._source.appendRow(item)
        self.filter_edit.clear()

    def current_key(self) -> str | None:
        """The key of the selected item, or ``None``."""
        index = self.list_view.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else None

    def visible_count(self) -> int:
        """How many items the filter leaves."""
        return self._proxy.rowCount()

    def _filter(self, text: str) -> None:
        self._proxy.set_query(text)
        if self._proxy.rowCount():
            # The best match becomes the choice; Down and Up move from there.
            self.list_view.setCurrentIndex(self._proxy.index(0, 0))
            self.list_view.scrollToTop()
        else:
            self.list_view.setCurrentIndex(QModelIndex())
            self.chosen.emit("")  # nothing is chosen any more

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.chosen.emit(str(current.data(KEY_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.KeyPress and key in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                self.list_view.setFocus()
                self._step(key)
                return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> None:
        rows = self._proxy.rowCount()
        if not rows:
            return
        current = self.list_view.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10}.get(key, -10)
        target = 0 if current < 0 else max(0, min(rows - 1, current + step))
        self.list_view.setCurrentIndex(self._proxy.index(target, 0))
