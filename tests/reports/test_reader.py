"""Reading report workbooks back: visible values win, edits are flagged, bad files never raise."""

from __future__ import annotations

import io
import random
import struct
import zipfile

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from desktop_app.reports.model import FORMAT_VERSION
from desktop_app.reports.reader import ReadResult, read_report
from desktop_app.reports.unit_workbook import write_unit_workbook
from desktop_app.reports.zip_guard import MAX_MEMBERS
from tests.reports.conftest import UNIT_NAME, culture_form, edited, library_form, sample_report

EXPECTED = {
    "TV01": 4.0,
    "TV02": 2.0,
    "TV04": 12345.0,
    "TV04a": 6000.0,
    "TV10": 23.5,
    "VH01": 5.0,
    "VH02": None,
}


def _set_meta(key: str, value: str):
    def change(workbook: Workbook) -> None:
        for row in workbook["_meta"].iter_rows(min_row=2):
            if row[0].value == key:
                row[1].value = value

    return change


def _only_reason(result: ReadResult) -> str:
    assert len(result.problems) == 1, result.problems
    return result.problems[0].reason


def _rezip(data: bytes, extra: dict[str, bytes] | None = None, drop: str = "") -> bytes:
    """The workbook's zip again, with members replaced or added (deflated)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            if info.filename != drop and info.filename not in (extra or {}):
                copy.writestr(info.filename, source.read(info))
        for name, content in (extra or {}).items():
            copy.writestr(name, content)
    return out.getvalue()


def _declare_size(data: bytes, name: str, size: int) -> bytes:
    """The zip with ``name``'s declared uncompressed size overwritten (a lying directory)."""
    buf = bytearray(data)
    wanted = name.encode()
    pos = buf.find(b"PK\x01\x02")
    while pos != -1:
        name_length = struct.unpack_from("<H", buf, pos + 28)[0]
        if bytes(buf[pos + 46 : pos + 46 + name_length]) == wanted:
            struct.pack_into("<I", buf, pos + 24, size)
            local = struct.unpack_from("<I", buf, pos + 42)[0]
            struct.pack_into("<I", buf, local + 22, size)
        pos = buf.find(b"PK\x01\x02", pos + 4)
    return bytes(buf)


def test_round_trip(written: bytes) -> None:
    result = read_report(written, "HTSD_66_07627_2026-N.xlsx")
    assert result.problems == [] and result.ok
    assert result.values == EXPECTED and result.data_values == EXPECTED
    assert not result.edited and result.edited_codes == ()
    assert result.meta["unit_code"] == "07627" and result.meta["unit_name"] == UNIT_NAME
    assert result.meta["kind"] == "unit" and result.meta["format_version"] == str(FORMAT_VERSION)
    assert result.addresses["TV04"] == ("Bieu01", "E14")
    assert result.generated_at is not None and result.generated_at.utcoffset() is not None


def test_a_visible_value_changed_by_hand_wins_and_is_flagged(written: bytes) -> None:
    changed = edited(written, lambda wb: wb["Bieu01"].__setitem__("E14", 13000))
    result = read_report(changed, "edited.xlsx")
    assert result.values["TV04"] == 13000 and result.data_values["TV04"] == 12345
    assert result.edited and result.edited_codes == ("TV04",)
    assert result.problems == []
    unchanged = edited(written, lambda wb: None)  # saved again by openpyxl, nothing changed
    assert not read_report(unchanged, "saved.xlsx").edited


def test_a_value_emptied_by_hand_is_an_edit(written: bytes) -> None:
    result = read_report(edited(written, lambda wb: wb["Bieu02"].__setitem__("E12", None)), "x")
    assert result.values["VH01"] is None and result.edited_codes == ("VH01",)


def test_a_changed_checksum_is_an_edit(written: bytes) -> None:
    result = read_report(edited(written, _set_meta("values_sha256", "0" * 64)), "x.xlsx")
    assert result.edited and result.edited_codes == () and result.problems == []


def test_text_in_a_value_cell(written: bytes) -> None:
    result = read_report(
        edited(written, lambda wb: wb["Bieu01"].__setitem__("E14", "khoảng 100")), "x"
    )
    assert _only_reason(result) == "bad_value"
    assert result.problems[0].code == "TV04" and "khoảng 100" in result.problems[0].detail


def test_of_which_above_its_total() -> None:
    report = sample_report(forms=(library_form(tv04=100, tv04a=200), culture_form()))
    result = read_report(write_unit_workbook(report), "x.xlsx")
    assert _only_reason(result) == "implausible" and result.problems[0].code == "TV04a"
    assert "TV04" in result.problems[0].detail and not result.edited


def test_of_which_raised_by_hand_above_its_total(written: bytes) -> None:
    result = read_report(edited(written, lambda wb: wb["Bieu01"].__setitem__("E15", 20000)), "x")
    assert result.reasons == ["implausible"] and result.edited_codes == ("TV04a",)


