"""The line under a form or a grid that says what was refused, and why.

One ``ProblemLabel`` replaces the red ``QLabel`` each page used to build by hand: it shows its
text in the theme's colour for its tone, wraps long messages, hides itself when it has nothing
to say, and tells a screen reader: its accessible name starts with "Problem" (or "Warning"),
its description is the message, and a new message is announced (``QAccessibleAnnouncementEvent``:
assertive for a problem or a warning, polite for a note), so a blind user hears a refusal
without moving focus. (Qt offers no way to give a QLabel the alert role short of a custom
accessible interface written in Python, which the announcement makes unnecessary.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui import theme


def _prefix(tone: str) -> str:
    # Translated when used, not at import: the language is chosen after this module loads.
    texts = {
        "problem": QCoreApplication.translate("ProblemLabel", "Problem"),
        "warning": QCoreApplication.translate("ProblemLabel", "Warning"),
        "info": QCoreApplication.translate("ProblemLabel", "Note"),
    }
    return texts[tone]


class ProblemLabel(QLabel):
    """A message in the problem style (or a warning's, or a note's), hidden while empty."""

    TONES = ("problem", "warning", "info")

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tone: str = "problem",
        bold: bool = False,
        object_name: str = "problem",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self._bold = bold
        self._tone = tone
        self.set_tone(tone)
        super().setText("")
        self.hide()

    @property
    def tone(self) -> str:
        """``problem``, ``warning`` or ``info``."""
        return self._tone

    def set_tone(self, tone: str) -> None:
        """Colour the message for what it means."""
        if tone not in self.TONES:
            raise ValueError(tone)
        self._tone = tone
        self.setStyleSheet(
            theme.text_style(theme.TEXT_COLOURS[tone], weight=600 if self._bold else None)
        )
        self._describe(self.text())

    def say(self, text: str, tone: str | None = None) -> None:
        """Show ``text`` in ``tone`` (the current one if not given); empty text hides the line."""
        if tone is not None and tone != self._tone:
            self.set_tone(tone)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show the message (announced to a screen reader), or hide the line when empty."""
        changed = text != self.text()
        super().setText(text)
        self._describe(text)
        if self.parentWidget() is not None:  # a parentless label shown would be a window
            self.setVisible(bool(text))
        if text and changed and QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self, f"{_prefix(self._tone)}: {text}")
            polite = self._tone == "info"  # a refusal interrupts; "saved" waits its turn
            event.setPoliteness(
                QAccessible.AnnouncementPoliteness.Polite
                if polite
                else QAccessible.AnnouncementPoliteness.Assertive
            )
            QAccessible.updateAccessibility(event)

    def clear(self) -> None:
        """Nothing to say: the line hides."""
        self.setText("")

    def event(self, event: QEvent) -> bool:
        """Put into a layout after a message was set: show it there."""
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            self.setVisible(bool(self.text()))
        return super().event(event)

    def _describe(self, text: str) -> None:
        prefix = _prefix(self._tone)
        self.setAccessibleName(f"{prefix}: {text}" if text else prefix)
        self.setAccessibleDescription(text)
