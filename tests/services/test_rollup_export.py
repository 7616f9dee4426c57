"""The consolidated workbook: same contract (kind rollup), per-unit tables, targets, who sent."""

from __future__ import annotations

import io
import os
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest

from desktop_app import resources
from desktop_app.domain.divisions import communes_of
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period
from desktop_app.reports.reader import read_report
from desktop_app.services.aggregation.aggregation import Aggregation, aggregate
from desktop_app.services.aggregation.rollup_export import default_file_name, write_rollup
from tests.reports.test_workbook_pdf import _convert, _pages_text, _squeezed, _tool
from tests.services.aggregation_samples import ON_TIME, PROVINCE, A, B, C, three_communes

PERIOD = parse_period("2025-N", "calendar")


def _aggregate(folder: Path, template: str = "qd1520") -> Aggregation:
    found = resources.template(template)
    assert found is not None
    return aggregate([folder], PERIOD, found, PROVINCE)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("communes")
    three_communes(folder)
    out = tmp_path_factory.mktemp("out")
    return write_rollup(_aggregate(folder), out, now=ON_TIME, preparer="Lê Văn Tâm")


def test_the_rollup_reads_back_as_a_report_of_kind_rollup(written: Path) -> None:
    assert written.name == f"HTSD_{PROVINCE}_TONGHOP_2025-N.xlsx"
    result = read_report(written.read_bytes(), written.name)
    assert result.problems == [] and not result.edited
    assert result.meta["kind"] == "rollup"
    assert result.meta["unit_code"] == PROVINCE
    assert result.meta["units_included"] == ",".join(sorted((A, B, C)))
    assert result.values["TV01"] == 6 and result.values["TV02"] == 3
    assert result.values["TV04"] == 1900 and result.previous["TV04"] == 1000  # A 800 + C 200
    assert result.values["TV10"] == 30.0


def _sheet(path: Path, name: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), data_only=True)
    return [tuple(row) for row in workbook[name].iter_rows(values_only=True)]


def _table(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The rows from the first numbered one (STT 1) to the last row with a number in column A."""
    start = next(n for n, row in enumerate(rows) if row[0] == 1 and n >= 11)
    body = []
    for row in rows[start:]:
        if not isinstance(row[0], int):
            if row[0] == "Tổng cộng":
                body.append(row)
            break
        body.append(row)
    return body


def test_the_per_unit_table_has_one_row_per_unit_and_a_total(written: Path) -> None:
    rows = _table(_sheet(written, "DonVi01"))
    header = _sheet(written, "DonVi01")[9]
    tv04 = header.index("TV04")
    units = rows[:-1]
    assert [row[1] for row in units] == sorted((A, B, C))
    assert {row[1]: row[tv04] for row in units} == {A: 1000, B: 600, C: 300}  # B edited
    total = rows[-1]
    assert total[0] == "Tổng cộng" and total[tv04] == 1900
    assert total[header.index("TV10")] == 30.0  # worked out again, not added up
    remarks = {row[1]: row[-1] for row in units}
    assert remarks[B] == "Sửa tay; Nộp muộn" and remarks[A] is None


def test_the_targets_sheet_judges_the_totals(written: Path) -> None:
    rows = _table(_sheet(written, "ChiTieu"))
    by_basis = {row[4]: row for row in rows}
    lll = by_basis["TV02a / TV01a"]  # 3 / 6 = 50% against 40% (the 2025 milestone)
    assert lll[2:4] == ("2025", "40%") and lll[5:9] == (3, 6, 50, "Đạt")
    it = by_basis["TV03a / TV01a"]  # 2 / 6 = 33.3% against 20% (2025, the last milestone)
    assert it[2:4] == ("2025", "20%") and it[5:9] == (2, 6, 33.3, "Đạt")


def test_the_completeness_sheet_lists_every_commune(written: Path) -> None:
    rows = _table(_sheet(written, "DayDu"))
    expected = communes_of(PROVINCE)
    assert [row[1] for row in rows] == [c.code for c in expected]
    status = {row[1]: row for row in rows}
    assert status[A][3] == "Đã nhận, đúng hạn"
    assert status[A][5] == f"Bản trùng: bao cao xa {A} (1).xlsx"
    assert status[B][3] == "Đã nhận, muộn"
    assert sum(row[3] == "Chưa nhận" for row in rows) == len(expected) - 3
    sheet = _sheet(written, "DayDu")
    notes = " ".join(str(cell) for row in sheet for cell in row if cell)
    assert f"Số xã, phường phải báo cáo: {len(expected)}; đã nhận: 3" in notes


def test_the_first_sheet_sums_up_and_names_the_missing_communes(written: Path) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(written.read_bytes()))
    assert workbook.sheetnames[0] == "TomTat" and workbook.active.title == "TomTat"
    texts = [str(cell) for row in _sheet(written, "TomTat") for cell in row if cell]
    expected = communes_of(PROVINCE)
    summary = next(t for t in texts if t.startswith("Số xã, phường phải báo cáo"))
    assert summary == (
        f"Số xã, phường phải báo cáo: {len(expected)}; đã nhận: 3 (đúng hạn 2, muộn 1); "
        f"chưa nhận: {len(expected) - 3}; bị từ chối: 0."
    )
    heading = texts.index(f"Các xã, phường chưa gửi báo cáo ({len(expected) - 3}):")
    named = [t for t in texts[heading + 1 :] if t.startswith("- ")]  # in two columns
    assert sorted(named) == sorted(
        f"- {c.code} - {c.name}" for c in expected if c.code not in (A, B, C)
    )
    assert texts.index(summary) < heading  # the counts first, then the names


def test_the_files_sheet_and_the_chart(written: Path) -> None:
    rows = _table(_sheet(written, "TepNhan"))
    assert sorted(row[2] for row in rows) == sorted(
        ["Đã nhận", "Đã nhận", "Đã nhận, có lưu ý", "Bản trùng"]
    )
    workbook = openpyxl.load_workbook(io.BytesIO(written.read_bytes()))
    (chart,) = workbook["BieuDo"]._charts
    assert chart.type == "bar"
    assert "DonVi01" in chart.series[0].val.numRef.f


def test_nothing_is_written_when_nothing_is_usable(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.xlsx").write_bytes(b"junk")
    result = _aggregate(tmp_path / "in")
    with pytest.raises(UserError):
        write_rollup(result, tmp_path)
    assert default_file_name(result) == f"HTSD_{PROVINCE}_TONGHOP_2025-N.xlsx"
    assert sorted(os.listdir(tmp_path)) == ["in"]


def test_the_rollup_prints_on_a4_one_page_wide(written: Path, tmp_path: Path) -> None:
    pdf = _convert(written, "pdf", tmp_path)
    info = subprocess.run(
        [_tool("pdfinfo"), "-f", "1", "-l", "99", str(pdf)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    sizes = set(re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info))
    assert sizes and {(round(float(w)), round(float(h))) for w, h in sizes} <= {
        (595, 842),
        (842, 595),
    }, sizes  # A4, portrait or landscape
    pages = _pages_text(pdf)
    per_unit = [p for p in pages if _squeezed("SỐ LIỆU THEO TỪNG ĐƠN VỊ") in p]
    assert per_unit and all("STT" in p and _squeezed("Ghi chú") in p for p in per_unit)
    assert any(_squeezed("TÌNH HÌNH NHẬN BÁO CÁO") in p for p in pages)
    assert any(_squeezed("LƯỢT BẠN ĐỌC THEO ĐƠN VỊ") in p for p in pages)
