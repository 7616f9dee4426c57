"""Add or edit one club: who it is, where it meets, its members in figures and its roster."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.clubs import FIELDS, KINDS, MAX_MEMBERS, Club, roster_counts
from desktop_app.services import clubs
from desktop_app.services.workspace import Workspace
from desktop_app.ui.clubs.club_labels import field_name, kind_name
from desktop_app.ui.clubs.club_roster import RosterEditor
from desktop_app.ui.widgets.count_spin import OptionalCountSpin
from desktop_app.ui.widgets.date_edit import DateLineEdit
from desktop_app.ui.widgets.facility_combo import FacilityCombo
from desktop_app.ui.widgets.form_dialog import FormDialog, captions_above


class ClubDialog(FormDialog):
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
        self.mark_loaded()

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
        captions_above(
            grid,
            (
                (self.tr("&Members"), self.members),
                (self.tr("of which &women"), self.women),
                (self.tr("ch&ildren (under 16)"), self.children),
                (self.tr("&elderly (60 and over)"), self.elderly),
            ),
        )
        self.count_button = QPushButton(self.tr("Count from the ro&ster"))
        self.count_button.setAutoDefault(False)
        self.count_button.clicked.connect(self.count_from_roster)
        grid.addWidget(self.count_button, 1, 4)

        self.roster = RosterEditor(self._today)
        self.roster.add_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(basics)
        layout.addWidget(counts_box)
        layout.addWidget(self.roster, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.fields = {
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
        # 620 px: the buttons stay above a Windows taskbar on a 1366x768 screen.
        self.resize(820, 620)

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

    def snapshot(self) -> tuple:
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

    def save_form(self) -> None:
        """Store the club, and its roster when it was changed."""
        club = self._club_from_form()
        if self._club is None:
            self.saved = clubs.add_club(self._workspace, club, self._today, self.roster.members())
        else:
            roster_changed = self._roster_key() != self._loaded_roster
            self.saved = clubs.update_club(
                self._workspace,
                club,
                self._today,
                self.roster.members() if roster_changed else None,
            )
