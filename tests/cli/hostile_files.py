"""Hostile and careless files for the commands that take or write files.

Each :class:`Case` prepares its files beside a real commune database and gives
the command line to run, the exit status and the words the one line on stderr
must hold (English, ``--lang en``). ``test_hostile_files.py`` runs every case
as a user does (a separate process) and checks that the database is byte for
byte what it was.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.facility import Facility
from desktop_app.domain.visits import VisitDay
from desktop_app.services import facilities, setup, visits
from desktop_app.services.workspace import Workspace
from tests.services.aggregation_samples import three_communes

TODAY = date(2026, 11, 22)
EXIT_DAMAGED = 1
EXIT_BAD_INPUT = 2


def commune_database(path: Path) -> Path:
    """Commune 24175 (Đắk Lắk) with library TV1 and two stored days (10 and 3 visits)."""
    ws = Workspace.open(path)
    setup.configure_unit(ws, setup.prepare_unit(province_code="66", commune_code="24175"))
    library = facilities.add_facility(
        ws,
        Facility(code="TV1", type_code="TV_XA", name="Thư viện xã", opened_on=date(2020, 1, 1)),
        TODAY,
    )
    for day, total in ((date(2026, 3, 2), 10), (date(2026, 3, 3), 3)):
        visits.save_visit(ws, VisitDay(library.id or 0, day, total=total), day)
    ws.close()
    return path


@dataclass(frozen=True)
class Case:
    """One hostile input: how to make it, what to run, what must be said."""

    name: str
    make: Callable[[Path, Path], list[str]]  # (database, folder) -> the command's words
    status: int
    words: tuple[str, ...]  # each must be in the one line on stderr
    untouched: Callable[[Path], list[Path]] = lambda _folder: []  # files that must not change


# -- output paths ----------------------------------------------------------------------------


def _export_over_database(db: Path, _folder: Path) -> list[str]:
    return ["export", "--db", str(db), "--period", "2025-N", "--out", str(db)]


def _export_over_wal(db: Path, _folder: Path) -> list[str]:
    return ["export", "--db", str(db), "--period", "2025-N", "--out", f"{db}-wal"]


def _export_into_backups(db: Path, _folder: Path) -> list[str]:
    (db.parent / "backups").mkdir(exist_ok=True)
    return ["export", "--db", str(db), "--period", "2025-N", "--out", str(db.parent / "backups")]


def _export_over_a_link_to_the_database(db: Path, folder: Path) -> list[str]:
    link = folder / "bao-cao.xlsx"
    link.symlink_to(db)
    return ["export", "--db", str(db), "--period", "2025-N", "--out", str(link)]


def _inbox(folder: Path) -> Path:
    inbox = folder / "nhan"
    inbox.mkdir(exist_ok=True)
    three_communes(inbox)
    return inbox


def _aggregate_over_an_input(_db: Path, folder: Path) -> list[str]:
    inbox = _inbox(folder)
    first = sorted(inbox.iterdir())[0]
    return ["aggregate", "--province", "66", "--period", "2025-N", "--out", str(first), str(inbox)]


def _aggregate_over_the_database(db: Path, folder: Path) -> list[str]:
    return [
        "aggregate",
        "--province",
        "66",
        "--db",
        str(db),
        "--period",
        "2025-N",
        "--out",
        str(db),
        str(_inbox(folder)),
    ]


def _aggregate_over_another_database(db: Path, folder: Path) -> list[str]:
    other = folder / "xa-khac.xlsx"
    other.write_bytes(db.read_bytes())
    return [
        "aggregate",
        "--province",
        "66",
        "--period",
        "2025-N",
        "--out",
        str(other),
        str(_inbox(folder)),
    ]


def _export_to_a_fifo(db: Path, folder: Path) -> list[str]:
    import os

    pipe = folder / "pipe.xlsx"
    os.mkfifo(pipe)
    return ["export", "--db", str(db), "--period", "2025-N", "--out", str(pipe)]


OUTPUT_CASES = (
    Case("export over the database", _export_over_database, EXIT_BAD_INPUT, ("open database",)),
    Case("export over its WAL", _export_over_wal, EXIT_BAD_INPUT, ("open database",)),
    Case("export into the backups", _export_into_backups, EXIT_BAD_INPUT, ("backups folder",)),
    Case(
        "export over a link to the database",
        _export_over_a_link_to_the_database,
        EXIT_BAD_INPUT,
        ("open database",),
    ),
    Case(
        "aggregate over one of its inputs",
        _aggregate_over_an_input,
        EXIT_BAD_INPUT,
        ("files this command reads",),
        lambda folder: sorted((folder / "nhan").iterdir()),
    ),
    Case(
        "aggregate over the database",
        _aggregate_over_the_database,
        EXIT_BAD_INPUT,
        ("open database",),
    ),
    Case(
        "aggregate over another database",
        _aggregate_over_another_database,
        EXIT_BAD_INPUT,
        ("is a database file",),
        lambda folder: [folder / "xa-khac.xlsx"],
    ),
    Case("export to a pipe", _export_to_a_fifo, EXIT_BAD_INPUT, ("not a regular file",)),
)


def xlsx_bytes(members: dict[str, bytes | str]) -> bytes:
    """A zip of ``members`` (name -> content)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def _aggregate_devices(_db: Path, folder: Path) -> list[str]:
    """A link to /dev/zero (once told "50 MB; at most 50 MB") and a pipe (once waited forever)."""
    import os

    (folder / "zero.xlsx").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.xlsx")
    out = folder / "tong-hop.xlsx"
    # named one by one (a folder's listing passes over anything that is not a regular file)
    inputs = [str(folder / "zero.xlsx"), str(folder / "pipe.xlsx")]
    return ["aggregate", "--province", "66", "--period", "2025-N", "--out", str(out), *inputs]


