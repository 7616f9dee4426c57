"""First start: which commune, who signs, to whom it reports, under which plan; or, for
the province's culture office, which province and the office's name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app import resources
from desktop_app.domain.divisions import (
    communes_of,
    default_receiving_office,
    find_commune,
    find_province,
    provinces,
)
from desktop_app.domain.messages import UserError
from desktop_app.domain.unit import UnitSettings
from desktop_app.i18n import render, render_error
from desktop_app.services import setup
from desktop_app.services.workspace import Workspace
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.search_list import SearchList


class DivisionPage(QWizardPage):
    """Province and commune, each from a type-to-find official list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your commune"))
        self.setSubTitle(
            self.tr(
                "Choose the province, then the commune, ward or special zone this database "
                "serves. Type a few letters, without accents if you like."
            )
        )
        self.commune_role = QRadioButton(self.tr("a &commune, ward or special zone that reports"))
        self.office_role = QRadioButton(
            self.tr(
                "the province's culture &office, which makes the plans' report templates and "
                "aggregates the communes' reports"
            )
        )
        self.commune_role.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.commune_role)
        roles.addButton(self.office_role)
        self.office_role.toggled.connect(self._role_chosen)
        self.office_page_id = -1  # set by the wizard
        self.province_list = SearchList(self.tr("Find a province…"))
        self.province_list.set_items([(p.code, f"{p.full_name} ({p.code})") for p in provinces()])
        self.commune_list = SearchList(self.tr("Find a commune or its code…"))
        self.count_label = QLabel()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Province")))
        left.addWidget(self.province_list)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Commune")))
        right.addWidget(self.commune_list)
        right.addWidget(self.count_label)
        lists = QHBoxLayout()
        lists.addLayout(left, 2)
        lists.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This database serves:")))
        layout.addWidget(self.commune_role)
        layout.addWidget(self.office_role)
        layout.addLayout(lists, 1)
        self.province_list.chosen.connect(self._province_chosen)
        self.commune_list.chosen.connect(lambda _key: self.completeChanged.emit())

    def _province_chosen(self, code: str) -> None:
        communes = communes_of(code) if code else ()
        self.commune_list.set_items([(c.code, f"{c.name} ({c.code})") for c in communes])
        self.count_label.setText(
            self.tr("{n} communes in this province.").format(n=len(communes)) if code else ""
        )
        self.completeChanged.emit()

    def _role_chosen(self) -> None:
        office = self.for_office()
        self.commune_list.setEnabled(not office)
        self.setTitle(self.tr("The office's province") if office else self.tr("Your commune"))
        self.setSubTitle(
            self.tr("Choose the province whose communes the office serves.")
            if office
            else self.tr(
                "Choose the province, then the commune, ward or special zone this database "
                "serves. Type a few letters, without accents if you like."
            )
        )
        self.completeChanged.emit()

    def for_office(self) -> bool:
        """Whether the database is being set up for the province's office."""
        return self.office_role.isChecked()

    def nextId(self) -> int:
        return self.office_page_id if self.for_office() else super().nextId()

    def province_code(self) -> str | None:
        """The chosen province's code."""
        return self.province_list.current_key()

    def commune_code(self) -> str | None:
        """The chosen commune's code."""
        return self.commune_list.current_key()

    def isComplete(self) -> bool:
        return bool(self.province_code() and (self.for_office() or self.commune_code()))


