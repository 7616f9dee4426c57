"""A date field typed the way paper log books write dates: dd/mm/yyyy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.domain.dates import format_date, parse_date


class DateLineEdit(QLineEdit):
    """A line edit holding an optional date; empty means "no date".

    Accepts dd/mm/yyyy, d/m/yyyy, dd.mm.yyyy and yyyy-mm-dd; :meth:`date_value`
    raises ``UserError`` for anything else (31/02/2026, letters).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DateLineEdit", "dd/mm/yyyy"))
        self.setMaxLength(10)
        self.editingFinished.connect(self._tidy)

    def date_value(self, field_name: str | None = None) -> date | None:
        """The typed date, ``None`` when empty. Raises ``UserError`` when not a date."""
        return parse_date(self.text(), field_name)

    def set_date(self, value: date | None) -> None:
        """Show ``value`` as dd/mm/yyyy (empty for ``None``)."""
        self.setText(format_date(value))

    def _tidy(self) -> None:
        try:
            value = self.date_value()
        except Exception:  # leave a bad text as typed; the form reports it on save
            return
        self.set_date(value)