def _aggregate_a_huge_value(_db: Path, folder: Path) -> list[str]:
    """One commune's TV04 typed as 1E+300 in Excel (once quoted with 301 digits)."""
    from openpyxl import load_workbook

    inbox = _inbox(folder)
    path = sorted(inbox.iterdir())[0]
    book = load_workbook(path)
    [(sheet, cell)] = list(book.defined_names["HTSD_TV04"].destinations)
    book[sheet][cell.replace("$", "")].value = 1e300
    book.save(path)
    return [
        "aggregate",
        "--province",
        "66",
        "--period",
        "2025-N",
        "--out",
        str(folder / "tong-hop.xlsx"),
        str(inbox),
    ]


AGGREGATE_CASES = (
    Case(
        "aggregate a value of 1e300",
        _aggregate_a_huge_value,
        0,  # the other communes are counted
        ("rejected", "TV04 (1e+300)"),
    ),
    Case(
        "aggregate a device and a pipe",
        _aggregate_devices,
        EXIT_BAD_INPUT,
        (
            "zero.xlsx: rejected: This is not a regular file",
            "pipe.xlsx: rejected: This is not a regular file",
            "nothing written",
        ),
    ),
)


# -- import ----------------------------------------------------------------------------------

VISITS_HEADER = ["ngay", "ma_thiet_che", "tong_luot"]
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet '
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="LuotBanDoc" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def hand_made_xlsx(sheet_data: str, extra: dict[str, bytes | str] | None = None) -> bytes:
    """A minimal xlsx whose one sheet holds ``sheet_data`` (rows of ``<c>`` elements)."""
    return xlsx_bytes(
        {
            "[Content_Types].xml": _CONTENT_TYPES,
            "_rels/.rels": _ROOT_RELS,
            "xl/workbook.xml": _WORKBOOK,
            "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
            "xl/worksheets/sheet1.xml": _SHEET_START + sheet_data + "</sheetData></worksheet>",
            **(extra or {}),
        }
    )


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


_HEADER_ROW = (
    '<row r="1">'
    + "".join(
        _inline(f"{letter}1", name) for letter, name in zip("ABC", VISITS_HEADER, strict=True)
    )
    + "</row>"
)


