"""The province's report: the data of a commune's workbook (its values: ``period_values``).

The sentences written here are the Vietnamese words of the statistical form
(domain.md §6): the workbook is a Vietnamese document whatever the screen's
language, so they are data, not translated interface strings. A name the screen
shows too (a unit, a type of activity) is the catalogue's, rendered in
``DOCUMENT_LANGUAGE``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop_app import __version__
from desktop_app.domain.deadlines import period_kind
from desktop_app.domain.divisions import find_commune, find_province
from desktop_app.domain.facility_types import FacilityGroup, facility_type
from desktop_app.domain.indicator_rules import ratio
from desktop_app.domain.indicators import indicator
from desktop_app.domain.periods import Period, parse_period
from desktop_app.domain.templates import Template
from desktop_app.i18n import DOCUMENT_LANGUAGE, translate_in
from desktop_app.reports.model import MONTH_CHARTS, FormSheet, IndicatorLine, MonthLine, UnitReport
from desktop_app.services.reporting.monthly import monthly_series
from desktop_app.services.reporting.period_facts import period_facts
from desktop_app.services.reporting.period_values import (
    IndicatorValues,
    indicator_values,
    unit_template,
    year_ago,
)
from desktop_app.services.reporting.report_lists import lists, named_days, texts
from desktop_app.services.reporting.report_targets import judge_row, wanted_text
from desktop_app.services.workspace import Workspace

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def data_until(period: Period, made: date) -> date | None:
    """The last day a report made on ``made`` covers, when before the period's end; else None."""
    return max(made, period.start) if made < period.end else None


def target_text(kind: str, value: float, upper: float | None = None) -> str:
    """A target as the form prints it: "40%", "10-15%", "15.000"."""
    return wanted_text(kind, value, upper)


def period_label(period: Period) -> str:
    """The period as the form prints it: "Năm 2026", "Quý III năm 2026"."""
    part = period.id[5:]
    if part == "N":
        return f"Năm {period.year}"
    if part == "S1":
        return f"6 tháng đầu năm {period.year}"
    if part == "9T":
        return f"9 tháng năm {period.year}"
    if part.startswith("Q"):
        return f"Quý {ROMAN[int(part[1])]} năm {period.year}"
    return f"Tháng {int(part[1:])} năm {period.year}"


def _notes(
    template: Template, period: Period, source: str, until: date | None = None
) -> tuple[str, ...]:
    share = template.rules.get("active_club_min_month_share", 0.5)
    regular = template.rules.get("regular_activity_month_share", 0.75)
    convention = (
        "theo Nghị định 09/2019/NĐ-CP" if period.convention == "nd09" else "theo năm dương lịch"
    )
    earlier = {
        "log": "lấy từ sổ theo dõi của đơn vị",
        "baseline": "lấy từ số liệu báo cáo các năm trước do đơn vị nhập",
        "mixed": "lấy từ số liệu báo cáo các năm trước do đơn vị nhập, chỉ tiêu không nhập "
        "lấy từ sổ theo dõi",
        "none": "chưa đầy đủ nên để trống",
    }[source]
    dates = f"Kỳ báo cáo {convention}: từ {period.start:%d/%m/%Y} đến {period.end:%d/%m/%Y}"
    if until is not None:  # a report made before its period ends (domain.md §3)
        dates += (
            f", chưa kết thúc: số liệu tính đến ngày {until:%d/%m/%Y}, cùng kỳ năm trước tính "
            f"từ sổ theo dõi đến ngày {year_ago(until):%d/%m/%Y} (số liệu năm trước do đơn vị "
            "nhập được giữ như đã nhập)"
        )
    return (
        f"{dates}; số liệu cùng kỳ năm trước {earlier}.",
        "Thiết chế đang hoạt động: mở cửa ít nhất một ngày trong kỳ.",
        "TV02: thư viện có ít nhất một hoạt động phục vụ học tập suốt đời, một buổi sinh hoạt "
        "câu lạc bộ hoặc một buổi hướng dẫn kỹ năng số trong kỳ.",
        "TV03: thư viện có máy tính kết nối Internet, phần mềm quản lý, thư viện số hoặc trang "
        "thông tin điện tử theo hồ sơ cuối kỳ và có ít nhất một lượt dịch vụ số trong kỳ.",
        "TV01a, TV02a, TV03a: chỉ tính thư viện cấp xã; phòng đọc, tủ sách thôn, điểm bưu điện "
        "- văn hóa xã và thư viện tư nhân, thư viện cộng đồng được tính ở TV01, TV02, TV03 nhưng "
        "không tính vào tỷ lệ của chỉ tiêu kế hoạch.",
        f"Câu lạc bộ đang hoạt động: có sinh hoạt trong ít nhất {share * 100:g}% số tháng của kỳ.",
        f"VH01a, VH02: chỉ tính trung tâm văn hóa - thể thao xã và nhà văn hóa - khu thể thao "
        f"thôn (trung tâm học tập cộng đồng chỉ tính ở VH01); VH02: có câu lạc bộ đang hoạt động "
        f"và có hoạt động hoặc buổi sinh hoạt trong ít nhất {regular * 100:g}% số tháng của kỳ.",
        "Cột 3 = cột 2 / cột 1 x 100. TV10, BT05 = (kỳ này - cùng kỳ) / cùng kỳ x 100; để trống "
        "khi không có số liệu cùng kỳ.",
        targets_note(template),
    )


