"""A full disk or a read-only file while typing visits: a clear line under the grid, no crash."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.domain.messages import UserError
from desktop_app.domain.visits import VisitDay
from desktop_app.i18n import install_language, render_error
from desktop_app.services import facilities, visits
from desktop_app.services.workspace import Workspace
from desktop_app.ui import theme
from desktop_app.ui.visits.visits_model import COLUMNS
from desktop_app.ui.visits.visits_page import VisitsPage
from tests.conftest import TODAY
from tests.ui.conftest import Prompts
from tests.ui.test_visits_page import go, type_cell

TOTAL = COLUMNS.index("total")
ROOMY = 1_073_741_823  # SQLite's own limit: space given back


def tv1_id(workspace: Workspace) -> int:
    facility = facilities.by_code(workspace, "TV1")
    assert facility is not None and facility.id is not None
    return facility.id


def type_refused(qtbot: QtBot, text: str) -> QLineEdit:
    """Type ``text`` and Enter into the focused cell; the value cannot be stored, so it
    stays in the cell's editor, selected (nothing typed is lost). Returns the editor."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor
    assert editor.selectedText() == editor.text() == text
    return editor


def fill_the_disk(workspace: Workspace) -> None:
    """No room left: the file may not grow, and its last pages are full to the brim."""
    pages = workspace.db.execute("PRAGMA page_count").fetchone()[0]
    workspace.db.execute(f"PRAGMA max_page_count = {pages}")
    day = date(2016, 1, 1)
    with pytest.raises(UserError) as full:  # rows like the grid writes, until one does not fit
        for _ in range(3000):
            visits.save_visit(workspace, VisitDay(tv1_id(workspace), day, total=12), TODAY)
            day += timedelta(days=1)
    assert "is full" in render_error(full.value)  # the disk's refusal, not a bad value


def november(workspace: Workspace) -> dict[int, int]:
    rows = visits.between(workspace, tv1_id(workspace), date(2026, 11, 1), date(2026, 11, 30))
    return {v.day.day: v.total for v in rows}


@pytest.fixture
def page(qtbot: QtBot, configured: Workspace) -> VisitsPage:
    install_language("en")  # the conftest puts Vietnamese back afterwards
    widget = VisitsPage(configured, lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.select(tv1_id(configured), 2026, 11)
    return widget


def test_a_full_disk_is_said_under_the_grid_and_the_next_entry_works_once_space_is_back(
    qtbot: QtBot, page: VisitsPage, configured: Workspace, prompts: Prompts
) -> None:
    fill_the_disk(configured)
    go(page, 2, TOTAL)
    editor = type_refused(qtbot, "23")
    assert "is full" in page.message.text() and "nothing was half-written" in page.message.text()
    assert theme.PROBLEM in page.message.styleSheet()  # shown as an error
    assert november(configured) == {}
    assert page.model.index(1, TOTAL).data(Qt.ItemDataRole.EditRole) in (None, "", 0)
    assert prompts.shown == []  # no box, no traceback: the line under the grid says it
    configured.db.execute(f"PRAGMA max_page_count = {ROOMY}")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the value kept in its cell goes in now
    assert november(configured) == {2: 23}
    assert page.grid.currentIndex().row() == 2
    page.step_month(-1)  # the screen still works
    page.step_month(1)
    go(page, 3, TOTAL)
    type_cell(qtbot, "24")
    assert november(configured) == {2: 23, 3: 24}
    assert page.message.text() == "Saved."


def test_a_read_only_database_is_said_under_the_grid(
    qtbot: QtBot, page: VisitsPage, configured: Workspace, prompts: Prompts
) -> None:
    configured.db.execute("PRAGMA query_only = 1")
    go(page, 3, TOTAL)
    type_refused(qtbot, "31")
    assert "read-only" in page.message.text()
    assert "Copy the database into a folder you can write to" in page.message.text()
    configured.db.execute("PRAGMA query_only = 0")
    assert november(configured) == {}
    assert prompts.shown == []
    go(page, 3, TOTAL)
    type_cell(qtbot, "31")
    assert november(configured) == {3: 31}
