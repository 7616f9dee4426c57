"""The visits grid, typed from the keyboard as from a paper log book."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.domain.facility import Facility
from desktop_app.services import facilities, submissions, visits
from desktop_app.services.workspace import Workspace
from desktop_app.ui import theme
from desktop_app.ui.visits.visits_grid import SpreadsheetView
from desktop_app.ui.visits.visits_model import COLUMNS
from desktop_app.ui.visits.visits_page import VisitsPage
from tests.conftest import TODAY

TOTAL, CHILDREN, WOMEN = COLUMNS.index("total"), COLUMNS.index("children"), COLUMNS.index("women")


@pytest.fixture
def page(qtbot: QtBot, configured: Workspace) -> VisitsPage:
    widget = VisitsPage(configured, lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    tv1 = facilities.by_code(configured, "TV1")
    widget.select(tv1.id, 2026, 11)
    return widget


def go(page: VisitsPage, day: int, column: int) -> None:
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(day - 1, column))


def type_cell(qtbot: QtBot, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into the focused cell as a person does: the first key opens the editor, Enter
    or Tab commits (Qt commits on its next turn of the event loop, so wait for that)."""
    view = QApplication.focusWidget()
    while view is not None and not isinstance(view, SpreadsheetView):
        view = view.parentWidget()
    assert view is not None, "the grid has the focus"
    start = view.currentIndex()
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.waitUntil(lambda: view.currentIndex() != start)


def stored(workspace: Workspace) -> dict[int, tuple[int, int]]:
    tv1 = facilities.by_code(workspace, "TV1")
    rows = visits.between(workspace, tv1.id, date(2026, 11, 1), date(2026, 11, 30))
    return {v.day.day: (v.total, v.children) for v in rows}


def test_type_a_column_of_days_with_enter(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    go(page, 2, TOTAL)
    for number in ("23", "31", "44"):
        type_cell(qtbot, number)
    assert stored(configured) == {2: (23, 0), 3: (31, 0), 4: (44, 0)}
    assert page.grid.currentIndex().row() == 4  # the cursor went down after each Enter
    assert page.model.index(page.model.totals_row(), TOTAL).data() == "98"
    assert page.message.text() == "Đã lưu."


def test_tab_moves_right_along_a_day(qtbot: QtBot, page: VisitsPage, configured: Workspace) -> None:
    go(page, 5, TOTAL)
    type_cell(qtbot, "40", Qt.Key.Key_Tab)
    type_cell(qtbot, "12", Qt.Key.Key_Tab)
    assert stored(configured) == {5: (40, 12)}
    assert page.grid.currentIndex().column() == CHILDREN + 1


def test_enter_after_tab_tab_goes_to_the_first_value_of_the_next_day(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    go(page, 8, TOTAL)
    type_cell(qtbot, "40", Qt.Key.Key_Tab)
    type_cell(qtbot, "12", Qt.Key.Key_Tab)
    type_cell(qtbot, "3")
    assert (page.grid.currentIndex().row(), page.grid.currentIndex().column()) == (8, TOTAL)
    type_cell(qtbot, "41", Qt.Key.Key_Tab)  # the next day, as in Excel after Tab, Tab, Enter
    assert stored(configured) == {8: (40, 12), 9: (41, 0)}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)  # moving by arrows: Enter goes straight down
    type_cell(qtbot, "2")
    assert (page.grid.currentIndex().row(), page.grid.currentIndex().column()) == (9, CHILDREN + 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "không phải là một số nguyên"),
        ("-5", "không được là số âm"),
        ("1000000000000", "vượt quá mức hợp lý"),
        ("2,5", "không phải là một số nguyên"),
    ],
)
def test_a_bad_value_is_refused_at_the_cell(
    qtbot: QtBot, page: VisitsPage, configured: Workspace, text: str, message: str
) -> None:
    go(page, 6, TOTAL)
    type_cell(qtbot, "30")
    go(page, 6, TOTAL)
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert message in page.message.text()
    assert stored(configured) == {6: (30, 0)}
    refused_in_place(page, 6, TOTAL, text)
    type_cell(qtbot, "31")  # typing replaces the selected value
    assert stored(configured) == {6: (31, 0)}
    assert page.grid.currentIndex().row() == 6


