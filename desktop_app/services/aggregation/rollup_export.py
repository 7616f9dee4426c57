"""The consolidated workbook of an aggregation: its data, and writing it whole or not at all.

The workbook is a Vietnamese document whatever the screen's language, so the
words written here (statuses, remarks) are data in Vietnamese; a file's reasons
are the reader's messages rendered from the Vietnamese catalogue.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app import __version__
from desktop_app.domain.deadlines import period_kind
from desktop_app.domain.divisions import default_receiving_office, find_province
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message, error
from desktop_app.domain.periods import Period
from desktop_app.domain.targets import check_all
from desktop_app.i18n import DOCUMENT_LANGUAGE, name_of, render_in
from desktop_app.reports.model import MonthLine, UnitReport
from desktop_app.reports.month_table import as_lines
from desktop_app.reports.rollup_model import (
    UNIT_EDITED,
    UNIT_LATE,
    CommuneRow,
    FileRow,
    RollupReport,
    TargetRow,
    UnitRow,
)
from desktop_app.services.aggregation.aggregation import Aggregation
from desktop_app.services.aggregation.aggregation_rules import (
    DUPLICATE,
    EDITED,
    FILE_STATUS_NAMES,
    LATE,
    LATE_RECEIVED,
    MISSING,
    NO_NAMES,
    OLD_ROLLUP,
    ON_TIME,
    OTHER_FORMAT,
    OTHER_TEMPLATE,
    OTHER_VERSION,
    REFUSED,
    REJECTED,
)
from desktop_app.services.aggregation.aggregation_units import UnitCopy
from desktop_app.services.reporting.period_values import IndicatorValues
from desktop_app.services.reporting.report import (
    due_text,
    form_sheets,
    period_label,
    target_text,
    targets_note,
)
from desktop_app.services.reporting.report_export import target_path, write_atomically

MINISTRY = "Bộ Văn hóa, Thể thao và Du lịch"
COMMUNE_STATUS = {
    ON_TIME: "Đã nhận, đúng hạn",
    LATE_RECEIVED: "Đã nhận, muộn",
    MISSING: "Chưa nhận",
    REFUSED: "Bị từ chối",
}
VERDICTS = {None: "Chưa đủ số liệu", True: "Đạt", False: "Chưa đạt"}
FLAG_WORDS = {
    EDITED: "Sửa tay",
    LATE: "Nộp muộn",
    OTHER_TEMPLATE: "Mẫu khác",
    OTHER_VERSION: "Phiên bản mẫu khác",
    NO_NAMES: "Mất tên ô HTSD_",
    OTHER_FORMAT: "Lưu dạng .xls/.ods",
    OLD_ROLLUP: "Tệp tổng hợp định dạng cũ",
}


def _vi(message: Message) -> str:
    return render_in(DOCUMENT_LANGUAGE, message)


def default_file_name(aggregation: Aggregation) -> str:
    """``HTSD_<province>_TONGHOP_<period id>.xlsx``."""
    return f"HTSD_{aggregation.province_code}_TONGHOP_{aggregation.period.id}.xlsx"


UNIT_FLAG_WORDS = {UNIT_EDITED: "Sửa tay", UNIT_LATE: "Nộp muộn"}  # partial: on DayDu


def _unit_row(aggregation: Aggregation, copy: UnitCopy) -> UnitRow:
    """One counted unit in the per-unit tables (a whole older consolidated file: one row)."""
    source = aggregation.files[copy.source]
    remarks = [UNIT_FLAG_WORDS[f] for f in copy.figures.flags if f in UNIT_FLAG_WORDS]
    if copy.block:
        remarks.insert(0, f"Tổng hợp {len(copy.covers)} đơn vị")
    elif not copy.direct:
        remarks.insert(0, "Lấy từ tệp tổng hợp")
    remarks += [
        FLAG_WORDS[f]
        for f in source.flags
        if f in (NO_NAMES, OTHER_TEMPLATE, OTHER_VERSION, OTHER_FORMAT)
    ]
    return UnitRow(
        code=copy.figures.code,
        name=copy.figures.name,
        file_name=source.name,
        values=dict(copy.figures.values),
        remark="; ".join(dict.fromkeys(remarks)),
    )


def _target_rows(aggregation: Aggregation) -> tuple[TargetRow, ...]:
    rows = []
    for found in check_all(
        aggregation.template,
        aggregation.period.year,
        aggregation.current,
        aggregation.previous,
        period_kind=period_kind(aggregation.period),
    ):
        target = found.target
        if target.kind == "share":
            basis = f"{target.numerator} / {target.denominator}"
        elif target.kind == "growth":
            basis = f"{target.numerator}: kỳ này / cùng kỳ"
        else:
            basis = target.numerator
        verdict = VERDICTS[found.met]
        rows.append(
            TargetRow(
                label=target.label,
                milestone=found.milestone,
                wanted=target_text(target.kind, found.wanted, found.upper),
                basis=basis,
                numerator=found.numerator,
                denominator=found.denominator,
                achieved=found.achieved,
                verdict=verdict,
            )
        )
    return tuple(rows)


def _commune_rows(aggregation: Aggregation) -> tuple[CommuneRow, ...]:
    rows = []
    counted = {f.name: f for f in aggregation.counted}
    for commune in aggregation.communes:
        remarks = []
        source = counted.get(commune.file_name)
        if source is not None:  # which template (and version) the commune reported on
            remarks += [FLAG_WORDS[f] for f in source.flags if f in (OTHER_TEMPLATE, OTHER_VERSION)]
        if commune.via_rollup:
            remarks.append("Có trong tệp tổng hợp")
        if commune.partial:
            remarks.append("Báo cáo lập trước khi hết kỳ")
        if commune.note is not None:
            remarks.append(_vi(commune.note))
        if commune.duplicates:
            remarks.append("Bản trùng: " + ", ".join(commune.duplicates))
        if not commune.listed:
            remarks.append("Không có trong danh mục xã, phường của tỉnh")
        rows.append(
            CommuneRow(
                code=commune.code,
                name=commune.name,
                status=COMMUNE_STATUS[commune.status],
                file_name=commune.file_name,
                remark="; ".join(remarks),
            )
        )
    return tuple(rows)


def _file_rows(aggregation: Aggregation) -> tuple[FileRow, ...]:
    return tuple(
        FileRow(
            name=f.name,
            status=name_of("AggregationPage", FILE_STATUS_NAMES, f.status, DOCUMENT_LANGUAGE),
            unit=" - ".join(part for part in (f.unit_code, f.unit_name) if part),
            made=f"{f.generated_at:%d/%m/%Y %H:%M}" if f.generated_at else "",
            remark=" ".join(_vi(note) for note in f.notes),
        )
        for f in aggregation.files
    )


def _summary(aggregation: Aggregation) -> tuple[str, ...]:
    count = {status: 0 for status in COMMUNE_STATUS}
    for commune in aggregation.communes:
        if commune.listed:
            count[commune.status] += 1
    expected = sum(count.values())
    partial = sum(c.partial for c in aggregation.communes if c.listed)
    files = aggregation.files
    return (
        f"Số xã, phường phải báo cáo: {expected}; đã nhận: {count[ON_TIME] + count[LATE_RECEIVED]}"
        f" (đúng hạn {count[ON_TIME]}, muộn {count[LATE_RECEIVED]}); chưa nhận: "
        f"{count[MISSING]}; bị từ chối: {count[REFUSED]}.",
        f"Số xã, phường chỉ gửi báo cáo lập trước khi hết kỳ (số liệu chưa đủ kỳ): {partial}.",
        (
            f"Hạn nộp báo cáo: {aggregation.deadline:%d/%m/%Y}; báo cáo lập sau ngày này là nộp "
            "muộn."
            if aggregation.deadline
            else "Kế hoạch chỉ đặt hạn nộp cho báo cáo năm; báo cáo kỳ này không xét nộp muộn."
        ),
        f"Số tệp đã nhận: {len(files)}; được tính: {len(aggregation.counted)}; bị từ chối: "
        f"{sum(f.status == REJECTED for f in files)}; bản trùng: "
        f"{sum(f.status == DUPLICATE for f in files)}.",
    )


def build_rollup(
    aggregation: Aggregation,
    *,
    office_name: str | None = None,
    preparer: str = "",
    head: str = "",
    now: datetime | None = None,
) -> RollupReport:
    """The consolidated workbook's data for ``aggregation``."""
    period = aggregation.period
    template = aggregation.template
    province = find_province(aggregation.province_code)
    office = office_name or (
        default_receiving_office(province) if province else aggregation.province_name
    )
    values = IndicatorValues(period, aggregation.current, aggregation.previous, "rollup")
    museum = any(  # Biểu 04 whenever a counted unit carries one
        code.startswith("BT") for copy in aggregation.units for code in copy.figures.values
    )
    notes = (
        f"Kỳ báo cáo từ {period.start:%d/%m/%Y} đến {period.end:%d/%m/%Y}; số liệu tổng hợp từ "
        f"{len(aggregation.counted)} tệp báo cáo của {len(aggregation.units_included)} đơn vị.",
        f"TV10, BT05 tính lại từ tổng số của {aggregation.with_previous} đơn vị có số liệu cả "
        "hai năm; cột 1 là tổng số liệu cùng kỳ năm trước của các đơn vị có báo số liệu đó.",
        targets_note(template),
    )
    header = UnitReport(
        template_id=template.id,
        template_version=template.version,
        template_checksum=template.checksum,
        plan=template.plan,
        province_code=aggregation.province_code,
        province_name=aggregation.province_name,
        unit_code=aggregation.province_code,
        unit_name=office,
        receiving_office=MINISTRY,
        preparer=preparer,
        head=head,
        place=province.name if province else aggregation.province_name,
        period_id=period.id,
        period_convention=period.convention,
        period_label=period_label(period),
        period_start=period.start,
        period_end=period.end,
        generated_at=(now or datetime.now()).astimezone(),
        app_version=__version__,
        forms=form_sheets(template, values, museum, notes),
        values=dict(aggregation.current),
        due=due_text(template, period),
        charts=template.charts,
        months=as_lines(aggregation.months, _month_spans(period)),
    )
    return RollupReport(
        header=header,
        units_included=aggregation.units_included,
        units=tuple(_unit_row(aggregation, copy) for copy in aggregation.units),
        unit_figures=tuple(copy.figures for copy in aggregation.units if not copy.block),
        targets=_target_rows(aggregation),
        communes=_commune_rows(aggregation),
        files=_file_rows(aggregation),
        summary=_summary(aggregation),
        missing=tuple(
            f"{c.code} - {c.name}" for c in aggregation.communes if c.listed and c.status == MISSING
        ),
        month_units=aggregation.month_units,
    )


def _month_spans(period: Period) -> tuple[MonthLine, ...]:
    """The period's months with their days (in its convention), without figures."""
    return tuple(
        MonthLine(f"T{month}", days.start, days.end, None, None, None, None)
        for (_year, month), days in zip(period.months(), period.month_periods(), strict=True)
    )


def write_rollup(
    aggregation: Aggregation,
    out: Path,
    *,
    office_name: str | None = None,
    preparer: str = "",
    head: str = "",
    now: datetime | None = None,
) -> Path:
    """Write the consolidated workbook to ``out`` (a file, or a folder for the default name).

    Raises:
        UserError: nothing usable was found, or the file cannot be written;
        nothing is left half-written.
    """
    from desktop_app.reports.rollup_workbook import write_rollup_workbook  # openpyxl, on use

    if not aggregation.usable:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "No report could be used for period {period}: nothing was written."
            ),
            "inputs",
            period=aggregation.period.id,
        )
    report = build_rollup(
        aggregation, office_name=office_name, preparer=preparer, head=head, now=now
    )
    path = target_path(out, report.file_name)
    write_atomically(path, write_rollup_workbook(report))
    return path
