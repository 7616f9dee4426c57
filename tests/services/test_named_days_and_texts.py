"""The plans' named days on Biểu 05 and the unit's own words on "Thuyết minh" (domain.md §4).

The fixture, on top of ``configured`` (TV1 library, NVH1 village culture house), imported
from a CSV as commune staff would, all in 2026:

- 21/04 TV1 ngay_sach 300 people; 23/04 TV1 ngay_sach_ban_quyen 120;
- 18/05 NVH1 ngay_bao_tang 80 and 18/05 TV1 ngay_bao_tang 20 (two activities);
- 23/11 NVH1 ngay_di_san 150; 01/10-07/10 NVH1 tuan_le_htsd 400; 05/06 TV1 van_nghe 60.

By hand for 2026 (calendar): 21/4 1 activity 300 people; 23/4 1, 120; 18/5 2, 100;
23/11 1, 150; the week 1, 400; the performance is in no named day's row.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.messages import UserError
from desktop_app.domain.period_texts import PeriodTexts
from desktop_app.domain.periods import parse_period
from desktop_app.reports.unit_workbook import write_unit_workbook
from desktop_app.services import submissions
from desktop_app.services.importing import importing
from desktop_app.services.reporting import period_texts
from desktop_app.services.reporting.report import build_unit_report
from desktop_app.services.workspace import Workspace
from tests.import_samples import ACTIVITIES_HEADER, write_csv

AFTER = datetime(2027, 1, 5, 9, 0, tzinfo=timezone(timedelta(hours=7)))
ROWS = [
    ["21/04/2026", "", "TV1", "ngay_sach", "Ngày Sách 2026", "", "", "1", "300", "", "", ""],
    ["23/04/2026", "", "TV1", "ngay_sach_ban_quyen", "Ngày Sách và Bản quyền", "", "", "1",
     "120", "", "", ""],
    ["18/05/2026", "", "NVH1", "ngay_bao_tang", "Trưng bày hiện vật", "", "", "1", "80", "",
     "", ""],
    ["18/05/2026", "", "TV1", "ngay_bao_tang", "Giới thiệu sách bảo tàng", "", "", "1", "20", "",
     "", ""],
    ["23/11/2026", "", "NVH1", "ngay_di_san", "Ngày Di sản", "", "", "0", "150", "", "", ""],
    ["01/10/2026", "07/10/2026", "NVH1", "tuan_le_htsd", "Tuần lễ", "", "", "1", "400", "", "",
     ""],
    ["05/06/2026", "", "TV1", "van_nghe", "Văn nghệ hè", "", "", "0", "60", "", "", ""],
]  # fmt: skip
EXPECTED = [
    ("Ngày Sách và Văn hóa đọc Việt Nam (21/4)", 1, 300),
    ("Ngày Sách và Bản quyền thế giới (23/4)", 1, 120),
    ("Ngày Quốc tế Bảo tàng (18/5)", 2, 100),
    ("Ngày Di sản văn hóa Việt Nam (23/11)", 1, 150),
    ("Tuần lễ hưởng ứng học tập suốt đời (1-7/10)", 1, 400),
]


@pytest.fixture
def commune(configured: Workspace, tmp_path: Path) -> Workspace:
    path = write_csv(tmp_path / "hoat-dong.csv", ACTIVITIES_HEADER, ROWS)
    importing.apply(configured, [path], today=AFTER.date())  # the year is over
    return configured


def _workbook(report) -> object:
    return load_workbook(io.BytesIO(write_unit_workbook(report)))


def test_the_named_days_are_counted_by_type(commune: Workspace) -> None:
    report = build_unit_report(commune, "2026-N", "calendar", "qd1520", AFTER)
    shown = [(d.name, d.activities, d.participants) for d in report.named_days]
    assert shown == EXPECTED
    types = {a.title: a.type for a in report.activities}
    assert types["Trưng bày hiện vật"] == "Ngày Quốc tế Bảo tàng (18/5)"  # not "Trưng bày"


def test_form_05_opens_with_the_named_days_table(commune: Workspace) -> None:
    sheet = _workbook(build_unit_report(commune, "2026-N", "calendar", "qd1520", AFTER))["Bieu05"]
    assert sheet["A10"].value.startswith("I. HOẠT ĐỘNG HƯỞNG ỨNG CÁC NGÀY")
    assert [sheet.cell(11, c).value for c in (1, 2, 8, 10)] == [
        "STT", "Ngày, tuần lễ", "Số hoạt động", "Số người tham gia",
    ]  # fmt: skip
    rows = [(sheet.cell(r, 2).value, sheet.cell(r, 8).value, sheet.cell(r, 10).value)
            for r in range(12, 17)]  # fmt: skip
    assert rows == EXPECTED
    assert sheet["A18"].value == "II. DANH SÁCH HOẠT ĐỘNG, SỰ KIỆN"
    assert sheet["A19"].value == "STT" and sheet["B19"].value == "Từ ngày"  # the list's header
    assert sheet.print_title_rows == "$19:$20" and sheet.freeze_panes == "A21"
    titles = [sheet.cell(r, 6).value for r in range(21, 28)]
    assert "Trưng bày hiện vật" in titles and "Văn nghệ hè" in titles


def test_the_units_own_words_are_stored_with_the_period_and_printed(
    commune: Workspace,
) -> None:
    year = parse_period("2026-N")
    typed = PeriodTexts(
        assessment="  Hoàn thành  kế hoạch năm.\r\nThư viện hoạt động đều.  ",
        difficulties="=1+1 máy tính đã cũ",  # would be a formula in a spreadsheet
        proposals="",
    )
    stored = period_texts.save(commune, year, typed)
    assert stored.assessment == "Hoàn thành kế hoạch năm.\nThư viện hoạt động đều."
    assert period_texts.read(commune, year) == stored
    assert period_texts.read(commune, parse_period("2026-N", "nd09")).is_empty  # its own period
    sheet = _workbook(build_unit_report(commune, "2026-N", "calendar", "qd1520", AFTER))[
        "ThuyetMinh"
    ]
    cells = [sheet.cell(r, 1) for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value]
    texts = [c.value for c in cells]
    assert texts[0] == "THUYẾT MINH"
    start = texts.index("1. Đánh giá chung")
    assert texts[start : start + 3] == [
        "1. Đánh giá chung", "Hoàn thành kế hoạch năm.", "Thư viện hoạt động đều.",
    ]  # fmt: skip
    formula = next(c for c in cells if c.value == "=1+1 máy tính đã cũ")
    assert formula.data_type == "s" and formula.quotePrefix  # plain text, never a formula
    assert texts[texts.index("3. Đề xuất, kiến nghị") + 1] == "(Không có ý kiến)"
    assert sheet.parent.sheetnames[-3:] == ["ThuyetMinh", "_meta", "_data"]  # the last sheet
    meta = {row[0]: row[1] for row in sheet.parent["_meta"].iter_rows(values_only=True)}
    assert meta["text_assessment"] == "Hoàn thành kế hoạch năm.\nThư viện hoạt động đều."
    assert meta["text_difficulties"] == "=1+1 máy tính đã cũ"  # text, for the office to gather
    assert sheet.parent["_meta"].cell(list(meta).index("text_difficulties") + 1, 2).data_type == "s"


def test_a_submitted_periods_words_are_locked(commune: Workspace) -> None:
    year = parse_period("2026-N")
    period_texts.save(commune, year, PeriodTexts(assessment="Đạt kế hoạch."))
    submissions.submit(commune, "2026-N", "calendar", "Lan", AFTER)
    with pytest.raises(UserError) as caught:
        period_texts.save(commune, year, PeriodTexts(assessment="Sửa lại."))
    assert "2026-N" in caught.value.message.source()
    assert period_texts.read(commune, year).assessment == "Đạt kế hoạch."
    assert period_texts.save(commune, year, PeriodTexts(assessment="Đạt kế hoạch."))  # unchanged


@pytest.mark.parametrize("text", ["a\x07b", "x" * 4001])
def test_bad_texts_are_refused_naming_the_field(commune: Workspace, text: str) -> None:
    with pytest.raises(UserError) as caught:
        period_texts.save(commune, parse_period("2026-N"), PeriodTexts(proposals=text))
    assert caught.value.field_name == "proposals"
    assert period_texts.read(commune, parse_period("2026-N")).is_empty


def test_an_activity_of_a_named_day_is_recorded_in_the_audit_trail(commune: Workspace) -> None:
    rows = list(
        commune.db.query("SELECT count(*) AS n FROM audit_log WHERE table_name = 'activities'")
    )
    assert rows[0]["n"] == len(ROWS)  # the triggers survived the table's rebuild
