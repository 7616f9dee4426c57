"""The activities screen and form, driven from the keyboard."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.activities import Activity
from desktop_app.domain.periods import parse_period
from desktop_app.i18n import install_language
from desktop_app.services import activities, facilities, submissions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.activities.activities_page import ActivitiesPage
from desktop_app.ui.activities.activity_dialog import ActivityDialog
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, announced, type_text


def _page(qtbot: QtBot, workspace: Workspace) -> ActivitiesPage:
    page = ActivitiesPage(workspace, lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _reactivate(qtbot: QtBot, page: ActivitiesPage) -> None:
    """The offscreen platform has no window manager to hand focus back after a dialog."""
    with qtbot.waitActive(page):
        page.activateWindow()


def _focus() -> object:
    return QApplication.focusWidget()


def _type(qtbot: QtBot, text: str) -> None:
    type_text(qtbot, _focus(), text)


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(_focus(), key)


def _open_new(qtbot: QtBot, page: ActivitiesPage) -> ActivityDialog:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _facility_id(ws: Workspace, code: str) -> int:
    return facilities.by_code(ws, code).id  # type: ignore[union-attr,return-value]


def _stored(ws: Workspace, start: date, end: date | None = None, **kw: object) -> Activity:
    values: dict = dict(start_day=start, end_day=end or start, facility_id=_facility_id(ws, "TV1"),
                        type="noi_chuyen", title="Nói chuyện chuyên đề", participants=40,
                        children=10)  # fmt: skip
    return activities.add_activity(ws, Activity(**{**values, **kw}), TODAY)


def _all(ws: Workspace) -> list[Activity]:
    return [r.activity for r in activities.list_rows(ws, parse_period("2026-N"))]


def test_keyboard_only_add_an_activity_and_see_it_counted(
    qtbot: QtBot, configured: Workspace
) -> None:
    install_language("en")
    page = _page(qtbot, configured)  # this month: November 2026
    assert page.totals.text() == "Activities in this period: 0. Participants: 0."
    dialog = _open_new(qtbot, page)
    assert _focus() is dialog.start
    _type(qtbot, "18/11/2026")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "20/11/2026")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.facility
    _key(qtbot, Qt.Key.Key_Down)  # NVH1, then TV1
    assert dialog.facility.current_facility().code == "TV1"  # type: ignore[union-attr]
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Down)  # Book Day, then Lifelong Learning Week
    assert dialog.type_combo.currentData() == "tuan_le_htsd"
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Triển lãm sách về biển đảo")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Trường THCS Hòa Phú")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.mode
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Space)  # serves lifelong learning
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "150")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "90")
    with announced(qtbot, configured):
        _key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (stored,) = _all(configured)
    assert (stored.start_day, stored.end_day) == (date(2026, 11, 18), date(2026, 11, 20))
    assert (stored.type, stored.title, stored.partners) == (
        "tuan_le_htsd", "Triển lãm sách về biển đảo", "Trường THCS Hòa Phú"
    )  # fmt: skip
    assert (stored.mode, stored.lifelong_learning) == ("tai_cho", True)
    assert (stored.participants, stored.children, stored.elderly, stored.women) == (150, 90, 0, 0)
    assert page.totals.text() == "Activities in this period: 1. Participants: 150."
    assert page.selected_row().activity.id == stored.id  # type: ignore[union-attr]
    shown = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert shown[:3] == ["18/11/2026", "20/11/2026", "TV1"]
    assert shown[7] == "150"


def test_an_activity_crossing_a_period_end_counts_only_in_its_first_period(
    qtbot: QtBot, configured: Workspace
) -> None:
    _stored(configured, date(2026, 9, 29), date(2026, 10, 2), participants=70)
    _stored(configured, date(2026, 10, 9), title="Sau", participants=30)
    page = _page(qtbot, configured)
    page.period_picker.set_period("2026-Q3")
    assert [r.activity.participants for r in page.model.rows()] == [70]
    q3_totals = page.totals.text()
    page.period_picker.set_period("2026-Q4")
    assert [r.activity.title for r in page.model.rows()] == ["Sau"]
    assert q3_totals != page.totals.text()
    page.period_picker.set_period("2026-M10")
    assert [r.activity.title for r in page.model.rows()] == ["Sau"]


def test_filters_by_facility_and_type(qtbot: QtBot, configured: Workspace) -> None:
    install_language("en")
    _stored(configured, date(2026, 11, 2))
    _stored(configured, date(2026, 11, 3), facility_id=_facility_id(configured, "NVH1"),
            type="van_nghe", title="Hội diễn", participants=200, children=0)  # fmt: skip
    page = _page(qtbot, configured)
    assert page.facility_filter.currentText() == "All facilities"
    assert page.model.rowCount() == 2
    assert page.totals.text() == "Activities in this period: 2. Participants: 240."
    page.facility_filter.setFocus()
    qtbot.keyClick(page.facility_filter, Qt.Key.Key_Down)  # NVH1
    assert [r.activity.title for r in page.model.rows()] == ["Hội diễn"]
    assert page.totals.text() == "Activities in this period: 1. Participants: 200."
    qtbot.keyClick(page.facility_filter, Qt.Key.Key_Up)
    page.type_filter.setCurrentIndex(page.type_filter.findData("noi_chuyen"))
    assert [r.activity.title for r in page.model.rows()] == ["Nói chuyện chuyên đề"]
    page.reload()  # a reload keeps the filters
    assert page.facility_filter.currentText() == "All facilities"
    assert page.model.rowCount() == 1


@pytest.mark.parametrize(
    ("start", "end", "participants", "children", "message"),
    [
        ("10/11/2026", "", "30", "31", "is above the total (30)"),
        ("10/11/2026", "09/11/2026", "30", "5", "The last day is before the first day."),
        ("31/02/2026", "", "30", "5", "is not a day of the calendar"),
        ("", "", "30", "5", "Type the first day."),
        ("01/12/2026", "", "30", "5", "is in the future"),
        ("01/01/2015", "", "30", "5", "opened on 01/03/2015"),
    ],
)
def test_a_bad_activity_is_refused_in_the_form_and_nothing_stored(
    qtbot: QtBot,
    configured: Workspace,
    prompts: Prompts,
    start: str,
    end: str,
    participants: str,
    children: str,
    message: str,
) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    dialog = _open_new(qtbot, page)
    dialog.facility.select_id(_facility_id(configured, "TV1"))
    qtbot.keyClicks(dialog.start, start)
    qtbot.keyClicks(dialog.end, end)
    type_text(qtbot, dialog.title, "Lớp kỹ năng số")
    qtbot.keyClicks(dialog.participants.lineEdit(), participants)
    qtbot.keyClicks(dialog.children.lineEdit(), children)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert message in dialog.problem.text()
    assert _all(configured) == []
    prompts.answers.append(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_edit_with_f2_and_enter_then_delete_after_confirmation(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    stored = _stored(configured, date(2026, 11, 5))
    page = _page(qtbot, configured)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.active_dialog
    assert dialog is not None and dialog.title.text() == "Nói chuyện chuyên đề"
    assert dialog.end.text() == ""  # a one-day activity
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.participants.lineEdit().selectAll()
    qtbot.keyClicks(dialog.participants.lineEdit(), "55")
    with announced(qtbot, configured):
        qtbot.keyClick(dialog.participants.lineEdit(), Qt.Key.Key_Return)
    assert activities.get(configured, stored.id).participants == 55  # type: ignore[arg-type]
    _reactivate(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.active_dialog is not None and page.active_dialog.participants.count() == 55
    page.active_dialog.reject()
    _reactivate(qtbot, page)
    page.table.setFocus()
    prompts.answers.append(False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(_all(configured)) == 1
    prompts.answers.append(True)
    with announced(qtbot, configured):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _all(configured) == []
    assert page.empty_hint.isVisible()


def test_a_submitted_period_refuses_edits(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    install_language("en")
    _stored(configured, date(2026, 10, 20))
    q4 = parse_period("2026-Q4")
    submissions.submit(configured, q4.id, "calendar", "Lan", datetime(2026, 11, 20, 9, 0))
    page = _page(qtbot, configured)
    page.period_picker.set_period("2026-Q4")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = page.active_dialog
    assert dialog is not None
    type_text(qtbot, dialog.title, " (sửa)")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert "has been submitted" in dialog.problem.text()
    assert _all(configured)[0].title == "Nói chuyện chuyên đề"
    prompts.answers.append(True)
    dialog.reject()
    _reactivate(qtbot, page)
    page.table.setFocus()
    prompts.answers.append(True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert prompts.shown[-1][0] == "error" and "2026-Q4" in prompts.shown[-1][1]
    assert len(_all(configured)) == 1


def test_an_activity_outside_the_shown_period_brings_its_month(
    qtbot: QtBot, configured: Workspace
) -> None:
    page = _page(qtbot, configured)
    dialog = _open_new(qtbot, page)
    qtbot.keyClicks(dialog.start, "21/04/2026")
    type_text(qtbot, dialog.title, "Ngày Sách và Văn hóa đọc")
    qtbot.keyClicks(dialog.participants.lineEdit(), "60")
    with announced(qtbot, configured):
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert page.period_picker.period_id() == "2026-M04"
    assert [r.activity.participants for r in page.model.rows()] == [60]
