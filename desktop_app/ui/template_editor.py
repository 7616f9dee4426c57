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
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.deadlines import KINDS
from desktop_app.domain.divisions import communes_of, find_commune, provinces
from desktop_app.domain.indicators import INDICATORS
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.domain.template_changes import KIND_LABELS, deadline_text
from desktop_app.domain.template_drafts import (
    check_label,
    check_name,
    deadline_input,
    milestones_text,
    parse_deadline,
    parse_milestones,
    plan_text,
    split_plan,
)
from desktop_app.domain.template_files import MAX_TEXT
from desktop_app.domain.templates import (
    CHARTS,
    CONVENTIONS,
    DEFAULT_CHARTS,
    TARGET_KINDS,
    TARGET_LEVELS,
)
from desktop_app.domain.text import search_key
from desktop_app.i18n import render
from desktop_app.services import setup, template_plans
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs

CONVENTION_NAMES = {
    "calendar": QT_TRANSLATE_NOOP("TemplateEditor", "Calendar (statistical reports)"),
    "nd09": QT_TRANSLATE_NOOP("TemplateEditor", "Decree 09/2019 (15th to 14th)"),
}
KIND_NAMES = {
    "share": QT_TRANSLATE_NOOP("TemplateEditor", "Share (%)"),
    "growth": QT_TRANSLATE_NOOP("TemplateEditor", "Yearly growth (%)"),
    "amount": QT_TRANSLATE_NOOP("TemplateEditor", "Figure"),
}
LEVEL_NAMES = {
    "commune": QT_TRANSLATE_NOOP("TemplateEditor", "Commune and province"),
    "rollup": QT_TRANSLATE_NOOP("TemplateEditor", "Province only"),
}
DEADLINE_NAMES = {
    "month": QT_TRANSLATE_NOOP("TemplateEditor", "&Monthly report"),
    "quarter": QT_TRANSLATE_NOOP("TemplateEditor", "&Quarterly report"),
    "6_months": QT_TRANSLATE_NOOP("TemplateEditor", "&6-month report"),
    "9_months": QT_TRANSLATE_NOOP("TemplateEditor", "&9-month report"),
    "year": QT_TRANSLATE_NOOP("TemplateEditor", "&Yearly report"),
}
CHART_NAMES = {
    "visits_by_month": QT_TRANSLATE_NOOP("TemplateEditor", "visits by month"),
    "activities_by_month": QT_TRANSLATE_NOOP("TemplateEditor", "activities by month"),
    "visits_by_unit": QT_TRANSLATE_NOOP("TemplateEditor", "visits by unit (consolidated)"),
}
PERIOD_NAMES = {
    "month": QT_TRANSLATE_NOOP("TemplateEditor", "month"),
    "quarter": QT_TRANSLATE_NOOP("TemplateEditor", "quarter"),
    "6_months": QT_TRANSLATE_NOOP("TemplateEditor", "6 months"),
    "9_months": QT_TRANSLATE_NOOP("TemplateEditor", "9 months"),
    "year": QT_TRANSLATE_NOOP("TemplateEditor", "year"),
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
        self.tabs.addTab(self._targets_tab(), self.tr("T&argets"))
        self.tabs.addTab(self._forms_tab(), self.tr("Forms and c&harts"))
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
        for province in provinces():
            self.province.addItem(f"{province.code} \u2013 {province.full_name}", province.code)
        current = self._template.province_codes[0] if self._template.province_codes else ""
        self.province.setCurrentIndex(max(0, self.province.findData(current)))
        self.convention = QComboBox()
        for convention in CONVENTIONS:
            self.convention.addItem(_tr(CONVENTION_NAMES[convention]), convention)
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
        self.former_button = QPushButton(self.tr("Communes of a former pro&vince\u2026"))
        self.former_button.clicked.connect(self.add_former_province)
        row.addWidget(label)
        row.addWidget(self.search, 1)
        row.addWidget(add)
        row.addWidget(self.former_button)
        layout.addLayout(row)
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

    def _targets_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        self.target_list = QListWidget()
        self.target_list.setMinimumWidth(300)
        self.target_list.setWordWrap(True)
        self.target_list.currentRowChanged.connect(self._show_target)
        add = QPushButton(self.tr("Add a &target"))
        add.clicked.connect(self.add_target)
        remove = QPushButton(self.tr("Remove the target"))
        remove.clicked.connect(self.remove_target)
        left.addWidget(self.target_list, 1)
        left.addWidget(add)
        left.addWidget(remove)
        layout.addLayout(left, 2)
        form = QFormLayout()
        self.t_label = QLineEdit()
        self.t_label.setMaxLength(300)
        self.t_kind = QComboBox()
        for kind in TARGET_KINDS:
            self.t_kind.addItem(_tr(KIND_NAMES[kind]), kind)
        self.t_numerator = QComboBox()
        self.t_denominator = QComboBox()
        self.t_denominator.addItem(self.tr("(none)"), "")
        for found in INDICATORS:
            text = f"{found.code} \u2013 {QCoreApplication.translate('Indicators', found.label)}"
            self.t_numerator.addItem(text, found.code)
            self.t_denominator.addItem(text, found.code)
        self.t_values = QLineEdit()
        self.t_values.setPlaceholderText("2025: 40; 2030: 10-15")
        self.t_level = QComboBox()
        for level in TARGET_LEVELS:
            self.t_level.addItem(_tr(LEVEL_NAMES[level]), level)
        periods = QHBoxLayout()
        self.t_periods: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(_tr(PERIOD_NAMES[kind]))
            self.t_periods[kind] = box
            periods.addWidget(box)
        for text, widget in (
            (self.tr("Target na&me"), self.t_label),
            (self.tr("&Kind"), self.t_kind),
            (self.tr("&Indicator"), self.t_numerator),
            (self.tr("O&ut of (for a share)"), self.t_denominator),
            (self.tr("&Values by year"), self.t_values),
            (self.tr("&Level"), self.t_level),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.tr("Judged on (none: every report)"), periods)
        layout.addLayout(form, 3)
        self._targets: list[dict[str, Any]] = [dict(t) for t in self._data.get("targets", [])]
        self._shown = -1
        for target in self._targets:
            self.target_list.addItem(QListWidgetItem(str(target.get("label", ""))))
        if self._targets:
            self.target_list.setCurrentRow(0)
        return tab

    def _forms_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.rows = QTableWidget(0, 3)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Form"), self.tr("Code"), self.tr("Label printed on the form")]
        )
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        forms = self._data.get("forms", [])
        count = sum(len(form.get("rows", [])) for form in forms)
        self.rows.setRowCount(count)
        line = 0
        for form in forms:
            for row in form.get("rows", []):
                for column, text in enumerate((form["number"], row["code"], row["label"])):
                    item = QTableWidgetItem(str(text))
                    if column < 2:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.rows.setItem(line, column, item)
                line += 1
        label = QLabel(self.tr("&Rows of the forms (F2 changes a label)"))
        label.setBuddy(self.rows)
        layout.addWidget(label)
        layout.addWidget(self.rows, 1)
        charts = QHBoxLayout()
        charts.addWidget(QLabel(self.tr("Charts:")))
        self.charts: dict[str, QCheckBox] = {}
        chosen = self._data.get("charts", list(DEFAULT_CHARTS))
        for chart in CHARTS:
            box = QCheckBox(_tr(CHART_NAMES[chart]))
            box.setChecked(chart in chosen)
            self.charts[chart] = box
            charts.addWidget(box)
        charts.addStretch(1)
        layout.addLayout(charts)
        return tab

    def _forms(self) -> list[dict[str, Any]]:
        """The forms with the labels as edited.

        Raises:
            UserError: a label left empty or longer than a template holds.
        """
        labels = {
            self.rows.item(i, 1).text(): self.rows.item(i, 2).text()
            for i in range(self.rows.rowCount())
        }
        forms = []
        for form in self._data.get("forms", []):
            rows = []
            for row in form.get("rows", []):
                text = " ".join(labels.get(row["code"], row["label"]).split())
                if not text or len(text) > MAX_TEXT:
                    raise error(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Form {form}: the label of row {code} is empty or longer than "
                            "{limit} characters.",
                        ),
                        "forms",
                        form=form["number"],
                        code=row["code"],
                        limit=MAX_TEXT,
                    )
                rows.append({"code": row["code"], "label": text})
            forms.append({**form, "rows": rows})
        return forms

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

    def add_former_province(self) -> None:
        """Add in one step the communes formed from a former province (by code prefix)."""
        prefix, accepted = dialogs.ask_text(
            self,
            self.tr("Communes formed from a former province"),
            self.tr(
                "The first digits of the commune codes of the former province (22: former "
                "Phú Yên in Đắk Lắk; 07: former Bắc Giang in Bắc Ninh):"
            ),
        )
        if not accepted:
            return
        try:
            codes = template_plans.former_province_communes(self._province_code(), prefix)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self._add_codes(codes)

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

    # -- targets --------------------------------------------------------------------
    def _store_target(self) -> None:
        """Keep what the fields hold in the target shown (checked on saving)."""
        if not 0 <= self._shown < len(self._targets):
            return
        target = self._targets[self._shown]
        target["label"] = self.t_label.text()
        target["kind"] = self.t_kind.currentData()
        target["numerator"] = self.t_numerator.currentData()
        target["denominator"] = self.t_denominator.currentData() or None
        target["values_text"] = self.t_values.text()
        target["level"] = self.t_level.currentData()
        target["periods"] = [k for k, box in self.t_periods.items() if box.isChecked()]
        item = self.target_list.item(self._shown)
        if item is not None:
            item.setText(self.t_label.text())

    def _show_target(self, index: int) -> None:
        self._store_target()
        self._shown = index
        if not 0 <= index < len(self._targets):
            return
        target = self._targets[index]
        self.t_label.setText(str(target.get("label", "")))
        self.t_kind.setCurrentIndex(max(0, self.t_kind.findData(target.get("kind", "share"))))
        self.t_numerator.setCurrentIndex(max(0, self.t_numerator.findData(target.get("numerator"))))
        self.t_denominator.setCurrentIndex(
            max(0, self.t_denominator.findData(target.get("denominator") or ""))
        )
        text = target.get("values_text")
        self.t_values.setText(
            text if text is not None else milestones_text(target.get("by_year", {}))
        )
        self.t_level.setCurrentIndex(max(0, self.t_level.findData(target.get("level", "commune"))))
        for kind, box in self.t_periods.items():
            box.setChecked(kind in target.get("periods", []))

    def add_target(self) -> None:
        """A new, empty target, shown for typing."""
        self._store_target()
        taken = {str(t.get("id")) for t in self._targets}
        number = len(self._targets) + 1
        while f"target_{number}" in taken:
            number += 1
        self._targets.append(
            {"id": f"target_{number}", "label": "", "kind": "share", "by_year": {}}
        )
        self.target_list.addItem(QListWidgetItem(""))
        self.target_list.setCurrentRow(len(self._targets) - 1)
        self.t_label.setFocus()

    def remove_target(self) -> None:
        """Drop the target shown."""
        index = self.target_list.currentRow()
        if not 0 <= index < len(self._targets):
            return
        self._shown = -1
        del self._targets[index]
        self.target_list.takeItem(index)
        self._show_target(self.target_list.currentRow())

    # -- saving ---------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        """The template as the fields hold it.

        Raises:
            UserError: the first field that is wrong (named in Vietnamese).
        """
        self._store_target()
        data = dict(self._data)
        data["name"] = check_name(self.name.text())
        data["plan"] = plan_text(self.plan_number.text(), self.plan_date.text())
        province = self._province_code()
        data["province_codes"] = [province]
        data["period_convention"] = str(self.convention.currentData())
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
        targets = []
        for position, target in enumerate(self._targets, start=1):
            label = check_label(str(target.get("label", "")), position)
            text = target.get("values_text")
            by_year = (
                parse_milestones(text, label) if text is not None else target.get("by_year", {})
            )
            if not by_year:
                by_year = parse_milestones("", label)
            kind = target.get("kind", "share")
            denominator = target.get("denominator")
            if kind == "share" and not denominator:
                raise error(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The target \u201c{target}\u201d is a share: choose what it is out of.",
                    ),
                    "denominator",
                    target=label[:80],
                )
            made: dict[str, Any] = {
                "id": target["id"],
                "label": label,
                "kind": kind,
                "numerator": target.get("numerator"),
            }
            if kind == "share":
                made["denominator"] = denominator
            made["by_year"] = by_year
            made["level"] = target.get("level", "commune")
            if target.get("periods"):
                made["periods"] = list(target["periods"])
            targets.append(made)
        data["targets"] = targets
        data["forms"] = self._forms()
        data["charts"] = [chart for chart, box in self.charts.items() if box.isChecked()]
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
