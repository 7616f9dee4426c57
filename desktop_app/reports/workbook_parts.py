"""Which part of an xlsx holds which sheet, read from ``xl/workbook.xml`` and its relationships.

The guard needs this to hand python-calamine only the parts the reader will
parse. Both files are small and machine-written, so a few patterns read them
faster than an XML parser would. A file they misread only costs a refusal
(python-calamine then misses a sheet), never safety: every part the parser
gets has been checked whatever sheet it holds.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterator

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.problems import TOO_LARGE, Refused, problem

MAX_SHEETS = 1_000
MAX_RELATIONSHIPS = 5_000
# An element's start tag from its name, whatever its namespace prefix (the character before
# the name is checked apart, a literal first is faster): group 1 holds the attributes.
_START_TAG = rb"""[\s/>]((?:[^<>"']+|"[^"<]*"|'[^'<]*')*+)"""
_SHEET = re.compile(rb"sheet" + _START_TAG)
_RELATIONSHIP = re.compile(rb"Relationship" + _START_TAG)
_ATTRIBUTE = re.compile(rb"""([^\s=<>"'/]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_NAMED_SHEET = re.compile(  # 'Bieu01'!$E$12 or Bieu01!$E$12: the sheet, and the cell
    rb"""definedName name="HTSD_\w+"[^>]*>(?:'((?:[^'<]|'')+)'|([^'!<]+))!"""
    rb"""(?:\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})(?![0-9:]))?"""
)


def sheet_parts(
    workbook: bytes, relationships: bytes, members: dict[str, str]
) -> tuple[dict[str, list[str]], dict[str, set[tuple[str, int]]]]:
    """Each sheet's parts (by name), and the sheets the ``HTSD_`` defined names point at.

    ``members`` maps each member's lower-case name to its name. The second
    result maps each sheet an ``HTSD_`` name points at to the cells it names,
    as (column letters, row): ``("E", 12)``. It is a hint only: in a genuine
    export, the cells ``_data`` points at.

    The files of one aggregation mostly share these two parts byte for byte
    (one template, one program), so the last few answers are kept.

    Raises:
        Refused: more sheets or relationships than any report has (``too_large``).
    """
    key = (workbook, relationships, tuple(members.items()))
    found = _RECENT.get(key)
    if found is None:
        found = _sheet_parts(workbook, relationships, members)
        if len(_RECENT) >= _RECENT_SIZE:  # (clear, not pop: safe if two threads read)
            _RECENT.clear()
        _RECENT[key] = found
    sheets, named = found
    return (
        {sheet: list(parts) for sheet, parts in sheets.items()},
        {sheet: set(cells) for sheet, cells in named.items()},
    )


_RECENT_SIZE = 16
_RECENT: dict[
    tuple[bytes, bytes, tuple[tuple[str, str], ...]],
    tuple[dict[str, tuple[str, ...]], dict[str, frozenset[tuple[str, int]]]],
] = {}


def _sheet_parts(
    workbook: bytes, relationships: bytes, members: dict[str, str]
) -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[tuple[str, int]]]]:
    targets = _relationships(relationships)
    sheets: dict[str, list[str]] = {}
    for number, element in enumerate(_elements(_SHEET, workbook)):
        if number >= MAX_SHEETS:
            raise too_many(
                QT_TRANSLATE_NOOP(
                    "Reports", "The workbook has more than {count} sheets; a report has far fewer."
                ),
                MAX_SHEETS,
            )
        attributes = _attributes(element.group(1))
        target = targets.get(attributes.get(b"r:id", attributes.get(b"relationships:id", b"")))
        found = _member(target, members) if target else None
        parts = sheets.setdefault(_text(attributes.get(b"name", b"")), [])
        if found and found not in parts:
            parts.append(found)
    named: dict[str, set[tuple[str, int]]] = {}
    for quoted, plain, column, row in set(_NAMED_SHEET.findall(workbook)):
        sheet = _text(quoted.replace(b"''", b"'") or plain)
        if sheet in sheets:
            cells = named.setdefault(sheet, set())
            if column:
                cells.add((column.decode("ascii"), int(row)))
    return (
        {sheet: tuple(parts) for sheet, parts in sheets.items()},
        {sheet: frozenset(cells) for sheet, cells in named.items()},
    )


def too_many(text: str, count: int) -> Refused:
    """``text``: a ``QT_TRANSLATE_NOOP("Reports", ...)`` literal with ``{count}``."""
    return Refused(problem(TOO_LARGE, text, None, count=count))


def too_many_parts(limit: int) -> Refused:
    """The refusal of a zip with more members or relationships than any report has."""
    return too_many(
        QT_TRANSLATE_NOOP(
            "Reports", "The workbook has more than {count} parts; a report has far fewer."
        ),
        limit,
    )


def _relationships(part: bytes) -> dict[bytes, str]:
    """Relationship id (as written) -> target, from ``xl/_rels/workbook.xml.rels``."""
    targets: dict[bytes, str] = {}
    for number, element in enumerate(_elements(_RELATIONSHIP, part)):
        if number >= MAX_RELATIONSHIPS:
            raise too_many_parts(MAX_RELATIONSHIPS)
        attributes = _attributes(element.group(1))
        if b"Id" in attributes and attributes[b"Id"] not in targets:
            targets[attributes[b"Id"]] = _text(attributes.get(b"Target", b""))
    return targets


def _elements(pattern: re.Pattern[bytes], part: bytes) -> Iterator[re.Match[bytes]]:
    """The start tags ``pattern`` finds whose name follows "<" or a namespace prefix."""
    for found in pattern.finditer(part):
        if found.start() and part[found.start() - 1] in b"<:":
            yield found


def _attributes(text: bytes) -> dict[bytes, bytes]:
    """The attributes of an element (the text after its name) as written; the first of each."""
    found: dict[bytes, bytes] = {}
    for name, double, single in _ATTRIBUTE.findall(text):
        if name not in found:
            found[name] = double or single
    return found


def _text(value: bytes) -> str:
    """An attribute's value or element text as a string, its entities resolved."""
    text = value.decode("utf-8", "replace")
    return html.unescape(text) if "&" in text else text


