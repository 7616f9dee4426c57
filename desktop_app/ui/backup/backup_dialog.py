"""Restore from a backup (pick one from the list) and copy a backup to a USB stick.

The main window wires them:

- "Khôi phục từ bản sao lưu…": ``path = RestoreDialog.choose(window, db_path)``; when a
  path comes back, close the workspace, call :func:`restore_backup`, open the
  database again (whether or not the restore worked) and reload every page.
- "Sao lưu ra USB…": :func:`copy_to_usb` with the open workspace.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.messages import UserError
from desktop_app.i18n import render
from desktop_app.services.backup import backup
from desktop_app.services.backup.backup import BackupInfo
from desktop_app.services.backup.backup_restore import describe_unit, plan_restore, restore
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.backup.backup_labels import BACKUP_COLUMNS, kind_name
from desktop_app.ui.backup.usb_copy import UsbCopyDialog
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.text_formats import when_text
from desktop_app.ui.widgets.record_table import record_table, selected_record

_ANY_INDEX = QModelIndex | QPersistentModelIndex


class BackupTableModel(RowTableModel[BackupInfo]):
    """The backups list: a file that cannot be restored is greyed out and cannot be picked."""

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.row_at(index.row()).usable:
            return flags & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return flags

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return str(self.row_at(index.row()).path)
        return super().data(index, role)


class RestoreDialog(QDialog):
    """Lists the backups, newest first; Enter (or a double click) picks the selected one
    after a confirmation. The chosen file is in :attr:`chosen`; nothing is restored here."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.chosen: Path | None = None
        self._db_path = Path(db_path)
        self.model = BackupTableModel(BACKUP_COLUMNS, self)
        self.table = record_table(self.model, stretch=3)  # 3: the contents
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The data as it is now is copied into the "
                "backups folder first, so the restore can be undone. Backups are kept in {folder}."
            ).format(folder=backup.backups_dir(self._db_path))
        )
        intro.setWordWrap(True)
        self.empty_hint = QLabel(
            self.tr(
                "There is no backup yet. One is taken at the first start of each day and when "
                "the program is closed."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        """Read the backups folder again; the cursor goes to the newest usable backup."""
        self.model.set_rows(backup.list_backups(self._db_path))
        has_rows = self.model.rowCount() > 0
        self.empty_hint.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        usable = [row for row, info in enumerate(self.model.rows()) if info.usable]
        if usable:
            self.table.setCurrentIndex(self.model.index(usable[0], 0))
            self.table.selectRow(usable[0])
        self.restore_button.setEnabled(bool(usable))
        self.table.setFocus()

    def selected(self) -> BackupInfo | None:
        """The backup under the cursor, when it can be restored."""
        info = selected_record(self.table)
        return info if info is not None and info.usable else None

    def restore_selected(self) -> None:
        """Ask for confirmation, then close the dialog with the selected backup chosen."""
        info = self.selected()
        if info is None:
            return
        try:  # whose data each holds, read without changing either
            plan = plan_restore(self._db_path, info.path)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        units = self.tr("Backup: {backup}\nCurrent database: {current}").format(
            backup=render(describe_unit(plan.backup)), current=render(describe_unit(plan.current))
        )
        question = self.tr(
            "Go back to the backup of {when} ({kind})? Everything entered after it will be "
            "replaced by what the backup holds. The data as it is now is copied first, so "
            "this can be undone."
        ).format(when=when_text(info.taken_at), kind=kind_name(info.kind))
        if not plan.same_unit:
            question = self.tr(
                "This backup holds another unit's data than the database (another commune, "
                "or the province office's data instead of a commune's, or the reverse). "
                "Restoring it replaces the data here with that unit's. Restore it anyway?"
            )
        if not dialogs.confirm(self, self.tr("Restore from a backup"), question + "\n\n" + units):
            return
        self.chosen = info.path
        self.accept()

    @classmethod
    def choose(cls, parent: QWidget | None, db_path: Path) -> Path | None:
        """Show the dialog; the backup the user confirmed, or ``None``."""
        dialog = cls(db_path, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen if accepted else None


def restore_backup(
    parent: QWidget | None, db_path: Path, backup_path: Path, now: datetime | None = None
) -> bool:
    """Restore ``backup_path`` over the (closed) database and say how it went.

    Returns True when the database was replaced.
    """
    try:
        result = restore(db_path, backup_path, now, other_unit=True)  # confirmed in the list
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return False
    text = QCoreApplication.translate(
        "Backups", "The data of the backup {file} is back in place."
    ).format(file=result.restored_from.name)
    if result.safety_copy is not None:
        text += " " + QCoreApplication.translate(
            "Backups", "The data as it was before is kept in {copy}."
        ).format(copy=result.safety_copy)
    dialogs.inform(parent, QCoreApplication.translate("Backups", "Restored"), text)
    return True


def copy_to_usb(
    parent: QWidget | None, workspace: Workspace, now: datetime | None = None
) -> Path | None:
    """ "Sao lưu ra USB": ask for a folder, write a checked copy there (in a thread, with
    progress and Cancel), say where it went."""
    folder = dialogs.choose_folder(
        parent, QCoreApplication.translate("Backups", "Choose the USB stick or folder")
    )
    if not folder:
        return None
    outcome = UsbCopyDialog.copy(parent, workspace, Path(folder), now)  # off the GUI thread
    if outcome.cancelled:
        dialogs.inform(
            parent,
            QCoreApplication.translate("Backups", "Copy to a USB stick"),
            QCoreApplication.translate("Backups", "The copy was cancelled; nothing was written."),
        )
    if outcome.error is not None:
        dialogs.show_error(parent, outcome.error)
    path = outcome.written
    if path is None:
        return None
    dialogs.inform(
        parent,
        QCoreApplication.translate("Backups", "Backup written"),
        QCoreApplication.translate(
            "Backups", "A checked copy of the data was written to {path}."
        ).format(path=path),
    )
    return path
