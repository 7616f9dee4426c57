"""The frame every record form shares: problems in red, Save/Cancel, Enter saves, Escape asks.

A form (facility, club, activity) builds its own fields, names them in
:attr:`FormDialog.fields` by the domain's field names, and gives two hooks:
:meth:`~FormDialog.snapshot` (what the user typed, to tell whether Escape
throws anything away) and :meth:`~FormDialog.save_form` (validate and store,
raising ``UserError``). The frame shows a problem in the red label under the
form and puts the cursor in the field it names.

Texts: the frame's own texts (Save, Cancel, the question Escape asks) are
translated once under the explicit context ``FormDialog``, not with
``self.tr()``, which would look them up under each subclass's name.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop_app.domain.messages import UserError
from desktop_app.i18n import render_error
from desktop_app.ui import dialogs
from desktop_app.ui.widgets.abstract_widget import AbstractWidgetMeta, refuse_unfinished
from desktop_app.ui.widgets.problem_label import ProblemLabel

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def captions_above(grid: QGridLayout, pairs: Sequence[tuple[str, QWidget]]) -> None:
    """Lay out fields side by side in ``grid``, each under its caption (whose Alt+letter
    focuses it)."""
    for column, (text, widget) in enumerate(pairs):
        caption = QLabel(text)
        caption.setBuddy(widget)
        grid.addWidget(caption, 0, column)
        grid.addWidget(widget, 1, column)


class SaveCancelled(Exception):
    """The user cancelled a question asked while saving; the form stays open."""


class FormDialog(QDialog, metaclass=AbstractWidgetMeta):
    """A form of one record; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        refuse_unfinished(self)
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self._loaded_state: object = None
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setText(QCoreApplication.translate("FormDialog", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # -- to be given by the form ------------------------------------------------------
    @abstractmethod
    def snapshot(self) -> object:
        """What the form holds now, comparable with ``==``."""

    @abstractmethod
    def save_form(self) -> None:
        """Validate and store the record.

        Raises:
            UserError: a value is refused; its ``field_name`` names a key of :attr:`fields`.
            SaveCancelled: the user cancelled a question; nothing was stored.
        """

    def enter_pressed(self, widget: QWidget | None) -> bool:
        """Let ``widget`` (a list, say) use Enter itself: return True when it did."""
        return False

    # -- the shared behaviour ---------------------------------------------------------------
    def mark_loaded(self) -> None:
        """Remember the form as it is: Escape asks only when it changed since."""
        self._loaded_state = self.snapshot()

    def save(self) -> None:
        """Validate and store; on a problem, say it under the form and focus the field."""
        for widget in self.fields.values():
            check = getattr(widget, "typing_problem", None)
            found = check() if callable(check) else None
            if found:  # e.g. more digits than the field allows: never store another number
                self.problem.setText(found)
                widget.setFocus()
                return
        try:
            self.save_form()
        except SaveCancelled:
            return
        except UserError as exc:
            self.problem.setText(render_error(exc))
            widget = self.fields.get(exc.field_name or "")
            if widget is not None:
                widget.setFocus()
            return
        self.accept()

    def reject(self) -> None:
        """Escape or Cancel: ask before throwing away what was typed."""
        if self.snapshot() != self._loaded_state and not dialogs.confirm(
            self,
            self.windowTitle(),
            QCoreApplication.translate(
                "FormDialog", "Close the form without saving what you typed?"
            ),
        ):
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field; on a button it presses that button."""
        if event.key() in _ENTER:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                super().keyPressEvent(event)
            elif not self.enter_pressed(focus):
                self.save()
            return
        super().keyPressEvent(event)
