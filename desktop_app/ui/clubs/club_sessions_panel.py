"""One club's sessions log: an entry row typed from the paper log book, and the table below it.

Type the date, the topic and the attendance and press Enter: the session is stored
and the row is cleared for the next one. Enter on a session in the table brings it
back into the entry row to be changed; Delete removes it after a question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.clubs import Club, ClubSession, required_attendance, required_date
from desktop_app.domain.counts import MAX_DAILY_COUNT
from desktop_app.domain.dates import format_date
from desktop_app.domain.messages import UserError
from desktop_app.i18n import render_error
from desktop_app.services import clubs
from desktop_app.services.clubs import SessionRow
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.clubs.club_labels import SESSION_COLUMNS, WARNING_SIGN
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.widgets.count_spin import OptionalCountSpin
from desktop_app.ui.widgets.date_edit import DateLineEdit
from desktop_app.ui.widgets.problem_label import ProblemLabel


class ClubSessionsPanel(QGroupBox):
    """The sessions of the club given to :meth:`set_club`; emits :attr:`changed` after a write."""

    changed = Signal()

    def __init__(
        self, workspace: Workspace, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self._club: Club | None = None
        self._editing: ClubSession | None = None

        self.day = DateLineEdit()
        self.topic = QLineEdit()
        self.topic.setMaxLength(200)
        self.topic.setPlaceholderText(self.tr("what the session was about"))
        self.attendance = OptionalCountSpin(MAX_DAILY_COUNT)
        self.attendance.setMinimumWidth(90)
        self.add_button = QPushButton(self.tr("Add session"))
        self.add_button.clicked.connect(self.submit)
        entry = QHBoxLayout()
        for text, widget in (
            (self.tr("&Date"), self.day),
            (self.tr("T&opic"), self.topic),
            (self.tr("Atte&ndance"), self.attendance),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            entry.addWidget(caption)
            entry.addWidget(widget, 2 if widget is self.topic else 0)
        entry.addWidget(self.add_button)
        self._entry_widgets = (
            self.day,
            self.topic,
            self.attendance,
            self.attendance.lineEdit(),
            self.add_button,
        )
        for widget in self._entry_widgets:
            widget.installEventFilter(self)

        self.warning = ProblemLabel(tone="warning", bold=True, object_name="warning")
        self.problem = ProblemLabel()

        self.model: RowTableModel[SessionRow] = RowTableModel(SESSION_COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_selected())
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus
        delete_key.activated.connect(self.delete_selected)
        hint = QLabel(
            self.tr(
                "Type the date, topic and attendance, then press Enter. In the list, Enter "
                "changes the selected session and Delete removes it."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.set_club(None)

    # -- state -------------------------------------------------------------------------------
    def set_club(self, club: Club | None) -> None:
        """Show the sessions of ``club`` (``None``: no club chosen)."""
        same = club is not None and self._club is not None and club.id == self._club.id
        self._club = club
        if not same:
            self._stop_editing()
            self._clear_entry()
            self._show_problem(None)
            self.warning.hide()
        for widget in (self.day, self.topic, self.attendance, self.add_button, self.table):
            widget.setEnabled(club is not None)
        if club is None:
            self.setTitle(self.tr("Sessions (choose a club in the list above)"))
        else:
            title = self.tr("Sessions of {code} – {name}")
            self.setTitle(title.format(code=club.code, name=club.name))
        self.reload()

    def reload(self) -> None:
        """Read the club's sessions again."""
        if self._club is None or self._club.id is None:
            self.model.set_rows([])
            return
        self.model.set_rows(clubs.sessions(self._workspace, self._club.id))

    def focus_entry(self) -> None:
        """Put the cursor in the date field of the entry row."""
        self.day.setFocus()
        self.day.selectAll()

    def selected_row(self) -> SessionRow | None:
        """The session under the table's cursor."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- actions -----------------------------------------------------------------------------
    def submit(self) -> None:
        """Store the typed session (new, or the one being changed)."""
        if self._club is None or self._club.id is None:
            return
        try:
            session = ClubSession(
                club_id=self._club.id,
                day=required_date(self.day.date_value("day"), "day"),
                topic=self.topic.text(),
                attendance=required_attendance(self.attendance.count()),
            )
            if self._editing is None:
                row = clubs.add_session(self._workspace, session, self._today())
            else:
                row = clubs.update_session(
                    self._workspace, replace(session, id=self._editing.id), self._today()
                )
        except UserError as exc:
            self._show_problem(exc)
            return
        self._show_problem(None)
        self._show_warning(row)
        self._stop_editing()
        self._clear_entry()
        self.reload()
        self._select_day(row.session.day)
        self.focus_entry()
        self.changed.emit()

    def edit_selected(self) -> None:
        """Bring the selected session into the entry row to change it."""
        row = self.selected_row()
        if row is None:
            return
        self._editing = row.session
        self.day.set_date(row.session.day)
        self.topic.setText(row.session.topic)
        self.attendance.set_count(row.session.attendance)
        self.add_button.setText(self.tr("Save session"))
        self._show_problem(None)
        self.focus_entry()

    def delete_selected(self) -> None:
        """Remove the selected session after a question."""
        row = self.selected_row()
        if row is None or row.session.id is None:
            return
        question = self.tr("Delete the session of {day} ({topic})?").format(
            day=format_date(row.session.day), topic=row.session.topic or "–"
        )
        if not dialogs.confirm(self, self.tr("Delete session"), question):
            return
        try:
            clubs.delete_session(self._workspace, row.session.id)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        if self._editing is not None and self._editing.id == row.session.id:
            self._stop_editing()
            self._clear_entry()
        self.reload()
        self.changed.emit()

    # -- helpers -----------------------------------------------------------------------------
    def _clear_entry(self) -> None:
        self.day.clear()
        self.topic.clear()
        self.attendance.set_count(None)

    def _stop_editing(self) -> None:
        self._editing = None
        self.add_button.setText(self.tr("Add session"))

    def _show_problem(self, exc: UserError | None) -> None:
        self.problem.setText(render_error(exc) if exc else "")
        self.problem.setVisible(exc is not None)
        if exc is not None:
            widget = {"day": self.day, "attendance": self.attendance, "topic": self.topic}.get(
                exc.field_name or "", self.day
            )
            widget.setFocus()

    def _show_warning(self, row: SessionRow) -> None:
        if row.warning and self._club is not None:
            self.warning.setText(
                WARNING_SIGN
                + " "
                + self.tr(
                    "Attendance on {day} ({attendance}) is above the club's {members} members. "
                    "The session is stored; check the log book or the member count."
                ).format(
                    day=format_date(row.session.day),
                    attendance=row.session.attendance,
                    members=self._club.members,
                )
            )
        self.warning.setVisible(row.warning)

    def _select_day(self, day: date) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.session.day == day:
                self.table.selectRow(index)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the entry row stores the session; Escape stops changing one."""
        if watched in self._entry_widgets and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
            if key == Qt.Key.Key_Escape and self._editing is not None:
                self._stop_editing()
                self._clear_entry()
                return True
        return super().eventFilter(watched, event)
