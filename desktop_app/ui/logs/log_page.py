"""What the digital-services and museum logs share: a keyboard-first entry row over a table.

The user chooses a facility and a period, types a row in the entry line (date,
then the figures) and presses Enter; the row is stored, the table and the
period's totals under it are refreshed and the cursor goes back to the date.
In the table, Enter brings a row up for correction and Delete removes it after
a confirmation. Subclasses say which fields there are and which service stores them: the
abstract methods of :class:`LogPage`, typed by the kind of row the log holds.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.counts import MAX_DAILY_COUNT
from desktop_app.domain.digital import parse_count_text
from desktop_app.domain.facility import Facility
from desktop_app.domain.facility_types import FacilityGroup
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.domain.periods import Period
from desktop_app.i18n import render_error
from desktop_app.services import audit
from desktop_app.services.baseline import template_convention
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs, theme
from desktop_app.ui.page import first_focusable
from desktop_app.ui.shared_dialogs import history_button, open_history
from desktop_app.ui.table_model import Column, RowTableModel
from desktop_app.ui.text_formats import span_subject
from desktop_app.ui.widgets.abstract_widget import AbstractWidgetMeta, refuse_unfinished
from desktop_app.ui.widgets.date_edit import DateLineEdit
from desktop_app.ui.widgets.facility_combo import FacilityCombo
from desktop_app.ui.widgets.period_picker import PeriodPicker
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.record_table import record_table

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


_STATUS_STYLE = theme.text_style(theme.INFO)
_OUTSIDE_STYLE = theme.text_style(theme.WARNING, weight=600)


class CountEdit(QLineEdit):
    """A field for one count; empty means 0. Letters are reported on saving, not swallowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(15)
        self.setMaximumWidth(110)

    def count(self, field_name: str, maximum: int = MAX_DAILY_COUNT) -> int:
        """The typed count. Raises ``UserError`` naming ``field_name``."""
        return parse_count_text(self.text(), field_name, maximum)

    def set_count(self, value: int) -> None:
        """Show ``value``; 0 shows an empty field."""
        self.setText(str(value) if value else "")


def log_table(model: RowTableModel[Any]) -> QTableView:
    """A read-only table of rows with whole-row selection, the last column stretched."""
    return record_table(model, stretch_last=True)


class LogRecord(Protocol):
    """What a log's row is: a dataclass with its stored id (``None`` before it is stored) and
    its day."""

    @property
    def id(self) -> int | None: ...

    @property
    def day(self) -> date: ...


R = TypeVar("R", bound=LogRecord)


