"""A commune's report workbook: a pure function from :class:`UnitReport` to xlsx bytes.

Visible sheets: one per form (Biểu 01 to 04, from ``report.forms``), the
activity list ``Bieu05``, the club list ``Bieu06``, ``BieuDo`` (month by month,
when the template asks for a monthly chart: ``month_charts.py``) and ``GhiChu``
(the rules used). Hidden sheets ``_meta`` and ``_data`` and the ``HTSD_<code>`` names
carry the machine contract (``contract.py``, domain.md §6).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.indicators import PERCENTAGES
from desktop_app.reports import list_sheets
from desktop_app.reports.contract import TEXT_KEYS, DataRow, check_code
from desktop_app.reports.machine_sheets import write_machine_sheets
from desktop_app.reports.model import FORMAT, FORMAT_VERSION, FormSheet, UnitReport
from desktop_app.reports.month_charts import write_month_charts
from desktop_app.reports.sheet_layout import (
    CAPITALS,
    FIRST_ROW,
    Layout,
    convention_text,
    dates_text,
    new_sheet,
    reporting_unit,
    set_print,
    write_footer,
    write_heading,
    write_notes,
    write_table_header,
)
from desktop_app.reports.styles import (
    BODY,
    BOLD,
    CENTER,
    CENTERED,
    CODE,
    COUNT,
    ITALIC,
    PART,
    PERCENT,
    TEXT,
    TITLE,
    TOP_LEFT,
    add_table_styles,
    clean_text,
    dmy,
    line_count,
    put_number,
    put_text,
    row_height,
    set_style,
)

FORM_LAYOUT = Layout(widths=(42, 7, 9, 11, 11, 9, 12, 14), split=4)
FORM_HEADERS = (
    "Chỉ tiêu",
    "Mã số",
    "Đơn vị tính",
    "Cùng kỳ năm trước",
    "Kỳ báo cáo",
    "So sánh %\n(3 = 2/1)",
    "Chỉ tiêu kế hoạch",
    "Đánh giá\n(Đạt / Chưa đạt)",
)
FORM_NUMBERING = ("A", "B", "C", "1", "2", "3", "4", "5")
CURRENT_COLUMN = 5  # "E": column 2 of the form, the value the contract names
NOTES_SHEET = "GhiChu"
TEXTS_SHEET = "ThuyetMinh"
TEXTS_LAYOUT = Layout(widths=(25, 25, 25, 26), split=3)  # the signatures side by side
NOTES_LAYOUT = Layout(widths=(5, 24, 24, 24, 24), split=2)
MACHINE_NOTE = (
    "Mỗi ô số liệu ở cột 2 (Kỳ báo cáo) của các biểu có tên HTSD_<mã số>. Hai sheet ẩn _meta "
    "và _data ghi thông tin của báo cáo và số liệu để đơn vị nhận báo cáo tổng hợp bằng máy. "
    "Nếu sửa tay một số ở cột 2, số đã sửa được dùng khi tổng hợp và tệp được ghi nhận là đã "
    "sửa tay."
)
KIND = "unit"


def write_unit_workbook(report: UnitReport) -> bytes:
    """The report workbook of one unit, as xlsx bytes.

    ``_data`` and the ``HTSD_<code>`` names come from the form lines as
    printed (column 2); ``report.values`` is not read here.

    Raises:
        ValueError: a bug in the caller: a naive ``generated_at``, two sheets
        with one name, an indicator code twice or one unfit for a cell name.
    """
    workbook = new_workbook(report)

    rows: list[DataRow] = []
    for form in report.forms:
        rows.extend(form_sheet(workbook, report, form))
    list_sheets.write_activities(workbook, report)
    list_sheets.write_clubs(workbook, report)
    write_month_charts(workbook, report)
    notes_sheet(workbook, report)
    texts_sheet(workbook, report)
    write_machine_sheets(workbook, unit_meta(report), rows)
    workbook.active = 0
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def new_workbook(report: UnitReport) -> Workbook:
    """An empty workbook with the table styles and the report's creator and title.

    Raises:
        ValueError: a naive ``generated_at`` (a bug in the caller).
    """
    if report.generated_at.tzinfo is None:
        raise ValueError("generated_at must carry its UTC offset")
    workbook = Workbook()
    workbook.remove(workbook.active)
    add_table_styles(workbook)
    workbook.properties.creator = clean_text(f"HTSD {report.app_version}")[:250]
    workbook.properties.title = clean_text(f"{report.unit_name} - {report.period_label}")[:250]
    return workbook


def unit_meta(report: UnitReport) -> dict[str, str]:
    """The ``_meta`` keys of a unit report (``values_sha256`` is added by the writer)."""
    return {
        "format": FORMAT,
        "format_version": str(FORMAT_VERSION),
        "kind": KIND,
        "template_id": report.template_id,
        "province_code": report.province_code,
        "unit_code": report.unit_code,
        "unit_name": report.unit_name,
        "period_id": report.period_id,
        "period_convention": report.period_convention,
        "period_start": report.period_start.isoformat(),
        "period_end": report.period_end.isoformat(),
        "generated_at": report.generated_at.isoformat(timespec="seconds"),
        "app_version": report.app_version,
        "units_included": "",
        # the last day the figures cover (the day the report was made, when before period_end)
        "data_until": (report.data_until or report.period_end).isoformat(),
        # the unit's own words as on the ThuyetMinh sheet, for the office to gather (§7)
        **{f"text_{key}": text for key, text in zip(TEXT_KEYS, _texts(report), strict=True)},
        # which version of the plan's template the report was made on (§8)
        "template_version": str(report.template_version),
        "template_checksum": report.template_checksum,
    }


def _texts(report: UnitReport) -> tuple[str, ...]:
    """The three texts in the form's order (empty when the report carries none)."""
    texts = tuple(text for _heading, text in report.texts)
    return texts if len(texts) == len(TEXT_KEYS) else ("",) * len(TEXT_KEYS)


