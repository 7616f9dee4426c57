"""What a consolidated (rollup) workbook carries: plain data, no I/O (domain.md §7).

The office's service fills these from the files it read; ``rollup_workbook``
turns them into xlsx bytes that follow the same contract as a unit's report
(kind ``rollup``), so a province can aggregate rollups again. Every text is
the Vietnamese of the printed document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.reports.model import UnitReport

# the flags a unit carries in ``_units``
UNIT_EDITED = "edited"
UNIT_LATE = "late"
UNIT_PARTIAL = "partial"
UNIT_FLAGS = (UNIT_EDITED, UNIT_LATE, UNIT_PARTIAL)


@dataclass(frozen=True)
class UnitFigures:
    """One unit's figures and evidence, as a rollup's ``_units`` sheet carries them.

    ``values`` are column 2 and ``previous`` column 1 of the unit's report (as counted:
    what its sheet showed); ``generated_at`` is when the unit's program wrote its report
    and ``last_saved`` when its file was last saved (by a person, in a spreadsheet program).
    """

    code: str
    name: str
    values: dict[str, float | None] = field(default_factory=dict)
    previous: dict[str, float | None] = field(default_factory=dict)
    generated_at: datetime | None = None
    last_saved: datetime | None = None
    flags: tuple[str, ...] = ()
    # the unit's own words (Thuyết minh: assessment, difficulties, proposals), from its file
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitRow:
    """One counted file in the per-unit tables: a commune, or an aggregated file."""

    code: str
    name: str
    file_name: str
    values: dict[str, float | None]
    remark: str = ""  # "Sửa tay", "Nộp muộn", "Tổng hợp 12 đơn vị"...


@dataclass(frozen=True)
class TargetRow:
    """One target of the plan judged on the province's totals."""

    label: str
    milestone: int
    wanted: str  # as printed: "40%", "15.000"
    basis: str  # what the figures are: "TV02 / TV01"
    numerator: float | None
    denominator: float | None
    achieved: float | None
    verdict: str  # "Đạt", "Chưa đạt" or "Chưa đủ số liệu"


@dataclass(frozen=True)
class CommuneRow:
    """One expected commune of the province on the completeness sheet."""

    code: str
    name: str
    status: str  # "Đã nhận, đúng hạn", "Đã nhận, muộn", "Chưa nhận", "Bị từ chối"
    file_name: str
    remark: str


@dataclass(frozen=True)
class FileRow:
    """One file received, with what became of it."""

    name: str
    status: str  # "Đã nhận", "Đã nhận, có lưu ý", "Bị từ chối", "Bản trùng"
    unit: str
    made: str  # "22/11/2026 09:15" or ""
    remark: str


@dataclass(frozen=True)
class RollupReport:
    """Everything the consolidated workbook shows.

    ``header`` carries what the forms share with a unit's report (heading,
    footer, Biểu 01-04 with the province's totals, the period and the meta);
    its ``unit_code`` is the province's code and its lists are empty.
    """

    header: UnitReport
    units_included: tuple[str, ...]
    units: tuple[UnitRow, ...]
    targets: tuple[TargetRow, ...]
    communes: tuple[CommuneRow, ...]
    files: tuple[FileRow, ...]
    summary: tuple[str, ...]  # the counts printed above the completeness table
    month_units: int = 0  # how many units the month table of ``header.months`` adds up
    unit_figures: tuple[UnitFigures, ...] = ()  # every unit counted: its hidden ``_units`` row
    missing: tuple[str, ...] = ()  # "07627 - Xã Hòa Phú": expected communes not received

    @property
    def file_name(self) -> str:
        """``HTSD_<province>_TONGHOP_<period id>.xlsx``."""
        return f"HTSD_{self.header.province_code}_TONGHOP_{self.header.period_id}.xlsx"
