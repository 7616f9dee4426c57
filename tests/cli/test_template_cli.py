"""``htsd template ...`` run as support staff run it: a real process, its words and exit status."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.template_files import exchange_bytes
from tests.cli.test_cli import assert_one_clear_line, htsd
from tests.services.test_template_exchange import province_template


def _commune(tmp_path: Path, data_dir: Path, name: str, commune: str, template: str) -> Path:
    db = tmp_path / name / "htsd.sqlite3"
    db.parent.mkdir()
    result = htsd(
        "init",
        "--db",
        str(db),
        "--province",
        "66",
        "--commune",
        commune,
        "--template",
        template,
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    return db


def _sent(tmp_path: Path, version: int = 2, **changes: object) -> Path:
    data = province_template(version, **changes)
    path = tmp_path / f"MauBaoCao_dak-lak-2026_v{version}.htsd-mau"
    path.write_bytes(exchange_bytes(data))
    return path


def test_export_then_check_and_list(tmp_path: Path, data_dir: Path) -> None:
    result = htsd(
        "template",
        "export",
        "bac-giang-74-2023",
        "--out",
        str(tmp_path / "USB"),
        "--lang",
        "en",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    sent = tmp_path / "USB" / "MauBaoCao_bac-giang-74-2023_v1.htsd-mau"
    assert str(sent) in result.stdout
    result = htsd("template", "check", str(sent), "--lang", "en", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "bac-giang-74-2023, version 1" in result.stdout and "sound" in result.stdout
    result = htsd("template", "list", "--lang", "en", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and all("comes with the program" in line for line in lines)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            lambda: exchange_bytes(province_template(deadlines={"year": "02-31"})),
            "hạn nộp 31/02 trong “deadlines.year” không phải là một ngày có thật",
        ),
        (
            lambda: exchange_bytes(
                province_template(
                    targets=[{**province_template()["targets"][2], "by_year": {"2030": "15-10"}}]
                )
            ),
            "bị đảo ngược hai đầu",
        ),
        (
            lambda: exchange_bytes(province_template()).replace(b'"12-05"', b'"12-25"'),
            "mã kiểm tra (checksum) không khớp",
        ),
        (lambda: b"\x00" * (2 * 1024 * 1024), "quá lớn so với một mẫu báo cáo"),
    ],
    ids=["31/02", "range swapped", "checksum", "huge"],
)
def test_check_refuses_a_bad_file_in_one_vietnamese_line(
    tmp_path: Path, data_dir: Path, content, words: str
) -> None:
    path = tmp_path / "MauBaoCao_dak-lak-2026_v2.htsd-mau"
    path.write_bytes(content())
    line = assert_one_clear_line(htsd("template", "check", str(path), data_dir=data_dir))
    assert words in line and path.name in line


def test_install_in_a_second_commune_then_its_export_carries_the_version(
    tmp_path: Path, data_dir: Path
) -> None:
    db = _commune(tmp_path, data_dir, "tuy-hoa", "22015", "phu-yen-2023")
    before = db.read_bytes()
    sent = _sent(tmp_path)

    result = htsd(
        "template", "install", str(sent), "--db", str(db), "--lang", "en", data_dir=data_dir
    )
    assert result.returncode == 2  # it replaces the plan in use: --yes is needed
    assert "run the command again with --yes" in result.stderr
    assert "* Deadline of the yearly report: before 01/12 \u2192 before 05/12" in result.stdout
    assert (
        "Target: Thư viện công cộng cấp xã cung cấp dịch vụ phục vụ học tập suốt đời: "
        "2025: 40%; 2030: 60% \u2192 2025: 40%; 2030: 65%"
    ) in result.stdout
    assert db.read_bytes() == before and not (db.parent / "templates").exists()

    result = htsd(
        "template",
        "install",
        str(sent),
        "--db",
        str(db),
        "--yes",
        "--lang",
        "en",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert "Phường Tuy Hòa now reports on this template" in result.stdout
    installed = db.parent / "templates" / "dak-lak-2026.json"
    assert json.loads(installed.read_text("utf-8"))["version"] == 2

    listed = htsd("template", "list", "--db", str(db), "--lang", "en", data_dir=data_dir)
    assert "* dak-lak-2026, version 2" in listed.stdout

    result = htsd(
        "export",
        "--db",
        str(db),
        "--period",
        "2026-N",
        "--out",
        str(tmp_path / "out") + "/",
        "--lang",
        "en",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert "template dak-lak-2026" in result.stdout
    [workbook_path] = (tmp_path / "out").glob("HTSD_66_22015_2026-N.xlsx")
    meta = {
        key: value
        for key, value in openpyxl.load_workbook(workbook_path)["_meta"].iter_rows(
            min_row=2, values_only=True
        )
    }
    checked = htsd("template", "check", str(sent), "--lang", "en", data_dir=data_dir)
    assert (meta["template_id"], meta["template_version"]) == ("dak-lak-2026", "2")
    assert f"checksum {meta['template_checksum']}" in checked.stdout

    # the first commune's database does not see it: it was installed beside the second one
    other = _commune(tmp_path, data_dir, "hoa-phu", "24175", "qd1520")
    listed = htsd("template", "list", "--db", str(other), "--lang", "en", data_dir=data_dir)
    assert "dak-lak-2026" not in listed.stdout


def test_an_older_version_is_refused_and_nothing_changes(tmp_path: Path, data_dir: Path) -> None:
    db = _commune(tmp_path, data_dir, "tuy-hoa", "22015", "qd1520")
    result = htsd(
        "template", "install", str(_sent(tmp_path, 3)), "--db", str(db), "--yes", data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    before = (db.read_bytes(), (db.parent / "templates" / "dak-lak-2026.json").read_bytes())
    older = tmp_path / "old"
    older.mkdir()
    line = assert_one_clear_line(
        htsd(
            "template", "install", str(_sent(older, 2)), "--db", str(db), "--yes", data_dir=data_dir
        )
    )
    assert "cũ hơn phiên bản 3 đã cài" in line
    assert (db.read_bytes(), (db.parent / "templates" / "dak-lak-2026.json").read_bytes()) == (
        before
    )