def form_sheet(workbook: Workbook, report: UnitReport, form: FormSheet) -> list[DataRow]:
    """One Biểu sheet; the ``_data`` rows of its indicators."""
    layout = FORM_LAYOUT
    sheet = new_sheet(workbook, form.sheet, layout)
    write_heading(sheet, report, layout, form.code, form.title)
    write_table_header(sheet, layout, FORM_HEADERS, FORM_NUMBERING)
    rows = []
    row = FIRST_ROW
    for line in form.lines:
        check_code(line.code)
        value_style = PERCENT if line.code in PERCENTAGES else COUNT
        styles = (PART if line.is_part else TEXT, CODE, CENTERED, value_style, value_style)
        styles += (PERCENT, CENTERED, CENTERED)
        for column, style in enumerate(styles, start=1):
            set_style(sheet.cell(row, column), style)
        put_text(sheet.cell(row, 1), line.label)
        put_text(sheet.cell(row, 2), line.code, as_code=True)
        put_text(sheet.cell(row, 3), line.unit)
        put_number(sheet.cell(row, 4), line.previous)
        put_number(sheet.cell(row, CURRENT_COLUMN), line.current)
        put_number(sheet.cell(row, 6), line.ratio)
        put_text(sheet.cell(row, 7), line.target)
        put_text(sheet.cell(row, 8), line.verdict)
        width = layout.widths[0] - (2 if line.is_part else 0)
        lines = max(
            line_count(line.label, width),
            line_count(line.target or "", layout.widths[6]),
            line_count(line.verdict or "", layout.widths[7]),
        )
        sheet.row_dimensions[row].height = row_height(lines)
        address = sheet.cell(row, CURRENT_COLUMN).coordinate
        rows.append(DataRow(line.code, line.current, form.sheet, address))
        row += 1
    row = write_notes(sheet, row + 1, layout, form.notes)
    write_footer(sheet, row + 1, report, layout)
    set_print(sheet)
    return rows


def all_notes(forms: Iterable[FormSheet]) -> list[str]:
    """Every form's notes once, in order; a note not shared by all forms names its forms."""
    forms = list(forms)
    order: dict[str, list[str]] = {}
    for form in forms:
        for note in form.notes:
            order.setdefault(note, [])
            if form.number not in order[note]:
                order[note].append(form.number)
    result = []
    for note, numbers in order.items():
        if len(numbers) == len(forms):
            result.append(note)
        else:
            result.append(f"{note} (Biểu {', '.join(numbers)})")
    return result


