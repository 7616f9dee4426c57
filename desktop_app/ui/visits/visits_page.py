"""The visits screen: a facility's month, typed from the paper log book."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.facility_types import FacilityGroup
from desktop_app.domain.messages import UserError
from desktop_app.domain.visits import LABELS, VisitDay
from desktop_app.i18n import render_error
from desktop_app.services import audit, facilities, visits
from desktop_app.services.changes import ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui.preferences import user_preferences
from desktop_app.ui.shared_dialogs import history_button, open_history
from desktop_app.ui.visits.visits_grid import SpreadsheetView
from desktop_app.ui.visits.visits_model import COLUMNS, VisitMonthModel
from desktop_app.ui.widgets.facility_combo import FacilityCombo
from desktop_app.ui.widgets.problem_label import ProblemLabel

_TONE = {"error": "problem", "warning": "warning", "info": "info"}


_MONTH_CHOICE = "visits_month"


def _opening_month(today: date) -> tuple[int, int]:
    """(year, month) the screen opens on: the last one shown (not after this month)."""
    remembered = user_preferences().choice(_MONTH_CHOICE) or ""
    year, _, month = remembered.partition("-")
    if not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        return today.year, today.month
    if int(year) >= 2000 and (int(year), int(month)) <= (today.year, today.month):
        return int(year), int(month)
    return today.year, today.month


def _first_to_type(month: visits.VisitMonth) -> int:
    """Row of the first day that may be typed and has nothing yet (else the first open one)."""
    open_days = [i for i, day in enumerate(month.days) if day in month.editable]
    empty = [i for i in open_days if month.days[i] not in month.records]
    return (empty or open_days or [0])[0]


class _SetDays(QUndoCommand):
    """One typed cell or pasted block: the days before and after, for Undo and Redo,
    with the facility-month they belong to (undone there, whatever month is shown)."""

    def __init__(
        self,
        page: VisitsPage,
        before: list[VisitDay],
        after: list[VisitDay],
        where: tuple[int, int, int],
    ) -> None:
        super().__init__(describe(before, after))
        self._page = page
        self._before = before
        self._after = after
        self._where = where
        self._first = True

    def redo(self) -> None:
        if self._first:  # already stored when the command was made
            self._first = False
            return
        self._page.replay(self._where, self._after, self.text(), undoing=False)

    def undo(self) -> None:
        self._page.replay(self._where, self._before, self.text(), undoing=True)


def describe(before: list[VisitDay], after: list[VisitDay]) -> str:
    """What a change was, in words: "03/10/2026 (Visits, Women)" or "5 days, 01/10–05/10"."""
    if len(after) == 1:
        old, new = before[0], after[0]
        names = [n for n in COLUMNS if getattr(old, n) != getattr(new, n)]
        labels = ", ".join(QCoreApplication.translate("Visits", LABELS[n]) for n in names)
        return f"{new.day.strftime('%d/%m/%Y')} ({labels})"
    days = sorted(v.day for v in after)
    return QCoreApplication.translate("VisitsPage", "{count} days, {first}–{last}").format(
        count=len(days), first=days[0].strftime("%d/%m"), last=days[-1].strftime("%d/%m/%Y")
    )


class VisitsPage(QWidget):
    """Month grid per facility; each committed cell is stored at once."""

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = frozenset({ChangeKind.VISITS, ChangeKind.FACILITIES, ChangeKind.SUBMISSIONS})

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self.undo_stack = QUndoStack(self)
        self.model = VisitMonthModel(self._commit, self._report, self)
        self._build()
        self.reload()

    def _build(self) -> None:
        title = QLabel(self.tr("Visits"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.facility = FacilityCombo((FacilityGroup.LIBRARY, FacilityGroup.CULTURE), remember=True)
        facility_label = QLabel(self.tr("Fa&cility"))
        facility_label.setBuddy(self.facility)
        self.month = QComboBox()
        for number in range(1, 13):
            self.month.addItem(self.tr("Month {n}").format(n=number), number)
        month_label = QLabel(self.tr("&Month"))
        month_label.setBuddy(self.month)
        self.year = QSpinBox()
        self.year.setRange(2000, self._today().year)
        year, month = _opening_month(self._today())
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)
        self.previous_button = QPushButton(self.tr("◀ Previous month"))
        self.previous_button.setToolTip("Ctrl+PgUp")
        self.next_button = QPushButton(self.tr("Next month ▶"))
        self.next_button.setToolTip("Ctrl+PgDown")
        self.history_button = history_button(self, self.show_history)
        self.history_dialog: QDialog | None = None
        controls = QHBoxLayout()
        for widget in (
            facility_label,
            self.facility,
            month_label,
            self.month,
            self.year,
            self.previous_button,
            self.next_button,
            self.history_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: 600")
        self.grid = SpreadsheetView()
        self.grid.setModel(self.model)
        # Widths are worked out when a month is shown, not after every cell: measuring
        # every cell of the month on each commit was most of a committed cell's time.
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch
        )
        self.grid.verticalHeader().setDefaultSectionSize(22)
        self.message = ProblemLabel(object_name="message")
        keep = self.message.sizePolicy()  # the grid does not jump when a message appears
        keep.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(keep)
        self.message.setMinimumHeight(36)
        self.hint = QLabel(
            self.tr(
                "Type a number and press Tab (next column) or Enter (next day, back in the "
                "first column typed). A refused number stays in its cell: correct it, or Esc. "
                "Paste a block copied from Excel with Ctrl+V. Ctrl+Z undoes, Ctrl+Y redoes. "
                "Grey days cannot be changed; a yellow total is unusually high for that weekday."
            )
        )
        self.hint.setWordWrap(True)
        self.empty_hint = QLabel(
            self.tr("Add a library or culture facility first (Facilities screen).")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.facility.currentIndexChanged.connect(lambda _i: self.load_month())
        self.month.currentIndexChanged.connect(lambda _i: self.load_month())
        self.year.valueChanged.connect(lambda _v: self.load_month())
        self.previous_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.grid.paste_requested.connect(self.paste)
        self.grid.copy_requested.connect(self.copy)
        self.grid.clear_requested.connect(self.clear_selection)
        self.grid.refused.connect(self._explain_refusal)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        ctrl_y = QKeySequence("Ctrl+Y")
        if ctrl_y not in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            QShortcut(ctrl_y, self, self.undo_stack.redo)  # as in Excel, on every platform
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step_month(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step_month(1))

    def initial_focus(self) -> QWidget:
        """Where the cursor goes when the screen is opened: the grid."""
        return self.grid if self.grid.isVisible() else self.facility

    # -- reading ----------------------------------------------------------------------
    def stop_work(self) -> None:
        """Nothing runs in a thread on this screen."""

    def reload(self) -> None:
        """Read the facilities and the month again."""
        self.facility.set_facilities(facilities.list_rows_facilities(self._workspace))
        has_any = self.facility.count() > 0
        self.empty_hint.setVisible(not has_any)
        self.grid.setVisible(has_any)
        self.load_month()

    def load_month(self) -> None:
        """Show the chosen facility-month, keeping the cursor where it was."""
        facility_id = self.facility.current_id()
        if facility_id is None:
            return
        current = self.grid.currentIndex()
        shown = self.model.month
        month = visits.month(
            self._workspace,
            facility_id,
            self.year.value(),
            int(self.month.currentData()),
            self._today(),
        )
        self.model.set_month(month)
        user_preferences().set_choice(_MONTH_CHOICE, f"{month.year}-{month.month:02d}")
        totals = month.totals()
        locale = QLocale()
        self.summary.setText(
            self.tr(
                "Month {month}/{year}: {visits} visits, {documents} documents served, "
                "{cards} new cards, {days} days entered."
            ).format(
                month=month.month,
                year=month.year,
                visits=locale.toString(totals.total),
                documents=locale.toString(totals.documents),
                cards=locale.toString(totals.new_cards),
                days=len(month.records),
            )
        )
        same = shown is not None and (shown.facility.id, shown.days) == (facility_id, month.days)
        if not same:
            self._fit_columns()
        if same and current.isValid():
            self.grid.setCurrentIndex(self.model.index(current.row(), current.column()))
        elif month.editable:  # another month: where the typing goes on
            self.grid.setCurrentIndex(self.model.index(_first_to_type(month), 0))

    def _fit_columns(self) -> None:
        """Columns as wide as their header and the month's figures (the note stretches)."""
        for column in range(len(COLUMNS)):
            if column != COLUMNS.index("note"):
                self.grid.resizeColumnToContents(column)

    def step_month(self, step: int) -> None:
        """Go to the previous (-1) or next (+1) month."""
        index = self.month.currentIndex() + step
        year = self.year.value()
        if index < 0:
            index, year = 11, year - 1
        elif index > 11:
            index, year = 0, year + 1
        if year > self.year.maximum() or year < self.year.minimum():
            return
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.month.setCurrentIndex(index)
        self.load_month()

    def select(self, facility_id: int, year: int, month: int) -> None:
        """Show ``facility_id``'s ``year``-``month``."""
        self.facility.blockSignals(True)
        self.facility.select_id(facility_id)
        self.facility.blockSignals(False)
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.month.setCurrentIndex(month - 1)
        self.load_month()

    def show_history(self) -> None:
        """Show every change to the facility-month on screen (Ctrl+H)."""
        facility_id = self.facility.current_id()
        if facility_id is None:
            return
        year, month = self.year.value(), int(self.month.currentData())
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        changes = audit.facility_history(self._workspace, facility_id, first, last, ("visits",))
        subject = self.tr("Visits of {facility}, month {month}/{year}").format(
            facility=self.facility.currentText(), month=month, year=year
        )
        self.history_dialog = open_history(self, subject, changes)

    # -- storing ----------------------------------------------------------------------
    def store(self, days: list[VisitDay], *, remember: bool = True) -> bool:
        """Validate and store ``days`` at once; say what happened under the grid."""
        month = self.model.month
        before = [
            month.records.get(v.day) or VisitDay(facility_id=v.facility_id, day=v.day)
            for v in days
        ] if month else []  # fmt: skip
        try:
            unusual = visits.save_visits(self._workspace, days, self._today())
        except UserError as exc:
            self._report(exc)
            return False
        if remember and month is not None:
            where = (month.facility.id or 0, month.year, month.month)
            self.undo_stack.push(_SetDays(self, before, days, where))
        self.load_month()
        if unusual:
            self._say(
                "warning",
                self.tr(
                    "Saved. The total on {days} is far above this facility's usual figure for "
                    "that weekday: please check it against the log book."
                ).format(days=", ".join(sorted(d.strftime("%d/%m") for d in unusual))),
            )
        else:
            self._say("info", self.tr("Saved."))
        return True

    def replay(
        self, where: tuple[int, int, int], days: list[VisitDay], what: str, *, undoing: bool
    ) -> None:
        """Undo or redo a change: on its own facility-month, shown first when another one
        is on screen, and say what was undone or redone (and where)."""
        month = self.model.month
        elsewhere = month is None or (month.facility.id, month.year, month.month) != where
        if elsewhere:
            self.select(*where)
        if not self.store(days, remember=False):
            return
        if undoing:
            text = self.tr("Undone: {what}.").format(what=what)
        else:
            text = self.tr("Redone: {what}.").format(what=what)
        if elsewhere:
            text += " " + self.tr(
                "The change was in {facility}, month {month}/{year}: shown now."
            ).format(facility=self.facility.currentText(), month=where[2], year=where[1])
        self._say("warning" if elsewhere else "info", text)
        if days:
            rows = self.model.rows_for([days[0].day])
            if rows:
                self.grid.setCurrentIndex(
                    self.model.index(rows[0], self.grid.currentIndex().column())
                )

    def _commit(self, days: list[VisitDay]) -> bool:
        return self.store(days)

    def _report(self, exc: UserError) -> None:
        self._say("error", render_error(exc))

    def _explain_refusal(self, index: QModelIndex) -> None:
        reason = index.data(Qt.ItemDataRole.ToolTipRole)
        if index.row() == self.model.totals_row():
            reason = self.tr("The month's totals are worked out; type the days above.")
        if reason:
            self._say("error", str(reason))

    def _say(self, kind: str, text: str) -> None:
        self.message.say(text, _TONE[kind])

    # -- blocks -------------------------------------------------------------------------
    def paste(self) -> None:
        """Paste a block copied from Excel at the cursor: all cells stored, or none."""
        text = QGuiApplication.clipboard().text()
        start = self.grid.currentIndex()
        if not text.strip() or not start.isValid():
            return
        lines = text.rstrip("\r\n").replace("\r\n", "\n").split("\n")
        cells = [line.split("\t") for line in lines]
        changed: dict[int, VisitDay] = {}
        for offset_row, values in enumerate(cells):
            row = start.row() + offset_row
            if row >= self.model.totals_row():
                self._say("error", self.tr("The pasted block runs past the end of the month."))
                return
            if not self.model.is_editable_row(row):
                day = self.model.day_at(row)
                self._say(
                    "error",
                    self.tr("{day} cannot be changed (closed, future or locked).").format(
                        day=day.strftime("%d/%m/%Y") if day else ""
                    ),
                )
                return
            record = changed.get(row) or self.model.record_at(row)
            for offset_column, value in enumerate(values):
                column = start.column() + offset_column
                if column >= len(COLUMNS):
                    self._say("error", self.tr("The pasted block is wider than the grid."))
                    return
                try:
                    record = self.model.with_text(record, column, value) or record
                except UserError as exc:
                    self._say(
                        "error",
                        self.tr("Row {row}, column {column} of the pasted block: {problem}").format(
                            row=offset_row + 1,
                            column=offset_column + 1,
                            problem=render_error(exc),
                        ),
                    )
                    return
            changed[row] = record
        block = [v for row, v in sorted(changed.items()) if v != self.model.record_at(row)]
        if block:
            self.store(block)

    def copy(self) -> None:
        """Copy the selected cells as tab-separated text (for Excel)."""
        block = self.grid.selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        rows = []
        for row in range(top, bottom + 1):
            rows.append(
                "\t".join(
                    str(self.model.index(row, column).data(Qt.ItemDataRole.EditRole) or "")
                    for column in range(left, right + 1)
                )
            )
        QGuiApplication.clipboard().setText("\n".join(rows))

    def clear_selection(self) -> None:
        """Delete key: empty the selected cells of editable days."""
        block = self.grid.selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        cleared = []
        for row in range(top, min(bottom, self.model.totals_row() - 1) + 1):
            if not self.model.is_editable_row(row):
                continue
            record = self.model.record_at(row)
            for column in range(left, right + 1):
                record = self.model.with_text(record, column, "", clearing=True) or record
            if record != self.model.record_at(row):
                cleared.append(record)
        if cleared:
            self.store(cleared)
