"""Import logs from CSV or XLSX files: choose, check, see every problem, import all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.import_layouts import layout_by_key
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError
from desktop_app.i18n import render
from desktop_app.services.importing import importing
from desktop_app.services.importing.import_files import RawRow
from desktop_app.services.importing.importing import (
    FileCheck,
    ImportPreview,
    ImportRefused,
    ImportSummary,
    Problem,
)
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.operations import Operation
from desktop_app.ui.table_model import Column, RowTableModel
from desktop_app.ui.worker import IsCancelled, Progress

T = TypeVar("T")


def _layout_name(check: FileCheck) -> str:
    if check.layout is None:
        return "\u2014"
    return QCoreApplication.translate("Import", check.layout.label)


FILE_COLUMNS: tuple[Column[FileCheck], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda f: f.path.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind of data"), _layout_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Rows"), lambda f: str(f.row_count), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Problems"), lambda f: str(f.problem_count), numeric=True),
)
PROBLEM_COLUMNS: tuple[Column[Problem], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda p: Path(p.file).name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Row"),
        lambda p: "" if p.row is None else str(p.row),
        sort_key=lambda p: p.row or 0,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Column"), lambda p: p.column or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Problem"), lambda p: render(p.message)),
)


def preview_columns(header: Sequence[str]) -> tuple[Column[RawRow], ...]:
    """The row number, then the file's own columns under the file's own names."""
    row: Column[RawRow] = Column(
        QT_TRANSLATE_NOOP("Columns", "Row"), lambda r: str(r.number), numeric=True
    )
    cells = tuple(
        Column(
            name,
            lambda r, i=index: r.cells[i] if i < len(r.cells) else "",
            context="ImportFile",
        )
        for index, name in enumerate(header)
    )
    return (row, *cells)


def _table(model: RowTableModel, stretch_last: bool = False) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    return table


class ImportDialog(QDialog):
    """Choose files, check them, and import them whole; emits :attr:`imported` after writing.

    :attr:`work_done` is emitted whenever a check or an import ends (done,
    refused, failed or cancelled).
    """

    imported = Signal()
    work_done = Signal()

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self._paths: list[str] = []
        self._operation: Operation[ImportPreview] | Operation[ImportSummary] | None = None
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import from files"))
        self._build()
        self._set_busy(False)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.choose_button = QPushButton(self.tr("&Choose files\u2026"))
        self.recheck_button = QPushButton(self.tr("Check &again"))
        self.hint = QLabel(
            self.tr(
                "Choose CSV (UTF-8) or Excel (.xlsx) files. The header row tells the kind of "
                "data: visits, activities, clubs, club sessions, digital services or museum. "
                "Every row is checked first; the files are imported whole or not at all."
            )
        )
        self.hint.setWordWrap(True)
        self.files_model: RowTableModel[FileCheck] = RowTableModel(FILE_COLUMNS, self)
        self.files_table = _table(self.files_model)
        self.rows_model: RowTableModel[RawRow] = RowTableModel(preview_columns([]), self)
        self.rows_table = _table(self.rows_model)
        self.problems_model: RowTableModel[Problem] = RowTableModel(PROBLEM_COLUMNS, self)
        self.problems_table = _table(self.problems_model, stretch_last=True)
        self.rows_caption = QLabel(self.tr("First rows of the selected file"))
        self.problems_caption = QLabel(self.tr("Problems"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.close_button = QPushButton(self.tr("Close"))

        self.choose_button.clicked.connect(self.choose_files)
        self.recheck_button.clicked.connect(self.check_again)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.files_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_rows(current.row())
        )

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.recheck_button)
        top.addStretch(1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.rows_caption)
        middle_layout.addWidget(self.rows_table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.problems_caption)
        bottom_layout.addWidget(self.problems_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for part in (self.files_table, middle, bottom):
            splitter.addWidget(part)
        work = QHBoxLayout()
        work.addWidget(self.progress, 1)
        work.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(work)
        layout.addLayout(buttons)
        self.resize(900, 640)

    # -- state ----------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Whether a check or an import is running."""
        return self._operation is not None and self._operation.running

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.choose_button.setEnabled(not busy)
        self.recheck_button.setEnabled(not busy and bool(self._paths))
        ready = not busy and self.preview is not None and self.preview.ok
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)

    def _start(self, apply: bool) -> None:
        """Check (or import) the chosen files off the GUI thread, on a connection of its own."""
        db_path, paths, today = self._workspace.path, list(self._paths), self._today()
        self._set_busy(True)
        if apply:

            def run_import(progress: Progress, is_cancelled: IsCancelled) -> ImportSummary:
                with _opened(db_path) as workspace:
                    return importing.apply(
                        workspace, paths, today=today, progress=progress, is_cancelled=is_cancelled
                    )

            self._operation = self._operation_for(
                run_import, self._imported, self._import_cancelled, self.tr("Importing\u2026")
            )
        else:

            def run_check(progress: Progress, is_cancelled: IsCancelled) -> ImportPreview:
                with _opened(db_path) as workspace:
                    return importing.preview(
                        workspace, paths, today=today, progress=progress, is_cancelled=is_cancelled
                    )

            self._operation = self._operation_for(
                run_check, self._checked, self._check_cancelled, self.tr("Checking\u2026")
            )
        self._operation.start()

    def _operation_for(
        self,
        job: Callable[[Progress, IsCancelled], T],
        success: Callable[[T], object],
        cancelled: Callable[[], object],
        text: str,
    ) -> Operation[T]:
        return Operation(
            self,
            job,
            success,
            failure=self._failed,
            cancelled=cancelled,
            ended=self._ended,
            stops=(importing.ImportCancelled,),
            bar=self.progress,
            cancel_button=self.cancel_button,
            label=self.status,
            text=text,
        )

    # -- actions --------------------------------------------------------------------------
    def choose_files(self) -> None:
        """Ask for files, then check them."""
        paths = dialogs.open_files(
            self,
            self.tr("Choose files to import"),
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if paths:
            self._paths = list(paths)
            self.check_again()

    def check_again(self) -> None:
        """Read and check the chosen files again (after fixing them in Excel)."""
        if self._paths and not self.is_busy():
            self.preview = None
            self._start(apply=False)

    def start_import(self) -> None:
        """Import the checked files in one transaction, off the GUI thread."""
        if self.preview is not None and self.preview.ok and not self.is_busy():
            self._start(apply=True)

    def cancel_work(self) -> None:
        """Stop the running check or import; an import then writes nothing."""
        if self._operation is not None:
            self._operation.cancel()

    # -- results --------------------------------------------------------------------------
    def _imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        self._set_busy(False)
        self.imported.emit()
        dialogs.inform(self, self.tr("Import"), self._summary_text(summary))
        self.accept()

    def _checked(self, preview: ImportPreview) -> None:
        self._show_preview(preview)

    def _failed(self, exc: UserError) -> None:
        if isinstance(exc, ImportRefused):  # the files changed since they were checked
            self._show_preview(ImportPreview(self.files_model.rows()), exc.problems, exc.count)
        else:
            self.preview = None
            self.status.setText("")
            dialogs.show_error(self, exc)

    def _import_cancelled(self) -> None:
        self.status.setText(self.tr("The import was cancelled; nothing was written."))
        dialogs.inform(self, self.tr("Import"), self.status.text())

    def _check_cancelled(self) -> None:
        self.preview = None
        self.files_model.set_rows([])
        self.rows_model.set_rows([])
        self.problems_model.set_rows([])
        self.status.setText(self.tr("The check was cancelled."))

    def _ended(self) -> None:
        """After every outcome (also a bug, which the crash handler reports next)."""
        self._operation = None
        self._set_busy(False)
        self.work_done.emit()

    def _show_preview(
        self,
        preview: ImportPreview,
        problems: Sequence[Problem] | None = None,
        count: int | None = None,
    ) -> None:
        self.preview = preview if problems is None else None
        self.files_model.set_rows(preview.files)
        if problems is None:
            problems, count = preview.problems, preview.problem_count
        problems = list(problems)
        self.problems_model.set_rows(problems)  # the first ones of each file, if very many
        self.problems_caption.setText(
            self.tr("Problems: {count}").format(count=len(problems) if count is None else count)
        )
        if preview.files:
            self.files_table.selectRow(0)
            self._show_rows(0)
        if problems:
            self.status.setText(
                self.tr(
                    "Nothing can be imported until every problem is fixed. Correct the files, "
                    "save them, then press \u201cCheck again\u201d."
                )
            )
        else:
            rows = sum(f.row_count for f in preview.files)
            self.status.setText(
                self.tr("{rows} rows in {files} file(s) are ready to import.").format(
                    rows=rows, files=len(preview.files)
                )
            )

    def _show_rows(self, index: int) -> None:
        files = self.files_model.rows()
        check = files[index] if 0 <= index < len(files) else None
        old = self.rows_model
        self.rows_model = RowTableModel(preview_columns(check.header if check else []), self)
        self.rows_model.set_rows(check.preview if check else [])
        self.rows_table.setModel(self.rows_model)
        old.deleteLater()

    def _summary_text(self, summary: ImportSummary) -> str:
        counts = ", ".join(
            f"{QCoreApplication.translate('Import', layout_by_key(key).label)} {count}"
            for key, count in summary.counts.items()
        )
        return self.tr("Imported {files} file(s): {counts}.").format(
            files=summary.files, counts=counts
        )

    # -- closing --------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing while work runs cancels it first (an import then writes nothing)."""
        operation, self._operation = self._operation, None
        if operation is not None:
            operation.stop()
            self._set_busy(False)
        super().done(result)


@contextmanager
def _opened(db_path: Path) -> Iterator[Workspace]:
    """The database opened again in the worker thread (a connection belongs to one thread)."""
    workspace = Workspace.open(db_path, create=False)
    try:
        yield workspace
    finally:
        workspace.close()
