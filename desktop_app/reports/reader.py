"""Reading a report workbook back: a pure function from bytes to numbers and problems.

The office's aggregation runs this on hundreds of files, so it is fast and
bounded: ``zip_guard`` checks and caps the zip first and hands python-calamine
only the parts it needs: ``_meta``, ``_data`` and the sheets the ``HTSD_``
names point at, each cut down to the named cells and the cells left of them
when it safely can be (in a genuine export, the cells ``_data`` points at; a
sheet or cell ``_data`` names beyond them is given in a second step). Only the
visible cells ``_data`` points at are then looked at. The visible cell is what
counts (an officer may correct a number by hand); a file whose visible values
differ from ``_data``, or whose ``_data`` no longer matches its checksum, is
flagged as edited. :func:`read_report` never raises on a bad file: every
refusal is a :class:`Problem` in the result.

The month sheet (a commune's ``BieuDo``, a consolidated workbook's
``BieuDoThang``) comes along in the same copy when it safely can
(``month_reading``); its table is ``month_table``, and never a reason to refuse.

The cell left of each value cell is column 1 of the form, "Cùng kỳ năm
trước"; it is read into ``previous`` so that a rollup can work out growth over
many units (a text there is simply no figure; a negative or a fraction is refused).
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from python_calamine import CalamineWorkbook, PasswordError

from desktop_app.domain.indicators import indicator
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.contract import (
    CODE_PATTERN,
    DATA_HEADER,
    DATA_HEADER_V1,
    DATA_SHEET,
    MACHINE_SHEETS,
    META_HEADER,
    META_KEYS,
    META_SHEET,
    UNITS_SHEET,
    canonical_value,
    values_sha256,
)
from desktop_app.reports.model import FORMAT, FORMAT_VERSION
from desktop_app.reports.month_reading import copy_with_months, read_months
from desktop_app.reports.month_table import MonthTable
from desktop_app.reports.part_checks import Kept, cell_place, column_letters, column_number
from desktop_app.reports.plausibility import implausible_values
from desktop_app.reports.problems import (
    BAD_VALUE,
    DAMAGED,
    ENCRYPTED,
    IMPLAUSIBLE,
    NOT_OURS,
    UNSUPPORTED_VERSION,
    Problem,
    Refused,
    parser_failed,
    problem,
)
from desktop_app.reports.rollup_model import UnitFigures
from desktop_app.reports.rollup_units import read_units_sheet
from desktop_app.reports.zip_guard import CheckedXlsx, open_xlsx

KINDS = ("unit", "rollup")
MAX_META_ROWS = 200
MAX_DATA_ROWS = 5_000
_Cell = Any


@dataclass
class ReadResult:
    """What one workbook holds, and why it would be refused (``problems``)."""

    file_name: str
    meta: dict[str, str] = field(default_factory=dict)
    values: dict[str, float | None] = field(default_factory=dict)  # visible cells
    data_values: dict[str, float | None] = field(default_factory=dict)  # from _data
    addresses: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> sheet, cell
    previous: dict[str, float | None] = field(default_factory=dict)  # the cell left: column 1
    edited: bool = False
    edited_codes: tuple[str, ...] = ()  # visible value (or column 1) differs from _data
    unnamed: tuple[str, ...] = ()  # read at the address in _data: the file lacks their names
    last_saved: datetime | None = None  # docProps/core.xml: stamped by every save
    units: tuple[UnitFigures, ...] = ()  # a rollup's _units (format version 2 on)
    month_table: MonthTable | None = None  # the months of its month sheet, when as written
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No reason to refuse the file (it may still be ``edited``)."""
        return not self.problems

    @property
    def reasons(self) -> list[str]:
        """The reason codes of the problems, in order."""
        return [found.reason for found in self.problems]

    @property
    def format_version(self) -> int:
        """The ``format_version`` of ``_meta`` (0 when unreadable)."""
        text = self.meta.get("format_version", "")
        return int(text) if text.isdigit() else 0

    @property
    def generated_at(self) -> datetime | None:
        """When the workbook was written, or ``None`` when unreadable."""
        try:
            return datetime.fromisoformat(self.meta.get("generated_at", ""))
        except ValueError:
            return None


