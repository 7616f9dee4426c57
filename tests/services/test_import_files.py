"""Reading CSV and XLSX bytes into rows of strings, with the row numbers Excel shows."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.messages import UserError
from desktop_app.services.importing.import_files import cell_text, read_table
from tests.import_samples import VISITS_HEADER, VISITS_ROWS, write_csv, write_xlsx


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize(("sep", "bom"), [(",", False), (",", True), (";", False), (";", True)])
def test_csv_with_or_without_bom_comma_or_semicolon(tmp_path: Path, sep: str, bom: bool) -> None:
    path = write_csv(tmp_path / "v.csv", VISITS_HEADER, VISITS_ROWS, sep=sep, bom=bom)
    table = read_table(path.name, _bytes(path))
    assert table.header == VISITS_HEADER
    assert [row.number for row in table.rows] == [2, 3, 4]
    assert table.rows[0].cells == VISITS_ROWS[0]


def test_csv_quoted_cells_keep_their_commas_and_accents(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ["ten", "doi_tac"], [["Ngày hội, đọc sách", 'Hội "KH"']])
    table = read_table("a.csv", _bytes(path))
    assert table.rows[0].cells == ["Ngày hội, đọc sách", 'Hội "KH"']


def test_blank_rows_are_skipped_but_keep_numbering() -> None:
    data = b"\r\n\r\nngay,ma_thiet_che,tong_luot\r\n01/03/2026,TV1,3\r\n,,\r\n02/03/2026,TV1,4\r\n"
    table = read_table("v.csv", data)
    assert table.header_row == 3
    assert [(row.number, row.cells[0]) for row in table.rows] == [
        (4, "01/03/2026"),
        (6, "02/03/2026"),
    ]


def test_xlsx_first_sheet_with_excel_types(tmp_path: Path) -> None:
    rows = [[dt.date(2026, 3, 1), "TV1", 25, 8, None, None, None, 13, None, 30.0, 2, True]]
    path = write_xlsx(tmp_path / "v.xlsx", VISITS_HEADER, rows)
    table = read_table(path.name, _bytes(path))
    assert table.header == VISITS_HEADER
    assert table.rows[0].number == 2
    assert table.rows[0].cells == [
        "2026-03-01",
        "TV1",
        "25",
        "8",
        "",
        "",
        "",
        "13",
        "",
        "30",
        "2",
        "1",
    ]


def test_xlsx_rows_are_numbered_as_excel_shows_them() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B3"], sheet["C3"], sheet["D3"] = "ngay", "ma_thiet_che", "tong_luot"
    sheet["B5"], sheet["C5"], sheet["D5"] = "01/03/2026", "TV1", 7
    buffer = io.BytesIO()
    workbook.save(buffer)
    table = read_table("v.xlsx", buffer.getvalue())
    assert table.header_row == 3
    assert table.header == ["", "ngay", "ma_thiet_che", "tong_luot"]
    assert [(r.number, r.cells) for r in table.rows] == [(5, ["", "01/03/2026", "TV1", "7"])]


def test_cell_text() -> None:
    assert cell_text(12.0) == "12" and cell_text(12.5) == "12.5" and cell_text(None) == ""
    assert cell_text(dt.datetime(2026, 4, 21, 8, 30)) == "2026-04-21"
    assert cell_text(False) == "0" and cell_text(" x ") == "x"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.csv", b"", "The file is empty."),
        ("blank.csv", b"\r\n ,, \r\n", "The file is empty."),
        ("bom-only.csv", b"\xef\xbb\xbf", "The file is empty."),
        ("empty.xlsx", b"", "The file is empty."),
        ("report.pdf", b"%PDF-1.7 ...", "is not a CSV or XLSX file"),
        ("letter.docx", b"PK\x03\x04 word", "is not a CSV or XLSX file"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "is not a CSV or XLSX file"),
        ("binary.csv", b"ngay,\x00\x01", "is not a CSV or XLSX file"),
        ("ansi.csv", unicodedata.normalize("NFD", "ten\nHòa Phú\n").encode("cp1258"), "UTF-8"),
        ("utf16.csv", "ngay,ten\n".encode("utf-16"), "not written in UTF-8"),
        ("text.xlsx", b"ngay,ma_thiet_che\n", "text file (CSV?) with an .xlsx name"),
        ("torn.xlsx", b"PK\x03\x04" + b"\x00" * 200, "is damaged"),
    ],
)
def test_bad_files_are_refused_with_a_clear_reason(name: str, data: bytes, expected: str) -> None:
    with pytest.raises(UserError) as caught:
        read_table(name, data)
    assert expected in caught.value.message.source()


def test_a_truncated_workbook_is_damaged(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "v.xlsx", VISITS_HEADER, VISITS_ROWS)
    data = _bytes(path)
    with pytest.raises(UserError, match="is damaged"):
        read_table("v.xlsx", data[: len(data) // 2])


def test_error_cells_and_uncached_formulas_are_listed_with_their_place() -> None:
    from tests.cli.hostile_files import hand_made_xlsx

    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ngay</t></is></c></row>'
        '<row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2"><f>1/0</f></c>'
        '<c r="C2"><f>1+1</f><v>2</v></c><c r="D2" t="str"><f>""</f><v></v></c></row>'
        '<row><c t="e"><f>NA()</f><v>#N/A</v></c><c><f>X</f><v></v></c></row>'
    )
    table = read_table("loi.xlsx", hand_made_xlsx(rows))
    assert table.sheet == "LuotBanDoc"
    assert [(f.row, f.column, f.error) for f in table.faults] == [
        (2, 0, "#DIV/0!"),
        (2, 1, None),
        (3, 0, "#N/A"),
        (3, 1, None),
    ]
    assert table.rows[0].cells[:3] == ["", "", "2"]  # what python-calamine alone would give


def test_numbers_beyond_a_count_are_written_readably() -> None:
    assert cell_text(1e300) == "1e+300" and cell_text(float("inf")) == "inf"
    assert cell_text(123456789012345.0) == "123456789012345"
    assert cell_text(1e15) == "1e+15"


def test_hostile_workbooks_are_refused_in_little_memory(tmp_path: Path) -> None:
    """The far cell (python-calamine would ask 512 GB) and a cell inflating to 40 MB are
    refused from the zip's directory and the sheet's markup, never unpacked whole."""
    import tracemalloc

    from tests.cli.hostile_files import _far_cell, _huge_cell

    for make, words in ((_far_cell, "17.179.869.184 cells"), (_huge_cell, "too large to import")):
        path = Path(make(tmp_path / "db", tmp_path)[-1])
        data = path.read_bytes()
        tracemalloc.start()
        with pytest.raises(UserError) as refused:
            read_table(path.name, data)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert words in refused.value.message.source()
        assert peak < 5 * 1024 * 1024, peak


def test_a_csv_line_of_a_million_characters_is_refused_by_its_row() -> None:
    data = b"ngay,ma_thiet_che,tong_luot\r\n01/03/2026,TV1,3\r\n02/03/2026,TV1," + b"9" * 1_000_000
    with pytest.raises(UserError) as refused:
        read_table("v.csv", data)
    text = refused.value.message.source()
    assert text.startswith("Row 3 is 1.000.01") and "at most 100.000" in text


def test_a_file_just_over_the_limit_is_told_in_whole_megabytes(tmp_path: Path) -> None:
    from desktop_app.services.importing.import_files import MAX_IMPORT_BYTES, check_import_file

    path = tmp_path / "v.csv"
    with path.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)  # sparse: nothing on the disk
    with pytest.raises(UserError) as refused:
        check_import_file(path)
    assert "is 51 MB; an import file may be at most 50 MB" in refused.value.message.source()
    path.write_bytes(b"x" * 10)
    assert check_import_file(path) == 10
