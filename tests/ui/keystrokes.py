"""Keys delivered the way the platform delivers them: posted to the window, handled later.

``type_cell`` in the other tests waits for each commit before the next key; a person at
speed (or an old PC) does not wait, so these helpers post every key first and let the
program catch up afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_NAMED = {
    "\t": (Qt.Key.Key_Tab, "\t"),
    "\n": (Qt.Key.Key_Return, "\r"),
    "\x1b": (Qt.Key.Key_Escape, "\x1b"),
    "\x01": (Qt.Key.Key_Home, ""),
}


def key_events(text: str) -> Iterable[tuple[Qt.Key, str]]:
    """(key, text) of each character: digits and letters, Tab, Enter (newline), Home (\\x01)."""
    for char in text:
        if char in _NAMED:
            yield _NAMED[char]
        elif char.isdigit():
            yield Qt.Key(Qt.Key.Key_0.value + int(char)), char
        elif char == "-":
            yield Qt.Key.Key_Minus, char
        else:
            yield Qt.Key(ord(char.upper())), char


def post_keys(window: QWidget, text: str) -> int:
    """Post a press and a release for every key of ``text`` to ``window``'s platform window,
    without handling any of them yet; returns the number of keys."""
    handle = window.windowHandle()
    assert handle is not None, "the window is shown"
    count = 0
    for key, chars in key_events(text):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, chars)
            QCoreApplication.postEvent(handle, event)
        count += 1
    return count


def month_keys(values: list[tuple[int, int, int]], *, home: bool = False) -> str:
    """A month typed from the log book: three values a day, Tab between, Enter at the end
    (which goes to the first column of the next day); ``home`` adds the Home key a person
    used to press after Enter (harmless now)."""
    return "".join(f"{a}\t{b}\t{c}\n" + ("\x01" if home else "") for a, b, c in values)


class _Marker(QEvent):
    TYPE = QEvent.Type(QEvent.registerEventType())

    def __init__(self) -> None:
        super().__init__(self.TYPE)


class _Catcher(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def event(self, event: QEvent) -> bool:
        if event.type() == _Marker.TYPE:
            self.seen += 1
            return True
        return super().event(event)


def drain(qtbot: object, rounds: int = 3) -> None:
    """Let the program handle everything posted so far (and what that posts in turn):
    a marker posted behind the keys comes back only once they have all been handled."""
    catcher = _Catcher()
    for expected in range(1, rounds + 1):
        QCoreApplication.postEvent(catcher, _Marker())
        qtbot.waitUntil(lambda e=expected: catcher.seen >= e, timeout=60_000)  # type: ignore[attr-defined]
    catcher.deleteLater()
