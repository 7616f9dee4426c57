"""The baseline screen: values typed into the table like a spreadsheet column."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.domain.facility import Facility
from desktop_app.i18n import install_language
from desktop_app.services import baseline, facilities
from desktop_app.services.workspace import Workspace
from desktop_app.ui.logs.baseline_model import VALUE_COLUMN
from desktop_app.ui.logs.baseline_page import BaselinePage
from tests.conftest import TODAY
from tests.ui.conftest import announced, type_text


def _page(qtbot: QtBot, workspace: Workspace) -> BaselinePage:
    page = BaselinePage(workspace, lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    return page


def _current_code(page: BaselinePage) -> str:
    index = page.table.currentIndex()
    assert index.column() == VALUE_COLUMN
    return page.model.row_at(index.row()).indicator.code


def _editor(qtbot: QtBot) -> QLineEdit:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return QApplication.focusWidget()


def _type_value(
    qtbot: QtBot, page: BaselinePage, text: str, key: Qt.Key = Qt.Key.Key_Return
) -> None:
    """F2 opens the cell's editor; the text replaces what is there; Enter or Tab commits."""
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = _editor(qtbot)
    editor.selectAll()
    if text:
        type_text(qtbot, editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, key)  # stored before the next key is read


def _refused_in_place(qtbot: QtBot, page: BaselinePage, text: str) -> None:
    """A refused value stays in its editor, selected, until Escape drops it."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert page.table.state() == page.table.State.EditingState
    assert (editor.text(), editor.selectedText()) == (text, text)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.table.state() != page.table.State.EditingState


def _stored(ws: Workspace) -> dict[str, float]:
    return baseline.values(ws, "2025-N", "calendar")


def test_last_year_in_the_templates_convention_by_default(
    qtbot: QtBot, configured: Workspace
) -> None:
    page = _page(qtbot, configured)
    assert (page.period_id(), page.convention()) == ("2025-N", "calendar")
    codes = [r.indicator.code for r in page.model.rows()]
    assert codes[0] == "TV01" and "TV10" not in codes and "BT05" not in codes
    assert not any(code.startswith("BT") for code in codes)  # no museum in this commune
    assert _current_code(page) == "TV01"


def test_typing_a_number_stores_it_and_moves_down(qtbot: QtBot, configured: Workspace) -> None:
    page = _page(qtbot, configured)
    with announced(qtbot, configured):
        qtbot.keyClick(page.table, Qt.Key.Key_3)  # typing starts the editor
        editor = _editor(qtbot)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(configured) == {"TV01": 3.0})
    assert _current_code(page) == "TV01a"  # Enter went down a row
    _type_value(qtbot, page, "2", Qt.Key.Key_Tab)
    assert _stored(configured) == {"TV01": 3.0, "TV01a": 2.0}
    qtbot.waitUntil(lambda: _current_code(page) == "TV01b")  # Tab too, editor open
    editor = _editor(qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    page.select_code("TV04")
    _type_value(qtbot, page, "12.500")
    assert _stored(configured)["TV04"] == 12500.0
    assert page.value_of("TV04") == 12500.0
    assert page.problem.text() == ""


@pytest.mark.parametrize("text", ["abc", "-5", "1,5", "99999999999", "mười"])
def test_letters_negatives_and_absurd_values_are_refused(
    qtbot: QtBot, configured: Workspace, text: str
) -> None:
    install_language("en")
    baseline.set_text(configured, "2025-N", "calendar", "TV04", "800")
    page = _page(qtbot, configured)
    page.select_code("TV04")
    _type_value(qtbot, page, text)
    assert page.problem.text().startswith("TV04: ")
    assert _stored(configured) == {"TV04": 800.0}
    assert _current_code(page) == "TV04"  # the cursor stays on the refused value
    _refused_in_place(qtbot, page, text)
    assert page.value_of("TV04") == 800.0


def test_an_of_which_above_its_total_is_refused(qtbot: QtBot, configured: Workspace) -> None:
    install_language("en")
    baseline.set_text(configured, "2025-N", "calendar", "TV04", "800")
    page = _page(qtbot, configured)
    page.select_code("TV04a")
    _type_value(qtbot, page, "900", Qt.Key.Key_Tab)
    assert "cannot be above its total" in page.problem.text()
    assert "TV04a" not in _stored(configured)
    assert _current_code(page) == "TV04a"
    _refused_in_place(qtbot, page, "900")


def test_an_empty_value_clears_it(qtbot: QtBot, configured: Workspace) -> None:
    baseline.set_text(configured, "2025-N", "calendar", "CS03", "450")
    page = _page(qtbot, configured)
    page.select_code("CS03")
    assert page.value_of("CS03") == 450.0
    _type_value(qtbot, page, "")
    assert "CS03" not in _stored(configured)
    assert page.value_of("CS03") is None


def test_each_period_and_convention_has_its_own_values(qtbot: QtBot, configured: Workspace) -> None:
    baseline.set_text(configured, "2024-N", "calendar", "TV04", "700")
    baseline.set_text(configured, "2025-N", "nd09", "TV04", "760")
    page = _page(qtbot, configured)
    assert page.value_of("TV04") is None
    page.period_picker.set_period("2024-N")
    assert page.value_of("TV04") == 700.0
    page.period_picker.set_period("2025-N")
    page.convention_combo.setFocus()
    qtbot.keyClick(page.convention_combo, Qt.Key.Key_Down)
    assert page.convention() == "nd09" and page.value_of("TV04") == 760.0


def test_museum_rows_appear_with_a_museum(qtbot: QtBot, configured: Workspace) -> None:
    facilities.add_facility(
        configured, Facility("BT1", "BT", "Phòng trưng bày", opened_on=date(2020, 1, 1)), TODAY
    )
    page = _page(qtbot, configured)
    codes = [r.indicator.code for r in page.model.rows()]
    assert codes[-5:] == ["BT01", "BT01a", "BT02", "BT03", "BT04"]
    page.select_code("BT01")
    _type_value(qtbot, page, "15000")
    assert _stored(configured) == {"BT01": 15000.0}
