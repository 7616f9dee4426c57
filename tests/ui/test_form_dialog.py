"""The frame the facility, club and activity forms share: texts, Escape, Enter, problems."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.storage import activities_store
from desktop_app.storage.activities_store import ActivityFilter
from desktop_app.ui.activity_dialog import ActivityDialog
from desktop_app.ui.club_dialog import ClubDialog
from desktop_app.ui.facility_dialog import FacilityDialog
from desktop_app.ui.widgets.form_dialog import FormDialog
from tests.conftest import TODAY
from tests.ui.conftest import Prompts

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
    stored = activities_store.list_activities(
        configured.db, ActivityFilter(dialog.saved.start_day, dialog.saved.start_day)
    )
    assert [a.title for a in stored] == ["Doc sach"]