def read_report(data: bytes, file_name: str) -> ReadResult:
    """Read a report workbook's bytes: meta, visible values, ``_data`` and problems."""
    result = ReadResult(file_name)
    try:
        _read(data, result)
    except Refused as refused:
        result.problems.append(refused.problem)
    except BaseException as exc:  # the last line: a bad file must never stop an aggregation
        if not parser_failed(exc):
            raise
        result.problems.append(
            problem(
                DAMAGED,
                QT_TRANSLATE_NOOP("Reports", "The workbook cannot be read ({error})."),
                None,
                error=type(exc).__name__,
            )
        )
    return result


def _read(data: bytes, result: ReadResult) -> None:
    book = open_xlsx(bytes(data))
    result.last_saved = book.last_saved()
    first = {META_SHEET, DATA_SHEET} | book.named_sheets
    hinted = {
        sheet: Kept.around((row, column_number(letters)) for letters, row in cells)
        for sheet, cells in book.named_cells.items()
    }
    copy, months = copy_with_months(book, first, hinted)  # and the month table, when it can be
    with _calamine(copy) as workbook:
        names = set(workbook.sheet_names)
        if META_SHEET not in names:
            raise _not_ours()
        result.meta = _read_meta(workbook)
        _check_meta(result.meta)
        if DATA_SHEET not in names:
            raise _damaged(
                QT_TRANSLATE_NOOP("Reports", "The hidden sheet \u201c_data\u201d is missing.")
            )
        rows, with_previous = _read_data(workbook)
        places, needed = _places(rows, book.names, names, result)
        given = all(
            sheet in first and (sheet not in hinted or kept <= hinted[sheet])
            for sheet, kept in needed.items()
        )
        grids = _grids(workbook, needed) if given else None
        result.month_table = read_months(workbook, months, result.meta["kind"])
    if grids is None:  # a sheet or cell no HTSD_ name points at (a file without names)
        with _calamine(book.parser_copy(first | set(needed), hinted | needed)) as workbook:
            grids = _grids(workbook, needed)
    _fill(result, rows, places, grids, with_previous)
    _refuse_error_cells(book, result, places, grids)
    if result.meta["kind"] == "rollup" and UNITS_SHEET in book.sheets:
        with _calamine(book.parser_copy({UNITS_SHEET})) as workbook:
            result.units = read_units_sheet(workbook)


class _Place(NamedTuple):
    sheet: str
    cell: str  # "E12", as the reader names it in a message
    row: int  # 1-based
    column: int


def _places(
    rows: list[_DataRow],
    named: dict[str, tuple[str, str, int] | None],
    sheets: set[str],
    result: ReadResult,
) -> tuple[dict[str, _Place], dict[str, Kept]]:
    """Where each indicator's visible cell is now: its ``HTSD_`` name's cell, else (a file
    without the name, flagged) the address ``_data`` wrote; and what to keep of each sheet.

    Raises:
        Refused: a name that points nowhere or into a hidden sheet, a name without its row in
        ``_data``, a ``_data`` row that points elsewhere than the name of its code.
    """
    codes = {row.code for row in rows}
    stray = sorted(code for code in named if code not in codes)
    if stray:
        raise _damaged(
            QT_TRANSLATE_NOOP(
                "Reports",
                "The workbook names the cell HTSD_{code} but its hidden sheet \u201c_data\u201d "
                "has no row {code}.",
            ),
            code=stray[0],
        )
    places: dict[str, _Place] = {}
    unnamed: list[str] = []
    found: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        code = row.code
        if code in named:
            target = named[code]
            if target is None:
                raise _damaged(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "The name HTSD_{code} no longer points at a cell (was the row of {code} "
                        "deleted?). Export the report again from the program.",
                    ),
                    code=code,
                )
            sheet, letters, number = target
            place = _Place(sheet, f"{letters}{number}", number, column_number(letters))
            if sheet not in sheets or sheet in MACHINE_SHEETS:
                raise _pointing_wrong(code, sheet, place.cell)
            if row.sheet != sheet and (row.sheet in sheets or row.sheet in MACHINE_SHEETS):
                raise _pointing_wrong(code, row.sheet, row.cell)
        else:
            if row.sheet not in sheets or row.sheet in MACHINE_SHEETS or not row.row:
                raise _pointing_wrong(code, row.sheet, row.cell)
            place = _Place(row.sheet, row.cell, row.row, row.column)
            unnamed.append(code)
        places[code] = place
        found.setdefault(place.sheet, []).append((place.row, place.column))
    result.unnamed = tuple(unnamed)
    return places, {sheet: Kept.around(cells) for sheet, cells in found.items()}


