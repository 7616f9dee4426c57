"""The files and folders chosen for an aggregation: add, drop, remove, clear.

Folders are kept as folders (the service looks inside them when it reads),
so a folder that receives more files is read whole again at the next check.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import dialogs

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders carried by a drag from the file manager."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class InputsPanel(QWidget):
    """A list of chosen files and folders with its buttons; emits :attr:`changed`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setMinimumHeight(72)
        self.list.setMaximumHeight(96)
        self.add_files_button = QPushButton(self.tr("&Add files\u2026"))
        self.add_files_button.setToolTip(self.tr("Ctrl+O"))
        self.add_folder_button = QPushButton(self.tr("Add fol&der\u2026"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        remove_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)

        buttons = QVBoxLayout()
        for button in (
            self.add_files_button,
            self.add_folder_button,
            self.remove_button,
            self.clear_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._locked = False
        self._update_buttons()

    # -- reading ----------------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        """The chosen files and folders, in the order added."""
        return [Path(self.list.item(row).data(PATH_ROLE)) for row in range(self.list.count())]

    # -- changing ---------------------------------------------------------------------------------
    def add_paths(self, paths: Iterable[Path | str]) -> int:
        """Add files and folders not yet in the list; returns how many were added."""
        known = {os.path.normcase(str(p.absolute())) for p in self.paths()}
        added = 0
        style = self.style()
        for given in paths:
            path = Path(given).expanduser()
            key = os.path.normcase(str(path.absolute()))
            if key in known:
                continue
            known.add(key)
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_DirIcon
                if path.is_dir()
                else QStyle.StandardPixmap.SP_FileIcon
            )
            item = QListWidgetItem(icon, str(path))
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
            added += 1
        if added:
            self._update_buttons()
            self.changed.emit()
        return added

    def add_files(self) -> None:
        """Ask for workbooks and add them."""
        if self._locked:
            return
        chosen = dialogs.open_files(
            self,
            self.tr("Choose the workbooks received"),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        self.add_paths(chosen)

    def add_folder(self) -> None:
        """Ask for a folder and add it (every spreadsheet inside it is read)."""
        if self._locked:
            return
        chosen = dialogs.choose_folder(self, self.tr("Choose a folder of workbooks"))
        if chosen:
            self.add_paths([chosen])

    def remove_selected(self) -> None:
        """Remove the selected files and folders from the list (nothing is deleted on disk)."""
        if self._locked:
            return
        rows = sorted({self.list.row(item) for item in self.list.selectedItems()}, reverse=True)
        if not rows and self.list.currentRow() >= 0:
            rows = [self.list.currentRow()]
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self._update_buttons()
            self.changed.emit()

    def clear(self) -> None:
        """Empty the list."""
        if self._locked or not self.list.count():
            return
        self.list.clear()
        self._update_buttons()
        self.changed.emit()

    def drop(self, mime: QMimeData) -> int:
        """Add what was dropped; returns how many were added."""
        return 0 if self._locked else self.add_paths(dropped_paths(mime))

    def can_drop(self, mime: QMimeData) -> bool:
        """Whether a drag carries local files and may be dropped now."""
        return not self._locked and bool(dropped_paths(mime))

    def set_locked(self, locked: bool) -> None:
        """While a check runs the list cannot change."""
        self._locked = locked
        self.list.setEnabled(not locked)
        self._update_buttons()

    def _update_buttons(self) -> None:
        free = not self._locked
        self.add_files_button.setEnabled(free)
        self.add_folder_button.setEnabled(free)
        self.remove_button.setEnabled(free and bool(self.list.selectedItems()))
        self.clear_button.setEnabled(free and self.list.count() > 0)
