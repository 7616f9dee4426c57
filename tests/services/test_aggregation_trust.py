"""Issue 14: totals the office can sign. Files crafted to lie are refused, flagged or counted
right; each unit is counted once from its newest evidence, whatever file it came in."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from desktop_app import resources
from desktop_app.domain.periods import parse_period
from desktop_app.services.aggregation import aggregation_rules as rules
from desktop_app.services.aggregation.aggregation import Aggregation, aggregate
from desktop_app.services.aggregation.rollup_export import write_rollup
from tests.services.aggregation_samples import ON_TIME, A, B, C, named_cell, unit_report, write

PERIOD = parse_period("2025-N", "calendar")


def _run(*inputs: Path, province: str | None = "66") -> Aggregation:
    found = resources.template("qd1520")
    assert found is not None
    return aggregate(list(inputs), PERIOD, found, province)


def _edit(path: Path, change) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    change(workbook)
    out = io.BytesIO()
    workbook.save(out)
    path.write_bytes(out.getvalue())


def test_a_data_sheet_holding_one_indicator_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800))

    def keep_tv04_only(workbook) -> None:
        data = workbook["_data"]
        rows = [row for row in data.iter_rows(min_row=2, values_only=True) if row[0] != "TV04"]
        for name in list(workbook.defined_names):
            if name != "HTSD_TV04":
                del workbook.defined_names[name]
        data.delete_rows(2, len(rows) + 1)
        data.append(["TV04", 1000, 800, *named_cell(path, "TV04")])

    _edit(path, keep_tv04_only)
    (outcome,) = _run(tmp_path).files
    assert outcome.status == rules.REJECTED and outcome.reasons == ("damaged",)
    assert "TV01" in outcome.notes[0].source() and "qd1520" in outcome.notes[0].source()


def test_a_file_without_the_names_counts_flagged(tmp_path: Path) -> None:
    path = write(tmp_path, unit_report(B, tv01=2, tv02=0, tv03=1, tv04=500, tv04_last=None))

    def unname(workbook) -> None:
        for name in list(workbook.defined_names):
            del workbook.defined_names[name]

    _edit(path, unname)
    result = _run(tmp_path)
    (outcome,) = result.files
    assert outcome.status == rules.FLAGGED and outcome.flags == (rules.NO_NAMES,)
    assert result.current["TV04"] == 500


# ---- consolidated files: bags of units, checked


def _rollup_of(folder: Path, out: Path) -> Path:
    return write_rollup(_run(folder), out, now=ON_TIME)


def _two_communes(folder: Path) -> None:
    folder.mkdir()
    write(folder, unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800))
    write(folder, unit_report(B, tv01=2, tv02=0, tv03=1, tv04=500, tv04_last=400))


def test_a_commune_file_posing_as_a_consolidated_one_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800))

    def pose(workbook) -> None:
        meta = workbook["_meta"]
        for row in meta.iter_rows(min_row=2):
            if row[0].value == "kind":
                row[1].value = "rollup"
            if row[0].value == "units_included":
                row[1].value = ",".join((A, B, C))

    _edit(path, pose)
    for other in (B, C):
        write(tmp_path, unit_report(other, tv01=1, tv02=0, tv03=0, tv04=100, tv04_last=None))
    result = _run(tmp_path)
    posing = next(f for f in result.files if f.kind == "rollup")
    assert posing.status == rules.REJECTED and posing.reasons == (rules.UNTRUSTED,)
    assert A in posing.notes[0].source()
    assert result.current["TV04"] == 200  # B and C, each from its own file
    status = {c.code: c.status for c in result.communes}
    assert status[A] == rules.REFUSED and status[B] == status[C] == rules.ON_TIME


def _units_cell(workbook, unit: str, column: str):
    sheet = workbook["_units"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == unit:
            return row[header.index(column)]
    raise AssertionError(unit)


def test_units_beyond_any_commune_are_refused_whatever_file_they_came_in(tmp_path: Path) -> None:
    _two_communes(tmp_path / "in")
    rollup = _rollup_of(tmp_path / "in", tmp_path / "big.xlsx")

    sheet, cell = named_cell(rollup, "TV04")

    def enormous(workbook) -> None:  # the unit and the total both, so that they add up
        _units_cell(workbook, A, "TV04").value = 10**15
        workbook[sheet][cell].value = 10**15 + 500

    _edit(rollup, enormous)
    (outcome,) = _run(rollup).files
    assert outcome.status == rules.REJECTED and outcome.reasons == (rules.UNTRUSTED,)
    assert A in outcome.notes[0].source() and "TV04" in outcome.notes[0].source()


def test_units_that_do_not_add_up_to_the_totals_are_refused(tmp_path: Path) -> None:
    _two_communes(tmp_path / "in")
    rollup = _rollup_of(tmp_path / "in", tmp_path / "sum.xlsx")
    _edit(rollup, lambda wb: setattr(_units_cell(wb, B, "TV04"), "value", 499))
    (outcome,) = _run(rollup).files
    assert outcome.status == rules.REJECTED and outcome.reasons == (rules.UNTRUSTED,)
    detail = outcome.notes[0].source()
    assert "TV04" in detail and "1500" in detail and "1499" in detail


def test_the_offices_earlier_output_changes_nothing_a_later_correction_counts(
    tmp_path: Path,
) -> None:
    _two_communes(tmp_path / "in")
    earlier = _rollup_of(tmp_path / "in", tmp_path / "in" / "HTSD_66_TONGHOP_2025-N.xlsx")
    corrected = unit_report(
        B, tv01=2, tv02=0, tv03=1, tv04=650, tv04_last=400, generated_at=ON_TIME + timedelta(days=1)
    )
    write(tmp_path / "in", corrected, "B sửa lại.xlsx")
    result = _run(tmp_path / "in")
    files = {f.name: f for f in result.files}
    assert result.current["TV04"] == 1000 + 650
    assert files["B sửa lại.xlsx"].status == rules.ACCEPTED
    assert files[earlier.name].status == rules.DUPLICATE  # A and B both counted from elsewhere
    assert result.current["TV10"] == round((1650 - 1200) / 1200 * 100, 1)


def test_a_version_1_consolidated_file_counts_whole_and_is_flagged_old(tmp_path: Path) -> None:
    _two_communes(tmp_path / "in")
    rollup = _rollup_of(tmp_path / "in", tmp_path / "old.xlsx")

    def version_1(workbook) -> None:
        workbook.remove(workbook["_units"])
        for row in workbook["_meta"].iter_rows(min_row=2):
            if row[0].value == "format_version":
                row[1].value = "1"

    _edit(rollup, version_1)
    (tmp_path / "more").mkdir()
    write(tmp_path / "more", unit_report(C, tv01=1, tv02=0, tv03=0, tv04=100, tv04_last=50))
    result = _run(rollup, tmp_path / "more")
    old = next(f for f in result.files if f.kind == "rollup")
    assert old.status == rules.FLAGGED and rules.OLD_ROLLUP in old.flags
    assert old.units == tuple(sorted((A, B)))
    assert result.current["TV04"] == 1600 and result.units_included == tuple(sorted((A, B, C)))


def test_a_report_made_in_the_future_is_refused_and_never_wins(tmp_path: Path) -> None:
    genuine = unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800)
    forged = unit_report(
        A,
        tv01=3,
        tv02=2,
        tv03=1,
        tv04=99_000,
        tv04_last=800,
        generated_at=datetime(2099, 1, 1, tzinfo=UTC),
    )
    write(tmp_path, genuine)
    write(tmp_path, forged, "2099.xlsx")
    result = _run(tmp_path)
    files = {f.name: f for f in result.files}
    assert files["2099.xlsx"].status == rules.REJECTED
    assert files["2099.xlsx"].reasons == (rules.FUTURE,)
    assert result.current["TV04"] == 1000


def test_a_unit_not_of_the_province_or_the_templates_scope_is_refused(tmp_path: Path) -> None:
    write(tmp_path, unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800))
    write(tmp_path, unit_report("99999", tv01=1, tv02=0, tv03=0, tv04=10, tv04_last=None))
    write(tmp_path, unit_report(B, tv01=1, tv02=0, tv03=0, tv04=10, tv04_last=None))
    result = _run(tmp_path)
    outside = next(f for f in result.files if f.unit_code == "99999")
    assert outside.status == rules.REJECTED and outside.reasons == (rules.OUTSIDE,)
    assert result.current["TV04"] == 1010
    template = resources.template("qd1520")
    assert template is not None
    scoped = replace(template, scope_communes=frozenset({A}))
    narrow = aggregate([tmp_path], PERIOD, scoped, "66")
    by_code = {f.unit_code: f for f in narrow.files}
    assert by_code[B].reasons == (rules.OUTSIDE,) and "qd1520" in by_code[B].notes[0].source()
    assert narrow.current["TV04"] == 1000
    assert [c.code for c in narrow.communes] == [A]  # only the scope is expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_xlsx_is_skipped_without_hanging(tmp_path: Path) -> None:
    write(tmp_path, unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800))
    os.mkfifo(tmp_path / "HTSD_66_00000_2025-N.xlsx")
    result = _run(tmp_path)
    assert [f.unit_code for f in result.files] == [A]
    (named,) = _run(tmp_path / "HTSD_66_00000_2025-N.xlsx").files  # named on its own: said
    assert named.reasons == (rules.UNREADABLE,) and "pipe" in named.notes[0].source()


def test_a_report_counting_days_up_to_before_the_period_end_is_partial(tmp_path: Path) -> None:
    early = replace(
        unit_report(A, tv01=3, tv02=2, tv03=1, tv04=900, tv04_last=800),
        data_until=date(2025, 11, 25),
    )
    write(tmp_path, early)
    write(tmp_path, unit_report(B, tv01=1, tv02=0, tv03=0, tv04=10, tv04_last=None))
    result = _run(tmp_path)
    status = {c.code: c for c in result.communes}
    assert status[A].partial and not status[B].partial
    rollup = write_rollup(result, tmp_path / "out", now=ON_TIME)
    workbook = openpyxl.load_workbook(io.BytesIO(rollup.read_bytes()))
    texts = [str(c) for row in workbook["TomTat"].iter_rows(values_only=True) for c in row if c]
    assert any("trước khi hết kỳ (số liệu chưa đủ kỳ): 1." in text for text in texts)
    rows = {row[1]: row for row in workbook["DayDu"].iter_rows(values_only=True)}
    assert "Báo cáo lập trước khi hết kỳ" in rows[A][5]
