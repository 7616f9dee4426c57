"""Turn the bytes of a CSV or XLSX file into a header and rows of strings.

CSV: UTF-8 with or without BOM; the separator is ``,`` or, when the header row
holds more ``;`` than ``,`` (Vietnamese Excel saves so), ``;``. XLSX: the first
sheet, read with python-calamine. Row numbers are the ones Excel shows (the
first line of the file is row 1); blank rows are skipped but keep their number.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import PurePath

import python_calamine

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error

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
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


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


def read_csv(data: bytes) -> RawTable:
    """Read CSV bytes (UTF-8, BOM allowed, ``,`` or ``;``)."""
    if b"\x00" in data and not data.startswith(UTF16_BOMS):
        raise _not_a_table()
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:  # ANSI (cp1258) or Excel's "Unicode Text" (UTF-16)
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file is not written in UTF-8. In Excel choose Save As, "
                "\u201cCSV UTF-8 (Comma delimited)\u201d.",
            )
        ) from None
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        rows = [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise _damaged(str(exc)) from None
    return _table(rows)


def read_xlsx(data: bytes) -> RawTable:
    """Read the first sheet of XLSX bytes."""
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        if not workbook.sheet_names:
            raise error(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
        values = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except UserError:
        raise
    except Exception as exc:  # calamine raises many kinds (zip, XML, format) on bad bytes
        raise _damaged(str(exc) or type(exc).__name__) from None
    return _table([[cell_text(value) for value in row] for row in values])


def read_table(name: str, data: bytes) -> RawTable:
    """Read a CSV or XLSX file given its name (which tells its kind) and its bytes.

    Raises:
        UserError: not a CSV/XLSX file, not UTF-8, damaged, or empty.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix in XLSX_SUFFIXES:
        if not data:
            raise error(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
        if not data.startswith(XLSX_MAGIC):
            raise _damaged("not a zip archive")
        return read_xlsx(data)
    if suffix in CSV_SUFFIXES and not data.startswith(XLSX_MAGIC):
        return read_csv(data)
    raise _not_a_table()
