"""The clubs screen: the commune's clubs with what they did in a period, and their sessions log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_app.domain.messages import UserError
from desktop_app.services import audit, clubs
from desktop_app.services.changes import LOGGED, ChangeKind
from desktop_app.services.clubs import ClubRow
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.clubs.club_dialog import ClubDialog
from desktop_app.ui.clubs.club_labels import CLUB_COLUMNS
from desktop_app.ui.clubs.club_sessions_panel import ClubSessionsPanel
from desktop_app.ui.page import first_focusable
from desktop_app.ui.shared_dialogs import history_button, open_history
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.widgets.period_picker import PeriodPicker
from desktop_app.ui.widgets.record_table import (
    button_row,
    record_keys,
    record_table,
    select_record,
    selected_record,
)


class ClubsPage(QWidget):
    """Lists clubs for the chosen period."""

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = LOGGED | {ChangeKind.CLUBS}

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
            today(), clubs.convention(workspace), remember_as="period"
        )
        self.period_picker.period_changed.connect(lambda _period: self.refresh())

        self.model: RowTableModel[ClubRow] = RowTableModel(CLUB_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        # 1: the name takes the spare width; 4: the host, as wide as the user wants.
        self.table = record_table(self.model, self.proxy, stretch=1, widths={4: 220})

        self.add_button = QPushButton(self.tr("&Add club"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Enter or F2"))
        self.delete_button = QPushButton(self.tr("De&lete club"))
        self.delete_button.setToolTip(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        record_keys(self, self.table, self.add, self.edit_selected, self.delete_selected)
        self.history_button = history_button(self, self.show_history)
        self.history_dialog: QDialog | None = None

        self.title = QLabel(self.tr("Clubs"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.empty_hint = QLabel(
            self.tr(
                "No club yet. Add the clubs, talent classes and interest groups of the commune: "
                "press \u201cAdd club\u201d (Ctrl+N), then type their sessions from the log book."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setToolTip(
            self.tr("Sessions and attendance count the sessions held in the chosen period.")
        )
        self.sessions = ClubSessionsPanel(workspace, today)
        self.sessions.changed.connect(self._sessions_changed)

        buttons = button_row(
            self.add_button, self.edit_button, self.delete_button, self.history_button
        )
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.empty_hint)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.sessions)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.period_picker)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._refreshing = False
        self.active_dialog: ClubDialog | None = None
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def stop_work(self) -> None:
        """Nothing runs in a thread on this screen."""

    def initial_focus(self) -> QWidget | None:
        """Where the cursor goes when the screen is opened: its first field."""
        return first_focusable(self)

    def reload(self) -> None:
        """Read everything again (the template's convention included)."""
        convention = clubs.convention(self._workspace)
        if convention != self.period_picker.period().convention:
            self.period_picker.set_convention(convention)  # refreshes through period_changed
        else:
            self.refresh()

    def refresh(self) -> None:
        """Recount the clubs for the chosen period, keeping the selected club."""
        selected = self.selected_row()
        rows = clubs.list_rows(self._workspace, self.period_picker.period())
        self._refreshing = True  # the model reset moves the cursor; the sessions keep their club
        self.model.set_rows(rows)
        has_rows = bool(rows)
        self.empty_hint.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.summary.setVisible(has_rows)
        total = clubs.summary(rows)
        self.summary.setText(
            self.tr(
                "Clubs: {clubs}; active in this period: {active} (a club is active when it met "
                "in at least {share} % of the period's months). Sessions: {sessions}; "
                "attendance: {attendance}."
            ).format(
                clubs=total.clubs,
                active=total.active,
                share=round(clubs.min_month_share(self._workspace) * 100),
                sessions=total.sessions,
                attendance=total.attendance,
            )
        )
        if not (selected and self.select_code(selected.club.code)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._refreshing = False
        self._selection_moved()

    def selected_row(self) -> ClubRow | None:
        """The club row under the cursor, or ``None``."""
        return selected_record(self.table)

    def select_code(self, code: str) -> bool:
        """Put the cursor on the club with ``code``."""
        return select_record(self.table, lambda row: row.club.code == code)

    def _current_changed(self) -> None:
        if not self._refreshing:
            self._selection_moved()

    def _selection_moved(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        self.sessions.set_club(row.club if row else None)

    def _sessions_changed(self) -> None:
        self.refresh()

    # -- actions -------------------------------------------------------------------------------
    def _open_dialog(self, row: ClubRow | None) -> ClubDialog:
        dialog = ClubDialog(self._workspace, row.club if row else None, self._today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog, row is None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ClubDialog, was_new: bool) -> None:
        saved = dialog.saved
        self.active_dialog = None
        if saved is None:
            return
        self.refresh()
        self.select_code(saved.code)
        if was_new:
            self.sessions.focus_entry()  # next: type its sessions from the log book

    def show_history(self) -> None:
        """Show every change of the selected club, its roster and its sessions (Ctrl+H)."""
        row = self.selected_row()
        if row is None:
            return
        subject = self.tr("Club {code} \u2013 {name}, its roster and its sessions").format(
            code=row.club.code, name=row.club.name
        )
        self.history_dialog = open_history(
            self, subject, audit.history_of(self._workspace, row.club)
        )

    def add(self) -> None:
        """Open the form for a new club."""
        self._open_dialog(None)

    def edit_selected(self) -> None:
        """Open the form for the selected club."""
        row = self.selected_row()
        if row is not None:
            self._open_dialog(row)

    def delete_selected(self) -> None:
        """Delete the selected club with its roster and sessions, after a question."""
        row = self.selected_row()
        if row is None or row.club.id is None:
            return
        question = self.tr(
            "Delete the club {code} – {name} with its roster and all its sessions? "
            "This cannot be undone."
        ).format(code=row.club.code, name=row.club.name)
        if not dialogs.confirm(self, self.tr("Delete club"), question):
            return
        try:
            clubs.delete_club(self._workspace, row.club.id)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
