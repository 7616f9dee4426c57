"""The history of changes, opened from each screen with Ctrl+H, closed with Escape."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.digital import DigitalService
from desktop_app.domain.visits import VisitDay
from desktop_app.i18n import install_language
from desktop_app.services import baseline, digital, facilities, submissions, visits
from desktop_app.services.audit import Change, FieldChange
from desktop_app.services.workspace import Workspace
from desktop_app.ui.clubs.clubs_page import ClubsPage
from desktop_app.ui.facilities.facilities_page import FacilitiesPage
from desktop_app.ui.history.history_dialog import HistoryDialog
from desktop_app.ui.logs.baseline_page import BaselinePage
from desktop_app.ui.logs.digital_page import DigitalPage
from desktop_app.ui.report.report_page import ReportPage
from desktop_app.ui.visits.visits_page import VisitsPage
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, announced

NOW = datetime(2026, 11, 22, 15, 40).astimezone()


def _show(qtbot: QtBot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _ctrl_h(qtbot: QtBot, page: QWidget, focus: QWidget) -> HistoryDialog:
    page.history_dialog = None  # type: ignore[attr-defined]
    page.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(page.isActiveWindow)
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = page.history_dialog  # type: ignore[attr-defined]
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _close_with_escape(qtbot: QtBot, dialog: HistoryDialog) -> None:
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def _tv1(workspace: Workspace) -> int:
    return facilities.by_code(workspace, "TV1").id


def _rows(dialog: HistoryDialog) -> list[tuple[str, str, tuple[tuple[str, object, object], ...]]]:
    return [(c.action, c.table, tuple((f.field, f.old, f.new) for f in c.fields))
            for c in dialog.changes()]  # fmt: skip


def test_the_dialog_words_each_change_and_is_read_only(qtbot: QtBot) -> None:
    install_language("en")
    when = datetime(2026, 11, 5, 8, 15).astimezone()
    older = Change(1, when, "Lan", "lan", "insert", "visits", "1", date(2026, 11, 5),
                   "TV1 \u2013 Thư viện", None,
                   (FieldChange("total", None, 40, "number"),))  # fmt: skip
    newer = Change(2, when.replace(hour=9), "", "lan", "update", "visits", "1",
                   date(2026, 11, 5), "TV1 \u2013 Thư viện", None,
                   (FieldChange("total", 40, 45, "number"),
                    FieldChange("estimated", False, True, "flag")))  # fmt: skip
    dialog = HistoryDialog("TV1", [older, newer])
    _show(qtbot, dialog)
    assert [c.id for c in dialog.changes()] == [2, 1]  # newest first
    shown = [dialog.table.model().index(0, column).data() for column in range(5)]
    assert shown == [
        "05/11/2026 09:15",
        "lan",
        "Changed",
        "Visits: TV1 \u2013 Thư viện",
        "Total visits: 40 \u2192 45; Estimated: no \u2192 yes",
    ]
    assert dialog.table.model().index(1, 1).data() == "Lan (lan)"
    assert dialog.table.model().index(1, 4).data() == "Total visits: 40"
    assert dialog.table.hasFocus()
    assert "Total visits: 40 \u2192 45\nEstimated: no \u2192 yes" in dialog.details.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected_change().id == 1 and "Total visits: 40" in dialog.details.text()
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    _close_with_escape(qtbot, dialog)
    assert not dialog.isVisible()


def test_an_empty_history_says_so(qtbot: QtBot) -> None:
    dialog = HistoryDialog("TV1", [])
    _show(qtbot, dialog)
    assert dialog.empty_hint.isVisible() and not dialog.table.isVisible()


def test_facility_history_from_the_facilities_screen(qtbot: QtBot, configured: Workspace) -> None:
    page = _show(qtbot, FacilitiesPage(configured, lambda: TODAY))
    assert page.select_code("TV1")
    dialog = _ctrl_h(qtbot, page, page.table)
    tables = [(action, table) for action, table, _ in _rows(dialog)]
    assert ("insert", "facilities") in tables and ("insert", "facility_profiles") in tables
    assert {c.actor for c in dialog.changes()} == {"Nguyễn Thị Lan"}
    _close_with_escape(qtbot, dialog)


def test_visits_history_shows_the_cell_just_typed(qtbot: QtBot, configured: Workspace) -> None:
    tv1 = _tv1(configured)
    visits.save_visits(configured, [VisitDay(tv1, date(2026, 11, 2), total=40)], TODAY)
    page = _show(qtbot, VisitsPage(configured, lambda: TODAY))
    page.select(tv1, 2026, 11)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(1, 0))  # 02/11, total
    qtbot.keyClick(page.grid, Qt.Key.Key_4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    with announced(qtbot, configured):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    dialog = _ctrl_h(qtbot, page, page.grid)
    assert _rows(dialog)[0] == ("update", "visits", (("total", 40, 45),))
    assert dialog.changes()[0].day == date(2026, 11, 2)
    _close_with_escape(qtbot, dialog)
    page.step_month(-1)  # October has no change
    dialog = _ctrl_h(qtbot, page, page.grid)
    assert dialog.changes() == [] and dialog.empty_hint.isVisible()
    _close_with_escape(qtbot, dialog)


def test_report_period_history_holds_the_reason_for_reopening(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    visits.save_visits(configured, [VisitDay(_tv1(configured), date(2026, 3, 2), total=9)], TODAY)
    submissions.submit(configured, "2026-N", "calendar", "Nguyễn Thị Lan (lan)", NOW)
    page = _show(qtbot, ReportPage(configured, lambda: TODAY, now=lambda: NOW))
    prompts.answers.append(("Sở yêu cầu sửa số liệu", True))
    with announced(qtbot, configured):
        page.reopen()
    dialog = _ctrl_h(qtbot, page, page.history_table)
    rows = _rows(dialog)
    assert ("reopen", "submissions", (("reopen_reason", None, "Sở yêu cầu sửa số liệu"),)) in rows
    assert ("insert", "visits", (("total", None, 9),)) in rows
    assert [action for action, _t, _f in rows].count("submit") == 1
    _close_with_escape(qtbot, dialog)


def test_club_history_from_the_clubs_screen(qtbot: QtBot, configured: Workspace) -> None:
    from desktop_app.domain.clubs import Club
    from desktop_app.services import clubs

    clubs.add_club(configured, Club("B01", "CLB đọc sách", "clb", "doc_sach", _tv1(configured)),
                   TODAY)  # fmt: skip
    page = _show(qtbot, ClubsPage(configured, lambda: TODAY))
    assert page.select_code("B01")
    dialog = _ctrl_h(qtbot, page, page.table)
    assert [(c.action, c.what) for c in dialog.changes()] == [("insert", "B01 \u2013 CLB đọc sách")]
    _close_with_escape(qtbot, dialog)


def test_baseline_history_from_the_baseline_screen(qtbot: QtBot, configured: Workspace) -> None:
    baseline.set_text(configured, "2025-N", "calendar", "TV04", "1200")
    page = _show(qtbot, BaselinePage(configured, lambda: TODAY))
    assert page.period_id() == "2025-N"
    dialog = _ctrl_h(qtbot, page, page.table)
    assert _rows(dialog) == [("insert", "baseline", (("value", None, 1200),))]
    _close_with_escape(qtbot, dialog)


def test_digital_row_history_and_the_periods_deleted_rows(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    tv1 = _tv1(configured)
    row = DigitalService(date(2026, 11, 3), tv1, "may_tinh", quantity=12)
    digital.save(configured, row, TODAY)
    stored = digital.existing(configured, tv1, date(2026, 11, 3), "may_tinh")
    digital.save(configured, DigitalService(date(2026, 11, 3), tv1, "may_tinh", quantity=13,
                                            id=stored.id), TODAY)  # fmt: skip
    page = _show(qtbot, DigitalPage(configured, lambda: TODAY))
    page.table.setFocus()
    page.table.selectRow(0)
    dialog = _ctrl_h(qtbot, page, page.table)
    assert _rows(dialog)[0] == ("update", "digital_services", (("quantity", 12, 13),))
    _close_with_escape(qtbot, dialog)

    prompts.answers.append(True)
    page.delete_selected()
    assert page.model.rowCount() == 0
    dialog = _ctrl_h(qtbot, page, page.date_edit)  # nothing selected: the period's changes
    assert [c.action for c in dialog.changes()] == ["delete", "update", "insert"]
    _close_with_escape(qtbot, dialog)