class LogPage(QWidget, Generic[R], metaclass=AbstractWidgetMeta):
    """The frame of a daily log screen whose rows are ``R``; see the module docstring.

    A subclass that leaves an abstract method out cannot be built (Qt's constructor does not
    look, so this one does).
    """

    # The table the rows are stored in: with no row selected, History shows this table's
    # changes for the facility and period (``None``: every dated record of the facility).
    history_table: str | None = None

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        refuse_unfinished(self)
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self.editing: R | None = None  # the stored row being corrected, if any
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.facility_combo = FacilityCombo(self.facility_groups(), remember=True)
        self.period_picker = PeriodPicker(
            today(), template_convention(workspace), remember_as="period"
        )
        self.date_edit = DateLineEdit()
        self.date_edit.setMaximumWidth(110)
        self.save_button = QPushButton(self.tr("&Save (Enter)"))
        self.problem = ProblemLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(_STATUS_STYLE)
        self.model: RowTableModel[R] = RowTableModel(self.columns(), self)
        self.table = log_table(self.model)
        self.delete_button = QPushButton(self.tr("&Delete row…"))
        self.history_button = history_button(self, self.show_history)
        self.history_dialog: QDialog | None = None
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.totals_caption = QLabel()
        self._build()
        self.facility_combo.currentIndexChanged.connect(lambda _i: self._context_changed())
        self.period_picker.period_changed.connect(lambda _p: self._context_changed())
        self.save_button.clicked.connect(self.save_entry)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda _index: self.correct_selected())
        self.table.installEventFilter(self)
        new_row = QShortcut(QKeySequence.StandardKey.New, self, self.new_entry)
        new_row.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- to be given by subclasses --------------------------------------------------
    def facility_groups(self) -> Iterable[FacilityGroup] | None:
        """The facility groups the combo offers (``None``: all)."""
        return None

    @abstractmethod
    def columns(self) -> Sequence[Column[R]]:
        """The table's columns."""

    @abstractmethod
    def make_entry_fields(self) -> list[tuple[str, str, QWidget]]:
        """Create the entry widgets; return (field name, label, widget) after the date."""

    def make_extra_controls(self) -> list[QWidget]:
        """Create widgets shown beside the facility and period choice."""
        return []

    @abstractmethod
    def make_totals(self) -> QWidget:
        """Create the widget that shows the period's totals under the table."""

    @abstractmethod
    def list_facilities(self) -> list[Facility]:
        """The facilities the log can be kept for."""

    @abstractmethod
    def list_rows(self, facility_id: int, period: Period) -> list[R]:
        """The facility's rows in the period."""

    @abstractmethod
    def refresh_totals(self, facility_id: int | None, period: Period) -> None:
        """Show the period's totals (of the facility, or of none)."""

    @abstractmethod
    def record_from_entry(self, facility_id: int, day: date) -> R:
        """The row typed in the entry line. Raises ``UserError`` naming the bad field."""

    @abstractmethod
    def fill_entry(self, record: R) -> None:
        """Show a stored row's figures in the entry line."""

    @abstractmethod
    def clear_entry(self) -> None:
        """Empty the figures (the date and a chosen kind stay)."""

    @abstractmethod
    def existing(self, record: R) -> R | None:
        """The stored row the typed one would replace, if any."""

    @abstractmethod
    def replace_question(self, current: R, record: R) -> tuple[str, list[str]]:
        """The question asked when a row is already stored for the key, and its two options
        (replace, add)."""

    @abstractmethod
    def store(self, record: R, add: bool) -> R:
        """Store the row (added to the stored one with ``add``); return it as stored."""

    @abstractmethod
    def remove(self, record: R) -> None:
        """Delete a stored row."""

    @abstractmethod
    def delete_question(self, record: R) -> str:
        """The question asked before a row is deleted."""

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        facility_label = QLabel(self.tr("Fa&cility"))
        facility_label.setBuddy(self.facility_combo)
        top.addWidget(facility_label)
        top.addWidget(self.facility_combo, 1)
        top.addWidget(self.period_picker, 2)
        for widget in self.make_extra_controls():
            top.addWidget(widget)
        entry = QHBoxLayout()
        date_label = QLabel(self.tr("Da&te"))
        date_label.setBuddy(self.date_edit)
        entry.addWidget(date_label)
        entry.addWidget(self.date_edit)
        self._entry_widgets: dict[str, QWidget] = {"day": self.date_edit}
        for name, label, widget in self.make_entry_fields():
            caption = QLabel(label)
            caption.setBuddy(widget)
            entry.addWidget(caption)
            entry.addWidget(widget)
            self._entry_widgets[name] = widget
        entry.addWidget(self.save_button)
        entry.addStretch(1)
        for widget in self._entry_widgets.values():
            widget.installEventFilter(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_caption)
        bottom.addStretch(1)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        self.add_below_controls(layout)
        layout.addLayout(entry)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.make_totals())

    def add_below_controls(self, layout: QVBoxLayout) -> None:
        """Room for a line under the facility and period choice."""

    # -- reading ----------------------------------------------------------------------
    def stop_work(self) -> None:
        """Nothing runs in a thread on this screen."""

    def initial_focus(self) -> QWidget | None:
        """Where the cursor goes when the screen is opened: its first field."""
        return first_focusable(self)

    def reload(self) -> None:
        """Read facilities, the template's convention, rows and totals again."""
        self.period_picker.blockSignals(True)
        self.period_picker.set_convention(template_convention(self._workspace))
        self.period_picker.blockSignals(False)
        self.facility_combo.set_facilities(self.list_facilities())
        self._context_changed()

    def period(self) -> Period:
        """The period shown."""
        return self.period_picker.period()

    def _context_changed(self) -> None:
        self._stop_correcting()
        period = self.period()
        try:
            typed = self.date_edit.date_value()
        except UserError:
            typed = None
        if typed is None or not period.contains(typed):
            today = self._today()
            self.date_edit.set_date(today if period.contains(today) else period.end)
        self.reload_rows()

    def reload_rows(self, select: R | None = None) -> None:
        """Show the chosen facility's rows and the totals for the period."""
        facility_id = self.facility_combo.current_id()
        period = self.period()
        has_facility = facility_id is not None
        self.model.set_rows(self.list_rows(facility_id, period) if has_facility else [])
        self.refresh_totals(facility_id, period)
        controls = (self.save_button, self.delete_button, self.history_button)
        for widget in (*self._entry_widgets.values(), *controls):
            widget.setEnabled(has_facility)
        self.table.setVisible(has_facility)
        self.empty_hint.setVisible(not has_facility)
        if has_facility:
            self.enable_entry_fields()
        if select is not None:
            for row, shown in enumerate(self.model.rows()):
                if shown.id == select.id:
                    self.table.selectRow(row)
                    break

    def enable_entry_fields(self) -> None:
        """Enable or disable fields that depend on others (e.g. participants by kind)."""

    def selected_record(self) -> R | None:
        """The row under the table's cursor, or ``None``."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- actions ----------------------------------------------------------------------
    def save_entry(self) -> bool:
        """Store the entry line; on a problem say it in red and focus the field."""
        facility_id = self.facility_combo.current_id()
        if facility_id is None:
            return False
        self.problem.clear()
        try:
            day = self.date_edit.date_value("day")
            if day is None:
                raise error(QT_TRANSLATE_NOOP("Errors", "Type the date."), "day")
            record = self.record_from_entry(facility_id, day)
            add = False
            if self.editing is not None:
                record = replace(record, id=self.editing.id)
            else:
                current = self.existing(record)
                if current is not None:
                    text, options = self.replace_question(current, record)
                    answer = dialogs.choose(self, self.tr("Row already stored"), text, options)
                    if answer is None:
                        return False
                    add = answer == 1
            stored = self.store(record, add)
        except UserError as exc:
            self.problem.setText(render_error(exc))
            widget = self._entry_widgets.get(exc.field_name or "")
            if widget is not None:
                widget.setFocus()
            return False
        self._stop_correcting()
        self.clear_entry()
        self.reload_rows(select=stored)
        saved = self.tr("Saved the row of {day}.").format(day=stored.day.strftime("%d/%m/%Y"))
        outside = not self.period().contains(stored.day)
        if outside:  # stored, but not in the list below: say so, and where to find it
            period = self.period()
            saved += " " + self.tr(
                "That day is outside the period shown ({start} to {end}), so the row is not "
                "in the list below: choose a period that holds it to see it."
            ).format(start=period.start.strftime("%d/%m/%Y"), end=period.end.strftime("%d/%m/%Y"))
        self.status.setStyleSheet(_OUTSIDE_STYLE if outside else _STATUS_STYLE)
        self.status.setText(saved)
        self.date_edit.setFocus()
        self.date_edit.selectAll()
        return True

    def new_entry(self) -> None:
        """Ctrl+N: an empty entry line for a new row, the cursor on its date."""
        if self.facility_combo.current_id() is None:
            return
        self._stop_correcting()
        self.clear_entry()
        self.problem.clear()
        self.status.setStyleSheet(_STATUS_STYLE)
        self.status.setText(self.tr("New row: type the date, then the figures, and press Enter."))
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date_edit.selectAll()

    def correct_selected(self) -> None:
        """Bring the selected row into the entry line to correct it."""
        record = self.selected_record()
        if record is None:
            return
        self.editing = record
        self.date_edit.set_date(record.day)
        self.fill_entry(record)
        self.enable_entry_fields()
        self.problem.clear()
        text = self.tr("Correcting the row of {day}: change it and press Enter; Escape cancels.")
        self.status.setText(text.format(day=record.day.strftime("%d/%m/%Y")))
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def _stop_correcting(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.clear_entry()
            self.status.clear()

    def delete_selected(self) -> None:
        """Remove the selected row after a confirmation."""
        record = self.selected_record()
        if record is None:
            return
        if not dialogs.confirm(self, self.tr("Delete row"), self.delete_question(record)):
            return
        try:
            self.remove(record)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        if self.editing is not None and self.editing.id == record.id:
            self._stop_correcting()
        row = self.table.currentIndex().row()
        self.reload_rows()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.status.setText(self.tr("Row deleted."))

    def show_history(self) -> None:
        """Show the changes of the selected row, or with none selected, of the facility's
        rows in the period, deleted ones included (Ctrl+H)."""
        facility_id = self.facility_combo.current_id()
        if facility_id is None:
            return
        record, facility = self.selected_record(), self.facility_combo.currentText()
        first, last = (
            (record.day, record.day) if record else (self.period().start, self.period().end)
        )
        if record is not None:
            changes = audit.history_of(self._workspace, record)
        else:
            tables = (self.history_table,) if self.history_table else audit.FACILITY_DAY_TABLES
            changes = audit.facility_history(self._workspace, facility_id, first, last, tables)
        subject = span_subject(facility, first, last)
        self.history_dialog = open_history(self, subject, changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if watched in self._entry_widgets.values():
                if key in _ENTER:
                    self.save_entry()
                    return True
                if key == Qt.Key.Key_Escape and self.editing is not None:
                    self._stop_correcting()
                    return True
        return super().eventFilter(watched, event)
