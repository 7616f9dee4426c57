"""The "Kế hoạch, mẫu báo cáo" screen: the list, the office's tools, a commune read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app import resources
from desktop_app.services.plans import template_exchange, template_plans
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from tests.conftest import OFFICE_NAME, TODAY
from tests.ui.conftest import Prompts


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _ids(window: MainWindow) -> list[str]:
    table = window.plans_page.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_ctrl_k_opens_the_list_read_only_for_a_commune(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page = window.plans_page
    assert window.current_page() is page
    assert _ids(window) == ["bac-giang-74-2023", "phu-yen-2023", "qd1520"]
    row = _ids(window).index("phu-yen-2023")
    cells = [page.table.item(row, c).text() for c in range(7)]
    assert cells[1] == "1" and cells[3] == "66" and cells[4] == "34"
    used = configured.unit().template_id
    assert [page.table.item(r, 6).text() for r in range(3)] == [
        "có" if found == used else "" for found in _ids(window)
    ]
    assert page.table.item(_ids(window).index("qd1520"), 4).text() == "cả tỉnh"
    for button in (page.create_button, page.edit_button, page.send_button):
        assert not button.isEnabled()
    assert page.print_button.isEnabled()
    assert "chỉ được xem" in page.note.text() and "init --office" in page.note.text()


def test_an_office_copies_a_template_and_sends_it(
    qtbot: QtBot, office: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    window = _window(qtbot, office)
    window.show_page(window.index_of(window.plans_page))
    page = window.plans_page
    assert template_plans.is_office(office)
    page.select("phu-yen-2023")
    assert page.create_button.isEnabled() and not page.edit_button.isEnabled()
    prompts.answers.append(("dak-lak-2026", True))
    qtbot.keyClick(page.create_button, Qt.Key.Key_Space)
    with qtbot.waitSignal(window.template_installed):  # the window's lists are read anew
        page.editor.close()
    made = resources.template("dak-lak-2026")
    assert made is not None and made.version == 1 and made.issuer == OFFICE_NAME
    assert made.targets == resources.template("phu-yen-2023").targets
    assert page.selected().template.id == "dak-lak-2026"
    assert page.edit_button.isEnabled() and page.send_button.isEnabled()
    prompts.answers.append(str(tmp_path / "usb"))
    qtbot.keyClick(page.send_button, Qt.Key.Key_Space)
    sent = tmp_path / "usb" / "MauBaoCao_dak-lak-2026_v1.htsd-mau"
    assert template_exchange.check_file(sent).checksum == made.checksum
    assert str(sent) in prompts.shown[-1][1]


def test_a_taken_or_bad_id_is_refused_and_nothing_written(
    qtbot: QtBot, office: Workspace, prompts: Prompts
) -> None:
    window = _window(qtbot, office)
    page = window.plans_page
    page.select("qd1520")
    for answer, words in (("phu-yen-2023", "Đã có"), ("Đắk Lắk", "Không dùng được")):
        prompts.answers.append((answer, True))
        page.create_button.click()
        assert prompts.shown[-1][0] == "error" and words in prompts.shown[-1][1]
    assert _ids(window) == ["bac-giang-74-2023", "phu-yen-2023", "qd1520"]
    folder = resources.installed_templates_dir(office.path)
    assert not folder.exists() or not list(folder.iterdir())


def test_print_targets_writes_the_a4_summary(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    import openpyxl

    window = _window(qtbot, configured)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page = window.plans_page
    page.select("bac-giang-74-2023")
    prompts.answers.append(str(tmp_path / "ChiTieu"))  # typed without its extension
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # In chỉ tiêu
    written = tmp_path / "ChiTieu.xlsx"
    qtbot.waitUntil(written.is_file)
    assert prompts.shown[0] == (
        "save_file",
        str(_documents() / "ChiTieu_bac-giang-74-2023_v1.xlsx"),
    )
    sheet = openpyxl.load_workbook(written)["ChiTieu"]
    assert sheet["A2"].value == resources.template("bac-giang-74-2023").name
    assert prompts.shown[-1] == ("inform", f"Đã ghi tệp {written}.")


def _documents() -> Path:
    from desktop_app.ui import dialogs

    return dialogs.documents_folder()


def test_the_rebuilt_window_lists_the_new_template_on_the_same_screen(
    qtbot: QtBot, office: Workspace, data_dir: Path, prompts: Prompts
) -> None:
    from desktop_app.services import instance
    from desktop_app.ui.app import AppController
    from desktop_app.ui.preferences import Preferences

    controller = AppController(office.path, "vi", Preferences(data_dir / "p.ini"))
    controller.opened = instance.open_exclusive(office.path)
    window = controller.show_main_window()  # the controller deletes it when it rebuilds
    window.show_page(window.index_of(window.plans_page))
    window.plans_page.select("qd1520")
    prompts.answers.append(("tinh-moi-2026", True))
    window.plans_page.create()
    window.plans_page.editor.close()
    qtbot.waitUntil(lambda: controller.window is not window)
    rebuilt = controller.window
    assert isinstance(rebuilt, MainWindow)
    qtbot.addWidget(rebuilt)
    assert rebuilt.current_page() is rebuilt.plans_page
    settings = rebuilt.settings_page.template
    assert settings.findData("tinh-moi-2026") >= 0
    controller.close()


def test_a_forged_office_role_leaves_a_commune_read_only_and_says_why(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    from desktop_app.services import setup
    from tests.fixtures.forged import write_setting_by_hand

    write_setting_by_hand(configured, setup.ROLE_KEY, setup.OFFICE)
    window = _window(qtbot, configured)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page = window.plans_page
    page.select("phu-yen-2023")
    for button in (page.create_button, page.edit_button, page.send_button):
        assert not button.isEnabled()
    note = page.note.text()
    assert note.startswith("Cơ sở dữ liệu này là của một xã nên các mẫu báo cáo chỉ được xem.")
    assert "“init --office”" in note
    assert note.endswith("không thể có vai trò đó: nội dung này bị bỏ qua.")
    prompts.answers.append(("dak-lak-2026", True))
    page.create()  # even called directly: refused, nothing is made
    assert prompts.shown[-1][0] == "error"
    assert "cơ sở dữ liệu này là của một xã" in prompts.shown[-1][1]
    assert page.editor is None and resources.template("dak-lak-2026") is None
