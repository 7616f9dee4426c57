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

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from xml.parsers import expat

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.contract import CELL_PATTERN
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
    return _no_odd_r(cells)


def _no_odd_r(cells: bytes) -> bool:
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
    return column_number(letters.decode("ascii") if isinstance(letters, bytes) else letters)


def column_number(letters: str) -> int:
    """1-based column number of "A", "xfd"..., 0 for no letters."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


_CELL_PLACES: dict[str, tuple[int, int]] = {}  # "E12" -> (12, 5): the cells of _data recur


def cell_place(cell: str) -> tuple[int, int] | None:
    """(row, column), 1-based, of a cell written as ``_data`` writes it ("E12"), else ``None``."""
    place = _CELL_PLACES.get(cell)
    if place is None:
        match = CELL_PATTERN.match(cell)
        if match is None:
            return None
        place = (int(match.group(2)), column_number(match.group(1)))
        if len(_CELL_PLACES) < 10_000:
            _CELL_PLACES[cell] = place
    return place


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


# ---- cutting a checked sheet down to the cells the reader looks at
#
# python-calamine spends most of its time on a form sheet's texts (titles, labels, notes), which
# the reader never looks at. :func:`cells_of_columns` removes those cells before the part is
# handed over, but only when the part is regular enough that python-calamine provably sees the
# same cells in the cut part as in the whole one, and only cells that cannot make it fail:
#
# - before <sheetData>: an XML declaration, then tags and white space only (no comment, no
#   DOCTYPE, no "<" or ">" inside an attribute's value); "sheetData" is named twice only;
# - inside: rows (r="1" to "999"), white space, and cells that each begin <c r="A1"> to
#   <c r="ZZ999">, with no other attribute named r, attribute values without "<" or ">", and
#   inside them only a value, a formula or a text (plain or rich), every element closed where
#   it opens.
#
# So every "<" there begins a tag, every tag ends at its first ">", and each cell is whole in
# itself and ends at its own </c>: python-calamine reads it alike whatever is around it (it does
# not check that a closing tag matches the one it closes, so an element left open would reach
# into what follows). A cell is removed only when it is one of the forms openpyxl writes that
# python-calamine cannot fail on: empty or self-closing (it gives no value: removed anywhere),
# or, outside the kept columns and rows, a plain number or an inline text of valid UTF-8 whose
# every "&" begins a reference python-calamine resolves. Everything else stays byte for byte,
# rows included, so a fault python-calamine would find in the whole part it finds in the cut one.
_SPACE = rb"[ \t\r\n]"
_NAME = rb"[^ \t\r\n=<>\"'/\x00]"
_ATTRIBUTES = (  # none named r: the cell's and the row's own r="..." is matched apart
    rb"(?:" + _SPACE + rb"++(?!r" + _SPACE + rb"*+=)" + _NAME + rb"++" + _SPACE + rb"*+="
    + _SPACE + rb"*+(?:\"[^\"<>\x00]*+\"|'[^'<>\x00]*+'))*+" + _SPACE + rb"*+"
)  # fmt: skip
_TEXT = rb"[^<\x00]*+"
_T = rb"<t" + _ATTRIBUTES + rb"(?:/>|>" + _TEXT + rb"</t>)"
_RICH = (  # a run of rich text: <r><rPr><b/><sz val="11"/></rPr><t>...</t></r>
    rb"<r><rPr>(?:<[A-Za-z_]" + _NAME + rb"*+" + _ATTRIBUTES + rb"/>)*+</rPr>" + _T + rb"</r>|<r>"
    + _T + rb"</r>"
)  # fmt: skip
_INLINE = (
    rb"<is(?:/>|>(?:" + _T + rb"|" + _RICH + rb"|<rPh" + _ATTRIBUTES + rb">" + _T + rb"</rPh>"
    rb"|<phoneticPr" + _ATTRIBUTES + rb"/>)*+</is>)"
)  # fmt: skip
# what a cell may hold, each element closed where it opens: a value, a formula, a text
_CONTENT = (
    rb"(?:<v(?:/>|>" + _TEXT + rb"</v>)|<f" + _ATTRIBUTES + rb"(?:/>|>" + _TEXT + rb"</f>)|"
    + _INLINE + rb"|[^<\x00]++)*+"
)  # fmt: skip
_CELL_START = rb'<c r="[A-Z]{1,2}[1-9][0-9]{0,2}"'
_CELL = _CELL_START + _ATTRIBUTES + rb"(?:/>|>" + _CONTENT + rb"</c>)"
_ROW = rb'<row r="[1-9][0-9]{0,2}"' + _ATTRIBUTES + rb"/?>|</row>"
_HEAD = re.compile(
    rb"(?:<\?xml[^<>?]*+\?>)?(?:" + _SPACE + rb"++|</?[A-Za-z_]" + _NAME + rb"*+" + _ATTRIBUTES
    + rb"/?>)*+"
)  # fmt: skip
# the usual rows and cells, matched faster (each is also a _ROW or a _CELL, to the same end)
_USUAL_ROW = rb'<row r="[1-9][0-9]{0,2}"(?: (?!r=)[A-Za-z0-9:]{1,30}="[0-9.:]{0,12}")*+>'
_USUAL_CELL = (
    _CELL_START + rb'(?: s="[0-9]{1,5}")?(?: t="[A-Za-z]{1,9}")?(?:/>|>(?:<v>[^<\x00]*+</v>'
    rb'|<is><t(?: xml:space="preserve")?>[^<\x00]*+</t></is>)?</c>)'
)
# what is left once each removed cell is replaced by a NUL (the part holds none of its own); a
# NUL is a token of its own, never inside another, so no cell removed was inside another element
_LEFT = re.compile(
    rb"(?:\x00|" + _USUAL_CELL + rb"|" + _USUAL_ROW + rb"|</row>|" + _SPACE + rb"++|" + _CELL
    + rb"|" + _ROW + rb")*+"
)  # fmt: skip
_NUMBER = rb"-?[0-9]{1,15}(?:\.[0-9]{1,15})?"
# a text without "<" whose every "&" begins a character reference 1 to 9999 (python-calamine
# refuses a bad one; a cell with another kind of reference is simply kept), and without "=" (so
# an odd r="..." for check_cells can only be in what is left)
_PLAIN_TEXT = rb"[^&<=]*+(?:&#[1-9][0-9]{0,3};[^&<=]*+)*+"
_PLACE = rb'[A-Z]{1,2}[1-9][0-9]{0,2}"(?: s="[0-9]{1,5}")?'
_EMPTY_TAIL = rb'(?: t="(?:n|inlineStr)")?(?:/>|></c>)'  # no value: removed anywhere
_VALUE_TAIL = (  # a value: removed outside the kept columns and rows only
    rb'(?: t="inlineStr"><is><t(?: xml:space="preserve")?>' + _PLAIN_TEXT + rb"</t></is></c>"
    rb'|(?: t="n")?><v>' + _NUMBER + rb"</v></c>)"
)  # fmt: skip
MAX_KEPT_COLUMNS = 16


@dataclass(frozen=True)
class Kept:
    """What a cut sheet keeps of its values: the cells of ``columns`` in rows ``rows``."""

    columns: frozenset[str]  # upper-case letters: "D", "E"
    rows: tuple[int, int]  # the first and the last

    @classmethod
    def around(cls, places: Iterable[tuple[int, int]]) -> Kept:
        """What keeps the cells at ``places`` (row, column; 1-based) and the cell left of each
        (column 1 of a form, last year's figure): their columns, from their first row to their
        last."""
        rows, columns = zip(*places, strict=True)
        return cls(
            frozenset(column_letters(n) for c in set(columns) for n in (c - 1, c) if n > 0),
            (min(rows), max(rows)),
        )

    def __or__(self, other: Kept) -> Kept:
        return Kept(
            self.columns | other.columns,
            (min(self.rows[0], other.rows[0]), max(self.rows[1], other.rows[1])),
        )

    def __le__(self, other: Kept) -> bool:
        """Whether ``other`` keeps every cell this keeps."""
        return (
            self.columns <= other.columns
            and other.rows[0] <= self.rows[0] <= self.rows[1] <= other.rows[1]
        )


def column_letters(number: int) -> str:
    """The letters of column ``number`` (1-based): 1 is "A", 27 is "AA"."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cells_of_columns(part: bytes, kept: Kept) -> bytes | None:
    """``part`` without the cells python-calamine would only skip, or whose value is not kept.

    Returns ``None`` when the part is not regular enough to be cut safely (see
    above), or ``kept`` names too many columns: the caller then hands over the
    whole part. Meant for a part that has passed :func:`check_cells`: the cut
    part's cells are a subset of its cells.
    """
    found = _cut(part, kept)
    return None if found is None else found[0]


def check_and_cut(name: str, part: bytes, kept: Kept) -> tuple[bytes, bytes | None]:
    """:func:`check_cells` of ``part``, and :func:`cells_of_columns` of it, in fewer passes.

    A part regular enough to be cut has no irregular row or cell element (see
    above), so :func:`check_cells` needs only the rest of its quick check: when
    that passes too, the part is plain and small and is not looked at again.

    Raises:
        Refused: as :func:`check_cells`.
    """
    found = _cut(part, kept)
    if found is None:
        return check_cells(name, part), None
    cut, inside, left = found
    # a removed cell holds no "=" but in its plain attributes: an odd r is in what is left
    if _PREFIXED_TAG.search(inside) is None and _no_odd_r(left):
        return part, cut  # the part passes the quick check of check_cells
    return check_cells(name, part), cut


def _cut(part: bytes, kept: Kept) -> tuple[bytes, bytes, bytes] | None:
    """The cut part, what is inside its ``sheetData``, and that with each cell removed replaced
    by a NUL; or ``None``."""
    first, last = kept.rows
    if not kept.columns or len(kept.columns) > MAX_KEPT_COLUMNS or not 1 <= first <= last <= 999:
        return None
    if b"\x00" in part:
        return None
    start = part.find(b"<sheetData>")
    end = part.rfind(b"</sheetData>")
    if start < 0 or end < start or part.count(b"sheetData") != 2:
        return None
    head = part[:start]
    if head not in _HEADS_SEEN:  # the files of one aggregation mostly share it
        if _HEAD.fullmatch(head) is None:
            return None
        if len(_HEADS_SEEN) >= 64:
            _HEADS_SEEN.clear()
        _HEADS_SEEN.add(head)
    inside = part[start + 11 : end]
    try:
        inside.decode("utf-8")  # python-calamine refuses a text that is not
    except UnicodeDecodeError:
        return None
    left = _removable(kept).sub(b"\x00", inside)
    if _LEFT.fullmatch(left) is None:
        return None
    return b"".join((head, b"<sheetData>", left.replace(b"\x00", b""), part[end:])), inside, left


_HEADS_SEEN: set[bytes] = set()


@functools.lru_cache(maxsize=64)
def _removable(kept: Kept) -> re.Pattern[bytes]:
    """The cells to remove: any without a value; with one, those not kept."""
    columns = b"|".join(sorted(column.encode("ascii") for column in kept.columns))
    place = rb"(?:" + columns + rb")(?:" + numbers_between(*kept.rows).encode("ascii") + rb')"'
    return re.compile(  # a kept place: empty only; any other: a value, or empty
        rb'<c r="(?:(?=' + place + rb")" + _PLACE + _EMPTY_TAIL + rb"|(?!" + place + rb")" + _PLACE
        + rb"(?:" + _VALUE_TAIL + rb"|" + _EMPTY_TAIL + rb"))"
    )  # fmt: skip


def numbers_between(first: int, last: int) -> str:
    """A pattern matching the numbers ``first`` to ``last`` (1 to 999) written in full, no more."""
    parts = []
    for digits in range(len(str(first)), len(str(last)) + 1):
        low, high = max(first, 10 ** (digits - 1)), min(last, 10**digits - 1)
        parts += _between(str(low), str(high))
    return "|".join(parts)


def _between(low: str, high: str) -> list[str]:
    """Patterns for the numbers ``low`` to ``high``, both written with the same number of digits."""
    if low == high:
        return [low]
    if len(low) == 1:
        return [f"[{low}-{high}]"]
    if low[0] == high[0]:
        return [low[0] + rest for rest in _between(low[1:], high[1:])]
    tail = len(low) - 1
    parts = [low[0] + rest for rest in _between(low[1:], "9" * tail)]
    if int(high[0]) - int(low[0]) > 1:
        parts.append(f"[{int(low[0]) + 1}-{int(high[0]) - 1}]" + "[0-9]" * tail)
    return parts + [high[0] + rest for rest in _between("0" * tail, high[1:])]
