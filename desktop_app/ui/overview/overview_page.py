"""The overview screen: is the commune on track this year? (the first screen)

The figures are worked out in a worker thread on a read-only connection of its
own, so the window opens at once and stays responsive; the screen says
"Working out…" until they arrive, and works them out again after any change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.messages import UserError
from desktop_app.i18n import render_error
from desktop_app.services.changes import EVERYTHING, ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui import theme
from desktop_app.ui.backup_status import backup_status
from desktop_app.ui.operations import Operation
from desktop_app.ui.overview import overview_labels as words
from desktop_app.ui.overview.overview_charts import ChartBox, activities_chart, visits_chart
from desktop_app.ui.table_model import RowTableModel

if TYPE_CHECKING:
    from desktop_app.services.reporting.overview import LoggingGap, Overview


class Tile(QFrame):
    """A boxed figure: a caption, a big headline and a coloured line under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tile")
        self.setStyleSheet(theme.tile_style("tile"))
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(theme.text_style(theme.MUTED))
        self.head = QLabel("…")
        self.head.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        for label in (self.caption, self.head, self.detail):
            layout.addWidget(label)

    def set(self, head: str, detail: str, colour: str) -> None:
        """Show a figure and its coloured line."""
        self.head.setText(head)
        self.detail.setText(detail)
        self.detail.setStyleSheet(theme.text_style(colour, weight=600))


