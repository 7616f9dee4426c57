"""The plan editor (issue 20): everything an installed template holds, by the keyboard.

General (plan name, number, date, province, periods), scope (communes found on the
official list, or those formed from a former province in one step), the deadline of
each period kind, and every target. Saving checks every field with a Vietnamese
message and issues a NEW version through ``services.template_plans``; nothing is
written while any field is wrong.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.deadlines import KINDS
from desktop_app.domain.divisions import communes_of, find_commune, provinces
from desktop_app.domain.former_provinces import communes_formed_from, former_provinces_of
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.domain.template_changes import KIND_LABELS, deadline_text
from desktop_app.domain.template_drafts import (
    check_name,
    deadline_input,
    parse_deadline,
    plan_text,
    split_plan,
)
from desktop_app.domain.templates import CONVENTIONS
from desktop_app.domain.text import search_key
from desktop_app.i18n import render
from desktop_app.services import setup
from desktop_app.services.plans import template_plans
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.plans.template_forms import FormsTab
from desktop_app.ui.plans.template_rules import RulesTab
from desktop_app.ui.plans.template_targets import TargetsTab
from desktop_app.ui.text_formats import convention_name

DEADLINE_NAMES = {
    "month": QT_TRANSLATE_NOOP("TemplateEditor", "&Monthly report"),
    "quarter": QT_TRANSLATE_NOOP("TemplateEditor", "&Quarterly report"),
    "6_months": QT_TRANSLATE_NOOP("TemplateEditor", "&6-month report"),
    "9_months": QT_TRANSLATE_NOOP("TemplateEditor", "&9-month report"),
    "year": QT_TRANSLATE_NOOP("TemplateEditor", "&Yearly report"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


class TemplateEditor(QDialog):
    """Edit an installed template; :attr:`saved` carries its id after a new version."""

    saved = Signal(str)

    def __init__(self, workspace: Workspace, template_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._data = template_plans.template_data(template_id)
        self._template = setup.require_template(template_id)
        self.setWindowTitle(
            self.tr("Plan editor: {id}, version {version}").format(
                id=template_id, version=self._template.version
            )
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._scope_tab(), self.tr("Sc&ope"))
        self.tabs.addTab(self._deadlines_tab(), self.tr("&Deadlines"))
        self.targets_tab = TargetsTab(self._data.get("targets", []))
        self.target_list = self.targets_tab.target_list
        self.tabs.addTab(self.targets_tab, self.tr("T&argets"))
        self.forms_tab = FormsTab(self._data)
        self.rows = self.forms_tab.rows
        self.charts = self.forms_tab.charts
        self.tabs.addTab(self.forms_tab, self.tr("Forms and c&harts"))
        self.rules_tab = RulesTab(self._data.get("rules", {}))
        self.tabs.addTab(self.rules_tab, self.tr("Counting ru&les"))
        self.save_button = QPushButton(self.tr("Save as a new version"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Ctrl+S saves; Ctrl+Tab moves between the tabs.")))
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field never issues a version
        self.resize(900, 600)
        self.name.setFocus()

    # -- tabs ---------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.name = QLineEdit(self._template.name)
        self.name.setMaxLength(300)
        number, day = split_plan(self._template.plan)
        self.plan_number = QLineEdit(number)
        self.plan_number.setPlaceholderText("12/KH-UBND")
        self.plan_date = QLineEdit(day)
        self.plan_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.province = QComboBox()
        self.province.addItem(self.tr("Every province (a national template)"), "")
        for province in provinces():
            self.province.addItem(f"{province.code} \u2013 {province.full_name}", province.code)
        current = self._template.province_codes[0] if self._template.province_codes else ""
        self.province.setCurrentIndex(max(0, self.province.findData(current)))
        self.convention = QComboBox()
        for convention in CONVENTIONS:
            self.convention.addItem(convention_name(convention), convention)
        self.convention.setCurrentIndex(CONVENTIONS.index(self._template.period_convention))
        self.convention.currentIndexChanged.connect(self._show_defaults)
        for text, widget in (
            (self.tr("Plan na&me"), self.name),
            (self.tr("Plan n&umber"), self.plan_number),
            (self.tr("Plan da&te"), self.plan_date),
            (self.tr("&Province"), self.province),
            (self.tr("Report pe&riods"), self.convention),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        plan = QLabel(self.tr("Now: {plan}").format(plan=self._template.plan))
        plan.setWordWrap(True)
        form.addRow(plan)
        return tab

    def _scope_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.whole_province = QCheckBox(self.tr("&Whole province (every commune)"))
        self.whole_province.setChecked(self._template.scope_communes is None)
        layout.addWidget(self.whole_province)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or code of a commune, then Enter"))
        self.search.returnPressed.connect(self.add_commune)
        label = QLabel(self.tr("&Find a commune"))
        label.setBuddy(self.search)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_commune)
        row.addWidget(label)
        row.addWidget(self.search, 1)
        row.addWidget(add)
        layout.addLayout(row)
        former_row = QHBoxLayout()
        self.former = QComboBox()
        former_label = QLabel(self.tr("Former pro&vince (before 1 July 2025)"))
        former_label.setBuddy(self.former)
        self.former_button = QPushButton(self.tr("Add the communes formed from it"))
        self.former_button.clicked.connect(self.add_former_province)
        former_row.addWidget(former_label)
        former_row.addWidget(self.former, 1)
        former_row.addWidget(self.former_button)
        layout.addLayout(former_row)
        self.province.currentIndexChanged.connect(self._offer_formers)
        self._offer_formers()
        self.communes = QListWidget()
        for code in sorted(self._template.scope_communes or ()):
            self._list_commune(code)
        QShortcut(QKeySequence("Delete"), self.communes, self.remove_communes)
        remove = QPushButton(self.tr("&Remove the chosen communes (Delete)"))
        remove.clicked.connect(self.remove_communes)
        self.scope_count = QLabel()
        layout.addWidget(self.communes, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.scope_count, 1)
        bottom.addWidget(remove)
        layout.addLayout(bottom)
        self._count_scope()
        return tab

    def _deadlines_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.deadlines: dict[str, QLineEdit] = {}
        for kind in KINDS:
            field = QLineEdit()
            if kind in self._template.deadlines:
                field.setText(deadline_input(self._template.deadlines[kind]))
            self.deadlines[kind] = field
            label = QLabel(_tr(DEADLINE_NAMES[kind]))
            label.setBuddy(field)
            form.addRow(label, field)
        hint = QLabel(
            self.tr(
                "Write 01/12 (before that day of the year), 20 (before that day of the "
                "period's last month), +15 (days after the period ends) or \u201ckhông\u201d "
                "(no deadline). Empty: the default shown in grey."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self._show_defaults()
        return tab

    # -- scope ----------------------------------------------------------------------
    def _province_code(self) -> str:
        return str(self.province.currentData())

    def _list_commune(self, code: str) -> None:
        commune = find_commune(code)
        name = commune.name if commune is not None else "?"
        item = QListWidgetItem(f"{code} \u2013 {name}")
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.communes.addItem(item)

    def scope_codes(self) -> list[str]:
        """The communes in the list, in order."""
        return [
            str(self.communes.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.communes.count())
        ]

    def _count_scope(self) -> None:
        self.scope_count.setText(
            self.tr("{count} communes in scope").format(count=self.communes.count())
        )

    def _add_codes(self, codes: list[str]) -> None:
        have = set(self.scope_codes())
        for code in codes:
            if code not in have:
                self._list_commune(code)
                have.add(code)
        self.whole_province.setChecked(False)
        self._count_scope()

    def add_commune(self) -> None:
        """Add the commune typed in the search field (its code, or a name that is unique)."""
        typed = self.search.text().strip()
        if not typed:
            return
        key = search_key(typed)
        found = [
            c
            for c in communes_of(self._province_code())
            if c.code == typed or search_key(c.name) == key
        ] or [c for c in communes_of(self._province_code()) if key in c.search_text]
        if len(found) != 1:
            message = (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No commune \u201c{text}\u201d on the official list of province {province}.",
                )
                if not found
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "{count} communes of province {province} match \u201c{text}\u201d: type "
                    "more of the name, or the code.",
                )
            )
            dialogs.show_error(
                self,
                error(
                    message,
                    "scope",
                    text=typed[:40],
                    province=self._province_code(),
                    count=len(found),
                ),
            )
            return
        self._add_codes([found[0].code])
        self.search.clear()

    def _offer_formers(self) -> None:
        """The former provinces that went into the chosen province, by name."""
        self.former.clear()
        for former in former_provinces_of(self._province_code()):
            count = len(communes_formed_from(former.code))
            self.former.addItem(
                self.tr("{name} (code {code}): {count} communes").format(
                    name=former.name, code=former.code, count=count
                ),
                former.code,
            )
        self.former_button.setEnabled(self.former.count() > 0)

    def add_former_province(self) -> None:
        """Add in one step the communes formed from the former province chosen."""
        code = self.former.currentData()
        if code:
            self._add_codes([c.code for c in communes_formed_from(str(code))])

    def remove_communes(self) -> None:
        """Take the chosen communes out of the scope."""
        for item in self.communes.selectedItems():
            self.communes.takeItem(self.communes.row(item))
        self._count_scope()

    # -- deadlines ------------------------------------------------------------------
    def _show_defaults(self) -> None:
        if not hasattr(self, "deadlines"):
            return
        plain = replace(
            self._template, deadlines={}, period_convention=str(self.convention.currentData())
        )
        for kind, field in self.deadlines.items():
            field.setPlaceholderText(
                self.tr("default: {rule}").format(rule=render(deadline_text(plain, kind)))
            )

    # -- saving ---------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        """The template as the fields hold it.

        Raises:
            UserError: the first field that is wrong (named in Vietnamese).
        """
        data = dict(self._data)
        data["name"] = check_name(self.name.text())
        data["plan"] = plan_text(self.plan_number.text(), self.plan_date.text())
        province = self._province_code()
        data["province_codes"] = [province] if province else []
        data["period_convention"] = str(self.convention.currentData())
        if not province and not self.whole_province.isChecked():
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A template for every province cannot name communes: choose the province, "
                    "or tick Whole province.",
                ),
                "province",
            )
        if self.whole_province.isChecked():
            data.pop("scope_communes", None)
        else:
            codes = self.scope_codes()
            official = {c.code for c in communes_of(province)}
            wrong = [code for code in codes if code not in official]
            if wrong or not codes:
                raise error(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The scope names {codes}, not communes of province {province} on the "
                        "official list.",
                    )
                    if wrong
                    else QT_TRANSLATE_NOOP(
                        "Errors", "The scope has no commune: add some, or tick Whole province."
                    ),
                    "scope",
                    codes=", ".join(wrong[:5]),
                    province=province,
                )
            data["scope_communes"] = codes
        deadlines: dict[str, str | None] = {}
        for kind, field in self.deadlines.items():
            given, rule = parse_deadline(field.text(), _tr_templates(KIND_LABELS[kind]))
            if given:
                deadlines[kind] = rule
        data.pop("deadline", None)
        data["deadlines"] = deadlines
        data["targets"] = self.targets_tab.checked()
        data["forms"] = self.forms_tab.forms(data["targets"])
        data["charts"] = self.forms_tab.charts_chosen()
        data["rules"] = self.rules_tab.rules()
        return data

    def save(self) -> bool:
        """Check every field and issue the next version; False (nothing written) if wrong."""
        try:
            made = template_plans.save_version(self._workspace, self.draft(), datetime.now())
        except UserError as exc:
            dialogs.show_error(self, exc)
            return False
        dialogs.inform(
            self,
            self.tr("Plan editor"),
            self.tr("Issued version {version} of the template {id}.").format(
                version=made.version, id=made.id
            ),
        )
        self.saved.emit(made.id)
        self.accept()
        return True


def _tr_templates(text: str) -> str:
    return QCoreApplication.translate("Templates", text)
