"""What a report workbook carries: plain data, no I/O (domain.md §6).

``desktop_app.services.reporting.report`` fills these from the log; the writer in
``reports/unit_workbook.py`` turns them into xlsx bytes and the reader in
``reports/reader.py`` turns such bytes back into numbers and problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

FORMAT = "htsd-report"
# 2: ``_data`` carries last year's value, a rollup carries ``_units`` (the reader reads 1 too)
FORMAT_VERSION = 2
# The template's chart ids (domain/templates.py CHARTS) drawn month by month in ``BieuDo``.
VISITS_BY_MONTH = "visits_by_month"
ACTIVITIES_BY_MONTH = "activities_by_month"
MONTH_CHARTS = (VISITS_BY_MONTH, ACTIVITIES_BY_MONTH)
VISITS_BY_UNIT = "visits_by_unit"  # a consolidated workbook's BieuDo
# Where the month table of a workbook is (month_charts.py writes it, month_table.py reads it):
# a commune's ``BieuDo``; a consolidated workbook's ``BieuDoThang`` (its ``BieuDo`` is the
# chart of visits by unit), whose row 5 says how many units its months add up.
MONTH_SHEET = "BieuDo"
ROLLUP_MONTH_SHEET = "BieuDoThang"
MONTH_COVERAGE_ROW = 5
MONTH_HEADERS = (
    "Tháng",
    "Lượt bạn đọc và người đến (TV04 + VH09)",
    "Cùng kỳ năm trước (TV04 + VH09)",
    "Hoạt động (TV08 + VH07)",
    "Buổi sinh hoạt CLB (VH05)",
)
MONTH_HEADER_ROW = 6


@dataclass(frozen=True)
class IndicatorLine:
    """One row of a Biểu sheet: columns A, B, C and 1 to 5 of the form.

    ``previous`` is column 1 (cùng kỳ năm trước), ``current`` column 2,
    ``ratio`` column 3 (2/1 x 100, one decimal, None when column 1 is empty or
    0), ``target`` column 4 as the text printed ("40%", "10%", "15.000"), and
    ``verdict`` column 5 ("Đạt", "Chưa đạt" or None).
    """

    code: str
    label: str
    unit: str  # as printed: "đơn vị", "lượt", "%"...
    previous: float | None
    current: float | None
    ratio: float | None = None
    target: str | None = None
    verdict: str | None = None
    is_part: bool = False  # a "Trong đó" row, printed indented


@dataclass(frozen=True)
class FormSheet:
    """One Biểu: "Biểu số 01/HTSĐ", its title and rows."""

    number: str  # "01"
    sheet: str  # worksheet name, e.g. "Bieu01"
    code: str  # "Biểu số 01/HTSĐ"
    title: str  # "THƯ VIỆN"
    lines: tuple[IndicatorLine, ...]
    notes: tuple[str, ...] = ()  # the rules used, printed under the table


@dataclass(frozen=True)
class ActivityLine:
    """Biểu 05: one activity of the period."""

    start: date
    end: date
    facility: str
    type: str
    title: str
    partners: str
    mode: str
    lifelong_learning: bool
    participants: int
    children: int
    elderly: int
    women: int


@dataclass(frozen=True)
class ClubLine:
    """Biểu 06: one club with its members, sessions and attendance in the period."""

    code: str
    name: str
    kind: str
    field: str
    facility: str
    members: int
    women: int
    children: int
    elderly: int
    sessions: int
    attendance: int
    active: bool


@dataclass(frozen=True)
class NamedDayLine:
    """Biểu 05's opening table: one named day or week of the plans, its activities and people."""

    name: str  # "Ngày Sách và Văn hóa đọc Việt Nam (21/4)"
    activities: int
    participants: int


@dataclass(frozen=True)
class MonthLine:
    """One month of the ``BieuDo`` table (None: no figure, printed as an empty cell).

    ``visits`` = TV04 + VH09, ``activities`` = TV08 + VH07, ``sessions`` = VH05,
    each the report's own value for that month; ``visits_last_year`` is the same
    month a year earlier. ``start`` and ``end`` are the month's days in the
    period's convention (under nd09, 15/12 to 14/01 for January).
    """

    label: str  # "T1" ... "T12"
    start: date
    end: date
    visits: int | None
    visits_last_year: int | None
    activities: int | None
    sessions: int | None


@dataclass(frozen=True)
class UnitReport:
    """Everything a commune's report workbook shows and records."""

    template_id: str
    plan: str
    province_code: str
    province_name: str
    unit_code: str  # the commune code, 5 digits as text
    unit_name: str
    receiving_office: str
    preparer: str
    head: str
    place: str  # printed before ", ngày ... tháng ... năm ..."
    period_id: str
    period_convention: str
    period_label: str  # "Năm 2026", "Quý III năm 2026"...
    period_start: date
    period_end: date
    generated_at: datetime  # timezone-aware
    app_version: str
    forms: tuple[FormSheet, ...]
    # the last day the figures cover, when the report was made before the period ended
    data_until: date | None = None
    template_version: int = 1  # the template's version and checksum, for _meta (§8)
    template_checksum: str = ""
    activities: tuple[ActivityLine, ...] = ()
    clubs: tuple[ClubLine, ...] = ()
    values: dict[str, float | None] = field(default_factory=dict)  # code -> column 2
    due: str = ""  # when the office receives it, e.g. "trước ngày 01/12/2026"
    charts: tuple[str, ...] = ()  # the template's chart ids ("visits_by_month"...)
    months: tuple[MonthLine, ...] = ()  # the period's months, when a monthly chart is asked
    named_days: tuple[NamedDayLine, ...] = ()  # Biểu 05's opening table
    # the unit's own words ("Thuyết minh"): (heading, text) in the form's order
    texts: tuple[tuple[str, str], ...] = ()

    @property
    def file_name(self) -> str:
        """``HTSD_<province>_<commune>_<period id>.xlsx`` (domain.md §6)."""
        return f"HTSD_{self.province_code}_{self.unit_code}_{self.period_id}.xlsx"
