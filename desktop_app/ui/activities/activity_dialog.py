"""Add or edit one activity or event (hoạt động, sự kiện)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.activities import (
    MAX_PARTICIPANTS,
    MODES,
    TYPES,
    Activity,
    required_first_day,
)
from desktop_app.services import activities
from desktop_app.services.workspace import Workspace
from desktop_app.ui.activities.activity_labels import mode_name, type_name
from desktop_app.ui.widgets.count_spin import OptionalCountSpin
from desktop_app.ui.widgets.date_edit import DateLineEdit
from desktop_app.ui.widgets.facility_combo import FacilityCombo
from desktop_app.ui.widgets.form_dialog import FormDialog, captions_above


class ActivityDialog(FormDialog):
    """The activity form. ``activity=None`` adds one; :attr:`saved` holds what was stored.

    For a new activity ``facility_id`` and ``type_code`` preselect the choices
    (the page passes its filters).
    """

    def __init__(
        self,
        workspace: Workspace,
        activity: Activity | None,
        today: date,
        parent: QWidget | None = None,
        facility_id: int | None = None,
        type_code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._activity = activity
        self._today = today
        self.saved: Activity | None = None
        self.setWindowTitle(self.tr("New activity") if activity is None else self.tr("Activity"))
        self._build()
        self._load(facility_id, type_code)
        self.mark_loaded()

    def _build(self) -> None:
        self.start = DateLineEdit()
        self.end = DateLineEdit()
        self.end.setPlaceholderText(self.tr("empty = the same day"))
        self.facility = FacilityCombo()
        self.facility.set_facilities(activities.facilities(self._workspace))
        self.type_combo = QComboBox()
        for code in TYPES:
            self.type_combo.addItem(type_name(code), code)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.partners = QLineEdit()
        self.partners.setMaxLength(300)
        self.partners.setPlaceholderText(
            self.tr("e.g. primary school, Study Promotion Association")
        )
        self.mode = QComboBox()
        for code in MODES:
            self.mode.addItem(mode_name(code), code)
        self.lifelong = QCheckBox(self.tr("Serves &lifelong learning"))
        form = QFormLayout()
        form.addRow(self.tr("&First day"), self.start)
        form.addRow(self.tr("Last da&y"), self.end)
        form.addRow(self.tr("F&acility"), self.facility)
        form.addRow(self.tr("&Type"), self.type_combo)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("&Partners"), self.partners)
        form.addRow(self.tr("&Mode"), self.mode)
        form.addRow("", self.lifelong)

        self.participants = OptionalCountSpin(MAX_PARTICIPANTS)
        self.children = OptionalCountSpin(MAX_PARTICIPANTS)
        self.elderly = OptionalCountSpin(MAX_PARTICIPANTS)
        self.women = OptionalCountSpin(MAX_PARTICIPANTS)
        people = QGroupBox(self.tr("Participants"))
        captions_above(
            QGridLayout(people),
            (
                (self.tr("Parti&cipants"), self.participants),
                (self.tr("of which c&hildren"), self.children),
                (self.tr("&elderly"), self.elderly),
                (self.tr("&women"), self.women),
            ),
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(people)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.fields = {
            "start_day": self.start,
            "day": self.start,
            "end_day": self.end,
            "facility_id": self.facility,
            "type": self.type_combo,
            "title": self.title,
            "partners": self.partners,
            "mode": self.mode,
            "participants": self.participants,
            "children": self.children,
            "elderly": self.elderly,
            "women": self.women,
        }
        self.resize(620, 520)

    def _load(self, facility_id: int | None, type_code: str | None) -> None:
        a = self._activity
        if a is None:
            if facility_id is not None:
                self.facility.select_id(facility_id)
            if type_code is not None:
                self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(type_code)))
            self.start.setFocus()
            return
        self.start.set_date(a.start_day)
        self.end.set_date(a.end_day if a.end_day != a.start_day else None)
        self.facility.select_id(a.facility_id)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(a.type)))
        self.title.setText(a.title)
        self.partners.setText(a.partners)
        self.mode.setCurrentIndex(max(0, self.mode.findData(a.mode)))
        self.lifelong.setChecked(a.lifelong_learning)
        self.participants.set_count(a.participants)
        self.children.set_count(a.children)
        self.elderly.set_count(a.elderly)
        self.women.set_count(a.women)
        self.title.setFocus()

    def snapshot(self) -> tuple:
        return (
            self.start.text(),
            self.end.text(),
            self.facility.currentIndex(),
            self.type_combo.currentIndex(),
            self.title.text(),
            self.partners.text(),
            self.mode.currentIndex(),
            self.lifelong.isChecked(),
            tuple(w.count() for w in (self.participants, self.children, self.elderly, self.women)),
        )

    def _activity_from_form(self) -> Activity:
        start = required_first_day(self.start.date_value("start_day"))
        return Activity(
            id=self._activity.id if self._activity else None,
            start_day=start,
            end_day=self.end.date_value("end_day") or start,
            facility_id=self.facility.current_id() or 0,
            type=str(self.type_combo.currentData()),
            title=self.title.text(),
            partners=self.partners.text(),
            mode=str(self.mode.currentData()),
            lifelong_learning=self.lifelong.isChecked(),
            participants=self.participants.count() or 0,
            children=self.children.count() or 0,
            elderly=self.elderly.count() or 0,
            women=self.women.count() or 0,
        )

    def save_form(self) -> None:
        """Store the activity, new or changed."""
        activity = self._activity_from_form()
        if self._activity is None:
            self.saved = activities.add_activity(self._workspace, activity, self._today)
        else:
            self.saved = activities.update_activity(self._workspace, activity, self._today)
