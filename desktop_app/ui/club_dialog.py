"""Add or edit one club: who it is, where it meets, its members in figures and its roster."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.clubs import FIELDS, KINDS, MAX_MEMBERS, Club, roster_counts
from desktop_app.domain.messages import UserError
from desktop_app.i18n import render_error
from desktop_app.services import clubs
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.club_labels import field_name, kind_name
from desktop_app.ui.club_roster import RosterEditor
from desktop_app.ui.widgets.count_spin import OptionalCountSpin
from desktop_app.ui.widgets.date_edit import DateLineEdit
from desktop_app.ui.widgets.facility_combo import FacilityCombo


class ClubDialog(QDialog):
    """The club form. ``club=None`` adds a new one; :attr:`saved` holds what was stored."""

    def __init__(
        self,
        workspace: Workspace,
        club: Club | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._club = club
        self._today = today
        self.saved: Club | None = None
        self.setWindowTitle(self.tr("New club") if club is None else self.tr("Club"))
        self._build()
        self._load()
        self._loaded_state = self._snapshot()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. CLB01"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(kind_name(code), code)
        self.field = QComboBox()
        for code in FIELDS:
            self.field.addItem(field_name(code), code)
        self.facility = FacilityCombo()
        self.facility.set_facilities(clubs.facilities(self._workspace))
        self.founded = DateLineEdit()
        self.closed = DateLineEdit()
        self.closed.setPlaceholderText(self.tr("empty while the club meets"))
        self.leader = QLineEdit()
        self.leader.setMaxLength(100)
        basics = QFormLayout()
        basics.addRow(self.tr("&Code"), self.code)
        basics.addRow(self.tr("&Name"), self.name)
        basics.addRow(self.tr("&Kind"), self.kind)
        basics.addRow(self.tr("&Field"), self.field)
        basics.addRow(self.tr("&Host facility"), self.facility)
        basics.addRow(self.tr("F&ounded on"), self.founded)
        basics.addRow(self.tr("C&losed on"), self.closed)
        basics.addRow(self.tr("Lea&der"), self.leader)

        self.members = OptionalCountSpin(MAX_MEMBERS)
        self.women = OptionalCountSpin(MAX_MEMBERS)
        self.children = OptionalCountSpin(MAX_MEMBERS)
        self.elderly = OptionalCountSpin(MAX_MEMBERS)
        counts_box = QGroupBox(self.tr("Members"))
        grid = QGridLayout(counts_box)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Members"), self.members),
                (self.tr("of which &women"), self.women),
                (self.tr("c&hildren (under 16)"), self.children),
                (self.tr("&elderly (60 and over)"), self.elderly),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        self.count_button = QPushButton(self.tr("Count from the ro&ster"))
        self.count_button.setAutoDefault(False)
        self.count_button.clicked.connect(self.count_from_roster)
        grid.addWidget(self.count_button, 1, 4)

        self.roster = RosterEditor(self._today)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.roster.add_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(basics)
        layout.addWidget(counts_box)
        layout.addWidget(self.roster, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fields: dict[str, QWidget] = {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "field": self.field,
            "facility_id": self.facility,
            "founded_on": self.founded,
            "closed_on": self.closed,
            "leader": self.leader,
            "members": self.members,
            "members_women": self.women,
            "members_children": self.children,
            "members_elderly": self.elderly,
        }
        self.resize(820, 720)

    def _load(self) -> None:
        club = self._club
        self._loaded_roster: list[tuple] = []
        if club is None:
            self.code.setFocus()
            return
        self.code.setText(club.code)
        self.name.setText(club.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(club.kind)))
        self.field.setCurrentIndex(max(0, self.field.findData(club.field)))
        self.facility.select_id(club.facility_id)
        self.founded.set_date(club.founded_on)
        self.closed.set_date(club.closed_on)
        self.leader.setText(club.leader)
        self.members.set_count(club.members)
        self.women.set_count(club.members_women)
        self.children.set_count(club.members_children)
        self.elderly.set_count(club.members_elderly)
        if club.id is not None:
            self.roster.set_members(clubs.members(self._workspace, club.id))
        self._loaded_roster = self._roster_key()
        self.name.setFocus()

    # -- reading the form -------------------------------------------------------------------
    def _roster_key(self) -> list[tuple]:
        return [(m.name, m.sex, m.birth_year, m.phone, m.joined_on) for m in self.roster.members()]

    def _snapshot(self) -> tuple:
        return (
            self.code.text(),
            self.name.text(),
            self.kind.currentIndex(),
            self.field.currentIndex(),
            self.facility.currentIndex(),
            self.founded.text(),
            self.closed.text(),
            self.leader.text(),
            tuple(w.count() for w in (self.members, self.women, self.children, self.elderly)),
            tuple(self._roster_key()),
        )

    def _club_from_form(self) -> Club:
        return Club(
            id=self._club.id if self._club else None,
            code=self.code.text(),
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            field=str(self.field.currentData()),
            facility_id=self.facility.current_id() or 0,
            founded_on=self.founded.date_value("founded_on"),
            closed_on=self.closed.date_value("closed_on"),
            leader=self.leader.text(),
            members=self.members.count() or 0,
            members_women=self.women.count() or 0,
            members_children=self.children.count() or 0,
            members_elderly=self.elderly.count() or 0,
        )

    # -- actions ----------------------------------------------------------------------------
    def count_from_roster(self) -> None:
        """Fill the member counts from the roster (age groups by year of birth)."""
        counts = roster_counts(self.roster.members(), self._today.year)
        self.members.set_count(counts.members)
        self.women.set_count(counts.women)
        self.children.set_count(counts.children)
        self.elderly.set_count(counts.elderly)

    def save(self) -> None:
        """Validate and store; on a problem, say it under the form and focus the field."""
        try:
            club = self._club_from_form()
            if self._club is None:
                self.saved = clubs.add_club(
                    self._workspace, club, self._today, self.roster.members()
                )
            else:
                roster_changed = self._roster_key() != self._loaded_roster
                self.saved = clubs.update_club(
                    self._workspace,
                    club,
                    self._today,
                    self.roster.members() if roster_changed else None,
                )
        except UserError as exc:
            self.problem.setText(render_error(exc))
            widget = self._fields.get(exc.field_name or "")
            if widget is not None:
                widget.setFocus()
            return
        self.accept()

    def reject(self) -> None:
        """Escape or Cancel: ask before throwing away what was typed."""
        if self._snapshot() != self._loaded_state and not dialogs.confirm(
            self,
            self.windowTitle(),
            self.tr("Close the form without saving what you typed?"),
        ):
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field (the roster's entry row adds a person instead)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(self.focusWidget(), QPushButton):
                super().keyPressEvent(event)
            else:
                self.save()
            return
        super().keyPressEvent(event)
