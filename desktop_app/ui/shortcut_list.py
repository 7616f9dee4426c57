"""Every keyboard shortcut of the program, as Help ▸ Keyboard shortcuts lists them.

At the province office's window the lines marked ``COMMUNE`` are left out (it has no
commune screens), and those marked ``OFFICE`` are shown only there.

``tests/ui/test_help.py`` checks that each shortcut the window defines (menu actions and
the screens' own keys) is in this list, so the list cannot fall behind the program.
"""

# ruff: noqa: E501
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shortcut:
    """One line of the list: where it works, the keys as shown, the keys, what it does, and
    whose window has it (``COMMUNE``, ``OFFICE`` or both when ``None``)."""

    place: str
    shown: str
    keys: tuple[str, ...]
    action: str
    only: str | None = None


COMMUNE, OFFICE = "commune", "office"


_SCREENS = tuple(f"Ctrl+{n}" for n in (*range(1, 10), 0))
_OFFICE_SCREENS = ("Ctrl+1", "Ctrl+2", "Ctrl+3")

SHORTCUTS: tuple[Shortcut, ...] = (
    # -- everywhere ------------------------------------------------------------------
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+1 … Ctrl+0", _SCREENS,
             QT_TRANSLATE_NOOP("Shortcuts", "Open the first to the tenth screen of the list"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+1 … Ctrl+3", _OFFICE_SCREENS,
             QT_TRANSLATE_NOOP("Shortcuts", "Open the plans, the aggregation or the settings"), OFFICE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Alt+…", (),
             QT_TRANSLATE_NOOP("Shortcuts", "Go to the field or button whose letter is underlined")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"), "Ctrl+I", ("Ctrl+I",),
             QT_TRANSLATE_NOOP("Shortcuts", "Import from files"), COMMUNE),
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
             QT_TRANSLATE_NOOP("Shortcuts", "Store the cell and go to the next / previous column"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Enter", ("Return", "Enter"),
             QT_TRANSLATE_NOOP("Shortcuts", "Store the cell and go to the next day (to the first column typed after Tab, Tab)"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Esc", ("Esc",),
             QT_TRANSLATE_NOOP("Shortcuts", "Drop what was typed in the cell (a refused value too)"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "F2", ("F2",),
             QT_TRANSLATE_NOOP("Shortcuts", "Change the cell's value without retyping it"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Delete", ("Del",),
             QT_TRANSLATE_NOOP("Shortcuts", "Empty the selected cells"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Ctrl+C / Ctrl+V", ("Ctrl+C", "Ctrl+V"),
             QT_TRANSLATE_NOOP("Shortcuts", "Copy the selected cells / paste a block copied from Excel"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Ctrl+Z", ("Ctrl+Z",),
             QT_TRANSLATE_NOOP("Shortcuts", "Undo (a change in another month shows that month first)"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Ctrl+Y", ("Ctrl+Y", "Ctrl+Shift+Z"),
             QT_TRANSLATE_NOOP("Shortcuts", "Redo"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Visits"), "Ctrl+PgUp / Ctrl+PgDown", ("Ctrl+PgUp", "Ctrl+PgDown"),
             QT_TRANSLATE_NOOP("Shortcuts", "Previous / next month"), COMMUNE),
    # -- lists and logs --------------------------------------------------------------
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Lists and logs"), "Ctrl+N", ("Ctrl+N",),
             QT_TRANSLATE_NOOP("Shortcuts", "Add a club, activity or facility; a new row of digital services or museum"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Lists and logs"), "F2 / Enter", ("F2", "Return"),
             QT_TRANSLATE_NOOP("Shortcuts", "Open the selected record to correct it")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Lists and logs"), "Delete", ("Del",),
             QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected record (after a question)")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Lists and logs"), "Enter / Esc", ("Return", "Esc"),
             QT_TRANSLATE_NOOP("Shortcuts", "In a form or an entry line: save / close or cancel")),
    # -- other screens ---------------------------------------------------------------
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Overview"), "F5", ("F5",),
             QT_TRANSLATE_NOOP("Shortcuts", "Work the figures out again"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Overview"), "Enter", ("Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "On a day not typed: open that month of visits"), COMMUNE),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Aggregation"), "Ctrl+O", ("Ctrl+O",),
             QT_TRANSLATE_NOOP("Shortcuts", "Add the communes' files")),
    Shortcut(QT_TRANSLATE_NOOP("Shortcuts", "Aggregation"), "Ctrl+Enter", ("Ctrl+Return", "Ctrl+Enter"),
             QT_TRANSLATE_NOOP("Shortcuts", "Check the files")),
)  # fmt: skip