def _pointing_wrong(code: str, sheet: str, cell: str) -> Refused:
    return _damaged(
        QT_TRANSLATE_NOOP(
            "Reports",
            "The hidden sheet \u201c_data\u201d is broken at {code}: it points at "
            "\u201c{sheet}!{cell}\u201d, not at the cell the form shows {code} in.",
        ),
        code=code,
        sheet=sheet[:40],
        cell=cell[:12],
    )


def _fill(
    result: ReadResult,
    rows: list[_DataRow],
    places: dict[str, _Place],
    grids: dict[str, list[list[_Cell]]],
    with_previous: bool,
) -> None:
    """Put each indicator's visible value, its ``_data`` value and last year's in ``result``."""
    values, data_values, previous = result.values, result.data_values, result.previous
    addresses, isfinite = result.addresses, math.isfinite
    edited: list[str] = []
    for data_row in rows:
        code = data_row.code
        sheet, cell, row, column = places[code]
        data_values[code] = data_row.value
        addresses[code] = (sheet, cell)
        grid = grids[sheet]
        line = grid[row - 1] if row <= len(grid) else ()
        shown = line[column - 1] if column <= len(line) else ""
        if type(shown) is float and isfinite(shown):  # the usual case, first
            values[code] = shown
        else:
            values[code] = _number_or_problem(result, code, sheet, cell, shown)
        # column 1, "Cùng kỳ năm trước": a text there is simply no figure
        if 1 < column <= len(line) + 1:
            left = line[column - 2]
            previous[code] = left if type(left) is float and isfinite(left) else _as_number(left)[0]
        else:
            previous[code] = None
        if not _same(values[code], data_row.value) or (
            with_previous and not _same(previous[code], data_row.previous)
        ):
            edited.append(code)
    result.edited_codes = tuple(edited)
    checksum = values_sha256(result.data_values.items())
    result.edited = bool(edited) or checksum != result.meta.get("values_sha256")
    unit = result.meta.get("kind") == "unit"
    result.problems.extend(implausible_values(result.values, unit_limits=unit))
    result.problems.extend(_implausible_previous(previous))


def _number_or_problem(
    result: ReadResult, code: str, sheet: str, cell: str, shown: _Cell
) -> float | None:
    number, bad = _as_number(shown)
    if bad:
        result.problems.append(
            problem(
                BAD_VALUE,
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "{code} ({sheet}!{cell}) holds \u201c{text}\u201d, not a number.",
                ),
                code,
                code=code,
                sheet=sheet,
                cell=cell,
                text=str(shown)[:40],
            )
        )
    return number


def _refuse_error_cells(
    book: CheckedXlsx,
    result: ReadResult,
    places: dict[str, _Place],
    grids: dict[str, list[list[_Cell]]],
) -> None:
    """A value cell (or the cell left of it) that python-calamine reads as empty may hold an
    error value (#VALUE!, #DIV/0!, #REF!...) or a formula with no stored result: the sheet's
    XML tells; such a file is refused with the cell named, never read as empty."""
    for code, (sheet, _cell, row, column) in places.items():
        for at in (column, column - 1):
            if at < 1 or (result.values.get(code) is not None and at == column):
                continue
            if at == column - 1 and result.previous.get(code) is not None:
                continue
            cell = f"{column_letters(at)}{row}"
            kind = _formula_or_error(book, sheet, cell)
            if kind is None:
                continue
            text = (
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "{code} ({sheet}!{cell}) holds a formula with no stored result, not a "
                    "number: open the workbook, let it calculate and save it again.",
                )
                if kind == _NO_RESULT
                else QT_TRANSLATE_NOOP(
                    "Reports",
                    "{code} ({sheet}!{cell}) holds the error {error}, not a number: correct "
                    "the cell and save the workbook again.",
                )
            )
            result.problems.append(
                problem(BAD_VALUE, text, code, code=code, sheet=sheet, cell=cell, error=kind)
            )


