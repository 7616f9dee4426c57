"""The facilities screen: every service point of the commune, add, edit, close, reopen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.messages import UserError
from desktop_app.services import audit, facilities
from desktop_app.services.changes import ChangeKind
from desktop_app.services.facilities import FacilityRow
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.facilities.facility_dialog import FacilityDialog
from desktop_app.ui.facilities.facility_labels import FACILITY_COLUMNS
from desktop_app.ui.page import first_focusable
from desktop_app.ui.shared_dialogs import history_button, open_history
from desktop_app.ui.table_model import ROW_ROLE, RowTableModel
from desktop_app.ui.widgets.record_table import (
    button_row,
    record_keys,
    record_table,
    select_record,
    selected_record,
)


class _OpenOnlyFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.show_closed = False

    def set_show_closed(self, value: bool) -> None:
        self.beginFilterChange()
        self.show_closed = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self.show_closed:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is None or row.facility.closed_on is None


class FacilitiesPage(QWidget):
    """Lists facilities."""

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = frozenset({ChangeKind.FACILITIES})

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self.model: RowTableModel[FacilityRow] = RowTableModel(FACILITY_COLUMNS, self)
        self.proxy = _OpenOnlyFilter(self)
        self.table = record_table(self.model, self.proxy, stretch=2)  # 2: the long type names

        self.add_button = QPushButton(self.tr("&Add facility"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.close_button = QPushButton(self.tr("C&lose facility…"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.show_closed = QCheckBox(self.tr("&Show closed facilities"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.show_closed.toggled.connect(self.proxy.set_show_closed)
        record_keys(self, self.table, self.add, self.edit_selected)
        self.history_button = history_button(self, self.show_history)
        self.history_dialog: QDialog | None = None

        self.title = QLabel(self.tr("Facilities"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.empty_hint = QLabel(
            self.tr(
                "No facility yet. Add the commune library, the culture house and every reading "
                "room or village culture house you run: press \u201cAdd facility\u201d (Ctrl+N)."
            )
        )
        self.empty_hint.setWordWrap(True)
        buttons = button_row(
            self.add_button,
            self.edit_button,
            self.close_button,
            self.reopen_button,
            self.history_button,
            after_stretch=(self.show_closed,),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.active_dialog: FacilityDialog | None = None
        self.reload()

    def stop_work(self) -> None:
        """Nothing runs in a thread on this screen."""

    def initial_focus(self) -> QWidget | None:
        """Where the cursor goes when the screen is opened: its first field."""
        return first_focusable(self)

    def reload(self) -> None:
        """Read the facilities again, keeping the selection where possible."""
        selected = self.selected_row()
        self.model.set_rows(facilities.list_rows(self._workspace, self._today()))
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)
        if selected is not None:
            self.select_code(selected.facility.code)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_row(self) -> FacilityRow | None:
        """The facility row under the cursor, or ``None``."""
        return selected_record(self.table)

    def select_code(self, code: str) -> bool:
        """Put the cursor on the facility with ``code``."""
        return select_record(self.table, lambda row: row.facility.code == code)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.close_button.setEnabled(row is not None and row.facility.closed_on is None)
        self.reopen_button.setEnabled(row is not None and row.facility.closed_on is not None)
        self.history_button.setEnabled(row is not None)

    def _open_dialog(self, row: FacilityRow | None) -> FacilityDialog:
        dialog = FacilityDialog(self._workspace, row.facility if row else None, self._today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: FacilityDialog) -> None:
        saved = dialog.saved
        if saved is not None and saved.closed_on:
            self.show_closed.setChecked(True)
        self.reload()
        if saved is not None:
            self.select_code(saved.code)

    def show_history(self) -> None:
        """Show every change of the selected facility and its profiles (Ctrl+H)."""
        row = self.selected_row()
        if row is None:
            return
        subject = self.tr("Facility {code} \u2013 {name} and its profiles").format(
            code=row.facility.code, name=row.facility.name
        )
        changes = audit.history_of(self._workspace, row.facility)
        self.history_dialog = open_history(self, subject, changes)

    def add(self) -> None:
        """Open the form for a new facility."""
        self._open_dialog(None)

    def edit_selected(self) -> None:
        """Open the form for the selected facility."""
        row = self.selected_row()
        if row is not None:
            self._open_dialog(row)

    def close_selected(self) -> None:
        """Ask for the last day the selected facility served, and record it."""
        row = self.selected_row()
        if row is None or row.facility.closed_on is not None or row.facility.id is None:
            return
        day, accepted = dialogs.ask_date(
            self,
            self.tr("Close facility"),
            self.tr(
                "Last day {name} served the public. Its records are kept and still count "
                "in reports of earlier periods."
            ).format(name=row.facility.name),
            self._today(),
        )
        if not accepted or day is None:
            return
        try:
            facilities.close_facility(self._workspace, row.facility.id, day, self._today())
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.show_closed.setChecked(True)
        self.reload()

    def reopen_selected(self) -> None:
        """Clear the selected facility's closing date."""
        row = self.selected_row()
        if row is None or row.facility.closed_on is None or row.facility.id is None:
            return
        question = self.tr("Reopen {name}? Its closing date will be cleared.").format(
            name=row.facility.name
        )
        if not dialogs.confirm(self, self.tr("Reopen facility"), question):
            return
        facilities.reopen_facility(self._workspace, row.facility.id, self._today())
        self.reload()
