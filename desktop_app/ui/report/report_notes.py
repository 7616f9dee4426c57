"""The notes printed under a form (the counting rules used), folded away until asked for."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.ui import theme


class ReportNotes(QWidget):
    """A "How the figures are counted" button that shows or hides the form's notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton()
        self.button.setText(self.tr("How the figures are cou&nted"))
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(theme.text_style(theme.MUTED))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)
        self.button.toggled.connect(lambda _on: self._update())
        self._update()

    def set_notes(self, notes: Sequence[str]) -> None:
        """Show these notes (one per line); the whole widget hides when there are none."""
        self.text.setText("\n".join(notes))
        self.setVisible(bool(notes))
        self._update()

    def _update(self) -> None:
        shown = self.button.isChecked()
        self.button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.text.setVisible(shown)