def notes_sheet(
    workbook: Workbook, report: UnitReport, extra: Sequence[tuple[str, str]] = ()
) -> Worksheet:
    """``GhiChu``: the period, its convention and dates, every rule the forms used, ``extra``.

    ``extra`` adds (heading, text) paragraphs after the rules.

    The text spans several columns: LibreOffice does not shrink a single column
    wider than the page to fit it.
    """
    layout = NOTES_LAYOUT
    sheet = new_sheet(workbook, NOTES_SHEET, layout)
    heading: list[tuple[str, str, Font]] = [
        ("", "GHI CHÚ", TITLE),
        ("", f"Đơn vị báo cáo: {reporting_unit(report)}", BODY),
        ("", f"Kỳ báo cáo: {report.period_label} (mã kỳ {report.period_id})", BODY),
        ("", dates_text(report), BODY),
        ("", f"Quy ước kỳ báo cáo: {_convention_detail(report.period_convention)}", BODY),
        ("", f"Kế hoạch: {report.plan}", BODY),
        ("", "", BODY),
        ("", "Các quy tắc tính số liệu:", BOLD),
    ]
    notes = [(f"{n}.", note, BODY) for n, note in enumerate(all_notes(report.forms), 1)]
    for title, text in extra:
        notes += [("", "", BODY), ("", title, BOLD), ("", text, BODY)]
    closing = [
        ("", "", BODY),
        ("", "Dữ liệu dùng cho tổng hợp tự động:", BOLD),
        ("", MACHINE_NOTE, BODY),
        (
            "",
            f"Tệp được lập lúc {report.generated_at:%H:%M} ngày {dmy(report.generated_at.date())}"
            f" bằng phần mềm HTSD phiên bản {report.app_version}.",
            BODY,
        ),
    ]
    last = layout.columns
    for row, (number, text, font) in enumerate(heading + notes + closing, start=1):
        if not text:
            continue
        first = 2 if number else 1
        put_text(sheet.cell(row, 1), number).alignment = TOP_LEFT
        cell = put_text(sheet.cell(row, first), text)
        cell.font = font
        cell.alignment = CENTER if font is TITLE else TOP_LEFT
        sheet.cell(row, 1).font = font
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        lines = line_count(text, layout.span(first, last), CAPITALS if font is TITLE else 1.0)
        sheet.row_dimensions[row].height = row_height(lines)
    set_print(sheet, title_rows="")
    return sheet


def texts_sheet(workbook: Workbook, report: UnitReport) -> Worksheet | None:
    """``ThuyetMinh``, the last sheet: the unit's own words for the period, each under its
    heading, as plain text (never a formula); none when the report carries no headings."""
    if not report.texts:
        return None
    layout = TEXTS_LAYOUT
    sheet = new_sheet(workbook, TEXTS_SHEET, layout)
    width = layout.span(1, layout.columns)
    rows: list[tuple[str, Font]] = [
        ("THUYẾT MINH", TITLE),
        (f"Đơn vị báo cáo: {reporting_unit(report)}", BODY),
        (f"Kỳ báo cáo: {report.period_label} (mã kỳ {report.period_id})", BODY),
        (dates_text(report), ITALIC),
    ]
    for number, (heading, text) in enumerate(report.texts, 1):
        rows += [("", BODY), (f"{number}. {heading}", BOLD)]
        rows += [(paragraph, BODY) for paragraph in (text or "(Không có ý kiến)").split("\n")]
    for row, (text, font) in enumerate(rows, start=1):
        if not text:
            continue
        cell = put_text(sheet.cell(row, 1), text)  # a typed "=..." stays text
        cell.font = font
        cell.alignment = CENTER if font is TITLE else TOP_LEFT
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=layout.columns)
        lines = line_count(text, width, CAPITALS if font is TITLE else 1.0)
        sheet.row_dimensions[row].height = row_height(lines)
    footer_row = len(rows) + 2
    write_footer(sheet, footer_row, report, layout)
    set_print(sheet, title_rows="")
    return sheet


def _convention_detail(convention: str) -> str:
    if convention == "nd09":
        return (
            f"{convention_text(convention)} (báo cáo hành chính: tháng tính từ ngày 15 tháng "
            "trước đến ngày 14 tháng báo cáo; năm tính từ ngày 15/12 năm trước đến ngày 14/12)"
        )
    return (
        f"{convention_text(convention)} (báo cáo thống kê, Thông tư 16/2022/TT-BVHTTDL: tháng, "
        "quý, năm theo lịch; năm tính từ ngày 01/01 đến ngày 31/12)"
    )
