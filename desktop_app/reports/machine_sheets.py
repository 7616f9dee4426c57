"""Writing the machine contract into a workbook: ``_meta``, ``_data`` and the ``HTSD_`` names.

The contract itself (sheet names, keys, the checksum) is in ``contract.py``,
which the reader uses without openpyxl; this half is the writers'.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook

from desktop_app.reports.contract import (
    CELL_PATTERN,
    DATA_HEADER,
    DATA_SHEET,
    META_HEADER,
    META_KEYS,
    META_SHEET,
    NAME_PREFIX,
    PREVIOUS_SUFFIX,
    UNITS_HEADER,
    UNITS_SHEET,
    DataRow,
    canonical_value,
    check_code,
    values_sha256,
)
from desktop_app.reports.rollup_model import UnitFigures
from desktop_app.reports.styles import put_text


def write_machine_sheets(
    workbook: Workbook, meta: Mapping[str, str], rows: Iterable[DataRow]
) -> str:
    """Add the hidden ``_meta`` and ``_data`` sheets and the ``HTSD_<code>`` names.

    ``meta`` gives every key of :data:`META_KEYS` except ``values_sha256``,
    which is worked out here from ``rows`` and returned; any further keys follow the
    contract's, in their order.

    Raises:
        ValueError: a missing meta key, a bad or repeated code, a bad cell address.
    """
    rows = list(rows)
    missing = [k for k in META_KEYS if k != "values_sha256" and k not in meta]
    if missing:
        raise ValueError(f"meta keys missing: {', '.join(missing)}")
    seen: set[str] = set()
    for row in rows:
        check_code(row.code)
        if row.code in seen:
            raise ValueError(f"indicator {row.code} appears twice")
        if not CELL_PATTERN.match(row.cell):
            raise ValueError(f"bad cell address {row.cell!r} for {row.code}")
        seen.add(row.code)
    if META_SHEET in workbook.sheetnames or DATA_SHEET in workbook.sheetnames:
        raise ValueError("the workbook has its machine sheets already")
    digest = values_sha256((row.code, row.value) for row in rows)

    meta_sheet = workbook.create_sheet(META_SHEET)
    meta_sheet.sheet_state = "hidden"
    meta_sheet.append(list(META_HEADER))
    for number, key in enumerate(META_KEYS, start=2):
        put_text(meta_sheet.cell(number, 1), key, as_code=True)
        value = digest if key == "values_sha256" else str(meta[key])
        put_text(meta_sheet.cell(number, 2), value, as_code=True)
    extra = [key for key in meta if key not in META_KEYS]  # e.g. data_until, after the contract's
    for number, key in enumerate(extra, start=len(META_KEYS) + 2):
        put_text(meta_sheet.cell(number, 1), key, as_code=True)
        put_text(meta_sheet.cell(number, 2), str(meta[key]), as_code=True)
    meta_sheet.column_dimensions["A"].width = 20
    meta_sheet.column_dimensions["B"].width = 70

    data_sheet = workbook.create_sheet(DATA_SHEET)
    data_sheet.sheet_state = "hidden"
    data_sheet.append(list(DATA_HEADER))
    for number, row in enumerate(rows, start=2):
        put_text(data_sheet.cell(number, 1), row.code, as_code=True)
        value = canonical_value(row.value)
        if value is not None:
            data_sheet.cell(number, 2).value = value
        previous = canonical_value(
            row.previous if row.previous is not None else _left_of(workbook, row)
        )
        if previous is not None:
            data_sheet.cell(number, 3).value = previous
        put_text(data_sheet.cell(number, 4), row.sheet, as_code=True)
        put_text(data_sheet.cell(number, 5), row.cell, as_code=True)
        if row.sheet and row.cell:
            add_cell_name(workbook, NAME_PREFIX + row.code, row.sheet, row.cell)
    return digest


def _left_of(workbook: Workbook, row: DataRow) -> float | None:
    """The number in the cell left of ``row``'s visible cell (column 1 of the form), if any."""
    if row.sheet not in workbook.sheetnames:
        return None
    match = CELL_PATTERN.match(row.cell)
    if match is None:
        return None
    sheet = workbook[row.sheet]
    cell = sheet[row.cell]
    if cell.column < 2:
        return None
    value = sheet.cell(cell.row, cell.column - 1).value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def write_units_sheet(
    workbook: Workbook, units: Sequence[UnitFigures], codes: Sequence[str]
) -> None:
    """Add the hidden ``_units`` sheet of a rollup: one row per unit, ``codes`` in order."""
    sheet = workbook.create_sheet(UNITS_SHEET)
    sheet.sheet_state = "hidden"
    header = [*UNITS_HEADER]
    for code in codes:
        header += [check_code(code), code + PREVIOUS_SUFFIX]
    sheet.append(header)
    for number, unit in enumerate(units, start=2):
        row: list[object] = [None] * len(UNITS_HEADER)
        for code in codes:  # numbers only: appended as they are, never read as a formula
            row += [
                canonical_value(unit.values.get(code)),
                canonical_value(unit.previous.get(code)),
            ]
        sheet.append(row)
        put_text(sheet.cell(number, 1), unit.code, as_code=True)
        put_text(sheet.cell(number, 2), unit.name)
        for column, stamp in ((3, unit.generated_at), (4, unit.last_saved)):
            if stamp is not None:
                put_text(sheet.cell(number, column), stamp.isoformat(), as_code=True)
        put_text(sheet.cell(number, 5), ",".join(unit.flags), as_code=True)


def add_cell_name(workbook: Workbook, name: str, sheet: str, cell: str) -> None:
    """A workbook-level defined name pointing at one cell (absolute reference)."""
    match = CELL_PATTERN.match(cell)
    if match is None:
        raise ValueError(f"bad cell address {cell!r}")
    quoted = "'" + sheet.replace("'", "''") + "'"
    reference = f"{quoted}!${match.group(1)}${match.group(2)}"
    workbook.defined_names[name] = DefinedName(name, attr_text=reference)