_CELL_XML: dict[str, re.Pattern[bytes]] = {}
_NO_RESULT = ""


def _formula_or_error(book: CheckedXlsx, sheet: str, cell: str) -> str | None:
    """The error value (``#DIV/0!``) or "a formula with no stored result" that ``cell`` holds
    in the sheet's XML, else None."""
    pattern = _CELL_XML.get(cell)
    if pattern is None:
        pattern = re.compile(
            rb'<(?:\w+:)?c\s+r="' + cell.encode() + rb'"([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)',
            re.DOTALL,
        )
        if len(_CELL_XML) < 10_000:
            _CELL_XML[cell] = pattern
    for part in book.sheets.get(sheet, ()):
        found = pattern.search(book.part(part))
        if found is None:
            continue
        attributes, content = found.group(1), found.group(2) or b""
        stored = re.search(rb"<(?:\w+:)?v>([^<]*)</", content)
        if re.search(rb'\bt\s*=\s*"e"', attributes):
            text = stored.group(1).decode("utf-8", "replace") if stored else "#N/A"
            return text[:20] or "#N/A"
        if re.search(rb"<(?:\w+:)?f\b", content) and (stored is None or not stored.group(1)):
            return _NO_RESULT
    return None


def _implausible_previous(previous: dict[str, float | None]) -> list[Problem]:
    """Last year's column holds counts too: a negative or a fraction there is refused."""
    found = []
    for code, value in previous.items():
        known = indicator(code)
        if value is None or known is None or known.is_percentage:
            continue
        if value < 0 or not float(value).is_integer():
            found.append(
                problem(
                    IMPLAUSIBLE,
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "{code}: last year's figure (column 1) is {value}, which is not a count.",
                    ),
                    code,
                    code=code,
                    value=f"{value:g}",
                )
            )
    return found


def _calamine(safe: bytes) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(safe))
    except PasswordError:
        raise Refused(
            problem(ENCRYPTED, QT_TRANSLATE_NOOP("Reports", "The workbook is protected."))
        ) from None
    except Exception as exc:
        raise _damaged(
            QT_TRANSLATE_NOOP("Reports", "The workbook cannot be read ({error})."), str(exc)
        ) from None


def _read_meta(workbook: CalamineWorkbook) -> dict[str, str]:
    grid = workbook.get_sheet_by_name(META_SHEET).to_python(
        skip_empty_area=False, nrows=MAX_META_ROWS
    )
    meta: dict[str, str] = {}
    for row in grid:
        if len(row) < 2:
            continue
        key = _text(row[0]).strip()
        if key and key != META_HEADER[0] and key not in meta:
            meta[key] = _text(row[1]).strip()
    return meta


def _check_meta(meta: dict[str, str]) -> None:
    if meta.get("format") != FORMAT:
        raise _not_ours()
    version = meta.get("format_version", "")
    if not version.isdigit() or int(version) < 1:
        raise _damaged(
            QT_TRANSLATE_NOOP(
                "Reports", "The report's format version \u201c{version}\u201d is not valid."
            ),
            version=version,
        )
    if int(version) > FORMAT_VERSION:
        raise Refused(
            problem(
                UNSUPPORTED_VERSION,
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The report was written in format version {version}; this program reads "
                    "up to version {supported}. Update the program.",
                ),
                None,
                version=version,
                supported=FORMAT_VERSION,
            )
        )
    if meta.get("kind") not in KINDS:
        raise Refused(
            problem(
                UNSUPPORTED_VERSION,
                QT_TRANSLATE_NOOP(
                    "Reports", "The report is of an unknown kind \u201c{kind}\u201d."
                ),
                None,
                kind=meta.get("kind", ""),
            )
        )
    missing = [key for key in META_KEYS if key not in meta]
    if missing:
        raise _damaged(
            QT_TRANSLATE_NOOP("Reports", "The hidden sheet \u201c_meta\u201d lacks: {keys}."),
            keys=", ".join(missing),
        )