def _import(db: Path, *files: Path) -> list[str]:
    return ["import", "--db", str(db), *map(str, files)]


def _far_cell(db: Path, folder: Path) -> list[str]:
    """1.5 KB: the header and one value at XFD1048576 (python-calamine would ask 512 GB)."""
    path = folder / "xa-xa.xlsx"
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    path.write_bytes(hand_made_xlsx(_HEADER_ROW + far))
    assert len(path.read_bytes()) < 2_000
    return _import(db, path)


def _huge_cell(db: Path, folder: Path) -> list[str]:
    """A few hundred KB that inflate to 40 MB of one cell's text."""
    path = folder / "o-lon.xlsx"
    row = '<row r="2">' + _inline("A2", "02/03/2026") + _inline("B2", "TV1")
    row += _inline("C2", "9" * 40_000_000) + "</row>"
    path.write_bytes(hand_made_xlsx(_HEADER_ROW + row))
    assert len(path.read_bytes()) < 300_000
    return _import(db, path)


def _macros(db: Path, folder: Path) -> list[str]:
    path = folder / "macro.xlsx"
    row = '<row r="2">' + _inline("A2", "02/03/2026") + _inline("B2", "TV1")
    row += '<c r="C2"><v>5</v></c></row>'
    path.write_bytes(hand_made_xlsx(_HEADER_ROW + row, {"xl/vbaProject.bin": b"\x00" * 64}))
    return _import(db, path)


def _encrypted(db: Path, folder: Path) -> list[str]:
    from tests.reports.hostile_files import compound_file

    path = folder / "mat-khau.xlsx"
    path.write_bytes(
        compound_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"x" * 100})
    )
    return _import(db, path)


def _error_cells_from_libreoffice(db: Path, folder: Path) -> list[str]:
    """A sheet saved by LibreOffice whose cell C2 holds #DIV/0! (over the stored 10)."""
    import subprocess

    source = folder / "loi.csv"
    source.write_text(
        "ngay,ma_thiet_che,tong_luot\n02/03/2026,TV1,=1/0\n03/03/2026,TV1,7\n", encoding="utf-8"
    )
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo-profile",
         "--convert-to", "xlsx", "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return _import(db, folder / "loi.xlsx")


def _uncached_formula(db: Path, folder: Path) -> list[str]:
    """A formula with no stored result (as a program writes one) over the stored 3."""
    path = folder / "cong-thuc.xlsx"
    row = '<row r="3">' + _inline("A3", "03/03/2026") + _inline("B3", "TV1")
    row += '<c r="C3"><f>SUM(A1:A2)</f></c></row>'
    path.write_bytes(hand_made_xlsx(_HEADER_ROW + row))
    return _import(db, path)


def _huge_number(db: Path, folder: Path) -> list[str]:
    path = folder / "so-lon.xlsx"
    row = '<row r="2">' + _inline("A2", "02/03/2026") + _inline("B2", "TV1")
    row += '<c r="C2"><v>1E+300</v></c></row>'
    path.write_bytes(hand_made_xlsx(_HEADER_ROW + row))
    return _import(db, path)


def _link_to_dev_zero(db: Path, folder: Path) -> list[str]:
    link = folder / "zero.csv"
    link.symlink_to("/dev/zero")
    return _import(db, link)


def _fifo(db: Path, folder: Path) -> list[str]:
    import os

    pipe = folder / "pipe.csv"
    os.mkfifo(pipe)
    return _import(db, pipe)


def _too_large(db: Path, folder: Path) -> list[str]:
    path = folder / "qua-lon.csv"
    with path.open("wb") as stream:
        stream.write(b"ngay,ma_thiet_che,tong_luot\n")
        stream.truncate(60 * 1024 * 1024)  # sparse: 60 MB on paper, nothing on the disk
    return _import(db, path)


