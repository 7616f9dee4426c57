"""``export``: the period's workbook written whole, or one clear line and exit status 2."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.facility import Facility
from desktop_app.domain.visits import VisitDay
from desktop_app.services import facilities, setup, visits
from desktop_app.services.workspace import Workspace
from tests.cli.test_cli import assert_one_clear_line, htsd

TODAY = date(2026, 11, 22)
FILE_NAME = "HTSD_66_24175_2026-N.xlsx"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A small commune: one library with a few days of visits in 2025 and 2026."""
    path = tmp_path / "hoa-phu.sqlite3"
    ws = Workspace.open(path)
    setup.configure_unit(ws, setup.prepare_unit(province_code="66", commune_code="24175"))
    library = facilities.add_facility(
        ws, Facility(code="TV1", type_code="TV_XA", name="Thư viện xã", opened_on=date(2020, 1, 1)),
        TODAY,
    )  # fmt: skip
    for day, total in ((date(2025, 3, 2), 40), (date(2026, 3, 2), 30)):
        visits.save_visit(ws, VisitDay(library.id or 0, day, total=total), day)
    ws.close()
    return path


def _meta(path: Path) -> dict[str, object]:
    sheet = load_workbook(path)["_meta"]
    return {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}


def test_export_writes_the_workbook_and_names_it(db: Path, tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--out", str(out),
                  "--lang", "en", data_dir=data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    [line] = result.stdout.strip().splitlines()
    assert str(out) in line and "2026-N" in line
    assert zipfile.is_zipfile(out)
    meta = _meta(out)
    assert meta["period_id"] == "2026-N" and meta["period_convention"] == "calendar"
    assert str(meta["unit_code"]) == "24175" and str(meta["province_code"]) == "66"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_out_a_folder_gets_the_default_file_name(db: Path, tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "gui-so"
    folder.mkdir()
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--out", str(folder),
                  data_dir=data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = folder / FILE_NAME
    assert [p.name for p in folder.iterdir()] == [FILE_NAME]
    assert str(written) in result.stdout
    assert zipfile.is_zipfile(written)


def test_nd09_and_another_template(db: Path, tmp_path: Path, data_dir: Path) -> None:
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--convention", "nd09",
                  "--template", "bac-giang-74-2023", "--out", str(tmp_path),
                  data_dir=data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    meta = _meta(tmp_path / FILE_NAME)
    assert meta["period_convention"] == "nd09" and meta["template_id"] == "bac-giang-74-2023"
    assert str(meta["period_start"]).startswith("2025-12-15")
    assert str(meta["period_end"]).startswith("2026-12-14")
    # Bắc Giang's plan does not govern a commune of Đắk Lắk: written, and said on stderr
    [warning] = result.stderr.strip().splitlines()
    assert warning.startswith("Cảnh báo: Kế hoạch “Kế hoạch 74/KH-UBND")
    assert "không áp dụng cho Xã Hòa Phú (24175)" in warning


def test_an_out_of_scope_commune_is_warned(db: Path, tmp_path: Path, data_dir: Path) -> None:
    """Xã Hòa Phú (24175) was formed from former Đắk Lắk, not Phú Yên (domain.md §8)."""
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--template", "phu-yen-2023",
                  "--out", str(tmp_path), "--lang", "en", data_dir=data_dir)  # fmt: skip
    assert result.returncode == 0 and (tmp_path / FILE_NAME).exists()
    assert "Warning: The plan" in result.stderr and "does not govern" in result.stderr
    assert "(24175)" in result.stderr
    inside = htsd("export", "--db", str(db), "--period", "2026-N", "--out", str(tmp_path),
                  data_dir=data_dir)  # fmt: skip
    assert inside.returncode == 0 and inside.stderr == ""  # the national plan governs it


def test_an_existing_file_is_replaced_whole(db: Path, tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / FILE_NAME
    out.write_bytes(b"an old report")
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--out", str(out),
                  data_dir=data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert zipfile.is_zipfile(out)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["--period", "2026-Q5"], "2026-Q5"),
        (["--period", "2026-N", "--template", "khong-co"], "khong-co"),
        (["--period", "2026-N", "--convention", "lunar"], "lunar"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    db: Path, tmp_path: Path, data_dir: Path, words: list[str], expected: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = htsd("export", "--db", str(db), *words, "--out", str(out), "--lang", "en",
                  data_dir=data_dir)  # fmt: skip
    assert expected in assert_one_clear_line(result)
    assert list(out.iterdir()) == []


def test_a_path_that_cannot_be_written_is_refused(db: Path, tmp_path: Path, data_dir: Path) -> None:
    missing = tmp_path / "khong-co" / "bao-cao.xlsx"
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--out", str(missing),
                  "--lang", "en", data_dir=data_dir)  # fmt: skip
    assert "does not exist" in assert_one_clear_line(result)
    assert not missing.parent.exists()

    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--out",
                  str(a_file / "bao-cao.xlsx"), "--lang", "en", data_dir=data_dir)  # fmt: skip
    assert_one_clear_line(result)
    assert a_file.read_text() == "x"


def test_a_database_not_set_up_or_missing_is_refused(tmp_path: Path, data_dir: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    Workspace.open(empty).close()
    result = htsd("export", "--db", str(empty), "--period", "2026-N", "--out", str(tmp_path),
                  "--lang", "en", data_dir=data_dir)  # fmt: skip
    assert "has not been set up" in assert_one_clear_line(result)
    result = htsd("export", "--db", str(tmp_path / "none.sqlite3"), "--period", "2026-N",
                  "--out", str(tmp_path), "--lang", "en", data_dir=data_dir)  # fmt: skip
    assert_one_clear_line(result)
    assert not (tmp_path / "none.sqlite3").exists()
    assert not (tmp_path / FILE_NAME).exists()


def test_out_a_missing_folder_with_a_separator_is_made(
    db: Path, tmp_path: Path, data_dir: Path
) -> None:
    out = str(tmp_path / "BaoCao") + "/"  # the README's own example
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--out", out, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert zipfile.is_zipfile(tmp_path / "BaoCao" / FILE_NAME)
    named = tmp_path / "bao-cao"  # a name without extension gets ".xlsx"
    result = htsd("export", "--db", str(db), "--period", "2026-N", "--out", str(named),
                  data_dir=data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert zipfile.is_zipfile(tmp_path / "bao-cao.xlsx") and not named.exists()
