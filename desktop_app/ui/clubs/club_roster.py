"""A club's optional roster inside the club form: an entry row and the list of members.

The roster is personal data: it stays in the commune's database and no report
carries it; reports only carry the member counts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop_app.domain.clubs import ClubMember, validated_member
from desktop_app.domain.messages import UserError
from desktop_app.i18n import render_error
from desktop_app.ui import dialogs
from desktop_app.ui.clubs.club_labels import MEMBER_COLUMNS, sex_name
from desktop_app.ui.code_names import SEXES
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.widgets.count_spin import OptionalCountSpin
from desktop_app.ui.widgets.date_edit import DateLineEdit
from desktop_app.ui.widgets.problem_label import ProblemLabel


class RosterEditor(QGroupBox):
    """Edits a list of :class:`ClubMember` in memory; the club form stores it on Save."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Roster (optional)"), parent)
        self._today = today
        self.member_name = QLineEdit()
        self.member_name.setMaxLength(100)
        self.sex = QComboBox()
        for code in SEXES:
            self.sex.addItem(sex_name(code), code)
        self.sex.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # not cut
        self.birth_year = OptionalCountSpin(today.year)
        self.birth_year.setGroupSeparatorShown(False)
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.joined = DateLineEdit()
        self.add_button = QPushButton(self.tr("Add to roster"))
        self.add_button.clicked.connect(self.add_member)
        self.problem = ProblemLabel()
        self.model: RowTableModel[ClubMember] = RowTableModel(MEMBER_COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus
        delete_key.activated.connect(self.remove_selected)
        note = QLabel(
            self.tr(
                "Names and phone numbers stay in this database; reports carry counts only. "
                "Enter adds the person typed; Delete removes the one selected in the list."
            )
        )
        note.setWordWrap(True)
        grid = QGridLayout(self)
        fields = (
            (self.tr("Full n&ame"), self.member_name),
            (self.tr("Se&x"), self.sex),
            (self.tr("&Born (year)"), self.birth_year),
            (self.tr("&Phone"), self.phone),
            (self.tr("&Joined on"), self.joined),
        )
        for column, (text, widget) in enumerate(fields):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.add_button, 1, len(fields))
        grid.addWidget(self.problem, 2, 0, 1, len(fields) + 1)
        grid.addWidget(self.table, 3, 0, 1, len(fields) + 1)
        grid.addWidget(note, 4, 0, 1, len(fields) + 1)
        grid.setColumnStretch(0, 3)
        grid.setRowStretch(3, 1)  # the list takes the spare height
        self._entry_widgets = (
            self.member_name,
            self.sex,
            self.birth_year,
            self.birth_year.lineEdit(),
            self.phone,
            self.joined,
        )
        for widget in self._entry_widgets:
            widget.installEventFilter(self)
        self._fields = {
            "name": self.member_name,
            "sex": self.sex,
            "birth_year": self.birth_year,
            "phone": self.phone,
            "joined_on": self.joined,
        }
        self.problem.hide()

    def members(self) -> list[ClubMember]:
        """The roster as typed."""
        return self.model.rows()

    def set_members(self, members: list[ClubMember]) -> None:
        """Show a stored roster."""
        self.model.set_rows(members)

    def add_member(self) -> None:
        """Check the typed person and add them to the list."""
        try:
            member = validated_member(
                ClubMember(
                    club_id=0,
                    name=self.member_name.text(),
                    sex=str(self.sex.currentData()),
                    birth_year=self.birth_year.count(),
                    phone=self.phone.text(),
                    joined_on=self.joined.date_value("joined_on"),
                ),
                self._today,
            )
        except UserError as exc:
            self.problem.setText(render_error(exc))
            self.problem.show()
            self._fields.get(exc.field_name or "", self.member_name).setFocus()
            return
        self.problem.hide()
        self.model.set_rows([*self.model.rows(), member])
        for line in (self.member_name, self.phone, self.joined):
            line.clear()
        self.birth_year.set_count(None)
        self.sex.setCurrentIndex(0)
        self.member_name.setFocus()

    def remove_selected(self) -> None:
        """Take the selected person off the list after a question."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        member = self.model.row_at(index.row())
        question = self.tr("Remove {name} from the roster?").format(name=member.name)
        if not dialogs.confirm(self, self.tr("Roster"), question):
            return
        rows = self.model.rows()
        del rows[index.row()]
        self.model.set_rows(rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the entry row adds the person typed; on an empty entry row, and
        elsewhere, it goes to the form (Save)."""
        if (
            watched in self._entry_widgets
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
            and not self.entry_is_empty()
        ):
            self.add_member()
            return True
        return super().eventFilter(watched, event)

    def entry_is_empty(self) -> bool:
        """Whether nothing is typed in the entry row (Enter then saves the whole form)."""
        typed = (self.member_name.text(), self.phone.text(), self.birth_year.text())
        return not any(text.strip() for text in typed) and not self.joined.text().strip(" /_")
