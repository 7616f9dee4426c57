"""``aggregate``: exit 0 with the output written and refusals on stderr; exit 2 when none usable."""

from __future__ import annotations

from pathlib import Path

from desktop_app.reports.reader import read_report
from tests.cli.test_cli import assert_one_clear_line, htsd
from tests.services.aggregation_samples import A, B, C, three_communes


def test_writes_the_rollup_and_lists_refused_files(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "nhan"
    folder.mkdir()
    three_communes(folder)
    (folder / "hong.xlsx").write_bytes(b"PK\x03\x04 cut off")
    out = tmp_path / "out"
    out.mkdir()
    result = htsd(
        "aggregate",
        "--period",
        "2025-N",
        "--province",
        "66",
        "--out",
        str(out),
        str(folder),
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    written = out / "HTSD_66_TONGHOP_2025-N.xlsx"
    assert str(written) in result.stdout
    assert "3" in result.stdout and "102" in result.stdout  # 3 of the 102 communes
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3  # the damaged file, the older copy of A, B edited and late
    assert any("hong.xlsx" in line and "từ chối" in line for line in lines)
    assert any(f"bao cao xa {A} (1).xlsx" in line and "trùng" in line for line in lines)
    flagged = next(line for line in lines if f"_{B}_" in line)
    assert "lưu ý" in flagged and "sửa tay" in flagged.lower() and "muộn" in flagged
    read = read_report(written.read_bytes(), written.name)
    assert read.ok and read.values["TV04"] == 1900
    assert read.meta["units_included"] == ",".join(sorted((A, B, C)))


def test_nothing_usable_is_exit_2_and_nothing_written(tmp_path: Path, data_dir: Path) -> None:
    (tmp_path / "a.xlsx").write_text("ngay,tong_luot\n", encoding="utf-8")
    out = tmp_path / "out.xlsx"
    result = htsd(
        "aggregate",
        "--period",
        "2025-N",
        "--province",
        "66",
        "--out",
        str(out),
        str(tmp_path / "a.xlsx"),
        "--lang",
        "en",
        data_dir=data_dir,
    )
    assert result.returncode == 2
    assert not out.exists()
    assert "a.xlsx: rejected:" in result.stderr
    assert "No usable report for period 2025-N" in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr


def test_a_bad_period_or_template_is_one_line(tmp_path: Path, data_dir: Path) -> None:
    out = str(tmp_path / "o.xlsx")
    for args in (("--period", "2026-X"), ("--period", "2025-N", "--template", "nope")):
        result = htsd("aggregate", *args, "--out", out, str(tmp_path), data_dir=data_dir)
        assert_one_clear_line(result)


def test_without_a_province_a_national_template_is_refused_naming_the_provinces_found(
    tmp_path: Path, data_dir: Path
) -> None:
    three_communes(tmp_path)
    result = htsd(
        "aggregate",
        "--period",
        "2025-N",
        "--out",
        str(tmp_path / "o.xlsx"),
        str(tmp_path),
        "--lang",
        "en",
        data_dir=data_dir,
    )
    line = assert_one_clear_line(result)
    assert "--province" in line and "66" in line
    assert not (tmp_path / "o.xlsx").exists()
