"""``aggregate`` over a messy folder stays under 500 MB resident and still writes its workbook.

The folder mixes genuine exports of 20 communes with zip bombs, sheets whose
cells span millions of places, a file just under every size limit and other
hostile files. The command runs in a child process, which reports its own peak
resident memory when it is done.
"""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
import textwrap
import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.domain.divisions import communes_of
from desktop_app.reports.reader import read_report
from desktop_app.reports.unit_workbook import write_unit_workbook
from desktop_app.reports.zip_guard import MAX_FILE_BYTES, MAX_MEMBERS, open_xlsx
from desktop_app.services.demo import demo
from desktop_app.services.reporting import report_export
from desktop_app.services.workspace import Workspace
from tests.reports.hostile_files import compound_file, deflated, members_of, with_raw_member, zipped

LIMIT_MB = 500
VALID = 20
PROVINCE = "66"
PLUS7 = timezone(timedelta(hours=7))
# The child's own peak: VmHWM of /proc/self/status. ru_maxrss would not do: Linux carries the
# parent's high-water mark into a child started by fork (or vfork) and exec.
CHILD = textwrap.dedent(
    """
    import sys
    from desktop_app.cli.main import main
    status = main(sys.argv[1:])
    with open("/proc/self/status") as lines:
        peak = next(line.split()[1] for line in lines if line.startswith("VmHWM:"))
    print(f"peak_rss_kb={peak}")
    sys.exit(status)
    """
)


def _with_cells(data: bytes, part: str, xml: bytes) -> bytes:
    members = members_of(data)
    members[part] = members[part].replace(b"</sheetData>", xml + b"</sheetData>")
    return zipped(members)


