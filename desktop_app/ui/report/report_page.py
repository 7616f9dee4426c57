"""The report screen: preview a period's report, save its workbook, mark the period submitted.

The preview is the same ``UnitReport`` the workbook is written from, so what the
staff check on screen is what they hand upward. Marking a period submitted locks
its records (``services.locks``); reopening it needs a reason, kept in the
period's history shown at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import resources
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import CONVENTIONS, Period
from desktop_app.i18n import render, render_error
from desktop_app.reports.model import FormSheet, IndicatorLine, UnitReport
from desktop_app.services import audit, submissions
from desktop_app.services.changes import EVERYTHING, ChangeKind
from desktop_app.services.reporting import report_export
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.operations import Operation
from desktop_app.ui.page import first_focusable
from desktop_app.ui.preferences import user_preferences
from desktop_app.ui.report.report_jobs import (
    BuiltReport,
    SaveCancelled,
    SavedReport,
    build_and_save,
    build_preview,
)
from desktop_app.ui.report.report_labels import (
    HISTORY_COLUMNS,
    INDICATOR_COLUMNS,
    HistoryEvent,
    history_events,
)
from desktop_app.ui.report.report_notes import ReportNotes
from desktop_app.ui.report.report_texts import ReportTexts
from desktop_app.ui.shared_dialogs import history_button, open_history
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.text_formats import convention_name, when_text
from desktop_app.ui.widgets.period_picker import PeriodPicker
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.record_table import button_row, record_table
from desktop_app.ui.worker import IsCancelled, Progress


def _local_now() -> datetime:
    return datetime.now().astimezone()


class ReportPage(QWidget):
    """Previews, saves and submits a period's report; the services announce what it stores.

    The preview is built in a worker thread (the screen stays responsive; the figures
    shown are replaced when it arrives). Saving builds and writes the workbook in a
    worker thread too (progress and Cancel shown, the choices and buttons locked
    meanwhile); :attr:`work_done` follows, however it ended. The two never run together.
    """

    work_done = Signal()

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = EVERYTHING - {ChangeKind.BACKUPS}

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self._now = now
        self._loading = True
        self._unit_template: str | None = None
        self._save_folder: Path | None = None
        self.report: UnitReport | None = None
        self.saved_path: Path | None = None
        self._saving: Operation[SavedReport] | None = None
        self._building: Operation[BuiltReport] | None = None
        self._build_again = False  # the choices changed while the preview was built
        self._save_after_build = False  # Save was asked for while the preview was built
        self._stopped = False  # the window is closing: build nothing more

        title = QLabel(self.tr("Report"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.period_picker = PeriodPicker(
            today(), report_export.default_convention(workspace), remember_as="report_period"
        )
        if user_preferences().choice("report_period") is None:
            self.period_picker.set_period(f"{today().year}-N")  # this year, at first
        self.convention = QComboBox()
        for key in CONVENTIONS:
            self.convention.addItem(convention_name(key), key)
        self.template = QComboBox()
        for item in resources.templates().values():
            self.template.addItem(item.name, item.id)
            self.template.setItemData(
                self.template.count() - 1, item.name, Qt.ItemDataRole.ToolTipRole
            )
        # A plan's long name must not widen the window past a 1366-pixel screen.
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(28)
        choices = QHBoxLayout()
        for text, widget in (
            (self.tr("Con&vention"), self.convention),
            (self.tr("&Template"), self.template),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            choices.addWidget(caption)
            choices.addWidget(widget, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setStyleSheet("font-weight: 600")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as\u2026"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.submit_button = QPushButton(self.tr("&Mark as submitted"))
        self.reopen_button = QPushButton(self.tr("Re&open period"))
        self.save_button.clicked.connect(self.save_as)
        self.submit_button.clicked.connect(self.mark_submitted)
        self.reopen_button.clicked.connect(self.reopen)
        self.changes_button = history_button(self, self.show_changes)
        self.changes_button.setText(self.tr("&Changes in this period\u2026"))
        self.history_dialog: QDialog | None = None
        save_key = QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.hide()
        self.work_label = QLabel()  # what is being done, while a save runs
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.problem = ProblemLabel()

        self.tabs = QTabWidget()
        # Room above capitals for Vietnamese stacked accents (Biểu, Ở), which tabs clip.
        self.tabs.setStyleSheet("QTabBar::tab { padding: 7px 12px 5px 12px; }")
        self.form_models: list[RowTableModel[IndicatorLine]] = []
        self.form_tables: list[QTableView] = []
        self.notes = ReportNotes()
        self.tabs.currentChanged.connect(lambda _index: self._show_notes())
        # the unit's own words, the last tab (printed on the workbook's last sheet)
        self.texts = ReportTexts(workspace)
        self.texts.saved.connect(self.refresh)

        self.history_model: RowTableModel[HistoryEvent] = RowTableModel(HISTORY_COLUMNS, self)
        self.history_table = record_table(self.history_model, stretch_last=True)
        self.history_table.setMaximumHeight(140)
        history_title = QLabel(self.tr("Histor&y of this period"))
        history_title.setBuddy(self.history_table)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.period_picker)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(
            button_row(
                self.save_button, self.submit_button, self.reopen_button, self.changes_button
            )
        )
        work = QHBoxLayout()
        work.addWidget(self.work_label)
        work.addWidget(self.progress, 1)
        work.addWidget(self.cancel_button)
        layout.addLayout(work)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        layout.addWidget(history_title)
        layout.addWidget(self.history_table)

        self.period_picker.period_changed.connect(lambda _period: self._choice_changed())
        self.convention.currentIndexChanged.connect(lambda _index: self._convention_changed())
        self.template.currentIndexChanged.connect(lambda _index: self._template_changed())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Showing the screen shows the figures as they are now (built only when seen)."""
        super().showEvent(event)
        self.refresh()

    # -- the choices ---------------------------------------------------------------------------
    def period(self) -> Period:
        """The chosen period, in the chosen convention."""
        return self.period_picker.period()

    def template_id(self) -> str | None:
        """The chosen template's id."""
        return self.template.currentData()

    def _select(self, combo: QComboBox, key: str | None) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _choice_changed(self) -> None:
        if not self._loading:
            self.refresh()

    def _convention_changed(self) -> None:
        convention = self.convention.currentData()
        if convention != self.period().convention:
            self._loading, loading = True, self._loading
            try:
                self.period_picker.set_convention(convention)
            finally:
                self._loading = loading
        self._choice_changed()

    def _template_changed(self) -> None:
        """A template brings its own convention (the user may still change it afterwards)."""
        self._loading, loading = True, self._loading
        try:
            self._select(
                self.convention,
                report_export.default_convention(self._workspace, self.template_id()),
            )
            self._convention_changed()
        finally:
            self._loading = loading
        self._choice_changed()

    # -- reading -------------------------------------------------------------------------------
    def initial_focus(self) -> QWidget | None:
        """Where the cursor goes when the screen is opened: its first field."""
        return first_focusable(self)

    def reload(self) -> None:
        """Read the unit's template again and rebuild the preview, status and history."""
        self._loading = True
        try:
            unit = self._workspace.unit()
            unit_template = unit.template_id if unit else None
            if self._unit_template is None or self.template_id() == self._unit_template:
                # The user has not picked another template here: follow the settings.
                self._select(self.template, unit_template)
                self._template_changed()
            self._unit_template = unit_template
        finally:
            self._loading = False
        self.refresh()

    def refresh(self) -> None:
        """Build the report of the chosen period (in a worker thread) and show it, its
        status and history.

        Nothing is built while the screen is hidden (showing it builds the report), nor
        while the workbook is being saved (the saved report is shown when it is written).
        """
        if not self.isVisible() or self._is_saving() or self._stopped:
            return
        period, template_id, now = self.period(), self.template_id(), self._now()
        self.saved_label.clear()
        self.saved_label.hide()
        self.texts.show_period(period)  # what was typed for another period is stored first
        self.refresh_status()  # at once: the period's status and history are quick to read
        if self._building is not None:
            self._build_again = True  # what is being built may no longer be what is chosen
            return
        db_path = self._workspace.path

        def job(_progress: Progress, _is_cancelled: IsCancelled) -> BuiltReport:
            return build_preview(db_path, period, template_id, now)

        self._building = Operation(
            self, job, self._built, failure=self._not_built, ended=self._build_ended
        )
        self._building.start()

    def _built(self, built: BuiltReport) -> None:
        if self._build_again:
            return  # the choices changed meanwhile: the next one is shown
        self.report = built.report
        self.problem.setText(render(built.warning) if built.warning else "")
        self._show_report()

    def _not_built(self, exc: UserError) -> None:
        if self._build_again:
            return
        self.report = None
        self.problem.setText(render_error(exc))
        self._show_report()

    def _show_report(self) -> None:
        self.problem.setVisible(bool(self.problem.text()))
        self._show_forms(self.report.forms if self.report else ())
        self._show_summary()

    def _build_ended(self) -> None:
        self._building = None
        if self._build_again:
            self._build_again = False
            self.refresh()
            if self._building is not None:
                return
        self.refresh_status()
        if self._save_after_build:
            self._save_after_build = False
            self.save_as()

    def _show_forms(self, forms: tuple[FormSheet, ...]) -> None:
        current = self.tabs.currentIndex()
        if [self.tabs.tabText(i) for i in range(len(self.form_tables))] != [
            self._tab_text(f) for f in forms
        ] or (self.tabs.indexOf(self.texts) < 0) != (not forms):
            on_texts = current >= 0 and self.tabs.widget(current) is self.texts
            self.tabs.clear()
            self.form_models.clear()
            self.form_tables.clear()
            for form in forms:
                model: RowTableModel[IndicatorLine] = RowTableModel(INDICATOR_COLUMNS, self)
                table = record_table(model, stretch=0)
                self.form_models.append(model)
                self.form_tables.append(table)
                self.tabs.addTab(table, self._tab_text(form))
            if forms:  # a report to print them in
                self.tabs.addTab(self.texts, self.tr("Assessment, difficulties, proposals"))
            last = len(forms) if on_texts else min(current, len(forms) - 1)
            self.tabs.setCurrentIndex(max(0, last))
        for model, form in zip(self.form_models, forms, strict=True):
            model.set_rows(form.lines)
        self._show_notes()

    @staticmethod
    def _tab_text(form: FormSheet) -> str:
        # Sentence case: tab bars clip the stacked accents of capitals (VĂN HÓA CƠ SỞ).
        return f"{form.code} \u2013 {form.title.capitalize()}"

    def _show_notes(self) -> None:
        index = self.tabs.currentIndex()
        forms = self.report.forms if self.report else ()
        notes = forms[index].notes if 0 <= index < len(forms) else ()
        self.notes.set_notes(notes)

    def _show_summary(self) -> None:
        report = self.report
        if report is None:
            self.summary.clear()
            return
        text = (
            self.tr("{label}: data from {start} to {end}. {plan}")
            if report.data_until is None
            else self.tr("{label}: data from {start} to {end} (the period has not ended). {plan}")
        )
        self.summary.setText(
            text.format(
                label=report.period_label,
                start=report.period_start.strftime("%d/%m/%Y"),
                end=(report.data_until or report.period_end).strftime("%d/%m/%Y"),
                plan=report.plan,
            )
        )

    def lines(self, form_index: int = 0) -> list[IndicatorLine]:
        """The indicator rows shown in the tab ``form_index``."""
        return self.form_models[form_index].rows()

    def refresh_status(self) -> None:
        """Show whether the chosen period is submitted, and its history."""
        period = self.period()
        current = submissions.status(self._workspace, period.id, period.convention)
        if current is None:
            self.status.setText(
                self.tr("{period} is not submitted: its records can still be changed.").format(
                    period=period.id
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "{period} was submitted on {when} by {who}. Its records are locked until "
                    "the period is reopened."
                ).format(
                    period=period.id,
                    when=when_text(current.submitted_at),
                    who=current.submitted_by or "?",
                )
            )
        self.history_model.set_rows(
            history_events(submissions.history(self._workspace, period.id, period.convention))
        )
        self.save_button.setEnabled(self.report is not None)
        self.texts.set_locked(current is not None)
        self.submit_button.setEnabled(current is None and self.report is not None)
        self.reopen_button.setEnabled(current is not None)

    def show_changes(self) -> None:
        """Show every change to the records dated in the period, its submissions and
        reopenings with their reasons (Ctrl+H)."""
        period = self.period()
        changes = audit.period_history(
            self._workspace,
            period.start,
            period.end,
            period_id=period.id,
            convention=period.convention,
        )
        subject = self.tr("Changes to {period} ({start} to {end})").format(
            period=period.id,
            start=period.start.strftime("%d/%m/%Y"),
            end=period.end.strftime("%d/%m/%Y"),
        )
        self.history_dialog = open_history(self, subject, changes)

    # -- actions -------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Whether the preview is being built, or the workbook built and saved."""
        return self._is_saving() or (self._building is not None and self._building.running)

    def _is_saving(self) -> bool:
        return self._saving is not None and self._saving.running

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.period_picker, self.convention, self.template, self.texts):
            widget.setEnabled(not busy)
        if busy:
            for button in (self.save_button, self.submit_button, self.reopen_button):
                button.setEnabled(False)
        else:
            self.refresh_status()  # the buttons as the period allows

    def save_as(self) -> None:
        """Ask where to save the workbook (Documents, default name), then build it from the
        figures as they are now and write it whole, in a worker thread."""
        if self._is_saving():
            return
        if self.texts.is_changed() and not self.texts.save():
            self.tabs.setCurrentWidget(self.texts)  # the reason is shown under the boxes
            return
        if self._building is not None:  # the preview first: its file name is suggested
            self._save_after_build = True
            return
        report = self.report
        if report is None:
            return
        folder = self._save_folder or dialogs.documents_folder()
        chosen = dialogs.save_file(
            self,
            self.tr("Save the report"),
            str(folder / report.file_name),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        period, template_id, now = self.period(), self.template_id(), self._now()
        db_path = self._workspace.path

        def job(progress: Progress, is_cancelled: IsCancelled) -> SavedReport:
            return build_and_save(db_path, period, template_id, now, chosen, progress, is_cancelled)

        self.saved_label.clear()
        self.saved_label.hide()
        self._saving = Operation(
            self,
            job,
            self._saved,
            failure=self._save_refused,
            cancelled=self._save_cancelled,
            ended=self._save_ended,
            stops=(SaveCancelled,),
            bar=self.progress,
            cancel_button=self.cancel_button,
            label=self.work_label,
            text=self.tr("Saving the report\u2026"),
        )
        self._set_busy(True)
        self._saving.start()

    def cancel_work(self) -> None:
        """Stop a save before the workbook is written; nothing is written then."""
        if self._saving is not None:
            self._saving.cancel()

    def stop_work(self) -> None:
        """The window is closing: stop the preview or the save, wait for its thread, and
        start no more."""
        self._stopped = True
        self._build_again = self._save_after_build = False
        building, self._building = self._building, None
        if building is not None:
            building.stop()
        saving, self._saving = self._saving, None
        if saving is not None:
            saving.stop()
            self._set_busy(False)

    def _saved(self, saved: SavedReport) -> None:
        self.report = saved.report  # what was written is what is shown
        self._show_report()
        self._save_folder = saved.path.parent
        self.saved_path = saved.path
        self.saved_label.setText(self.tr("Saved the report to {path}").format(path=saved.path))

    def _save_refused(self, exc: UserError) -> None:
        dialogs.show_error(self, exc)

    def _save_cancelled(self) -> None:
        self.saved_label.setText(self.tr("The save was cancelled; nothing was written."))

    def _save_ended(self) -> None:
        self._saving = None
        self.work_label.clear()
        self.saved_label.setVisible(bool(self.saved_label.text()))
        self._set_busy(False)
        self.work_done.emit()

    def mark_submitted(self) -> None:
        """Lock the chosen period after a question."""
        period = self.period()
        question = self.tr(
            "Mark {period} ({start} to {end}) as submitted? Its records will be locked: "
            "nothing dated in it can be changed until the period is reopened."
        ).format(
            period=period.id,
            start=period.start.strftime("%d/%m/%Y"),
            end=period.end.strftime("%d/%m/%Y"),
        )
        if not dialogs.confirm(self, self.tr("Mark as submitted"), question):
            return
        try:
            submissions.submit(
                self._workspace,
                period.id,
                period.convention,
                submissions.current_user(self._workspace),
                self._now(),
            )
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh_status()

    def reopen(self) -> None:
        """Unlock the chosen period; asks why, and keeps the answer in the history."""
        period = self.period()
        reason, accepted = dialogs.ask_text(
            self,
            self.tr("Reopen period"),
            self.tr("Why is {period} reopened? The reason is kept in the period's history.").format(
                period=period.id
            ),
        )
        if not accepted:
            return
        try:
            submissions.reopen(
                self._workspace,
                period.id,
                period.convention,
                reason,
                submissions.current_user(self._workspace),
                self._now(),
            )
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh_status()
