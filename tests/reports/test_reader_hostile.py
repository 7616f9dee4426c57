"""Hostile files: each is refused with a reason and a detail, never a crash, in bounded memory."""

from __future__ import annotations

import io
import random
import re
import struct
import subprocess
import sys
import textwrap
import tracemalloc
import zipfile
from collections.abc import Callable

import pytest

from desktop_app.reports.part_checks import check_cells
from desktop_app.reports.problems import REASONS, Refused
from desktop_app.reports.reader import ReadResult, read_report
from desktop_app.reports.workbook_parts import MAX_SHEETS
from desktop_app.reports.zip_guard import open_xlsx
from tests.reports.hostile_files import (
    compound_file,
    deflated,
    members_of,
    with_raw_member,
    zipped,
)
from tests.reports.test_reader import EXPECTED

SHEET1 = "xl/worksheets/sheet1.xml"  # Bieu01, where TV01 is E12
CONTENT_TYPES = "[Content_Types].xml"


def _refused(result: ReadResult) -> str:
    """The one reason ``result`` was refused for, after checking it is well formed."""
    assert isinstance(result, ReadResult)
    assert len(result.problems) == 1, result.problems
    found = result.problems[0]
    assert found.reason in REASONS and found.detail
    return found.reason


def _changed(data: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    members = members_of(data)
    members[name] = change(members[name])
    return zipped(members)


def _cell_added(data: bytes, xml: str) -> bytes:
    """The workbook with ``xml`` (rows or cells) added at the end of Bieu01's sheetData."""
    return _changed(
        data, SHEET1, lambda part: part.replace(b"</sheetData>", xml.encode() + b"</sheetData>")
    )


def test_the_compound_file_helper_writes_files_that_file_1_parses(tmp_path) -> None:
    """``file`` reads the directory: it tells an .xls by its Workbook stream, and encryption."""
    xls, encrypted = tmp_path / "old.xls", tmp_path / "encrypted.xlsx"
    xls.write_bytes(compound_file({"Workbook": b"\x09\x08" + bytes(100)}))
    encrypted.write_bytes(
        compound_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": bytes(9000)})
    )
    try:
        described = subprocess.run(
            ["file", "-b", str(xls), str(encrypted)], capture_output=True, text=True, check=True
        ).stdout.splitlines()
    except (FileNotFoundError, subprocess.CalledProcessError):
        pytest.skip("no file command")
    assert described == ["CDFV2 Microsoft Excel", "CDFV2 Encrypted"]


# ---- macros


@pytest.mark.parametrize(
    "change",
    [
        {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 a VBA project"},
        {"xl/VBAProject.bin": b"any case"},
        {"xl/macrosheets/sheet1.xml": b"<xm:macrosheet/>"},
        {"xl/intlMacrosheets/sheet1.xml": b"<xm:macrosheet/>"},
    ],
    ids=["vba-project", "vba-project-case", "excel4-macro-sheet", "intl-macro-sheet"],
)
def test_a_workbook_with_macros_is_refused(written: bytes, change: dict[str, bytes]) -> None:
    members = members_of(written)
    members.update(change)
    result = read_report(zipped(members), "HTSD_66_07627_2026-N.xlsm")
    assert _refused(result) == "macros" and "macros" in result.problems[0].detail
    assert result.values == {}


def test_a_macro_enabled_content_type_is_refused(written: bytes) -> None:
    xlsm = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    plain = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    data = _changed(written, CONTENT_TYPES, lambda part: part.replace(plain, xlsm))
    assert _refused(read_report(data, "x.xlsx")) == "macros"


# ---- encrypted workbooks and other compound files


def test_an_encrypted_workbook_is_refused() -> None:
    encrypted = compound_file(
        {
            "EncryptionInfo": struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>",
            "EncryptedPackage": struct.pack("<Q", 30000) + random.Random(1).randbytes(30000),
        }
    )
    result = read_report(encrypted, "HTSD_66_07627_2026-N.xlsx")
    assert _refused(result) == "encrypted" and "password" in result.problems[0].detail


def test_an_encrypted_workbook_whose_directory_lies_far_in_is_refused() -> None:
    big = struct.pack("<Q", 5_000_000) + random.Random(2).randbytes(5_000_000)
    encrypted = compound_file({"EncryptedPackage": big, "EncryptionInfo": b"\x04\x00\x04\x00"})
    assert encrypted.rfind("EncryptionInfo".encode("utf-16-le")) > 4 * 1024 * 1024
    assert _refused(read_report(encrypted, "x.xlsx")) == "encrypted"


def test_an_old_xls_workbook_is_not_an_xlsx() -> None:
    xls = compound_file({"Workbook": b"\x09\x08\x10\x00\x00\x06\x05\x00" + bytes(200)})
    result = read_report(xls, "HTSD_66_07627_2026-N.xls")
    assert _refused(result) == "not_xlsx" and ".xls" in result.problems[0].detail


def test_a_part_marked_encrypted_inside_the_zip_is_refused(written: bytes) -> None:
    data = bytearray(written)
    position = data.find(b"PK\x01\x02")  # the first central directory entry
    struct.pack_into("<H", data, position + 8, 1)  # general purpose flag: encrypted
    assert _refused(read_report(bytes(data), "x.xlsx")) == "encrypted"


# ---- zip bombs and parts too large to be a report


@pytest.fixture(scope="module")
def shared_strings_bomb() -> tuple[bytes, int]:
    """200 MB of shared strings XML, deflated to well under a megabyte, and its CRC."""
    packed, crc = deflated(b"<si><t>bom</t></si>" * 3500, 200 * 1024 * 1024)
    assert len(packed) < 1024 * 1024
    return packed, crc


def _peak_while(read: Callable[[], ReadResult]) -> tuple[ReadResult, int]:
    tracemalloc.start()
    try:
        result = read()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_huge_shared_strings_are_refused_without_inflating_them(
    written: bytes, shared_strings_bomb: tuple[bytes, int]
) -> None:
    packed, crc = shared_strings_bomb
    bomb = with_raw_member(written, "xl/sharedStrings.xml", packed, crc, 200 * 1024 * 1024)
    result, peak = _peak_while(lambda: read_report(bomb, "bomb.xlsx"))
    assert _refused(result) == "too_large" and "MB" in result.problems[0].detail
    assert peak < 8 * 1024 * 1024, peak


def test_huge_shared_strings_declared_small_stop_at_the_declared_size(
    written: bytes, shared_strings_bomb: tuple[bytes, int]
) -> None:
    packed, crc = shared_strings_bomb
    bomb = with_raw_member(written, "xl/sharedStrings.xml", packed, crc, 10_000)
    result, peak = _peak_while(lambda: read_report(bomb, "bomb.xlsx"))
    assert _refused(result) == "damaged" and "sharedStrings" in result.problems[0].detail
    assert peak < 8 * 1024 * 1024, peak


def test_a_huge_sheet_is_refused(written: bytes) -> None:
    row = b'<row r="40"><c r="A40" t="inlineStr"><is><t>' + b"x" * 1000 + b"</t></is></c></row>"
    huge = members_of(written)[SHEET1].replace(b"</sheetData>", row * 20_000 + b"</sheetData>")
    assert len(huge) > 20 * 1024 * 1024
    packed, crc = deflated(huge, len(huge))
    bomb = with_raw_member(written, SHEET1, packed, crc, len(huge))
    assert len(bomb) < 2 * 1024 * 1024
    result, peak = _peak_while(lambda: read_report(bomb, "bomb.xlsx"))
    assert _refused(result) == "too_large"
    assert peak < 8 * 1024 * 1024, peak


def test_too_many_sheets_are_refused(written: bytes) -> None:
    sheets = "".join(
        f'<sheet name="S{n}" sheetId="{n + 100}" r:id="rId1"/>' for n in range(MAX_SHEETS + 1)
    )
    data = _changed(
        written,
        "xl/workbook.xml",
        lambda part: part.replace(b"<sheets>", b"<sheets>" + sheets.encode()),
    )
    assert _refused(read_report(data, "x.xlsx")) == "too_large"


# ---- cells far away: python-calamine would allocate the whole rectangle and abort


FAR_CELLS = {
    "far-cell": ('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', "too_large"),
    "far-row-cells-without-r": (
        '<row r="600000"><c><v>1</v></c><c><v>2</v></c></row>',
        "too_large",
    ),
    "prefixed": (
        '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="900000">'
        '<x:c r="XFD900000"><x:v>1</x:v></x:c></x:row>',
        "too_large",
    ),
    "spaces-around-equals": ('<row r="47"><c r = "XFD900000"><v>1</v></c></row>', "too_large"),
    "single-quotes": ("<row r='47'><c r='XFD900000'><v>1</v></c></row>", "too_large"),
    "lower-case": ('<row r="47"><c r="xfd900000"><v>1</v></c></row>', "too_large"),
    "r-after-other-attributes": (
        '<row r="47"><c t="n" s="0" r="XFD900000"><v>1</v></c></row>',
        "too_large",
    ),
    "duplicate-r": ('<row r="47"><c r="A47" r="XFD900000"><v>1</v></c></row>', "damaged"),
    "r-glued-to-a-value": ('<row r="47"><c s="0"r="XFD900000"><v>1</v></c></row>', "damaged"),
    "overflowing-row": ('<row r="47"><c r="A99999999999999999"><v>1</v></c></row>', "damaged"),
}


@pytest.mark.parametrize(("xml", "reason"), FAR_CELLS.values(), ids=FAR_CELLS.keys())
def test_a_sheet_spanning_too_many_cells_is_caught_before_parsing(xml: str, reason: str) -> None:
    part = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
    part += b'<row r="1"><c r="A1"><v>1</v></c></row>' + xml.encode() + b"</sheetData></worksheet>"
    with pytest.raises(Refused) as refused:
        check_cells(SHEET1, part)
    assert refused.value.problem.reason == reason and refused.value.problem.detail


def test_cells_far_from_a1_count_from_a1() -> None:
    """The reader asks for a sheet from A1, so two cells at XFD1048575 span the whole sheet."""
    part = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    part += b'<sheetData><row r="1048575"><c r="XFC1048575"><v>1</v></c><c r="XFD1048575">'
    part += b"<v>1</v></c></row></sheetData></worksheet>"
    with pytest.raises(Refused) as refused:
        check_cells(SHEET1, part)
    assert refused.value.problem.reason == "too_large"


def _far_and_alone(written: bytes) -> bytes:
    """Bieu01 holds only two cells at XFD1048575, and _data points TV01 at one of them."""
    book = open_xlsx(written)
    far = b'<sheetData><row r="1048575"><c r="XFC1048575"><v>1</v></c>'
    far += b'<c r="XFD1048575"><v>1</v></c></row></sheetData>'
    data = _changed(
        written,
        book.sheets["Bieu01"][0],
        lambda part: re.sub(rb"<sheetData>.*</sheetData>", far, part, flags=re.S),
    )
    return _changed(
        data, book.sheets["_data"][0], lambda part: part.replace(b">E12<", b">XFD1048575<", 1)
    )


def test_far_cells_in_a_workbook_are_refused_in_a_child_with_capped_memory(
    written: bytes, tmp_path
) -> None:
    """Each payload read in a child process limited to 1 GB: a regression aborts only the child."""
    (tmp_path / "far-and-alone.xlsx").write_bytes(_far_and_alone(written))
    for name, (xml, _reason) in FAR_CELLS.items():
        (tmp_path / f"{name}.xlsx").write_bytes(_cell_added(written, xml))
        data_sheet = _changed(
            written,
            open_xlsx(written).sheets["_data"][0],
            lambda part, xml=xml: part.replace(b"</sheetData>", xml.encode() + b"</sheetData>"),
        )
        (tmp_path / f"{name}-in-data.xlsx").write_bytes(data_sheet)
    script = textwrap.dedent(
        """
        import resource, sys, pathlib
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from desktop_app.reports.reader import read_report
        for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):
            result = read_report(path.read_bytes(), path.name)
            print(path.stem, ",".join(result.reasons) or "read")
        """
    )
    child = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert child.returncode == 0, child.stderr[-2000:]
    seen = dict(line.split(" ", 1) for line in child.stdout.splitlines())
    assert len(seen) == 2 * len(FAR_CELLS) + 1
    assert seen["far-and-alone"] == "too_large"
    for name, (_xml, reason) in FAR_CELLS.items():
        assert seen[name] == reason, name
        assert seen[f"{name}-in-data"] == reason, name


def test_a_workbook_in_utf16_is_damaged(written: bytes) -> None:
    data = _changed(
        written, SHEET1, lambda part: part.decode().replace('encoding="UTF-8"', "").encode("utf-16")
    )
    assert _refused(read_report(data, "x.xlsx")) == "damaged"


def test_an_unusual_but_valid_sheet_is_placed_exactly_and_read(written: bytes) -> None:
    """Cells without r, a namespace prefix, rows beyond 999: parsed exactly, then read."""

    def unusual(part: bytes) -> bytes:
        part = part.replace(
            b"<worksheet ",
            b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ',
        )
        part = part.replace(b"</worksheet>", b"</x:worksheet>")
        part = part.replace(
            b"</sheetData>",
            b'<row r="5000"><c r="A5000"><v>1</v></c><c><v>2</v></c></row></sheetData>',
        )
        return part

    result = read_report(_changed(written, SHEET1, unusual), "x.xlsx")
    assert result.ok and result.values == EXPECTED


def test_a_workbook_without_defined_names_is_read_in_two_steps(written: bytes) -> None:
    """_data points at sheets no HTSD_ name hints at: they are added in a second step."""
    data = _changed(
        written,
        "xl/workbook.xml",
        lambda part: re.sub(rb"<definedNames>.*</definedNames>", b"", part),
    )
    assert b"HTSD_" not in members_of(data)["xl/workbook.xml"]
    result = read_report(data, "x.xlsx")
    assert result.ok and result.values == EXPECTED and not result.edited


# ---- truncated, random and foreign files


def test_a_workbook_cut_anywhere_is_refused(written: bytes) -> None:
    cuts = sorted(
        {1, 2, 3, 4, 5, 29, 30, 31, *range(50, len(written), max(1, len(written) // 150))}
    )
    for cut in cuts:
        result = read_report(written[:cut], "cut.xlsx")
        assert _refused(result) == "damaged", cut


def test_random_bytes_are_refused() -> None:
    rng = random.Random(20261122)
    for size in (1, 7, 100, 4096, 100_000):
        for _ in range(5):
            noise = rng.randbytes(size)
            assert _refused(read_report(noise, "noise.xlsx")) in ("not_xlsx", "damaged")
    # random bytes behind the zip signature
    for _ in range(20):
        noise = b"PK\x03\x04" + rng.randbytes(rng.randrange(10, 5000))
        assert _refused(read_report(noise, "noise.xlsx")) == "damaged"


@pytest.mark.parametrize(
    "text",
    [
        "ngay,ma_thiet_che,tong_luot\n01/02/2026,TV1,35\n",
        "\ufeffngày;mã;tổng\n01/02/2026;TV1;35\n",
        "code\tvalue\nTV04\t12345\n",
    ],
    ids=["csv", "csv-with-bom-vietnamese", "tab-separated"],
)
def test_a_csv_renamed_xlsx_is_not_a_workbook(text: str) -> None:
    for encoded in (text.encode("utf-8"), text.encode("utf-16")):
        result = read_report(encoded, "HTSD_66_07627_2026-N.xlsx")
        assert _refused(result) == "not_xlsx" and "CSV" in result.problems[0].detail


def test_an_empty_file_is_not_a_workbook() -> None:
    result = read_report(b"", "HTSD_66_07627_2026-N.xlsx")
    assert _refused(result) == "not_xlsx" and "empty" in result.problems[0].detail


def test_an_opendocument_spreadsheet_is_not_an_xlsx() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("styles.xml", "<office:document-styles/>")
    result = read_report(out.getvalue(), "HTSD_66_07627_2026-N.ods")
    assert _refused(result) == "not_xlsx" and ".ods" in result.problems[0].detail
