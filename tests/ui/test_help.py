"""Help ▸ Phím tắt lists every shortcut; Help ▸ Hướng dẫn sử dụng shows the guide offline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from pytestqt.qtbot import QtBot

from desktop_app.domain.facility import Facility
from desktop_app.services import facilities
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.shortcut_list import SHORTCUTS
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
        assert shortcut.shown in text
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
