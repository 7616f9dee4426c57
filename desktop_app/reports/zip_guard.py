"""Bounded opening of an xlsx: what reaches the spreadsheet parser is checked and capped first.

An xlsx is a zip. Before anything parses it, this module checks the magic
bytes (an encrypted or old .xls workbook, a CSV renamed .xlsx), the zip's
directory (the declared uncompressed sizes, the number of members) and then
inflates the XML members with Python's ``zipfile``, which never yields more
than a member's declared size and checks each CRC. The parser then reads a
fresh, uncompressed copy of exactly those bytes, so a member whose declared
size lies cannot make it inflate gigabytes.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.problems import (
    DAMAGED,
    ENCRYPTED,
    NOT_XLSX,
    TOO_LARGE,
    Refused,
    problem,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 5_000
_CHUNK = 1 << 16
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_KEPT_SUFFIXES = (".xml", ".rels")
_MB = 1024 * 1024


def checked_xlsx(data: bytes) -> bytes:
    """An uncompressed zip holding the workbook's XML parts, safe to hand to a parser.

    Raises:
        Refused: not an xlsx, too large, encrypted or damaged.
    """
    _check_magic(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise Refused(
            problem(
                DAMAGED,
                QT_TRANSLATE_NOOP(
                    "Reports", "The workbook is damaged or incomplete (cut off while copying?)."
                ),
                None,
                error=str(exc),
            )
        ) from None
    with archive:
        members = _check_directory(archive)
        return _copy_stored(archive, members)


def _check_magic(data: bytes) -> None:
    if not data:
        raise Refused(problem(NOT_XLSX, QT_TRANSLATE_NOOP("Reports", "The file is empty.")))
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTION_STREAM in data[: 4 * _MB]:
            raise Refused(
                problem(
                    ENCRYPTED,
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "The workbook is protected by a password; save it again without one.",
                    ),
                )
            )
        raise Refused(
            problem(
                NOT_XLSX,
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "This is an old Excel 97-2003 (.xls) file or another Office document, "
                    "not an .xlsx report workbook.",
                ),
            )
        )
    if not data.startswith(_ZIP_MAGIC):
        if _looks_like_text(data[:4096]):
            raise Refused(
                problem(
                    NOT_XLSX,
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "This is a text file (CSV?) with an .xlsx name, not an Excel workbook.",
                    ),
                )
            )
        raise Refused(
            problem(NOT_XLSX, QT_TRANSLATE_NOOP("Reports", "This is not an Excel .xlsx workbook."))
        )


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return False
        text = head[: exc.start].decode("utf-8")
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)


def _too_large(size: int) -> Refused:
    return Refused(
        problem(
            TOO_LARGE,
            QT_TRANSLATE_NOOP(
                "Reports",
                "The workbook is too large to be a report ({size} MB; at most {limit} MB).",
            ),
            None,
            size=max(1, round(size / _MB)),
            limit=MAX_UNCOMPRESSED_BYTES // _MB,
        )
    )


def _check_directory(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The members to copy; refuses a zip that declares too much or is encrypted."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _too_large(sum(info.file_size for info in infos))
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _too_large(total)
    if any(info.flag_bits & 0x1 for info in infos):
        raise Refused(
            problem(
                ENCRYPTED,
                QT_TRANSLATE_NOOP("Reports", "The workbook's parts are encrypted."),
            )
        )
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        if "mimetype" in names and "content.xml" in names:
            text = QT_TRANSLATE_NOOP(
                "Reports", "This is an OpenDocument spreadsheet (.ods), not an .xlsx workbook."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Reports", "This is a zip file but not an Excel .xlsx workbook."
            )
        raise Refused(problem(NOT_XLSX, text))
    seen: set[str] = set()
    kept = []
    for info in infos:
        name = info.filename
        if info.is_dir() or name in seen or not name.lower().endswith(_KEPT_SUFFIXES):
            continue
        seen.add(name)
        kept.append(info)
    return kept


def _copy_stored(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> bytes:
    """Inflate each member (never past its declared size, CRC checked) into a stored zip."""
    out = io.BytesIO()
    budget = MAX_UNCOMPRESSED_BYTES
    current = "?"
    try:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for info in members:
                current = info.filename
                parts = []
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        budget -= len(chunk)
                        if budget < 0:
                            raise _too_large(MAX_UNCOMPRESSED_BYTES + 1)
                        parts.append(chunk)
                copy.writestr(zipfile.ZipInfo(info.filename), b"".join(parts))
    except Refused:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise Refused(
            problem(
                DAMAGED,
                QT_TRANSLATE_NOOP(
                    "Reports", "The workbook is damaged: a part of it cannot be unpacked ({part})."
                ),
                None,
                part=current,
                error=str(exc),
            )
        ) from None
    return out.getvalue()
