"""Help ▸ Phím tắt lists every shortcut; Help ▸ Hướng dẫn sử dụng shows the guide offline."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from pytestqt.qtbot import QtBot

from desktop_app.domain.facility import Facility
from desktop_app.services import facilities, setup
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.shortcut_list import COMMUNE, OFFICE, SHORTCUTS
from tests.conftest import TODAY


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _keys_defined(window: MainWindow) -> set[str]:
    """The key of every shortcut the window and all its screens define (a standard key's
    first binding: the platform's extra ones, such as a keyboard's own Undo key, aside)."""
    found: list[QKeySequence] = []
    for action in window.findChildren(QAction):
        found.extend(action.shortcuts()[:1])
    for shortcut in window.findChildren(QShortcut):
        found.extend(shortcut.keys()[:1])
    return {key.toString() for key in found if not key.isEmpty()}


def every_key() -> set[str]:
    """Every key combination in the list (Qt's portable text, e.g. ``Ctrl+PgDown``)."""
    return {key for shortcut in SHORTCUTS for key in shortcut.keys}


def test_the_shortcut_list_has_every_key_of_the_window(qtbot: QtBot, configured: Workspace) -> None:
    facilities.add_facility(
        configured, Facility("BT1", "BT", "Nhà truyền thống", opened_on=date(2010, 1, 1)), TODAY
    )
    window = _window(qtbot, configured)
    assert len(window.pages) == 12  # every screen built, the museum's too
    defined = _keys_defined(window)
    assert {"Ctrl+Q", "Ctrl+H", "Ctrl+N", "Ctrl+PgDown", "F1", "F5"} <= defined
    assert defined - every_key() == set()
    dialog = window.open_shortcuts()
    assert dialog.windowTitle() == "Phím tắt"
    text = dialog.browser.toPlainText()
    for shortcut in SHORTCUTS:
        assert (shortcut.shown in text) == (shortcut.only != OFFICE), shortcut.shown
    assert "Lưu ô và xuống ngày hôm sau" in text
    assert "Thoát chương trình (không phím chữ đơn lẻ nào làm thoát)" in text
    window.stop_work()


def test_f1_opens_the_vietnamese_guide_offline(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured)
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "&Hướng dẫn sử dụng",
        "&Phím tắt",
        "&Giới thiệu",
    ]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Hướng dẫn sử dụng"
    text = dialog.browser.toPlainText()
    assert text.startswith("Hướng dẫn sử dụng HTSD")  # docs/huong-dan-su-dung.md, read offline
    assert "Lượt bạn đọc, lượt người đến" in text
    assert "cột đầu của ngày hôm sau" in text
    picture = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("screenshots/visits.png")
    )
    assert picture is not None and not picture.isNull()  # its pictures are shown too
    window.stop_work()


def test_the_office_lists_its_own_keys_and_no_commune_screen(
    qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The province office's window has three screens and no visits grid: Help ▸ Phím tắt
    lists the keys it has (each of them), and none of a commune's screens."""
    office = Workspace.open(tmp_path_factory.mktemp("office") / "htsd.sqlite3")
    setup.configure_office(office, "66", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk")
    window = _window(qtbot, office)
    assert window.is_office
    defined = _keys_defined(window)
    listed = {key for s in SHORTCUTS if s.only != COMMUNE for key in s.keys}
    assert {"Ctrl+1", "Ctrl+3", "Ctrl+B", "F1"} <= defined
    assert defined - listed == set()
    text = window.open_shortcuts().browser.toPlainText()
    assert "Ctrl+1 … Ctrl+3" in text and "Ctrl+1 … Ctrl+0" not in text
    assert "Lưu ô và xuống ngày hôm sau" not in text  # the visits grid's keys
    assert "Nhập từ tệp" not in text and "Ctrl+I" not in text
    for shortcut in SHORTCUTS:
        assert (shortcut.shown in text) == (shortcut.only != COMMUNE) or shortcut.shown in (
            "Delete",  # a commune-only line shares its keys' text with one both have
            "Enter",
            "F2",
            "Esc",
        ), shortcut.shown
    window.stop_work()