class _DataRow(NamedTuple):
    code: str
    value: float | None
    previous: float | None  # column 1 as written (format version 2), else None
    sheet: str
    cell: str
    row: int  # 1-based, of ``cell``; 0 when ``cell`` is no cell address
    column: int


def _read_data(workbook: CalamineWorkbook) -> tuple[list[_DataRow], bool]:
    """The rows of ``_data``, checked, and whether they carry last year's value.

    Its columns are found by the header row (version 1: code, value, sheet, cell; version 2
    adds previous after value).
    """
    grid = workbook.get_sheet_by_name(DATA_SHEET).to_python(
        skip_empty_area=False, nrows=MAX_DATA_ROWS + 1
    )
    columns = DATA_HEADER_V1
    if grid and _text(grid[0][0] if grid[0] else "").strip() == DATA_HEADER[0]:
        found = tuple(_text(cell).strip() for cell in grid[0])
        if all(name in found for name in DATA_HEADER_V1):
            columns = found
    where = {name: columns.index(name) for name in DATA_HEADER if name in columns}
    with_previous = "previous" in where
    width = max(where.values()) + 1
    rows: list[_DataRow] = []
    seen: set[str] = set()
    header, isfinite = DATA_HEADER[0], math.isfinite
    for line in grid:
        if len(line) < width:
            line = [*line, *([""] * (width - len(line)))]
        code = line[where["code"]]
        code = (code if type(code) is str else _text(code)).strip()
        if not code or code == header:
            continue
        sheet = _text(line[where["sheet"]]).strip()
        cell = _text(line[where["cell"]]).strip().upper()
        if code in seen or not CODE_PATTERN.match(code) or cell_place(cell) is None:
            raise _damaged(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The hidden sheet \u201c_data\u201d is broken at {code}: it points at "
                    "\u201c{sheet}!{cell}\u201d.",
                ),
                code=code[:40],
                sheet=sheet[:40],
                cell=cell[:12],
            )
        seen.add(code)
        value = line[where["value"]]
        value = value if type(value) is float and isfinite(value) else _as_number(value)[0]
        before = _as_number(line[where["previous"]])[0] if with_previous else None
        place = cell_place(cell) or (0, 0)  # (checked above)
        rows.append(_DataRow(code, value, before, sheet, cell, *place))
    if not rows:
        raise _damaged(QT_TRANSLATE_NOOP("Reports", "The hidden sheet \u201c_data\u201d is empty."))
    return rows, with_previous


def _grids(workbook: CalamineWorkbook, needed: dict[str, Kept]) -> dict[str, list[list[_Cell]]]:
    """The sheets ``_data`` points at, each read once and only as deep as its last value."""
    return {
        sheet: workbook.get_sheet_by_name(sheet).to_python(
            skip_empty_area=False, nrows=kept.rows[1]
        )
        for sheet, kept in needed.items()
    }


def _as_number(value: _Cell) -> tuple[float | None, bool]:
    """A cell as a number: (value, False); empty is (None, False); anything else (None, True)."""
    if type(value) is float:  # the usual case, first
        return (value, False) if math.isfinite(value) else (None, True)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, False
    if isinstance(value, bool | date | datetime | time | timedelta):
        return None, True
    if isinstance(value, int | float):
        number = float(value)
        return (number, False) if math.isfinite(number) else (None, True)
    return None, True


def _same(a: float | None, b: float | None) -> bool:
    if a == b:
        return True
    if a is None or b is None:
        return a is None and b is None
    return canonical_value(a) == canonical_value(b) or math.isclose(a, b, rel_tol=1e-12)


def _text(value: _Cell) -> str:
    """A meta or data cell as text: whole numbers without ".0", dates in ISO form."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _not_ours() -> Refused:
    return Refused(
        problem(
            NOT_OURS,
            QT_TRANSLATE_NOOP(
                "Reports",
                "This workbook is not a lifelong-learning report made by this program "
                "(its hidden sheet \u201c_meta\u201d is missing or different).",
            ),
        )
    )


def _damaged(text: str, error: str = "", /, **params: Any) -> Refused:
    return Refused(problem(DAMAGED, text, None, error=error, **params))
