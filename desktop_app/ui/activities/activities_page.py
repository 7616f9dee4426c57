"""The activities screen: the period's activities and events, filtered, with their totals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.activities import TYPES, Activity
from desktop_app.domain.dates import format_date
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import month_of
from desktop_app.services import activities, audit
from desktop_app.services.activities import ActivityRow
from desktop_app.services.changes import LOGGED, ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.activities.activity_dialog import ActivityDialog
from desktop_app.ui.activities.activity_labels import ACTIVITY_COLUMNS, type_name
from desktop_app.ui.page import first_focusable
from desktop_app.ui.shared_dialogs import history_button, open_history
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.widgets.facility_combo import FacilityCombo
from desktop_app.ui.widgets.period_picker import PeriodPicker
from desktop_app.ui.widgets.record_table import (
    button_row,
    record_keys,
    record_table,
    select_record,
    selected_record,
)


class ActivitiesPage(QWidget):
    """Lists the activities of a period."""

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = LOGGED | {ChangeKind.ACTIVITIES}

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self.period_picker = PeriodPicker(
            today(), activities.convention(workspace), remember_as="period"
        )
        self.facility_filter = FacilityCombo()
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for code in TYPES:
            self.type_filter.addItem(type_name(code), code)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Fa&cility"), self.facility_filter),
            (self.tr("&Type"), self.type_filter),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1)

        self.model: RowTableModel[ActivityRow] = RowTableModel(ACTIVITY_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        # 3: the title, 4: the long type names, as wide as the user wants.
        self.table = record_table(self.model, self.proxy, widths={3: 220, 4: 150})

        self.add_button = QPushButton(self.tr("&Add activity"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Enter or F2"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        record_keys(self, self.table, self.add, self.edit_selected, self.delete_selected)
        self.history_button = history_button(self, self.show_history)
        self.history_dialog: QDialog | None = None
        buttons = button_row(
            self.add_button, self.edit_button, self.delete_button, self.history_button
        )

        self.title = QLabel(self.tr("Activities and events"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.empty_hint = QLabel(
            self.tr(
                "No activity in this period. Press \u201cAdd activity\u201d (Ctrl+N) to record "
                "one; an activity over several days counts in the period of its first day."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setStyleSheet("font-weight: 600")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.period_picker)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addStretch(0)  # with the list hidden (an empty period), the rest stays on top
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.active_dialog: ActivityDialog | None = None
        self._loading = False
        self.period_picker.period_changed.connect(self._filters_changed)
        self.facility_filter.currentIndexChanged.connect(self._filters_changed)
        self.type_filter.currentIndexChanged.connect(self._filters_changed)
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def stop_work(self) -> None:
        """Nothing runs in a thread on this screen."""

    def initial_focus(self) -> QWidget | None:
        """Where the cursor goes when the screen is opened: its first field."""
        return first_focusable(self)

    def reload(self) -> None:
        """Read the facilities, the template's convention and the activities again."""
        self._loading = True  # refresh once at the end, not on every widget change
        try:
            chosen = self.facility_filter.current_id()
            self.facility_filter.set_facilities(activities.facilities(self._workspace))
            self.facility_filter.insertItem(0, self.tr("All facilities"), None)
            index = self.facility_filter.findData(chosen) if chosen is not None else 0
            self.facility_filter.setCurrentIndex(max(0, index))
            convention = activities.convention(self._workspace)
            if convention != self.period_picker.period().convention:
                self.period_picker.set_convention(convention)
        finally:
            self._loading = False
        self.refresh()

    def refresh(self) -> None:
        """List the activities of the chosen period and filters, keeping the selection."""
        selected = self.selected_row()
        period = self.period_picker.period()
        facility_id = self.facility_filter.current_id()
        type_code = self.type_filter.currentData()
        rows = activities.list_rows(self._workspace, period, facility_id, type_code)
        self.model.set_rows(rows)
        self.empty_hint.setVisible(not rows)
        self.table.setVisible(bool(rows))
        total = activities.totals(self._workspace, period, facility_id, type_code)
        self.totals.setText(
            self.tr("Activities in this period: {count}. Participants: {participants}.").format(
                count=total.activities, participants=total.participants
            )
        )
        if selected is None or not self.select_id(selected.activity.id or 0):
            self.table.selectRow(0)
        self._update_buttons()

    def _filters_changed(self, *_args: object) -> None:
        if not self._loading:
            self.refresh()

    def selected_row(self) -> ActivityRow | None:
        """The activity row under the cursor, or ``None``."""
        return selected_record(self.table)

    def select_id(self, activity_id: int) -> bool:
        """Put the cursor on the activity with ``activity_id``."""
        return select_record(self.table, lambda row: row.activity.id == activity_id)

    def _update_buttons(self) -> None:
        has_row = self.selected_row() is not None
        self.edit_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
        self.history_button.setEnabled(has_row)

    def show_history(self) -> None:
        """Show every change of the selected activity (Ctrl+H)."""
        row = self.selected_row()
        if row is None:
            return
        subject = self.tr("Activity “{title}” of {day}").format(
            title=row.activity.title, day=format_date(row.activity.start_day)
        )
        self.history_dialog = open_history(
            self, subject, audit.history_of(self._workspace, row.activity)
        )

    # -- actions -------------------------------------------------------------------------------
    def _open_dialog(self, activity: Activity | None) -> ActivityDialog:
        dialog = ActivityDialog(
            self._workspace,
            activity,
            self._today(),
            self,
            facility_id=self.facility_filter.current_id(),
            type_code=self.type_filter.currentData(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ActivityDialog) -> None:
        saved = dialog.saved
        self.active_dialog = None
        if saved is None:
            return
        if not self.period_picker.period().contains(saved.start_day):
            # Show the month it counts in, so the staff see it counted.
            year, month = month_of(saved.start_day, self.period_picker.period().convention)
            self.period_picker.set_period(f"{year}-M{month:02d}")
        self.refresh()
        if not self.select_id(saved.id or 0):
            self.totals.setText(
                self.totals.text()
                + " "
                + self.tr("The activity of {day} is stored but hidden by the filters.").format(
                    day=format_date(saved.start_day)
                )
            )
        self.table.setFocus()

    def add(self) -> None:
        """Open the form for a new activity."""
        self._open_dialog(None)

    def edit_selected(self) -> None:
        """Open the form for the selected activity."""
        row = self.selected_row()
        if row is not None:
            self._open_dialog(row.activity)

    def delete_selected(self) -> None:
        """Delete the selected activity after a question."""
        row = self.selected_row()
        if row is None or row.activity.id is None:
            return
        question = self.tr("Delete the activity \u201c{title}\u201d of {day}?").format(
            title=row.activity.title, day=format_date(row.activity.start_day)
        )
        if not dialogs.confirm(self, self.tr("Delete activity"), question):
            return
        try:
            activities.delete_activity(self._workspace, row.activity.id)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
