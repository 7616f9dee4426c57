"""Number fields that may be left empty ("not known"), and never shorten what was typed.

A plain spin box drops the keystrokes that would go past its maximum, so 20000
typed into a field whose maximum is 10000 silently becomes 2000. These keep
such text as typed and :meth:`typing_problem` says what is wrong; the form
frame asks every field for it before saving.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget


def _typed_number(widget: QSpinBox | QDoubleSpinBox, text: str) -> float | None:
    """The number ``text`` holds in the widget's locale (group separators allowed), or None."""
    locale = widget.locale()
    plain = text.strip().replace(locale.groupSeparator(), "").replace(" ", "")
    number, ok = QLocale(locale).toDouble(plain)
    return number if ok else None


def _too_big(widget: QSpinBox | QDoubleSpinBox, state: QValidator.State, text: str) -> bool:
    number = _typed_number(widget, text)
    return state == QValidator.State.Invalid and number is not None and number > widget.maximum()


def _hold_enter(widget: QSpinBox | QDoubleSpinBox, event: QKeyEvent) -> bool:
    """Enter over a number that is too big goes to the form (which refuses it), untouched.

    The spin box itself would first "correct" the text to its maximum.
    """
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and _problem(widget):
        event.ignore()
        return True
    return False


def _problem(widget: QSpinBox | QDoubleSpinBox) -> str | None:
    number = _typed_number(widget, widget.lineEdit().text())
    if number is None or number <= widget.maximum():
        return None
    return QCoreApplication.translate(
        "CountSpin", "{value} is more than the highest allowed, {maximum}."
    ).format(
        value=widget.locale().toString(number, "f", 0 if number.is_integer() else 1),
        maximum=widget.locale().toString(float(widget.maximum()), "f", 0),
    )


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
        state, text, pos = super().validate(text, pos)
        if _too_big(self, state, text):
            return QValidator.State.Intermediate, text, pos  # kept as typed, refused on save
        return state, text, pos

    def valueFromText(self, text: str) -> int:
        return -1 if not text.strip() else super().valueFromText(text)

    def typing_problem(self) -> str | None:
        """Why the text typed cannot be stored (a number above the maximum), or None."""
        return _problem(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _hold_enter(self, event):
            super().keyPressEvent(event)

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
        state, text, pos = super().validate(text, pos)
        if _too_big(self, state, text):
            return QValidator.State.Intermediate, text, pos
        return state, text, pos

    def valueFromText(self, text: str) -> float:
        return -1.0 if not text.strip() else super().valueFromText(text)

    def typing_problem(self) -> str | None:
        """Why the text typed cannot be stored (a number above the maximum), or None."""
        return _problem(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _hold_enter(self, event):
            super().keyPressEvent(event)

    def area(self) -> float | None:
        """The value, or ``None`` when left empty."""
        return None if self.value() < 0 else self.value()

    def set_area(self, value: float | None) -> None:
        """Show ``value``; ``None`` shows an empty field."""
        self.setValue(-1 if value is None else float(value))
