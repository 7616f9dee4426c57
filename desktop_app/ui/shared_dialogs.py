"""Dialogs that several screens open, asked for here rather than imported from another
screen's folder: the history of changes (Ctrl+H on every list) and a facility's form.

Each function loads its dialog's module when it is first called, so no screen depends on
another's files and the window does not load them before they are needed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from desktop_app.domain.facility import Facility
from desktop_app.services.audit import Change
from desktop_app.services.workspace import Workspace

HISTORY_KEY = "Ctrl+H"


def history_button(page: QWidget, show: Callable[[], object]) -> QPushButton:
    """A "History…" button for ``page`` and Ctrl+H anywhere on it, both calling ``show``."""
    button = QPushButton(QCoreApplication.translate("History", "Histor&y\u2026"))
    button.setToolTip(HISTORY_KEY)
    button.clicked.connect(lambda: show())
    key = QShortcut(QKeySequence(HISTORY_KEY), page, lambda: show())
    key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return button


def open_history(parent: QWidget, subject: str, changes: Sequence[Change]) -> QDialog:
    """Show ``changes`` in a window-modal dialog that deletes itself when closed."""
    from desktop_app.ui.history.history_dialog import HistoryDialog

    dialog = HistoryDialog(subject, changes, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_facility_form(
    parent: QWidget,
    workspace: Workspace,
    facility: Facility,
    today: date,
    closed: Callable[[Facility | None], None],
) -> QDialog:
    """Open a facility's form (its profile with the date it takes effect), window-modal;
    ``closed`` gets the facility as saved, or ``None`` when nothing was saved."""
    from desktop_app.ui.facilities.facility_dialog import FacilityDialog

    dialog = FacilityDialog(workspace, facility, today, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: closed(dialog.saved))
    dialog.open()
    return dialog
