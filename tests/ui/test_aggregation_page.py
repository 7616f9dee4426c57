"""The aggregation screen: add a messy folder, check it off the GUI thread, see each file's fate
and each commune's status, write the consolidated workbook, open its folder."""

from __future__ import annotations

import random
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.visits import VisitDay
from desktop_app.reports.unit_workbook import write_unit_workbook
from desktop_app.services import facilities, visits
from desktop_app.services.aggregation import file_reading
from desktop_app.services.aggregation.aggregation_rules import (
    ACCEPTED,
    DUPLICATE,
    FLAGGED,
    LATE_RECEIVED,
    MISSING,
    ON_TIME,
    REFUSED,
    REJECTED,
)
from desktop_app.services.reporting import report_export
from desktop_app.services.workspace import Workspace
from desktop_app.ui.aggregation.aggregation_page import AggregationPage
from tests.conftest import TODAY
from tests.ui.conftest import Prompts

WAIT_MS = 10_000
PLUS7 = timezone(timedelta(hours=7))
COMMUNES_OF_66 = 102


def _made(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=PLUS7)


@pytest.fixture
def inbox(configured: Workspace, tmp_path: Path) -> Path:
    """What an office finds on a USB stick for 2025: good, late, twice, wrong period, junk."""
    tv1 = facilities.by_code(configured, "TV1").id
    visits.save_visits(
        configured,
        [
            VisitDay(tv1, date(2025, 3, 2), total=40, children=12),
            VisitDay(tv1, date(2025, 9, 9), total=25, children=5),
        ],
        TODAY,
    )
    year = report_export.build(configured, "2025-N", now=_made(date(2025, 12, 10)))
    quarter = report_export.build(configured, "2025-Q3", now=_made(date(2025, 10, 5)))
    folder = tmp_path / "inbox"
    (folder / "zalo").mkdir(parents=True)

    def put(name: str, report: object) -> None:
        (folder / name).write_bytes(write_unit_workbook(report))  # type: ignore[arg-type]

    put("HTSD_66_24175_2025-N.xlsx", year)  # on time: accepted
    put("zalo/Hoa Phu (gui lai).xlsx", replace(year, generated_at=_made(date(2025, 12, 1))))
    put(  # after the national deadline (15/01, 15 days after the year): accepted with a flag
        "HTSD_66_22045_2025-N.xlsx",
        replace(
            year,
            unit_code="22045",
            unit_name="Phường Bình Kiến",
            generated_at=_made(date(2026, 1, 20)),
        ),
    )
    put(  # another period
        "HTSD_66_24305_2025-Q3.xlsx",
        replace(quarter, unit_code="24305", unit_name="Phường Buôn Hồ"),
    )
    (folder / "junk.xlsx").write_bytes(random.Random(5).randbytes(3000))
    (folder / "bang tinh.xlsx").write_text("ma_xa,luot\n24175,40\n", encoding="utf-8")
    (folder / "ghi chu.txt").write_text("not a spreadsheet", encoding="utf-8")
    return folder


EXPECTED = {
    "HTSD_66_24175_2025-N.xlsx": ACCEPTED,
    "Hoa Phu (gui lai).xlsx": DUPLICATE,
    "HTSD_66_22045_2025-N.xlsx": FLAGGED,
    "HTSD_66_24305_2025-Q3.xlsx": REJECTED,
    "junk.xlsx": REJECTED,
    "bang tinh.xlsx": REJECTED,
}


