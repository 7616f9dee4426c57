"""The command line, run as a user runs it: a separate process, exit status, one line on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def htsd(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HTSD_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def assert_one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return lines[0]


def test_version(data_dir: Path) -> None:
    from desktop_app import __version__

    result = htsd("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.strip() == f"htsd {__version__}"


def test_init_then_facility_then_check(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "hoa-phu.sqlite3")
    result = htsd("init", "--db", db, "--province", "66", "--commune", "24175", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Xã Hòa Phú" in result.stdout and "24175" in result.stdout

    result = htsd(
        "facility", "add", "--db", db, "--code", "TV1", "--type", "TV_XA",
        "--name", "Thư viện xã Hòa Phú", "--opened", "2020-01-01", data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Thư viện cấp xã" in result.stdout

    result = htsd("check", "--db", db, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "thiết chế 1, hồ sơ thiết chế 0" in result.stdout

    from desktop_app.services.workspace import Workspace
    from desktop_app.storage.facility_store import find_facility_by_code

    ws = Workspace.open(Path(db), create=False)
    assert ws.unit().commune_code == "24175"
    assert find_facility_by_code(ws.db, "TV1").name == "Thư viện xã Hòa Phú"
    ws.close()


@pytest.mark.parametrize(
    ("province", "commune", "expected"),
    [
        ("66", "99999", "Không có xã, phường, đặc khu nào mang mã 99999."),
        ("24", "24175", "thuộc tỉnh Đắk Lắk, không thuộc tỉnh Bắc Ninh"),
        ("77", "24175", "Không có tỉnh, thành phố nào mang mã 77."),
        ("66", "hoa phu", "không phải là mã gồm 5 chữ số"),
    ],
)
def test_init_refuses_a_commune_that_does_not_exist_or_is_elsewhere(
    tmp_path: Path, data_dir: Path, province: str, commune: str, expected: str
) -> None:
    db = tmp_path / "x.sqlite3"
    line = assert_one_clear_line(
        htsd(
            "init", "--db", str(db), "--province", province, "--commune", commune, data_dir=data_dir
        )
    )
    assert expected in line
    assert not db.exists()  # nothing half-written


def test_messages_in_english_on_request(tmp_path: Path, data_dir: Path) -> None:
    line = assert_one_clear_line(
        htsd("init", "--db", str(tmp_path / "x.sqlite3"), "--province", "66", "--commune",
             "99999", "--lang", "en", data_dir=data_dir)
    )  # fmt: skip
    assert line == "htsd: There is no commune with code 99999."


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["init", "--province", "66"], "cần một trong các tham số --commune --office"),
        (["bogus"], "lựa chọn không hợp lệ"),
        (["facility", "add", "--code", "X", "--type", "LIB", "--name", "x"], "--type"),
        (["facility", "add", "--code", "X", "--type", "TV_XA", "--name", "x",
          "--opened", "31/02/2020"], "31/02/2020 không phải là một ngày có thật trên lịch."),
        (["check"], "Không tìm thấy cơ sở dữ liệu"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_status_2(
    tmp_path: Path, data_dir: Path, args: list[str], expected: str
) -> None:
    missing = ["--db", str(tmp_path / "missing.sqlite3")]
    line = assert_one_clear_line(htsd(*args, *missing, data_dir=data_dir))
    assert expected in line


def test_facility_add_needs_a_set_up_database(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    from desktop_app.storage.database import open_database

    open_database(db).close()
    line = assert_one_clear_line(
        htsd("facility", "add", "--db", str(db), "--code", "TV1", "--type", "TV_XA",
             "--name", "x", data_dir=data_dir)
    )  # fmt: skip
    assert "init" in line


def test_duplicate_facility_code_is_refused(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    htsd("init", "--db", db, "--province", "66", "--commune", "24175", data_dir=data_dir)
    add = ["facility", "add", "--db", db, "--code", "TV1", "--type", "TV_XA", "--name", "x"]
    assert htsd(*add, data_dir=data_dir).returncode == 0
    line = assert_one_clear_line(htsd(*add, data_dir=data_dir))
    assert "TV1" in line


def test_check_reports_a_damaged_file_with_status_1(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "a.sqlite3"
    htsd("init", "--db", str(db), "--province", "66", "--commune", "24175", data_dir=data_dir)
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) >= 3 * page
    raw[page + 100 : 2 * page] = b"\xff" * (page - 100)  # smash a b-tree page
    db.write_bytes(bytes(raw))
    result = htsd("check", "--db", str(db), data_dir=data_dir)
    assert result.returncode == 1, result.stderr
    assert "bị hỏng" in result.stderr and "khôi phục" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_command_line_does_not_load_the_gui(tmp_path: Path, data_dir: Path) -> None:
    code = (
        "import sys; from desktop_app.cli.main import main; "
        f"rc = main(['init', '--db', {str(tmp_path / 'a.sqlite3')!r}, '--province', '66', "
        "'--commune', '24175']); "
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6.')); "
        "print(rc, ','.join(loaded))"
    )
    env = {**os.environ, "HTSD_DATA_DIR": str(data_dir)}
    out = (
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    rc, loaded = out.split(" ", 1)
    assert rc == "0"
    assert "PySide6.QtWidgets" not in loaded
    assert "PySide6.QtGui" not in loaded


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--db", "x.sqlite3"], True),
        (["--db", "init", "--lang", "en"], True),
        (["--lang=en"], True),
        (["init", "--province", "66"], False),
        (["--db", "x", "check"], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_window_or_command_is_decided_from_the_words(argv: list[str], window: bool) -> None:
    from desktop_app.cli.main import wants_window

    assert wants_window(argv) is window


def test_db_before_the_command_is_honoured(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "before.sqlite3"
    result = htsd(
        "--db", str(db), "init", "--province", "66", "--commune", "24175", data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert db.exists()
    assert not (data_dir / "htsd.sqlite3").exists()
    assert htsd("--db", str(db), "check", data_dir=data_dir).returncode == 0


def test_running_init_again_changes_only_what_is_given(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    first = ["init", "--db", db, "--province", "66", "--commune", "24175"]
    assert htsd(*first, "--preparer", "Lan", "--head", "Minh", data_dir=data_dir).returncode == 0
    assert htsd(*first, "--head", "Hùng", data_dir=data_dir).returncode == 0

    from desktop_app.services.workspace import Workspace

    ws = Workspace.open(Path(db), create=False)
    unit = ws.unit()
    ws.close()
    assert (unit.preparer_name, unit.head_name) == ("Lan", "Hùng")


def test_check_names_every_table_in_words(tmp_path: Path, data_dir: Path) -> None:
    from desktop_app.cli.check_command import TABLE_NAMES
    from desktop_app.storage.database import open_database
    from desktop_app.storage.integrity import table_counts

    db = open_database(tmp_path / "a.sqlite3")
    assert set(table_counts(db)) <= set(TABLE_NAMES)
    db.close()


def test_init_office_sets_up_the_offices_database_and_never_a_communes(
    tmp_path: Path, data_dir: Path
) -> None:
    office = str(tmp_path / "so-vhttdl.sqlite3")
    result = htsd("init", "--db", office, "--office", "--province", "66", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Đã thiết lập cơ quan Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk (Tỉnh Đắk Lắk)"
    )
    result = htsd(
        "init", "--db", office, "--province", "66", "--commune", "24175", data_dir=data_dir
    )
    assert result.returncode == 2
    assert "đã được thiết lập cho cơ quan cấp tỉnh" in assert_one_clear_line(result)

    commune = str(tmp_path / "hoa-phu.sqlite3")
    htsd("init", "--db", commune, "--province", "66", "--commune", "24175", data_dir=data_dir)
    result = htsd("init", "--db", commune, "--office", "--province", "66", data_dir=data_dir)
    assert result.returncode == 2
    line = assert_one_clear_line(result)
    assert "thuộc Xã Hòa Phú (24175) là một xã nên không thể chuyển thành" in line

    from desktop_app.services import setup
    from desktop_app.services.workspace import Workspace

    for path, role in ((office, setup.OFFICE), (commune, setup.COMMUNE)):
        ws = Workspace.open(Path(path), create=False)
        assert setup.database_role(ws) == role
        ws.close()
