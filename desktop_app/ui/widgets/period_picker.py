"""Choose a reporting period: kind (year, 6 or 9 months, quarter, month), year and number."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import Period, month_of, parse_period
from desktop_app.ui.preferences import user_preferences

_KINDS = ("N", "S1", "9T", "Q", "M")


class PeriodPicker(QWidget):
    """Emits :attr:`period_changed` with a :class:`Period` whenever the choice changes.

    With ``remember_as``, it opens on the period last chosen under that name (kept in the
    preferences across restarts) instead of this month.
    """

    period_changed = Signal(object)

    def __init__(
        self,
        today: date,
        convention: str = "calendar",
        parent: QWidget | None = None,
        *,
        remember_as: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._convention = convention
        self._remember_as = remember_as
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Year"), "N")
        self.kind.addItem(self.tr("6 months"), "S1")
        self.kind.addItem(self.tr("9 months"), "9T")
        self.kind.addItem(self.tr("Quarter"), "Q")
        self.kind.addItem(self.tr("Month"), "M")
        self.year = QSpinBox()
        self.year.setRange(2000, today.year + 1)
        self.number = QComboBox()
        self.dates = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Period"))
        label.setBuddy(self.kind)
        for widget in (label, self.kind, self.year, self.number, self.dates):
            layout.addWidget(widget)
        layout.addStretch(1)
        year, month = month_of(today, convention)
        self.year.setValue(year)
        self.kind.setCurrentIndex(_KINDS.index("M"))
        self._fill_numbers()
        self.number.setCurrentIndex(month - 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self._emit())
        self.number.currentIndexChanged.connect(lambda _i: self._emit())
        remembered = user_preferences().choice(remember_as) if remember_as else None
        if remembered is not None and _is_period(remembered, today):
            self.blockSignals(True)
            self.set_period(remembered)
            self.blockSignals(False)
        self._update_dates()

    def _fill_numbers(self) -> None:
        kind = self.kind.currentData()
        self.number.blockSignals(True)
        self.number.clear()
        if kind == "Q":
            for quarter in range(1, 5):
                self.number.addItem(self.tr("Quarter {n}").format(n=quarter), f"Q{quarter}")
        elif kind == "M":
            for month in range(1, 13):
                self.number.addItem(self.tr("Month {n}").format(n=month), f"M{month:02d}")
        self.number.blockSignals(False)
        self.number.setVisible(kind in ("Q", "M"))

    def _kind_changed(self) -> None:
        self._fill_numbers()
        self._emit()

    def period_id(self) -> str:
        """The chosen period's id, e.g. ``2026-Q3``."""
        kind = self.kind.currentData()
        part = self.number.currentData() if kind in ("Q", "M") else kind
        return f"{self.year.value()}-{part}"

    def period(self) -> Period:
        """The chosen period with its dates."""
        return parse_period(self.period_id(), self._convention)

    def set_period(self, period_id: str) -> None:
        """Show ``period_id`` (emits :attr:`period_changed` once)."""
        year, part = period_id.split("-")
        self.blockSignals(True)
        kind = part[0] if part[0] in ("Q", "M") else part
        self.kind.setCurrentIndex(_KINDS.index(kind))
        self.year.setValue(int(year))
        if kind in ("Q", "M"):
            self.number.setCurrentIndex(self.number.findData(part))
        self.blockSignals(False)
        self._emit()

    def set_convention(self, convention: str) -> None:
        """Switch between calendar and nd09 dates."""
        self._convention = convention
        self._emit()

    def _update_dates(self) -> None:
        period = self.period()
        self.dates.setText(
            self.tr("from {start} to {end}").format(
                start=period.start.strftime("%d/%m/%Y"), end=period.end.strftime("%d/%m/%Y")
            )
        )

    def _emit(self) -> None:
        self._update_dates()
        if self._remember_as is not None and not self.signalsBlocked():
            user_preferences().set_choice(self._remember_as, self.period_id())
        self.period_changed.emit(self.period())


def _is_period(period_id: str, today: date) -> bool:
    """Whether ``period_id`` is a period this picker can show."""
    try:
        parse_period(period_id, "calendar")
        year, part = period_id.split("-")
    except (ValueError, UserError):
        return False
    kind = part[0] if part[0] in ("Q", "M") else part
    return kind in _KINDS and 2000 <= int(year) <= today.year + 1
