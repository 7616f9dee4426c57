"""The digital-services screen (Biểu 03): a log by kind, totals and the facility's profile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.digital import DIGITAL_KINDS, WITH_PARTICIPANTS, DigitalService
from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.domain.periods import Period
from desktop_app.services import digital
from desktop_app.services.changes import LOGGED, ChangeKind
from desktop_app.services.digital import KindTotal
from desktop_app.services.workspace import Workspace
from desktop_app.ui.logs.digital_labels import DIGITAL_COLUMNS, TOTAL_COLUMNS, kind_name
from desktop_app.ui.logs.log_page import CountEdit, LogPage, log_table
from desktop_app.ui.shared_dialogs import open_facility_form
from desktop_app.ui.table_model import Column, RowTableModel
from desktop_app.ui.text_formats import count_text


class DigitalPage(LogPage[DigitalService]):
    """Digital services by day and kind at one facility; the services announce what it stores."""

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = LOGGED | {ChangeKind.DIGITAL}

    history_table = "digital_services"

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, today, parent)
        self.active_dialog: QDialog | None = None
        self.shown_profile: FacilityProfile | None = None
        self.title.setText(self.tr("Digital services"))
        self.empty_hint.setText(
            self.tr("No facility yet. Add the commune's facilities on the Facilities screen first.")
        )
        self.totals_caption.setText(self.tr("Totals of the period at this facility:"))
        self.reload()

    # -- the parts of the screen --------------------------------------------------------
    def columns(self) -> tuple[Column[DigitalService], ...]:
        return DIGITAL_COLUMNS

    def make_entry_fields(self) -> list[tuple[str, str, QWidget]]:
        self.kind_combo = QComboBox()
        for kind in DIGITAL_KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.quantity = CountEdit()
        self.participants = CountEdit()
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.enable_entry_fields())
        return [
            ("kind", self.tr("&Kind"), self.kind_combo),
            ("quantity", self.tr("&Quantity"), self.quantity),
            ("participants", self.tr("Pa&rticipants"), self.participants),
        ]

    def make_extra_controls(self) -> list[QWidget]:
        self.profile_button = QPushButton(self.tr("Facility pr&ofile…"))
        self.profile_button.clicked.connect(self.open_profile)
        return [self.profile_button]

    def add_below_controls(self, layout: QVBoxLayout) -> None:
        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        self.profile_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.profile_label)

    def make_totals(self) -> QWidget:
        self.totals_model: RowTableModel[KindTotal] = RowTableModel(TOTAL_COLUMNS, self)
        self.totals_table: QTableView = log_table(self.totals_model)
        self.totals_table.setMaximumHeight(
            self.totals_table.horizontalHeader().sizeHint().height()
            + len(DIGITAL_KINDS) * self.totals_table.verticalHeader().defaultSectionSize()
            + 4
        )
        return self.totals_table

    # -- reading ------------------------------------------------------------------------
    def list_facilities(self) -> list[Facility]:
        return digital.all_facilities(self._workspace)

    def list_rows(self, facility_id: int, period: Period) -> list[DigitalService]:
        return digital.rows(self._workspace, facility_id, period)

    def refresh_totals(self, facility_id: int | None, period: Period) -> None:
        self.totals_model.set_rows(
            digital.totals(self._workspace, period, facility_id) if facility_id else []
        )
        self._show_profile(facility_id, period)

    def total_of(self, kind: str) -> KindTotal:
        """The shown total of one kind."""
        return next(t for t in self.totals_model.rows() if t.kind == kind)

    def _show_profile(self, facility_id: int | None, period: Period) -> None:
        self.profile_button.setEnabled(facility_id is not None)
        if facility_id is None:
            self.shown_profile = None
            self.profile_label.clear()
            return
        profile = digital.profile_at(self._workspace, facility_id, period.end)
        self.shown_profile = profile
        day = format_date(period.end)
        if profile is None:
            self.profile_label.setText(
                self.tr(
                    "No profile is recorded on {day}. Press \u201cFacility profile\u2026\u201d to "
                    "record the computers, software and web presence."
                ).format(day=day)
            )
            return

        def yes_no(value: bool) -> str:
            return self.tr("yes") if value else self.tr("no")

        self.profile_label.setText(
            self.tr(
                "Profile on {day}: {computers} public computers, {internet} with Internet; "
                "library software: {software}; digital library or online catalogue: {library}; "
                "website or fan page: {web}."
            ).format(
                day=day,
                computers=count_text(profile.computers or 0),
                internet=count_text(profile.computers_internet or 0),
                software=yes_no(profile.library_software),
                library=yes_no(profile.digital_library),
                web=yes_no(profile.web_presence),
            )
        )

    # -- the entry line -----------------------------------------------------------------
    def enable_entry_fields(self) -> None:
        takes_people = self.kind_combo.currentData() in WITH_PARTICIPANTS
        self.participants.setEnabled(takes_people and self.kind_combo.isEnabled())
        if not takes_people:
            self.participants.clear()

    def record_from_entry(self, facility_id: int, day: date) -> DigitalService:
        kind = str(self.kind_combo.currentData())
        return DigitalService(
            day=day,
            facility_id=facility_id,
            kind=kind,
            quantity=self.quantity.count("quantity"),
            participants=self.participants.count("participants")
            if kind in WITH_PARTICIPANTS
            else 0,
        )

    def fill_entry(self, record: DigitalService) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(record.kind)))
        self.quantity.set_count(record.quantity)
        self.participants.set_count(record.participants)

    def clear_entry(self) -> None:
        self.quantity.clear()
        self.participants.clear()

    def existing(self, record: DigitalService) -> DigitalService | None:
        return digital.existing(self._workspace, record.facility_id, record.day, record.kind)

    def replace_question(
        self, current: DigitalService, record: DigitalService
    ) -> tuple[str, list[str]]:
        text = self.tr(
            "{day} already holds {quantity} for \u201c{kind}\u201d. Replace it with {new}, "
            "or add {new} to it?"
        ).format(
            day=format_date(record.day),
            quantity=count_text(current.quantity),
            kind=kind_name(record.kind),
            new=count_text(record.quantity),
        )
        return text, [
            self.tr("Replace with {new}").format(new=count_text(record.quantity)),
            self.tr("Add: {total} in all").format(
                total=count_text(current.quantity + record.quantity)
            ),
        ]

    def store(self, record: DigitalService, add: bool) -> DigitalService:
        return digital.save(self._workspace, record, self._today(), add=add)

    def remove(self, record: DigitalService) -> None:
        digital.delete(self._workspace, record.id or 0)

    def delete_question(self, record: DigitalService) -> str:
        return self.tr("Delete the row of {day}: {kind}, {quantity}?").format(
            day=format_date(record.day),
            kind=kind_name(record.kind),
            quantity=count_text(record.quantity),
        )

    # -- the facility profile -----------------------------------------------------------
    def open_profile(self) -> QDialog | None:
        """Open the facility form (profile with its effective date) for the chosen facility."""
        facility = self.facility_combo.current_facility()
        if facility is None:
            return None
        dialog = open_facility_form(
            self, self._workspace, facility, self._today(), self._profile_closed
        )
        self.active_dialog = dialog
        return dialog

    def _profile_closed(self, saved: Facility | None) -> None:
        self.active_dialog = None
        if saved is None:
            return
        self.reload()
        self.facility_combo.select_id(saved.id or 0)
