"""The few colours the window uses, named for what they mean, and the style sheets built on them.

Every text colour passes WCAG AA (a contrast of at least 4.5:1) on the window's background
(#efefef under the Fusion style, #f0f0f0 on Windows 10) and on a table's white base;
``tests/ui/test_theme.py`` measures it. The one red is #b00020 (6.4:1 on #efefef); the
second red the window used before, #b3261e, passed too (5.7:1) but was less legible.
No other file under ``desktop_app/ui`` writes a colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

# Text: what a line of words means.
PROBLEM = "#b00020"  # a refused value, an error, a missing or rejected file: 6.4:1 on #efefef
WARNING = "#8a5a00"  # flagged, late, outside the period, unusual: 5.2:1
OK = "#187535"  # met, on time, accepted: 5.0:1
INFO = "#1f6f8b"  # a status line saying what was just done: 4.9:1
MUTED = "#5f6368"  # captions, duplicates, "not enough figures": 5.3:1

TEXT_COLOURS = {"problem": PROBLEM, "warning": WARNING, "ok": OK, "info": INFO, "muted": MUTED}

# Backgrounds of the typed grid's cells and of the overview's tiles.
UNUSUAL_CELL = QColor("#fff3c4")  # a total far above the facility's usual day
CLOSED_CELL = QColor("#e6e6e6")  # a day the facility was not open
TOTALS_ROW = QColor("#eef3f7")  # the month's worked-out totals
TILE_BACKGROUND = "#fafafa"
TILE_BORDER = "#d0d0d0"

# Chart series of the overview (lines and bars, not text).
THIS_YEAR = QColor("#1f6fb2")
LAST_YEAR = QColor("#e07b00")
SESSIONS = QColor("#2e8b57")


def text_style(colour: str, *, weight: int | None = None, size_pt: int | None = None) -> str:
    """A label's style sheet: its colour, and optionally its weight and point size."""
    parts = [f"font-size: {size_pt}pt"] if size_pt is not None else []
    parts.append(f"color: {colour}")
    if weight is not None:
        parts.append(f"font-weight: {weight}")
    return "; ".join(parts)


def tile_style(object_name: str) -> str:
    """The boxed frame of an overview tile, addressed by its object name."""
    return f"#{object_name} {{ background: {TILE_BACKGROUND}; border: 1px solid {TILE_BORDER}; }}"
