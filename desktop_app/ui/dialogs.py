"""The one seam for message boxes and small prompts.

Widgets call these functions through the module (``dialogs.confirm(...)``), never
``QMessageBox`` directly, so that a test can answer every prompt by replacing
the functions here (see ``tests/ui/conftest.py``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.messages import UserError
from desktop_app.i18n import render_error
from desktop_app.ui.widgets.date_edit import DateLineEdit
from desktop_app.ui.widgets.problem_label import ProblemLabel


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Show information with one OK button."""
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning with one OK button."""
    QMessageBox.warning(parent, title, text)


def show_error(parent: QWidget | None, exc: UserError) -> None:
    """Show a ``UserError`` translated, with the standard title."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("Dialogs", "Cannot do that"), render_error(exc)
    )


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(
        QCoreApplication.translate("Dialogs", "Yes"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(QCoreApplication.translate("Dialogs", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """Ask the user to pick one of ``options`` (the first is the default).

    Returns the index picked, or ``None`` when the question was closed or cancelled.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    cancel = box.addButton(
        QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def ask_date(
    parent: QWidget | None, title: str, label: str, default: date
) -> tuple[date | None, bool]:
    """Ask for one date (dd/mm/yyyy). Returns ``(date, accepted)``."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(label))
    field = DateLineEdit()
    field.set_date(default)
    layout.addWidget(field)
    problem = ProblemLabel()
    layout.addWidget(problem)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("Dialogs", "OK")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel")
    )
    layout.addWidget(buttons)
    result: dict[str, date | None] = {}

    def accept() -> None:
        try:
            value = field.date_value()
        except UserError as exc:
            problem.setText(render_error(exc))
            return
        if value is None:
            problem.setText(QCoreApplication.translate("Dialogs", "Type a date."))
            return
        result["value"] = value
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return result.get("value"), accepted


def open_files(parent: QWidget | None, title: str, filter: str) -> list[str]:
    """Ask for one or more existing files; an empty list when cancelled.

    ``filter`` is a Qt name filter, e.g. ``"Spreadsheets (*.csv *.xlsx)"``.
    """
    paths, _selected = QFileDialog.getOpenFileNames(parent, title, "", filter)
    return list(paths)


def save_file(parent: QWidget | None, title: str, suggested_path: str, filter: str) -> str | None:
    """Ask where to save a file, starting at ``suggested_path``; ``None`` when cancelled.

    ``filter`` is a Qt name filter, e.g. ``"Excel workbooks (*.xlsx)"``. The dialog
    asks before replacing an existing file.
    """
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested_path, filter)
    return path or None


def ask_text(parent: QWidget | None, title: str, label: str) -> tuple[str, bool]:
    """Ask for one line of text. Returns ``(text, accepted)``."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    caption = QLabel(label)
    caption.setWordWrap(True)
    layout.addWidget(caption)
    field = QLineEdit()
    caption.setBuddy(field)
    layout.addWidget(field)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("Dialogs", "OK")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel")
    )
    layout.addWidget(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return field.text(), accepted


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    """Ask for one existing folder; ``None`` when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None


def open_folder(path: Path) -> None:
    """Show the folder ``path`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
