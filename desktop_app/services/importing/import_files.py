"""Turn the bytes of a CSV or XLSX file into a header and rows of strings.

CSV: UTF-8 with or without BOM; the separator is ``,`` or, when the header row
holds more ``;`` than ``,`` (Vietnamese Excel saves so), ``;``. XLSX: the first
sheet, guarded by ``reports.zip_guard`` as every workbook a person picks is, then
read with python-calamine. Row numbers are the ones Excel shows (the
first line of the file is row 1); blank rows are skipped but keep their number.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import math
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import BinaryIO

import python_calamine

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.reports.part_checks import column_letters
from desktop_app.reports.problems import MACROS, TOO_LARGE, Refused, parser_failed
from desktop_app.reports.zip_guard import open_xlsx
from desktop_app.services.importing.import_cell_faults import CellFault, cell_faults

MAX_IMPORT_BYTES = 50 * 1024 * 1024
MAX_LINE_CHARS = 100_000  # far beyond any row of the six layouts
_MB = 1024 * 1024
XLSX_MAGIC = b"PK\x03\x04"
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class RawRow:
    """One data row: its number as Excel shows it, and its cells as text."""

    number: int
    cells: list[str]


@dataclass
class RawTable:
    """A file's header row and data rows, all text."""

    header: list[str]
    header_row: int = 1
    rows: list[RawRow] = field(default_factory=list)
    sheet: str | None = None  # the sheet read, for an XLSX file
    faults: list[CellFault] = field(default_factory=list)  # error cells, uncached formulas


def _not_a_table() -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file is not a CSV or XLSX file. Save it from Excel as \u201cExcel Workbook "
            "(*.xlsx)\u201d or \u201cCSV UTF-8\u201d.",
        ),
        None,
    )


def _damaged(detail: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP("Errors", "The file is damaged and cannot be read ({detail})."),
        None,
        detail=" ".join(detail.split())[:200],
    )


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a user would have typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"  # 1e+300, not three hundred digits; inf, nan
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


@dataclass
class TableStream:
    """A file's header row, and its data rows read one by one as they are asked for."""

    header: list[str]
    header_row: int
    rows: Iterator[RawRow]
    estimated_rows: int  # for a progress bar: the line ends of a CSV
    sheet: str | None = None
    faults: list[CellFault] = field(default_factory=list)


def _table(rows: list[list[str]]) -> RawTable:
    """Header = the first non-blank row; blank rows after it are dropped."""
    numbered = [(index + 1, cells) for index, cells in enumerate(rows) if any(c for c in cells)]
    if not numbered:
        raise error(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    header_row, header = numbered[0]
    return RawTable(
        header=header,
        header_row=header_row,
        rows=[RawRow(number, cells) for number, cells in numbered[1:]],
    )


def _not_utf8() -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file is not written in UTF-8. In Excel choose Save As, "
            "\u201cCSV UTF-8 (Comma delimited)\u201d.",
        )
    )


def _lines(text: io.TextIOBase, first_row: list[int]) -> Iterator[str]:
    """The text's lines, each checked: no NUL (a binary file), none absurdly long."""
    for line in text:
        if "\x00" in line:
            raise _not_a_table()
        if len(line) > MAX_LINE_CHARS:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Row {row} is {count} characters long; a row of an import file holds at most "
                    "{limit}. Is this really the file to import?",
                ),
                None,
                row=first_row[0],
                count=thousands(len(line)),
                limit=thousands(MAX_LINE_CHARS),
            )
        yield line


def _csv_rows(
    binary: BinaryIO, closing: contextlib.ExitStack
) -> tuple[Iterator[tuple[int, list[str]]], int]:
    """The CSV's non-blank rows, numbered as Excel shows them, read as they are needed,
    and a guess of how many there are (its line ends).

    Raises (also while iterating):
        UserError: not text, not UTF-8, or damaged.
    """
    head = binary.read(64 * 1024)
    if b"\x00" in head and not head.startswith(UTF16_BOMS):
        raise _not_a_table()
    if head.startswith(UTF16_BOMS):  # Excel's "Unicode Text"
        raise _not_utf8()
    estimate = head.count(b"\n")
    while chunk := binary.read(1024 * 1024):
        estimate += chunk.count(b"\n")
    binary.seek(0)
    sample = head[len(UTF8_BOM) :] if head.startswith(UTF8_BOM) else head
    first_line = next(
        (line for line in sample.decode("utf-8", "ignore").splitlines() if line.strip()), ""
    )
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    text = closing.enter_context(io.TextIOWrapper(binary, encoding="utf-8-sig", newline=""))
    number = [1]

    def rows() -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(_lines(text, number), delimiter=delimiter)
        try:
            for index, row in enumerate(reader, 1):
                number[0] = index + 1
                cells = [cell.strip() for cell in row]
                if any(cells):
                    yield index, cells
        except UnicodeDecodeError:  # ANSI (cp1258), or a file cut in the middle of a letter
            raise _not_utf8() from None
        except csv.Error as exc:
            raise _damaged(str(exc)) from None

    return rows(), estimate


def _stream(numbered: Iterator[tuple[int, list[str]]], estimate: int) -> TableStream:
    """Header = the first non-blank row; the rows after it are read on demand."""
    first = next(numbered, None)
    if first is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    header_row, header = first
    rows = (RawRow(number, cells) for number, cells in numbered)
    return TableStream(header, header_row, rows, max(estimate - header_row, 0))


def read_csv(data: bytes) -> RawTable:
    """Read CSV bytes (UTF-8, BOM allowed, ``,`` or ``;``)."""
    with contextlib.ExitStack() as closing:
        stream = _stream(*_csv_rows(io.BytesIO(data), closing))
        return RawTable(stream.header, stream.header_row, list(stream.rows))


