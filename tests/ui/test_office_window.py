"""The province office's window: its database backed up like a commune's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.services import setup
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store
from desktop_app.ui.app import AppController
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import Preferences
from tests.ui.conftest import Prompts


def test_the_offices_window_backs_up_at_start_on_closing_and_to_a_usb_stick(
    qtbot: QtBot, office: Workspace, data_dir: Path, prompts: Prompts, tmp_path: Path
) -> None:
    path = office.path
    office.close()
    controller = AppController(path, "vi", Preferences(data_dir / "p.ini"))
    assert controller.start()
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    backups = path.parent / "backups"
    (daily,) = backups.glob("*-daily.sqlite3")  # the first start of the day
    assert backup_store.read_facts(daily).unit.office
    assert window.backup_label.text().startswith("Sao lưu gần nhất:")
    assert window.backup_label.styleSheet() == ""

    usb = tmp_path / "usb"
    usb.mkdir()
    prompts.answers.append(str(usb))
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    (copy,) = usb.glob("*-manual.sqlite3")
    assert backup_store.read_facts(copy).unit.office
    assert prompts.shown[-1][0] == "inform"

    assert controller.workspace is not None
    setup.configure_office(controller.workspace, "66", "Thư viện tỉnh Đắk Lắk")
    controller.close()  # something changed since the backup: the closing one
    (closing,) = backups.glob("*-exit.sqlite3")
    assert backup_store.read_facts(closing).unit.unit_name == "Thư viện tỉnh Đắk Lắk"
