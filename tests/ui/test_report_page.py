"""The report screen: choose a period, check the preview, save the workbook, submit and reopen."""

from __future__ import annotations

import threading
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.visits import VisitDay
from desktop_app.i18n import install_language
from desktop_app.services import facilities, submissions, visits
from desktop_app.services.reporting import period_texts, report_export
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.report.report_page import ReportPage
from tests.conftest import TODAY
from tests.ui.conftest import Prompts, announced, type_text

NOW = datetime(2026, 11, 22, 15, 40).astimezone()  # shown in the local time zone
COLUMNS = 8  # Chỉ tiêu, Mã số, Đơn vị tính, 1, 2, 3, 4, 5


def _page(qtbot: QtBot, workspace: Workspace) -> ReportPage:
    page = ReportPage(workspace, lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    _built(qtbot, page)
    return page


def _built(qtbot: QtBot, page: ReportPage) -> None:
    """Wait for the preview (built in a worker thread) or the save to be done."""
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20000)


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _log_visits(ws: Workspace) -> None:
    tv1 = facilities.by_code(ws, "TV1").id  # type: ignore[union-attr]
    for day, total in (
        (date(2026, 8, 10), 20),
        (date(2026, 9, 1), 30),
        (date(2025, 8, 11), 40),
        (date(2025, 1, 2), 5),  # logged since January 2025: the log covers Q3 2025
    ):
        visits.save_visit(ws, VisitDay(tv1, day, total=total), TODAY)  # type: ignore[arg-type]


def _shown(page: ReportPage, code: str, form: int = 0) -> list[str]:
    """The texts of the preview row ``code``, column by column."""
    model = page.form_models[form]
    for row, line in enumerate(model.rows()):
        if line.code == code:
            return [model.index(row, column).data() for column in range(COLUMNS)]
    raise AssertionError(f"{code} is not in the preview")


def _choose_quarter_3(qtbot: QtBot, page: ReportPage) -> None:
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "&Period"
    assert QApplication.focusWidget() is page.period_picker.kind
    for _ in range(3):  # Year -> 6 months -> 9 months -> Quarter
        _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.period_picker.year
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.period_picker.number
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)
    _built(qtbot, page)


def test_choose_a_period_and_see_the_preview(qtbot: QtBot, configured: Workspace) -> None:
    install_language("en")
    _log_visits(configured)
    page = _page(qtbot, configured)
    assert page.period().id == "2026-N"  # a report screen starts on the year
    assert page.template_id() == configured.unit().template_id  # type: ignore[union-attr]
    # made on 22/11/2026: the year's report covers the days up to then, and says so
    assert "data from 01/01/2026 to 22/11/2026 (the period has not ended)" in page.summary.text()
    _choose_quarter_3(qtbot, page)
    assert "data from 01/07/2026 to 30/09/2026. " in page.summary.text()
    assert (page.period().id, page.period().start, page.period().end) == (
        "2026-Q3", date(2026, 7, 1), date(2026, 9, 30)
    )  # fmt: skip
    assert page.report is not None and page.report.period_id == "2026-Q3"
    assert page.tabs.count() == len(page.report.forms) + 1 >= 4  # the forms, then the texts
    headers = [page.form_models[0].headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMNS)]
    assert headers[3:6] == ["Same period last year", "This period", "Comparison %"]
    codes = [line.code for line in page.lines(0)]
    assert codes[:8] == ["TV01", "TV01a", "TV01b", "TV02", "TV02a", "TV03", "TV03a", "TV04"]
    label, code, _unit, previous, current, ratio = _shown(page, "TV04")[:6]
    assert (code, previous, current, ratio) == ("TV04", "40", "50", "125.0")
    assert label.strip() and not label.startswith(" ")
    assert _shown(page, "TV04a")[0].startswith("    ")  # an "of which" row, indented
    assert page.problem.isHidden()
    assert page.notes.isVisible() and not page.notes.text.isVisible()  # folded away
    _click(qtbot, page.notes.button)
    assert page.notes.text.isVisible() and "TV02" in page.notes.text.text()


