"""The consolidated report follows the plans' rules like a commune's form (domain.md §3, §5):
targets judged only on the period kinds they name, a range printed as a range, lateness
against the deadline of the period's own kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop_app import resources
from desktop_app.domain.periods import parse_period
from desktop_app.services.aggregation import aggregation_rules as rules
from desktop_app.services.aggregation.aggregation import Aggregation, aggregate
from desktop_app.services.aggregation.rollup_export import _target_rows
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


def test_the_units_own_words_are_gathered_unit_by_unit(tmp_path: Path) -> None:
    """§7: each unit's Thuyết minh on one sheet; a unit that wrote none is not listed; a text
    that looks like a formula stays text."""
    import io

    import openpyxl

    from desktop_app.services.aggregation.rollup_export import write_rollup

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    words = (
        ("Đánh giá chung", "Hoàn thành kế hoạch."),
        ("Khó khăn, vướng mắc", "=Máy tính cũ"),
        ("Đề xuất, kiến nghị", ""),
    )
    a = unit_report(A, tv01=1, tv02=1, tv03=0, tv04=10, tv04_last=8)
    write(inbox, replace(a, texts=words))
    write(inbox, unit_report(B, tv01=1, tv02=0, tv03=0, tv04=5, tv04_last=4))
    template = resources.template("qd1520")
    assert template is not None
    result = aggregate([inbox], parse_period("2025-N", "calendar"), template, PROVINCE)
    written = write_rollup(result, tmp_path / "out", now=datetime(2026, 1, 5, 9, 0, tzinfo=PLUS7))
    sheet = openpyxl.load_workbook(io.BytesIO(written.read_bytes()))["ThuyetMinhXa"]
    rows = [r for r in sheet.iter_rows(values_only=True) if r[1] in (A, B)]
    assert [r[1:6] for r in rows] == [(A, "Xã " + A, "Hoàn thành kế hoạch.", "=Máy tính cũ", None)]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "=Máy tính cũ")
    assert cell.data_type == "s"  # text, never a formula


def test_the_office_sees_who_reported_on_another_version(tmp_path: Path) -> None:
    """§8 / issue 20: the office's template is at version 2; a commune that exported on
    version 1 is counted, flagged and named on the completeness sheet."""
    import io

    import openpyxl

    from desktop_app.services.aggregation.rollup_export import write_rollup

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox, unit_report(A, tv01=1, tv02=1, tv03=0, tv04=10, tv04_last=8))  # version 1
    b = unit_report(B, tv01=1, tv02=0, tv03=0, tv04=5, tv04_last=4)
    write(inbox, replace(b, template_version=2))
    shipped = resources.template("qd1520")
    assert shipped is not None
    office = replace(shipped, version=2)
    result = aggregate([inbox], parse_period("2025-N", "calendar"), office, PROVINCE)
    files = {f.unit_code: f for f in result.files}
    assert files[A].flags == (rules.OTHER_VERSION,) and files[B].flags == ()
    assert "version 1 of template qd1520" in files[A].notes[-1].source()
    assert result.current["TV04"] == 15  # the figures count all the same
    written = write_rollup(result, tmp_path / "out", now=datetime(2026, 1, 5, 9, 0, tzinfo=PLUS7))
    sheet = openpyxl.load_workbook(io.BytesIO(written.read_bytes()))["DayDu"]
    remarks = {
        row[1]: row[5] or "" for row in sheet.iter_rows(values_only=True) if row[1] in (A, B)
    }
    assert "Phiên bản mẫu khác" in remarks[A] and "Phiên bản mẫu khác" not in remarks[B]
