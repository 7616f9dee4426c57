"""Cells of an import sheet that hold no number a person typed: errors and uncached formulas.

python-calamine hands an error cell (``#DIV/0!``) and a formula without a
stored result over as an empty cell, which an import would take as 0 or as
"keep the stored value". :func:`cell_faults` finds them in the sheet's XML
(already bounded by ``zip_guard``) so that the import refuses them, naming the
cell. Most sheets hold neither: a quick look for ``t="e"`` and ``<f`` skips
the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.reports.part_checks import parse_xml

MAX_FAULTS = 1_000  # enough to name every bad cell a person would fix by hand
_HINTS = (b't="e"', b"t='e'", b"<f", b":f")
_REFERENCE = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
_TEXT_TYPES = ("s", "str", "inlineStr")  # a formula may have cached an empty text


@dataclass(frozen=True)
class CellFault:
    """A cell that holds an error value, or a formula with no stored value."""

    row: int  # as Excel shows it
    column: int  # 0 = A
    error: str | None  # "#DIV/0!", or None for a formula with no stored value


def column_index(letters: str) -> int:
    """0 for "A", 25 for "Z", 26 for "AA"."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number - 1


class _Scan:
    """expat handlers that place each cell as python-calamine does and note the faulty ones."""

    def __init__(self) -> None:
        self.faults: list[CellFault] = []
        self.row = 0
        self.column = -1
        self.kind: str | None = None
        self.formula = False
        self.value: list[str] | None = None
        self.in_value = False

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local == "row":
            given = attributes.get("r", "")
            self.row = int(given) if given.isdigit() else self.row + 1
            self.column = -1
        elif local == "c":
            match = _REFERENCE.fullmatch(attributes.get("r", ""))
            if match:
                self.row, self.column = int(match.group(2)), column_index(match.group(1))
            else:
                self.column += 1
            self.kind, self.formula, self.value = attributes.get("t"), False, None
        elif local == "f":
            self.formula = True
        elif local == "v":
            self.value, self.in_value = self.value or [], True

    def end(self, tag: str) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local == "v":
            self.in_value = False
        elif local == "c" and len(self.faults) < MAX_FAULTS:
            value = "".join(self.value or ()).strip()
            if self.kind == "e":
                self.faults.append(CellFault(self.row, self.column, value or "#N/A"))
            elif self.formula and (
                self.value is None or (not value and self.kind not in _TEXT_TYPES)
            ):
                self.faults.append(CellFault(self.row, self.column, None))

    def text(self, data: str) -> None:
        if self.in_value and self.value is not None:
            self.value.append(data[:40])


def cell_faults(name: str, part: bytes) -> list[CellFault]:
    """The error cells and uncached formulas of a worksheet part (at most :data:`MAX_FAULTS`).

    Raises:
        Refused: the part is not well-formed XML (``damaged``).
    """
    if not any(hint in part for hint in _HINTS):
        return []
    scan = _Scan()
    parse_xml(name, part, scan.start, scan.end, scan.text)
    return scan.faults
