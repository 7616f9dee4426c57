"""The restore list and the USB copy, driven by the keyboard, prompts answered by the seam."""

from __future__ import annotations

import sys
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop_app.i18n import install_language
from desktop_app.services.backup import backup
from desktop_app.services.workspace import Workspace
from desktop_app.ui.backup.backup_dialog import RestoreDialog, copy_to_usb, restore_backup
from desktop_app.ui.backup.backup_labels import contents
from desktop_app.ui.backup.usb_copy import UsbCopyDialog
from desktop_app.ui.backup_status import backup_status
from tests.services.test_backup_restore import edit, make_commune, state, take
from tests.ui.conftest import Prompts

ICT = timezone(timedelta(hours=7))
DAY1 = datetime(2026, 11, 18, 8, 0)  # local time: the names carry it


@pytest.fixture
def commune(tmp_path: Path) -> Path:
    """Three daily backups (18, 19 and 21/11) and a damaged one of 20/11."""
    path = make_commune(tmp_path / "commune.sqlite3")
    take(path, "daily", DAY1)
    edit(path, date(2026, 11, 2), 6)
    take(path, "daily", DAY1 + timedelta(days=1))
    edit(path, date(2026, 11, 3), 7)
    newest = take(path, "daily", DAY1 + timedelta(days=3))
    damaged = take(path, "daily", datetime(2026, 11, 20, 8, 0))  # then spoilt on the disk
    damaged.write_bytes(newest.read_bytes()[:4096] + b"\xff" * 8192)
    return path


def _dialog(qtbot: QtBot, db: Path) -> RestoreDialog:
    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _taken(dialog: RestoreDialog, row: int) -> datetime:
    return dialog.model.row_at(row).taken_at


def test_the_list_is_newest_first_and_the_damaged_one_cannot_be_picked(
    qtbot: QtBot, commune: Path
) -> None:
    dialog = _dialog(qtbot, commune)
    assert dialog.model.rowCount() == 4
    assert [_taken(dialog, r).day for r in range(4)] == [21, 20, 19, 18]
    damaged = dialog.model.index(1, 0)
    assert not dialog.model.flags(damaged) & Qt.ItemFlag.ItemIsEnabled
    assert dialog.selected() == dialog.model.row_at(0)
    assert dialog.model.row_at(0).counts["visits"] == 3
    install_language("en")
    assert contents(dialog.model.row_at(0)).startswith("visit days 3, activities 0, clubs 0")
    assert contents(dialog.model.row_at(1)).startswith("Unusable: damaged")


