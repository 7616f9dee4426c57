"""The Alt+letter keys of a window: every mnemonic of its menu bar and of one screen."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a plain ampersand), upper case."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(text, what) of every labelled control inside ``widget`` (itself included)."""
    found: list[tuple[str, str]] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QMenu):
            continue
        if isinstance(child, QAbstractButton):
            found.append((child.text(), type(child).__name__))
        elif isinstance(child, QLabel) and child.buddy() is not None:
            found.append((child.text(), "QLabel"))
        elif isinstance(child, QGroupBox):
            found.append((child.title(), "QGroupBox"))
        elif isinstance(child, QTabWidget):
            found.extend((child.tabText(i), "tab") for i in range(child.count()))
    return found


def clashes(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Letters used by more than one control: letter -> the controls' texts."""
    users: dict[str, list[str]] = defaultdict(list)
    for text, what in texts:
        letter = mnemonic(text)
        if letter is not None:
            users[letter].append(f"{what} {text!r}")
    return {letter: names for letter, names in users.items() if len(names) > 1}


def menu_bar_texts(window: QMainWindow) -> list[tuple[str, str]]:
    """The menu bar's titles (their letters work on every screen)."""
    return [(action.text(), "menu") for action in window.menuBar().actions()]


def screen_clashes(window: QMainWindow, page: QWidget) -> dict[str, list[str]]:
    """Clashes between the menu bar and ``page`` (and within ``page``)."""
    return clashes(menu_bar_texts(window) + _texts(page))


def dialog_clashes(dialog: QWidget) -> dict[str, list[str]]:
    """Clashes within a dialog (the menu bar does not work while it is open)."""
    return clashes(_texts(dialog))


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Clashes between the entries of one open menu."""
    return clashes([(a.text(), "entry") for a in menu.actions() if not a.isSeparator()])
