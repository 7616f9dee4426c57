"""Aggregation over a folder: each file's fate, units counted once, totals and completeness."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app import resources
from desktop_app.domain.divisions import communes_of
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period
from desktop_app.services.aggregation import aggregation_rules as rules
from desktop_app.services.aggregation.aggregation import (
    Aggregation,
    AggregationCancelled,
    aggregate,
    input_files,
)
from desktop_app.services.aggregation.rollup_export import write_rollup
from tests.services.aggregation_samples import (
    LATE,
    ON_TIME,
    PROVINCE,
    A,
    B,
    C,
    three_communes,
    unit_report,
    write,
)

PERIOD = parse_period("2025-N", "calendar")


def _run(*inputs: Path, template: str = "qd1520", province: str | None = PROVINCE) -> Aggregation:
    found = resources.template(template)
    assert found is not None
    return aggregate(list(inputs), PERIOD, found, province)


def _by_name(result: Aggregation) -> dict[str, rules.FileOutcome]:
    return {f.name: f for f in result.files}


def test_each_file_accepted_flagged_or_duplicate_and_the_sums_by_hand(tmp_path: Path) -> None:
    paths = three_communes(tmp_path)
    result = _run(tmp_path)
    files = _by_name(result)
    assert files[paths["a"].name].status == rules.ACCEPTED
    assert files[paths["c"].name].status == rules.ACCEPTED
    late_and_edited = files[paths["b"].name]
    assert late_and_edited.status == rules.FLAGGED
    assert set(late_and_edited.flags) == {rules.EDITED, rules.LATE}
    older = files[paths["older_a"].name]
    assert older.status == rules.DUPLICATE
    assert paths["a"].name in older.notes[-1].source()
    assert result.province_code == PROVINCE  # qd1520 is national: the province is given
    assert result.current["TV01"] == 6
    assert result.current["TV02"] == 3
    assert result.current["TV03"] == 2
    assert result.current["TV04"] == 1900  # B's hand-edited 600 counts, not the older A
    assert result.previous["TV04"] == 1000  # 800 + 200: B gave no figure for last year
    assert result.current["TV10"] == 30.0  # (1000 + 300 - 800 - 200) / 1000, over A and C
    assert result.with_previous == 2
    assert result.units_included == tuple(sorted((A, B, C)))


def test_completeness_lists_every_commune_of_the_province(tmp_path: Path) -> None:
    three_communes(tmp_path)
    result = _run(tmp_path)
    expected = communes_of(PROVINCE)
    assert [c.code for c in result.communes] == [c.code for c in expected]
    status = {c.code: c for c in result.communes}
    assert status[A].status == rules.ON_TIME
    assert status[A].duplicates == (f"bao cao xa {A} (1).xlsx",)
    assert status[B].status == rules.LATE_RECEIVED
    assert status[C].status == rules.ON_TIME
    missing = [c for c in result.communes if c.status == rules.MISSING]
    assert len(missing) == len(expected) - 3


def test_rejections_say_why_and_a_rejected_commune_is_named(tmp_path: Path) -> None:
    write(tmp_path, unit_report(A, tv01=1, tv02=1, tv03=0, tv04=10, tv04_last=None))
    write(
        tmp_path,
        unit_report(B, tv01=1, tv02=1, tv03=0, tv04=10, tv04_last=None, period_id="2024-N"),
    )
    write(
        tmp_path,
        unit_report("00004", tv01=1, tv02=1, tv03=0, tv04=10, tv04_last=None, province="01"),
    )
    write(tmp_path, unit_report(C, tv01=1, tv02=2, tv03=0, tv04=10, tv04_last=None))  # 2 > 1
    (tmp_path / "ghi chu.csv").write_text("ngay,so\n01/01/2025,3\n", encoding="utf-8")
    (tmp_path / "renamed.xlsx").write_text("ngay,so\n", encoding="utf-8")
    late_commune = communes_of(PROVINCE)[5]
    (tmp_path / f"HTSD_66_{late_commune.code}_2025-N.xlsx").write_bytes(b"PK\x03\x04 cut")
    (tmp_path / "~$open.xlsx").write_bytes(b"lock")  # Excel's lock file: skipped
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")  # not a spreadsheet: skipped
    result = _run(tmp_path, province=PROVINCE)
    files = _by_name(result)
    assert set(files) == {
        f"HTSD_66_{A}_2025-N.xlsx",
        f"HTSD_66_{B}_2024-N.xlsx",
        "HTSD_01_00004_2025-N.xlsx",
        f"HTSD_66_{C}_2025-N.xlsx",
        "ghi chu.csv",
        "renamed.xlsx",
        f"HTSD_66_{late_commune.code}_2025-N.xlsx",
    }
    assert files[f"HTSD_66_{B}_2024-N.xlsx"].reasons == (rules.OTHER_PERIOD,)
    assert files["HTSD_01_00004_2025-N.xlsx"].reasons == (rules.OTHER_PROVINCE,)
    assert files[f"HTSD_66_{C}_2025-N.xlsx"].reasons == ("implausible",)
    assert files["ghi chu.csv"].reasons == ("not_xlsx",)
    assert files["renamed.xlsx"].reasons == ("not_xlsx",)
    for outcome in result.files:
        if outcome.status == rules.REJECTED:
            assert outcome.notes and all(note.source() for note in outcome.notes)
    status = {c.code: c for c in result.communes}
    assert status[C].status == rules.REFUSED
    assert "TV02" in (status[C].note.source() if status[C].note else "")
    assert status[B].status == rules.REFUSED  # only a file of another period came
    cut = status[late_commune.code]  # too damaged to read: its standard name tells the commune
    assert cut.status == rules.REFUSED and cut.note is not None
    assert result.current["TV04"] == 10


def test_a_unit_inside_a_rollup_and_sent_alone_is_counted_once(tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    paths = three_communes(first)
    rollup = write_rollup(_run(first), tmp_path / "rollup.xlsx", now=ON_TIME)
    again = tmp_path / "second"
    again.mkdir()
    extra = communes_of(PROVINCE)[3].code
    write(again, unit_report(extra, tv01=1, tv02=1, tv03=1, tv04=100, tv04_last=50))
    alone = paths["a"].read_bytes()
    (again / "A sent again.xlsx").write_bytes(alone)
    result = _run(rollup, again)
    files = _by_name(result)
    assert files["rollup.xlsx"].status == rules.ACCEPTED  # made today, before 15/12
    assert files["rollup.xlsx"].kind == "rollup"
    # A's own file and its copy inside the rollup are the same evidence: its own file counts
    assert files["A sent again.xlsx"].status == rules.ACCEPTED
    assert files["rollup.xlsx"].units == tuple(sorted((B, C)))
    assert result.current["TV04"] == 1900 + 100
    assert result.current["TV01"] == 6 + 1
    # growth over the units that gave both years: A (1000/800), C (300/200), the new (100/50)
    assert result.current["TV10"] == 33.3  # (1400 - 1050) / 1050
    assert result.units_included == tuple(sorted((A, B, C, extra)))
    status = {c.code: c for c in result.communes}
    assert not status[A].via_rollup and status[A].duplicates == ("rollup.xlsx",)
    assert status[B].via_rollup and status[extra].status == rules.ON_TIME


def test_the_newest_copy_wins_whatever_the_file_names(tmp_path: Path) -> None:
    early = unit_report(A, tv01=1, tv02=0, tv03=0, tv04=10, tv04_last=None)
    late = unit_report(A, tv01=1, tv02=0, tv03=0, tv04=20, tv04_last=None, generated_at=LATE)
    write(tmp_path, late, "a.xlsx")
    write(tmp_path, early, "b.xlsx")
    result = _run(tmp_path)
    assert _by_name(result)["b.xlsx"].status == rules.DUPLICATE
    assert result.current["TV04"] == 20


def test_a_template_of_another_plan_is_flagged_not_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        unit_report(A, tv01=1, tv02=1, tv03=0, tv04=10, tv04_last=None, template_id="phu-yen-2023"),
    )
    (outcome,) = _run(tmp_path).files
    assert outcome.status == rules.FLAGGED
    assert outcome.flags == (rules.OTHER_TEMPLATE,)


def test_the_template_names_the_province(tmp_path: Path) -> None:
    write(tmp_path, unit_report(A, tv01=1, tv02=1, tv03=0, tv04=10, tv04_last=None))
    result = _run(tmp_path, template="bac-giang-74-2023", province=None)
    assert result.province_code == "24"
    assert result.files[0].reasons == (rules.OTHER_PROVINCE,)
    assert not result.usable


def test_missing_and_unreadable_inputs_are_reported(tmp_path: Path) -> None:
    result = _run(tmp_path / "nowhere.xlsx")
    (outcome,) = result.files
    assert outcome.reasons == (rules.UNREADABLE,)
    assert not result.usable
    with pytest.raises(UserError):
        _run(tmp_path, province="99")


def test_input_files_walks_subfolders_once(tmp_path: Path) -> None:
    (tmp_path / "huyen" / "xa").mkdir(parents=True)
    (tmp_path / "huyen" / "xa" / "b.XLSX").write_bytes(b"x")
    (tmp_path / "a.xlsx").write_bytes(b"x")
    (tmp_path / ".hidden.xlsx").write_bytes(b"x")
    found = input_files([tmp_path, tmp_path / "a.xlsx"])
    assert [p.name for p in found] == ["a.xlsx", "b.XLSX"]


def test_progress_and_cancel(tmp_path: Path) -> None:
    three_communes(tmp_path)
    seen: list[tuple[int, int]] = []
    found = resources.template("qd1520")
    assert found is not None
    aggregate([tmp_path], PERIOD, found, PROVINCE, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    with pytest.raises(AggregationCancelled):
        aggregate(
            [tmp_path],
            PERIOD,
            found,
            PROVINCE,
            progress=lambda d, t: seen.append((d, t)),
            is_cancelled=lambda: len(seen) >= 6,
        )
    assert len(seen) == 6


def test_a_new_library_with_nothing_last_year_still_counts_in_growth(tmp_path: Path) -> None:
    write(tmp_path, unit_report(A, tv01=1, tv02=0, tv03=0, tv04=1000, tv04_last=800))
    write(tmp_path, unit_report(B, tv01=1, tv02=0, tv03=0, tv04=500, tv04_last=0))
    result = _run(tmp_path)
    assert result.previous["TV04"] == 800
    assert result.current["TV10"] == 87.5  # (1500 - 800) / 800, not A's 25.0 alone


def test_two_overlapping_rollups_count_each_unit_once(tmp_path: Path) -> None:
    (tmp_path / "all").mkdir()
    (tmp_path / "two").mkdir()
    for folder, codes in ((tmp_path / "all", (A, B, C)), (tmp_path / "two", (A, B))):
        for code in codes:
            write(folder, unit_report(code, tv01=1, tv02=0, tv03=0, tv04=100, tv04_last=None))
    wide = write_rollup(_run(tmp_path / "all"), tmp_path / "wide.xlsx", now=ON_TIME)
    narrow = write_rollup(_run(tmp_path / "two"), tmp_path / "narrow.xlsx", now=LATE)  # newer
    result = _run(wide, narrow)
    assert result.current["TV04"] == 300
    assert sorted(unit for f in result.counted for unit in f.units) == sorted((A, B, C))
    assert {c.code: c.status for c in result.communes}[C] == rules.ON_TIME


def test_partly_overlapping_rollups_give_every_unit_once(tmp_path: Path) -> None:
    (tmp_path / "ab").mkdir()
    (tmp_path / "bc").mkdir()
    for folder, codes in ((tmp_path / "ab", (A, B)), (tmp_path / "bc", (B, C))):
        for code in codes:
            write(folder, unit_report(code, tv01=1, tv02=0, tv03=0, tv04=100, tv04_last=None))
    first = write_rollup(_run(tmp_path / "ab"), tmp_path / "ab.xlsx", now=LATE)
    second = write_rollup(_run(tmp_path / "bc"), tmp_path / "bc.xlsx", now=ON_TIME)
    result = _run(first, second)
    assert result.current["TV04"] == 300  # A, B and C once each: units, not files, count
    status = {c.code: c for c in result.communes}
    assert status[C].status == rules.ON_TIME and status[C].file_name == "bc.xlsx"
    assert status[A].file_name == "ab.xlsx" and status[B].via_rollup


def test_a_quarter_is_late_against_its_own_deadline(tmp_path: Path) -> None:
    """Calendar Q4 2025 ends 31/12: due 15 days later, 15/01/2026 (domain.md §3)."""
    quarter = parse_period("2025-Q4", "calendar")
    report = unit_report(A, tv01=1, tv02=0, tv03=0, tv04=10, tv04_last=None, generated_at=LATE)
    write(
        tmp_path,
        replace(
            report,
            period_id="2025-Q4",
            period_label="Quý IV năm 2025",
            period_start=quarter.start,
            period_end=quarter.end,
        ),
    )
    found = resources.template("qd1520")
    assert found is not None
    result = aggregate([tmp_path], quarter, found, PROVINCE)
    assert str(result.deadline) == "2026-01-15"
    assert result.files[0].flags == (rules.LATE,)  # made 20/01/2026


def test_a_museum_form_reaches_the_rollup_even_with_only_exhibitions(tmp_path: Path) -> None:
    from desktop_app.reports.model import FormSheet, IndicatorLine
    from desktop_app.reports.reader import read_report

    report = unit_report(A, tv01=1, tv02=0, tv03=0, tv04=10, tv04_last=None)
    museum = FormSheet(
        "04",
        "Bieu04",
        "Biểu số 04/HTSĐ",
        "BẢO TÀNG",
        tuple(  # all of Biểu 04, as a genuine export writes it: only exhibitions given
            IndicatorLine(code, code, "", None, 3 if code == "BT04" else None)
            for code in ("BT01", "BT01a", "BT02", "BT03", "BT04", "BT05")
        ),
    )
    (tmp_path / "in").mkdir()
    write(tmp_path / "in", replace(report, forms=(*report.forms, museum)))
    rollup = write_rollup(_run(tmp_path / "in"), tmp_path / "out.xlsx", now=ON_TIME)
    again = read_report(rollup.read_bytes(), rollup.name)
    assert again.ok and again.values["BT04"] == 3 and again.addresses["BT04"][0] == "Bieu04"