def _heavy(data: bytes, parts: dict[str, str], sheets: tuple[str, ...]) -> bytes:
    """``sheets`` with ~540,000 more cells each (13 MB), and 8 MB of shared strings."""
    members = members_of(data)
    columns = [f"{a}{b}" for a in "ABCDEFGHIJKLMNOPQRSTUVWXY" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    pattern = "".join(f'<c r="{column}{{row}}"><v>1</v></c>' for column in columns[:600])
    rows = "".join(
        f'<row r="{row}">' + pattern.format(row=row) + "</row>" for row in range(100, 1000)
    )
    for sheet in sheets:
        name = parts[sheet]
        members[name] = members[name].replace(b"</sheetData>", rows.encode() + b"</sheetData>")
        assert 12_000_000 < len(members[name]) < 16 * 1024 * 1024
    strings = b"<si><t>x</t></si>" * 480_000
    members["xl/sharedStrings.xml"] = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + strings
        + b"</sst>"
    )
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
        b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    members["xl/_rels/workbook.xml.rels"] = members["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    out = zipped(members)
    assert sum(len(v) for v in members.values()) < 50 * 1024 * 1024
    return out


@pytest.fixture(scope="module")
def messy_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], set[str]]:
    """The folder, the communes of its genuine exports, and the names of its hostile files."""
    folder = tmp_path_factory.mktemp("inbox")
    workspace = Workspace.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    try:
        demo.build_demo(workspace, years=1, today=date(2026, 11, 22))
        report = report_export.build(
            workspace, "2025-N", now=datetime(2026, 1, 10, 8, 0, tzinfo=PLUS7)
        )
    finally:
        workspace.close()
    communes = communes_of(PROVINCE)[: VALID + 1]
    valid = set()
    for commune in communes[:VALID]:
        unit = replace(report, unit_code=commune.code, unit_name=commune.name)
        (folder / unit.file_name).write_bytes(write_unit_workbook(unit))
        valid.add(commune.code)
    base = write_unit_workbook(replace(report, unit_code=communes[VALID].code))
    parts = {name: found[0] for name, found in open_xlsx(base).sheets.items()}
    rng = random.Random(20261122)
    hostile: dict[str, bytes] = {}

    strings, crc = deflated(b"<si><t>bom</t></si>" * 3500, 200 * 1024 * 1024)
    hostile["bomb-shared-strings.xlsx"] = with_raw_member(
        base, "xl/sharedStrings.xml", strings, crc, 200 * 1024 * 1024
    )
    hostile["bomb-declared-small.xlsx"] = with_raw_member(
        base, "xl/sharedStrings.xml", strings, crc, 4096
    )
    row = b'<row r="40"><c r="A40" t="inlineStr"><is><t>' + b"x" * 1000 + b"</t></is></c></row>"
    sheet = members_of(base)[parts["Bieu01"]].replace(
        b"</sheetData>", row * 30_000 + b"</sheetData>"
    )
    packed, crc = deflated(sheet, len(sheet))
    hostile["bomb-sheet.xlsx"] = with_raw_member(base, parts["Bieu01"], packed, crc, len(sheet))
    far = {
        "far-cell.xlsx": b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
        "far-row-without-r.xlsx": b'<row r="900000"><c><v>1</v></c><c><v>1</v></c></row>',
        "far-prefixed.xlsx": b'<x:row xmlns:x="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" r="900000"><x:c r="XFD900000"><x:v>1</x:v></x:c></x:row>',
        "far-duplicate-r.xlsx": b'<row r="47"><c r="A47" r="XFD900000"><v>1</v></c></row>',
        "far-single-quotes.xlsx": b"<row r='47'><c r='xfd900000'><v>1</v></c></row>",
    }
    for name, xml in far.items():
        hostile[name] = _with_cells(base, parts["_data"], xml)
    hostile["random-45mb.xlsx"] = rng.randbytes(45 * 1024 * 1024)
    hostile["over-the-limit.xlsx"] = b"PK\x03\x04" + bytes(MAX_FILE_BYTES + 1024)
    hostile["truncated.xlsx"] = base[: len(base) // 3]
    hostile["csv-renamed.xlsx"] = b"ngay,ma_thiet_che,tong_luot\n01/02/2025,TV1,35\n"
    utf16 = members_of(base)
    utf16[parts["Bieu01"]] = utf16[parts["Bieu01"]].decode().encode("utf-16")
    hostile["utf16-sheet.xlsx"] = zipped(utf16)
    hostile["empty.xlsx"] = b""
    hostile["encrypted.xlsx"] = compound_file(
        {
            "EncryptionInfo": struct.pack("<HHI", 4, 4, 0x40),
            "EncryptedPackage": rng.randbytes(30_000),
        }
    )
    hostile["old.xls"] = compound_file({"Workbook": b"\x09\x08" + bytes(2000)})
    macros = members_of(base)
    macros["xl/vbaProject.bin"] = rng.randbytes(5000)
    hostile["macros.xlsm"] = zipped(macros)
    many = members_of(base)
    many.update({f"xl/junk/{n}.xml": b"" for n in range(MAX_MEMBERS + 1)})
    hostile["many-members.xlsx"] = zipped(many)
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    hostile["calc.ods"] = ods.getvalue()
    hostile["heavy-over-budget.xlsx"] = _heavy(base, parts, ("Bieu01", "Bieu02"))
    for name, data in hostile.items():
        (folder / name).write_bytes(data)

    # allowed, just under the limits: counted like any report
    heavy_commune = communes[VALID]
    (folder / "heavy-but-legal.xlsx").write_bytes(_heavy(base, parts, ("Bieu01",)))
    valid.add(heavy_commune.code)
    image = members_of(
        write_unit_workbook(replace(report, unit_code=communes_of(PROVINCE)[VALID + 1].code))
    )
    image["xl/media/image1.png"] = rng.randbytes(45 * 1024 * 1024)
    (folder / "with-a-big-photo.xlsx").write_bytes(zipped(image, zipfile.ZIP_STORED))
    valid.add(communes_of(PROVINCE)[VALID + 1].code)
    assert len(list(folder.iterdir())) >= 40
    return folder, valid, set(hostile)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_a_messy_folder_is_aggregated_within_500_mb(
    messy_folder: tuple[Path, set[str], set[str]], tmp_path: Path, data_dir: Path
) -> None:
    folder, valid, hostile = messy_folder
    out = tmp_path / "tong-hop.xlsx"
    command = ["aggregate", "--period", "2025-N", "--province", PROVINCE, "--lang", "en"]
    child = subprocess.run(
        [sys.executable, "-c", CHILD, *command, "--out", str(out), str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "HTSD_DATA_DIR": str(data_dir)},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.returncode == 0, child.stderr[-3000:]
    peak_kb = int(child.stdout.rsplit("peak_rss_kb=", 1)[1])
    assert peak_kb <= LIMIT_MB * 1024, f"peak resident memory {peak_kb // 1024} MB"
    assert "Traceback" not in child.stderr
    refused = {
        Path(line.removeprefix("htsd: ").split(": ", 1)[0]).name
        for line in child.stderr.splitlines()
        if ": rejected: " in line
    }
    assert hostile <= refused, hostile - refused
    rollup = read_report(out.read_bytes(), out.name)
    assert rollup.ok and rollup.meta["kind"] == "rollup", rollup.problems
    assert set(rollup.meta["units_included"].split(",")) == valid
