"""Issue 14: totals the office can sign. Files crafted to lie are refused, flagged or counted
right; each unit is counted once from its newest evidence, whatever file it came in."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

from desktop_app import resources
from desktop_app.domain.periods import parse_period
from desktop_app.services import aggregation_rules as rules
from desktop_app.services.aggregation import Aggregation, aggregate
from tests.services.aggregation_samples import A, B, unit_report, write

PERIOD = parse_period("2026-N", "calendar")


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
        data.append(["TV04", 1000, 800, "Bieu01", "E15"])

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
