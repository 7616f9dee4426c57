"""``python -m desktop_app`` opens the window through the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop_app.ui.app as app_module
from desktop_app.cli.main import main

real_start = app_module.AppController.start

def start(self):
    ok = real_start(self)
    def report():
        window = self.window
        print(type(window).__name__, window.windowTitle(), window.isVisible(), flush=True)
        QApplication.quit()
    QTimer.singleShot(0, report)
    return ok

app_module.AppController.start = start
sys.exit(main(sys.argv[1:]))
"""


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HTSD_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, env=env,
        timeout=120, check=False,
    )  # fmt: skip


def test_first_start_opens_the_wizard_on_the_default_database(data_dir: Path) -> None:
    result = _run(data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "SetupWizard Thiết lập đơn vị – HTSD True"
    assert (data_dir / "htsd.sqlite3").exists()


def test_a_set_up_database_opens_the_main_window_in_english(data_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    init = subprocess.run(
        [sys.executable, "-m", "desktop_app", "init", "--db", str(db), "--province", "66",
         "--commune", "24175"],
        capture_output=True, text=True, env={**os.environ, "HTSD_DATA_DIR": str(data_dir)},
        check=False,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    result = _run(data_dir, "--db", str(db), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "MainWindow HTSD – Lifelong learning records True"
