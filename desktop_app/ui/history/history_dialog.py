"""The history of changes: one read-only list of who changed what, when, from what to what.

Every list screen opens it the same way, through the shell (``ui/shared_dialogs.py``): a
"History…" button beside its other buttons and Ctrl+H anywhere on the screen. The list
shows the newest change first; the fields of the change under the cursor are
spelled out one per line under it. Escape or Close shuts it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.audit import Change
from desktop_app.ui.history.history_labels import (
    HISTORY_COLUMNS,
    action_name,
    fields_text,
    what_text,
)
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.text_formats import when_text
from desktop_app.ui.widgets.record_table import record_table, selected_record


class HistoryDialog(QDialog):
    """Shows ``changes`` (any order: the list sorts them newest first)."""

    def __init__(
        self, subject: str, changes: Sequence[Change], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of changes"))
        self.resize(900, 480)
        self.subject = QLabel(subject)
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: 600")
        self.model: RowTableModel[Change] = RowTableModel(HISTORY_COLUMNS, self)
        self.table = record_table(self.model, stretch_last=True, widths={3: 300})
        self.table.setTabKeyNavigation(False)
        self.model.set_rows(sorted(changes, key=lambda c: (c.when, c.id), reverse=True))
        self.empty_hint = QLabel(self.tr("No change has been recorded here yet."))
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        list_label = QLabel(self.tr("&Changes, newest first"))
        list_label.setBuddy(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addWidget(list_label)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        has_rows = bool(changes)
        self.empty_hint.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        if has_rows:
            self.table.selectRow(0)
        self._show_details()
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        (self.table if has_rows else close).setFocus()

    def changes(self) -> list[Change]:
        """The changes in the order shown (newest first)."""
        return self.model.rows()

    def selected_change(self) -> Change | None:
        """The change under the cursor, or ``None``."""
        return selected_record(self.table)

    def _show_details(self) -> None:
        change = self.selected_change()
        if change is None:
            self.details.clear()
            return
        heading = " \u2013 ".join(
            part
            for part in (when_text(change.when), change.who, action_name(change.action))
            if part
        )
        body = fields_text(change, "\n")
        self.details.setText(f"{heading}\n{what_text(change)}" + (f"\n{body}" if body else ""))
