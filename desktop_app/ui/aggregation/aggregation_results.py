"""What a check found, before anything is written: every file's fate, every commune's status."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.services.aggregation.aggregation import Aggregation
from desktop_app.ui.aggregation.aggregation_labels import (
    RECEIVED,
    TO_CALL,
    communes_model,
    files_model,
    summary_text,
)
from desktop_app.ui.table_model import ROW_ROLE
from desktop_app.ui.widgets.problem_label import ProblemLabel
from desktop_app.ui.widgets.record_table import record_table


class StatusFilter(QSortFilterProxyModel):
    """Keeps the rows whose ``status`` is one of the chosen ones (all when none are chosen)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: tuple[str, ...] = ()

    def set_statuses(self, statuses: tuple[str, ...]) -> None:
        """Show only rows of ``statuses``; every row when empty."""
        self._statuses = statuses
        self.invalidate()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._statuses:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return getattr(row, "status", None) in self._statuses


class ResultsPanel(QWidget):
    """The summary line, then a tab of files and a tab of the province's communes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-weight: 600")
        self.summary.setWordWrap(True)
        self.problem = ProblemLabel()

        self.files_model = files_model(self)
        self.files_proxy = QSortFilterProxyModel(self)
        self.files_table = record_table(self.files_model, self.files_proxy, stretch_last=True)
        self.communes_model = communes_model(self)
        self.communes_proxy = StatusFilter(self)
        self.communes_table = record_table(
            self.communes_model, self.communes_proxy, stretch_last=True
        )
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("All communes"), ())
        self.show_filter.addItem(self.tr("To call: missing or rejected"), TO_CALL)
        self.show_filter.addItem(self.tr("Received"), RECEIVED)
        self.shown_count = QLabel()
        show_caption = QLabel(self.tr("&Show"))
        show_caption.setBuddy(self.show_filter)
        communes_tab = QWidget()
        communes_layout = QVBoxLayout(communes_tab)
        communes_layout.setContentsMargins(4, 6, 4, 4)
        filter_row = QHBoxLayout()
        filter_row.addWidget(show_caption)
        filter_row.addWidget(self.show_filter)
        filter_row.addWidget(self.shown_count, 1)
        communes_layout.addLayout(filter_row)
        communes_layout.addWidget(self.communes_table, 1)
        self.tabs = QTabWidget()
        # Room above capitals for Vietnamese stacked accents, which tabs clip.
        self.tabs.setStyleSheet("QTabBar::tab { padding: 7px 12px 5px 12px; }")
        self.tabs.addTab(self.files_table, "")
        self.tabs.addTab(communes_tab, "")
        self._name_tabs()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        self.problem.hide()
        self.show_filter.currentIndexChanged.connect(lambda _index: self._filter_communes())

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab stops on, in order."""
        return [self.tabs, self.files_table, self.show_filter, self.communes_table]

    def is_empty(self) -> bool:
        """Whether no result is shown."""
        return not self.files_model.rowCount() and not self.summary.text()

    def show_result(self, result: Aggregation) -> None:
        """Show every file and commune, the summary, and whether anything can be written."""
        self.files_model.set_rows(result.files)
        self.communes_model.set_rows(result.communes)
        self._name_tabs()
        self._filter_communes()
        self.summary.setText(summary_text(result))
        if not result.files:
            self._set_problem(self.tr("No spreadsheet was found in the chosen files and folders."))
        elif not result.usable:
            self._set_problem(
                self.tr(
                    "Nothing usable was found: no file can be counted for {period} in "
                    "{province}, so there is nothing to write. The reason for each file is in "
                    "the table."
                ).format(period=result.period.id, province=result.province_name or "?")
            )
        else:
            self._set_problem("")
        self.tabs.setCurrentIndex(0)

    def clear(self) -> None:
        """Show nothing."""
        self.files_model.set_rows([])
        self.communes_model.set_rows([])
        self.summary.clear()
        self._set_problem("")
        self._name_tabs()
        self._filter_communes()

    def _set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _name_tabs(self) -> None:
        files = self.files_model.rowCount()
        communes = self.communes_model.rowCount()
        self.tabs.setTabText(0, self.tr("F&iles ({count})").format(count=files))
        self.tabs.setTabText(1, self.tr("Co&mmunes ({count})").format(count=communes))

    def _filter_communes(self) -> None:
        self.communes_proxy.set_statuses(tuple(self.show_filter.currentData() or ()))
        total = self.communes_model.rowCount()
        self.shown_count.setText(
            self.tr("{shown} of {total} shown").format(
                shown=self.communes_proxy.rowCount(), total=total
            )
            if total
            else ""
        )
