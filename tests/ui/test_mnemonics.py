"""Alt+letter keys: never one letter for two things on a screen (menu bar included),
and no stray letter ever closes the program."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop_app.domain.facility import Facility
from desktop_app.i18n import install_language
from desktop_app.services import facilities
from desktop_app.services.workspace import Workspace
from desktop_app.ui.activities.activity_dialog import ActivityDialog
from desktop_app.ui.clubs.club_dialog import ClubDialog
from desktop_app.ui.facilities.facility_dialog import FacilityDialog
from desktop_app.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.mnemonics import dialog_clashes, menu_clashes, mnemonic, screen_clashes


def _window(qtbot: QtBot, workspace: Workspace, language: str) -> MainWindow:
    window = MainWindow(workspace, language, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def with_museum(configured: Workspace) -> Workspace:
    """Every screen exists: the museum one too."""
    facilities.add_facility(
        configured, Facility("BT1", "BT", "Nhà truyền thống", opened_on=date(2010, 1, 1)), TODAY
    )
    return configured


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_letter_twice_on_any_screen(qtbot: QtBot, with_museum: Workspace, language: str) -> None:
    install_language(language)
    window = _window(qtbot, with_museum, language)
    pages = window.pages
    assert len(pages) == 12  # the museum screen included
    for label, page in pages:
        assert screen_clashes(window, page) == {}, label
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert mnemonic(action.text()) is not None, action.text()
        assert menu_clashes(menu) == {}, action.text()
    window.stop_work()


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("make", [FacilityDialog, ClubDialog, ActivityDialog])
def test_no_letter_twice_in_a_form(
    qtbot: QtBot, configured: Workspace, language: str, make: type
) -> None:
    install_language(language)
    dialog = make(configured, None, TODAY)
    qtbot.addWidget(dialog)
    assert dialog_clashes(dialog) == {}


# A menu popping up offscreen cannot raise itself nor grab the keyboard: not our warnings.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_quitting_needs_ctrl_q_never_a_stray_letter(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured, "vi")
    quit_action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Thoát"
    )
    assert mnemonic(quit_action.text()) is None  # not reachable by a letter in the menu
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    window.show_page(window.index_of(window.visits_page))
    # Alt+C is the facility ("Thiết &chế") on this screen, not a menu.
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.visits_page.facility
    # Alt+T opens "Tệp"; the next "t" (meant for the facility) must not close anything.
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    qtbot.keyClick(menu, Qt.Key.Key_T)
    qtbot.keyClick(menu, Qt.Key.Key_H)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_alt_i_on_the_report_screen_reopens_the_period(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured, "vi")
    report = window.report_page
    window.show_page(window.index_of(report))
    assert mnemonic(report.reopen_button.text()) == "I"
    assert all(mnemonic(a.text()) != "I" for a in window.menuBar().actions())
    window.stop_work()