def test_negative_count() -> None:
    report = sample_report(forms=(library_form(tv01=-1), culture_form()))
    result = read_report(write_unit_workbook(report), "x.xlsx")
    assert set(result.reasons) == {"implausible"}
    assert any(p.code == "TV01" and "negative" in p.detail for p in result.problems)


def test_a_fraction_of_a_visit_or_an_absurd_count(written: bytes) -> None:
    fraction = read_report(edited(written, lambda wb: wb["Bieu01"].__setitem__("E14", 12.5)), "x")
    assert fraction.reasons == ["implausible", "implausible"]  # and TV04a is now above it
    huge = read_report(edited(written, lambda wb: wb["Bieu02"].__setitem__("E12", 10**9)), "x")
    assert huge.reasons == ["implausible"] and huge.problems[0].code == "VH01"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not_xlsx"),
        (bytes(range(256)) * 40, "not_xlsx"),
        ("\ufeffngay,ma_thiet_che,tong_luot\n01/02/2026,TV1,35\n".encode(), "not_xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "not_xlsx"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "EncryptionInfo".encode("utf-16-le"),
            "encrypted",
        ),
    ],
    ids=["empty", "garbage", "csv-renamed", "old-xls", "encrypted"],
)
def test_files_that_are_not_workbooks(data: bytes, reason: str) -> None:
    result = read_report(data, "HTSD_66_07627_2026-N.xlsx")
    assert _only_reason(result) == reason
    assert result.values == {} and result.problems[0].detail


def test_a_csv_renamed_says_so() -> None:
    result = read_report(b"ngay;tong\n01/02/2026;35\n", "x.xlsx")
    assert "CSV" in result.problems[0].detail


