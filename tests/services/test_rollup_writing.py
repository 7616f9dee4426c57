"""Writing the consolidated workbook fast: the same cells; the garbage collector as found."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app import resources
from desktop_app.domain.periods import parse_period
from desktop_app.reports import styles
from desktop_app.reports.rollup_model import RollupReport
from desktop_app.reports.rollup_workbook import write_rollup_workbook
from desktop_app.reports.styles import (
    CODE,
    COUNT,
    TEXT,
    add_table_styles,
    put_number,
    put_text,
    set_style,
    table_cell,
)
from desktop_app.services.aggregation.aggregation import aggregate
from desktop_app.services.aggregation.rollup_export import build_rollup
from tests.services.aggregation_samples import ON_TIME, PROVINCE, three_communes

TEXTS = ("Xã Hòa Phú", "=cmd|' /C calc'!A0", "+1", "-x", "@y", "#N/A", "07627", "a\x01b", "")
NUMBERS = (0, 5, 5.0, 2.5, -1, 10**12, None, float("nan"), True)


def _sheet() -> Workbook:
    workbook = Workbook()
    add_table_styles(workbook)
    return workbook


@pytest.mark.parametrize("name", [TEXT, CODE, COUNT])
def test_a_table_cell_is_the_cell_set_style_makes(name: str) -> None:
    sheet = _sheet().active
    slow = set_style(sheet.cell(1, 1), name)  # the first of a style goes the slow way
    fast = table_cell(sheet, 2, 1, name)
    again = set_style(sheet.cell(3, 1), name)
    assert fast is sheet.cell(2, 1) and (fast.row, fast.column) == (2, 1)
    assert list(fast._style) == list(slow._style) == list(again._style)
    assert fast.style == name and fast.has_style
    assert sheet.max_row == 3


def test_a_table_cell_keeps_a_cell_already_there() -> None:
    sheet = _sheet().active
    set_style(sheet.cell(1, 1), COUNT)
    existing = sheet.cell(5, 2, value=7)
    assert table_cell(sheet, 5, 2, COUNT) is existing and existing.value == 7


def test_texts_are_written_as_setting_the_value_did() -> None:
    sheet = _sheet().active
    for row, text in enumerate(TEXTS, start=1):
        fast = put_text(sheet.cell(row, 1), text)
        slow = sheet.cell(row, 2)
        slow.value = styles.clean_text(text)
        slow.data_type = "s"
        assert (fast.value, fast.data_type) == (slow.value, "s")
        assert fast.quotePrefix == text.startswith(("=", "+", "-", "@"))


def test_numbers_are_written_as_setting_the_value_did() -> None:
    sheet = _sheet().active
    for row, value in enumerate(NUMBERS, start=1):
        fast = put_number(sheet.cell(row, 1), value)
        slow = sheet.cell(row, 2)
        number = styles.plain_number(value)
        if number is not None:
            slow.value = number
        assert (fast.value, fast.data_type) == (slow.value, slow.data_type)
        assert type(fast.value) is type(slow.value)


@pytest.fixture(scope="module")
def rollup(tmp_path_factory: pytest.TempPathFactory) -> RollupReport:
    folder: Path = tmp_path_factory.mktemp("communes")
    three_communes(folder)
    template = resources.template("qd1520")
    assert template is not None
    return build_rollup(
        aggregate([folder], parse_period("2025-N", "calendar"), template, PROVINCE), now=ON_TIME
    )


@pytest.mark.parametrize("enabled", [True, False])
def test_writing_leaves_the_garbage_collector_as_it_found_it(
    rollup: RollupReport, enabled: bool
) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert write_rollup_workbook(rollup).startswith(b"PK")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_the_garbage_collector_runs_again_when_writing_fails(rollup: RollupReport) -> None:
    naive = replace(
        rollup,
        header=replace(rollup.header, generated_at=rollup.header.generated_at.replace(tzinfo=None)),
    )
    assert gc.isenabled()
    with pytest.raises(ValueError):
        write_rollup_workbook(naive)
    assert gc.isenabled()
