"""Workbooks edited in LibreOffice Calc (headless), read back: the names lead to the cells.

Each test makes its change with Calc itself (``tests/reports/libreoffice.py``):
rows inserted or deleted, a sheet renamed, a figure corrected, an error typed.
Calc moves the ``HTSD_`` names with their cells while ``_data`` keeps the
addresses it was written with, so the reader must follow the names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.reports.reader import ReadResult, read_report
from desktop_app.reports.unit_workbook import write_unit_workbook
from tests.reports.conftest import sample_report
from tests.reports.libreoffice import Calc, needs_soffice

pytestmark = needs_soffice

# Xã Hòa Phú's sample, Bieu01: TV01 E12 (last year D12 = 3) ... TV04 E14 (D14 = 10000),
# TV04a E15, TV10 E16; Bieu02: VH01 E12, VH02 E13
EXPECTED = {
    "TV01": 4.0,
    "TV02": 2.0,
    "TV04": 12345.0,
    "TV04a": 6000.0,
    "TV10": 23.5,
    "VH01": 5.0,
    "VH02": None,
}
LAST_YEAR = {"TV01": 3.0, "TV02": 1.0, "TV04": 10000.0, "TV04a": 5000.0, "TV10": None}


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory) -> Calc:
    return Calc(tmp_path_factory.mktemp("libreoffice"))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "HTSD_66_07627_2026-N.xlsx"
    path.write_bytes(write_unit_workbook(sample_report()))
    return path


def _read(data: bytes) -> ReadResult:
    return read_report(data, "HTSD_66_07627_2026-N.xlsx")


def _as_written(result: ReadResult) -> None:
    assert result.ok, result.problems
    assert result.values == EXPECTED
    assert {code: result.previous[code] for code in LAST_YEAR} == LAST_YEAR
    assert not result.edited and result.edited_codes == () and result.unnamed == ()


def test_saved_again_unchanged_is_as_written_with_a_newer_last_saved_time(
    calc: Calc, source: Path
) -> None:
    written = _read(source.read_bytes())
    result = _read(calc.edit(source, source.with_name("saved.xlsx")))
    _as_written(result)
    assert result.last_saved is not None and written.last_saved is not None
    assert result.last_saved >= written.last_saved
    assert result.generated_at == written.generated_at


def test_a_row_inserted_under_the_visits_moves_the_figures_below_with_their_names(
    calc: Calc, source: Path
) -> None:
    result = _read(calc.edit(source, source.with_name("row.xlsx"), "insert_rows", "Bieu01", 15, 1))
    _as_written(result)
    assert result.addresses["TV04"] == ("Bieu01", "E14")
    assert result.addresses["TV04a"] == ("Bieu01", "E16")
    assert result.addresses["TV10"] == ("Bieu01", "E17")


def test_rows_inserted_at_the_top_move_every_figure(calc: Calc, source: Path) -> None:
    result = _read(calc.edit(source, source.with_name("top.xlsx"), "insert_rows", "Bieu01", 1, 3))
    _as_written(result)
    assert result.addresses["TV01"] == ("Bieu01", "E15")


def test_a_row_deleted_above_the_table_moves_every_figure_up(calc: Calc, source: Path) -> None:
    result = _read(calc.edit(source, source.with_name("del.xlsx"), "delete_rows", "Bieu01", 3, 1))
    _as_written(result)
    assert result.addresses["TV01"] == ("Bieu01", "E11")


def test_a_renamed_sheet_is_followed(calc: Calc, source: Path) -> None:
    result = _read(calc.edit(source, source.with_name("ren.xlsx"), "rename", "Bieu01", "Biểu 01"))
    _as_written(result)
    assert result.addresses["TV04"] == ("Biểu 01", "E14")


def test_a_corrected_figure_counts_and_flags_the_file(calc: Calc, source: Path) -> None:
    result = _read(
        calc.edit(source, source.with_name("fix.xlsx"), "set_value", "Bieu01", "E14", 13000)
    )
    assert result.ok and result.values["TV04"] == 13000
    assert result.edited and result.edited_codes == ("TV04",)


def test_a_corrected_figure_of_last_year_flags_the_file_too(calc: Calc, source: Path) -> None:
    result = _read(
        calc.edit(source, source.with_name("last.xlsx"), "set_value", "Bieu01", "D14", 9000)
    )
    assert result.ok and result.values == EXPECTED and result.previous["TV04"] == 9000
    assert result.edited and result.edited_codes == ("TV04",)


def test_a_corrected_figure_after_an_inserted_row_is_read_from_its_new_place(
    calc: Calc, source: Path
) -> None:
    moved = calc.edit(source, source.with_name("a.xlsx"), "insert_rows", "Bieu01", 13, 2)
    (source.parent / "a.xlsx").write_bytes(moved)
    result = _read(
        calc.edit(
            source.parent / "a.xlsx",
            source.with_name("b.xlsx"),
            "set_value",
            "Bieu01",
            "E16",
            17777,
        )
    )
    assert result.ok and result.values["TV04"] == 17777 and result.values["TV01"] == 4
    assert result.edited_codes == ("TV04",)


@pytest.mark.parametrize(
    ("formula", "shown"), [("=1/0", "#DIV/0!"), ("=A1+1", "#VALUE!"), ("=NOSUCH()", "#NAME?")]
)
def test_an_error_in_a_figure_refuses_the_file_naming_the_cell(
    calc: Calc, source: Path, formula: str, shown: str
) -> None:
    result = _read(
        calc.edit(source, source.with_name("err.xlsx"), "set_formula", "Bieu01", "E14", formula)
    )
    assert result.reasons == ["bad_value"]
    detail = result.problems[0].detail
    assert "TV04" in detail and "Bieu01!E14" in detail and shown in detail


def test_an_error_in_last_years_figure_refuses_the_file_too(calc: Calc, source: Path) -> None:
    result = _read(
        calc.edit(source, source.with_name("e1.xlsx"), "set_formula", "Bieu01", "D14", "=1/0")
    )
    assert result.reasons == ["bad_value"] and "Bieu01!D14" in result.problems[0].detail


def test_the_row_of_a_figure_deleted_refuses_the_file(calc: Calc, source: Path) -> None:
    result = _read(calc.edit(source, source.with_name("gone.xlsx"), "delete_rows", "Bieu01", 14, 1))
    assert result.reasons == ["damaged"] and "HTSD_TV04" in result.problems[0].detail