def refused_in_place(page: VisitsPage, day: int, column: int, text: str) -> None:
    """The refused text is still in the cell's editor, selected, the cursor on it."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert page.grid.state() == page.grid.State.EditingState
    assert (page.grid.currentIndex().row(), page.grid.currentIndex().column()) == (day - 1, column)
    assert (editor.text(), editor.selectedText()) == (text, text)


def test_of_which_above_the_total_is_refused(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    go(page, 7, TOTAL)
    type_cell(qtbot, "10", Qt.Key.Key_Tab)
    for char in "11":
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert "lớn hơn tổng số (10)" in page.message.text()
    assert stored(configured) == {7: (10, 0)}
    refused_in_place(page, 7, CHILDREN, "11")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # dropped: back to the grid
    assert QApplication.focusWidget() is page.grid
    assert page.model.index(6, CHILDREN).data() == "0"  # the stored value, unchanged


def test_days_before_opening_and_in_the_future_cannot_be_typed(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    facilities.add_facility(
        configured, Facility("PD1", "PD_THON", "Phòng đọc", opened_on=date(2026, 11, 10)), TODAY
    )
    page.reload()
    page.select(facilities.by_code(configured, "PD1").id, 2026, 11)
    assert not page.model.is_editable_row(8)  # 09/11, before it opened
    assert page.model.is_editable_row(9)  # 10/11
    assert not page.model.is_editable_row(22)  # 23/11, tomorrow
    assert not page.model.flags(page.model.index(8, TOTAL)) & Qt.ItemFlag.ItemIsEditable


def test_undo_and_redo(qtbot: QtBot, page: VisitsPage, configured: Workspace) -> None:
    go(page, 3, TOTAL)
    type_cell(qtbot, "20")
    go(page, 3, TOTAL)
    type_cell(qtbot, "25")
    assert stored(configured) == {3: (25, 0)}
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(configured) == {3: (20, 0)}
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(configured) == {}
    qtbot.keyClick(page.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(configured) == {3: (20, 0)}


def test_paste_a_block_from_excel(qtbot: QtBot, page: VisitsPage, configured: Workspace) -> None:
    QGuiApplication.clipboard().setText("10\t2\n12\t3\n15\t4\n")
    go(page, 9, TOTAL)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(configured) == {9: (10, 2), 10: (12, 3), 11: (15, 4)}
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(configured) == {}  # the whole block is one step


@pytest.mark.parametrize(
    "block", ["10\tabc\n12\t3\n", "10\t12\n", "10\n-1\n", "5\t1\t1\t1\t1\t1\t1\t1\t1\t1\tx\ty\n"]
)
def test_a_bad_pasted_block_stores_nothing(
    qtbot: QtBot, page: VisitsPage, configured: Workspace, block: str
) -> None:
    QGuiApplication.clipboard().setText(block)
    go(page, 14, TOTAL)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.message.styleSheet() == theme.text_style(theme.PROBLEM)
    assert page.message.text()
    assert stored(configured) == {}


def test_delete_clears_the_selected_cells(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    QGuiApplication.clipboard().setText("10\t2\n12\t3\n")
    go(page, 1, TOTAL)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    go(page, 1, TOTAL)
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)  # the total alone: children would exceed it
    assert "lớn hơn tổng số (0)" in page.message.text()
    assert stored(configured) == {1: (10, 2), 2: (12, 3)}
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert page.grid.selected_block() == (0, TOTAL, 0, CHILDREN)
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert stored(configured) == {2: (12, 3)}


def test_an_unusual_total_is_kept_with_a_warning(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    tv1 = facilities.by_code(configured, "TV1")
    # Four Mondays of October with about 20 visits each.
    from desktop_app.domain.visits import VisitDay

    visits.save_visits(
        configured,
        [VisitDay(tv1.id, date(2026, 10, d), total=20) for d in (12, 19, 26)]
        + [VisitDay(tv1.id, date(2026, 11, 2), total=22)],
        TODAY,
    )
    page.load_month()
    go(page, 9, TOTAL)  # Monday 09/11
    type_cell(qtbot, "90")
    assert stored(configured)[9] == (90, 0)
    assert "09/11" in page.message.text()
    assert page.message.styleSheet() == theme.text_style(theme.WARNING)
    assert date(2026, 11, 9) in page.model.month.unusual
    go(page, 16, TOTAL)  # Monday 16/11, normal
    type_cell(qtbot, "25")
    assert page.message.text() == "Đã lưu."


def test_a_submitted_period_is_locked(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    submissions.submit(configured, "2026-M11", "calendar", "Lan", datetime(2026, 11, 21, 9, 0))
    page.load_month()
    assert not page.model.is_editable_row(2)
    QGuiApplication.clipboard().setText("10\n")
    go(page, 3, TOTAL)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(configured) == {}
    assert page.message.text()


def test_month_navigation_by_keyboard(qtbot: QtBot, page: VisitsPage) -> None:
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert (page.year.value(), page.month.currentData()) == (2026, 10)
    assert page.model.rowCount() == 32  # 31 days and the totals row
    page.step_month(-10)
    page.step_month(1)
    assert page.model.month.month in range(1, 13)


def test_typing_on_a_grey_day_says_why(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    go(page, 25, TOTAL)  # 25/11, after "today"
    qtbot.keyClick(page.grid, "5")
    assert page.message.text() == (
        "Ngày này thiết chế chưa hoặc không còn hoạt động, hoặc chưa tới ngày."
    )
    page.grid.setCurrentIndex(page.model.index(page.model.totals_row(), TOTAL))
    qtbot.keyClick(page.grid, "5")
    assert page.message.text() == (
        "Dòng cộng tháng được tự tính; hãy nhập số liệu vào các ngày ở trên."
    )
    assert stored(configured) == {}


def test_ctrl_2_puts_the_cursor_in_the_grid(qtbot: QtBot, configured: Workspace) -> None:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(configured, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tv1 = facilities.by_code(configured, "TV1")
    window.visits_page.select(tv1.id, 2026, 11)
    window.show_page(window.index_of(window.facilities_page))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.visits_page.grid
    type_cell(qtbot, "17")
    assert sum(total for total, _ in stored(configured).values()) == 17


def test_copy_and_paste_keep_the_estimated_flag(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    from desktop_app.domain.visits import VisitDay

    tv1 = facilities.by_code(configured, "TV1").id
    visits.save_visits(
        configured, [VisitDay(tv1, date(2026, 11, 3), total=30, estimated=True)], TODAY
    )
    page.load_month()
    estimated = COLUMNS.index("estimated")
    go(page, 3, TOTAL)
    page.grid.selectionModel().clearSelection()
    page.grid.setCurrentIndex(page.model.index(2, TOTAL))
    page.grid.selectionModel().select(
        QItemSelection(page.model.index(2, TOTAL), page.model.index(2, estimated)),
        QItemSelectionModel.SelectionFlag.Select,
    )
    qtbot.keyClick(page.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().split("\t")[-1] == "1"
    go(page, 4, TOTAL)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = visits.between(configured, tv1, date(2026, 11, 3), date(2026, 11, 4))
    assert [(v.total, v.estimated) for v in rows] == [(30, True), (30, True)]
    QGuiApplication.clipboard().setText("31\t0\t0\t0\t0\t0\t0\t0\t0\t\n")  # estimated left empty
    go(page, 3, TOTAL)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    day3 = visits.between(configured, tv1, date(2026, 11, 3), date(2026, 11, 3))
    assert (day3[0].total, day3[0].estimated) == (31, True)


def test_undo_of_a_change_in_another_month_shows_that_month_and_says_so(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    tv1 = facilities.by_code(configured, "TV1")
    page.select(tv1.id, 2026, 10)
    go(page, 3, TOTAL)
    type_cell(qtbot, "20", Qt.Key.Key_Tab)
    type_cell(qtbot, "4", Qt.Key.Key_Tab)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert (page.model.month.year, page.model.month.month) == (2026, 11)
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (page.model.month.year, page.model.month.month) == (2026, 10)  # shown first
    assert page.month.currentIndex() == 9
    october = visits.between(configured, tv1.id, date(2026, 10, 1), date(2026, 10, 31))
    assert [(v.day.day, v.total, v.children) for v in october] == [(3, 20, 0)]
    assert page.message.text() == (
        "Đã hoàn tác: 03/10/2026 (Thiếu nhi). Thay đổi này thuộc "
        f"{page.facility.currentText()}, tháng 10/2026: đã chuyển sang tháng đó."
    )
    assert page.grid.currentIndex().row() == 2  # on the day that changed
    qtbot.keyClick(page.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert page.message.text() == "Đã làm lại: 03/10/2026 (Thiếu nhi)."
    assert page.model.record_at(2).children == 4


def test_the_numeric_keypad_types_and_its_enter_stores(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    keypad = Qt.KeyboardModifier.KeypadModifier
    go(page, 12, TOTAL)
    for digit in "37":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_0.value + int(digit)), keypad)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter, keypad)
    assert stored(configured) == {12: (37, 0)}
    assert page.grid.currentIndex().row() == 12  # down to the next day


def test_a_refused_value_is_not_dropped_by_a_click_elsewhere(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    go(page, 8, TOTAL)
    type_cell(qtbot, "20")
    go(page, 8, TOTAL)
    for char in "2x":
        qtbot.keyClick(QApplication.focusWidget(), char)
    elsewhere = page.grid.visualRect(page.model.index(11, TOTAL)).center()
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=elsewhere)
    qtbot.waitUntil(lambda: page.grid.state() == page.grid.State.EditingState)
    assert "không phải là một số nguyên" in page.message.text()
    assert stored(configured) == {8: (20, 0)}
    refused_in_place(page, 8, TOTAL, "2x")
    type_cell(qtbot, "21")  # corrected in place
    assert stored(configured) == {8: (21, 0)}


def test_a_good_value_is_stored_by_a_click_elsewhere(
    qtbot: QtBot, page: VisitsPage, configured: Workspace
) -> None:
    go(page, 9, TOTAL)
    for char in "17":
        qtbot.keyClick(page.grid if char == "1" else QApplication.focusWidget(), char)
    elsewhere = page.grid.visualRect(page.model.index(11, TOTAL)).center()
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=elsewhere)
    qtbot.waitUntil(lambda: stored(configured) == {9: (17, 0)})
    assert page.grid.state() != page.grid.State.EditingState
