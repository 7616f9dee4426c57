"""The unit's own words for the period, typed on the report screen ("Thuyết minh", §4).

Three text boxes: Đánh giá chung; Khó khăn, vướng mắc; Đề xuất, kiến nghị. They
are stored with the period when "Save texts" is pressed, before the workbook is
saved, and before another period is shown; the workbook's last sheet prints them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.messages import UserError
from desktop_app.domain.period_texts import FIELDS, PeriodTexts
from desktop_app.domain.periods import Period
from desktop_app.i18n import render_error
from desktop_app.services.reporting import period_texts
from desktop_app.services.workspace import Workspace
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.record_table import button_row


class ReportTexts(QWidget):
    """Three text boxes and a save button; :attr:`saved` after the texts were stored."""

    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._period: Period | None = None
        self._stored = PeriodTexts()
        intro = QLabel(
            self.tr(
                "The unit's own words for this period, printed on the last sheet "
                "(“Thuyết minh”) of the workbook."
            )
        )
        intro.setWordWrap(True)
        self.boxes: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for name, caption in zip(FIELDS, self._captions(), strict=True):
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(60)
            self.boxes[name] = box
            label = QLabel(caption)
            label.setBuddy(box)
            form.addRow(label, box)
        self.save_button = QPushButton(self.tr("Save te&xts"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)  # the widget owns it
        self.problem = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addLayout(button_row(self.save_button))
        layout.addWidget(self.problem)

    def _captions(self) -> tuple[str, str, str]:
        return (
            self.tr("&General assessment"),
            self.tr("&Difficulties and obstacles"),
            self.tr("P&roposals and recommendations"),
        )

    def typed(self) -> PeriodTexts:
        """The texts as they stand in the boxes."""
        return PeriodTexts(**{name: box.toPlainText() for name, box in self.boxes.items()})

    def is_changed(self) -> bool:
        """Whether the boxes hold something not stored yet."""
        return self._period is not None and self.typed() != self._stored

    def show_period(self, period: Period) -> None:
        """Show the texts stored with ``period`` (what was typed for another is stored first)."""
        if self._period == period:
            return
        if self.is_changed():
            self.save()
        self._period = period
        self._stored = period_texts.read(self._workspace, period)
        for name, box in self.boxes.items():
            box.setPlainText(getattr(self._stored, name))
        self.problem.hide()

    def save(self) -> bool:
        """Store the typed texts with the period; False (and the reason shown) when refused."""
        if self._period is None:
            return False
        try:
            stored = period_texts.save(self._workspace, self._period, self.typed())
        except UserError as exc:
            self.problem.setText(render_error(exc))
            self.problem.show()
            return False
        self.problem.hide()
        if stored != self._stored:
            self._stored = stored
            self.saved.emit()
        return True

    def set_locked(self, locked: bool) -> None:
        """A submitted period's texts are shown, not changed."""
        for box in self.boxes.values():
            box.setReadOnly(locked)
        self.save_button.setEnabled(not locked)
