"""The main window shell: navigation, status bar, settings, language, start-up."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_app.services import facilities, instance
from desktop_app.services.backup import backup
from desktop_app.services.workspace import Workspace
from desktop_app.ui.app import AppController
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.setup.setup_wizard import SetupWizard
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, type_text


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


ICT = timezone(timedelta(hours=7))


def test_status_bar_shows_unit_database_and_backup(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured)
    assert window.windowTitle() == "HTSD – Sổ theo dõi học tập suốt đời"
    assert window.unit_label.text() == "Đơn vị: Xã Hòa Phú (66-24175)"
    assert window.path_label.text() == f"Dữ liệu: {configured.path}"
    assert window.backup_label.text() == "Chưa có bản sao lưu nào."
    assert "color" in window.backup_label.styleSheet()  # a set-up commune without one: warned
    backup.take_backup(
        configured, "manual", datetime(2026, 11, 20, 17, 5, tzinfo=ICT)
    )  # as Ctrl+B does
    window.refresh_status()
    shown = datetime.fromisoformat("2026-11-20T17:05:00+07:00").astimezone()  # local time
    assert window.backup_label.text() == f"Sao lưu gần nhất: {shown:%d/%m/%Y %H:%M}"
    assert window.backup_label.styleSheet() == ""
    backup.take_backup(
        configured, "manual", datetime(2026, 11, 12, 8, 0, tzinfo=ICT)
    )  # as Ctrl+B does
    window.refresh_status()  # ten days before TODAY: the warning
    assert window.backup_label.text().startswith("Đã 10 ngày chưa sao lưu")
    assert "color" in window.backup_label.styleSheet()


def test_navigation_by_keyboard_and_list(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[:2] == ["Tổng quan", "Lượt bạn đọc"]
    assert labels[-3:] == ["Thiết chế", "Cài đặt", "Kế hoạch, mẫu báo cáo"]
    assert window.nav.sizeHintForColumn(0) <= window.nav.viewport().width()  # no label cut
    assert window.current_page() is window.overview_page
    settings = window.index_of(window.settings_page)
    assert settings == 9  # the tenth screen: Ctrl+0
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.settings_page
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.visits_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.overview_page
    window.nav.setCurrentRow(window.index_of(window.facilities_page))
    assert window.current_page() is window.facilities_page


def test_settings_change_signatories_and_template(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured)
    window.show_page(window.index_of(window.settings_page))
    page = window.settings_page
    assert page.commune.text() == "Xã Hòa Phú (24175)"
    page.preparer.clear()
    type_text(qtbot, page.preparer, "Lê Thị Hoa")
    page.unit_name.clear()
    type_text(qtbot, page.unit_name, "Thư viện xã Hòa Phú")
    page.template.setCurrentIndex(page.template.findData("qd1520"))
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    unit = configured.unit()
    assert (unit.preparer_name, unit.unit_name, unit.template_id) == (
        "Lê Thị Hoa",
        "Thư viện xã Hòa Phú",
        "qd1520",
    )
    assert page.saved_label.text() == "Đã lưu."
    assert window.unit_label.text() == "Đơn vị: Thư viện xã Hòa Phú (66-24175)"


def test_settings_refuse_an_empty_unit_name(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured)
    page = window.settings_page
    page.unit_name.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problem.text() == "Chưa nhập tên đơn vị."
    assert configured.unit().unit_name == "Xã Hòa Phú"


def test_switching_to_english_rebuilds_the_window(
    qtbot: QtBot, configured: Workspace, data_dir: Path
) -> None:
    preferences = Preferences(data_dir / "preferences.ini")
    controller = AppController(configured.path, "vi", preferences)
    controller.opened = instance.open_exclusive(configured.path)
    window = controller.show_main_window()
    qtbot.addWidget(window)
    window.show_page(window.index_of(window.settings_page))
    page = window.settings_page
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    english = controller.window
    assert isinstance(english, MainWindow) and english is not window
    qtbot.addWidget(english)
    assert english.windowTitle() == "HTSD – Lifelong learning records"
    assert english.current_page() is english.settings_page
    assert english.nav.item(english.index_of(english.facilities_page)).text() == "Facilities"
    assert english.facilities_page.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert Preferences(data_dir / "preferences.ini").language() == "en"
    controller.close()


def test_start_opens_the_wizard_on_a_new_database(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    controller = AppController(tmp_path / "new.sqlite3", "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert isinstance(controller.window, SetupWizard)
    assert controller.window.isVisible()
    controller.close()


def test_start_opens_the_main_window_when_set_up(
    qtbot: QtBot, configured: Workspace, data_dir: Path
) -> None:
    path = configured.path
    configured.close()
    controller = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert isinstance(controller.window, MainWindow)
    assert controller.window.facilities_page.model.rowCount() == 2
    controller.close()


def test_start_on_a_file_that_is_not_ours_says_so(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, prompts: Prompts
) -> None:
    bad = tmp_path / "report.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    controller = AppController(bad, "vi", Preferences(data_dir / "p.ini"))
    assert not controller.start()
    assert prompts.shown == [("error", f"{bad} không phải là cơ sở dữ liệu của chương trình này.")]


def test_table_model_passes_qt_model_tester(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured)
    model = window.facilities_page.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.facilities_page.reload()
    assert model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mã"


def test_qts_own_texts_are_vietnamese(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QMessageBox, QSpinBox

    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts[:5] == ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán"]
    assert "Chọn tất cả" in texts
    box = QMessageBox(QMessageBox.Icon.Information, "x", "y", QMessageBox.StandardButton.Ok)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    spin = QSpinBox()
    qtbot.addWidget(spin)
    assert spin.lineEdit() is not None


def test_a_bug_in_the_window_is_logged_and_shown(
    qtbot: QtBot, data_dir: Path, prompts: Prompts
) -> None:
    from desktop_app.ui.app import _report_unexpected

    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        _report_unexpected(type(exc), exc, exc.__traceback__)
    kind, text = prompts.shown[-1]
    assert kind == "warn"
    assert "ZeroDivisionError" in text and "vẫn an toàn" in text
    log = data_dir / "logs" / "htsd-errors.log"
    assert "boom" in log.read_text(encoding="utf-8")


def test_the_museum_screen_appears_when_a_museum_is_added(
    qtbot: QtBot, configured: Workspace, data_dir: Path
) -> None:
    from datetime import date

    from desktop_app.domain.facility import Facility
    from desktop_app.services import facilities

    controller = AppController(configured.path, "vi", Preferences(data_dir / "p.ini"))
    controller.opened = instance.open_exclusive(configured.path)
    window = controller.show_main_window()  # deleted once rebuilt: the controller closes it
    assert window.museum_page is None
    assert controller.workspace is not None
    with qtbot.waitSignal(window.rebuild_requested):  # the change is announced
        facilities.add_facility(  # through the window's database
            controller.workspace,
            Facility("BT1", "BT", "Nhà truyền thống xã", opened_on=date(2020, 1, 1)),
            date(2026, 11, 22),
        )
    rebuilt = controller.window
    qtbot.addWidget(rebuilt)
    assert rebuilt is not window and rebuilt.museum_page is not None
    assert rebuilt.current_page() is rebuilt.facilities_page
    controller.close()


def test_ctrl_i_imports_visits_and_the_grid_shows_them(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    from tests.import_samples import VISITS_HEADER, write_csv

    window = _window(qtbot, configured)
    path = write_csv(
        tmp_path / "luot.csv",
        VISITS_HEADER,
        [["02/11/2026", "TV1", "25", "8", "4", "0", "1", "13", "0", "30", "2", "0"]],
    )
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    prompts.answers.append([str(path)])
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    grid = window.visits_page
    grid.select(facilities.by_code(configured, "TV1").id, 2026, 11)
    assert grid.model.month.totals().total == 25


def test_start_takes_the_days_backup_and_a_second_window_is_refused(
    qtbot: QtBot, configured: Workspace, data_dir: Path, prompts: Prompts
) -> None:
    path = configured.path
    configured.close()
    controller = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    qtbot.addWidget(controller.window)
    backups = sorted((path.parent / "backups").glob("*-daily.sqlite3"))
    assert len(backups) == 1  # the first start of the day
    assert isinstance(controller.window, MainWindow)
    assert controller.window.backup_label.text().startswith("Sao lưu gần nhất:")
    second = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert not second.start()  # the lock: a clear message, not a second writer
    assert prompts.shown[-1][0] == "error" and "đang được mở" in prompts.shown[-1][1]
    controller.close()
    assert second.start()  # once the first window is closed
    qtbot.addWidget(second.window)
    second.close()


def test_restore_from_the_window_puts_the_backup_back_and_keeps_the_lock(
    qtbot: QtBot, configured: Workspace, data_dir: Path, prompts: Prompts
) -> None:
    from desktop_app.domain.facility import Facility
    from desktop_app.services import facilities

    path = configured.path
    configured.close()
    controller = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    qtbot.addWidget(controller.window)
    workspace = controller.workspace
    assert workspace is not None
    kept = backup.take_backup(workspace, "manual")
    window = controller.window
    assert isinstance(window, MainWindow) and window.facilities_page.model.rowCount() == 2
    facilities.add_facility(
        workspace, Facility("TV9", "TV_CD", "Tủ sách mới", opened_on=TODAY), TODAY
    )
    window.facilities_page.reload()
    assert window.facilities_page.model.rowCount() == 3
    window.restore_requested.emit(kept)  # what the restore dialog sends once confirmed
    restored = controller.window
    assert isinstance(restored, MainWindow) and restored is not window
    qtbot.addWidget(restored)
    assert restored.facilities_page.model.rowCount() == 2  # TV9 came after the backup
    assert prompts.shown[-1][0] == "inform"  # "… is back in place; the data before is kept in …"
    assert list((path.parent / "backups").glob("*-before-restore.sqlite3"))
    assert not AppController(path, "vi", Preferences(data_dir / "p.ini")).start()  # still locked
    controller.close()


def test_a_damaged_database_at_start_offers_the_backups(
    qtbot: QtBot,
    configured: Workspace,
    tmp_path: Path,
    data_dir: Path,
    prompts: Prompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.ui.backup.backup_dialog import RestoreDialog
    from tests.storage.test_disk_errors import damaged_database

    good = configured.path  # a sound copy of a commune, standing in for last week's backup
    configured.close()
    path = damaged_database(tmp_path / "pc")
    offered: list[Path] = []

    def choose(_parent: object, db_path: Path) -> Path:
        offered.append(db_path)
        return good

    monkeypatch.setattr(RestoreDialog, "choose", staticmethod(choose))
    controller = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert prompts.shown[0][0] == "error" and "bị hỏng" in prompts.shown[0][1]
    assert offered == [path]
    assert isinstance(controller.window, MainWindow)
    assert controller.window.facilities_page.model.rowCount() == 2  # the backup's facilities
    assert list((path.parent / "backups").glob("*-before-restore.sqlite3"))  # damaged, kept
    controller.close()


def test_every_screen_fits_a_1366_by_768_screen(qtbot: QtBot, configured: Workspace) -> None:
    from desktop_app.domain.facility import Facility
    from desktop_app.services import facilities

    facilities.add_facility(configured, Facility("BT1", "BT", "Nhà truyền thống xã"), TODAY)
    window = _window(qtbot, configured)
    assert window.has_museum  # every screen, the museum's too
    for _label, page in window.pages:  # each built
        assert page.minimumSizeHint().width() <= 1366 - 190 - 40, _label
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768 - 60  # the taskbar
    window.stop_work()


def test_the_window_opens_maximized_on_a_small_screen(qtbot: QtBot, configured: Workspace) -> None:
    window = MainWindow(configured, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.width() <= 1440  # the offscreen screen: as small as a 1366x768 one
    window.show_on_screen()
    assert window.isMaximized()  # the charts' months and long labels are not cut
    window.stop_work()
