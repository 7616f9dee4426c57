"""The digital-services screen, driven from the keyboard."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.digital import DigitalService
from desktop_app.i18n import install_language
from desktop_app.services import digital, facilities, submissions
from desktop_app.services.workspace import Workspace
from desktop_app.ui import theme
from desktop_app.ui.logs.digital_page import DigitalPage
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, announced


def _page(qtbot: QtBot, workspace: Workspace) -> DigitalPage:
    page = DigitalPage(workspace, lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _tv1(ws: Workspace) -> int:
    return facilities.by_code(ws, "TV1").id


def _choose_kind(qtbot: QtBot, page: DigitalPage, kind: str) -> None:
    combo = page.kind_combo
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(kind)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == kind


def _type_row(
    qtbot: QtBot, page: DigitalPage, day: str, kind: str, quantity: str, people: str = ""
) -> None:
    """Date, Tab, kind, Tab, quantity, Tab, participants, Enter - as a user types it."""
    page.date_edit.setFocus()
    page.date_edit.selectAll()
    qtbot.keyClicks(page.date_edit, day)
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Tab)
    assert page.kind_combo.hasFocus()
    _choose_kind(qtbot, page, kind)
    qtbot.keyClick(page.kind_combo, Qt.Key.Key_Tab)
    assert page.quantity.hasFocus()
    qtbot.keyClicks(page.quantity, quantity)
    last = page.quantity
    if page.participants.isEnabled():
        qtbot.keyClick(page.quantity, Qt.Key.Key_Tab)
        assert page.participants.hasFocus()
        qtbot.keyClicks(page.participants, people)
        last = page.participants
    qtbot.keyClick(last, Qt.Key.Key_Return)


def test_rows_typed_from_the_keyboard_are_stored_and_totalled(
    qtbot: QtBot, configured: Workspace
) -> None:
    page = _page(qtbot, configured)
    assert page.period().id == "2026-M11"
    assert page.date_edit.text() == "22/11/2026"
    with announced(qtbot, configured):
        _type_row(qtbot, page, "03/11/2026", "may_tinh", "12")
    assert page.date_edit.hasFocus() and page.quantity.text() == ""
    _type_row(qtbot, page, "04/11/2026", "may_tinh", "1.234")
    _type_row(qtbot, page, "04/11/2026", "ky_nang_so", "2", "35")
    tv1 = _tv1(configured)
    assert digital.existing(configured, tv1, date(2026, 11, 3), "may_tinh").quantity == 12
    skills = digital.existing(configured, tv1, date(2026, 11, 4), "ky_nang_so")
    assert (skills.quantity, skills.participants) == (2, 35)
    assert page.model.rowCount() == 3
    assert page.total_of("may_tinh").quantity == 1246
    assert (page.total_of("ky_nang_so").quantity, page.total_of("ky_nang_so").participants) == (
        2,
        35,
    )
    assert page.problem.text() == ""


def test_participants_are_typed_only_for_kinds_that_count_them(
    qtbot: QtBot, configured: Workspace
) -> None:
    page = _page(qtbot, configured)
    page.kind_combo.setFocus()
    _choose_kind(qtbot, page, "may_tinh")
    assert not page.participants.isEnabled()
    _choose_kind(qtbot, page, "truc_tuyen")
    assert page.participants.isEnabled()


@pytest.mark.parametrize("quantity", ["abc", "-4", "0", "200000"])
def test_a_bad_quantity_is_refused_with_a_message(
    qtbot: QtBot, configured: Workspace, quantity: str
) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    _type_row(qtbot, page, "03/11/2026", "so_hoa", quantity)
    assert page.problem.text() != ""
    assert page.quantity.hasFocus()  # the bad field, ready to be corrected
    assert page.quantity.text() == quantity
    assert digital.count(configured) == 0
    assert page.model.rowCount() == 0


def test_a_bad_date_is_refused(qtbot: QtBot, configured: Workspace) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    _type_row(qtbot, page, "31/02/2026", "so_hoa", "3")
    assert "not a day of the calendar" in page.problem.text()
    assert page.date_edit.hasFocus()
    _type_row(qtbot, page, "30/11/2026", "so_hoa", "3")
    assert "in the future" in page.problem.text()
    assert digital.count(configured) == 0


def test_a_locked_period_refuses_a_row(qtbot: QtBot, configured: Workspace) -> None:
    install_language("en")
    submissions.submit(configured, "2026-M11", "calendar", "Lan", datetime(2026, 11, 21, 9, 0))
    page = _page(qtbot, configured)
    _type_row(qtbot, page, "03/11/2026", "may_tinh", "12")
    assert "has been submitted" in page.problem.text()
    assert digital.count(configured) == 0


def test_a_second_row_for_the_same_day_and_kind_asks_replace_or_add(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    page = _page(qtbot, configured)
    _type_row(qtbot, page, "03/11/2026", "may_tinh", "12")
    prompts.answers.append(1)  # add
    _type_row(qtbot, page, "03/11/2026", "may_tinh", "5")
    assert prompts.shown[-1][0] == "choose"
    tv1 = _tv1(configured)
    assert digital.existing(configured, tv1, date(2026, 11, 3), "may_tinh").quantity == 17
    prompts.answers.append(0)  # replace
    _type_row(qtbot, page, "03/11/2026", "may_tinh", "9")
    assert digital.existing(configured, tv1, date(2026, 11, 3), "may_tinh").quantity == 9
    prompts.answers.append(None)  # cancelled: nothing changes, the typing stays
    _type_row(qtbot, page, "03/11/2026", "may_tinh", "4")
    assert digital.existing(configured, tv1, date(2026, 11, 3), "may_tinh").quantity == 9
    assert page.quantity.text() == "4"
    assert digital.count(configured) == 1


def test_enter_on_a_row_corrects_it_and_delete_removes_it(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    tv1 = _tv1(configured)
    digital.save(configured, DigitalService(date(2026, 11, 3), tv1, "truc_tuyen", 1, 20), TODAY)
    digital.save(configured, DigitalService(date(2026, 11, 2), tv1, "so_hoa", 8), TODAY)
    page = _page(qtbot, configured)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editing is not None and page.date_edit.hasFocus()
    assert (page.kind_combo.currentData(), page.participants.text()) == ("truc_tuyen", "20")
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(page.kind_combo, Qt.Key.Key_Tab)
    qtbot.keyClick(page.quantity, Qt.Key.Key_Tab)
    page.participants.selectAll()
    qtbot.keyClicks(page.participants, "25")
    qtbot.keyClick(page.participants, Qt.Key.Key_Return)
    online = digital.existing(configured, tv1, date(2026, 11, 3), "truc_tuyen")
    assert online.participants == 25 and page.editing is None
    assert digital.count(configured) == 2

    page.table.setFocus()
    page.table.selectRow(1)  # 02/11, digitised
    prompts.answers.append(False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert digital.count(configured) == 2
    prompts.answers.append(True)
    with announced(qtbot, configured):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert digital.existing(configured, tv1, date(2026, 11, 2), "so_hoa") is None
    assert page.model.rowCount() == 1 and page.total_of("so_hoa").quantity == 0


def test_the_period_and_facility_choose_what_is_shown(qtbot: QtBot, configured: Workspace) -> None:
    tv1 = _tv1(configured)
    digital.save(configured, DigitalService(date(2026, 10, 3), tv1, "may_tinh", 30), TODAY)
    digital.save(configured, DigitalService(date(2026, 11, 3), tv1, "may_tinh", 12), TODAY)
    page = _page(qtbot, configured)
    assert page.facility_combo.current_id() == tv1 and page.model.rowCount() == 1
    page.period_picker.set_period("2026-Q4")
    assert page.model.rowCount() == 2 and page.total_of("may_tinh").quantity == 42
    page.facility_combo.select_id(facilities.by_code(configured, "NVH1").id)
    assert page.model.rowCount() == 0 and page.total_of("may_tinh").quantity == 0


def test_the_profile_in_force_at_the_period_end_and_its_form(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    assert page.shown_profile.computers == 4
    assert "4 public computers, 2 with Internet" in page.profile_label.text()
    assert "library software: no" in page.profile_label.text()
    page.profile_button.setFocus()
    qtbot.keyClick(page.profile_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.computers.lineEdit().selectAll()
    qtbot.keyClicks(dialog.computers.lineEdit(), "6")
    qtbot.keyClick(dialog.library_software, Qt.Key.Key_Space)
    prompts.answers.append(0)  # the facility changed: a new profile from today
    with announced(qtbot, configured):
        qtbot.keyClick(dialog.computers.lineEdit(), Qt.Key.Key_Return)
    assert page.shown_profile.computers == 6 and page.shown_profile.library_software
    assert "6 public computers, 2 with Internet" in page.profile_label.text()
    page.period_picker.set_period("2026-M10")  # before the new profile took effect
    assert page.shown_profile.computers == 4


def test_without_facilities_the_screen_says_what_to_do(qtbot: QtBot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    assert page.empty_hint.isVisible() and not page.table.isVisible()
    assert not page.save_button.isEnabled() and not page.profile_button.isEnabled()


def test_ctrl_n_starts_a_new_row_and_a_row_outside_the_period_is_announced(
    qtbot: QtBot, configured: Workspace
) -> None:
    page = _page(qtbot, configured)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.date_edit.hasFocus() and page.date_edit.selectedText() == page.date_edit.text()
    assert page.status.text() == "Dòng mới: gõ ngày, rồi các số liệu, và nhấn Enter."
    _type_row(qtbot, page, "05/10/2026", "may_tinh", "7")  # October, while November is shown
    assert digital.existing(configured, _tv1(configured), date(2026, 10, 5), "may_tinh")
    assert page.model.rowCount() == 0  # not in the list of November...
    assert page.status.text() == (  # ...and said so, with where it went
        "Đã lưu dòng ngày 05/10/2026. Ngày này nằm ngoài kỳ đang xem (01/11/2026 đến "
        "30/11/2026) nên dòng không có trong danh sách dưới đây: hãy chọn kỳ có ngày đó để xem."
    )
    assert theme.WARNING in page.status.styleSheet()