def _page(qtbot: QtBot, workspace: Workspace) -> AggregationPage:
    page = AggregationPage(workspace, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _press(qtbot: QtBot, button: QWidget) -> None:
    """Put the cursor on a button and press Space (mnemonics differ between languages)."""
    button.setFocus()
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _choose_2025(qtbot: QtBot, page: AggregationPage) -> None:
    year = page.choices.period_picker.year
    year.setFocus()
    qtbot.keyClick(year, Qt.Key.Key_Down)
    assert page.choices.period().id == "2025-N"


def _check(qtbot: QtBot, page: AggregationPage) -> None:
    """Ctrl+Enter from wherever the cursor is, then wait for the worker."""
    with qtbot.waitSignal(page.work_done, timeout=WAIT_MS):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _statuses(page: AggregationPage) -> dict[str, str]:
    return {o.name: o.status for o in page.results.files_model.rows()}


def _add_folder(qtbot: QtBot, page: AggregationPage, prompts: Prompts, folder: Path) -> None:
    prompts.answers.append(str(folder))
    _press(qtbot, page.inputs.add_folder_button)
    assert prompts.shown[-1][0] == "choose_folder"


def test_a_messy_folder_is_checked_before_anything_is_written(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, inbox: Path
) -> None:
    page = _page(qtbot, configured)
    assert page.choices.province_code() == "66"  # the unit's province
    assert not page.write_button.isEnabled()
    _add_folder(qtbot, page, prompts, inbox)
    assert page.inputs.paths() == [inbox]
    _choose_2025(qtbot, page)
    _check(qtbot, page)

    assert _statuses(page) == EXPECTED
    rows = {o.name: o for o in page.results.files_model.rows()}
    assert rows["HTSD_66_22045_2025-N.xlsx"].flags == ("late",)
    assert all(rows[name].notes for name, status in EXPECTED.items() if status != ACCEPTED)
    model = page.results.files_model
    shown = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert shown["HTSD_66_24175_2025-N.xlsx"] == _made(date(2025, 12, 10)).astimezone().strftime(
        "%d/%m/%Y %H:%M"
    )
    assert shown["junk.xlsx"] == ""
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None

    communes = {c.code: c for c in page.results.communes_model.rows()}
    assert len(communes) == COMMUNES_OF_66
    assert communes["24175"].status == ON_TIME
    assert communes["24175"].duplicates == ("Hoa Phu (gui lai).xlsx",)
    assert communes["22045"].status == LATE_RECEIVED
    assert communes["24305"].status == REFUSED and communes["24305"].note is not None
    missing = [c for c in communes.values() if c.status == MISSING]
    assert len(missing) == COMMUNES_OF_66 - 3

    page.results.show_filter.setFocus()
    qtbot.keyClick(page.results.show_filter, Qt.Key.Key_Down)  # to call: missing or rejected
    assert page.results.communes_proxy.rowCount() == COMMUNES_OF_66 - 2
    qtbot.keyClick(page.results.show_filter, Qt.Key.Key_Down)  # received
    assert page.results.communes_proxy.rowCount() == 2
    assert page.aggregation is not None and page.aggregation.units_included == ("22045", "24175")
    assert page.write_button.isEnabled() and not page.open_button.isEnabled()
    assert page.results.problem.isHidden()


def test_the_consolidated_workbook_is_written_where_chosen(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, inbox: Path, tmp_path: Path
) -> None:
    from desktop_app.reports.reader import read_report
    from desktop_app.services.aggregation import rollup_export

    page = _page(qtbot, configured)
    _add_folder(qtbot, page, prompts, inbox)
    _choose_2025(qtbot, page)
    _check(qtbot, page)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "tong hop.xlsx"
    prompts.answers.append(str(out / "tong hop"))  # typed without the extension
    with qtbot.waitSignal(page.work_done, timeout=WAIT_MS):
        _press(qtbot, page.write_button)
    kind, suggested = prompts.shown[-2]
    assert kind == "save_file"
    assert Path(suggested).name == rollup_export.default_file_name(page.aggregation)
    assert prompts.shown[-1][0] == "inform"
    assert page.written_path == target and target.is_file()
    read = read_report(target.read_bytes(), target.name)
    assert not read.problems
    assert read.meta["kind"] == "rollup" and read.meta["period_id"] == "2025-N"
    assert read.meta["units_included"].replace(";", ",").split(",") == ["22045", "24175"]

    assert page.open_button.isEnabled()
    _press(qtbot, page.open_button)
    assert prompts.shown[-1] == ("open_folder", str(out))

    # the next save starts in the folder used last
    prompts.answers.append(None)
    _press(qtbot, page.write_button)
    assert Path(prompts.shown[-1][1]).parent == out

    prompts.answers.append(str(tmp_path / "gone" / "tong hop.xlsx"))  # a folder since removed
    with qtbot.waitSignal(page.work_done, timeout=WAIT_MS):
        _press(qtbot, page.write_button)
    assert prompts.shown[-1][0] == "error"
    assert not (tmp_path / "gone").exists()
    assert page.written_path == target and page.write_button.isEnabled()


def test_nothing_usable_is_said_and_nothing_can_be_written(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, inbox: Path
) -> None:
    page = _page(qtbot, configured)
    _add_folder(qtbot, page, prompts, inbox)  # every report in it is for 2025, not 2026
    _check(qtbot, page)
    assert set(_statuses(page).values()) == {REJECTED}
    assert page.aggregation is not None and not page.aggregation.usable
    assert page.results.problem.isVisible() and page.results.problem.text()
    assert not page.write_button.isEnabled()
    page.write()  # Ctrl+S does nothing either
    assert [kind for kind, _text in prompts.shown] == ["choose_folder"]


def test_changing_the_choice_or_the_inputs_clears_the_results(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, inbox: Path
) -> None:
    page = _page(qtbot, configured)
    _add_folder(qtbot, page, prompts, inbox)
    _choose_2025(qtbot, page)
    _check(qtbot, page)
    assert page.results.files_model.rowCount() == len(EXPECTED)
    qtbot.keyClick(page.choices.period_picker.year, Qt.Key.Key_Up)
    assert page.aggregation is None and page.results.files_model.rowCount() == 0
    assert not page.write_button.isEnabled()

    qtbot.keyClick(page.choices.period_picker.year, Qt.Key.Key_Down)
    _check(qtbot, page)
    assert page.write_button.isEnabled()
    page.inputs.list.setFocus()
    page.inputs.list.setCurrentRow(0)
    qtbot.keyClick(page.inputs.list, Qt.Key.Key_Delete)
    assert page.inputs.paths() == []
    assert page.aggregation is None and not page.write_button.isEnabled()

    page.check()  # nothing to check: says so, starts nothing
    assert not page.is_busy() and page.status.text()

    prompts.answers.append([str(inbox / "junk.xlsx"), str(inbox / "junk.xlsx")])
    page.inputs.list.setFocus()
    qtbot.keyClick(page.inputs.list, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert prompts.shown[-1][0] == "open_files"
    assert page.inputs.paths() == [inbox / "junk.xlsx"]  # the same file once
    _press(qtbot, page.inputs.clear_button)
    assert page.inputs.paths() == []


def test_cancel_keeps_nothing_and_frees_the_inputs(
    qtbot: QtBot,
    configured: Workspace,
    prompts: Prompts,
    inbox: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reading = threading.Event()
    go_on = threading.Event()
    original = file_reading.read_one

    def slow_read(path: Path, expected=None):  # type: ignore[no-untyped-def]
        reading.set()
        assert go_on.wait(WAIT_MS / 1000)
        return original(path, expected)

    monkeypatch.setattr(file_reading, "read_one", slow_read)
    page = _page(qtbot, configured)
    _add_folder(qtbot, page, prompts, inbox)
    _choose_2025(qtbot, page)
    page.check_button.setFocus()
    qtbot.keyClick(page.check_button, Qt.Key.Key_Space)
    qtbot.waitUntil(reading.is_set, timeout=WAIT_MS)

    assert page.is_busy() and page.cancel_button.isVisible()
    assert not page.inputs.list.isEnabled() and not page.inputs.add_files_button.isEnabled()
    assert not page.choices.isEnabled() and not page.check_button.isEnabled()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(inbox / "junk.xlsx"))])
    assert not page.inputs.can_drop(mime)  # the list cannot change while the check runs

    with qtbot.waitSignal(page.work_done, timeout=WAIT_MS):
        qtbot.keyClick(page.cancel_button, Qt.Key.Key_Escape)
        go_on.set()
    assert page.aggregation is None and page.results.files_model.rowCount() == 0
    assert page.results.communes_model.rowCount() == 0
    assert not page.is_busy() and not page.cancel_button.isVisible()
    assert page.inputs.list.isEnabled() and page.inputs.add_files_button.isEnabled()
    assert page.check_button.isEnabled() and not page.write_button.isEnabled()
    assert page.inputs.paths() == [inbox]


