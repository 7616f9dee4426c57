"""The consolidated report follows the plans' rules like a commune's form (domain.md §3, §5):
targets judged only on the period kinds they name, a range printed as a range, lateness
against the deadline of the period's own kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop_app import resources
from desktop_app.domain.periods import parse_period
from desktop_app.services import aggregation_rules as rules
from desktop_app.services.aggregation import Aggregation, aggregate
from desktop_app.services.rollup_export import _target_rows
from tests.services.aggregation_samples import (
    PLUS7,
    PROVINCE,
    A,
    B,
    three_communes,
    unit_report,
    write,
)


def _aggregation(folder: Path) -> Aggregation:
    three_communes(folder)
    template = resources.template("qd1520")
    assert template is not None
    return aggregate([folder], parse_period("2025-N", "calendar"), template, PROVINCE)


def test_a_range_is_printed_as_the_plan_writes_it(tmp_path: Path) -> None:
    phu_yen = resources.template("phu-yen-2023")
    assert phu_yen is not None
    rows = _target_rows(
        replace(_aggregation(tmp_path), template=phu_yen, period=parse_period("2026-N", "nd09"))
    )
    growth = [row for row in rows if row.basis.startswith("TV10")]
    assert [(row.wanted, row.milestone) for row in growth] == [("10-15%", 2030)]


def test_a_yearly_target_is_not_judged_on_a_quarter(tmp_path: Path) -> None:
    aggregation = _aggregation(tmp_path)
    year = _target_rows(aggregation)
    quarter = _target_rows(replace(aggregation, period=parse_period("2025-Q3", "calendar")))
    yearly = {t.label for t in aggregation.template.targets if t.periods == ("year",)}
    assert yearly and yearly <= {row.label for row in year}  # judged on the year
    assert not yearly & {row.label for row in quarter}  # left out of a quarter
    assert {row.label for row in quarter} == {row.label for row in year} - yearly


def test_a_quarter_is_late_after_its_own_deadline(tmp_path: Path) -> None:
    """Calendar Q3 2025 ends 30/09: due 15 days later, on 15/10/2025 (qd1520 sets none)."""
    on_time = datetime(2025, 10, 14, 9, 0, tzinfo=PLUS7)
    late = datetime(2025, 10, 20, 9, 0, tzinfo=PLUS7)
    period = parse_period("2025-Q3", "calendar")
    for code, made in ((A, on_time), (B, late)):
        report = unit_report(code, tv01=1, tv02=1, tv03=0, tv04=10, tv04_last=8, generated_at=made)
        write(
            tmp_path,
            replace(
                report,
                period_id=period.id,
                period_label="Quý III năm 2025",
                period_start=period.start,
                period_end=period.end,
            ),
        )
    template = resources.template("qd1520")
    assert template is not None
    result = aggregate([tmp_path], period, template, PROVINCE)
    assert str(result.deadline) == "2025-10-15"
    flags = {f.unit_code: f.flags for f in result.files}
    assert flags[A] == () and flags[B] == (rules.LATE,)
