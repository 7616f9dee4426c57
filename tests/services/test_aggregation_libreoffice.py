"""Copies saved again by a person in LibreOffice Calc (headless), in an aggregation."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from desktop_app import resources
from desktop_app.domain.periods import parse_period
from desktop_app.services.aggregation import aggregation_rules as rules
from desktop_app.services.aggregation.aggregation import Aggregation, aggregate
from tests.reports.libreoffice import Calc, needs_soffice
from tests.services.aggregation_samples import A, named_cell, unit_report, write

pytestmark = needs_soffice
PERIOD = parse_period("2025-N", "calendar")


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory) -> Calc:
    return Calc(tmp_path_factory.mktemp("libreoffice"))


def _run(*inputs: Path) -> Aggregation:
    template = resources.template("qd1520")
    assert template is not None
    return aggregate(list(inputs), PERIOD, template, "66")


def _saved_on(data: bytes, stamp: str) -> bytes:
    """The workbook with its last-saved time (docProps/core.xml) set to ``stamp``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "docProps/core.xml":
                part = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), part)
            target.writestr(info, part)
    return out.getvalue()


def test_a_hand_corrected_copy_wins_over_the_original_whatever_the_names(
    calc: Calc, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # the original, written by the program on 10/12 ("z..." sorts after the copy's name)
    original = write(tmp_path, unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800))
    (inbox / "z original.xlsx").write_bytes(
        _saved_on(original.read_bytes(), "2025-12-10T02:00:00Z")
    )
    # a person corrects TV04 in Calc and sends it again: same generated_at, saved later
    sheet, cell = named_cell(original, "TV04")
    calc.edit(inbox / "z original.xlsx", inbox / "a corrected.xlsx", "set_value", sheet, cell, 1200)
    result = _run(inbox)
    files = {f.name: f for f in result.files}
    assert files["a corrected.xlsx"].status == rules.FLAGGED
    assert files["a corrected.xlsx"].flags == (rules.EDITED,)
    assert files["z original.xlsx"].status == rules.DUPLICATE
    assert "a corrected.xlsx" in files["z original.xlsx"].notes[-1].source()
    assert result.current["TV04"] == 1200


@pytest.mark.parametrize("file_format", ["xls", "ods"])
def test_a_copy_saved_as_xls_or_ods_counts_flagged(
    calc: Calc, tmp_path: Path, file_format: str
) -> None:
    original = write(tmp_path, unit_report(A, tv01=3, tv02=2, tv03=1, tv04=1000, tv04_last=800))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    calc.edit(original, inbox / f"{original.stem}.{file_format}", file_format=file_format)
    result = _run(inbox)
    (outcome,) = result.files
    assert outcome.status == rules.FLAGGED and outcome.flags == (rules.OTHER_FORMAT,)
    assert result.current["TV04"] == 1000 and result.previous["TV04"] == 800