def test_down_then_enter_picks_the_backup_after_confirming(
    qtbot: QtBot, commune: Path, prompts: Prompts
) -> None:
    dialog = _dialog(qtbot, commune)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # skips the damaged copy of 20/11
    assert dialog.selected().taken_at.day == 19
    prompts.answers.append(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert [kind for kind, _text in prompts.shown] == ["confirm"]
    local = (DAY1 + timedelta(days=1)).astimezone().strftime("%d/%m/%Y %H:%M")
    assert local in prompts.shown[0][1]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == dialog.model.row_at(2).path
    assert state(commune)[0] == [(date(2026, 11, 1), 4), (date(2026, 11, 2), 6),
                                 (date(2026, 11, 3), 7)]  # fmt: skip # nothing restored yet


def test_saying_no_keeps_the_dialog_open_and_escape_closes_it(
    qtbot: QtBot, commune: Path, prompts: Prompts
) -> None:
    dialog = _dialog(qtbot, commune)
    prompts.answers.append(False)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.chosen is None
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.chosen is None


def test_no_backup_yet(qtbot: QtBot, tmp_path: Path) -> None:
    db = make_commune(tmp_path / "new.sqlite3")
    dialog = _dialog(qtbot, db)
    assert dialog.empty_hint.isVisible() and not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_restoring_the_chosen_backup_says_where_the_old_data_went(
    commune: Path, prompts: Prompts
) -> None:
    chosen = backup.list_backups(commune)[2].path  # 19/11: visits of 1 and 2 November
    assert restore_backup(None, commune, chosen)
    assert state(commune)[0] == [(date(2026, 11, 1), 4), (date(2026, 11, 2), 6)]
    kinds = [kind for kind, _text in prompts.shown]
    assert kinds == ["inform"]
    safety = next(i.path for i in backup.list_backups(commune) if i.kind == "before-restore")
    assert str(safety) in prompts.shown[0][1]


def test_a_refused_restore_shows_the_reason(
    commune: Path, tmp_path: Path, prompts: Prompts
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("junk")
    assert not restore_backup(None, commune, junk)
    assert [kind for kind, _text in prompts.shown] == ["error"]


def test_copy_to_usb_writes_there_and_says_so(
    configured: Workspace, tmp_path: Path, prompts: Prompts
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    prompts.answers.append(str(usb))
    path = copy_to_usb(None, configured)
    assert path is not None and path.parent == usb and path.exists()
    assert [kind for kind, _text in prompts.shown] == ["choose_folder", "inform"]
    assert str(path) in prompts.shown[1][1]


def test_copy_to_usb_on_a_missing_stick_shows_an_error(
    configured: Workspace, tmp_path: Path, prompts: Prompts
) -> None:
    prompts.answers.append(str(tmp_path / "pulled-out"))
    assert copy_to_usb(None, configured) is None
    assert [kind for kind, _text in prompts.shown] == ["choose_folder", "error"]
    assert not (tmp_path / "pulled-out").exists()
    prompts.answers.append(None)  # cancelled
    assert copy_to_usb(None, configured) is None


def test_the_usb_copy_runs_off_the_gui_thread_on_its_own_connection(
    configured: Workspace, tmp_path: Path, prompts: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    real = backup.copy_to_folder
    seen: list[tuple[threading.Thread, bool]] = []

    def spy(workspace: Workspace, folder: Path, *args: Any, **kwargs: Any) -> Path:
        seen.append((threading.current_thread(), workspace is configured))
        return real(workspace, folder, *args, **kwargs)

    monkeypatch.setattr(backup, "copy_to_folder", spy)
    prompts.answers.append(str(usb))
    path = copy_to_usb(None, configured)
    assert path is not None and path.parent == usb and path.exists()
    assert seen == [(seen[0][0], False)] and seen[0][0] is not threading.main_thread()
    assert [kind for kind, _text in prompts.shown] == ["choose_folder", "inform"]
    assert configured.last_backup()  # the time is noted for the status bar


def test_cancel_stops_the_usb_copy_and_leaves_nothing(
    qtbot: QtBot,
    configured: Workspace,
    tmp_path: Path,
    prompts: Prompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    real = backup.copy_to_folder
    started = threading.Event()

    def held(workspace: Workspace, folder: Path, now: Any, *, progress: Any, is_cancelled: Any):
        """The real copy, held after its first step until Cancel is pressed."""

        def step(done: int, total: int) -> None:
            progress(done, total)
            started.set()
            wake = threading.Event()
            while not is_cancelled():
                wake.wait(0.005)

        return real(workspace, folder, now, progress=step, is_cancelled=is_cancelled)

    monkeypatch.setattr(backup, "copy_to_folder", held)
    looked: list[tuple[bool, bool, str]] = []

    def press_cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UsbCopyDialog))
        assert started.wait(10)
        qtbot.waitUntil(lambda: dialog.bar.maximum() > 0, timeout=10000)  # pages counted
        looked.append(
            (dialog.bar.isVisible(), dialog.cancel_button.isEnabled(), dialog.label.text())
        )
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_cancel)
    prompts.answers.append(str(usb))
    assert copy_to_usb(None, configured) is None
    assert looked == [(True, True, f"Đang sao chép dữ liệu sang {usb}…")]
    assert prompts.shown[1] == ("inform", "Đã hủy việc sao chép; không có gì được ghi.")
    assert list(usb.iterdir()) == []  # neither the copy nor its temporary file


def test_a_bug_in_the_usb_copy_goes_to_the_crash_handler_alone(
    configured: Workspace, tmp_path: Path, prompts: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Path:
        raise KeyError("page_count")

    handled: list[type[BaseException]] = []
    monkeypatch.setattr(backup, "copy_to_folder", broken)
    monkeypatch.setattr(sys, "excepthook", lambda kind, _value, _tb: handled.append(kind))
    prompts.answers.append(str(tmp_path))
    assert copy_to_usb(None, configured) is None
    assert handled == [KeyError]
    assert [kind for kind, _text in prompts.shown] == ["choose_folder"]  # not "cancelled"


def test_status_text_warns_after_seven_days(configured: Workspace) -> None:
    install_language("en")
    now = datetime(2026, 11, 22, 9, 30, tzinfo=ICT)
    assert backup_status(configured, now) == ("No backup yet.", True)
    backup.take_backup(configured, "daily", now)
    stamp = now.astimezone().strftime("%d/%m/%Y %H:%M")
    assert backup_status(configured, now + timedelta(days=6)) == (f"Last backup: {stamp}", False)
    text, warn = backup_status(configured, now + timedelta(days=7))
    assert warn and text.startswith("No backup for 7 days") and stamp in text


def test_a_backup_of_another_commune_is_named_and_asked_about(
    qtbot: QtBot, commune: Path, prompts: Prompts, tmp_path: Path
) -> None:
    from desktop_app.services import setup

    other = tmp_path / "ha-noi.sqlite3"
    ws = Workspace.open(other)
    setup.configure_unit(ws, setup.prepare_unit(province_code="01", commune_code="00004"))
    ws.close()
    foreign = take(commune, "manual", datetime(2026, 11, 22, 8, 0))  # then replaced by another
    foreign.write_bytes(other.read_bytes())
    before = state(commune)
    install_language("en")
    dialog = _dialog(qtbot, commune)
    assert dialog.model.row_at(0).path == foreign
    prompts.answers.append(False)  # "No": nothing chosen
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    [(kind, text)] = prompts.shown
    assert kind == "confirm" and "another commune" in text
    assert "Backup: " in text and "commune 00004" in text and "no dated record" in text
    assert "Current database: " in text and "commune 24175" in text
    assert "newest record 03/11/2026" in text
    assert dialog.chosen is None and dialog.isVisible()

    prompts.answers.append(True)  # confirmed: the window restores it
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert state(commune) == before  # the dialog only chooses
    assert restore_backup(None, commune, dialog.chosen)
    restored = Workspace.open(commune, create=False)
    assert restored.unit().commune_code == "00004"
    restored.close()


def test_a_backup_of_the_same_commune_shows_both_without_warning(
    qtbot: QtBot, commune: Path, prompts: Prompts
) -> None:
    install_language("en")
    dialog = _dialog(qtbot, commune)
    prompts.answers.append(False)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    [(_kind, text)] = prompts.shown
    assert "another commune" not in text and text.startswith("Go back to the backup")
    assert text.count("commune 24175") == 2 and "newest record 03/11/2026" in text
