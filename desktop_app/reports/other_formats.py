"""A report saved again as .xls (Excel 97-2003) or .ods (OpenDocument): told apart and bounded.

python-calamine reads both, but the guard of ``zip_guard`` (which hands it only
checked parts of an xlsx) has no equivalent for them, so such a copy is taken
only when it is as small as a report is, and an .ods only when its content
declares no sheet larger than a report's. The reader then takes it when the
contract survived the saving (the hidden sheets, each figure beside its code on
the form); otherwise the remedy is to save the workbook as .xlsx again.
"""

from __future__ import annotations

import io
import re
import zipfile

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.problems import DAMAGED, MACROS, NOT_XLSX, TOO_LARGE, Refused, problem

XLS = "xls"
ODS = "ods"
MAX_BYTES = 4 * 1024 * 1024  # a report is some tens of kilobytes
MAX_CONTENT_BYTES = 16 * 1024 * 1024
MAX_REPEAT = 1_000  # a run of cells holding a value, or of rows, longer than a report has
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_ODS_TYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_REPEATED_CELL = re.compile(
    rb"<table:table-cell\b([^>]*?)number-columns-repeated=\"(\d+)\"([^>]*)>"
)
_REPEATED_ROW = re.compile(
    rb"<table:table-row\b[^>]*?number-rows-repeated=\"(\d+)\"[^>]*>(.*?)</table:table-row>",
    re.DOTALL,
)


def other_format(data: bytes) -> str | None:
    """``"xls"`` or ``"ods"`` when ``data`` is one of them (a protected .xls or .xlsx is
    not: ``zip_guard`` refuses it), else None."""
    if data.startswith(_OLE_MAGIC):
        return None if _ENCRYPTION_STREAM in data else XLS
    if data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype" and _ODS_TYPE in data[:200]:
        return ODS
    return None


def check_other(data: bytes, kind: str) -> None:
    """Refuse a copy larger than any report, an .ods with macros, damaged, or declaring cells
    over a wider area than a report's.

    Raises:
        Refused: ``too_large``, ``macros`` or ``damaged``.
    """
    if len(data) > MAX_BYTES:
        raise _too_large()
    if kind != ODS:
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {info.filename: info for info in archive.infolist()}
            if any(name.lower().startswith(("basic/", "scripts/")) for name in names):
                raise Refused(
                    problem(
                        MACROS,
                        QT_TRANSLATE_NOOP(
                            "Reports", "The workbook contains macros; reports never do."
                        ),
                    )
                )
            info = names.get("content.xml")
            if info is None or info.file_size > MAX_CONTENT_BYTES:
                raise _too_large() if info is not None else _damaged("content.xml")
            content = archive.read(info)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise _damaged(str(exc)) from None
    for found in _REPEATED_CELL.finditer(content):
        if int(found.group(2)) > MAX_REPEAT and b"value" in found.group(1) + found.group(3):
            raise _too_large()
    for found in _REPEATED_ROW.finditer(content):
        if int(found.group(1)) > MAX_REPEAT and b"value" in found.group(2):
            raise _too_large()


def lost_contract(kind: str, what: str) -> Refused:
    """The refusal of a copy whose saving lost part of the contract, with the remedy."""
    return Refused(
        problem(
            NOT_XLSX,
            QT_TRANSLATE_NOOP(
                "Reports",
                "The report was saved as .{format} and lost {what} on the way; its figures "
                "cannot be trusted. Open the file and save it again as .xlsx (Excel Workbook), "
                "or ask the commune to export it again from the program.",
            ),
            None,
            format=kind,
            what=what,
        )
    )


def unreadable_other(kind: str) -> Refused:
    """The refusal of an .xls or .ods file that python-calamine cannot read, with the remedy."""
    return Refused(
        problem(
            NOT_XLSX,
            QT_TRANSLATE_NOOP(
                "Reports",
                "This .{format} file cannot be read as a report. Open it and save it again as "
                ".xlsx (Excel Workbook).",
            ),
            None,
            format=kind,
        )
    )


def _too_large() -> Refused:
    return Refused(
        problem(
            TOO_LARGE,
            QT_TRANSLATE_NOOP(
                "Reports",
                "The workbook is larger than a report can be ({limit} MB or cells over too wide "
                "an area).",
            ),
            None,
            limit=MAX_BYTES // (1024 * 1024),
        )
    )


def _damaged(error: str) -> Refused:
    return Refused(
        problem(
            DAMAGED,
            QT_TRANSLATE_NOOP("Reports", "The workbook cannot be read ({error})."),
            None,
            error=error[:80],
        )
    )
