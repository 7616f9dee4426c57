"""The first-start wizard, driven from the keyboard as commune staff would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.setup.setup_wizard import SetupWizard
from tests.ui.conftest import type_text


def _wizard(qtbot: QtBot, workspace: Workspace) -> SetupWizard:
    wizard = SetupWizard(workspace)
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    return wizard


def _choose_hoa_phu(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.keyClicks(wizard.divisions.province_list.filter_edit, "dak lak")
    qtbot.keyClicks(wizard.divisions.commune_list.filter_edit, "hoa phu")


def test_keyboard_setup_stores_the_commune(qtbot: QtBot, workspace: Workspace) -> None:
    wizard = _wizard(qtbot, workspace)
    assert wizard.windowTitle() == "Thiết lập đơn vị – HTSD"
    assert wizard.currentPage().title() == "Xã của bạn"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.text() == "&Tiếp theo >"
    assert not next_button.isEnabled()

    provinces = wizard.divisions.province_list
    qtbot.keyClicks(provinces.filter_edit, "dak lak")
    assert provinces.visible_count() == 1
    assert provinces.current_key() == "66"
    assert not next_button.isEnabled()

    communes = wizard.divisions.commune_list
    assert communes.visible_count() == 102
    qtbot.keyClicks(communes.filter_edit, "hoa phu")
    assert communes.current_key() == "24175"  # the exact phrase ranks first
    qtbot.keyClick(communes.filter_edit, Qt.Key.Key_Down)
    assert communes.current_key() != "24175"
    qtbot.keyClick(communes.list_view, Qt.Key.Key_Up)
    assert communes.current_key() == "24175"
    assert next_button.isEnabled()

    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    unit_page = wizard.unit_page
    assert wizard.currentPage() is unit_page
    assert unit_page.unit_name.text() == "Xã Hòa Phú"
    assert unit_page.receiving_office.text() == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    type_text(qtbot, unit_page.preparer, "Nguyễn Thị Lan")
    type_text(qtbot, unit_page.head, "Trần Văn Minh")
    qtbot.keyClick(unit_page.head, Qt.Key.Key_Return)

    assert wizard.currentPage() is wizard.template_page
    page = wizard.template_page
    # Hòa Phú was a commune of former Đắk Lắk: Phú Yên's plan does not govern it (§8)
    assert page.template_id() == "qd1520"
    assert page.offered() == ["qd1520", "phu-yen-2023", "bac-giang-74-2023"]
    assert not page.warning.isVisibleTo(page)
    page.buttons["qd1520"].setFocus()
    qtbot.keyClick(page.buttons["qd1520"], Qt.Key.Key_Down)
    assert page.template_id() == "phu-yen-2023"
    assert page.warning.isVisibleTo(page)
    assert page.warning.text().startswith("“Kế hoạch năm 2023 của UBND tỉnh Phú Yên")
    assert "không áp dụng cho Xã Hòa Phú (24175)" in page.warning.text()
    qtbot.keyClick(page.buttons["phu-yen-2023"], Qt.Key.Key_Up)
    assert page.template_id() == "qd1520" and not page.warning.isVisibleTo(page)
    qtbot.keyClick(wizard, Qt.Key.Key_Return)

    assert wizard.currentPage() is wizard.summary_page
    summary = wizard.summary_page.summary.text()
    assert "Xã Hòa Phú (24175)" in summary and "Nguyễn Thị Lan" in summary
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    unit = workspace.unit()
    assert unit is not None
    assert (unit.province_code, unit.commune_code) == ("66", "24175")
    assert unit.preparer_name == "Nguyễn Thị Lan"
    assert unit.head_name == "Trần Văn Minh"
    assert unit.template_id == "qd1520"
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_commune_code_with_leading_zero_is_found_and_kept(
    qtbot: QtBot, workspace: Workspace
) -> None:
    wizard = _wizard(qtbot, workspace)
    qtbot.keyClicks(wizard.divisions.province_list.filter_edit, "ha noi")
    assert wizard.divisions.province_code() == "01"
    qtbot.keyClicks(wizard.divisions.commune_list.filter_edit, "00004")
    assert wizard.divisions.commune_code() == "00004"
    wizard.next()
    wizard.next()
    assert wizard.template_page.template_id() == "qd1520"
    wizard.next()
    wizard.save()
    assert workspace.unit().commune_code == "00004"


def test_empty_unit_name_blocks_next(qtbot: QtBot, workspace: Workspace) -> None:
    wizard = _wizard(qtbot, workspace)
    _choose_hoa_phu(qtbot, wizard)
    wizard.next()
    wizard.unit_page.unit_name.clear()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_text(qtbot, wizard.unit_page.unit_name, "Thư viện xã Hòa Phú")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_edited_unit_name_survives_going_back(qtbot: QtBot, workspace: Workspace) -> None:
    wizard = _wizard(qtbot, workspace)
    _choose_hoa_phu(qtbot, wizard)
    wizard.next()
    wizard.unit_page.unit_name.setText("Thư viện xã Hòa Phú")
    wizard.back()
    qtbot.keyClicks(wizard.divisions.commune_list.filter_edit, "")
    wizard.next()
    assert wizard.unit_page.unit_name.text() == "Thư viện xã Hòa Phú"


def test_cancel_stores_nothing(qtbot: QtBot, workspace: Workspace) -> None:
    wizard = _wizard(qtbot, workspace)
    _choose_hoa_phu(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert workspace.unit() is None


def test_a_database_of_another_commune_is_not_overwritten(
    qtbot: QtBot, configured: Workspace
) -> None:
    wizard = _wizard(qtbot, configured)
    qtbot.keyClicks(wizard.divisions.province_list.filter_edit, "ha noi")
    qtbot.keyClicks(wizard.divisions.commune_list.filter_edit, "00004")
    for _ in range(3):
        wizard.next()
    assert not wizard.summary_page.validatePage()
    assert "đã thuộc về Xã Hòa Phú" in wizard.summary_page.problem.text()
    assert configured.unit().commune_code == "24175"


def test_a_filter_with_no_match_disables_next(qtbot: QtBot, workspace: Workspace) -> None:
    wizard = _wizard(qtbot, workspace)
    _choose_hoa_phu(qtbot, wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    type_text(qtbot, wizard.divisions.commune_list.filter_edit, "zzz")
    assert wizard.divisions.commune_code() is None
    assert not next_button.isEnabled()
    wizard.divisions.province_list.filter_edit.setText("khong co tinh nay")
    assert wizard.divisions.province_code() is None
    assert wizard.divisions.commune_list.visible_count() == 0
    assert not next_button.isEnabled()


def test_the_plan_whose_scope_holds_the_commune_is_proposed(
    qtbot: QtBot, workspace: Workspace
) -> None:
    wizard = _wizard(qtbot, workspace)
    qtbot.keyClicks(wizard.divisions.province_list.filter_edit, "dak lak")
    qtbot.keyClicks(wizard.divisions.commune_list.filter_edit, "22045")  # former Phú Yên
    wizard.next()
    wizard.next()
    page = wizard.template_page
    assert page.offered()[:2] == ["phu-yen-2023", "qd1520"]
    assert page.template_id() == "phu-yen-2023" and not page.warning.isVisibleTo(page)
    wizard.back()
    wizard.back()  # another commune, of former Đắk Lắk: the proposal follows it
    wizard.divisions.commune_list.filter_edit.clear()
    qtbot.keyClicks(wizard.divisions.commune_list.filter_edit, "24175")
    wizard.next()
    wizard.next()
    assert page.template_id() == "qd1520" and not page.warning.isVisibleTo(page)


def test_template_order_puts_the_provinces_plan_after_the_default(
    qtbot: QtBot, workspace: Workspace
) -> None:
    wizard = _wizard(qtbot, workspace)
    qtbot.keyClicks(wizard.divisions.province_list.filter_edit, "bac ninh")
    qtbot.keyClicks(wizard.divisions.commune_list.filter_edit, "09187")  # former Bắc Ninh
    wizard.next()
    wizard.next()
    page = wizard.template_page
    assert page.offered()[:2] == ["qd1520", "bac-giang-74-2023"]
    page.buttons["bac-giang-74-2023"].setChecked(True)
    assert "không áp dụng cho Phường Kinh Bắc (09187)" in page.warning.text()


def test_the_office_is_set_up_from_the_keyboard_and_opens_on_its_plans(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    from desktop_app.services import setup
    from desktop_app.ui.app import AppController
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.preferences import Preferences

    path = tmp_path / "so-vhttdl.sqlite3"
    controller = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    wizard = controller.window
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    qtbot.keyClick(wizard, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # cơ quan văn hóa
    qtbot.waitUntil(wizard.divisions.for_office)  # a mnemonic clicks animated
    assert not wizard.divisions.commune_list.isEnabled()
    qtbot.keyClicks(wizard.divisions.province_list.filter_edit, "dak lak")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no commune needed
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    page = wizard.office_page
    assert wizard.currentPage() is page
    assert page.office_name.text() == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    with qtbot.waitSignal(wizard.accepted):
        qtbot.keyClick(page.office_name, Qt.Key.Key_Return)
    workspace = controller.workspace
    assert setup.database_role(workspace) == setup.OFFICE and workspace.unit() is None
    assert setup.office_name(workspace) == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.current_page() is window.plans_page
    assert window.plans_page.create_button.isEnabled()  # the office's tools
    controller.close()

    again = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert again.start()  # set up already: the window, not the wizard
    assert isinstance(again.window, MainWindow)
    qtbot.addWidget(again.window)
    again.close()


def test_a_commune_databases_wizard_cannot_choose_the_office(
    qtbot: QtBot, configured: Workspace
) -> None:
    wizard = _wizard(qtbot, configured)
    wizard.divisions.office_role.setChecked(True)
    qtbot.keyClicks(wizard.divisions.province_list.filter_edit, "dak lak")
    wizard.next()
    wizard.next()  # Finish on the office's page: refused, the commune stays
    assert wizard.currentPage() is wizard.office_page
    assert "là một xã nên không thể chuyển thành" in wizard.office_page.problem.text()
    assert configured.unit().commune_code == "24175"