def test_truncated_workbooks_are_damaged(written: bytes) -> None:
    for size in (10, 200, len(written) // 2, len(written) - 30):
        assert _only_reason(read_report(written[:size], "cut.xlsx")) == "damaged", size


def test_other_zips_are_not_workbooks() -> None:
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    result = read_report(ods.getvalue(), "x.xlsx")
    assert _only_reason(result) == "not_xlsx" and ".ods" in result.problems[0].detail
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    assert _only_reason(read_report(other.getvalue(), "x.xlsx")) == "not_xlsx"


def test_an_ordinary_workbook_is_not_ours() -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Chỉ tiêu", "Kỳ báo cáo"])
    workbook.active.append(["TV04", 12345])
    out = io.BytesIO()
    workbook.save(out)
    assert _only_reason(read_report(out.getvalue(), "x.xlsx")) == "not_ours"


def test_another_format_is_not_ours(written: bytes) -> None:
    result = read_report(edited(written, _set_meta("format", "other-report")), "x.xlsx")
    assert _only_reason(result) == "not_ours"


def test_a_newer_format_version_is_unsupported(written: bytes) -> None:
    newer = str(FORMAT_VERSION + 1)
    result = read_report(edited(written, _set_meta("format_version", newer)), "x.xlsx")
    assert _only_reason(result) == "unsupported_version" and result.meta["format_version"] == newer
    kind = read_report(edited(written, _set_meta("kind", "forecast")), "x.xlsx")
    assert _only_reason(kind) == "unsupported_version"
    assert _only_reason(read_report(edited(written, _set_meta("format_version", "v1")), "x")) == (
        "damaged"
    )


def test_a_rollup_reads_too(written: bytes) -> None:
    result = read_report(edited(written, _set_meta("kind", "rollup")), "x.xlsx")
    assert result.ok and result.meta["kind"] == "rollup" and result.values == EXPECTED


def test_broken_machine_sheets_are_damaged(written: bytes) -> None:
    def drop(name: str):
        return lambda wb: wb.remove(wb[name])

    assert _only_reason(read_report(edited(written, drop("_data")), "x")) == "damaged"
    assert _only_reason(read_report(edited(written, drop("Bieu02")), "x")) == "damaged"
    no_key = edited(written, lambda wb: wb["_meta"].delete_rows(5))  # template_id
    result = read_report(no_key, "x")
    assert _only_reason(result) == "damaged" and "template_id" in result.problems[0].detail
    bad_cell = edited(written, lambda wb: wb["_data"].__setitem__("E2", "E0"))
    assert _only_reason(read_report(bad_cell, "x")) == "damaged"


def test_a_zip_bomb_declared_huge_is_refused_before_reading(written: bytes) -> None:
    bomb = _rezip(written, {"xl/sharedStrings.xml": b"<sst/>"})
    bomb = _declare_size(bomb, "xl/sharedStrings.xml", 3_000_000_000)
    result = read_report(bomb, "bomb.xlsx")
    assert _only_reason(result) == "too_large" and "MB" in result.problems[0].detail


def test_a_highly_compressible_large_member_is_refused(written: bytes) -> None:
    bomb = _rezip(written, {"xl/sharedStrings.xml": b"<si><t>a</t></si>" * 3_500_000})
    assert len(bomb) < 1_000_000
    assert _only_reason(read_report(bomb, "bomb.xlsx")) == "too_large"


def test_a_member_that_lies_about_its_size_is_damaged(written: bytes) -> None:
    bomb = _rezip(written, {"xl/sharedStrings.xml": b"<si><t>a</t></si>" * 1_000_000})
    bomb = _declare_size(bomb, "xl/sharedStrings.xml", 1000)
    assert _only_reason(read_report(bomb, "bomb.xlsx")) == "damaged"


def test_too_many_members_is_refused(written: bytes) -> None:
    many = _rezip(written, {f"xl/junk/{n}.xml": b"" for n in range(MAX_MEMBERS + 1)})
    assert _only_reason(read_report(many, "x.xlsx")) == "too_large"


def test_an_oversized_file_is_refused() -> None:
    assert _only_reason(read_report(b"PK\x03\x04" + bytes(51 * 1024 * 1024), "x")) == "too_large"


def test_corrupted_bytes_never_raise(written: bytes) -> None:
    rng = random.Random(20261122)
    for _ in range(60):
        damaged = bytearray(written)
        for _ in range(rng.randint(1, 30)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        result = read_report(bytes(damaged), "noise.xlsx")
        assert isinstance(result, ReadResult)
        assert result.problems or result.values  # either refused, or read


def test_last_years_column_is_read_beside_each_value(written: bytes) -> None:
    result = read_report(written, "x.xlsx")
    assert result.previous["TV04"] == 10000
    assert result.previous["TV04a"] == 5000
    assert result.previous["TV10"] is None


def test_a_negative_figure_typed_in_last_years_column_is_refused(written: bytes) -> None:
    import io

    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(written))
    workbook["Bieu01"]["D15"] = -900  # TV04a's "Cùng kỳ năm trước" (row 15, column 1)
    out = io.BytesIO()
    workbook.save(out)
    result = read_report(out.getvalue(), "x.xlsx")
    assert result.reasons == ["implausible"]
    assert "last year's figure" in result.problems[0].detail and "TV04" in result.problems[0].detail


def _set_cell(sheet: str, cell: str, value: object):
    return lambda wb: wb[sheet].__setitem__(cell, value)


def test_a_formula_with_no_stored_result_refuses_the_file_naming_the_cell(written: bytes) -> None:
    result = read_report(edited(written, _set_cell("Bieu01", "E14", "=SUM(1,2)")), "x.xlsx")
    assert _only_reason(result) == "bad_value" and result.problems[0].code == "TV04"
    assert "Bieu01!E14" in result.problems[0].detail


def test_an_error_value_refuses_the_file_naming_the_cell(written: bytes) -> None:
    result = read_report(edited(written, _set_cell("Bieu01", "D15", "#REF!")), "x.xlsx")
    assert _only_reason(result) == "bad_value"
    assert "Bieu01!D15" in result.problems[0].detail and "#REF!" in result.problems[0].detail


def test_data_pointing_into_a_hidden_sheet_or_another_form_is_refused(written: bytes) -> None:
    hidden = read_report(edited(written, _set_cell("_data", "D4", "_meta")), "x.xlsx")
    assert _only_reason(hidden) == "damaged" and "TV04" in hidden.problems[0].detail
    other = read_report(edited(written, _set_cell("_data", "D4", "Bieu02")), "x.xlsx")
    assert _only_reason(other) == "damaged" and "Bieu02" in other.problems[0].detail


def test_data_pointing_at_another_cell_changes_nothing_the_name_leads(written: bytes) -> None:
    def point_away(workbook: Workbook) -> None:
        workbook["_data"]["E4"] = "H40"
        workbook["Bieu01"]["H40"] = 5

    result = read_report(edited(written, point_away), "x.xlsx")
    assert result.ok and result.values["TV04"] == 12345 and result.addresses["TV04"][1] == "E14"


def test_a_file_without_names_is_read_at_the_data_addresses_and_says_so(written: bytes) -> None:
    def unname(workbook: Workbook) -> None:
        for name in list(workbook.defined_names):
            if name.startswith("HTSD_"):
                del workbook.defined_names[name]

    result = read_report(edited(written, unname), "x.xlsx")
    assert result.ok and result.values == EXPECTED and set(result.unnamed) == set(EXPECTED)


def test_a_name_without_its_data_row_is_refused(written: bytes) -> None:
    result = read_report(edited(written, lambda wb: wb["_data"].delete_rows(4)), "x.xlsx")
    assert _only_reason(result) == "damaged" and "HTSD_TV04" in result.problems[0].detail
