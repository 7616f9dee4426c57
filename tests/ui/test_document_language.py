"""One label, two languages: the screen shows the catalogue entry in its language, the
workbook the same entry in Vietnamese whatever the screen shows."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import openpyxl

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club
from desktop_app.i18n import DOCUMENT_LANGUAGE, install_language, name_of
from desktop_app.reports.unit_workbook import write_unit_workbook
from desktop_app.services import activities, clubs
from desktop_app.services.aggregation.aggregation_rules import (
    FILE_STATUS_NAMES,
    FLAGGED,
    FileOutcome,
)
from desktop_app.services.reporting.report import build_unit_report
from desktop_app.services.workspace import Workspace
from desktop_app.ui.activities.activity_labels import mode_name, type_name
from desktop_app.ui.aggregation.aggregation_labels import file_status_text
from desktop_app.ui.clubs.club_labels import field_name, kind_name

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone(timedelta(hours=7)))


def _logged(configured: Workspace) -> Workspace:
    library = next(f for f in clubs.facilities(configured) if f.code == "TV1")
    assert library.id is not None
    activities.add_activity(
        configured,
        Activity(
            date(2026, 4, 21), date(2026, 4, 21), library.id, "ngay_sach", "Ngày hội đọc sách",
            mode="luu_dong", participants=120,
        ),
        TODAY,
    )  # fmt: skip
    clubs.add_club(
        configured,
        Club("CLB1", "Câu lạc bộ đọc sách thiếu nhi", "clb", "doc_sach", library.id,
             founded_on=date(2025, 1, 10), members=20),
        TODAY,
    )  # fmt: skip
    return configured


def _made_in(language: str, workspace: Workspace) -> openpyxl.Workbook:
    install_language(language)  # the conftest puts Vietnamese back afterwards
    report = build_unit_report(workspace, "2026-N", "calendar", "qd1520", NOW)
    return openpyxl.load_workbook(io.BytesIO(write_unit_workbook(report)))


def _texts(workbook: openpyxl.Workbook) -> set[str]:
    return {
        cell.value
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }


def test_an_english_screen_still_exports_the_vietnamese_form(configured: Workspace) -> None:
    workspace = _logged(configured)
    english = _made_in("en", workspace)
    assert type_name("ngay_sach") == "Vietnam Book and Reading Culture Day (21/4)"
    assert (mode_name("luu_dong"), kind_name("clb"), field_name("doc_sach")) == (
        "Mobile",
        "Club",
        "Reading",
    )
    texts = _texts(english)
    assert {
        "Ngày Sách và Văn hóa đọc Việt Nam (21/4)",
        "Lưu động",
        "Câu lạc bộ",
        "Đọc sách",
        "đơn vị",
        "lượt",
        "câu lạc bộ",
    } <= texts
    assert not {"Vietnam Book and Reading Culture Day (21/4)", "Mobile", "Reading"} & texts
    form = english["Bieu01"]
    units = {form.cell(row, 2).value: form.cell(row, 3).value for row in range(1, 60)}
    assert (units["TV01"], units["TV04"], units["TV10"]) == ("đơn vị", "lượt", "%")

    vietnamese = _made_in("vi", workspace)
    assert type_name("ngay_sach") == "Ngày Sách và Văn hóa đọc Việt Nam (21/4)"
    assert _texts(vietnamese) == texts  # the same words whatever the screen's language


def test_a_file_status_is_one_label_shown_in_both_languages(tmp_path: Path) -> None:
    outcome = FileOutcome(tmp_path / "HTSD_66_24175_2026-N.xlsx", FLAGGED)
    install_language("en")
    assert file_status_text(outcome) == "Accepted with flags"
    assert name_of("AggregationPage", FILE_STATUS_NAMES, FLAGGED, DOCUMENT_LANGUAGE) == (
        "Đã nhận, có lưu ý"
    )
    install_language("vi")
    assert file_status_text(outcome) == "Đã nhận, có lưu ý"
