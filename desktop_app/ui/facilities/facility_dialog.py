"""Add or edit one facility, with its dated profile and the profile history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.facility import LIMITS, Facility, FacilityProfile, profile_in_force
from desktop_app.domain.facility_types import FACILITY_TYPES
from desktop_app.services import facilities
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.facilities.facility_labels import PROFILE_COLUMNS, group_name, type_name
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.widgets.count_spin import OptionalAreaSpin, OptionalCountSpin
from desktop_app.ui.widgets.date_edit import DateLineEdit
from desktop_app.ui.widgets.form_dialog import FormDialog, SaveCancelled


class FacilityDialog(FormDialog):
    """The facility form. ``facility=None`` adds a new one.

    The profile part edits the profile in force today; typing another "in force
    from" date records a new dated profile and keeps the old one.
    """

    def __init__(
        self,
        workspace: Workspace,
        facility: Facility | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._facility = facility
        self._today = today
        self.saved: Facility | None = None
        self.setWindowTitle(self.tr("New facility") if facility is None else self.tr("Facility"))
        self._build()
        self._load()
        self.mark_loaded()

    # -- building -----------------------------------------------------------------
    def _build(self) -> None:
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. TV1"))
        self.type_combo = QComboBox()
        for kind in FACILITY_TYPES:
            self.type_combo.addItem(f"{type_name(kind.code)} — {group_name(kind.code)}", kind.code)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.opened = DateLineEdit()
        self.closed = DateLineEdit()
        self.closed.setPlaceholderText(self.tr("empty while the facility serves"))
        basics = QFormLayout()
        basics.addRow(self.tr("&Code"), self.code)
        basics.addRow(self.tr("&Type"), self.type_combo)
        basics.addRow(self.tr("&Name"), self.name)
        basics.addRow(self.tr("&Opened on"), self.opened)
        basics.addRow(self.tr("C&losed on"), self.closed)

        self.effective = DateLineEdit()
        self.effective.setPlaceholderText(self.tr("dd/mm/yyyy (default: opening date)"))
        self.area = OptionalAreaSpin(LIMITS["area_m2"])
        self.seats = OptionalCountSpin(LIMITS["seats"])
        self.computers = OptionalCountSpin(LIMITS["computers"])
        self.computers_internet = OptionalCountSpin(LIMITS["computers_internet"])
        self.books = OptionalCountSpin(LIMITS["books"])
        self.library_software = QCheckBox(self.tr("Uses library software"))
        self.digital_library = QCheckBox(self.tr("Digital library or online catalogue"))
        self.web_presence = QCheckBox(self.tr("Website or fan page"))
        profile_box = QGroupBox(self.tr("Profile"))
        grid = QGridLayout(profile_box)
        pairs = [
            (self.tr("In &force from"), self.effective),
            (self.tr("&Area (m²)"), self.area),
            (self.tr("&Seats"), self.seats),
            (self.tr("Public co&mputers"), self.computers),
            (self.tr("of which with &Internet"), self.computers_internet),
            (self.tr("&Books held (copies)"), self.books),
        ]
        # Down the left column, then down the right one: the order Tab follows.
        rows = (len(pairs) + 1) // 2
        for index, (label, widget) in enumerate(pairs):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, index % rows, (index // rows) * 2)
            grid.addWidget(widget, index % rows, (index // rows) * 2 + 1)
        row = rows
        for offset, box in enumerate(
            (self.library_software, self.digital_library, self.web_presence)
        ):
            grid.addWidget(box, row + offset, 0, 1, 4)
        row += 2
        hint = QLabel(
            self.tr(
                "To record a change from a new date, type that date in \u201cIn force from\u201d: "
                "the earlier profile is kept for earlier reports."
            )
        )
        hint.setWordWrap(True)
        grid.addWidget(hint, row + 2, 0, 1, 4)

        self.history_model: RowTableModel[FacilityProfile] = RowTableModel(PROFILE_COLUMNS, self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.setMaximumHeight(150)
        self.history.activated.connect(self._history_activated)
        self.delete_profile_button = QPushButton(self.tr("&Delete selected profile"))
        self.delete_profile_button.clicked.connect(self._delete_profile)
        history_box = QGroupBox(self.tr("Profile history (select one to edit it)"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.delete_profile_button)
        history_layout.addLayout(row_buttons)
        history_box.setVisible(self._facility is not None)

        layout = QVBoxLayout(self)
        layout.addLayout(basics)
        layout.addWidget(profile_box)
        layout.addWidget(history_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.fields = {
            "code": self.code,
            "type_code": self.type_combo,
            "name": self.name,
            "opened_on": self.opened,
            "closed_on": self.closed,
            "effective_from": self.effective,
            "area_m2": self.area,
            "seats": self.seats,
            "computers": self.computers,
            "computers_internet": self.computers_internet,
            "books": self.books,
        }
        self.resize(900, 640 if self._facility else 460)

    # -- loading --------------------------------------------------------------------
    def _load(self) -> None:
        self._loaded_profile: FacilityProfile | None = None
        if self._facility is None:
            self.code.setFocus()
            return
        f = self._facility
        self.code.setText(f.code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(f.type_code)))
        self.name.setText(f.name)
        self.opened.set_date(f.opened_on)
        self.closed.set_date(f.closed_on)
        self._reload_history()
        current = profile_in_force(self.history_model.rows(), self._today)
        self._show_profile(current or (self.history_model.rows() or [None])[0])
        self.name.setFocus()

    def _reload_history(self) -> None:
        assert self._facility is not None and self._facility.id is not None
        self.history_model.set_rows(facilities.profiles(self._workspace, self._facility.id))
        self.delete_profile_button.setEnabled(bool(self.history_model.rows()))

    def _show_profile(self, profile: FacilityProfile | None) -> None:
        self._loaded_profile = profile
        p = profile or FacilityProfile(effective_from=self._today)
        self.effective.set_date(profile.effective_from if profile else None)
        self.area.set_area(p.area_m2)
        self.seats.set_count(p.seats)
        self.computers.set_count(p.computers)
        self.computers_internet.set_count(p.computers_internet)
        self.books.set_count(p.books)
        self.library_software.setChecked(p.library_software)
        self.digital_library.setChecked(p.digital_library)
        self.web_presence.setChecked(p.web_presence)

    def _history_activated(self) -> None:
        index = self.history.currentIndex()
        if index.isValid():
            self._show_profile(self.history_model.row_at(index.row()))

    # -- reading the form -----------------------------------------------------------
    def _profile_values(self) -> dict[str, object]:
        return {
            "area_m2": self.area.area(),
            "seats": self.seats.count(),
            "computers": self.computers.count(),
            "computers_internet": self.computers_internet.count(),
            "books": self.books.count(),
            "library_software": self.library_software.isChecked(),
            "digital_library": self.digital_library.isChecked(),
            "web_presence": self.web_presence.isChecked(),
        }

    def _profile_from_form(self, facility: Facility) -> FacilityProfile | None:
        """The profile to store, or ``None`` when the profile part is untouched.

        Changing the figures of a profile that took effect before today asks
        whether the old figures were wrong (correct them in place) or whether
        things changed (a new profile from today, the old one kept for past
        reports).
        """
        values = self._profile_values()
        effective = self.effective.date_value("effective_from")
        loaded = self._loaded_profile
        if (
            loaded is None
            and effective is None
            and not any(v not in (None, False) for v in values.values())
        ):
            return None  # nothing typed in the profile part
        if loaded is not None and effective in (None, loaded.effective_from):
            typed = FacilityProfile(effective_from=loaded.effective_from, **values)  # type: ignore[arg-type]
            if replace(loaded, id=None) == typed:
                return None
            effective = loaded.effective_from
            if effective < self._today:
                answer = dialogs.choose(
                    self,
                    self.tr("Changed profile"),
                    self.tr(
                        "The profile in force from {day} is used by reports of earlier periods. "
                        "Did the facility change, or were the figures typed wrongly?"
                    ).format(day=format_date(effective)),
                    [
                        self.tr("It changed: keep the old profile, new one from {day}").format(
                            day=format_date(self._today)
                        ),
                        self.tr("Correct the profile from {day}").format(
                            day=format_date(effective)
                        ),
                    ],
                )
                if answer is None:
                    raise SaveCancelled
                if answer == 0:
                    effective = self._today
        if effective is None:
            effective = facility.opened_on or self._today
        return FacilityProfile(effective_from=effective, **values)  # type: ignore[arg-type]

    def snapshot(self) -> tuple:
        return (
            self.code.text(),
            self.type_combo.currentIndex(),
            self.name.text(),
            self.opened.text(),
            self.closed.text(),
            self.effective.text(),
            tuple(self._profile_values().values()),
        )

    def _facility_from_form(self) -> Facility:
        return Facility(
            id=self._facility.id if self._facility else None,
            code=self.code.text(),
            type_code=str(self.type_combo.currentData()),
            name=self.name.text(),
            opened_on=self.opened.date_value("opened_on"),
            closed_on=self.closed.date_value("closed_on"),
        )

    # -- actions --------------------------------------------------------------------
    def save_form(self) -> None:
        """Store the facility and, when its part was touched, the profile."""
        facility = self._facility_from_form()
        profile = self._profile_from_form(facility)
        if self._facility is None:
            self.saved = facilities.add_facility(self._workspace, facility, self._today, profile)
        else:
            self.saved = facilities.update_facility(self._workspace, facility, self._today, profile)

    def _delete_profile(self) -> None:
        index = self.history.currentIndex()
        if not index.isValid() or self._facility is None or self._facility.id is None:
            dialogs.inform(self, self.windowTitle(), self.tr("Select a profile in the list first."))
            return
        profile = self.history_model.row_at(index.row())
        question = self.tr("Delete the profile in force from {day}?").format(
            day=profile.effective_from.strftime("%d/%m/%Y")
        )
        if not dialogs.confirm(self, self.tr("Delete profile"), question):
            return
        facilities.delete_profile(self._workspace, self._facility.id, profile.id or 0)
        self._reload_history()
        self._show_profile(profile_in_force(self.history_model.rows(), self._today))
        self.mark_loaded()

    def enter_pressed(self, widget: QWidget | None) -> bool:
        """Enter in the history list opens the selected profile instead of saving."""
        if widget is self.history:
            self._history_activated()
            return True
        return False
