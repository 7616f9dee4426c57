"""``backup``, ``restore`` and ``check``'s way out, run as a user runs them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop_app.services import setup
from desktop_app.services.backup import backup
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store
from tests.cli.test_cli import assert_one_clear_line, htsd


def _init(db: Path, data_dir: Path) -> None:
    """A set-up database, made in this process (each ``htsd`` run costs two seconds)."""
    ws = Workspace.open(db)
    try:
        setup.configure_unit(ws, setup.prepare_unit(province_code="66", commune_code="24175"))
    finally:
        ws.close()


def _unit_name(db: Path) -> str:
    ws = Workspace.open(db, create=False)
    try:
        return ws.unit().unit_name
    finally:
        ws.close()


def _rename(db: Path, name: str) -> None:
    ws = Workspace.open(db, create=False)
    try:
        ws.db.execute("UPDATE settings SET value = ? WHERE key = 'unit_name'", [name])
    finally:
        ws.close()


def test_backup_then_restore(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "hoa-phu.sqlite3"
    _init(db, data_dir)
    usb = tmp_path / "usb"
    usb.mkdir()
    result = htsd("backup", "--db", str(db), "--to", str(usb), "--lang", "en", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    copies = list(usb.iterdir())
    assert len(copies) == 1 and copies[0].name.endswith("-manual.sqlite3")
    assert str(copies[0]) in result.stdout
    assert backup_store.read_facts(copies[0]).problem is None

    original = _unit_name(db)
    _rename(db, "Tên sau khi sao lưu")
    result = htsd("restore", "--db", str(db), str(copies[0]), "--lang", "en", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert _unit_name(db) == original
    safety = [p for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name]
    assert len(safety) == 1 and str(safety[0]) in result.stdout
    assert _unit_name(safety[0]) == "Tên sau khi sao lưu"


def test_backup_into_a_missing_folder_is_one_line_and_status_2(
    tmp_path: Path, data_dir: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    _init(db, data_dir)
    line = assert_one_clear_line(
        htsd("backup", "--db", str(db), "--to", str(tmp_path / "unplugged"), "--lang", "en",
             data_dir=data_dir)
    )  # fmt: skip
    assert "unplugged" in line and "not there" in line
    assert not (tmp_path / "unplugged").exists()


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    _init(db, data_dir)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    other = tmp_path / "report.xlsx"
    other.write_bytes(b"PK\x03\x04 a workbook")
    line = assert_one_clear_line(
        htsd("restore", "--db", str(db), str(other), "--lang", "en", data_dir=data_dir)
    )
    assert "report.xlsx" in line and "not a backup" in line
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not (tmp_path / "backups").exists()


def test_check_of_a_damaged_database_names_the_backup_to_restore(
    tmp_path: Path, data_dir: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    _init(db, data_dir)
    ws = Workspace.open(db, create=False)
    try:
        good = backup.take_backup(ws, "daily")
    finally:
        ws.close()
    raw = bytearray(db.read_bytes())
    raw[4096 + 100 : 2 * 4096] = b"\xff" * (4096 - 100)  # smash a b-tree page
    db.write_bytes(bytes(raw))

    result = htsd("check", "--db", str(db), "--lang", "en", data_dir=data_dir)

    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "damaged" in lines[0]
    assert f'htsd restore --db "{db}" "{good}"' in lines[0]


def test_check_of_an_unreadable_database_without_backups_says_where_to_look(
    tmp_path: Path, data_dir: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    _init(db, data_dir)
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page: it cannot even be opened
    db.write_bytes(bytes(raw))

    result = htsd("check", "--db", str(db), "--lang", "en", data_dir=data_dir)

    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "damaged" in lines[0] and "No good backup" in lines[0]
    assert f'htsd restore --db "{db}" FILE' in lines[0]


def test_restore_of_another_communes_backup_needs_yes(tmp_path: Path, data_dir: Path) -> None:
    from tests.cli.hostile_files import commune_database

    db = commune_database(tmp_path / "hoa-phu.sqlite3")  # 24175, newest record 03/03/2026
    other = tmp_path / "ha-noi.sqlite3"
    ws = Workspace.open(other)
    setup.configure_unit(ws, setup.prepare_unit(province_code="01", commune_code="00004"))
    ws.close()
    before = db.read_bytes()
    result = htsd("restore", "--db", str(db), str(other), "--lang", "en", data_dir=data_dir)
    assert result.returncode == 2
    backup_line, current_line = result.stdout.strip().splitlines()
    assert backup_line.startswith("Backup:") and "commune 00004" in backup_line
    assert "Hà Nội" in backup_line and "no dated record" in backup_line
    assert current_line.startswith("Current database:") and "commune 24175" in current_line
    assert "Đắk Lắk" in current_line and "newest record 03/03/2026" in current_line
    line = assert_one_clear_line(_no_stdout(result))
    assert "not of" in line and "--yes" in line and "Nothing was changed" in line
    assert db.read_bytes() == before
    assert not backup_store.backups_dir(db).exists() or not any(
        backup_store.backups_dir(db).iterdir()
    )  # not even the safety copy: nothing was done

    result = htsd("restore", "--yes", "--db", str(db), str(other), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    ws = Workspace.open(db, create=False)
    assert ws.unit().commune_code == "00004"
    ws.close()


def _no_stdout(result):  # type: ignore[no-untyped-def]
    import subprocess

    return subprocess.CompletedProcess(result.args, result.returncode, "", result.stderr)
