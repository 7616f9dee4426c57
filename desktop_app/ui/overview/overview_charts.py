"""The overview's two month-by-month charts (Qt Charts), each with "Save as picture".

Readable on a 1366×768 screen: month labels T1…T12, the legend under the plot,
no animation. A chart is saved as a PNG of what the screen shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui import dialogs, theme

if TYPE_CHECKING:
    from desktop_app.services.reporting.monthly import MonthFigures, MonthlySeries

THIS_YEAR = theme.THIS_YEAR
LAST_YEAR = theme.LAST_YEAR
SESSIONS = theme.SESSIONS


def month_labels(months: tuple[MonthFigures, ...]) -> list[str]:
    """T1, T2… (M1, M2… in English) for the months of the series."""
    short = QCoreApplication.translate("OverviewCharts", "M{month}", "a month on the axis: M1")
    return [short.format(month=m.month) for m in months]


def _axis_top(values: list[int | None]) -> int:
    """A round top for the value axis (at least 5)."""
    top = max([v for v in values if v is not None] or [0])
    if top <= 5:
        return 5
    step = 10 ** (len(str(top)) - 1)
    return ((top + step - 1) // step) * step


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSize(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def _axes(
    chart: QChart, labels: list[str], top: int, title: str
) -> tuple[QBarCategoryAxis, QValueAxis]:
    months = QBarCategoryAxis()
    months.append(labels)
    counts = QValueAxis()
    counts.setRange(0, top)
    counts.setLabelFormat("%d")
    counts.setTickCount(6)
    counts.setTitleText(title)
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    return months, counts


def _bar_set(name: str, values: list[int | None], colour: QColor) -> QBarSet:
    bars = QBarSet(name)
    bars.setColor(colour)
    bars.setBorderColor(colour)
    for value in values:
        bars.append(float(value or 0))
    return bars


def visits_chart(series: MonthlySeries, title: str, this_name: str, last_name: str) -> QChart:
    """Visits by month: this year as bars, last year as a line (only where it has figures)."""
    chart = _new_chart(title)
    now = [m.visits for m in series.this_year]
    before = [m.visits for m in series.last_year]
    bars = QBarSeries()
    bars.append(_bar_set(this_name, now, THIS_YEAR))
    chart.addSeries(bars)
    line = QLineSeries()
    line.setName(last_name)
    pen = QPen(LAST_YEAR)
    pen.setWidth(3)
    line.setPen(pen)
    line.setPointsVisible(True)
    for index, value in enumerate(before):
        if value is not None:
            line.append(index, value)
    chart.addSeries(line)
    months, counts = _axes(chart, month_labels(series.this_year), _axis_top(now + before), "")
    bars.attachAxis(months)
    bars.attachAxis(counts)
    line.attachAxis(months)
    line.attachAxis(counts)
    return chart


def activities_chart(
    series: MonthlySeries, title: str, activities_name: str, sessions_name: str
) -> QChart:
    """Activities and club sessions by month, bars side by side."""
    chart = _new_chart(title)
    activities = [m.activities for m in series.this_year]
    sessions = [m.sessions for m in series.this_year]
    bars = QBarSeries()
    bars.append(_bar_set(activities_name, activities, THIS_YEAR))
    bars.append(_bar_set(sessions_name, sessions, SESSIONS))
    chart.addSeries(bars)
    months, counts = _axes(
        chart, month_labels(series.this_year), _axis_top(activities + sessions), ""
    )
    bars.attachAxis(months)
    bars.attachAxis(counts)
    return chart


class ChartBox(QWidget):
    """A chart, its caption and a button that saves it as a PNG."""

    saved = Signal(Path)

    def __init__(self, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_stem = file_stem
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(200)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(theme.text_style(theme.MUTED))
        self.save_button = QPushButton(self.tr("Save as picture…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_png)
        footer = QHBoxLayout()
        footer.addWidget(self.caption, 1)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

    def show_chart(self, chart: QChart, caption: str) -> None:
        """Replace the chart shown (the old one is deleted with the view's scene)."""
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.caption.setText(caption)
        self.save_button.setEnabled(True)

    def save_png(self) -> Path | None:
        """Ask where, then write the chart as the screen shows it; the path, or None."""
        suggested = dialogs.documents_folder() / f"{self.file_stem}.png"
        chosen = dialogs.save_file(
            self, self.tr("Save the chart"), str(suggested), self.tr("PNG picture (*.png)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        if not self.view.grab().save(str(path), "PNG"):
            dialogs.warn(
                self,
                self.tr("Save the chart"),
                self.tr(
                    "The picture could not be written to {path}. Choose another folder."
                ).format(path=path),
            )
            return None
        self.saved.emit(path)
        return path
