"""The clubs screen, its form and its sessions log, driven from the keyboard."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.clubs import Club, ClubSession
from desktop_app.domain.periods import parse_period
from desktop_app.i18n import install_language
from desktop_app.services import clubs, facilities, submissions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.clubs.club_dialog import ClubDialog
from desktop_app.ui.clubs.clubs_page import ClubsPage
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, announced, type_text

SESSIONS, ATTENDANCE, ACTIVE = 6, 7, 8  # columns of the clubs list


def stored_sessions(workspace: Workspace, club_id: int) -> list[ClubSession]:
    """The club's sessions as the sessions panel reads them."""
    return [row.session for row in clubs.sessions(workspace, club_id)]


def _page(qtbot: QtBot, workspace: Workspace) -> ClubsPage:
    page = ClubsPage(workspace, lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _reactivate(qtbot: QtBot, page: ClubsPage) -> None:
    """The offscreen platform has no window manager to hand focus back after a dialog."""
    with qtbot.waitActive(page):
        page.activateWindow()


def _focus() -> object:
    return QApplication.focusWidget()


def _type(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the keyboard focus, as a person would."""
    type_text(qtbot, _focus(), text)


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(_focus(), key)


def _stored_club(ws: Workspace, **kw: object) -> Club:
    host = facilities.by_code(ws, "NVH1")
    values: dict = dict(code="CLB1", name="CLB Văn nghệ", kind="clb", field="van_nghe",
                        facility_id=host.id, members=10)  # type: ignore[union-attr]  # fmt: skip
    return clubs.add_club(ws, Club(**{**values, **kw}), TODAY)


def _open_new(qtbot: QtBot, page: ClubsPage) -> ClubDialog:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _add_session(qtbot: QtBot, day: str, topic: str, attendance: str) -> None:
    _type(qtbot, day)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, topic)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, attendance)
    _key(qtbot, Qt.Key.Key_Return)


def test_keyboard_only_add_a_club_then_three_sessions_and_see_it_active(
    qtbot: QtBot, configured: Workspace
) -> None:
    page = _page(qtbot, configured)
    page.period_picker.kind.setFocus()  # Alt+P in the window; the picker opens on this month
    _key(qtbot, Qt.Key.Key_Up)  # Month -> Quarter
    _key(qtbot, Qt.Key.Key_Tab)  # the year stays 2026
    _key(qtbot, Qt.Key.Key_Tab)
    for _ in range(3):
        _key(qtbot, Qt.Key.Key_Down)  # Quarter 1 -> Quarter 4
    assert page.period_picker.period_id() == "2026-Q4"
    assert page.empty_hint.isVisible()
    dialog = _open_new(qtbot, page)
    assert _focus() is dialog.code
    _type(qtbot, "clb01")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "CLB Đọc sách thiếu nhi")
    _key(qtbot, Qt.Key.Key_Tab)  # kind: club (the first)
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.field
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)  # Performing arts, Sports, Reading
    assert dialog.field.currentData() == "doc_sach"
    _key(qtbot, Qt.Key.Key_Tab)  # host facility: NVH1, the first
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "01/09/2024")
    for _ in range(3):  # closed on, leader, members
        _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "25")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "14")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "20")
    with announced(qtbot, configured):
        _key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    club = clubs.by_code(configured, "CLB01")
    assert club is not None
    assert (club.name, club.field, club.founded_on) == (
        "CLB Đọc sách thiếu nhi", "doc_sach", date(2024, 9, 1)
    )  # fmt: skip
    assert (club.members, club.members_women, club.members_children) == (25, 14, 20)
    assert club.facility_id == facilities.by_code(configured, "NVH1").id  # type: ignore[union-attr]

    # The cursor waits in the sessions log of the new club.
    _reactivate(qtbot, page)
    assert _focus() is page.sessions.day
    assert page.selected_row().club.code == "CLB01"  # type: ignore[union-attr]
    _add_session(qtbot, "05/10/2026", "Đọc truyện cổ tích", "18")
    assert _focus() is page.sessions.day  # ready for the next one
    _add_session(qtbot, "02/11/2026", "Giới thiệu sách mới", "22")
    with announced(qtbot, configured):
        _add_session(qtbot, "16/11/2026", "Thi kể chuyện", "25")

    stored = stored_sessions(configured, club.id)  # type: ignore[arg-type]
    assert [(s.day, s.topic, s.attendance) for s in stored] == [
        (date(2026, 11, 16), "Thi kể chuyện", 25),
        (date(2026, 11, 2), "Giới thiệu sách mới", 22),
        (date(2026, 10, 5), "Đọc truyện cổ tích", 18),
    ]
    assert page.sessions.model.rowCount() == 3
    assert not page.sessions.warning.isVisible()
    row = page.selected_row()
    assert (row.figures.sessions, row.figures.attendance, row.figures.active) == (3, 65, True)  # type: ignore[union-attr]
    shown = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert shown[0] == "CLB01"
    assert shown[SESSIONS] == "3" and shown[ATTENDANCE] == "65"
    assert shown[ACTIVE] == QCoreApplication.translate("Columns", "yes")


def test_the_period_decides_the_counts_and_activity(qtbot: QtBot, configured: Workspace) -> None:
    club = _stored_club(configured)
    for day in (date(2026, 10, 5), date(2026, 11, 2)):
        clubs.add_session(configured, ClubSession(club.id, day, "Tập", 8), TODAY)  # type: ignore[arg-type]
    page = _page(qtbot, configured)
    page.period_picker.set_period("2026-M09")
    assert page.model.rows()[0].figures == clubs.ClubFigures(0, 0, False)
    assert page.model.index(0, ACTIVE).data() == "không"  # not the English "no"
    page.period_picker.set_period("2026-Q4")  # 2 of 3 months
    assert page.model.rows()[0].figures == clubs.ClubFigures(2, 16, True)
    page.period_picker.set_period("2026-N")  # 2 of 12 months
    assert page.model.rows()[0].figures == clubs.ClubFigures(2, 16, False)
    install_language("en")
    page.refresh()
    assert "Clubs: 1; active in this period: 0" in page.summary.text()
    assert "Sessions: 2; attendance: 16." in page.summary.text()
    assert "at least 50 %" in page.summary.text()


def test_attendance_above_members_warns_but_stores(qtbot: QtBot, configured: Workspace) -> None:
    club = _stored_club(configured, members=10)
    page = _page(qtbot, configured)
    page.sessions.focus_entry()
    _add_session(qtbot, "07/11/2026", "Giao lưu", "15")
    (stored,) = stored_sessions(configured, club.id)  # type: ignore[arg-type]
    assert stored.attendance == 15
    assert page.sessions.warning.isVisible()
    assert "15" in page.sessions.warning.text() and "10" in page.sessions.warning.text()
    assert page.sessions.model.index(0, 3).data().startswith("\u26a0")
    _add_session(qtbot, "14/11/2026", "Tập", "9")
    assert not page.sessions.warning.isVisible()
    assert page.sessions.model.index(0, 3).data() == ""  # the newest, 9 of 10


@pytest.mark.parametrize(
    ("day", "attendance", "message"),
    [
        ("31/02/2026", "12", "is not a day of the calendar"),
        ("", "12", "Type the date."),
        ("23/11/2026", "12", "is in the future"),
        ("05/11/2026", "", "Type how many attended."),
        ("05/11/2015", "12", "The club did not exist on 05/11/2015."),
    ],
)
def test_a_bad_session_is_refused_with_a_message_and_nothing_stored(
    qtbot: QtBot, configured: Workspace, day: str, attendance: str, message: str
) -> None:
    install_language("en")
    club = _stored_club(configured, founded_on=date(2020, 1, 1))
    page = _page(qtbot, configured)
    page.sessions.focus_entry()
    _add_session(qtbot, day, "Tập", attendance)
    assert page.sessions.problem.isVisible()
    assert message in page.sessions.problem.text()
    assert stored_sessions(configured, club.id) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("code", "câu lạc bộ", "may hold only letters without accents"),
        ("founded", "31/02/2020", "is not a day of the calendar"),
        ("closed", "01/01/2019", "between the founding date and today"),
        ("women", "30", "is above the total (20)"),
    ],
)
def test_a_bad_club_is_refused_in_the_form_and_nothing_stored(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, field: str, text: str, message: str
) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    dialog = _open_new(qtbot, page)
    values = {"code": "CLB1", "founded": "01/01/2020", "closed": "", "women": "5"} | {field: text}
    type_text(qtbot, dialog.code, values["code"])
    type_text(qtbot, dialog.name, "CLB Thơ")
    qtbot.keyClicks(dialog.founded, values["founded"])
    qtbot.keyClicks(dialog.closed, values["closed"])
    qtbot.keyClicks(dialog.members.lineEdit(), "20")
    qtbot.keyClicks(dialog.women.lineEdit(), values["women"])
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert message in dialog.problem.text()
    assert clubs.all_clubs(configured) == []
    prompts.answers.append(True)  # yes, throw away what was typed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompts.shown[-1][0] == "confirm"
    assert not dialog.isVisible()


def test_roster_typed_in_the_form_is_stored_and_counted(
    qtbot: QtBot, configured: Workspace
) -> None:
    page = _page(qtbot, configured)
    dialog = _open_new(qtbot, page)
    qtbot.keyClicks(dialog.code, "DS1")
    type_text(qtbot, dialog.name, "CLB Dưỡng sinh")
    roster = dialog.roster
    for name, sex_downs, born in (("Trần Thị Hoa", 2, "1950"), ("Lê Văn Nam", 1, "2014")):
        type_text(qtbot, roster.member_name, name)
        for _ in range(sex_downs):
            qtbot.keyClick(roster.sex, Qt.Key.Key_Down)
        qtbot.keyClicks(roster.birth_year.lineEdit(), born)
        qtbot.keyClick(roster.birth_year.lineEdit(), Qt.Key.Key_Return)  # adds, does not save
    assert dialog.isVisible()
    assert [m.name for m in roster.members()] == ["Trần Thị Hoa", "Lê Văn Nam"]
    type_text(qtbot, roster.member_name, "Người thứ ba")
    qtbot.keyClicks(roster.birth_year.lineEdit(), "1850")
    qtbot.keyClick(roster.birth_year.lineEdit(), Qt.Key.Key_Return)
    assert roster.problem.isVisible()
    assert len(roster.members()) == 2  # refused, not added
    roster.member_name.clear()
    roster.birth_year.set_count(None)
    qtbot.keyClick(dialog.count_button, Qt.Key.Key_Space)
    assert (dialog.members.count(), dialog.women.count()) == (2, 1)
    assert (dialog.children.count(), dialog.elderly.count()) == (1, 1)
    with announced(qtbot, configured):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    club = clubs.by_code(configured, "DS1")
    assert (club.members, club.members_women, club.members_children, club.members_elderly) == (
        2,
        1,
        1,
        1,
    )  # type: ignore[union-attr]
    members = clubs.members(configured, club.id)  # type: ignore[union-attr,arg-type]
    assert [(m.name, m.sex, m.birth_year) for m in members] == [
        ("Trần Thị Hoa", "nu", 1950),
        ("Lê Văn Nam", "nam", 2014),
    ]


def test_edit_with_enter_and_f2(qtbot: QtBot, configured: Workspace) -> None:
    _stored_club(configured)
    page = _page(qtbot, configured)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert dialog is not None and dialog.name.text() == "CLB Văn nghệ"
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.members.lineEdit().selectAll()
    qtbot.keyClicks(dialog.members.lineEdit(), "32")
    with announced(qtbot, configured):
        qtbot.keyClick(dialog.members.lineEdit(), Qt.Key.Key_Return)
    assert clubs.by_code(configured, "CLB1").members == 32  # type: ignore[union-attr]
    _reactivate(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert page.active_dialog is not None and page.active_dialog.members.count() == 32
    page.active_dialog.reject()  # nothing typed: closes without a question


def test_delete_a_session_only_after_confirmation(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    club = _stored_club(configured)
    for day in (date(2026, 11, 2), date(2026, 11, 9)):
        clubs.add_session(configured, ClubSession(club.id, day, "Tập", 8), TODAY)  # type: ignore[arg-type]
    page = _page(qtbot, configured)
    table = page.sessions.table
    table.setFocus()
    table.selectRow(0)  # 09/11, the newest
    prompts.answers.append(False)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(stored_sessions(configured, club.id)) == 2  # type: ignore[arg-type]
    prompts.answers.append(True)
    with announced(qtbot, configured):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.day for s in stored_sessions(configured, club.id)] == [date(2026, 11, 2)]  # type: ignore[arg-type]
    assert page.selected_row().figures.sessions == 1  # type: ignore[union-attr]


def test_change_a_session_from_the_list(qtbot: QtBot, configured: Workspace) -> None:
    club = _stored_club(configured)
    clubs.add_session(configured, ClubSession(club.id, date(2026, 11, 2), "Tập", 8), TODAY)  # type: ignore[arg-type]
    page = _page(qtbot, configured)
    page.sessions.table.setFocus()
    page.sessions.table.selectRow(0)
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_Return)
    assert _focus() is page.sessions.day and page.sessions.day.text() == "02/11/2026"
    page.sessions.attendance.lineEdit().selectAll()
    qtbot.keyClicks(page.sessions.attendance.lineEdit(), "11")
    qtbot.keyClick(page.sessions.attendance.lineEdit(), Qt.Key.Key_Return)
    (stored,) = stored_sessions(configured, club.id)  # type: ignore[arg-type]
    assert (stored.day, stored.attendance) == (date(2026, 11, 2), 11)


def test_a_submitted_period_refuses_session_edits(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    install_language("en")
    club = _stored_club(configured)
    clubs.add_session(configured, ClubSession(club.id, date(2026, 2, 10), "Tập", 8), TODAY)  # type: ignore[arg-type]
    q1 = parse_period("2026-Q1")
    submissions.submit(configured, q1.id, "calendar", "Lan", datetime(2026, 4, 2, 9, 0))
    page = _page(qtbot, configured)
    page.sessions.focus_entry()
    _add_session(qtbot, "10/03/2026", "Tập", "9")
    assert "has been submitted" in page.sessions.problem.text()
    page.sessions.table.setFocus()
    page.sessions.table.selectRow(0)
    prompts.answers.append(True)
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_Delete)
    assert prompts.shown[-1][0] == "error" and "2026-Q1" in prompts.shown[-1][1]
    stored = stored_sessions(configured, club.id)  # type: ignore[arg-type]
    assert [(s.day, s.attendance) for s in stored] == [(date(2026, 2, 10), 8)]


def test_delete_a_club_after_confirmation(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    _stored_club(configured)
    page = _page(qtbot, configured)
    page.table.setFocus()
    prompts.answers.append(True)
    with announced(qtbot, configured):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert clubs.all_clubs(configured) == []
    assert page.empty_hint.isVisible()
    assert not page.sessions.day.isEnabled()
