"""Checks on one XML part of an xlsx before python-calamine may see it.

python-calamine stores a sheet as the full rectangle its cells span, so a
sheet with one cell at A1 and one at XFD1048576 asks for 17 billion cells and
the process aborts (an allocation failure in Rust cannot be caught). Before a
part reaches it, :func:`check_cells` bounds that rectangle to
:data:`MAX_SHEET_CELLS`, counted from A1 because the reader asks for sheets
from A1. :func:`parse_xml` runs expat, refusing document type declarations
(entity expansion), for the sheets the quick check cannot clear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.parsers import expat

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.problems import DAMAGED, TOO_LARGE, Refused, problem

MAX_SHEET_CELLS = 1_000_000  # rows x columns from A1 to the farthest cell of a sheet
# The quick check (see check_cells): a row or cell element that does not begin with r=",
# one with a namespace prefix, and an "r" (or any name ending in r) whose value is not a
# plain place up to ZZ999.
_IRREGULAR_TAG = re.compile(rb'<(?:c|row)(?:[\t\n\r/>]| (?!r="))')
_PREFIXED_TAG = re.compile(rb":(?:c|row)[\s/>]")
_ODD_R = re.compile(rb'r[ \t\n\r]*=(?!"[A-Za-z]{0,2}[0-9]{1,3}")')
_BEFORE_NAME = b" \t\n\r\"'/"  # what may precede an attribute's name
_REFERENCE = re.compile(r"([A-Za-z]{0,10})([0-9]{1,12})")


def check_cells(name: str, part: bytes) -> bytes:
    """``part``, when its cells span at most :data:`MAX_SHEET_CELLS` places from A1.

    python-calamine reads cells only inside ``sheetData``, so only the text
    between the first and the last mention of it is looked at. Every spreadsheet
    program writes each row and cell element with ``r="..."`` first; when that
    is so and no ``r`` names a place beyond ZZ999, the cells fit in 999 x 702.
    Otherwise the part is parsed to place each cell exactly as python-calamine
    does (a cell without ``r`` follows the one before it).

    Raises:
        Refused: the cells span too wide an area (``too_large``), or the part is
        not XML or names a cell oddly (``damaged``).
    """
    if b"\x00" in part:  # UTF-16 or binary: the checks read ASCII markup
        raise damaged_part(name, "not UTF-8")
    start = part.find(b"sheetData")
    if start < 0:
        return part
    end = part.rfind(b"sheetData")
    if _plain_and_small(part[start : end if end > start else len(part)]):
        return part
    area = _exact_area(name, part)
    if area > MAX_SHEET_CELLS:
        raise Refused(
            problem(
                TOO_LARGE,
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "A sheet of the workbook spans {cells} cells ({part}); a report has far "
                    "fewer (at most {limit}).",
                ),
                None,
                cells=area,
                part=name,
                limit=MAX_SHEET_CELLS,
            )
        )
    return part


def _plain_and_small(cells: bytes) -> bool:
    """Whether every row and cell element begins with ``r="``, each ``r`` within ZZ999."""
    if _IRREGULAR_TAG.search(cells) or _PREFIXED_TAG.search(cells):
        return False
    for odd in _ODD_R.finditer(cells):  # a name ending in r is not "r"
        if odd.start() == 0 or cells[odd.start() - 1] in _BEFORE_NAME:
            return False
    return True


def _exact_area(name: str, part: bytes) -> int:
    """Rows x columns from A1 to the farthest cell, each placed as python-calamine places it.

    From A1, not from the first cell: the reader asks python-calamine for the
    sheet from A1 (``skip_empty_area=False``), which fills the gap in.
    """
    place = [0, 0]  # where the next cell goes (0-based row, column) when it names no place
    far = [-1, -1]  # the largest row and column holding a cell

    def start(tag: str, attributes: dict[str, str]) -> None:
        local = tag.split(":", 1)[-1]
        if local == "row" and "r" in attributes:
            place[0] = _place(attributes["r"])[0]
        elif local == "c":
            row, column = _place(attributes["r"]) if "r" in attributes else place
            place[1] = column + 1
            far[:] = [max(far[0], row), max(far[1], column)]

    def end(tag: str) -> None:
        if tag.split(":", 1)[-1] == "row":
            place[:] = [place[0] + 1, 0]

    parse_xml(name, part, start, end)
    return (far[0] + 1) * (far[1] + 1)


def _place(reference: str) -> tuple[int, int]:
    """0-based (row, column) of "B12" (python-calamine takes "b12" too) or of a row "12"."""
    match = _REFERENCE.fullmatch(reference)
    if match is None or int(match.group(2)) < 1:
        raise ValueError(f"bad cell reference {reference[:20]!r}")
    return int(match.group(2)) - 1, max(_column(match.group(1)) - 1, 0)


def _column(letters: bytes | str) -> int:
    """1-based column number of "A", "xfd"..., 0 for no letters."""
    text = letters.decode("ascii") if isinstance(letters, bytes) else letters
    number = 0
    for letter in text.upper():
        number = number * 26 + ord(letter) - 64
    return number


def parse_xml(
    name: str,
    part: bytes,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
    text: Callable[[str], None] | None = None,
) -> None:
    """Run expat over ``part`` with these handlers; a handler may raise :class:`Refused`.

    Raises:
        Refused: ``damaged`` when the part is not well-formed XML, declares a
        document type, or a handler raises ``ValueError``.
    """
    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = _no_doctype
    try:
        parser.Parse(part, True)
    except (expat.ExpatError, ValueError) as exc:
        raise damaged_part(name, str(exc)) from None


def _no_doctype(*_args: object) -> None:
    raise ValueError("a workbook part never declares a document type")


def damaged_part(name: str, error: str) -> Refused:
    """The refusal of a part that is not what an xlsx part must be."""
    return Refused(
        problem(
            DAMAGED,
            QT_TRANSLATE_NOOP("Reports", "The workbook is damaged: its part {part} is not valid."),
            None,
            part=name,
            error=error,
        )
    )