def test_the_convention_changes_the_dates(qtbot: QtBot, configured: Workspace) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    page.convention.setFocus()
    index = page.convention.findData("nd09")
    while page.convention.currentIndex() != index:
        _key(qtbot, Qt.Key.Key_Down)
    _built(qtbot, page)
    assert page.period().convention == "nd09"
    assert page.report is not None
    assert (page.report.period_start, page.report.period_end) == (
        date(2025, 12, 15), date(2026, 12, 14)
    )  # fmt: skip
    assert "15/12/2025" in page.summary.text()


def test_save_as_writes_a_workbook_where_the_user_says(
    qtbot: QtBot,
    configured: Workspace,
    prompts: Prompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install_language("en")
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(dialogs, "documents_folder", lambda: documents)
    _log_visits(configured)
    page = _page(qtbot, configured)
    _choose_quarter_3(qtbot, page)
    chosen = tmp_path / "bao-cao-quy-3"  # typed without ".xlsx"
    prompts.answers.append(str(chosen))
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _built(qtbot, page)
    assert prompts.shown[-1] == ("save_file", str(documents / "HTSD_66_24175_2026-Q3.xlsx"))
    written = tmp_path / "bao-cao-quy-3.xlsx"
    assert zipfile.is_zipfile(written)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert str(written) in page.saved_label.text()
    book = load_workbook(written)
    name = book.defined_names["HTSD_TV04"]
    [(sheet, cell)] = list(name.destinations)
    assert book[sheet][cell.replace("$", "")].value == 50

    # The next suggestion is the folder saved to; cancelling writes nothing.
    prompts.answers.append(None)
    _click(qtbot, page.save_button)
    assert prompts.shown[-1] == ("save_file", str(tmp_path / "HTSD_66_24175_2026-Q3.xlsx"))
    assert not (tmp_path / "HTSD_66_24175_2026-Q3.xlsx").exists()


def _held_in_the_worker(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> tuple[threading.Event, threading.Event, list[threading.Thread]]:
    """Hold ``report_export.<name>`` when it is called off the GUI thread, until released."""
    real = getattr(report_export, name)
    reached, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []

    def held(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            threads.append(threading.current_thread())
            reached.set()
            release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(report_export, name, held)
    return reached, release, threads


def test_the_save_runs_off_the_gui_thread_with_the_screen_locked_meanwhile(
    qtbot: QtBot,
    configured: Workspace,
    prompts: Prompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _log_visits(configured)
    page = _page(qtbot, configured)
    reached, release, threads = _held_in_the_worker(monkeypatch, "save_report")
    chosen = tmp_path / "bao-cao.xlsx"
    prompts.answers.append(str(chosen))
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert reached.wait(20)  # writing, in a thread that is not the GUI's
    assert threads and threads[0] is not threading.main_thread()
    assert page.is_busy() and page.work_label.text() == "Đang lưu báo cáo\u2026"
    assert page.progress.isVisible() and page.cancel_button.isEnabled()
    locked = (page.save_button, page.submit_button, page.period_picker, page.template)
    assert not any(widget.isEnabled() for widget in locked)
    asked = len(prompts.shown)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # not again
    assert len(prompts.shown) == asked
    release.set()
    _built(qtbot, page)
    assert zipfile.is_zipfile(chosen) and page.saved_path == chosen
    assert page.saved_label.text() == f"Đã lưu báo cáo vào {chosen}"
    assert not page.progress.isVisible() and not page.cancel_button.isVisible()
    assert page.save_button.isEnabled() and page.submit_button.isEnabled()
    assert page.period_picker.isEnabled() and page.work_label.text() == ""


def test_the_preview_is_built_off_the_gui_thread_and_follows_the_last_choice(
    qtbot: QtBot, configured: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_language("en")
    _log_visits(configured)
    page = _page(qtbot, configured)
    reached, release, threads = _held_in_the_worker(monkeypatch, "build")
    page.period_picker.set_period("2026-Q2")
    assert reached.wait(20) and threads[0] is not threading.main_thread()
    assert page.is_busy() and page.report is not None and page.report.period_id == "2026-N"
    page.period_picker.set_period("2026-Q3")  # chosen while Q2 is being built
    assert page.status.text().startswith("2026-Q3")  # the status follows at once
    release.set()
    _built(qtbot, page)
    assert page.report is not None and page.report.period_id == "2026-Q3"
    assert _shown(page, "TV04")[3:5] == ["40", "50"]
    assert len(threads) == 2  # Q2, then Q3: the choice made during a build is built next


def test_cancel_stops_the_save_before_anything_is_written(
    qtbot: QtBot,
    configured: Workspace,
    prompts: Prompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, configured)
    reached, release, _threads = _held_in_the_worker(monkeypatch, "build")
    chosen = tmp_path / "bao-cao.xlsx"
    prompts.answers.append(str(chosen))
    _click(qtbot, page.save_button)
    assert reached.wait(20)  # building the figures
    _click(qtbot, page.cancel_button)
    assert page.work_label.text() == "Đang dừng\u2026" and not page.cancel_button.isEnabled()
    release.set()
    _built(qtbot, page)
    assert page.saved_label.text() == "Đã hủy việc lưu; không có tệp nào được ghi."
    assert list(tmp_path.glob("bao-cao*")) == [] and page.saved_path is None
    assert page.save_button.isEnabled()


def test_a_folder_that_cannot_be_written_is_reported(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    prompts.answers.append(str(tmp_path / "missing" / "report.xlsx"))
    _click(qtbot, page.save_button)
    _built(qtbot, page)
    kind, text = prompts.shown[-1]
    assert kind == "error" and "does not exist" in text
    assert not (tmp_path / "missing").exists()
    assert page.saved_label.text() == ""


def test_mark_submitted_then_reopen_with_a_reason(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    _choose_quarter_3(qtbot, page)
    assert page.submit_button.isEnabled() and not page.reopen_button.isEnabled()
    assert page.history_model.rowCount() == 0

    prompts.answers.append(False)  # "No": nothing happens
    _click(qtbot, page.submit_button)
    assert prompts.shown[-1][0] == "confirm" and "2026-Q3" in prompts.shown[-1][1]
    assert submissions.status(configured, "2026-Q3", "calendar") is None

    prompts.answers.append(True)
    with announced(qtbot, configured):
        _click(qtbot, page.submit_button)
    status = submissions.status(configured, "2026-Q3", "calendar")
    assert status is not None and status.submitted_at == NOW
    assert status.submitted_by.startswith("Nguyễn Thị Lan")
    assert "submitted on 22/11/2026 15:40 by Nguyễn Thị Lan" in page.status.text()
    assert not page.submit_button.isEnabled() and page.reopen_button.isEnabled()
    assert page.history_model.index(0, 1).data() == "submitted"

    prompts.answers.append(("   ", True))  # an empty reason is refused
    _click(qtbot, page.reopen_button)
    assert prompts.shown[-1][0] == "error"
    assert submissions.status(configured, "2026-Q3", "calendar") is not None

    prompts.answers.append(("Sở yêu cầu sửa số liệu", False))  # cancelled
    _click(qtbot, page.reopen_button)
    assert submissions.status(configured, "2026-Q3", "calendar") is not None

    prompts.answers.append(("Sở yêu cầu sửa số liệu", True))
    with announced(qtbot, configured):
        qtbot.keyClick(page, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "Re&open period"
    assert submissions.status(configured, "2026-Q3", "calendar") is None
    [entry] = submissions.history(configured, "2026-Q3", "calendar")
    assert entry.reopen_reason == "Sở yêu cầu sửa số liệu"
    assert "not submitted" in page.status.text()
    assert page.submit_button.isEnabled() and not page.reopen_button.isEnabled()
    shown = [
        [page.history_model.index(row, column).data() for column in range(4)]
        for row in range(page.history_model.rowCount())
    ]
    assert [row[1] for row in shown] == ["submitted", "reopened"]
    assert shown[1][0] == "22/11/2026 15:40" and shown[1][3] == "Sở yêu cầu sửa số liệu"

    # Another period has its own status and history.
    page.period_picker.set_period("2026-Q2")
    _built(qtbot, page)
    assert page.history_model.rowCount() == 0 and page.submit_button.isEnabled()


def test_a_database_not_set_up_shows_the_problem(qtbot: QtBot, workspace: Workspace) -> None:
    install_language("en")
    page = _page(qtbot, workspace)
    assert page.report is None
    assert page.problem.isVisible() and "not been set up" in page.problem.text()
    assert page.tabs.count() == 0
    assert not page.save_button.isEnabled() and not page.submit_button.isEnabled()


def test_saving_over_the_database_or_into_its_backups_is_refused(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    install_language("en")
    page = _page(qtbot, configured)
    before = configured.path.read_bytes()
    backups = configured.path.parent / "backups"
    backups.mkdir(exist_ok=True)
    for chosen, words in (
        (configured.path, "is the open database"),
        (backups / "bao-cao.xlsx", "backups folder"),
    ):
        prompts.answers.append(str(chosen))
        _click(qtbot, page.save_button)
        _built(qtbot, page)
        kind, text = prompts.shown[-1]
        assert kind == "error" and words in text and str(chosen.name) in text
    assert configured.path.read_bytes() == before
    assert list(backups.iterdir()) == []
    assert page.saved_label.text() == ""


def test_a_plan_that_does_not_govern_the_commune_is_said(
    qtbot: QtBot, configured: Workspace
) -> None:
    """Xã Hòa Phú (24175) was formed from former Đắk Lắk: Phú Yên's plan is not its own."""
    page = _page(qtbot, configured)
    assert page.template_id() == "qd1520" and not page.problem.isVisibleTo(page)
    page.template.setFocus()
    steps = page.template.findData("phu-yen-2023") - page.template.currentIndex()
    for _ in range(abs(steps)):  # as a user picks it with the arrow keys
        _key(qtbot, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    _built(qtbot, page)
    assert page.template_id() == "phu-yen-2023"
    assert page.problem.isVisibleTo(page)
    assert "không áp dụng cho Xã Hòa Phú (24175)" in page.problem.text()
    assert page.report is not None and page.report.template_id == "phu-yen-2023"  # still made


def test_the_units_own_words_are_typed_stored_and_saved_in_the_workbook(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    page = _page(qtbot, configured)
    page.tabs.setCurrentWidget(page.texts)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Thuyết minh"
    qtbot.keyClick(page, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # "Đánh giá ch&ung"
    assert QApplication.focusWidget() is page.texts.boxes["assessment"]
    type_text(qtbot, page.texts.boxes["assessment"], "Hoàn thành kế hoạch năm.")
    _key(qtbot, Qt.Key.Key_Tab)  # Tab moves on, it is not typed
    assert QApplication.focusWidget() is page.texts.boxes["difficulties"]
    type_text(qtbot, page.texts.boxes["difficulties"], "=Máy tính cũ")
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Lưu &thuyết minh"
    qtbot.waitUntil(lambda: not period_texts.read(configured, page.period()).is_empty)
    _built(qtbot, page)  # stored texts are printed: the preview is built again
    stored = period_texts.read(configured, page.period())
    assert (stored.assessment, stored.difficulties) == ("Hoàn thành kế hoạch năm.", "=Máy tính cũ")
    assert page.report is not None and page.report.texts[0][1] == "Hoàn thành kế hoạch năm."

    # typed and not saved: saving the workbook stores them first
    type_text(qtbot, page.texts.boxes["proposals"], "Cấp thêm sách")
    chosen = tmp_path / "bao-cao.xlsx"
    prompts.answers.append(str(chosen))
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _built(qtbot, page)
    assert period_texts.read(configured, page.period()).proposals == "Cấp thêm sách"
    sheet = load_workbook(chosen)["ThuyetMinh"]
    texts = [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)]
    assert "Cấp thêm sách" in texts and "=Máy tính cũ" in texts

    # another period has its own words; a submitted period's cannot be changed
    page.period_picker.set_period("2025-N")
    assert page.texts.typed().is_empty
    page.period_picker.set_period("2026-N")
    assert page.texts.typed().proposals == "Cấp thêm sách"
    _built(qtbot, page)
    prompts.answers.append(True)
    _click(qtbot, page.submit_button)
    assert page.texts.boxes["assessment"].isReadOnly() and not page.texts.save_button.isEnabled()
