"""The list of records every list screen shows, its row of buttons and its keys.

A record table is read-only: one row per record, selected whole, one at a time,
no row numbers, one line per row (long texts cut with "…"), columns as wide as
their contents unless told otherwise. With a sort proxy it sorts on the model's
``SORT_ROLE`` (real dates and numbers, not their text) and starts on the first
column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableView, QWidget

from desktop_app.ui.table_model import ROW_ROLE, SORT_ROLE


def record_table(
    model: QAbstractItemModel,
    proxy: QSortFilterProxyModel | None = None,
    *,
    stretch: int | None = None,
    stretch_last: bool = False,
    widths: Mapping[int, int] | None = None,
) -> QTableView:
    """A read-only table of ``model``'s rows (see the module docstring).

    Args:
        model: the rows.
        proxy: shows ``model`` sorted (and filtered, if it filters); clicking a header sorts.
        stretch: the column that takes the spare width.
        stretch_last: the last column takes the spare width.
        widths: columns the user may resize, with their width to start with.
    """
    table = QTableView()
    if proxy is None:
        table.setModel(model)
    else:
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    return table


def selected_record(table: QTableView) -> Any | None:
    """The record of the row under the cursor, or ``None``."""
    index = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def select_record(table: QTableView, matches: Callable[[Any], bool]) -> bool:
    """Put the cursor on the first row (in the order shown) whose record ``matches``."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if matches(index.data(ROW_ROLE)):
            table.setCurrentIndex(index)
            table.selectRow(row)
            return True
    return False


def button_row(*buttons: QWidget, after_stretch: tuple[QWidget, ...] = ()) -> QHBoxLayout:
    """The buttons over a list, left-aligned; ``after_stretch`` goes to the right end."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    for widget in after_stretch:
        row.addWidget(widget)
    return row


def record_keys(
    page: QWidget,
    table: QTableView,
    add: Callable[[], object],
    edit: Callable[[], object],
    delete: Callable[[], object] | None = None,
) -> None:
    """Ctrl+N adds; F2, Enter or a double click on a row edits it; Delete (while the list
    has the focus) deletes it."""
    QShortcut(QKeySequence.StandardKey.New, page, add)
    QShortcut(QKeySequence(Qt.Key.Key_F2), page, edit)
    table.activated.connect(lambda _index: edit())
    if delete is not None:
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(delete)
