"""The museum screen: shown only with a museum-type facility, typed from the keyboard."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.digital import MUSEUM_FIELDS, MuseumRecord
from desktop_app.domain.facility import Facility
from desktop_app.i18n import install_language
from desktop_app.services import facilities, museum, submissions
from desktop_app.services.workspace import Workspace
from desktop_app.ui.logs.museum_page import MuseumPage
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, announced, type_text


@pytest.fixture
def with_museum(configured: Workspace) -> Workspace:
    facilities.add_facility(
        configured,
        Facility("BT1", "BT", "Nhà truyền thống xã Hòa Phú", opened_on=date(2020, 1, 1)),
        TODAY,
    )
    return configured


def _bt1(ws: Workspace) -> int:
    return museum.museum_facilities(ws)[0].id


def _page(qtbot: QtBot, workspace: Workspace) -> MuseumPage:
    page = MuseumPage(workspace, lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _type_row(qtbot: QtBot, page: MuseumPage, day: str, *figures: str) -> None:
    """Date, then each figure with Tab between, then Enter."""
    page.date_edit.setFocus()
    page.date_edit.selectAll()
    qtbot.keyClicks(page.date_edit, day)
    current = page.date_edit
    for name, text in zip(MUSEUM_FIELDS, figures, strict=False):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        current = page.counts[name]
        assert current.hasFocus()
        current.selectAll()
        qtbot.keyClicks(current, text)
    qtbot.keyClick(current, Qt.Key.Key_Return)


def test_needed_only_with_a_museum_type_facility(qtbot: QtBot, configured: Workspace) -> None:
    assert MuseumPage.is_needed(configured) is False
    page = _page(qtbot, configured)  # the main window would not show it; it still copes
    assert page.facility_combo.count() == 0
    assert page.empty_hint.isVisible() and not page.save_button.isEnabled()
    facilities.add_facility(configured, Facility("BT1", "BT", "Phòng trưng bày"), TODAY)
    assert MuseumPage.is_needed(configured) is True
    page.reload()
    assert page.facility_combo.count() == 1 and page.save_button.isEnabled()


def test_only_museum_type_facilities_can_be_chosen(qtbot: QtBot, with_museum: Workspace) -> None:
    page = _page(qtbot, with_museum)
    assert [page.facility_combo.itemData(i) for i in range(page.facility_combo.count())] == [
        _bt1(with_museum)
    ]


def test_rows_typed_from_the_keyboard_are_stored_and_totalled(
    qtbot: QtBot, with_museum: Workspace
) -> None:
    page = _page(qtbot, with_museum)
    with announced(qtbot, with_museum):
        _type_row(qtbot, page, "02/11/2026", "45", "20", "3", "1", "1")
    _type_row(qtbot, page, "03/11/2026", "30", "12")
    bt1 = _bt1(with_museum)
    first = museum.existing(with_museum, bt1, date(2026, 11, 2))
    assert first == MuseumRecord(date(2026, 11, 2), bt1, 45, 20, 3, 1, 1, id=first.id)
    assert museum.existing(with_museum, bt1, date(2026, 11, 3)).learners == 12
    totals = page.totals()
    assert (totals.visitors, totals.learners, totals.digitised, totals.exhibitions) == (
        75,
        32,
        3,
        1,
    )
    assert page.model.rowCount() == 2 and page.problem.text() == ""
    assert page.date_edit.hasFocus()


def test_learners_above_visitors_are_refused(qtbot: QtBot, with_museum: Workspace) -> None:
    install_language("en")
    page = _page(qtbot, with_museum)
    _type_row(qtbot, page, "02/11/2026", "10", "12")
    assert "above the total" in page.problem.text()
    assert page.counts["learners"].hasFocus()
    assert museum.existing(with_museum, _bt1(with_museum), date(2026, 11, 2)) is None
    assert page.model.rowCount() == 0 and page.totals().visitors == 0


@pytest.mark.parametrize("visitors", ["mười", "-3", "12.5"])
def test_a_bad_figure_is_refused_with_a_message(
    qtbot: QtBot, with_museum: Workspace, visitors: str
) -> None:
    page = _page(qtbot, with_museum)
    page.counts["visitors"].setFocus()
    type_text(qtbot, page.counts["visitors"], visitors)
    assert page.counts["visitors"].text() == visitors
    qtbot.keyClick(page.counts["visitors"], Qt.Key.Key_Return)
    assert page.problem.text() != ""
    assert page.counts["visitors"].hasFocus()
    assert museum.rows(with_museum, _bt1(with_museum), page.period()) == []


def test_a_locked_period_refuses_a_row(qtbot: QtBot, with_museum: Workspace) -> None:
    install_language("en")
    submissions.submit(with_museum, "2026-Q4", "calendar", "Lan", datetime(2026, 11, 21, 9, 0))
    page = _page(qtbot, with_museum)
    _type_row(qtbot, page, "02/11/2026", "10")
    assert "has been submitted" in page.problem.text()
    assert museum.rows(with_museum, _bt1(with_museum), page.period()) == []


def test_correct_and_delete_a_row(qtbot: QtBot, with_museum: Workspace, prompts: Prompts) -> None:
    bt1 = _bt1(with_museum)
    stored = museum.save(with_museum, MuseumRecord(date(2026, 11, 2), bt1, 40, 10), TODAY)
    page = _page(qtbot, with_museum)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.counts["visitors"].text() == "40"
    _type_row(qtbot, page, "01/11/2026", "42", "10")  # a wrong day corrected too
    assert prompts.shown == []  # correcting a row does not ask replace-or-add
    assert museum.rows(with_museum, bt1, page.period()) == [
        MuseumRecord(date(2026, 11, 1), bt1, 42, 10, id=stored.id)
    ]
    page.table.setFocus()
    page.table.selectRow(0)
    prompts.answers.append(True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert museum.rows(with_museum, bt1, page.period()) == []
    assert page.totals().visitors == 0