def _member(target: str, members: dict[str, str]) -> str | None:
    """The member a sheet's relationship target names, resolved as python-calamine does."""
    if target.startswith("/"):
        target = target[1:]
    elif not target.startswith("xl/"):
        target = "xl/" + target
    if "/." in target:
        target = posixpath.normpath(target)
    return members.get(target.lower())


# ---- the HTSD_ defined names: where each indicator's visible cell is now
#
# Excel, LibreOffice Calc and WPS move a defined name with its cell when rows are inserted or
# deleted or a sheet is renamed, and write its attributes in any order
# (``<definedName function="false" hidden="false" name="HTSD_TV04" ...>Bieu01!$E$16``).
_DEFINED_NAME = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?definedName\b([^>]*)>([^<]*)<")
_NAME_TARGET = re.compile(  # 'Bieu 01'!$E$12 or Bieu01!E12: the sheet, the column, the row
    r"""^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$"""
)
NAME_PREFIX = b"HTSD_"
_RECENT_NAMES: dict[bytes, dict[str, tuple[str, str, int] | None]] = {}


def defined_cells(workbook: bytes) -> dict[str, tuple[str, str, int] | None]:
    """The ``HTSD_<code>`` names of ``xl/workbook.xml``: code -> (sheet, column letters, row).

    A name that no longer points at one cell (``#REF!`` after its row was deleted, a range,
    a formula) maps to ``None``; the first name of each code counts.
    """
    found = _RECENT_NAMES.get(workbook)
    if found is None:
        found = _defined_cells(workbook)
        if len(_RECENT_NAMES) >= _RECENT_SIZE:
            _RECENT_NAMES.clear()
        _RECENT_NAMES[workbook] = found
    return dict(found)


def _defined_cells(workbook: bytes) -> dict[str, tuple[str, str, int] | None]:
    found: dict[str, tuple[str, str, int] | None] = {}
    if NAME_PREFIX not in workbook:
        return found
    for attributes_text, target in _DEFINED_NAME.findall(workbook):
        name = _text(_attributes(attributes_text).get(b"name", b""))
        if not name.startswith("HTSD_") or b"localSheetId" in attributes_text:
            continue
        code = name[len("HTSD_") :]
        if not code or code in found:
            continue
        match = _NAME_TARGET.match(_text(target).strip())
        if match is None:
            found[code] = None
            continue
        quoted, plain, column, row = match.groups()
        sheet = quoted.replace("''", "'") if quoted else plain
        found[code] = (sheet, column, int(row))
    return found
