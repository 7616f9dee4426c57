"""The machine contract of a report workbook (domain.md §6), shared by writers and the reader.

Two hidden sheets let any office aggregate without retyping:

- ``_meta``: a header row ``key | value``, then one row per key of :data:`META_KEYS`,
  every value written as text;
- ``_data``: a header row ``code | value | previous | sheet | cell``, then one row
  per indicator: its code (text), its value and last year's (column 1 of the
  form; numbers, or empty), and the sheet and cell (``"Bieu01"``, ``"E12"``) the
  visible cell had when the file was written (format version 1 has no
  ``previous``). The reader finds the visible cells by their ``HTSD_<code>``
  names; ``_data`` is the reference that tells a cell edited by hand;
- ``_units`` (rollups, version 2 on): one row per unit counted, with its code,
  name, ``generated_at``, the last-saved time of its file, flags (edited, late,
  partial), and every indicator's value and last year's.

``values_sha256`` in ``_meta`` is :func:`values_sha256` of the ``(code, value)``
pairs of ``_data``; the reader recomputes it with the same function.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

META_SHEET = "_meta"
DATA_SHEET = "_data"
META_HEADER = ("key", "value")
UNITS_SHEET = "_units"
MACHINE_SHEETS = (META_SHEET, DATA_SHEET, UNITS_SHEET)
DATA_HEADER = ("code", "value", "previous", "sheet", "cell")  # format version 2 on
DATA_HEADER_V1 = ("code", "value", "sheet", "cell")
# ``_units`` (a rollup's units, format version 2 on): these columns, then for every indicator
# its value (headed by its code) and last year's (headed by the code and PREVIOUS_SUFFIX)
UNITS_HEADER = ("unit_code", "unit_name", "generated_at", "last_saved", "flags")
PREVIOUS_SUFFIX = "|1"
NAME_PREFIX = "HTSD_"
# the unit's own words in _meta, after the contract's keys: text_assessment...
TEXT_KEYS = ("assessment", "difficulties", "proposals")
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
    previous: float | None = None  # column 1; None: whatever the cell left of ``cell`` holds


@dataclass(frozen=True)
class Expected:
    """The province and period an aggregation is for: a report of another is judged by its
    ``_meta`` alone (the rest of it is not read, which makes a folder of the whole country
    quick to sort)."""

    province_code: str
    period_id: str
    period_convention: str

    def matches(self, meta: dict[str, str]) -> bool:
        """Whether ``meta`` is of this province and period."""
        return (
            meta.get("province_code") == self.province_code
            and meta.get("period_id") == self.period_id
            and meta.get("period_convention") == self.period_convention
        )


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
