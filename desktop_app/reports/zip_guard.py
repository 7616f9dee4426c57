"""Bounded opening of an xlsx: only checked, capped parts ever reach the spreadsheet parser.

An xlsx is a zip. :func:`open_xlsx` checks the magic bytes (an encrypted or old
.xls workbook, a CSV renamed .xlsx), the zip's directory (declared sizes, the
number of members, macros) and reads which part holds which sheet.
:meth:`CheckedXlsx.parser_copy` then inflates only the parts the reader needs,
never past a part's declared size and each CRC checked, into a fresh
uncompressed zip, so a member whose declared size lies cannot make the parser
inflate gigabytes. Every part in that copy is first checked by ``part_checks``:
python-calamine allocates the whole rectangle a sheet's cells span, so one
cell at XFD1048576 would ask for terabytes and abort the program. A checked
sheet the reader needs only some cells of is then cut down to them when it
safely can be (``part_checks.cells_of_columns``): python-calamine spends most of
its time on the texts of a form sheet, which the reader never looks at.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.part_checks import Kept, cells_of_columns, check_and_cut, check_cells
from desktop_app.reports.problems import (
    DAMAGED,
    ENCRYPTED,
    MACROS,
    NOT_XLSX,
    TOO_LARGE,
    Refused,
    problem,
)
from desktop_app.reports.workbook_parts import defined_cells, sheet_parts, too_many_parts

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024  # all members together, as declared
MAX_PART_BYTES = 16 * 1024 * 1024  # one part handed to the parser
MAX_PARSED_BYTES = 24 * 1024 * 1024  # all the parts handed to the parser at once
MAX_MEMBERS = 5_000
_ZIP_MAGIC = b"PK\x03\x04"
_LOCAL = struct.Struct("<4s5H3L2H")  # a local file header, its name follows
_CENTRAL = struct.Struct("<4s6H3L5H2L")  # a central directory entry, its name follows
_END = struct.Struct("<4s4H2LH")  # the end of the central directory
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_MB = 1024 * 1024
_MAX_CORE_BYTES = 64 * 1024
_MODIFIED = re.compile(rb"<(?:\w+:)?modified\b[^>]*>([^<]{1,40})<")
# what python-calamine reads when it opens a workbook, in lower case
_BASE_PARTS = (
    "[content_types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/sharedstrings.xml",
)
_MACRO_MEMBERS = ("vbaproject.bin", "vbaprojectsignature.bin")
_MACRO_FOLDERS = ("xl/macrosheets/", "xl/intlmacrosheets/")
_MACRO_TYPES = (b"macroenabled", b"vbaproject", b"macrosheet")
_UNZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    ValueError,
    OSError,
    EOFError,
    NotImplementedError,
    RuntimeError,
)


@dataclass
class CheckedXlsx:
    """A zip whose directory passed the checks; its parts are inflated on demand, bounded."""

    data: bytes
    members: dict[str, zipfile.ZipInfo]
    base: list[str] = field(default_factory=list)  # the parts every copy holds
    sheets: dict[str, list[str]] = field(default_factory=dict)  # sheet name -> its parts
    named_sheets: set[str] = field(default_factory=set)  # the sheets ``HTSD_`` names point at
    named_cells: dict[str, frozenset[tuple[str, int]]] = field(default_factory=dict)  # ("E", 12)
    # code -> (sheet, column letters, row) of its ``HTSD_<code>`` name; None: points at no cell
    names: dict[str, tuple[str, str, int] | None] = field(default_factory=dict)
    parts: dict[str, bytes] = field(default_factory=dict)  # inflated and checked, by name
    cuts: dict[tuple[str, Kept], tuple[bytes, int]] = field(default_factory=dict)

    def part(self, name: str) -> bytes:
        """The inflated bytes of member ``name``, its cells checked (once)."""
        if name not in self.parts:
            self.parts[name] = check_cells(name, _inflate(self.data, self.members[name]))
        return self.parts[name]

    def last_saved(self) -> datetime | None:
        """When the workbook was last saved (``dcterms:modified`` of ``docProps/core.xml``),
        which Excel, Calc and WPS stamp on every save; None when absent or unreadable."""
        name = next((n for n in self.members if n.lower() == "docprops/core.xml"), None)
        if name is None or self.members[name].file_size > _MAX_CORE_BYTES:
            return None
        try:
            found = _MODIFIED.search(self.part(name))
        except Refused:
            return None
        if found is None:
            return None
        text = found.group(1).decode("ascii", "replace").strip().replace("Z", "+00:00")
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError:
            return None
        return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)

    def parser_copy(
        self, sheet_names: Iterable[str], kept: Mapping[str, Kept] | None = None
    ) -> bytes:
        """An uncompressed zip with the base parts and the parts of ``sheet_names``.

        A sheet in ``kept`` may come cut down to the cells it keeps (see
        ``part_checks.cells_of_columns``); the others come whole.

        Raises:
            Refused: a part is damaged, too large, or its cells span too wide an area.
        """
        kept = kept or {}
        wanted: dict[str, Kept | None] = dict.fromkeys(self.base)  # None: whole
        for sheet in sheet_names:
            keep = kept.get(sheet)
            for name in self.sheets.get(sheet, ()):
                if name not in wanted:
                    wanted[name] = keep
                elif keep is None or wanted[name] is None:  # some sheet needs it whole
                    wanted[name] = None
                else:
                    wanted[name] = wanted[name] | keep
        size = sum(self.members[name].file_size for name in wanted)
        if size > MAX_PARSED_BYTES:
            raise _too_large(size, MAX_PARSED_BYTES)
        return _stored_zip([self._copied(name, keep) for name, keep in wanted.items()])

    def _copied(self, name: str, keep: Kept | None) -> tuple[str, bytes, int]:
        """``(name, content, crc)`` of a part as the parser gets it: whole, or cut to ``keep``."""
        if keep is None:
            return name, self.part(name), self.members[name].CRC
        key = (name, keep)
        if key not in self.cuts:
            if name in self.parts:
                cut = cells_of_columns(self.parts[name], keep)
            else:  # checked and cut in one go
                checked, cut = check_and_cut(name, _inflate(self.data, self.members[name]), keep)
                self.parts[name] = checked
            self.cuts[key] = (
                (self.parts[name], self.members[name].CRC)
                if cut is None
                else (cut, zlib.crc32(cut))
            )
        return (name, *self.cuts[key])


def open_xlsx(data: bytes) -> CheckedXlsx:
    """Check ``data`` as an xlsx and read which parts hold which sheets.

    Raises:
        Refused: not an xlsx, too large, encrypted, with macros or damaged.
    """
    _check_magic(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except _UNZIP_ERRORS as exc:
        raise _damaged_zip(str(exc)) from None
    book = CheckedXlsx(data, _check_directory(infos))
    by_lower: dict[str, str] = {}
    for name in book.members:
        by_lower.setdefault(name.lower(), name)
    book.base = [by_lower[part] for part in _BASE_PARTS if part in by_lower]
    content_types = book.part(by_lower["[content_types].xml"]).lower()
    if any(kind in content_types for kind in _MACRO_TYPES):
        raise _macros()
    rels_name = by_lower.get("xl/_rels/workbook.xml.rels")
    book.sheets, _named = sheet_parts(
        book.part(by_lower["xl/workbook.xml"]), book.part(rels_name) if rels_name else b"", by_lower
    )
    # the names' cells, read whatever order a spreadsheet program writes their attributes in
    book.names = defined_cells(book.part(by_lower["xl/workbook.xml"]))
    cells: dict[str, set[tuple[str, int]]] = {}
    for target in book.names.values():
        if target is not None and target[0] in book.sheets:
            cells.setdefault(target[0], set()).add((target[1], target[2]))
    book.named_sheets = set(cells)
    book.named_cells = {sheet: frozenset(found) for sheet, found in cells.items()}
    return book


def _check_magic(data: bytes) -> None:
    if not data:
        raise Refused(problem(NOT_XLSX, QT_TRANSLATE_NOOP("Reports", "The file is empty.")))
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data), MAX_FILE_BYTES)
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTION_STREAM in data:  # the stream an encrypted .xlsx is wrapped with
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
    if len(data) < len(_ZIP_MAGIC) and _ZIP_MAGIC.startswith(data):
        raise _damaged_zip(f"cut after {len(data)} bytes")
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


def _check_directory(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """The members by name; refuses a zip that declares too much, is encrypted or not xlsx."""
    total = sum(info.file_size for info in infos)
    if len(infos) > MAX_MEMBERS:
        raise too_many_parts(MAX_MEMBERS)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _too_large(total)
    if any(info.flag_bits & 0x1 for info in infos):
        raise Refused(
            problem(ENCRYPTED, QT_TRANSLATE_NOOP("Reports", "The workbook's parts are encrypted."))
        )
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if not info.is_dir():
            members.setdefault(info.filename, info)
    lower = {name.lower() for name in members}
    if "xl/workbook.xml" not in lower or "[content_types].xml" not in lower:
        if "mimetype" in lower and "content.xml" in lower:
            text = QT_TRANSLATE_NOOP(
                "Reports", "This is an OpenDocument spreadsheet (.ods), not an .xlsx workbook."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Reports", "This is a zip file but not an Excel .xlsx workbook."
            )
        raise Refused(problem(NOT_XLSX, text))
    if any(
        name.rsplit("/", 1)[-1] in _MACRO_MEMBERS or name.startswith(_MACRO_FOLDERS)
        for name in lower
    ):
        raise _macros()
    return members


def _inflate(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """One member's bytes: never more than its declared size, which must be exact, CRC checked."""
    if info.file_size > MAX_PART_BYTES:
        raise _too_large(info.file_size, MAX_PART_BYTES)
    try:
        start = info.header_offset
        if data[start : start + 4] != _ZIP_MAGIC:
            raise zipfile.BadZipFile("no local header")
        name_length, extra_length = struct.unpack_from("<HH", data, start + 26)
        start += 30 + name_length + extra_length
        packed = memoryview(data)[start : start + info.compress_size]
        if info.compress_type == zipfile.ZIP_STORED:
            content = bytes(packed[: info.file_size + 1])
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            content = zlib.decompressobj(-15).decompress(packed, info.file_size + 1)
        else:
            raise NotImplementedError(f"compression method {info.compress_type}")
        if len(content) != info.file_size or zlib.crc32(content) != info.CRC:
            raise zipfile.BadZipFile("size or CRC differs from the directory")
    except _UNZIP_ERRORS as exc:
        raise Refused(
            problem(
                DAMAGED,
                QT_TRANSLATE_NOOP(
                    "Reports", "The workbook is damaged: a part of it cannot be unpacked ({part})."
                ),
                None,
                part=info.filename,
                error=str(exc),
            )
        ) from None
    return content


