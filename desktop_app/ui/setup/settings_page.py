"""Settings: names on the report, the template and the program's language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import resources
from desktop_app.domain.divisions import find_commune, find_province
from desktop_app.domain.messages import UserError
from desktop_app.domain.unit import UnitSettings
from desktop_app.i18n import render_error
from desktop_app.services import setup
from desktop_app.services.changes import ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui.page import first_focusable
from desktop_app.ui.widgets.problem_label import ProblemLabel


class SettingsPage(QWidget):
    """Edits the unit's report settings; emits what changed."""

    unit_changed = Signal(object)
    language_requested = Signal(str)

    shows: frozenset[ChangeKind] = frozenset()  # it makes the changes it shows

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        title = QLabel(self.tr("Settings"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.province = QLabel()
        self.commune = QLabel()
        self.unit_name = QLineEdit()
        self.unit_name.setMaxLength(200)
        self.preparer = QLineEdit()
        self.preparer.setMaxLength(100)
        self.head = QLineEdit()
        self.head.setMaxLength(100)
        self.receiving_office = QLineEdit()
        self.receiving_office.setMaxLength(200)
        self.template = QComboBox()
        for item in resources.templates().values():
            self.template.addItem(item.name, item.id)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        form = QFormLayout()
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Commune"), self.commune)
        form.addRow(self.tr("&Unit name"), self.unit_name)
        form.addRow(self.tr("&Prepared by (người lập biểu)"), self.preparer)
        form.addRow(self.tr("H&ead of unit (thủ trưởng đơn vị)"), self.head)
        form.addRow(self.tr("&Receiving office"), self.receiving_office)
        form.addRow(self.tr("Report &template"), self.template)
        form.addRow(self.tr("&Language"), self.language)
        note = QLabel(
            self.tr(
                "The commune of a database cannot change: every record in it belongs to that "
                "commune. A new commune needs a new database."
            )
        )
        note.setWordWrap(True)
        self.problem = ProblemLabel()
        self.saved_label = QLabel()
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        body = QWidget()
        body.setMaximumWidth(820)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addWidget(note)
        body_layout.addWidget(self.problem)
        body_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
        self.load()

    def reload(self) -> None:
        """Nothing shown here is changed by another screen."""

    def stop_work(self) -> None:
        """Nothing runs in a thread on this screen."""

    def initial_focus(self) -> QWidget | None:
        """Where the cursor goes when the screen is opened: its first field."""
        return first_focusable(self)

    def load(self) -> None:
        """Show the stored settings."""
        unit = self._workspace.unit()
        if unit is None:
            return
        province = find_province(unit.province_code)
        commune = find_commune(unit.commune_code)
        self.province.setText(
            f"{province.full_name} ({unit.province_code})" if province else unit.province_code
        )
        self.commune.setText(
            f"{commune.name} ({unit.commune_code})" if commune else unit.commune_code
        )
        self.unit_name.setText(unit.unit_name)
        self.preparer.setText(unit.preparer_name)
        self.head.setText(unit.head_name)
        self.receiving_office.setText(unit.receiving_office)
        self.template.setCurrentIndex(max(0, self.template.findData(unit.template_id)))
        self.language.setCurrentIndex(max(0, self.language.findData(self._language)))

    def save(self) -> None:
        """Store the settings; a new language rebuilds the window in that language."""
        self.saved_label.clear()
        try:
            unit: UnitSettings = setup.update_report_settings(
                self._workspace,
                unit_name=self.unit_name.text(),
                preparer_name=self.preparer.text(),
                head_name=self.head.text(),
                receiving_office=self.receiving_office.text(),
                template_id=str(self.template.currentData()),
            )
        except UserError as exc:
            self.problem.setText(render_error(exc))
            return
        self.problem.clear()
        self.saved_label.setText(self.tr("Saved."))
        self.unit_changed.emit(unit)
        language = str(self.language.currentData())
        if language != self._language:
            self.language_requested.emit(language)
