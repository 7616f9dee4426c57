"""The plan editor's counting rules tab: the template's ``rules`` values (issue 20).

Each rule is a share of the period's months (domain.md §4: a club is active when it
met in at least half of them; a culture house holds regular activities when it
recorded one in at least three quarters), typed as a percentage and checked by
``template_drafts.parse_rule`` with a Vietnamese message naming the rule.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.domain.template_drafts import RULE_DEFAULTS, parse_rule, rule_input

RULE_NAMES = {
    "active_club_min_month_share": QT_TRANSLATE_NOOP(
        "TemplateEditor", "An active &club met in at least (% of the period's months)"
    ),
    "regular_activity_month_share": QT_TRANSLATE_NOOP(
        "TemplateEditor",
        "A culture house with regular activities (VH02) held one in at least (% of the "
        "period's mon&ths)",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


def rule_label(key: str) -> str:
    """The rule's name as the tab shows it, without its mnemonic."""
    return _tr(RULE_NAMES[key]).replace("&", "")


class RulesTab(QWidget):
    """One field per rule, in percent; :meth:`rules` reads them back."""

    def __init__(self, rules: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key, default in RULE_DEFAULTS.items():
            field = QLineEdit(rule_input(float(rules.get(key, default))))
            field.setMaxLength(10)
            self.fields[key] = field
            label = QLabel(_tr(RULE_NAMES[key]))
            label.setBuddy(field)
            label.setWordWrap(True)
            form.addRow(label, field)
        hint = QLabel(
            self.tr(
                "A percentage above 0 and at most 100; every commune counts its clubs and "
                "culture houses by these rules."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)

    def rules(self) -> dict[str, float]:
        """Every rule's share of months.

        Raises:
            UserError: the first value that is not a percentage above 0 and at most 100.
        """
        return {
            key: parse_rule(field.text(), rule_label(key)) for key, field in self.fields.items()
        }
