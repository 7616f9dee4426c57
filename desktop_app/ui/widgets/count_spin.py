"""Number fields that may be left empty ("not known")."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget


class OptionalCountSpin(QSpinBox):
    """A whole-number field whose empty state means "not known" (``None``)."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(" ")
        self.setValue(-1)
        self.setGroupSeparatorShown(True)

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

    def area(self) -> float | None:
        """The value, or ``None`` when left empty."""
        return None if self.value() < 0 else self.value()

    def set_area(self, value: float | None) -> None:
        """Show ``value``; ``None`` shows an empty field."""
        self.setValue(-1 if value is None else float(value))
