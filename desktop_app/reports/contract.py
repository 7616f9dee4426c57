"""The machine contract of a report workbook (domain.md §6), shared by writers and the reader.

Two hidden sheets let any office aggregate without retyping:

- ``_meta``: a header row ``key | value``, then one row per key of :data:`META_KEYS`,
  every value written as text;
- ``_data``: a header row ``code | value | sheet | cell``, then one row per
  indicator: its code (text), its value (a number, or empty), and the sheet and
  cell (``"Bieu01"``, ``"E12"``) of the visible cell that shows it.

``values_sha256`` in ``_meta`` is :func:`values_sha256` of the ``(code, value)``
pairs of ``_data``; the reader recomputes it with the same function.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook

from desktop_app.reports.styles import put_text

META_SHEET = "_meta"
DATA_SHEET = "_data"
META_HEADER = ("key", "value")
DATA_HEADER = ("code", "value", "sheet", "cell")
NAME_PREFIX = "HTSD_"
META_KEYS = (
    "format",
    "format_version",
    "kind",
    "template_id",
    "province_code",
    "unit_code",
    "unit_name",
    "period_id",
    "period_convention",
    "period_start",
    "period_end",
    "generated_at",
    "app_version",
    "units_included",
    "values_sha256",
)
CODE_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,30}$")
CELL_PATTERN = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,6})$")


@dataclass(frozen=True)
class DataRow:
    """One row of ``_data``: an indicator, its value and where the visible sheet shows it."""

    code: str
    value: float | None
    sheet: str
    cell: str


def canonical_value(value: float | None) -> int | float | None:
    """The value as the checksum sees it: whole numbers as ints, others as floats.

    A value read back from a cell may come as ``5.0`` where ``5`` was written;
    both give the same checksum. NaN and infinities are not values (``None``).
    """
    if value is None or isinstance(value, bool):
        return None
    number = float(value)
    if not math.isfinite(number):
        return None
    if number.is_integer():
        return int(number)
    return number


def values_sha256(pairs: Iterable[tuple[str, float | None]]) -> str:
    """SHA-256 (hex) of the ``(code, value)`` pairs, sorted by code, as compact JSON.

    The text hashed is ``[["TV01",3],["TV04",1234],["TV10",13.5],["TV11",null]]``
    (UTF-8, codes sorted, whole numbers without a decimal point, other numbers
    in Python's shortest round-trip form).
    """
    rows = sorted((str(code), canonical_value(value)) for code, value in pairs)
    text = json.dumps(rows, separators=(",", ":"), ensure_ascii=True, allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_code(code: str) -> str:
    """``code`` if it can name a cell (``HTSD_<code>``); a bug in the caller otherwise.

    Raises:
        ValueError: a code with spaces, punctuation or a leading digit.
    """
    if not CODE_PATTERN.match(code):
        raise ValueError(f"indicator code {code!r} cannot be a workbook name")
    return code


def write_machine_sheets(
    workbook: Workbook, meta: Mapping[str, str], rows: Iterable[DataRow]
) -> str:
    """Add the hidden ``_meta`` and ``_data`` sheets and the ``HTSD_<code>`` names.

    ``meta`` gives every key of :data:`META_KEYS` except ``values_sha256``,
    which is worked out here from ``rows`` and returned.

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
        put_text(data_sheet.cell(number, 3), row.sheet, as_code=True)
        put_text(data_sheet.cell(number, 4), row.cell, as_code=True)
        if row.sheet and row.cell:
            add_cell_name(workbook, NAME_PREFIX + row.code, row.sheet, row.cell)
    return digest


def add_cell_name(workbook: Workbook, name: str, sheet: str, cell: str) -> None:
    """A workbook-level defined name pointing at one cell (absolute reference)."""
    match = CELL_PATTERN.match(cell)
    if match is None:
        raise ValueError(f"bad cell address {cell!r}")
    quoted = "'" + sheet.replace("'", "''") + "'"
    reference = f"{quoted}!${match.group(1)}${match.group(2)}"
    workbook.defined_names[name] = DefinedName(name, attr_text=reference)
