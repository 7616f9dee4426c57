"""The baseline screen: earlier years' totals typed from old paper reports.

They let "so với cùng kỳ năm trước" work in the first year of use. The user
chooses a period (by default last year) and its convention, then types each
indicator's value in the last column: Enter or Tab stores it and moves down;
an empty value clears it; anything not a plausible count is refused in red.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.messages import UserError
from desktop_app.i18n import render_error
from desktop_app.services import audit, baseline
from desktop_app.services.baseline import BaselineRow
from desktop_app.services.changes import ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui import theme
from desktop_app.ui.logs.baseline_model import VALUE_COLUMN, BaselineModel, BaselineTable
from desktop_app.ui.page import first_focusable
from desktop_app.ui.preferences import user_preferences
from desktop_app.ui.shared_dialogs import history_button, open_history
from desktop_app.ui.text_formats import count_text
from desktop_app.ui.widgets.period_picker import PeriodPicker
from desktop_app.ui.widgets.problem_label import ProblemLabel


class BaselinePage(QWidget):
    """Edits the baseline of one period."""

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = frozenset({ChangeKind.BASELINE, ChangeKind.SETTINGS, ChangeKind.TEMPLATES})

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self.title = QLabel(self.tr("Baseline from earlier reports"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.hint = QLabel(
            self.tr(
                "Type the totals of an earlier period from its paper report, so that the "
                "comparison with the same period of the year before works from the first year. "
                "Type a number and press Enter or Tab; an empty value clears it. Percentages are "
                "worked out, not typed."
            )
        )
        self.hint.setWordWrap(True)
        convention = baseline.template_convention(workspace)
        self.period_picker = PeriodPicker(today(), convention, remember_as="baseline_period")
        if user_preferences().choice("baseline_period") is None:
            self.period_picker.set_period(f"{today().year - 1}-N")  # last year, at first
        self.convention_combo = QComboBox()
        self.convention_combo.addItem(self.tr("Calendar (statistical reports)"), "calendar")
        self.convention_combo.addItem(self.tr("Decree 09/2019 (administrative reports)"), "nd09")
        self.convention_combo.setCurrentIndex(self.convention_combo.findData(convention))
        convention_label = QLabel(self.tr("&Dates"))
        convention_label.setBuddy(self.convention_combo)
        self.model = BaselineModel(self._commit, self)
        self.table = BaselineTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Widths are worked out when a period is shown, not after every value typed.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problem = ProblemLabel()
        self.status = QLabel()
        self.status.setStyleSheet(theme.text_style(theme.INFO))
        top = QHBoxLayout()
        top.addWidget(self.period_picker, 1)
        top.addWidget(convention_label)
        top.addWidget(self.convention_combo)
        self.history_button = history_button(self, self.show_history)
        self.history_dialog: QDialog | None = None
        top.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.period_picker.period_changed.connect(lambda _p: self.reload())
        self.convention_combo.currentIndexChanged.connect(self._convention_changed)
        self.reload()

    def period_id(self) -> str:
        """The chosen period's id, e.g. ``2025-N``."""
        return self.period_picker.period_id()

    def convention(self) -> str:
        """The chosen convention (calendar or nd09)."""
        return str(self.convention_combo.currentData())

    def stop_work(self) -> None:
        """Nothing runs in a thread on this screen."""

    def initial_focus(self) -> QWidget | None:
        """Where the cursor goes when the screen is opened: its first field."""
        return first_focusable(self)

    def reload(self) -> None:
        """Read the chosen period's values again, keeping the cursor's row."""
        row = max(0, self.table.currentIndex().row())
        self.model.set_rows(baseline.rows(self._workspace, self.period_id(), self.convention()))
        for column in range(self.model.columnCount()):
            if column != 2:
                self.table.resizeColumnToContents(column)
        self.problem.clear()
        if self.model.rowCount():
            self.table.setCurrentIndex(
                self.model.index(min(row, self.model.rowCount() - 1), VALUE_COLUMN)
            )

    def value_of(self, code: str) -> float | None:
        """The value shown for ``code``."""
        return next(r.value for r in self.model.rows() if r.indicator.code == code)

    def select_code(self, code: str) -> None:
        """Put the cursor on the value of ``code``."""
        for row, shown in enumerate(self.model.rows()):
            if shown.indicator.code == code:
                self.table.setCurrentIndex(self.model.index(row, VALUE_COLUMN))
                return

    def show_history(self) -> None:
        """Show every change to the baseline of the chosen period (Ctrl+H)."""
        changes = audit.baseline_history(self._workspace, self.period_id(), self.convention())
        subject = self.tr("Baseline of {period} ({convention})").format(
            period=self.period_id(), convention=self.convention_combo.currentText()
        )
        self.history_dialog = open_history(self, subject, changes)

    def _convention_changed(self) -> None:
        self.period_picker.set_convention(self.convention())  # emits period_changed: reload

    def _commit(self, row: BaselineRow, text: str) -> tuple[bool, float | None]:
        code = row.indicator.code
        try:
            stored = baseline.set_text(
                self._workspace, self.period_id(), self.convention(), code, text
            )
        except UserError as exc:
            self.status.clear()
            self.problem.setText(f"{code}: {render_error(exc)}")
            return False, None
        self.problem.clear()
        if stored is None:
            self.status.setText(self.tr("{code} cleared.").format(code=code))
        else:
            self.status.setText(
                self.tr("{code} = {value} stored.").format(code=code, value=count_text(stored))
            )
        return True, stored
