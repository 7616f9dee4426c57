"""The plan editor's targets tab: every target of the plan, one shown at a time (issue 20)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.deadlines import KINDS
from desktop_app.domain.indicators import INDICATORS
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.template_drafts import check_label, milestones_text, parse_milestones
from desktop_app.domain.templates import TARGET_KINDS, TARGET_LEVELS

KIND_NAMES = {
    "share": QT_TRANSLATE_NOOP("TemplateEditor", "Share (%)"),
    "growth": QT_TRANSLATE_NOOP("TemplateEditor", "Yearly growth (%)"),
    "amount": QT_TRANSLATE_NOOP("TemplateEditor", "Figure"),
}
LEVEL_NAMES = {
    "commune": QT_TRANSLATE_NOOP("TemplateEditor", "Commune and province"),
    "rollup": QT_TRANSLATE_NOOP("TemplateEditor", "Province only"),
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


class TargetsTab(QWidget):
    """The list of targets and the fields of the one chosen; checked by :meth:`checked`."""

    def __init__(self, targets: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.target_list = QListWidget()
        self.target_list.setMinimumWidth(300)
        self.target_list.setWordWrap(True)
        self.target_list.currentRowChanged.connect(self._show_target)
        add = QPushButton(QCoreApplication.translate("TemplateEditor", "Add a &target"))
        add.clicked.connect(self.add_target)
        remove = QPushButton(QCoreApplication.translate("TemplateEditor", "Remove the target"))
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
        self.t_denominator.addItem(QCoreApplication.translate("TemplateEditor", "(none)"), "")
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
            (QCoreApplication.translate("TemplateEditor", "Target na&me"), self.t_label),
            (QCoreApplication.translate("TemplateEditor", "&Kind"), self.t_kind),
            (QCoreApplication.translate("TemplateEditor", "&Indicator"), self.t_numerator),
            (
                QCoreApplication.translate("TemplateEditor", "O&ut of (for a share)"),
                self.t_denominator,
            ),
            (QCoreApplication.translate("TemplateEditor", "&Values by year"), self.t_values),
            (QCoreApplication.translate("TemplateEditor", "&Level"), self.t_level),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(
            QCoreApplication.translate("TemplateEditor", "Judged on (none: every report)"), periods
        )
        layout.addLayout(form, 3)
        self._targets: list[dict[str, Any]] = [dict(t) for t in targets]
        self._shown = -1
        for target in self._targets:
            self.target_list.addItem(QListWidgetItem(str(target.get("label", ""))))
        if self._targets:
            self.target_list.setCurrentRow(0)

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

    def checked(self) -> list[dict[str, Any]]:
        """The targets as a template writes them.

        Raises:
            UserError: the first target with a wrong field (named in Vietnamese).
        """
        self._store_target()
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
        return targets
