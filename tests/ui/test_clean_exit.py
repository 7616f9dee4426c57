"""The program ends normally: no ``Fatal Python error: bool_dealloc`` / ``none_dealloc``.

PySide6's ``emit()`` took a reference away from ``True`` each time, and each background
job's ``QThread.run()`` one from ``None`` (see ``desktop_app/ui/signal_refcount.py``); on
Python 3.11 that aborted about one exit in four, and crashed long sessions and test runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.demo import demo
from desktop_app.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], data_dir: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HTSD_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def test_many_signals_do_not_use_up_true(tmp_path: Path) -> None:
    """200,000 emits (a long day of typing) and the interpreter still ends normally."""
    script = (
        "import desktop_app.ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class Probe(QObject):\n"
        "    fired = Signal(int)\n"
        "probe = Probe()\n"
        "for n in range(200_000):\n"
        "    probe.fired.emit(n)\n"
        "print('done')\n"
    )
    result = _run(["-c", script], tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "done"), result.stderr


def test_many_background_jobs_do_not_use_up_none(tmp_path: Path) -> None:
    """20,000 background jobs (a long session: every change refreshes the overview in a
    thread) and the interpreter still ends normally; each once took a reference from None."""
    script = (
        "import desktop_app.ui\n"
        "from desktop_app.ui.worker import CancellableWorker\n"
        "for n in range(20_000):\n"
        "    worker = CancellableWorker(lambda progress, cancelled: n)\n"
        "    worker.start()\n"
        "    worker.wait()\n"
        "print('done')\n"
    )
    result = _run(["-c", script], tmp_path, timeout=120)
    assert (result.returncode, result.stdout.strip()) == (0, "done"), result.stderr[-2000:]


@pytest.fixture(scope="module")
def small_commune(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo commune with a year of data, built once for the thirty starts."""
    path = tmp_path_factory.mktemp("exit") / "commune.sqlite3"
    workspace = Workspace.open(path)
    try:
        demo.build_demo(workspace, years=1)
    finally:
        workspace.close()
    return path


def test_thirty_starts_and_closes_end_normally(small_commune: Path, tmp_path: Path) -> None:
    running = 0
    for attempt in range(30):
        result = _run(["-m", "tests.ui.exit_child", str(small_commune), str(attempt * 7)], tmp_path)
        assert result.returncode == 0, f"start {attempt + 1}: {result.stderr[-2000:]}"
        assert "Fatal Python error" not in result.stderr
        running += "worker running: True" in result.stdout
    assert running == 30  # every close came while the overview was still reading
