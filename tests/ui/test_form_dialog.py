"""The frame the facility, club and activity forms share: texts, Escape, Enter, problems."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.services import activities
from desktop_app.services.workspace import Workspace
from desktop_app.ui.activities.activity_dialog import ActivityDialog
from desktop_app.ui.clubs.club_dialog import ClubDialog
from desktop_app.ui.facilities.facility_dialog import FacilityDialog
from desktop_app.ui.widgets.form_dialog import FormDialog
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, type_text

FORMS: dict[str, Callable[[Workspace], FormDialog]] = {
    "facility": lambda ws: FacilityDialog(ws, None, TODAY),
    "club": lambda ws: ClubDialog(ws, None, TODAY),
    "activity": lambda ws: ActivityDialog(ws, None, TODAY),
}


def _shown(qtbot: QtBot, dialog: FormDialog) -> FormDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _first_line(dialog: FormDialog) -> QLineEdit:
    widget = dialog.fields.get("code") or dialog.fields["title"]
    assert isinstance(widget, QLineEdit)
    return widget


@pytest.mark.parametrize("form", list(FORMS))
def test_every_form_keeps_its_vietnamese_buttons_and_question(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, form: str
) -> None:
    dialog = _shown(qtbot, FORMS[form](configured))
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (dialog.save_button.text(), cancel.text()) == ("Lưu", "Hủy")
    qtbot.keyClicks(_first_line(dialog), "X1")
    prompts.answers.append(False)  # keep typing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert prompts.shown == [("confirm", "Đóng mà không lưu những gì vừa nhập?")]
    assert dialog.isVisible()
    prompts.answers.append(True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("form", list(FORMS))
def test_escape_on_an_untouched_form_closes_without_asking(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, form: str
) -> None:
    dialog = _shown(qtbot, FORMS[form](configured))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and prompts.shown == []


@pytest.mark.parametrize("form", list(FORMS))
def test_enter_with_a_missing_value_shows_the_problem_and_focuses_its_field(
    qtbot: QtBot, configured: Workspace, form: str
) -> None:
    dialog = _shown(qtbot, FORMS[form](configured))
    dialog.fields.get("name", dialog.fields.get("start_day")).setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.text()
    assert QApplication.focusWidget() in dialog.fields.values()
    assert dialog.saved is None  # type: ignore[attr-defined]


def test_enter_saves_from_any_field(qtbot: QtBot, configured: Workspace) -> None:
    dialog = _shown(qtbot, ActivityDialog(configured, None, TODAY))
    dialog.start.setFocus()
    qtbot.keyClicks(dialog.start, "21/04/2026")
    dialog.title.setFocus()
    qtbot.keyClicks(dialog.title, "Doc sach")
    dialog.partners.setFocus()
    qtbot.keyClick(dialog.partners, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.saved is not None
    stored = activities.between(configured, dialog.saved.start_day, dialog.saved.start_day)
    assert [a.title for a in stored] == ["Doc sach"]


def test_the_club_form_fits_a_768_pixel_screen_and_enter_saves_it_from_any_field(
    qtbot: QtBot, configured: Workspace
) -> None:
    dialog = _shown(qtbot, ClubDialog(configured, None, TODAY))
    # 768 px less a 40 px taskbar and a 30 px title bar leave 698 px for the form.
    assert dialog.height() <= 698 and dialog.frameGeometry().height() <= 728
    assert dialog.buttons.geometry().bottom() <= dialog.height()
    qtbot.keyClicks(dialog.code, "CLB09")
    type_text(qtbot, dialog.name, "CLB Đọc sách")
    dialog.roster.member_name.setFocus()  # the roster's entry row, left empty
    qtbot.keyClick(dialog.roster.member_name, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.saved is not None
    assert dialog.saved.code == "CLB09"


def test_enter_on_a_typed_roster_row_adds_the_person_not_the_form(
    qtbot: QtBot, configured: Workspace
) -> None:
    dialog = _shown(qtbot, ClubDialog(configured, None, TODAY))
    dialog.roster.member_name.setFocus()
    qtbot.keyClicks(dialog.roster.member_name, "Lan")
    qtbot.keyClick(dialog.roster.member_name, Qt.Key.Key_Return)
    assert dialog.isVisible() and [m.name for m in dialog.roster.members()] == ["Lan"]


def test_tab_goes_down_each_column_of_the_facility_form(
    qtbot: QtBot, configured: Workspace
) -> None:
    dialog = _shown(qtbot, FacilityDialog(configured, None, TODAY))
    dialog.code.setFocus()
    wanted = [
        dialog.code,
        dialog.type_combo,
        dialog.name,
        dialog.opened,
        dialog.closed,
        dialog.effective,
        dialog.area,
        dialog.seats,
        dialog.computers,
        dialog.computers_internet,
        dialog.books,
        dialog.library_software,
        dialog.digital_library,
        dialog.web_presence,
    ]
    visited = []
    for _ in wanted:
        focus = QApplication.focusWidget()
        while focus is not None and focus not in wanted:
            focus = focus.parentWidget()  # a spin box's line edit: the spin box
        visited.append(focus)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited == wanted
    tops = [w.mapTo(dialog, w.rect().topLeft()) for w in wanted[5:11]]
    assert tops[0].x() == tops[1].x() == tops[2].x() < tops[3].x() == tops[4].x() == tops[5].x()
    assert tops[0].y() < tops[1].y() < tops[2].y() and tops[3].y() < tops[4].y() < tops[5].y()
