"""Number fields that may be left empty ("not known")."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget


class OptionalCountSpin(QSpinBox):
    """A whole-number field whose empty state means "not known" (``None``).

    Deleting the text empties the field (it does not snap back to the old value).
    """

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(" ")
        self.setValue(-1)
        self.setGroupSeparatorShown(True)

    def validate(self, text: str, pos: int) -> Any:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        return -1 if not text.strip() else super().valueFromText(text)

    def count(self) -> int | None:
        """The value, or ``None`` when left empty."""
        return None if self.value() < 0 else self.value()

    def set_count(self, value: int | None) -> None:
        """Show ``value``; ``None`` shows an empty field."""
        self.setValue(-1 if value is None else int(value))


class OptionalAreaSpin(QDoubleSpinBox):
    """An area in m² with one decimal; empty means "not known"."""

    def __init__(self, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(-1, maximum)
        self.setSpecialValueText(" ")
        self.setValue(-1)
        self.setGroupSeparatorShown(True)

    def validate(self, text: str, pos: int) -> Any:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        return -1.0 if not text.strip() else super().valueFromText(text)

    def area(self) -> float | None:
        """The value, or ``None`` when left empty."""
        return None if self.value() < 0 else self.value()

    def set_area(self, value: float | None) -> None:
        """Show ``value``; ``None`` shows an empty field."""
        self.setValue(-1 if value is None else float(value))
