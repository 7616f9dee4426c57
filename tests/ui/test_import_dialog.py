"""The import dialog: choose, check off the GUI thread, see problems, import all or nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.i18n import install_language
from desktop_app.services.importing import importing
from desktop_app.services.workspace import Workspace
from desktop_app.ui.importing.import_dialog import ImportDialog
from tests.conftest import TODAY
from tests.import_samples import SAMPLES, VISITS_HEADER, add_museum, sample, write_csv
from tests.ui.conftest import Prompts

WAIT_MS = 10_000


def _dialog(qtbot: QtBot, workspace: Workspace) -> ImportDialog:
    dialog = ImportDialog(workspace, lambda: TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _press(qtbot: QtBot, button) -> None:
    """Tab to a button and press Space (mnemonics differ between languages)."""
    button.setFocus()
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _choose(qtbot: QtBot, dialog: ImportDialog, prompts: Prompts, paths: list[Path]) -> None:
    prompts.answers.append([str(p) for p in paths])
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        _press(qtbot, dialog.choose_button)
    assert prompts.shown[-1][0] == "open_files"


def _cell(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def test_good_files_are_previewed_then_imported(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    add_museum(configured)
    paths = [sample(tmp_path, key, kind="xlsx" if key == "visits" else "csv") for key in SAMPLES]
    dialog = _dialog(qtbot, configured)
    assert not dialog.import_button.isEnabled()
    _choose(qtbot, dialog, prompts, paths)

    assert dialog.files_model.rowCount() == 6
    assert _cell(dialog.files_model, 0, 0) == "visits.xlsx"
    assert [_cell(dialog.files_model, r, 3) for r in range(6)] == ["0"] * 6
    assert dialog.problems_model.rowCount() == 0
    assert dialog.rows_model.rowCount() == 3  # the first rows of the selected file
    assert dialog.rows_model.headerData(2, Qt.Orientation.Horizontal) == "ma_thiet_che"
    assert _cell(dialog.rows_model, 0, 0) == "2" and _cell(dialog.rows_model, 0, 1) == "01/03/2026"
    dialog.files_table.selectRow(3)
    assert dialog.rows_model.headerData(1, Qt.Orientation.Horizontal) == "ma_clb"
    assert importing.stored_rows(configured)["visits"] == 0  # checking writes nothing
    assert dialog.import_button.isEnabled()

    with (
        qtbot.waitSignal(dialog.imported, timeout=WAIT_MS),
        qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS),
    ):
        _press(qtbot, dialog.import_button)
    counts = importing.stored_rows(configured)
    assert counts["visits"] == 3 and counts["club_sessions"] == 2 and counts["museum_records"] == 1
    assert prompts.shown[-1][0] == "inform"
    assert not dialog.isVisible()


def test_problems_are_listed_and_block_the_import(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    install_language("en")
    good = sample(tmp_path, "clubs")
    bad = write_csv(
        tmp_path / "luot.csv",
        VISITS_HEADER[:4],
        [["01/03/2026", "TV1", "5", "1"], ["31/02/2026", "TV9", "-2", "0"]],
    )
    dialog = _dialog(qtbot, configured)
    _choose(qtbot, dialog, prompts, [good, bad])
    problems = [
        tuple(_cell(dialog.problems_model, r, c) for c in range(4))
        for r in range(dialog.problems_model.rowCount())
    ]
    assert problems == [
        ("luot.csv", "3", "ngay", "31/02/2026 is not a day of the calendar."),
    ]
    assert _cell(dialog.files_model, 1, 1) == "Visits" and _cell(dialog.files_model, 1, 3) == "1"
    assert not dialog.import_button.isEnabled()
    assert "Nothing can be imported" in dialog.status.text()

    write_csv(bad, VISITS_HEADER[:4], [["01/03/2026", "TV1", "5", "1"]])  # fixed in Excel
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        _press(qtbot, dialog.recheck_button)
    assert dialog.problems_model.rowCount() == 0 and dialog.import_button.isEnabled()
    assert sum(importing.stored_rows(configured).values()) == 0


def test_a_foreign_file_is_named_in_the_problems(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    broken = tmp_path / "so.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    dialog = _dialog(qtbot, configured)
    _choose(qtbot, dialog, prompts, [broken])
    assert dialog.problems_model.rowCount() == 1
    assert _cell(dialog.problems_model, 0, 0) == "so.xlsx"
    assert _cell(dialog.problems_model, 0, 1) == ""
    assert not dialog.import_button.isEnabled()


def test_cancelling_an_import_writes_nothing(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path, monkeypatch
) -> None:
    reached, release = threading.Event(), threading.Event()
    real = importing._WRITERS["visits"]

    def slow_writer(db, rows):  # runs on the worker thread
        written = real(db, rows)
        reached.set()
        release.wait(WAIT_MS / 1000)
        return written

    monkeypatch.setitem(importing._WRITERS, "visits", slow_writer)
    dialog = _dialog(qtbot, configured)
    _choose(qtbot, dialog, prompts, [sample(tmp_path, "visits")])
    dialog.import_button.click()
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.import_button.isEnabled() and not dialog.choose_button.isEnabled()
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        release.set()
    assert importing.stored_rows(configured)["visits"] == 0
    assert prompts.shown[-1][0] == "inform"
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert not dialog.progress.isVisible()


def test_closing_while_checking_stops_the_worker(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path, monkeypatch
) -> None:
    reached, release = threading.Event(), threading.Event()
    real = importing.open_table

    def slow_open(path):
        reached.set()
        release.wait(WAIT_MS / 1000)
        return real(path)

    monkeypatch.setattr(importing, "open_table", slow_open)
    dialog = _dialog(qtbot, configured)
    prompts.answers.append([str(sample(tmp_path, "visits"))])
    dialog.choose_button.click()
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    assert dialog.is_busy()
    release.set()
    dialog.reject()
    assert not dialog.is_busy() and not dialog.isVisible()


def test_choosing_nothing_changes_nothing(
    qtbot: QtBot, configured: Workspace, prompts: Prompts
) -> None:
    dialog = _dialog(qtbot, configured)
    prompts.answers.append([])
    dialog.choose_button.click()
    assert not dialog.is_busy() and dialog.files_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_hostile_workbooks_are_problems_not_a_crash(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    """File ▸ Import with a far cell (which once aborted the window) and an uncached formula."""
    from tests.cli.hostile_files import _far_cell, _uncached_formula

    install_language("en")
    far = Path(_far_cell(configured.path, tmp_path)[-1])
    formula = Path(_uncached_formula(configured.path, tmp_path)[-1])
    dialog = _dialog(qtbot, configured)
    _choose(qtbot, dialog, prompts, [far, formula])
    problems = [
        tuple(_cell(dialog.problems_model, r, c) for c in range(4))
        for r in range(dialog.problems_model.rowCount())
    ]
    assert [p[:3] for p in problems] == [
        ("xa-xa.xlsx", "", ""),
        ("cong-thuc.xlsx", "3", "tong_luot"),
    ]
    assert "17.179.869.184 cells" in problems[0][3]
    assert "Cell C3" in problems[1][3] and "never saved" in problems[1][3]
    assert not dialog.import_button.isEnabled()
    assert sum(importing.stored_rows(configured).values()) == 0