def _stored_zip(parts: list[tuple[str, bytes, int]]) -> bytes:
    """A zip of ``(name, content, crc)`` without compression (the CRCs are already checked)."""
    chunks: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for name, content, crc in parts:
        encoded = name.encode("utf-8")
        flags = 0 if encoded.isascii() else 0x800  # UTF-8 names
        size = len(content)
        header = (20, flags, 0, 0, 0x21, crc, size, size, len(encoded), 0)  # 0x21: 1980-01-01
        chunks += (_LOCAL.pack(_ZIP_MAGIC, *header), encoded, content)
        directory += (_CENTRAL.pack(b"PK\x01\x02", 20, *header, 0, 0, 0, 0, offset), encoded)
        offset += _LOCAL.size + len(encoded) + size
    size = sum(map(len, directory))
    end = _END.pack(b"PK\x05\x06", 0, 0, len(parts), len(parts), size, offset, 0)
    return b"".join([*chunks, *directory, end])


def _too_large(size: int, limit: int = MAX_UNCOMPRESSED_BYTES) -> Refused:
    return Refused(
        problem(
            TOO_LARGE,
            QT_TRANSLATE_NOOP(
                "Reports",
                "The workbook is too large to be a report ({size} MB; at most {limit} MB).",
            ),
            None,
            size=max(1, round(size / _MB)),
            limit=limit // _MB,
        )
    )


def _macros() -> Refused:
    return Refused(
        problem(
            MACROS,
            QT_TRANSLATE_NOOP(
                "Reports",
                "The workbook contains macros; reports never do. Ask the commune to export it "
                "again from the program.",
            ),
        )
    )


def _damaged_zip(error: str) -> Refused:
    return Refused(
        problem(
            DAMAGED,
            QT_TRANSLATE_NOOP(
                "Reports", "The workbook is damaged or incomplete (cut off while copying?)."
            ),
            None,
            error=error,
        )
    )
