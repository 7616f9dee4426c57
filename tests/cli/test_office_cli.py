"""The province office's database on the command line: a commune's commands are refused
with what the database is for and what to use instead; its backups are a unit's like a
commune's; the office's commands on a commune's database say as clearly why not."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.services import setup
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store
from tests.cli.test_cli import assert_one_clear_line, htsd
from tests.services.test_backup_restore import make_commune
from tests.services.test_office_backup import OFFICE_NAME, _issue_two_versions, make_office

VISITS_CSV = "ngay,ma_thiet_che,tong_luot\n02/03/2026,TV1,12\n"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(db: Path) -> dict[str, int]:
    return backup_store.read_facts(db).counts


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    return make_office(tmp_path / "so-vhttdl.sqlite3")


def _office_refusal(office_db: Path, data_dir: Path, *args: str) -> str:
    """Run a commune's command on the office's database (in Vietnamese, the default):
    exit 2, one line, nothing changed; the line it printed."""
    before, rows = sha(office_db), _rows(office_db)
    line = assert_one_clear_line(htsd(*args, data_dir=data_dir))
    assert sha(office_db) == before and _rows(office_db) == rows
    assert line.startswith(f"htsd: {office_db} là cơ sở dữ liệu của {OFFICE_NAME} (Tỉnh Đắk Lắk)")
    assert "cơ quan cấp tỉnh" in line and "kế hoạch và mẫu báo cáo" in line
    assert "chưa được thiết lập" not in line and "init” trước" not in line
    assert line.endswith("Chưa có gì bị thay đổi.")
    return line


def test_export_on_the_office_database_says_aggregate(
    office_db: Path, tmp_path: Path, data_dir: Path
) -> None:
    out = tmp_path / "BaoCao"
    line = _office_refusal(
        office_db, data_dir, "export", "--db", str(office_db), "--period", "2026-N",
        "--out", str(out),
    )  # fmt: skip
    assert "không có báo cáo để xuất" in line and "“aggregate”" in line
    assert not out.exists()


def test_facility_add_on_the_office_database_says_where_facilities_go(
    office_db: Path, data_dir: Path
) -> None:
    line = _office_refusal(
        office_db, data_dir, "facility", "add", "--db", str(office_db), "--code", "TV1",
        "--type", "TV_XA", "--name", "Thư viện xã Hòa Phú",
    )  # fmt: skip
    assert "không có thiết chế nào" in line and "init --province --commune" in line


def test_import_on_the_office_database_says_into_the_communes_own(
    office_db: Path, tmp_path: Path, data_dir: Path
) -> None:
    csv = tmp_path / "luot_ban_doc.csv"
    csv.write_text(VISITS_CSV, encoding="utf-8")
    line = _office_refusal(office_db, data_dir, "import", "--db", str(office_db), str(csv))
    assert "cơ sở dữ liệu riêng của xã đó" in line and "“aggregate”" in line


def test_demo_on_the_office_database_says_use_a_new_file(office_db: Path, data_dir: Path) -> None:
    line = _office_refusal(office_db, data_dir, "demo", "--db", str(office_db), "--years", "1")
    assert "tên một tệp chưa có" in line
    ws = Workspace.open(office_db, create=False)
    try:
        assert ws.unit() is None and setup.database_role(ws) == setup.OFFICE
    finally:
        ws.close()


def test_init_of_a_commune_on_the_office_database_and_the_reverse(
    office_db: Path, tmp_path: Path, data_dir: Path
) -> None:
    before = sha(office_db)
    line = assert_one_clear_line(
        htsd("init", "--db", str(office_db), "--province", "66", "--commune", "24175",
             data_dir=data_dir)
    )  # fmt: skip
    assert f"cơ quan cấp tỉnh ({OFFICE_NAME})" in line and "kế hoạch và mẫu báo cáo" in line
    assert "init --province --commune" in line and "Chưa có gì bị thay đổi" in line
    assert sha(office_db) == before

    commune = make_commune(tmp_path / "xa" / "hoa-phu.sqlite3")
    before = sha(commune)
    line = assert_one_clear_line(
        htsd("init", "--db", str(commune), "--office", "--province", "66", data_dir=data_dir)
    )
    assert "là một xã nên không thể chuyển thành của cơ quan cấp tỉnh" in line
    assert "init --office" in line and "Chưa có gì bị thay đổi" in line
    assert sha(commune) == before


def test_the_office_backs_up_to_a_usb_stick_and_restores(
    office_db: Path, tmp_path: Path, data_dir: Path
) -> None:
    _issue_two_versions(office_db)
    usb = tmp_path / "usb"
    usb.mkdir()
    result = htsd("backup", "--db", str(office_db), "--to", str(usb), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    (copy,) = usb.iterdir()
    assert copy.name.startswith("so-vhttdl-") and copy.name.endswith("-manual.sqlite3")
    assert backup_store.read_facts(copy).unit.office

    commune = make_commune(tmp_path / "xa" / "hoa-phu.sqlite3")
    before = sha(office_db)
    result = htsd("restore", "--db", str(office_db), str(commune), "--lang", "en",
                  data_dir=data_dir)  # fmt: skip
    assert result.returncode == 2
    backup_line, current_line = result.stdout.strip().splitlines()
    assert "commune 24175" in backup_line
    assert OFFICE_NAME in current_line and "province's office" in current_line
    line = result.stderr.strip()
    assert "24175" in line and OFFICE_NAME in line and "--yes" in line
    assert sha(office_db) == before

    result = htsd("restore", "--db", str(office_db), str(copy), data_dir=data_dir)
    assert result.returncode == 0, result.stderr  # its own backup: no --yes needed
    assert backup_store.read_facts(office_db).unit.unit_name == OFFICE_NAME
    assert "Đã đặt lại" not in result.stdout  # its plans were still beside it

    new_pc = tmp_path / "may-moi" / "so-vhttdl.sqlite3"  # the PC was lost: a new one
    new_pc.parent.mkdir()
    result = htsd("restore", "--db", str(new_pc), str(copy), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    folder = new_pc.parent / "templates"
    assert f"Đã đặt lại 2 tệp mẫu báo cáo của cơ quan vào {folder}." in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == [
        "dak-lak-2026_v1.json",
        "dak-lak-2026_v2.json",
    ]