@contextlib.contextmanager
def open_table(path: Path) -> Iterator[TableStream]:
    """The table in the file at ``path``; a CSV is read row by row as the caller iterates.

    The file is looked at first (:func:`check_import_file`): only a regular file
    of at most :data:`MAX_IMPORT_BYTES` is opened.

    Raises (also while iterating the rows):
        UserError: not a CSV/XLSX file, not UTF-8, damaged, empty, or refused.
        OSError: the file cannot be read.
    """
    check_import_file(path)
    suffix = path.suffix.lower()
    with contextlib.ExitStack() as closing:
        binary = closing.enter_context(open(path, "rb"))
        if suffix in CSV_SUFFIXES and binary.read(len(XLSX_MAGIC)) != XLSX_MAGIC:
            binary.seek(0)
            yield _stream(*_csv_rows(binary, closing))
            return
        binary.seek(0)
        table = read_table(path.name, binary.read())
    yield TableStream(
        table.header, table.header_row, iter(table.rows), len(table.rows), table.sheet,
        table.faults,
    )  # fmt: skip


def read_xlsx(data: bytes) -> RawTable:
    """Read the first sheet of XLSX bytes, guarded as the report reader is.

    ``zip_guard`` checks the bytes first (not a zip, encrypted, macros, sizes
    declared or inflated past their caps) and bounds the area the sheet's cells
    span, so that python-calamine never sees a sheet that would make it
    allocate gigabytes; error cells and uncached formulas are listed in
    :attr:`RawTable.faults`.
    """
    try:
        book = open_xlsx(data)
        sheet = next(iter(book.sheets), None)
        if sheet is None:
            raise error(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
        parts = book.sheets[sheet]
        copy = book.parser_copy([sheet])
        faults = cell_faults(parts[0], book.part(parts[0])) if parts else []
    except Refused as refused:
        raise _refused_workbook(refused) from None
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(copy))
        values = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except BaseException as exc:  # calamine raises many kinds (zip, XML, format), even panics
        if not parser_failed(exc):
            raise
        raise _damaged(str(exc) or type(exc).__name__) from None
    table = _table([[cell_text(value) for value in row] for row in values])
    table.sheet, table.faults = sheet, faults
    return table


def _refused_workbook(refused: Refused) -> UserError:
    """The reader's refusal in the words of an import (the reader speaks of reports)."""
    params = refused.problem.message.params
    if refused.problem.reason == TOO_LARGE and "cells" in params:
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The sheet spans {cells} cells; an import sheet may span at most {limit}. Save "
                "it as \u201cCSV UTF-8\u201d or split it into smaller files.",
            ),
            None,
            cells=thousands(params["cells"]),
            limit=thousands(params["limit"]),
        )
    if refused.problem.reason == TOO_LARGE:
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workbook is too large to import ({size} MB unpacked; at most {limit} MB). "
                "Save it as \u201cCSV UTF-8\u201d or split it into smaller files.",
            ),
            None,
            size=params.get("size", "?"),
            limit=params.get("limit", "?"),
        )
    if refused.problem.reason == MACROS:
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workbook contains macros, which are never imported. Save it as an "
                "ordinary \u201cExcel Workbook (*.xlsx)\u201d and import it again.",
            )
        )
    return UserError(refused.problem.message)


def thousands(number: object) -> str:
    """``17.179.869.184``: a large count grouped as Vietnamese writes it."""
    return f"{number:,}".replace(",", ".") if isinstance(number, int) else str(number)


def check_import_file(path: Path) -> int:
    """The size of ``path`` when it is a regular file no larger than :data:`MAX_IMPORT_BYTES`.

    Looked at before the file is opened: a pipe would block the program and a
    device (a link to ``/dev/zero``) never ends.

    Raises:
        UserError: not a regular file, or too large; OSError when it cannot be reached.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is not a regular file (a device, a pipe or a link to one); choose the "
                "spreadsheet file itself.",
            )
        )
    if info.st_size > MAX_IMPORT_BYTES:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file is {size} MB; an import file may be at most {limit} MB. Split it into "
                "smaller files (for example one per year) and import them together.",
            ),
            None,
            size=math.ceil(info.st_size / _MB),  # 50.2 MB is "51 MB", never "50 MB; at most 50"
            limit=MAX_IMPORT_BYTES // _MB,
        )
    return info.st_size


def fault_error(fault: CellFault, sheet: str | None) -> UserError:
    """The refusal of an error cell or an uncached formula, naming the sheet and the cell."""
    cell = f"{column_letters(fault.column + 1)}{fault.row}"
    if fault.error is not None:
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cell {cell} of sheet \u201c{sheet}\u201d holds the error value {value}, not a "
                "number; correct it in Excel, save, then import again.",
            ),
            None,
            cell=cell,
            sheet=sheet or "",
            value=fault.error[:20],
        )
    return error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cell {cell} of sheet \u201c{sheet}\u201d holds a formula whose result was never "
            "saved; open the file in Excel or LibreOffice, save it, then import again.",
        ),
        None,
        cell=cell,
        sheet=sheet or "",
    )


def read_table(name: str, data: bytes) -> RawTable:
    """Read a CSV or XLSX file given its name (which tells its kind) and its bytes.

    Raises:
        UserError: not a CSV/XLSX file, not UTF-8, damaged, or empty.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix in XLSX_SUFFIXES:
        if not data:
            raise error(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
        return read_xlsx(data)
    if suffix in CSV_SUFFIXES and not data.startswith(XLSX_MAGIC):
        return read_csv(data)
    raise _not_a_table()