IMPORT_CASES = (
    Case(
        "import a far cell",
        _far_cell,
        EXIT_BAD_INPUT,
        ("xa-xa.xlsx", "17.179.869.184 cells", "at most 1.000.000"),
    ),
    Case(
        "import a huge cell",
        _huge_cell,
        EXIT_BAD_INPUT,
        ("o-lon.xlsx", "too large to import", "38 MB"),
    ),
    Case(
        "import with macros",
        _macros,
        EXIT_BAD_INPUT,
        ("macro.xlsx", "macros, which are never imported"),
    ),
    Case("import encrypted", _encrypted, EXIT_BAD_INPUT, ("mat-khau.xlsx", "password")),
    Case(
        "import an error cell",
        _error_cells_from_libreoffice,
        EXIT_BAD_INPUT,
        ("loi.xlsx", "row 2", "column tong_luot", "Cell C2", "loi", "#DIV/0!"),
    ),
    Case(
        "import an uncached formula",
        _uncached_formula,
        EXIT_BAD_INPUT,
        ("cong-thuc.xlsx", "row 3", "column tong_luot", "Cell C3", "LuotBanDoc", "never saved"),
    ),
    Case("import 1e300", _huge_number, EXIT_BAD_INPUT, ("so-lon.xlsx", "1e+300")),
    Case("import /dev/zero", _link_to_dev_zero, EXIT_BAD_INPUT, ("zero.csv", "not a regular file")),
    Case("import a pipe", _fifo, EXIT_BAD_INPUT, ("pipe.csv", "not a regular file")),
    Case("import 60 MB", _too_large, EXIT_BAD_INPUT, ("qua-lon.csv", "is 60 MB", "at most 50 MB")),
)

# -- restore ---------------------------------------------------------------------------------


def _restore_another_commune(db: Path, folder: Path) -> list[str]:
    """A Hà Nội database offered as the backup of commune 24175 (Đắk Lắk)."""
    other = folder / "ha-noi.sqlite3"
    ws = Workspace.open(other)
    setup.configure_unit(ws, setup.prepare_unit(province_code="01", commune_code="00004"))
    ws.close()
    return ["restore", "--db", str(db), str(other)]


def _restore_dev_zero(db: Path, folder: Path) -> list[str]:
    link = folder / "zero.sqlite3"
    link.symlink_to("/dev/zero")
    return ["restore", "--db", str(db), str(link)]


RESTORE_CASES = (
    Case(
        "restore another commune's backup",
        _restore_another_commune,
        EXIT_BAD_INPUT,
        ("commune 00004", "not of", "commune 24175", "--yes", "Nothing was changed"),
        lambda folder: [folder / "ha-noi.sqlite3"],
    ),
    Case("restore /dev/zero", _restore_dev_zero, EXIT_BAD_INPUT, ("not a regular file",)),
)

# -- check -----------------------------------------------------------------------------------


def _check_missing(_db: Path, folder: Path) -> list[str]:
    return ["check", "--db", str(folder / "rut-usb" / "htsd.sqlite3")]


def _check_fifo(_db: Path, folder: Path) -> list[str]:
    import os

    pipe = folder / "pipe.sqlite3"
    os.mkfifo(pipe)
    return ["check", "--db", str(pipe)]


def _check_dev_zero(_db: Path, folder: Path) -> list[str]:
    link = folder / "zero.sqlite3"
    link.symlink_to("/dev/zero")
    return ["check", "--db", str(link)]


def _check_damaged(db: Path, folder: Path) -> list[str]:
    copy = folder / "hong.sqlite3"
    data = bytearray(db.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096  # a page of records overwritten
    copy.write_bytes(bytes(data))
    return ["check", "--db", str(copy)]


CHECK_CASES = (
    Case("check a missing database", _check_missing, EXIT_BAD_INPUT, ("does not exist",)),
    Case("check a pipe", _check_fifo, EXIT_BAD_INPUT, ("not a regular file",)),
    Case("check /dev/zero", _check_dev_zero, EXIT_BAD_INPUT, ("not a regular file",)),
    Case("check a damaged database", _check_damaged, EXIT_DAMAGED, ("is damaged",)),
)

CASES = (*OUTPUT_CASES, *AGGREGATE_CASES, *IMPORT_CASES, *RESTORE_CASES, *CHECK_CASES)
