"""The workbook as LibreOffice prints it: A4 portrait, each sheet one page wide, Vietnamese text.

LibreOffice and poppler-utils are installed by ``make test`` (``.ci/system-deps``).
This test never skips: without them it fails and says what to install.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop_app.reports.model import ActivityLine, UnitReport
from desktop_app.reports.reader import read_report
from desktop_app.reports.unit_workbook import write_unit_workbook
from tests.reports.conftest import sample_report

A4 = (595.3, 841.9)  # points, portrait
INSTALL = "install it with `sh .ci/system-deps` (Debian/Ubuntu, as root) or `make test`"
_WINDOWS_OFFICE = (
    Path("C:/Program Files/LibreOffice/program/soffice.exe"),
    Path("C:/Program Files (x86)/LibreOffice/program/soffice.exe"),
)


def _office() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    found = found or next((str(p) for p in _WINDOWS_OFFICE if p.exists()), None)
    if found is None:
        pytest.fail(f"LibreOffice (soffice) is not installed; {INSTALL}.", pytrace=False)
    return found


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} (poppler-utils) is not installed; {INSTALL}.", pytrace=False)
    return found


def _convert(workbook: Path, target: str, folder: Path) -> Path:
    """``workbook`` converted by LibreOffice (``target`` as ``--convert-to`` takes it)."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = (workbook.parent / "lo-profile").resolve().as_uri()
    command = [_office(), f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    command += ["--convert-to", target, "--outdir", str(folder), str(workbook)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, check=False)
    out = folder / workbook.with_suffix("." + target.split(":")[0]).name
    assert out.exists(), f"LibreOffice wrote nothing: {done.returncode} {done.stdout} {done.stderr}"
    return out


def _to_pdf(report: UnitReport, folder: Path) -> Path:
    """The report's workbook printed to PDF by LibreOffice, with a private profile."""
    folder.mkdir(parents=True, exist_ok=True)
    workbook = folder / report.file_name
    workbook.write_bytes(write_unit_workbook(report))
    return _convert(workbook, "pdf", folder)


def _page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def _page_sizes(pdf: bytes) -> set[tuple[float, float]]:
    boxes = re.findall(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", pdf)
    return {
        (round(float(x2) - float(x1), 1), round(float(y2) - float(y1), 1))
        for x1, y1, x2, y2 in boxes
    }


def _pages_text(pdf: Path) -> list[str]:
    """Each page's text, without white space (pdftotext spaces out Vietnamese accents)."""
    done = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        timeout=60,
        check=True,
    )
    text = unicodedata.normalize("NFC", done.stdout.decode("utf-8"))
    pages = text.split("\f")
    return [re.sub(r"\s+", "", page) for page in pages if page.strip()]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


@pytest.fixture(scope="module")
def short_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _to_pdf(sample_report(), tmp_path_factory.mktemp("short"))


def test_each_sheet_prints_on_one_a4_portrait_page(short_pdf: Path) -> None:
    pdf = short_pdf.read_bytes()
    assert pdf.startswith(b"%PDF")
    # Bieu01, Bieu02, Bieu05, Bieu06, GhiChu; the hidden sheets print nothing.
    assert _page_count(pdf) == 5
    sizes = _page_sizes(pdf)
    assert sizes and all(abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2 for w, h in sizes), sizes


def test_the_printed_pages_show_the_form_in_vietnamese(short_pdf: Path) -> None:
    pages = _pages_text(short_pdf)
    assert len(pages) == 5
    for page, code in zip(pages, ["01", "02", "05", "06"], strict=False):
        assert _squeezed(f"Biểu số {code}/HTSĐ") in page
        assert _squeezed("Xã Hòa Phú, tỉnh Đắk Lắk") in page  # the unit name
        assert _squeezed("Người lập biểu") in page and _squeezed("Trần Văn Hùng") in page
    for page in pages[:2]:  # first and last column on the same page: one page wide
        assert _squeezed("Chỉ tiêu") in page and _squeezed("Kỳ báo cáo") in page
        assert _squeezed("Đánh giá") in page  # column 5, the last one
    assert _squeezed("KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH") in pages[0]
    assert _squeezed("12,345") in pages[0] or _squeezed("12.345") in pages[0]
    assert _squeezed("+1") in pages[3] and _squeezed("GHI CHÚ") in pages[4]


def test_a_long_list_repeats_its_header_and_stays_one_page_wide(tmp_path: Path) -> None:
    one = sample_report().activities[0]
    many = tuple(
        replace(one, start=date(2026, 1, 1 + n % 28), title=f"Hoạt động số {n + 1}")
        for n in range(120)
    )
    assert all(isinstance(a, ActivityLine) for a in many)
    pdf = _to_pdf(sample_report(activities=many), tmp_path)
    pages = _pages_text(pdf)
    listing = [page for page in pages if _squeezed("Tên hoạt động") in page]
    assert len(listing) >= 2  # the header rows are printed on every page of Biểu 05
    for page in listing:  # the first column and the last ones (wrapped "Trong đó: nữ")
        assert page.count("STT") == 1 and _squeezed("Trong đó:") in page
    assert len(pages) == 4 + len(listing)
    assert _squeezed("Hoạt động số 120") in listing[-1]


def test_a_workbook_saved_again_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    report = sample_report()
    workbook = tmp_path / report.file_name
    workbook.write_bytes(write_unit_workbook(report))
    saved = _convert(workbook, "xlsx:Calc MS Excel 2007 XML", tmp_path / "saved")
    result = read_report(saved.read_bytes(), saved.name)
    assert result.problems == [] and not result.edited
    assert result.values == {line.code: line.current for f in report.forms for line in f.lines}
    assert result.meta["unit_code"] == "07627" and result.meta["unit_name"] == report.unit_name