def test_files_and_folders_dropped_from_the_file_manager_are_added(
    qtbot: QtBot, configured: Workspace, inbox: Path
) -> None:
    page = _page(qtbot, configured)
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(inbox / "junk.xlsx")),
            QUrl.fromLocalFile(str(inbox / "zalo")),
            QUrl("https://example.com/report.xlsx"),  # not a local file: ignored
        ]
    )
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    enter = QDragEnterEvent(
        QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, drop)
    assert drop.isAccepted()
    assert page.inputs.paths() == [inbox / "junk.xlsx", inbox / "zalo"]

    text_only = QMimeData()
    text_only.setText("HTSD_66_24175_2025-N.xlsx")
    refused = QDragEnterEvent(
        QPointF(20, 20),
        actions,
        text_only,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, refused)
    assert not refused.isAccepted()


def test_a_template_brings_its_province_and_reload_keeps_the_results(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, inbox: Path
) -> None:
    page = _page(qtbot, configured)
    _add_folder(qtbot, page, prompts, inbox)
    _choose_2025(qtbot, page)
    _check(qtbot, page)
    page.reload()  # the main window re-reads its screens after an import: nothing changed here
    assert page.aggregation is not None and page.write_button.isEnabled()

    choices = page.choices
    choices.template.setFocus()
    choices.template.setCurrentIndex(choices.template.findData("bac-giang-74-2023"))
    assert choices.province_code() == "24" and choices.period().convention == "calendar"
    assert page.aggregation is None  # the shown results answered another question
    _check(qtbot, page)
    assert page.aggregation is not None and page.aggregation.province_code == "24"
    assert set(_statuses(page).values()) == {REJECTED}  # every report is from province 66

    choices.province.setFocus()
    choices.province.lineEdit().selectAll()
    qtbot.keyClicks(choices.province.lineEdit(), "dak lak")  # no accents needed
    qtbot.keyClick(choices.province.lineEdit(), Qt.Key.Key_Return)
    assert choices.province_code() == "66"
    assert choices.province.currentText() == "Tỉnh Đắk Lắk (66)"
    choices.province.lineEdit().selectAll()
    qtbot.keyClicks(choices.province.lineEdit(), "nowhere")
    qtbot.keyClick(choices.province.lineEdit(), Qt.Key.Key_Return)
    assert choices.province_code() == "66"  # nothing found: the choice stays
    assert choices.province.currentText() == "Tỉnh Đắk Lắk (66)"


