"""The facilities screen and form, driven by keyboard and mouse."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services import facilities
from desktop_app.services.workspace import Workspace
from desktop_app.ui.facilities.facilities_page import FacilitiesPage
from desktop_app.ui.facilities.facility_dialog import FacilityDialog
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, announced, type_text


def _page(qtbot: QtBot, workspace: Workspace) -> FacilitiesPage:
    page = FacilitiesPage(workspace, lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _open_new(qtbot: QtBot, page: FacilitiesPage) -> FacilityDialog:
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _choose_type(qtbot: QtBot, dialog: FacilityDialog, code: str) -> None:
    combo = dialog.type_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(code)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code


def test_empty_commune_shows_what_to_do(qtbot: QtBot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    assert page.empty_hint.isVisible()
    assert "Chưa có thiết chế nào" in page.empty_hint.text()
    assert not page.table.isVisible()
    assert not page.edit_button.isEnabled()


def test_add_a_facility_with_its_profile_by_keyboard(qtbot: QtBot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    dialog = _open_new(qtbot, page)
    assert dialog.windowTitle() == "Thêm thiết chế"
    qtbot.keyClicks(dialog.code, "tv1")
    _choose_type(qtbot, dialog, "TV_XA")
    type_text(qtbot, dialog.name, "Thư viện xã Hòa Phú")
    qtbot.keyClicks(dialog.opened, "01/03/2015")
    qtbot.keyClicks(dialog.books.lineEdit(), "3200")
    qtbot.keyClicks(dialog.computers.lineEdit(), "4")
    qtbot.keyClicks(dialog.computers_internet.lineEdit(), "2")
    qtbot.keyClick(dialog.library_software, Qt.Key.Key_Space)
    with announced(qtbot, workspace):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    stored = facilities.by_code(workspace, "TV1")
    assert stored.name == "Thư viện xã Hòa Phú"
    assert stored.opened_on == date(2015, 3, 1)
    (profile,) = facilities.profiles(workspace, stored.id)
    assert profile.effective_from == date(2015, 3, 1)  # defaults to the opening date
    assert (profile.books, profile.computers, profile.computers_internet) == (3200, 4, 2)
    assert profile.library_software and not profile.web_presence
    assert page.model.rowCount() == 1
    assert page.selected_row().facility.code == "TV1"
    shown = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert shown[:4] == ["TV1", "Thư viện xã Hòa Phú", "Thư viện cấp xã", "Thư viện"]
    assert shown[6] == "đang hoạt động"
    assert shown[7] == "3.200"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("code", "", "Chưa nhập mã thiết chế."),
        ("code", "thư viện", "chỉ được gồm chữ cái không dấu"),
        ("opened", "31/02/2020", "không phải là một ngày có thật trên lịch"),
        ("opened", "01/01/2030", "không được sau ngày hôm nay"),
        ("closed", "01/01/2010", "sớm hơn ngày bắt đầu hoạt động"),
    ],
)
def test_a_bad_value_is_refused_in_vietnamese_and_nothing_stored(
    qtbot: QtBot, workspace: Workspace, prompts: Prompts, field: str, text: str, message: str
) -> None:
    page = _page(qtbot, workspace)
    dialog = _open_new(qtbot, page)
    values = {"code": "TV1", "opened": "01/01/2015", "closed": ""} | {field: text}
    type_text(qtbot, dialog.code, values["code"])
    type_text(qtbot, dialog.name, "Thư viện")
    qtbot.keyClicks(dialog.opened, values["opened"])
    qtbot.keyClicks(dialog.closed, values["closed"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert message in dialog.problem.text()
    assert facilities.count(workspace) == 0
    prompts.answers.append(True)  # yes, throw away what was typed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompts.shown[-1] == ("confirm", "Đóng mà không lưu những gì vừa nhập?")
    assert not dialog.isVisible()


def test_internet_computers_above_computers_is_refused_at_the_field(
    qtbot: QtBot, workspace: Workspace, prompts: Prompts
) -> None:
    page = _page(qtbot, workspace)
    dialog = _open_new(qtbot, page)
    qtbot.keyClicks(dialog.code, "TV1")
    type_text(qtbot, dialog.name, "Thư viện")
    qtbot.keyClicks(dialog.computers.lineEdit(), "2")
    qtbot.keyClicks(dialog.computers_internet.lineEdit(), "5")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "không thể nhiều hơn" in dialog.problem.text()
    assert QApplication.focusWidget() in (
        dialog.computers_internet,
        dialog.computers_internet.lineEdit(),
    )
    assert facilities.count(workspace) == 0
    prompts.answers.append(False)  # Escape, then "no, keep my typing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.name.text() == "Thư viện"
    prompts.answers.append(True)
    dialog.reject()


def test_edit_name_and_record_a_new_dated_profile(qtbot: QtBot, configured: Workspace) -> None:
    page = _page(qtbot, configured)
    assert page.select_code("TV1")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.active_dialog
    assert dialog.name.text() == "Thư viện xã Hòa Phú"
    assert dialog.books.count() == 3200
    assert dialog.history_model.rowCount() == 1
    dialog.name.selectAll()
    type_text(qtbot, dialog.name, "Thư viện xã Hòa Phú (mới)")
    dialog.effective.selectAll()
    qtbot.keyClicks(dialog.effective, "01/01/2026")
    dialog.books.lineEdit().selectAll()
    qtbot.keyClicks(dialog.books.lineEdit(), "4100")
    with announced(qtbot, configured):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    tv1 = facilities.by_code(configured, "TV1")
    assert tv1.name == "Thư viện xã Hòa Phú (mới)"
    history = facilities.profiles(configured, tv1.id)
    assert [(p.effective_from, p.books) for p in history] == [
        (date(2026, 1, 1), 4100),
        (date(2015, 3, 1), 3200),
    ]


def test_saving_an_unchanged_form_adds_no_profile(qtbot: QtBot, configured: Workspace) -> None:
    page = _page(qtbot, configured)
    page.select_code("TV1")
    page.edit_selected()
    with announced(qtbot, configured):
        qtbot.keyClick(page.active_dialog.name, Qt.Key.Key_Return)
    tv1 = facilities.by_code(configured, "TV1")
    assert len(facilities.profiles(configured, tv1.id)) == 1


def test_close_then_reopen_a_facility(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    page = _page(qtbot, configured)
    page.select_code("TV1")
    prompts.answers.append((date(2026, 6, 30), True))
    with announced(qtbot, configured):
        qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert "Thư viện xã Hòa Phú" in prompts.shown[-1][1]
    tv1 = facilities.by_code(configured, "TV1")
    assert tv1.closed_on == date(2026, 6, 30)
    assert page.show_closed.isChecked()
    page.select_code("TV1")
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()

    page.show_closed.setChecked(False)
    assert not page.select_code("TV1")  # hidden while closed facilities are hidden
    page.show_closed.setChecked(True)
    page.select_code("TV1")

    prompts.answers.append(False)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert facilities.by_code(configured, "TV1").closed_on is not None
    prompts.answers.append(True)
    with announced(qtbot, configured):
        qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert facilities.by_code(configured, "TV1").closed_on is None


def test_closing_before_opening_is_refused_with_a_message(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    page = _page(qtbot, configured)
    page.select_code("TV1")
    prompts.answers.append((date(2010, 1, 1), True))
    page.close_selected()
    assert prompts.shown[-1][0] == "error"
    assert "sớm hơn ngày bắt đầu hoạt động" in prompts.shown[-1][1]
    assert facilities.by_code(configured, "TV1").closed_on is None


def test_delete_a_dated_profile(qtbot: QtBot, configured: Workspace, prompts: Prompts) -> None:
    tv1 = facilities.by_code(configured, "TV1")
    facilities.save_profile(
        configured, tv1.id, facilities.FacilityProfile(date(2026, 1, 1), books=9), TODAY
    )
    page = _page(qtbot, configured)
    page.select_code("TV1")
    page.edit_selected()
    dialog = page.active_dialog
    dialog.history.setFocus()
    dialog.history.selectRow(0)
    prompts.answers.append(True)
    qtbot.mouseClick(dialog.delete_profile_button, Qt.MouseButton.LeftButton)
    assert "01/01/2026" in prompts.shown[-1][1]
    assert [p.effective_from for p in facilities.profiles(configured, tv1.id)] == [date(2015, 3, 1)]
    assert dialog.history_model.rowCount() == 1
    dialog.reject()


@pytest.mark.parametrize(("answer", "expected"), [(0, "new"), (1, "corrected"), (None, "nothing")])
def test_changing_a_past_profile_asks_what_happened(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, answer: int | None, expected: str
) -> None:
    page = _page(qtbot, configured)
    page.select_code("TV1")
    page.edit_selected()
    dialog = page.active_dialog
    dialog.books.lineEdit().selectAll()
    qtbot.keyClicks(dialog.books.lineEdit(), "4100")
    prompts.answers.append(answer)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert prompts.shown[-1][0] == "choose"
    assert "01/03/2015" in prompts.shown[-1][1]
    tv1 = facilities.by_code(configured, "TV1")
    history = [(p.effective_from, p.books) for p in facilities.profiles(configured, tv1.id)]
    if expected == "new":
        assert history == [(TODAY, 4100), (date(2015, 3, 1), 3200)]
    elif expected == "corrected":
        assert history == [(date(2015, 3, 1), 4100)]
    else:
        assert history == [(date(2015, 3, 1), 3200)]
        assert dialog.isVisible()
        prompts.answers.append(True)
        dialog.reject()


def test_a_count_can_be_emptied_back_to_not_known(qtbot: QtBot, configured: Workspace) -> None:
    page = _page(qtbot, configured)
    page.select_code("TV1")
    page.edit_selected()
    dialog = page.active_dialog
    dialog.seats.lineEdit().setFocus()
    qtbot.keyClicks(dialog.seats.lineEdit(), "40")
    assert dialog.seats.count() == 40
    dialog.seats.lineEdit().selectAll()
    qtbot.keyClick(dialog.seats.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.seats.lineEdit(), Qt.Key.Key_Tab)
    assert dialog.seats.count() is None


def test_the_list_refreshes_after_a_profile_is_deleted_and_the_form_cancelled(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    tv1 = facilities.by_code(configured, "TV1")
    facilities.save_profile(
        configured, tv1.id, facilities.FacilityProfile(date(2026, 1, 1), books=9000), TODAY
    )
    page = _page(qtbot, configured)
    page.reload()
    page.select_code("TV1")
    assert page.selected_row().profile.books == 9000
    page.edit_selected()
    dialog = page.active_dialog
    dialog.history.selectRow(0)
    prompts.answers.append(True)
    dialog._delete_profile()
    dialog.reject()  # nothing typed since the delete: no question
    assert not dialog.isVisible()
    page.select_code("TV1")
    assert page.selected_row().profile.books == 3200
