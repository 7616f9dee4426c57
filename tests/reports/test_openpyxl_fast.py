"""openpyxl's private API, used in one module: fails loudly, naming what changed."""

from __future__ import annotations

import gc
import io
import re
import tomllib
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports import openpyxl_fast
from desktop_app.reports.styles import COUNT, TEXT, add_table_styles

ROOT = Path(__file__).resolve().parents[2]


def _slots(kind: type) -> set[str]:
    return {name for klass in kind.__mro__ for name in getattr(klass, "__slots__", ())}


@pytest.mark.parametrize("name", openpyxl_fast.CELL_SLOTS)
def test_the_cell_still_keeps_what_openpyxl_fast_writes(name: str) -> None:
    assert name in _slots(Cell), (
        f"openpyxl {openpyxl.__version__}: Cell has no slot {name!r} any more; "
        "desktop_app/reports/openpyxl_fast.py writes it"
    )


def test_the_cell_keeps_its_style_array_and_value_there() -> None:
    cell = openpyxl.Workbook().active.cell(1, 1)
    cell.number_format = "0.0"
    cell.value = 7
    assert isinstance(cell._style, StyleArray), (
        f"openpyxl {openpyxl.__version__}: Cell._style is {type(cell._style).__name__}, "
        "not a StyleArray"
    )
    assert cell._value == 7, f"openpyxl {openpyxl.__version__}: Cell._value is not the value"


@pytest.mark.parametrize("name", openpyxl_fast.SHEET_ATTRIBUTES)
def test_the_sheet_still_has_what_openpyxl_fast_uses(name: str) -> None:
    sheet = openpyxl.Workbook().active
    assert isinstance(sheet, Worksheet)
    assert hasattr(sheet, name), (
        f"openpyxl {openpyxl.__version__}: Worksheet has no {name!r} any more; "
        "desktop_app/reports/openpyxl_fast.py uses it"
    )


def test_the_sheet_keeps_its_cells_by_row_and_column() -> None:
    sheet = openpyxl.Workbook().active
    made = sheet.cell(3, 2)
    assert sheet._cells == {(3, 2): made}, (
        f"openpyxl {openpyxl.__version__}: Worksheet._cells is no longer "
        "a {(row, column): Cell} dictionary"
    )


def test_the_installed_openpyxl_is_the_one_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pin = next(d for d in project["project"]["dependencies"] if d.startswith("openpyxl"))
    floor, ceiling = re.fullmatch(r"openpyxl>=([\d.]+),<([\d.]+)", pin).groups()  # type: ignore[union-attr]

    def version(text: str) -> tuple[int, ...]:
        return tuple(int(part) for part in text.split(".")[:3])

    installed = version(openpyxl.__version__)
    assert version(floor) <= installed < version(ceiling), (
        f"openpyxl {openpyxl.__version__} is outside {pin}: check openpyxl_fast.py against it"
    )


def _parts(build) -> dict[str, bytes]:
    workbook = openpyxl.Workbook()
    add_table_styles(workbook)
    build(workbook.active)
    out = io.BytesIO()
    workbook.save(out)
    with zipfile.ZipFile(out) as archive:
        return {  # docProps/core.xml holds the time it was made
            name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"
        }


def _public(sheet: Worksheet) -> None:
    first = sheet.cell(1, 1)
    first.style = TEXT
    first.value = "Thư viện xã"
    second = sheet.cell(2, 3)
    second.style = COUNT
    second.value = 1250
    third = sheet.cell(4, 1)
    third.style = TEXT
    third.value = 2.5
    sheet.cell(5, 5).value = date(2026, 1, 1)


def _fast(sheet: Worksheet) -> None:
    first = sheet.cell(1, 1)
    first.style = TEXT
    openpyxl_fast.store_text(first, "Thư viện xã")
    looked_up = sheet.cell(2, 3)
    looked_up.style = COUNT
    count = openpyxl_fast.style_array(looked_up)
    del sheet._cells[(2, 3)]  # made again below, the fast way
    assert not openpyxl_fast.has_cell(sheet, 2, 3)
    second = openpyxl_fast.new_cell(sheet, 2, 3, count)
    assert openpyxl_fast.has_cell(sheet, 2, 3)
    openpyxl_fast.store_number(second, 1250)
    third = sheet.cell(4, 1)
    openpyxl_fast.give_style_array(third, openpyxl_fast.style_array(first))
    openpyxl_fast.store_number(third, 2.5)
    sheet.cell(5, 5).value = date(2026, 1, 1)


def test_the_fast_way_writes_the_same_workbook_as_the_public_one() -> None:
    public, fast = _parts(_public), _parts(_fast)
    assert fast == public
    sheet = public["xl/worksheets/sheet1.xml"].decode()
    assert '<c r="A1" s="1" t="inlineStr"><is><t>Th&#432; vi&#7879;n x&#227;</t></is></c>' in sheet
    assert re.search(r'<c r="C2"[^>]*><v>1250</v>', sheet)


def test_release_cells_empties_every_sheet() -> None:
    workbook = openpyxl.Workbook()
    workbook.active.cell(1, 1).value = 1
    workbook.create_sheet("B").cell(2, 2).value = 2
    openpyxl_fast.release_cells(workbook)
    assert [len(sheet._cells) for sheet in workbook.worksheets] == [0, 0]


def test_the_collector_is_paused_and_resumed() -> None:
    assert gc.isenabled()
    with openpyxl_fast.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with openpyxl_fast.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_no_other_module_uses_openpyxl_internals() -> None:
    internals = re.compile(r"\.(_cells|_add_cell|_style|_value)\b|\bgc\.disable\(")
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "desktop_app").rglob("*.py"))
        if path.name != "openpyxl_fast.py" and "ui" not in path.relative_to(ROOT).parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if internals.search(line)
    ]
    assert found == []