def test_a_large_folder_is_read_by_worker_processes_too(
    qtbot: QtBot,
    configured: Workspace,
    prompts: Prompts,
    inbox: Path,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    """An office's real inbox: enough files that worker processes start beside the window."""
    made: list[int] = []
    real = file_reading.worker_pool

    def pool(workers: int):  # type: ignore[no-untyped-def]
        made.append(workers)
        return real(workers)

    monkeypatch.setattr(file_reading, "worker_pool", pool)
    monkeypatch.setattr(file_reading, "worker_count", lambda: 1)
    original = (inbox / "HTSD_66_24175_2025-N.xlsx").read_bytes()
    for number in range(file_reading.PARALLEL_FROM):
        (inbox / "zalo" / f"ban sao {number:02d}.xlsx").write_bytes(original)
    page = _page(qtbot, configured)
    _add_folder(qtbot, page, prompts, inbox)
    _choose_2025(qtbot, page)
    _check(qtbot, page)

    assert made == [1]
    statuses = _statuses(page)
    assert len(statuses) == len(EXPECTED) + file_reading.PARALLEL_FROM
    copies = {name: s for name, s in statuses.items() if name.startswith("ban sao")}
    # the same unit and time as HTSD_66_24175_2025-N.xlsx, which counts (first by name)
    assert len(copies) == file_reading.PARALLEL_FROM and set(copies.values()) == {DUPLICATE}
    assert {n: s for n, s in statuses.items() if n not in copies} == EXPECTED
    assert page.progress.value() == page.progress.maximum() == len(statuses)
    assert not (data_dir / "logs").exists()  # no worker failed


def test_saving_over_an_input_or_the_database_is_refused(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, inbox: Path
) -> None:
    page = _page(qtbot, configured)
    _add_folder(qtbot, page, prompts, inbox)
    _choose_2025(qtbot, page)
    _check(qtbot, page)
    commune = inbox / "HTSD_66_24175_2025-N.xlsx"
    before = commune.read_bytes(), configured.path.read_bytes()
    for chosen in (commune, configured.path):
        prompts.answers.append(str(chosen))
        _press(qtbot, page.write_button)
        kind, text = prompts.shown[-1]
        assert kind == "error" and chosen.name in text
    errors = [text for kind, text in prompts.shown if kind == "error"]
    assert "tệp đang được đọc để tổng hợp" in errors[-2]
    assert "cơ sở dữ liệu đang mở" in errors[-1]
    assert (commune.read_bytes(), configured.path.read_bytes()) == before
    assert page.written_path is None and page.write_button.isEnabled()