class OverviewPage(QWidget):
    """Where the commune stands against this year's targets, at a glance."""

    updated = Signal()  # the figures shown are fresh
    # The visits screen, opened on a service point's month: facility id, year, month.
    visits_requested = Signal(int, int, int)

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = EVERYTHING - {ChangeKind.PERIOD_TEXTS}

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self._operation: Operation[Overview | None] | None = None
        self._again = False
        self._stopped = False  # the window is closing: read nothing more
        self.overview: Overview | None = None
        self._build()
        self._show_backup()
        # Start working once the window is up: opening it is not held up by the figures.
        QTimer.singleShot(0, self, self.reload)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.headline = QLabel(self.tr("Working out the figures…"))
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 14pt; font-weight: 700")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.refresh_button)

        self.targets_tile = Tile(self.tr("Targets of the plan"))
        self.visits_tile = Tile(self.tr("Visits this year so far"))
        self.deadline_tile = Tile(self.tr("Next report"))
        self.backup_tile = Tile(self.tr("Backup"))
        tiles = QHBoxLayout()
        for tile in (self.targets_tile, self.visits_tile, self.deadline_tile, self.backup_tile):
            tiles.addWidget(tile, 1)

        self.visits_chart = ChartBox("bieu-do-luot-den")
        self.activities_chart = ChartBox("bieu-do-hoat-dong")
        charts = QHBoxLayout()
        charts.addWidget(self.visits_chart, 1)
        charts.addWidget(self.activities_chart, 1)

        self.targets_box = QGroupBox(self.tr("This year's targets"))
        self.targets_grid = QGridLayout()
        self.targets_grid.setColumnStretch(0, 1)
        self.targets_grid.setVerticalSpacing(4)
        targets = QVBoxLayout(self.targets_box)
        targets.addLayout(self.targets_grid)
        targets.addStretch(1)
        self.gaps_box = QGroupBox(self.tr("Days not typed"))
        self.gaps_caption = QLabel()
        self.gaps_caption.setWordWrap(True)
        self.gaps_model: RowTableModel[LoggingGap] = RowTableModel(words.GAP_COLUMNS, self)
        self.gaps_table = QTableView()
        self.gaps_table.setModel(self.gaps_model)
        self.gaps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gaps_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gaps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gaps_table.verticalHeader().hide()
        self.gaps_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.gaps_table.activated.connect(lambda index: self.open_gap(index.row()))
        gaps = QVBoxLayout(self.gaps_box)
        gaps.addWidget(self.gaps_caption)
        gaps.addWidget(self.gaps_table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.targets_box, 1)
        bottom.addWidget(self.gaps_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(charts, 3)
        layout.addLayout(bottom, 2)

    def initial_focus(self) -> QWidget:
        """Where the cursor goes when the screen is opened: the days not typed."""
        return self.gaps_table

    # -- working out -------------------------------------------------------------------
    def reload(self) -> None:
        """Work the figures out again (in a worker thread); :attr:`updated` when shown."""
        if self._stopped:
            return
        self._show_backup()
        if self._operation is not None:
            self._again = True  # the running one may have read before the change
            return
        path, today = self._workspace.path, self._today()

        def job(_progress: object, is_cancelled: Callable[[], bool]) -> Overview | None:
            # The figures' code loads here, in the worker, not while the window opens.
            from desktop_app.services.reporting import overview
            from desktop_app.services.reporting.monthly import MonthlyCancelled

            try:
                with overview.reading(path) as workspace:
                    return overview.build_overview(workspace, today, is_cancelled)
            except MonthlyCancelled:
                return None  # the window is closing

        self._operation = Operation(self, job, self._show, failure=self._failed, ended=self._ended)
        self.refresh_button.setEnabled(False)
        self._operation.start()

    def is_busy(self) -> bool:
        """Whether the figures are being worked out."""
        return self._operation is not None and self._operation.running

    def _ended(self) -> None:
        self._operation = None
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.reload()

    def stop_work(self) -> None:
        """Wait for the figures being worked out and start no more (the window is closing)."""
        self._stopped = True
        self._again = False
        operation, self._operation = self._operation, None
        if operation is not None:
            operation.stop()

    def _failed(self, exc: UserError) -> None:
        self.headline.setText(render_error(exc))
        self.headline.setStyleSheet(theme.text_style(words.RED, size_pt=12))

    # -- showing -----------------------------------------------------------------------
    def _show(self, overview: Overview | None) -> None:
        if overview is None:  # stopped on the way
            return
        self.overview = overview
        text, colour = words.verdict(overview)
        self.headline.setText(text)
        self.headline.setStyleSheet(theme.text_style(colour, weight=700, size_pt=14))
        self.targets_tile.set(
            f"{overview.targets_met}/{len(overview.targets)}",
            self.tr("met on the figures up to {day}").format(day=format_date(overview.today)),
            colour,
        )
        self.visits_tile.set(*words.visits_tile(overview))
        self.deadline_tile.set(*words.deadline_text(overview.deadline))
        self._show_charts(overview)
        self._show_targets(overview)
        self.gaps_model.set_rows(overview.gaps)
        self.gaps_table.resizeColumnsToContents()
        self.gaps_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.gaps_caption.setText(
            words.gap_window_text(
                *overview.gap_window, count=len(overview.gaps), points=overview.logging_points
            )
        )
        self.gaps_table.setVisible(bool(overview.gaps))
        self.updated.emit()

    def _show_backup(self) -> None:
        now = datetime.combine(self._today(), datetime.now().time()).astimezone()
        text, warning = backup_status(self._workspace, now)
        head = self.tr("Needs a copy") if warning else self.tr("Up to date")
        self.backup_tile.set(head, text, words.RED if warning else words.GREEN)

    def _show_charts(self, overview: Overview) -> None:
        year = overview.year
        self.visits_chart.show_chart(
            visits_chart(
                overview.months,
                self.tr("Visits by month, {year} against {before}").format(
                    year=year, before=year - 1
                ),
                str(year),
                str(year - 1),
            ),
            self.tr(
                "Library readers and people coming to culture houses (TV04 + VH09). "
                "{year}: {now}; {before}: {then}."
            ).format(
                year=year,
                now=words.number(overview.months.total("visits")),
                before=year - 1,
                then=words.number(overview.months.total("visits", last_year=True)),
            ),
        )
        self.activities_chart.show_chart(
            activities_chart(
                overview.months,
                self.tr("Activities and club sessions by month, {year}").format(year=year),
                self.tr("Activities"),
                self.tr("Club sessions"),
            ),
            self.tr(
                "Activities: {activities} (TV08 + VH07). Club sessions: {sessions} (VH05)."
            ).format(
                activities=words.number(overview.months.total("activities")),
                sessions=words.number(overview.months.total("sessions")),
            ),
        )

    def _show_targets(self, overview: Overview) -> None:
        grid = self.targets_grid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not overview.targets:
            grid.addWidget(QLabel(self.tr("The plan sets no targets for this year.")), 0, 0)
            return
        self.target_rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        for row, check in enumerate(overview.targets):
            name = QLabel(check.target.label)
            name.setWordWrap(True)
            name.setToolTip(words.target_basis(check))
            wanted = QLabel(words.target_wanted(check))
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(words.target_progress(check))
            bar.setFormat(words.target_value(check))
            bar.setMaximumWidth(140)
            state, colour = words.target_state(check)
            verdict = QLabel(state)
            verdict.setStyleSheet(theme.text_style(colour, weight=700))
            grid.addWidget(name, row, 0)
            grid.addWidget(wanted, row, 1)
            grid.addWidget(bar, row, 2)
            grid.addWidget(verdict, row, 3)
            self.target_rows.append((name, bar, verdict))

    def open_gap(self, row: int) -> None:
        """Open the visits screen on the first day not typed of the service point at ``row``."""
        gap = self.gaps_model.row_at(row)
        first = gap.days[0]
        self.visits_requested.emit(gap.facility_id, first.year, first.month)
