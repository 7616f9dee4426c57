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
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from python_calamine import CalamineWorkbook, PasswordError

from desktop_app.domain.indicators import indicator
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.contract import (
    DATA_HEADER,
    DATA_SHEET,
    META_HEADER,
    META_KEYS,
    META_SHEET,
    canonical_value,
    values_sha256,
)
from desktop_app.reports.model import FORMAT, FORMAT_VERSION
from desktop_app.reports.month_reading import copy_with_months, read_months
from desktop_app.reports.month_table import MonthTable
from desktop_app.reports.part_checks import Kept, cell_place, column_number
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
from desktop_app.reports.zip_guard import open_xlsx

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
    edited_codes: tuple[str, ...] = ()  # visible value differs from _data
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
        rows, needed = _read_data(workbook, names)
        given = all(
            sheet in first and (sheet not in hinted or kept <= hinted[sheet])
            for sheet, kept in needed.items()
        )
        grids = _grids(workbook, needed) if given else None
        result.month_table = read_months(workbook, months, result.meta["kind"])
    if grids is None:  # _data points at sheets or cells no HTSD_ name does: add them
        with _calamine(book.parser_copy(first | set(needed), hinted | needed)) as workbook:
            grids = _grids(workbook, needed)
    _fill(result, rows, grids)


def _fill(result: ReadResult, rows: list[_DataRow], grids: dict[str, list[list[_Cell]]]) -> None:
    """Put each indicator's visible value, its ``_data`` value and last year's in ``result``."""
    values, data_values, previous = result.values, result.data_values, result.previous
    addresses, isfinite = result.addresses, math.isfinite
    for code, value, sheet, cell, row, column in rows:
        data_values[code] = value
        addresses[code] = (sheet, cell)
        grid = grids[sheet]
        line = grid[row - 1] if row <= len(grid) else ()
        shown = line[column - 1] if column <= len(line) else ""
        if type(shown) is float and isfinite(shown):  # the usual case, first
            values[code] = shown
        else:
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
            values[code] = number
        # column 1, "Cùng kỳ năm trước": a text there is simply no figure
        if 1 < column <= len(line) + 1:
            left = line[column - 2]
            previous[code] = left if type(left) is float and isfinite(left) else _as_number(left)[0]
        else:
            previous[code] = None
    result.edited_codes = tuple(
        code for code, shown in values.items() if not _same(shown, data_values[code])
    )
    checksum = values_sha256(result.data_values.items())
    result.edited = bool(result.edited_codes) or checksum != result.meta.get("values_sha256")
    unit = result.meta.get("kind") == "unit"
    result.problems.extend(implausible_values(result.values, unit_limits=unit))
    result.problems.extend(_implausible_previous(previous))


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
    sheet: str
    cell: str
    row: int  # 1-based, of ``cell``
    column: int


def _read_data(
    workbook: CalamineWorkbook, names: set[str]
) -> tuple[list[_DataRow], dict[str, Kept]]:
    """The rows of ``_data`` (code, value, sheet and cell), checked; and what to keep of each
    sheet they point at to read their cells (see ``Kept.around``)."""
    grid = workbook.get_sheet_by_name(DATA_SHEET).to_python(
        skip_empty_area=False, nrows=MAX_DATA_ROWS + 1
    )
    rows: list[_DataRow] = []
    seen: set[str] = set()
    places: dict[str, list[tuple[int, int]]] = {}
    header, new_row, isfinite = DATA_HEADER[0], tuple.__new__, math.isfinite
    for line in grid:
        if len(line) < 4:
            line = [*line, "", "", "", ""]
        code, value, sheet, cell = line[0], line[1], line[2], line[3]
        code = (code if type(code) is str else _text(code)).strip()
        if not code or code == header:
            continue
        sheet = (sheet if type(sheet) is str else _text(sheet)).strip()
        cell = (cell if type(cell) is str else _text(cell)).strip().upper()
        place = cell_place(cell)
        if code in seen or sheet not in names or not place:
            raise _damaged(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The hidden sheet \u201c_data\u201d is broken at {code}: it points at "
                    "\u201c{sheet}!{cell}\u201d.",
                ),
                code=code,
                sheet=sheet,
                cell=cell,
            )
        seen.add(code)
        value = value if type(value) is float and isfinite(value) else _as_number(value)[0]
        rows.append(new_row(_DataRow, (code, value, sheet, cell, *place)))
        if sheet in places:
            places[sheet].append(place)
        else:
            places[sheet] = [place]
    if not rows:
        raise _damaged(QT_TRANSLATE_NOOP("Reports", "The hidden sheet \u201c_data\u201d is empty."))
    return rows, {sheet: Kept.around(found) for sheet, found in places.items()}


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