class UnitPage(QWizardPage):
    """The unit's name and the people and office printed on its reports."""

    def __init__(self, divisions: DivisionPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._divisions = divisions
        self._prefilled: tuple[str, str] = ("", "")
        self.setTitle(self.tr("Reporting unit"))
        self.setSubTitle(self.tr("These names are printed on every report you send."))
        self.unit_name = QLineEdit()
        self.unit_name.setMaxLength(200)
        self.preparer = QLineEdit()
        self.preparer.setMaxLength(100)
        self.head = QLineEdit()
        self.head.setMaxLength(100)
        self.receiving_office = QLineEdit()
        self.receiving_office.setMaxLength(200)
        form = QFormLayout(self)
        form.addRow(self.tr("Unit name"), self.unit_name)
        form.addRow(self.tr("Prepared by (người lập biểu)"), self.preparer)
        form.addRow(self.tr("Head of unit (thủ trưởng đơn vị)"), self.head)
        form.addRow(self.tr("Receiving office"), self.receiving_office)
        self.unit_name.textChanged.connect(lambda _t: self.completeChanged.emit())

    def initializePage(self) -> None:
        commune = find_commune(self._divisions.commune_code() or "")
        province = find_province(self._divisions.province_code() or "")
        if commune is None or province is None:
            return
        suggested = (commune.name, default_receiving_office(province))
        # Refill only what the user has not changed since the last suggestion.
        if self.unit_name.text() in ("", self._prefilled[0]):
            self.unit_name.setText(suggested[0])
        if self.receiving_office.text() in ("", self._prefilled[1]):
            self.receiving_office.setText(suggested[1])
        self._prefilled = suggested

    def isComplete(self) -> bool:
        return bool(self.unit_name.text().strip())


class TemplatePage(QWizardPage):
    """Which provincial plan's report template the commune follows."""

    def __init__(self, divisions: DivisionPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._divisions = divisions
        self.setTitle(self.tr("Report template"))
        self.setSubTitle(
            self.tr(
                "The plan your commune follows sets the targets and the deadline. A merged "
                "province may still follow the plan of the former province the commune belonged "
                "to. You can change it later in Settings."
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self._notes: dict[str, QLabel] = {}
        for template in resources.templates().values():
            button = QRadioButton(template.name)
            button.setToolTip(template.plan)
            note = QLabel(template.plan)
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 8)
            self.group.addButton(button)
            self.buttons[template.id] = button
            self._notes[template.id] = note
        # shown when the chosen plan does not govern the commune (domain.md §8)
        self.warning = ProblemLabel(object_name="warning")
        self._proposed: str | None = None
        self._layout = QVBoxLayout(self)
        self.group.buttonToggled.connect(lambda *_: self._chosen())

    def initializePage(self) -> None:
        # The plan whose scope holds the commune first (proposed), then the national
        # default, then the other plans written for the chosen province.
        while self._layout.count():
            self._layout.takeAt(0)
        province = self._divisions.province_code() or ""
        commune = self._divisions.commune_code() or ""
        for template_id in setup.templates_for(province, commune):
            self._layout.addWidget(self.buttons[template_id])
            self._layout.addWidget(self._notes[template_id])
        self._layout.addWidget(self.warning)
        self._layout.addStretch(1)
        proposed = setup.proposed_template(province, commune)
        # propose again unless the user chose a plan of their own
        if self.template_id() in (None, self._proposed):
            self.buttons[proposed].setChecked(True)
        self._proposed = proposed
        self._chosen()

    def _chosen(self) -> None:
        """Warn when the chosen plan does not govern the commune."""
        chosen = resources.template(self.template_id() or "")
        found = (
            setup.scope_warning(
                chosen,
                self._divisions.province_code() or "",
                self._divisions.commune_code() or "",
            )
            if chosen
            else None
        )
        self.warning.setText(render(found) if found else "")
        self.warning.setVisible(found is not None)
        self.completeChanged.emit()

    def offered(self) -> list[str]:
        """Template ids in the order shown."""
        return [
            template_id
            for index in range(self._layout.count())
            for template_id, button in self.buttons.items()
            if self._layout.itemAt(index).widget() is button
        ]

    def template_id(self) -> str | None:
        """The chosen template's id."""
        for template_id, button in self.buttons.items():
            if button.isChecked():
                return template_id
        return None

    def isComplete(self) -> bool:
        return self.template_id() is not None


class SummaryPage(QWizardPage):
    """Everything chosen, once more, before it is saved."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check and finish"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def initializePage(self) -> None:
        w = self._wizard
        commune = find_commune(w.divisions.commune_code() or "")
        province = find_province(w.divisions.province_code() or "")
        template = resources.template(w.template_page.template_id() or "")
        rows = [
            (self.tr("Province"), province.full_name if province else ""),
            (self.tr("Commune"), f"{commune.name} ({commune.code})" if commune else ""),
            (self.tr("Unit name"), w.unit_page.unit_name.text()),
            (self.tr("Prepared by"), w.unit_page.preparer.text() or "—"),
            (self.tr("Head of unit"), w.unit_page.head.text() or "—"),
            (self.tr("Receiving office"), w.unit_page.receiving_office.text() or "—"),
            (self.tr("Template"), template.name if template else ""),
        ]
        self.summary.setText("\n".join(f"{label}: {value}" for label, value in rows))
        self.problem.clear()

    def nextId(self) -> int:
        return -1  # the office's page comes after it in order, never after it in use

    def validatePage(self) -> bool:
        try:
            self._wizard.save()
        except UserError as exc:
            self.problem.setText(render_error(exc))
            return False
        return True


class OfficePage(QWizardPage):
    """The office's name, for the province chosen; the last page when setting up the office."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The province's culture office"))
        self.setSubTitle(
            self.tr(
                "This database makes the plans' report templates, sends them to the communes "
                "and aggregates their reports. It records no commune's figures: each commune "
                "keeps its own database."
            )
        )
        self.office_name = QLineEdit()
        self.office_name.setMaxLength(200)
        label = QLabel(self.tr("Office &name (printed as the issuer of its templates)"))
        label.setBuddy(self.office_name)
        self.problem = ProblemLabel()
        form = QFormLayout(self)
        form.addRow(label, self.office_name)
        form.addRow(self.problem)
        self.office_name.textChanged.connect(lambda _t: self.completeChanged.emit())

    def initializePage(self) -> None:
        province = find_province(self._wizard.divisions.province_code() or "")
        if province is not None and not self.office_name.text().strip():
            self.office_name.setText(default_receiving_office(province))
        self.problem.clear()

    def nextId(self) -> int:
        return -1

    def isComplete(self) -> bool:
        return bool(self.office_name.text().strip())

    def validatePage(self) -> bool:
        try:
            self._wizard.save_office()
        except UserError as exc:
            self.problem.setText(render_error(exc))
            return False
        return True


class SetupWizard(QWizard):
    """The first-start wizard; ``accepted`` once the unit (or the office) is saved."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.unit: UnitSettings | None = None
        self.setWindowTitle(self.tr("Set up the commune – HTSD"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.divisions = DivisionPage()
        self.unit_page = UnitPage(self.divisions)
        self.template_page = TemplatePage(self.divisions)
        self.summary_page = SummaryPage(self)
        for page in (self.divisions, self.unit_page, self.template_page, self.summary_page):
            self.addPage(page)
        self.office_page = OfficePage(self)
        self.divisions.office_page_id = self.addPage(self.office_page)
        self.office: str | None = None  # the office's name once set up for it
        self.resize(820, 560)

    def save(self) -> UnitSettings:
        """Validate and store the choices (raises ``UserError``)."""
        unit = setup.prepare_unit(
            province_code=self.divisions.province_code() or "",
            commune_code=self.divisions.commune_code() or "",
            unit_name=self.unit_page.unit_name.text(),
            template_id=self.template_page.template_id() or "",
            preparer_name=self.unit_page.preparer.text(),
            head_name=self.unit_page.head.text(),
            receiving_office=self.unit_page.receiving_office.text(),
        )
        self.unit = setup.configure_unit(self._workspace, unit)
        return self.unit

    def save_office(self) -> str:
        """Set the database up for the office of the chosen province (raises ``UserError``)."""
        self.office = setup.configure_office(
            self._workspace,
            self.divisions.province_code() or "",
            self.office_page.office_name.text(),
        )
        return self.office
