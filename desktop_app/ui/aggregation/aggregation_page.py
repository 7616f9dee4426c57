"""The aggregation screen: commune workbooks in, a checked consolidated workbook out (§7).

The officer adds (or drops) the files and folders received, chooses the
period, template and province, and checks them off the GUI thread. Before
anything is written the screen lists every file with its fate and every
commune of the province with its status, so the officer knows whom to call;
then the consolidated workbook is written where they choose.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.messages import UserError
from desktop_app.services import setup
from desktop_app.services.aggregation import aggregation
from desktop_app.services.aggregation.aggregation import Aggregation
from desktop_app.services.changes import ChangeKind
from desktop_app.services.plans import template_plans
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.aggregation.aggregation_choices import AggregationChoices
from desktop_app.ui.aggregation.aggregation_inputs import InputsPanel
from desktop_app.ui.aggregation.aggregation_results import ResultsPanel
from desktop_app.ui.operations import Operation
from desktop_app.ui.worker import IsCancelled, Progress

T = TypeVar("T")


class AggregationPage(QWidget):
    """Checks the workbooks received and writes the consolidated one.

    Nothing is stored in the database. :attr:`work_done` is emitted when a
    check or a write ends (done, failed or cancelled).
    """

    work_done = Signal()

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = frozenset({ChangeKind.SETTINGS, ChangeKind.TEMPLATES})

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self._operation: Operation[Aggregation] | Operation[Path] | None = None
        self._save_folder: Path | None = None
        self._unit_key: tuple[str, str] | None = None
        self.aggregation: Aggregation | None = None
        self.written_path: Path | None = None
        self._build()
        self.setAcceptDrops(True)
        self.reload()
        self._set_busy(False)

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Aggregation"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600")
        hint = QLabel(
            self.tr(
                "Add the workbooks the communes sent (files, whole folders, or drop them here), "
                "choose the period, then check them. Nothing is written until you save the "
                "consolidated workbook."
            )
        )
        hint.setWordWrap(True)
        self.inputs = InputsPanel()
        self.choices = AggregationChoices(self._today())

        self.check_button = QPushButton(self.tr("&Check files"))
        self.check_button.setToolTip(self.tr("Ctrl+Enter"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Escape"))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.results = ResultsPanel()

        self.write_button = QPushButton(self.tr("&Write consolidated workbook\u2026"))
        self.write_button.setToolTip(self.tr("Ctrl+S"))
        self.open_button = QPushButton(self.tr("&Open output folder"))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        run_row = QHBoxLayout()
        run_row.addWidget(self.check_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.status, 1)
        write_row = QHBoxLayout()
        write_row.addWidget(self.write_button)
        write_row.addWidget(self.open_button)
        write_row.addWidget(self.saved_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.inputs)
        layout.addWidget(self.choices)
        layout.addLayout(run_row)
        layout.addWidget(self.results, 1)
        layout.addLayout(write_row)

        chain = [
            self.inputs.list,
            self.inputs.add_files_button,
            self.inputs.add_folder_button,
            self.inputs.remove_button,
            self.inputs.clear_button,
            self.choices.period_picker.kind,
            self.choices.period_picker.year,
            self.choices.period_picker.number,
            self.choices.province,
            self.choices.convention,
            self.choices.template,
            self.check_button,
            self.cancel_button,
            *self.results.focus_chain(),
            self.write_button,
            self.open_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.inputs.changed.connect(self._inputs_changed)
        self.choices.changed.connect(self._clear_results)
        self.check_button.clicked.connect(self.check)
        self.write_button.clicked.connect(self.write)
        self.open_button.clicked.connect(self.open_output_folder)
        for keys, action in (
            (QKeySequence.StandardKey.Open, self.inputs.add_files),
            (QKeySequence("Ctrl+Return"), self.check),
            (QKeySequence("Ctrl+Enter"), self.check),
            (QKeySequence.StandardKey.Save, self.write),
            (QKeySequence(Qt.Key.Key_Escape), self.cancel_work),
        ):
            shortcut = QShortcut(keys, self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def initial_focus(self) -> QWidget:
        """Where the cursor goes when the screen is opened from the keyboard."""
        return self.inputs.add_files_button

    # -- reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Follow the unit's template and province (at the office: its province and the
        template it issued last), unless the officer chose others here."""
        if self.is_busy():
            return
        key = self._own_choice()
        current = (self.choices.template_id() or "", self.choices.province_code() or "")
        if self._unit_key is None or current == self._unit_key:
            self.choices.follow(*key)
        self._unit_key = key

    def _own_choice(self) -> tuple[str, str]:
        """(template id, province code) of this database: a commune's, or the office's."""
        unit = self._workspace.unit()
        if unit is not None:
            return unit.template_id, unit.province_code
        if setup.database_role(self._workspace) != setup.OFFICE:
            return "", ""
        issued = template_plans.office_template(self._workspace)  # none yet: the national one
        template_id = issued.id if issued else setup.DEFAULT_TEMPLATE
        return template_id, setup.office_province(self._workspace)

    # -- state ------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Whether a check or a write runs."""
        return self._operation is not None and self._operation.running

    def _set_busy(self, busy: bool, *, cancellable: bool = True) -> None:
        self.inputs.set_locked(busy)
        self.choices.setEnabled(not busy)
        self.check_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy and cancellable)
        usable = self.aggregation is not None and self.aggregation.usable
        self.write_button.setEnabled(not busy and usable)
        self.open_button.setEnabled(not busy and self.written_path is not None)

    def _inputs_changed(self) -> None:
        self.status.clear()
        self._clear_results()

    def _clear_results(self) -> None:
        """The choices changed: what is shown no longer answers them."""
        if self.aggregation is None and self.results.is_empty():
            return
        self.aggregation = None
        self.results.clear()
        self._set_busy(self.is_busy())

    # -- the work ---------------------------------------------------------------------------------
    def _operation_for(
        self,
        job: Callable[[Progress, IsCancelled], T],
        success: Callable[[T], object],
        text: str,
        *,
        writes: bool,
    ) -> Operation[T]:
        """The check (cancellable) or the write (written whole: not cancelled) of this screen."""
        focus = self.write_button if writes else self.check_button
        return Operation(
            self,
            job,
            success,
            failure=lambda exc: self._failed(exc, focus),
            cancelled=self._cancelled,
            ended=self._ended,
            stops=(aggregation.AggregationCancelled,),
            bar=self.progress,
            cancel_button=self.cancel_button,
            label=self.status,
            text=text,
            cancellable=not writes,
        )

    def check(self) -> None:
        """Read and judge every chosen file, off the GUI thread."""
        if self.is_busy():
            return
        paths = self.inputs.paths()
        if not paths:
            self.status.setText(self.tr("Add files or folders first."))
            return
        template = self.choices.chosen_template()
        if template is None:
            return
        self._clear_results()
        self.written_path = None
        self.saved_label.clear()
        period, province = self.choices.period(), self.choices.province_code()

        def read_and_judge(progress: Progress, is_cancelled: IsCancelled) -> Aggregation:
            return aggregation.aggregate(
                paths, period, template, province, progress=progress, is_cancelled=is_cancelled
            )

        operation = self._operation_for(
            read_and_judge, self._checked, self.tr("Checking\u2026"), writes=False
        )
        self._operation = operation
        self._set_busy(True)
        self.cancel_button.setFocus()  # Escape or Space stops it
        operation.start()

    def cancel_work(self) -> None:
        """Stop the running check before the next file; nothing is kept."""
        if self._operation is not None:
            self._operation.cancel()  # a write is not cancelled: it is written whole

    def write(self) -> None:
        """Ask where to save the consolidated workbook, then write it whole."""
        result = self.aggregation
        if self.is_busy() or result is None or not result.usable:
            return
        from desktop_app.services import output_paths
        from desktop_app.services.aggregation import rollup_export  # openpyxl, on use only

        folder = self._save_folder or dialogs.documents_folder()
        chosen = dialogs.save_file(
            self,
            self.tr("Save the consolidated workbook"),
            str(folder / rollup_export.default_file_name(result)),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        try:  # checked first: never the database, its backups or a file read
            out = output_paths.resolve_output(
                chosen,
                rollup_export.default_file_name(result),
                databases=[self._workspace.path],
                inputs=[outcome.path for outcome in result.files],
            )
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        unit = self._workspace.unit()
        preparer, head = (unit.preparer_name, unit.head_name) if unit else ("", "")

        def write_workbook(progress: Progress, _is_cancelled: IsCancelled) -> Path:
            path = rollup_export.write_rollup(result, out, preparer=preparer, head=head)
            progress(1, 1)
            return path

        operation = self._operation_for(
            write_workbook, self._written, self.tr("Writing\u2026"), writes=True
        )
        self._operation = operation
        self._set_busy(True, cancellable=False)
        operation.start()

    def open_output_folder(self) -> None:
        """Show the folder of the workbook just written."""
        if self.written_path is not None:
            dialogs.open_folder(self.written_path.parent)

    def _checked(self, result: Aggregation) -> None:
        self._show(result)
        self.results.files_table.setFocus()

    def _written(self, path: Path) -> None:
        self.written_path = path
        self._save_folder = path.parent
        self.saved_label.setText(
            self.tr("Saved the consolidated workbook to {path}").format(path=path)
        )
        self.status.clear()
        self._set_busy(False)
        dialogs.inform(self, self.tr("Aggregation"), self.saved_label.text())
        self.open_button.setFocus()

    def _failed(self, exc: UserError, focus: QWidget) -> None:
        self.status.clear()
        self._set_busy(False)
        focus.setFocus()
        dialogs.show_error(self, exc)

    def _cancelled(self) -> None:
        self._clear_results()
        self.status.setText(self.tr("The check was cancelled; nothing was kept."))
        self.check_button.setFocus()

    def _ended(self) -> None:
        """After every outcome (also a bug, which the crash handler reports next)."""
        self._operation = None
        self._set_busy(False)
        self.work_done.emit()

    def _show(self, result: Aggregation) -> None:
        self.aggregation = result
        self.status.clear()
        self.results.show_result(result)

    # -- drag and drop ----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files and folders dragged from the file manager may be dropped anywhere here."""
        if self.inputs.can_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.inputs.can_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped files and folders to the list."""
        if self.inputs.can_drop(event.mimeData()):
            self.inputs.drop(event.mimeData())
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- closing ----------------------------------------------------------------------------------
    def stop_work(self) -> None:
        """Stop a running check (a write is let finish) and wait for the thread to end."""
        operation, self._operation = self._operation, None
        if operation is not None:
            operation.stop()
            self._set_busy(False)
