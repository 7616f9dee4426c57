"""Commands print Vietnamese to a pipe or a file whatever the console's code page.

On Windows a pipe or a file gets the ANSI code page (cp1252), which has no "ư" or "ạ":
here the child is given that encoding through PYTHONIOENCODING, as Windows would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def htsd_cp1252(
    *args: str, data_dir: Path, out: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "HTSD_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "cp1252"}
    env.pop("PYTHONUTF8", None)
    command = [sys.executable, "-X", "utf8=0", "-m", "desktop_app", *args]
    if out is None:
        return subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)
    with out.open("wb") as handle:  # a file, as `htsd-cli ... > log.txt` writes
        return subprocess.run(
            command, stdout=handle, stderr=subprocess.PIPE, env=env, timeout=120, check=False
        )


def test_output_on_a_pipe_is_utf8(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "x.sqlite3")
    init = htsd_cp1252("init", "--db", db, "--province", "66", "--commune", "24175",
                       data_dir=data_dir)  # fmt: skip
    assert init.returncode == 0, init.stderr.decode("utf-8", "replace")
    added = htsd_cp1252(
        "facility", "add", "--db", db, "--code", "TV1", "--type", "TV_XA",
        "--name", "Thư viện xã Hòa Phú", "--opened", "01/01/2020", data_dir=data_dir,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    assert b"UnicodeEncodeError" not in added.stderr
    assert "Thư viện xã Hòa Phú (Thư viện cấp xã)" in added.stdout.decode("utf-8")


def test_output_to_a_file_and_errors_on_stderr_are_utf8(tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "log.txt"
    db = str(tmp_path / "x.sqlite3")
    init = htsd_cp1252("init", "--db", db, "--province", "66", "--commune", "24175",
                       data_dir=data_dir, out=out)  # fmt: skip
    assert init.returncode == 0, init.stderr.decode("utf-8", "replace")
    assert "Đã thiết lập Xã Hòa Phú" in out.read_text(encoding="utf-8")
    # a refused command: its one line on stderr, in Vietnamese, not a traceback
    again = htsd_cp1252(
        "facility", "add", "--db", db, "--code", "TV1", "--type", "KHONG_CO",
        "--name", "Thư viện", "--opened", "01/01/2020", data_dir=data_dir,
    )  # fmt: skip
    assert again.returncode == 2
    line = again.stderr.decode("utf-8").strip()
    assert line.startswith("htsd: ") and "Traceback" not in line and len(line.splitlines()) == 1
    assert any(letter in line for letter in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹư")
