"""Every hostile case of ``hostile_files.py``, run as a user runs it.

Each must end with its exit status and one clear line naming the problem, no
traceback, and the database byte for byte as it was (so are the files the case
names as untouched).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.hostile_files import CASES, Case, commune_database
from tests.cli.test_cli import htsd


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_case(case: Case, tmp_path: Path, data_dir: Path) -> None:
    db = commune_database(tmp_path / "xa" / "htsd.sqlite3")
    folder = tmp_path / "files"
    folder.mkdir()
    words = case.make(db, folder)
    before = db.read_bytes()
    kept = {path: path.read_bytes() for path in case.untouched(folder)}
    result = htsd(*words, "--lang", "en", data_dir=data_dir)
    assert result.returncode == case.status, result.stderr
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    assert len(lines) >= 1
    message = result.stderr + result.stdout
    assert max(map(len, message.split())) < 400  # no word of hundreds of digits
    for word in case.words:
        assert word in message, message
    assert db.read_bytes() == before
    assert {path: path.read_bytes() for path in kept} == kept
    assert list(tmp_path.rglob("*.tmp")) == []  # no temporary file left anywhere


def test_check_tells_a_read_only_medium_apart(tmp_path: Path, data_dir: Path) -> None:
    """A sound database on a read-only mount (a write-protected stick): exit 3, said so;
    the mount is made in a user namespace, as an unprivileged user can."""
    import os
    import subprocess
    import sys

    db = commune_database(tmp_path / "xa" / "htsd.sqlite3")
    stick = tmp_path / "usb"
    stick.mkdir()
    script = (
        f'mount -t tmpfs tmpfs "{stick}" && cp "{db}" "{stick}/" && '
        f'mount -o remount,ro "{stick}" && '
        f'exec "{sys.executable}" -m desktop_app check --db "{stick}/htsd.sqlite3" --lang en'
    )
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "HTSD_DATA_DIR": str(data_dir)},
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert "is sound" in result.stdout and "days of visits 2" in result.stdout
    [line] = result.stderr.strip().splitlines()
    assert "read-only here" in line and "missing" not in line and "damaged" not in line


def test_vietnamese_words_for_devices_and_read_only_writes(tmp_path: Path, data_dir: Path) -> None:
    """The default language says "không phải là tệp thông thường" (the issue's words)."""
    from tests.cli.hostile_files import _check_fifo, _link_to_dev_zero

    db = commune_database(tmp_path / "xa" / "htsd.sqlite3")
    folder = tmp_path / "files"
    folder.mkdir()
    for make in (_link_to_dev_zero, _check_fifo):
        result = htsd(*make(db, folder), data_dir=data_dir)
        assert result.returncode == 2, result.stderr
        assert "không phải là tệp thông thường" in result.stderr.lower()