def targets_note(template: Template) -> str:
    """How columns 4 and 5 read: the plan cited, milestones, ranges, the province's targets."""
    text = (
        f"Cột 4 ghi chỉ tiêu đúng như {template.plan} đề ra; năm chưa đến mốc được đánh giá "
        "theo mốc kế tiếp (ghi trong ngoặc); chỉ tiêu ghi dạng khoảng (10-15%) là đạt khi bằng "
        "hoặc vượt mức thấp nhất; cột 5 ghi kèm tỷ lệ đạt được (số đơn vị đạt/tổng số)."
    )
    if any(not t.for_communes for t in template.targets):
        text += " Chỉ tiêu cấp tỉnh chỉ được đánh giá ở báo cáo tổng hợp của tỉnh."
    if any(t.periods == ("year",) for t in template.targets):
        text += " Chỉ tiêu năm chỉ được đánh giá ở báo cáo năm."
    return text


def form_sheets(
    template: Template,
    values: IndicatorValues,
    museum: bool,
    notes: tuple[str, ...],
    *,
    rollup: bool | None = None,
) -> tuple[FormSheet, ...]:
    """Biểu 01 to 04 (04 only with ``museum``) of ``values``, judged against the template.

    ``rollup``: the consolidated report's forms, which judge the province's own targets
    too; a commune's show them as "—", "chỉ tiêu cấp tỉnh". None: a consolidated report
    when ``values`` say so (``previous_source`` "rollup", as ``rollup_export`` builds them).
    """
    if rollup is None:
        rollup = values.previous_source == "rollup"
    forms = []
    kind = period_kind(values.period)
    for form in template.forms:
        if form.number == "04" and not museum:
            continue
        lines = []
        for row in form.rows:
            known = indicator(row.code)
            current = values.current.get(row.code)
            previous = values.previous.get(row.code)
            target, verdict = judge_row(
                template,
                row.code,
                values.current,
                values.period.year,
                kind,
                values.previous,
                rollup=rollup,
            )
            percent = known is not None and known.is_percentage
            lines.append(
                IndicatorLine(
                    code=row.code,
                    label=row.label,
                    unit=_sheet_unit(known.unit_label) if known else "",
                    previous=previous,
                    current=current,
                    ratio=None if percent else ratio(current, previous),
                    target=target,
                    verdict=verdict,
                    is_part=bool(known and known.parent),
                )
            )
        forms.append(
            FormSheet(
                number=form.number,
                sheet=form.sheet,
                code=f"Biểu số {form.number}/{template.form_code_suffix}",
                title=form.title,
                lines=tuple(lines),
                notes=notes,
            )
        )
    return tuple(forms)


def _sheet_unit(unit_label: str) -> str:
    """A unit (``Indicator.unit_label``) as the Vietnamese form prints it ("đơn vị", "lượt")."""
    return translate_in(DOCUMENT_LANGUAGE, "Units", unit_label)


def _place(commune_name: str) -> str:
    for prefix in ("Xã ", "Phường ", "Đặc khu "):
        if commune_name.startswith(prefix):
            return commune_name[len(prefix) :]
    return commune_name


def build_unit_report(
    workspace: Workspace,
    period_id: str,
    convention: str,
    template_id: str | None = None,
    now: datetime | None = None,
) -> UnitReport:
    """Everything the commune's workbook for ``period_id`` shows.

    ``months`` (``services.monthly``) only when the template asks for a monthly
    chart; the months beginning after the day of ``now`` have no figure yet.

    Raises:
        UserError: a bad period id or convention, an unknown template, or a
        database that has not been set up.
    """
    template = unit_template(workspace, template_id)
    unit = workspace.unit()
    assert unit is not None
    period = parse_period(period_id, convention)
    moment = now or datetime.now()
    until = data_until(period, moment.date())
    covered = replace(period, end=until) if until else period
    facts = period_facts(workspace, covered, template)  # read once: indicators and lists
    values = indicator_values(workspace, period, template, facts, until=until)
    has_museum = any(
        (kind := facility_type(f.type_code)) and kind.group == FacilityGroup.MUSEUM
        for f in facts.facilities
    ) or bool(values.current.get("BT01"))
    activities, clubs = lists(facts)
    province = find_province(unit.province_code)
    commune = find_commune(unit.commune_code)
    months: tuple[MonthLine, ...] = ()
    if any(chart in MONTH_CHARTS for chart in template.charts):
        series = monthly_series(workspace, period, template, until=moment.date())
        months = tuple(
            MonthLine(f"T{m.month}", m.start, m.end, m.visits, p.visits, m.activities, m.sessions)
            for m, p in zip(series.this_year, series.last_year, strict=True)
        )
    return UnitReport(
        template_id=template.id,
        template_version=template.version,
        template_checksum=template.checksum,
        plan=template.plan,
        province_code=unit.province_code,
        province_name=province.full_name if province else unit.province_code,
        unit_code=unit.commune_code,
        unit_name=unit.unit_name,
        receiving_office=unit.receiving_office,
        preparer=unit.preparer_name,
        head=unit.head_name,
        place=_place(commune.name if commune else unit.unit_name),
        period_id=period.id,
        period_convention=period.convention,
        period_label=period_label(period),
        period_start=period.start,
        period_end=period.end,
        data_until=until,
        generated_at=moment.astimezone(),
        app_version=__version__,
        forms=form_sheets(
            template, values, has_museum, _notes(template, period, values.previous_source, until)
        ),
        activities=activities,
        clubs=clubs,
        values={code: v for code, v in values.current.items()},
        due=due_text(template, period),
        charts=template.charts,
        months=months,
        named_days=named_days(facts),
        texts=texts(workspace, period),
    )


def due_text(template: Template, period: Period) -> str:
    """The deadline of the period's kind ("trước ngày 20/07/2026"); empty when it has none."""
    due = template.deadline_for(period)
    return f"trước ngày {due:%d/%m/%Y}" if due else ""
