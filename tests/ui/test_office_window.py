"""The province office's window: its database backed up like a commune's, its aggregation
screen prefilled with its province and the template it issued last."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_app.services import setup
from desktop_app.services.aggregation.aggregation_rules import ACCEPTED, FLAGGED
from desktop_app.services.backup import backup
from desktop_app.services.backup.backup_restore import plan_restore
from desktop_app.services.plans import template_plans
from desktop_app.services.workspace import Workspace
from desktop_app.ui.app import AppController
from desktop_app.ui.backup.backup_labels import contents
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import Preferences
from tests.conftest import OFFICE_NAME
from tests.ui import test_aggregation_page as aggregation_ui
from tests.ui.conftest import Prompts, type_text
from tests.ui.test_aggregation_page import _add_folder, _check, _choose_2025, _page, _statuses

inbox = aggregation_ui.inbox  # the fixture: commune workbooks of 2025 in a folder


def test_the_offices_window_backs_up_at_start_on_closing_and_to_a_usb_stick(
    qtbot: QtBot, office: Workspace, data_dir: Path, prompts: Prompts, tmp_path: Path
) -> None:
    path = office.path
    office.close()
    controller = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    backups = path.parent / "backups"
    (daily,) = backups.glob("*-daily.sqlite3")  # the first start of the day
    assert backup.describe(daily).office_templates == 0  # the office's, with no plan yet
    assert window.backup_label.text().startswith("Sao lưu gần nhất:")
    assert window.backup_label.styleSheet() == ""

    usb = tmp_path / "usb"
    usb.mkdir()
    prompts.answers.append(str(usb))
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    (copy,) = usb.glob("*-manual.sqlite3")
    assert backup.describe(copy).office_templates == 0
    assert prompts.shown[-1][0] == "inform"

    assert controller.workspace is not None
    setup.configure_office(controller.workspace, "66", "Thư viện tỉnh Đắk Lắk")
    controller.close()  # something changed since the backup: the closing one
    (closing,) = backups.glob("*-exit.sqlite3")
    assert plan_restore(path, closing).backup.unit_name == "Thư viện tỉnh Đắk Lắk"


# --- the aggregation screen at the office ----------------------------------------------------


def _office_at(folder: Path) -> Workspace:
    """The office's database in a folder of its own (templates it issues go beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    ws = Workspace.open(folder / "so-vhttdl.sqlite3")
    setup.configure_office(ws, "66", OFFICE_NAME)
    return ws


def test_the_offices_aggregation_is_prefilled_with_its_province_and_newest_template(
    qtbot: QtBot, inbox: Path, prompts: Prompts, tmp_path: Path
) -> None:
    office = _office_at(tmp_path / "office")
    try:
        template_plans.create_from(office, "qd1520", "dak-lak-2025", _at(1))  # every province
        template_plans.create_from(office, "phu-yen-2023", "phu-yen-moi", _at(2))
        data = template_plans.template_data("dak-lak-2025")
        template_plans.save_version(office, data, _at(3))  # its v2: the newest issued
        assert template_plans.office_template(office).version == 2
        page = _page(qtbot, office)
        choices = page.choices
        assert choices.template_id() == "dak-lak-2025"
        assert choices.province_code() == "66"  # the office's, though the plan names none
        assert choices.province.currentText() == "Tỉnh Đắk Lắk (66)"
        _add_folder(qtbot, page, prompts, inbox)  # then only keys: the year, Ctrl+Enter
        _choose_2025(qtbot, page)
        _check(qtbot, page)
        assert page.aggregation is not None
        assert page.aggregation.province_code == "66"
        assert (page.aggregation.template.id, page.aggregation.template.version) == (
            "dak-lak-2025",
            2,
        )
        assert _statuses(page)["HTSD_66_24175_2025-N.xlsx"] in (ACCEPTED, FLAGGED)
        page.reload()  # the officer's own choice is kept on reload
        choices.template.setCurrentIndex(choices.template.findData("bac-giang-74-2023"))
        page.reload()
        assert choices.template_id() == "bac-giang-74-2023"
    finally:
        office.close()


def test_an_office_that_issued_nothing_yet_gets_its_province(
    qtbot: QtBot, prompts: Prompts, tmp_path: Path
) -> None:
    office = _office_at(tmp_path / "office")
    try:
        assert template_plans.office_template(office) is None
        page = _page(qtbot, office)
        assert page.choices.province_code() == "66"
        assert page.choices.template_id() == "qd1520"  # the national template, as before
    finally:
        office.close()


def test_a_plan_for_another_province_is_not_the_offices_and_a_new_name_keeps_its_plans(
    qtbot: QtBot, tmp_path: Path
) -> None:
    office = _office_at(tmp_path / "office")
    try:
        template_plans.create_from(office, "qd1520", "dak-lak-2025", _at(1))
        template_plans.create_from(office, "bac-giang-74-2023", "bac-ninh-moi", _at(2))
        setup.configure_office(office, "66", "Thư viện tỉnh Đắk Lắk")  # renamed since
        assert template_plans.office_template(office).id == "dak-lak-2025"
    finally:
        office.close()


def _at(day: int) -> datetime:
    return datetime(2026, 11, day, 9, 0, tzinfo=timezone(timedelta(hours=7)))


