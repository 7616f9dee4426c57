"""File ▸ Nhận mẫu báo cáo… by the keyboard, and a template file dropped on the window."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop_app import resources
from desktop_app.domain.template_files import exchange_bytes
from desktop_app.services import instance
from desktop_app.services.workspace import Workspace
from desktop_app.ui.app import AppController
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import Preferences
from tests.conftest import TODAY
from tests.services.test_template_exchange import province_template
from tests.ui.conftest import Prompts

# A menu popping up offscreen cannot raise itself nor grab the keyboard: not our warnings.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _sent(folder: Path, version: int = 2, **changes: object) -> Path:
    path = folder / f"MauBaoCao_dak-lak-2026_v{version}.htsd-mau"
    path.write_bytes(exchange_bytes(province_template(version, **changes)))
    return path


def _state(workspace: Workspace) -> tuple[bytes, bool, str]:
    unit = workspace.unit()
    assert unit is not None
    folder = resources.installed_templates_dir(workspace.path)
    return workspace.path.read_bytes(), folder.exists(), unit.template_id


def _open_with_keys(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+T opens “Tệp”; M is “Nhận &mẫu báo cáo…”."""
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    qtbot.keyClick(menu, Qt.Key.Key_M)


def test_receive_a_template_with_the_keyboard_alone(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    sent = _sent(tmp_path)
    window = _window(qtbot, configured)
    prompts.answers = [[str(sent)], True]  # the file chosen, then "Có"
    with qtbot.waitSignal(window.template_installed):
        _open_with_keys(qtbot, window)
    kinds = [kind for kind, _ in prompts.shown]
    assert kinds == ["open_files", "confirm", "inform"]
    assert prompts.shown[0][1] == "Nhận mẫu báo cáo"
    question = prompts.shown[1][1]
    # what changes, old beside new, in Vietnamese; the lines that stay are counted
    assert (
        "<tr><td>Hạn nộp báo cáo năm</td><td>15 ngày sau khi hết kỳ</td>"
        "<td>trước ngày 05/12</td></tr>"
    ) in question
    assert "<td>2025: 40%; 2030: 60%</td><td>2025: 40%; 2030: 65%</td>" in question
    assert "<td>qd1520, phiên bản 1</td><td>dak-lak-2026, phiên bản 2, do Sở" in question
    assert "Hạn nộp báo cáo tháng" not in question  # the calendar default, before and after
    assert "<td>(không có)</td><td>2025: 70%; 2030: 100%</td>" in question  # new in the plan
    # periods and the month, quarter, 6- and 9-month deadlines stay
    assert "5 nội dung còn lại (chỉ tiêu, hạn nộp, kế hoạch) giữ nguyên" in question
    assert "Từ nay Xã Hòa Phú sẽ báo cáo theo mẫu này" in question
    assert "dak-lak-2026, phiên bản 2" in prompts.shown[2][1]
    assert configured.unit().template_id == "dak-lak-2026"  # type: ignore[union-attr]
    assert (configured.path.parent / "templates" / "dak-lak-2026.json").is_file()
    window.stop_work()


def test_saying_no_changes_nothing(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    before = _state(configured)
    window = _window(qtbot, configured)
    prompts.answers = [[str(_sent(tmp_path))], False]
    _open_with_keys(qtbot, window)
    assert [kind for kind, _ in prompts.shown] == ["open_files", "confirm"]
    assert _state(configured) == before
    window.stop_work()


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"deadlines": {"year": "02-31"}}, "hạn nộp 31/02 trong “deadlines.year”"),
        ({"province_codes": ["24"]}, "không áp dụng cho Xã Hòa Phú (24175)"),
        ({"id": "qd1520"}, "có sẵn trong chương trình, không thể thay bằng tệp"),
    ],
    ids=["31/02", "another province", "a shipped id"],
)
def test_a_bad_file_is_refused_with_its_reason(
    qtbot: QtBot,
    configured: Workspace,
    prompts: Prompts,
    tmp_path: Path,
    changes: dict[str, object],
    words: str,
) -> None:
    before = _state(configured)
    window = _window(qtbot, configured)
    prompts.answers = [[str(_sent(tmp_path, **changes))]]
    _open_with_keys(qtbot, window)
    assert [kind for kind, _ in prompts.shown] == ["open_files", "error"]
    assert words in prompts.shown[1][1]
    assert _state(configured) == before
    window.stop_work()


def _drop(window: MainWindow, path: Path) -> bool:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    # PySide6 flags the one constructor Qt 6 has for this event as deprecated: not our warning
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(50, 50),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return True


def test_a_template_file_dropped_on_the_window_is_installed(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    window = _window(qtbot, configured)
    other = tmp_path / "luot_ban_doc.csv"
    other.write_text("ngay,ma_thiet_che,tong_luot\n", encoding="utf-8")
    assert not _drop(window, other)  # not a template: the window does not take it
    prompts.answers = [True]
    with qtbot.waitSignal(window.template_installed):
        assert _drop(window, _sent(tmp_path))
    assert [kind for kind, _ in prompts.shown] == ["confirm", "inform"]
    assert configured.unit().template_id == "dak-lak-2026"  # type: ignore[union-attr]
    # the same file again: nothing to do, said plainly
    prompts.shown.clear()
    assert _drop(window, _sent(tmp_path))
    qtbot.waitUntil(lambda: bool(prompts.shown))
    assert prompts.shown == [
        ("inform", "Phiên bản 2 của mẫu báo cáo dak-lak-2026 đã được cài và đang dùng.")
    ]
    window.stop_work()


def test_after_installing_the_window_stays_on_its_screen_and_lists_the_template(
    qtbot: QtBot, configured: Workspace, data_dir: Path, prompts: Prompts, tmp_path: Path
) -> None:
    controller = AppController(configured.path, "vi", Preferences(data_dir / "p.ini"))
    controller.opened = instance.open_exclusive(configured.path)
    window = controller.show_main_window()  # the controller deletes it when it rebuilds
    window.show_page(window.index_of(window.report_page))
    prompts.answers = [True]
    assert _drop(window, _sent(tmp_path))
    qtbot.waitUntil(lambda: controller.window is not window)
    rebuilt = controller.window
    assert isinstance(rebuilt, MainWindow)
    qtbot.addWidget(rebuilt)
    assert rebuilt.current_page() is rebuilt.report_page
    assert rebuilt.report_page.template_id() == "dak-lak-2026"
    settings = rebuilt.settings_page.template
    assert settings.currentData() == "dak-lak-2026"
    assert settings.currentText() == "Kế hoạch năm 2026 của UBND tỉnh Đắk Lắk"
    controller.close()
