"""The program opens no network connection: its main flows run with every socket refused.

A commune PC may be offline, behind a metered link, or watched by an antivirus
that frowns on programs that phone home. The flows below run with Python's
socket functions replaced by ones that record the attempt and refuse it; the
test then asserts that nothing was attempted (a refusal the program swallowed
would still be recorded).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.cli.main import main
from desktop_app.i18n import install_language
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.main_window import MainWindow
from tests.import_samples import write_csv

ROOT = Path(__file__).resolve().parents[1]
BLOCKED = ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr")

# The same block for a child process, installed before anything of the program is imported.
CHILD_BLOCK = textwrap.dedent(
    """
    import socket, sys

    def _refuse(name):
        def refused(*args, **kwargs):
            sys.stderr.write(f"NETWORK ATTEMPT {name}{args!r}\\n")
            raise OSError("network blocked by the test")
        return refused

    class _Socket(socket.socket):
        def __init__(self, *args, **kwargs):
            _refuse("socket")(*args)

    socket.socket = _Socket
    for _name in BLOCKED_NAMES:
        setattr(socket, _name, _refuse(_name))
    """
)
CHILD_RUN = textwrap.dedent(
    """
    from desktop_app.cli.main import main
    status = 0
    for command in {commands!r}:
        status = status or main(command)
    sys.exit(status)
    """
)


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refuse every socket; the list collects what tried to connect."""
    seen: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: object, **_kwargs: object) -> object:
            seen.append(f"{name}{args!r}")
            raise OSError("network blocked by the test")

        return refused

    class Socket(socket.socket):
        def __init__(self, *args: Any, **_kwargs: Any) -> None:
            refuse("socket")(*args)

    for method in ("connect", "connect_ex"):  # a socket made before the block
        monkeypatch.setattr(socket.socket, method, refuse(method))
    monkeypatch.setattr(socket, "socket", Socket)
    for name in BLOCKED:
        monkeypatch.setattr(socket, name, refuse(name))
    yield seen


def test_the_block_would_catch_a_connection(attempts: list[str]) -> None:
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.org", timeout=1)
    assert attempts


def visits_csv(path: Path) -> Path:
    rows = [[f"{day:02d}/03/2026", "TV1", str(10 + day)] for day in range(1, 29)]
    return write_csv(path, ["ngay", "ma_thiet_che", "tong_luot"], rows)


def test_the_command_line_flows_open_no_connection(
    qapp: Any, attempts: list[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "commune.sqlite3")
    report, rollup = tmp_path / "report.xlsx", tmp_path / "rollup.xlsx"
    flows = [
        ["init", "--db", db, "--province", "66", "--commune", "24175"],
        ["facility", "add", "--db", db, "--code", "TV1", "--type", "TV_XA",
         "--name", "Thư viện xã", "--opened", "2020-01-01"],
        ["import", "--db", db, str(visits_csv(tmp_path / "visits.csv"))],
        ["export", "--db", db, "--period", "2026-N", "--out", str(report)],
        ["aggregate", "--province", "66", "--period", "2026-N", "--out", str(rollup), str(report)],
        ["check", "--db", db],
    ]  # fmt: skip
    for flow in flows:
        assert main(flow) == 0, flow
    assert report.exists() and rollup.exists()
    assert attempts == []


def test_the_window_over_a_demo_commune_opens_no_connection(
    qtbot: QtBot, attempts: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    for name in ("inform", "warn", "show_error", "confirm", "choose"):
        monkeypatch.setattr(dialogs, name, lambda *args, n=name: shown.append(f"{n}{args[1:]}"))
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--years", "1"]) == 0
    install_language("vi")
    workspace = Workspace.open(db)
    try:
        window = MainWindow(workspace, "vi", date.today)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        for index, (_label, page) in enumerate(window.pages):
            window.show_page(index)
            qtbot.waitUntil(lambda page=page: window.current_page() is page)
        window.close()
    finally:
        workspace.close()
    assert shown == []
    assert attempts == []


def run_blocked(code: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new Python whose sockets were refused before anything was imported."""
    return subprocess.run(
        [sys.executable, "-c", CHILD_BLOCK.replace("BLOCKED_NAMES", repr(BLOCKED)) + code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HTSD_DATA_DIR": str(data_dir)},
        check=False,
    )


def test_the_child_block_would_catch_a_connection(data_dir: Path) -> None:
    code = "import urllib.request\ntry:\n    urllib.request.urlopen('http://example.org')\n"
    result = run_blocked(code + "except OSError:\n    pass\n", data_dir)
    assert "NETWORK ATTEMPT" in result.stderr and result.returncode == 0, result.stderr


def test_a_command_started_with_sockets_refused_opens_no_connection(
    tmp_path: Path, data_dir: Path
) -> None:
    db = str(tmp_path / "commune.sqlite3")
    commands = [
        ["init", "--db", db, "--province", "66", "--commune", "24175"],
        ["demo", "--db", str(tmp_path / "demo.sqlite3"), "--years", "1"],
        ["export", "--db", str(tmp_path / "demo.sqlite3"), "--period", "2026-N",
         "--out", str(tmp_path / "r.xlsx")],
    ]  # fmt: skip
    result = run_blocked(CHILD_RUN.format(commands=commands), data_dir)
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.xlsx").exists()