def test_the_offices_restore_list_counts_its_plans_and_a_communes_backup_is_asked_about(
    qtbot: QtBot, tmp_path: Path, prompts: Prompts
) -> None:
    from desktop_app.ui.backup.backup_dialog import RestoreDialog
    from tests.services.test_backup_restore import make_commune
    from tests.services.test_office_backup import _issue_two_versions, make_office

    db = make_office(tmp_path / "so-vhttdl.sqlite3")
    _issue_two_versions(db)
    ws = Workspace.open(db, create=False)
    try:
        backup.take_backup(ws, "daily", _at(21))
    finally:
        ws.close()
    commune = make_commune(tmp_path / "xa" / "hoa-phu.sqlite3")
    (tmp_path / "backups" / "hoa-phu-2026-11-22-0900-manual.sqlite3").write_bytes(
        commune.read_bytes()
    )  # a commune's copy put in the office's backups folder by hand
    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    rows = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())]
    office_copy = next(r for r in rows if r.kind == "daily")
    assert contents(office_copy) == "cơ sở dữ liệu của cơ quan: 2 tệp mẫu báo cáo"
    prompts.answers.append(False)  # the commune's copy, chosen by keys: asked, and refused
    dialog.table.selectRow(rows.index(next(r for r in rows if r.kind != "daily")))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    kind, text = prompts.shown[-1]
    assert kind == "confirm" and "đơn vị khác" in text
    assert "24175" in text and "cơ sở dữ liệu của cơ quan cấp tỉnh" in text
    assert dialog.chosen is None


# --- the office's window: the screens the office uses, and only those -------------------------


def _office_window(qtbot: QtBot, office: Workspace, data_dir: Path) -> AppController:
    path = office.path
    office.close()
    controller = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    qtbot.addWidget(controller.window)
    with qtbot.waitActive(controller.window):
        controller.window.activateWindow()
    return controller


def _key(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_the_offices_window_lists_its_screens_and_opens_on_its_plans(
    qtbot: QtBot, office: Workspace, data_dir: Path, prompts: Prompts
) -> None:
    controller = _office_window(qtbot, office, data_dir)
    window = controller.window
    assert isinstance(window, MainWindow) and window.is_office
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Kế hoạch, mẫu báo cáo",
        "Tổng hợp báo cáo",
        "Cài đặt",
    ]
    assert window.current_page() is window.plans_page  # where the office works
    assert [a.text() for a in window.go_actions] == [
        "Kế hoạch, mẫu báo cáo",
        "Tổng hợp báo cáo",
        "Cài đặt",
    ]
    file_menu = window.menuBar().actions()[0].menu()
    assert all("Nhập" not in action.text() for action in file_menu.actions())
    assert window.unit_label.text() == f"Cơ quan: {OFFICE_NAME} (66)"

    _key(qtbot, window, Qt.Key.Key_2)
    assert window.current_page() is window.aggregation_page
    assert window.aggregation_page.choices.province_code() == "66"
    _key(qtbot, window, Qt.Key.Key_3)
    assert window.current_page() is window.settings_page
    _key(qtbot, window, Qt.Key.Key_K)
    assert window.current_page() is window.plans_page
    _key(qtbot, window, Qt.Key.Key_2)
    _key(qtbot, window, Qt.Key.Key_1)
    assert window.current_page() is window.plans_page
    # a commune's keys do nothing here: no screen of visits, report, facilities..., no import
    for key in (Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0, Qt.Key.Key_I):
        _key(qtbot, window, key)
        assert window.current_page() is window.plans_page
    assert window.import_dialog is None and prompts.shown == []
    assert window.stack.count() == 3
    with pytest.raises(KeyError):
        window.visits_page  # noqa: B018 (no such screen is ever built)
    controller.close()


def test_the_office_renames_itself_in_its_settings_by_keys(
    qtbot: QtBot, office: Workspace, data_dir: Path, prompts: Prompts
) -> None:
    controller = _office_window(qtbot, office, data_dir)
    window = controller.window
    assert isinstance(window, MainWindow)
    _key(qtbot, window, Qt.Key.Key_3)
    settings = window.settings_page
    assert settings.province.text() == "Tỉnh Đắk Lắk (66)"
    assert settings.unit_name.text() == OFFICE_NAME
    assert not settings.commune.isVisible() and not settings.template.isVisible()
    assert not settings.preparer.isVisible() and not settings.receiving_office.isVisible()
    assert settings.unit_name.hasFocus()
    settings.unit_name.selectAll()
    type_text(qtbot, settings.unit_name, "Thư viện tỉnh Đắk Lắk")
    qtbot.keyClick(settings.unit_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert settings.saved_label.text() == "Đã lưu."
    assert controller.workspace is not None
    assert setup.office_name(controller.workspace) == "Thư viện tỉnh Đắk Lắk"
    qtbot.waitUntil(  # the change is announced to the window through the event loop
        lambda: window.unit_label.text() == "Cơ quan: Thư viện tỉnh Đắk Lắk (66)"
    )
    settings.unit_name.selectAll()
    qtbot.keyClick(settings.unit_name, Qt.Key.Key_Backspace)  # no name: the province's office
    qtbot.keyClick(settings.unit_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert setup.office_name(controller.workspace) == OFFICE_NAME
    assert settings.unit_name.text() == OFFICE_NAME
    controller.close()


def test_a_communes_window_is_unchanged(qtbot: QtBot, configured: Workspace) -> None:
    from tests.conftest import TODAY

    window = MainWindow(configured, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    assert not window.is_office and window.import_action is not None
    assert window.nav.count() == 11 and window.nav.item(0).text() == "Tổng quan"  # no museum
    assert window.go_actions[-1].shortcuts() == [QKeySequence("Ctrl+K")]
    assert window.unit_label.text() == "Đơn vị: Xã Hòa Phú (66-24175)"
