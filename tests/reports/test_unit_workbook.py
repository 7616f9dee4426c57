"""The unit report workbook: the form's layout, the machine contract, safe text, print setup."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date, datetime

import pytest
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports.contract import DATA_HEADER, META_KEYS, values_sha256
from desktop_app.reports.model import FORMAT, FORMAT_VERSION
from desktop_app.reports.sheet_layout import PROGRAMME_TITLE
from desktop_app.reports.unit_workbook import write_unit_workbook
from tests.reports.conftest import (
    NOTES,
    UNIT_NAME,
    culture_form,
    library_form,
    open_workbook,
    sample_report,
)

VISIBLE = ["Bieu01", "Bieu02", "Bieu05", "Bieu06", "GhiChu"]


def _texts(sheet: Worksheet) -> list[str]:
    return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]


def _meta(data: bytes) -> dict[str, object]:
    sheet = open_workbook(data)["_meta"]
    return {row[0].value: row[1].value for row in sheet.iter_rows(min_row=2)}


def test_sheets_in_order_and_machine_sheets_hidden(written: bytes) -> None:
    workbook = open_workbook(written)
    assert workbook.sheetnames == [*VISIBLE, "_meta", "_data"]
    states = {sheet.title: sheet.sheet_state for sheet in workbook.worksheets}
    assert states == {**dict.fromkeys(VISIBLE, "visible"), "_meta": "hidden", "_data": "hidden"}
    assert workbook.active.title == "Bieu01"


def test_form_values_are_numbers_in_the_right_cells(written: bytes) -> None:
    sheet = open_workbook(written)["Bieu01"]
    assert [sheet.cell(12, c).value for c in range(1, 9)] == [
        "Số thư viện, phòng đọc, tủ sách đang hoạt động",
        "TV01",
        "đv",
        3,
        4,
        133.3,
        None,
        None,
    ]
    assert [sheet.cell(r, 2).value for r in range(12, 17)] == [
        "TV01",
        "TV02",
        "TV04",
        "TV04a",
        "TV10",
    ]
    assert sheet["E14"].value == 12345 and sheet["E14"].data_type == "n"
    assert sheet["E14"].number_format == "#,##0"
    assert sheet["F14"].value == 123.5 and sheet["F14"].number_format == "0.0"
    assert sheet["E16"].value == 23.5 and sheet["E16"].number_format == "0.0"  # TV10 is a %
    assert sheet["D16"].value is None  # no figure for last year: empty, not 0
    assert (sheet["G13"].value, sheet["H13"].value) == ("40%", "Đạt")
    assert sheet["A13"].alignment.indent == 2 and sheet["A12"].alignment.indent == 0
    assert sheet["A12"].font.name == "Times New Roman" and sheet["A12"].border.left.style == "thin"
    assert open_workbook(written)["Bieu02"]["E13"].value is None  # VH02 has no value


def test_form_header_numbering_and_titles(written: bytes) -> None:
    sheet = open_workbook(written)["Bieu01"]
    headers = [sheet.cell(10, c).value for c in range(1, 9)]
    assert headers[:5] == ["Chỉ tiêu", "Mã số", "Đơn vị tính", "Cùng kỳ năm trước", "Kỳ báo cáo"]
    assert headers[5].startswith("So sánh %") and "3 = 2/1" in headers[5]
    assert headers[6] == "Chỉ tiêu kế hoạch" and "Đạt / Chưa đạt" in headers[7]
    assert [sheet.cell(11, c).value for c in range(1, 9)] == [
        "A",
        "B",
        "C",
        "1",
        "2",
        "3",
        "4",
        "5",
    ]
    assert sheet["A1"].value == "Biểu số 01/HTSĐ"
    assert sheet["A2"].value.startswith("Kế hoạch thực hiện Chương trình")
    assert sheet["A3"].value == "Ngày nhận báo cáo: ..."
    assert sheet["D1"].value == f"Đơn vị báo cáo: {UNIT_NAME}, tỉnh Đắk Lắk"  # lower case
    assert sheet["D2"].value == "Đơn vị nhận báo cáo: Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    assert sheet["A5"].value == PROGRAMME_TITLE
    assert (sheet["A6"].value, sheet["A7"].value) == ("THƯ VIỆN", "Năm 2026")
    assert sheet["A8"].value == (
        "Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026 (theo năm dương lịch)"
    )
    assert sheet["A5"].font.size == 13 and sheet["A5"].font.bold


def test_nd09_period_is_named(report) -> None:
    nd09 = sample_report(
        period_convention="nd09", period_start=date(2025, 12, 15), period_end=date(2026, 12, 14)
    )
    sheet = open_workbook(write_unit_workbook(nd09))["Bieu01"]
    assert sheet["A8"].value == (
        "Số liệu tính từ ngày 15/12/2025 đến ngày 14/12/2026 (theo Nghị định 09/2019/NĐ-CP)"
    )


def test_notes_and_signatures_under_the_table(written: bytes) -> None:
    texts = _texts(open_workbook(written)["Bieu01"])
    assert "Ghi chú:" in texts
    assert [f"- {note}" for note in NOTES] == [t for t in texts if t.startswith("- ")]
    for expected in (
        "Hòa Phú, ngày ... tháng ... năm ...",
        "Người lập biểu",
        "(Ký, họ tên)",
        "Nguyễn Thị Lan",
        "Thủ trưởng đơn vị",
        "(Ký, đóng dấu, họ tên)",
        "Trần Văn Hùng",
    ):
        assert expected in texts


def test_every_indicator_cell_has_a_name_and_a_data_row(written: bytes, report) -> None:
    workbook = open_workbook(written)
    data = list(workbook["_data"].iter_rows(values_only=True))
    assert data[0] == DATA_HEADER
    lines = [(line.code, line.current, form.sheet) for form in report.forms for line in form.lines]
    assert [(code, value, sheet) for code, value, _, sheet, _ in data[1:]] == lines
    previous = [line.previous for form in report.forms for line in form.lines]
    assert [row[2] for row in data[1:]] == previous  # column 1, last year's
    for code, value, _, sheet, cell in data[1:]:
        assert workbook[sheet][cell].value == value
        assert workbook[sheet][cell].column_letter == "E"  # column 2 of the form
        name = workbook.defined_names[f"HTSD_{code}"]
        assert list(name.destinations) == [(sheet, f"${cell[0]}${cell[1:]}")]
    assert ("TV04", 12345, 10000, "Bieu01", "E14") in data
    assert len(workbook.defined_names) == len(lines)


def test_meta_rows(written: bytes, report) -> None:
    meta = _meta(written)
    assert list(meta) == [
        *META_KEYS, "data_until", "text_assessment", "text_difficulties", "text_proposals",
        "template_version", "template_checksum",
    ]  # fmt: skip
    assert meta["template_version"] == "1" and meta["template_checksum"] == "5e" * 32
    assert meta["data_until"] == report.period_end.isoformat()  # a complete report
    assert meta["format"] == FORMAT and meta["format_version"] == str(FORMAT_VERSION)
    assert meta["kind"] == "unit" and meta["template_id"] == "phu-yen-2023"
    assert (meta["province_code"], meta["unit_code"]) == ("66", "07627")
    assert meta["unit_name"] == UNIT_NAME and meta["units_included"] in ("", None)
    assert (meta["period_id"], meta["period_convention"]) == ("2026-N", "calendar")
    assert (meta["period_start"], meta["period_end"]) == ("2026-01-01", "2026-12-31")
    assert meta["generated_at"] == "2026-11-22T09:30:00+07:00"
    assert datetime.fromisoformat(meta["generated_at"]).utcoffset() is not None
    pairs = [(line.code, line.current) for form in report.forms for line in form.lines]
    assert meta["values_sha256"] == values_sha256(pairs)


def test_codes_are_text(written: bytes) -> None:
    workbook = open_workbook(written)
    meta = workbook["_meta"]
    unit_code = next(row[1] for row in meta.iter_rows(min_row=2) if row[0].value == "unit_code")
    assert unit_code.value == "07627" and unit_code.data_type == "s"
    assert unit_code.number_format == "@"
    for row in workbook["_data"].iter_rows(min_row=2):
        assert row[0].data_type == "s" and row[0].number_format == "@"
    assert (
        workbook["Bieu06"]["B12"].value == "CLB01"
        and workbook["Bieu06"]["B12"].number_format == "@"
    )


def test_no_formula_anywhere_and_user_text_stays_text(written: bytes) -> None:
    workbook = open_workbook(written)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}"
    with zipfile.ZipFile(io.BytesIO(written)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    meta = workbook["_meta"]
    name_cell = next(row[1] for row in meta.iter_rows(min_row=2) if row[0].value == "unit_name")
    assert name_cell.value == UNIT_NAME and name_cell.quotePrefix
    club = workbook["Bieu06"]["C12"]
    assert (club.value, club.data_type, club.quotePrefix) == ("+1", "s", True)
    partner = workbook["Bieu05"]["G12"]
    assert (partner.value, partner.data_type, partner.quotePrefix) == ("-x", "s", True)
    title = workbook["Bieu05"]["F13"]
    assert (title.value, title.data_type, title.quotePrefix) == ("@y", "s", True)
    assert not workbook["Bieu05"]["F12"].quotePrefix  # ordinary text is left alone


def test_text_that_would_break_a_cell_is_cleaned() -> None:
    bad = sample_report(unit_name="=A1\x00\x07 Xã", preparer="x" * 40_000)
    workbook = open_workbook(write_unit_workbook(bad))
    meta = {row[0].value: row[1].value for row in workbook["_meta"].iter_rows(min_row=2)}
    assert meta["unit_name"] == "=A1 Xã"
    texts = _texts(workbook["Bieu01"])
    assert max(len(t) for t in texts) == 32_767


def test_print_setup_of_every_visible_sheet(written: bytes) -> None:
    workbook = open_workbook(written)
    for title in VISIBLE:
        sheet = workbook[title]
        setup = sheet.page_setup
        assert (int(setup.paperSize), setup.orientation) == (9, "portrait"), title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, title
        if title != "GhiChu":
            assert sheet.print_title_rows == "$10:$11", title
            assert sheet.freeze_panes == "A12", title
    assert workbook["Bieu01"].column_dimensions["A"].width >= 40


def test_activity_and_club_lists(written: bytes) -> None:
    workbook = open_workbook(written)
    activities = workbook["Bieu05"]
    assert activities["A1"].value == "Biểu số 05/HTSĐ"
    first = [activities.cell(12, c).value for c in range(1, 14)]
    assert first[:2] == [1, datetime(2026, 4, 21)] and first[2] is None  # one-day activity
    assert first[3:] == [
        "TV1 - Thư viện xã",
        "Ngày Sách và Văn hóa đọc Việt Nam",
        "Ngày hội đọc sách",
        "-x",
        "Tại chỗ",
        "Có",
        120,
        80,
        10,
        60,
    ]
    assert activities["B13"].value == datetime(2026, 10, 1)
    assert activities["C13"].value == datetime(2026, 10, 7)
    assert activities["B12"].number_format == "dd/mm/yyyy"
    assert activities["A14"].value == "Tổng cộng"
    assert "A14:I14" in activities.merged_cells
    assert [activities.cell(14, c).value for c in range(10, 14)] == [420, 280, 30, 210]
    clubs = workbook["Bieu06"]
    assert [clubs.cell(12, c).value for c in range(1, 14)] == [
        1, "CLB01", "+1", "Câu lạc bộ", "Văn nghệ", "NVH1", 25, 20, 0, 10, 12, 240, "Có",
    ]  # fmt: skip


def test_empty_lists_say_so() -> None:
    workbook = open_workbook(write_unit_workbook(sample_report(activities=(), clubs=())))
    assert workbook["Bieu05"]["A12"].value == "Không có hoạt động nào trong kỳ."
    assert workbook["Bieu06"]["A12"].value.startswith("Không có câu lạc bộ")


def test_notes_sheet_lists_each_rule_once(written: bytes) -> None:
    texts = _texts(open_workbook(written)["GhiChu"])
    assert texts[0] == "GHI CHÚ"
    assert "Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026 (theo năm dương lịch)" in texts
    assert any(t.startswith("Quy ước kỳ báo cáo: theo năm dương lịch") for t in texts)
    for note in NOTES:
        assert texts.count(note) == 1
    assert "VH02: có câu lạc bộ đang hoạt động. (Biểu 02)" in texts


def test_bugs_in_the_caller_are_refused(report) -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        write_unit_workbook(sample_report(generated_at=datetime(2026, 11, 22, 9, 30)))
    with pytest.raises(ValueError, match="two sheets"):
        write_unit_workbook(sample_report(forms=(culture_form(), culture_form())))
    clash = replace(culture_form(), sheet="Bieu05")
    with pytest.raises(ValueError, match="two sheets"):
        write_unit_workbook(sample_report(forms=(library_form(), clash)))
    twice = replace(culture_form(), sheet="Bieu03", lines=library_form().lines[:1])
    with pytest.raises(ValueError, match="twice"):
        write_unit_workbook(sample_report(forms=(library_form(), twice)))
    bad_code = replace(culture_form(), lines=(replace(culture_form().lines[0], code="VH 01"),))
    with pytest.raises(ValueError, match="cannot be a workbook name"):
        write_unit_workbook(sample_report(forms=(bad_code,)))


def test_checksum_ignores_order_and_int_or_float() -> None:
    assert values_sha256([("B", 5.0), ("A", None)]) == values_sha256([("A", None), ("B", 5)])
    assert values_sha256([("A", 5)]) != values_sha256([("A", 6)])
    assert values_sha256([("A", 0.1)]) != values_sha256([("A", None)])


def test_the_deadline_is_printed_when_known() -> None:
    from tests.reports.conftest import open_workbook, sample_report

    data = write_unit_workbook(sample_report(due="trước ngày 01/12/2026"))
    assert open_workbook(data)["Bieu01"]["A3"].value == "Ngày nhận báo cáo: trước ngày 01/12/2026"
