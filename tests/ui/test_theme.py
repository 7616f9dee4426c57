"""The window's few colours: legible (WCAG AA) where they are shown, and written in one place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui import theme

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(text: str, background: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""
    high, low = sorted((_luminance(QColor(text)), _luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_measured_as_wcag_defines_it() -> None:
    assert contrast("#000000", QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast("#777777", QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", sorted(theme.TEXT_COLOURS))
def test_every_text_colour_passes_aa_on_the_window_and_on_a_table(qtbot: QtBot, name: str) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    window = widget.palette().color(QPalette.ColorRole.Window)
    base = widget.palette().color(QPalette.ColorRole.Base)
    colour = theme.TEXT_COLOURS[name]
    for background in (window, base, QColor("#f0f0f0"), QColor(theme.TILE_BACKGROUND)):
        assert contrast(colour, background) >= 4.5, (name, background.name())


def test_the_red_is_the_more_legible_of_the_two_the_window_used() -> None:
    window = QColor("#efefef")  # Fusion's window background
    assert theme.PROBLEM == "#b00020"
    assert contrast("#b00020", window) > contrast("#b3261e", window) >= 4.5
    assert contrast(theme.PROBLEM, window) == pytest.approx(6.37, abs=0.01)


def test_no_file_of_the_window_but_the_theme_writes_a_colour() -> None:
    colour = re.compile(r"#[0-9a-fA-F]{3,6}\b|color:|QColor\(\"")
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in UI.rglob("*.py")
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if colour.search(line.split("  #")[0])
    ]
    assert found == []


def test_text_style_builds_the_sheet_a_label_takes() -> None:
    assert theme.text_style(theme.PROBLEM) == "color: #b00020"
    assert theme.text_style(theme.OK, weight=700, size_pt=14) == (
        "font-size: 14pt; color: #187535; font-weight: 700"
    )
