"""Every keyboard shortcut of the program, as Help ▸ Keyboard shortcuts lists them.

``tests/ui/test_help.py`` checks that each shortcut the window defines (menu actions and
the screens' own keys) is in this list, so the list cannot fall behind the program.
"""

# ruff: noqa: E501
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shortcut:
    """One line of the list: where it works, the keys as shown, the keys, what it does."""

    place: str
    shown: str
    keys: tuple[str, ...]
    action: str


_SCREENS = tuple(f"Ctrl+{n}" for n in (*range(1, 10), 0))

SHORTCUTS: tuple[Shortcut, ...] = (
    # -- everywhere ------------------------------------------------------------------
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+1 … Ctrl+0", _SCREENS,
             QT_TRANSLATE_NOOP("Shortcuts", "Open the first to the tenth screen of the list")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Alt+…", (),
             QT_TRANSLATE_NOOP("Shortcuts", "Go to the field or button whose letter is underlined")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+I", ("Ctrl+I",),
             QT_TRANSLATE_NOOP("Shortcuts", "Import from files")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+B", ("Ctrl+B",),
             QT_TRANSLATE_NOOP("Shortcuts", "Back up to a USB stick")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "F1", ("F1",),
             QT_TRANSLATE_NOOP("Shortcuts", "User guide")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+Q", ("Ctrl+Q",),
             QT_TRANSLATE_NOOP("Shortcuts", "Quit the program (no single letter ever quits)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+H", ("Ctrl+H",),
             QT_TRANSLATE_NOOP("Shortcuts", "History of changes of the screen's records")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+S", ("Ctrl+S",),
             QT_TRANSLATE_NOOP("Shortcuts", "Save (a form, the settings, the report, the consolidated workbook)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+K", ("Ctrl+K",),
             QT_TRANSLATE_NOOP("Shortcuts", "Open the plans and report templates screen")),
    # -- visits grid -----------------------------------------------------------------
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Tab / Shift+Tab", ("Tab", "Shift+Tab"),
             QT_TRANSLATE_NOOP("Shortcuts", "Store the cell and go to the next / previous column")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Enter", ("Return", "Enter"),
             QT_TRANSLATE_NOOP("Shortcuts", "Store the cell and go to the next day (to the first column typed after Tab, Tab)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Esc", ("Esc",),
             QT_TRANSLATE_NOOP("Shortcuts", "Drop what was typed in the cell (a refused value too)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "F2", ("F2",),
             QT_TRANSLATE_NOOP("Shortcuts", "Change the cell's value without retyping it")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Delete", ("Del",),
             QT_TRANSLATE_NOOP("Shortcuts", "Empty the selected cells")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Ctrl+C / Ctrl+V", ("Ctrl+C", "Ctrl+V"),
             QT_TRANSLATE_NOOP("Shortcuts", "Copy the selected cells / paste a block copied from Excel")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Ctrl+Z", ("Ctrl+Z",),
             QT_TRANSLATE_NOOP("Shortcuts", "Undo (a change in another month shows that month first)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Ctrl+Y", ("Ctrl+Y", "Ctrl+Shift+Z"),
             QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Ctrl+PgUp / Ctrl+PgDown", ("Ctrl+PgUp", "Ctrl+PgDown"),
             QT_TRANSLATE_NOOP("Shortcuts", "Previous / next month")),
    # -- lists and logs --------------------------------------------------------------
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Lists and logs"), "Ctrl+N", ("Ctrl+N",),
             QT_TRANSLATE_NOOP("Shortcuts", "Add a club, activity or facility; a new row of digital services or museum")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Lists and logs"), "F2 / Enter", ("F2", "Return"),
             QT_TRANSLATE_NOOP("Shortcuts", "Open the selected record to correct it")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Lists and logs"), "Delete", ("Del",),
             QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected record (after a question)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Lists and logs"), "Enter / Esc", ("Return", "Esc"),
             QT_TRANSLATE_NOOP("Shortcuts", "In a form or an entry line: save / close or cancel")),
    # -- other screens ---------------------------------------------------------------
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Overview"), "F5", ("F5",),
             QT_TRANSLATE_NOOP("Shortcuts", "Work the figures out again")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Overview"), "Enter", ("Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "On a day not typed: open that month of visits")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Aggregation"), "Ctrl+O", ("Ctrl+O",),
             QT_TRANSLATE_NOOP("Shortcuts", "Add the communes' files")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Aggregation"), "Ctrl+Enter", ("Ctrl+Return", "Ctrl+Enter"),
             QT_TRANSLATE_NOOP("Shortcuts", "Check the files")),
)  # fmt: skip
