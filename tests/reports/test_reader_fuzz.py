"""Fuzzing the reader with real exported workbooks: never a crash, a reason for every refusal.

The workbook is the demo commune's 2026 report, written by the program's own
export. Each family of mutations runs a fixed number of seeded cases (several
hundred in all), so a failure names a case that can be replayed.
"""

from __future__ import annotations

import io
import math
import random
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.domain.indicators import indicator
from desktop_app.reports.problems import REASONS
from desktop_app.reports.reader import ReadResult, read_report
from desktop_app.reports.zip_guard import open_xlsx
from desktop_app.services.demo import demo
from desktop_app.services.reporting import report_export
from desktop_app.services.workspace import Workspace

CASES = 36  # per family; 14 families
Check = Callable[[ReadResult], bool]
Mutation = tuple[bytes, Check | None]  # the bytes, and what the result must be when known
TODAY = date(2026, 11, 22)


@dataclass(frozen=True)
class Export:
    """The real export, its members, and where its sheets and indicator cells are."""

    data: bytes
    members: dict[str, bytes]
    parts: dict[str, str]  # sheet name -> member
    cells: dict[str, tuple[str, str]]  # indicator code -> sheet, cell
    values: dict[str, float | None]


@pytest.fixture(scope="session")
def export(tmp_path_factory: pytest.TempPathFactory) -> Export:
    """The demo commune's 2026 report, written once per session by the program's export."""
    workspace = Workspace.open(tmp_path_factory.mktemp("fuzz") / "demo.sqlite3")
    try:
        demo.build_demo(workspace, years=1, today=TODAY)
        now = datetime(2026, 11, 22, 9, 30, tzinfo=timezone(timedelta(hours=7)))
        report = report_export.build(workspace, "2026-N", now=now)
        path = report_export.save_report(report, tmp_path_factory.mktemp("fuzz-out"))
    finally:
        workspace.close()
    data = Path(path).read_bytes()
    result = read_report(data, path.name)
    assert result.ok and not result.edited and len(result.values) > 20
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    parts = {name: found[0] for name, found in open_xlsx(data).sheets.items()}
    return Export(data, members, parts, dict(result.addresses), dict(result.values))


def _zip(members: dict[str, bytes], order: list[str] | None = None) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicated name is the point of some cases
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in order or list(members):
                archive.writestr(name, members[name])
    return out.getvalue()


def _edit(export: Export, sheet: str, change: Callable[[bytes], bytes]) -> bytes:
    members = dict(export.members)
    members[export.parts[sheet]] = change(members[export.parts[sheet]])
    return _zip(members)


def _cell_pattern(cell: str) -> re.Pattern[bytes]:
    return re.compile(rb'<c r="' + cell.encode() + rb'"[^>]*?(?:/>|>.*?</c>)')


def _replace_cell(part: bytes, cell: str, xml: str) -> bytes:
    return _cell_pattern(cell).sub(lambda _m: xml.encode(), part, count=1)


def _text_cell(cell: str, text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{cell}" t="inlineStr"><is><t>{escaped}</t></is></c>'


HOSTILE_TEXTS = (
    "",
    " ",
    "khoảng 100",
    "=1+1",
    "-",
    "1.234,5",
    "NaN",
    "∞",
    "x" * 5000,
    "\u202e05\u202c",
    "0" * 400,
    "99999999999999999999999",
    "Bieu01",
    "E0",
    "ZZZZ1",
    "A1048577",
    "htsd-report",
    "2",
    "rollup",
)
HOSTILE_NUMBERS = ("-1", "-0", "0.5", "1e308", "1e999", "-1e999", "123456789012", "1E-300", "nan")


# ---- the families: each returns the mutated bytes and, when the outcome is known, a check


def flip_bytes(rng: random.Random, export: Export) -> Mutation:
    data = bytearray(export.data)
    for _ in range(rng.randint(1, 40)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data), None


def truncate(rng: random.Random, export: Export) -> Mutation:
    cut = rng.randrange(0, len(export.data) - 1)
    return export.data[:cut], lambda result: not result.ok


def drop_member(rng: random.Random, export: Export) -> Mutation:
    members = dict(export.members)
    name = rng.choice(sorted(members))
    del members[name]
    needed = {
        "[Content_Types].xml",
        "xl/workbook.xml",
        export.parts["_meta"],
        export.parts["_data"],
    }
    return _zip(members), (lambda result: not result.ok) if name in needed else None


def duplicate_member(rng: random.Random, export: Export) -> Mutation:
    names = list(export.members)
    name = rng.choice(names)
    members = dict(export.members)
    content = members[name]
    junk = content[: rng.randrange(len(content) + 1)] + rng.randbytes(rng.randrange(50))
    order = [*names, name] if rng.random() < 0.5 else [name, *names]
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            seen = set()
            for entry in order:
                archive.writestr(entry, junk if entry in seen else members[entry])
                seen.add(entry)
    return out.getvalue(), None


def corrupt_sheet_xml(rng: random.Random, export: Export) -> Mutation:
    sheet = rng.choice(["_meta", "_data", *sorted({s for s, _ in export.cells.values()})])

    def change(part: bytes) -> bytes:
        start = rng.randrange(len(part))
        end = min(len(part), start + rng.randrange(1, 300))
        match rng.randrange(4):
            case 0:
                return part[:start] + part[end:]
            case 1:
                return (
                    part[:start]
                    + rng.choice([b"<", b">", b"</row>", b"<c>", b"&", b'"'])
                    + part[start:]
                )
            case 2:
                return part[:start] + part[start:end][::-1] + part[end:]
            case _:
                return part[:start] + part[end:] + part[start:end]

    return _edit(export, sheet, change), None


def damage_month_sheet(rng: random.Random, export: Export) -> Mutation:
    """The month sheet is outside the contract: whatever becomes of it, the file reads as before
    (its months read, or left out)."""

    def change(part: bytes) -> bytes:
        start = rng.randrange(len(part))
        end = min(len(part), start + rng.randrange(1, 300))
        match rng.randrange(6):
            case 0:
                return part[:start] + part[end:]
            case 1:
                return (
                    part[:start] + rng.choice([b"<", b">", b"</row>", b"<c>", b"&"]) + part[start:]
                )
            case 2:
                return part[:start] + part[start:end][::-1] + part[end:]
            case 3:
                cell = f"{rng.choice('ABCDE')}{rng.randrange(5, 20)}"
                value = rng.choice(HOSTILE_TEXTS + HOSTILE_NUMBERS)
                if rng.random() < 0.5 and value in HOSTILE_NUMBERS:  # as a number: NaN, 1e999
                    return _replace_cell(part, cell, f'<c r="{cell}" t="n"><v>{value}</v></c>')
                return _replace_cell(part, cell, _text_cell(cell, value))
            case 4:
                far = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
                return part.replace(b"</sheetData>", far, 1)
            case _:
                return part.replace(b"<sheetData>", b"<sheetData>" + b" " * 400_000, 1)

    def same(result: ReadResult) -> bool:
        table = result.month_table
        return (
            result.ok
            and result.values == export.values
            and not result.edited
            and (table is None or (table.units == 1 and 0 < len(table.months) <= 12))
        )

    return _edit(export, "BieuDo", change), same


def change_meta(rng: random.Random, export: Export) -> Mutation:
    row = rng.randrange(2, 17)
    value = rng.choice(HOSTILE_TEXTS + HOSTILE_NUMBERS)
    as_number = rng.random() < 0.2 and value in HOSTILE_NUMBERS
    cell = f'<c r="B{row}" t="n"><v>{value}</v></c>' if as_number else _text_cell(f"B{row}", value)
    data = _edit(export, "_meta", lambda part: _replace_cell(part, f"B{row}", cell))
    if row == 2 and value != "htsd-report":  # format
        return data, lambda result: result.reasons == ["not_ours"]
    return data, None


def change_data_rows(rng: random.Random, export: Export) -> Mutation:
    row = rng.randrange(1, len(export.cells) + 3)
    column = rng.choice("ABCD")
    value = rng.choice(HOSTILE_TEXTS + HOSTILE_NUMBERS)
    if rng.random() < 0.3:
        cell = f'<c r="{column}{row}" t="n"><v>{value}</v></c>'
    else:
        cell = _text_cell(f"{column}{row}", value)
    if rng.random() < 0.15:  # the whole row goes
        return _edit(
            export, "_data", lambda part: re.sub(rb'<row r="%d".*?</row>' % row, b"", part, count=1)
        ), None
    return _edit(export, "_data", lambda part: _replace_cell(part, f"{column}{row}", cell)), None


def _has(reason: str) -> Check:
    return lambda result: reason in result.reasons


def _empty_and_edited(code: str, had_value: bool) -> Check:
    return lambda result: (
        result.values.get(code, 0) is None and (not had_value or code in result.edited_codes)
    )


def change_value_cells(rng: random.Random, export: Export) -> Mutation:
    code = rng.choice(sorted(export.cells))
    sheet, cell = export.cells[code]
    known = indicator(code)
    counted = known is not None and not known.is_percentage
    kind = rng.randrange(7)
    check = None
    if kind == 0:
        xml = _text_cell(cell, rng.choice([text for text in HOSTILE_TEXTS if text.strip()]))
        check = _has("bad_value")
    elif kind == 1:
        xml = f'<c r="{cell}" t="n"><v>{rng.choice(["1e300", "123456789012", "1e15"])}</v></c>'
        check = _has("implausible") if counted else None
    elif kind == 2:
        xml = f'<c r="{cell}" t="n"><v>-{rng.randint(1, 10**6)}</v></c>'
        check = _has("implausible") if counted else None
    elif kind == 3:
        # python-calamine gives an error cell as empty: no figure, an edit when _data had one
        xml = f'<c r="{cell}" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
        check = _empty_and_edited(code, export.values[code] is not None)
    elif kind == 4:
        xml = f'<c r="{cell}"><f>SUM(A1:A2)</f></c>'  # a formula never calculated: no value
        check = _empty_and_edited(code, export.values[code] is not None)
    elif kind == 5:
        xml = f'<c r="{cell}" t="b"><v>1</v></c>'
        check = _has("bad_value")
    else:
        xml = f'<c r="{cell}" t="n"><v>{rng.choice(HOSTILE_NUMBERS)}</v></c>'
    return _edit(export, sheet, lambda part: _replace_cell(part, cell, xml)), check


def remove_or_rename_sheets(rng: random.Random, export: Export) -> Mutation:
    members = dict(export.members)
    workbook = members["xl/workbook.xml"]
    names = re.findall(rb'<sheet [^>]*name="([^"]+)"', workbook)
    name = rng.choice(names)
    if rng.random() < 0.5:
        workbook = re.sub(rb'<sheet [^>]*name="' + re.escape(name) + rb'"[^>]*/>', b"", workbook)
    else:
        workbook = workbook.replace(b'name="' + name + b'"', b'name="' + name[::-1] + b'x"', 1)
    members["xl/workbook.xml"] = workbook
    vital = name.decode() in ("_meta", "_data") or name.decode() in {
        sheet for sheet, _cell in export.cells.values()
    }
    return _zip(members), (lambda result: not result.ok) if vital else None


def edit_workbook_parts(rng: random.Random, export: Export) -> Mutation:
    members = dict(export.members)
    name = rng.choice(
        ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]
    )
    part = members[name]
    start = rng.randrange(len(part))
    match rng.randrange(3):
        case 0:
            part = part[:start] + part[start + rng.randrange(1, 100) :]
        case 1:
            part = part.replace(b'"', b"'", rng.randrange(1, 20))
        case _:
            part = part[:start] + b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>' + part[start:]
    members[name] = part
    return _zip(members), None


def shuffle_and_recompress(rng: random.Random, export: Export) -> Mutation:
    order = list(export.members)
    rng.shuffle(order)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in order:
            method = rng.choice(
                [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED] * 20 + [zipfile.ZIP_BZIP2]
            )
            archive.writestr(name, export.members[name], compress_type=method)
    return out.getvalue(), None


def damage_zip_directory(rng: random.Random, export: Export) -> Mutation:
    data = bytearray(export.data)
    entries = [m.start() for m in re.finditer(rb"PK\x01\x02", data)]
    entry = rng.choice(entries)
    field, width = rng.choice([(8, 2), (10, 2), (16, 4), (20, 4), (24, 4), (42, 4)])
    data[entry + field : entry + field + width] = rng.randbytes(width)
    return bytes(data), None


def add_foreign_parts(rng: random.Random, export: Export) -> Mutation:
    members = dict(export.members)
    choice = rng.randrange(3)
    if choice == 0:
        members["xl/vbaProject.bin"] = rng.randbytes(200)
        return _zip(members), lambda result: result.reasons == ["macros"]
    if choice == 1:
        members[f"xl/media/image{rng.randrange(9)}.png"] = rng.randbytes(rng.randrange(10_000))
        return _zip(members), lambda result: result.ok
    members["customXml/item1.xml"] = b"<x>" + b"<y/>" * rng.randrange(10_000) + b"</x>"
    return _zip(members), lambda result: result.ok


FAMILIES = (
    flip_bytes,
    truncate,
    drop_member,
    duplicate_member,
    corrupt_sheet_xml,
    damage_month_sheet,
    change_meta,
    change_data_rows,
    change_value_cells,
    remove_or_rename_sheets,
    edit_workbook_parts,
    shuffle_and_recompress,
    damage_zip_directory,
    add_foreign_parts,
)


def _well_formed(result: ReadResult) -> bool:
    """Accepted with figures, or refused with known reasons that each say why."""
    if not isinstance(result, ReadResult):
        return False
    if any(p.reason not in REASONS or not p.detail.strip() for p in result.problems):
        return False
    if result.ok:
        return bool(result.values) and all(
            value is None or (isinstance(value, float) and math.isfinite(value))
            for value in result.values.values()
        )
    return bool(result.problems)


@pytest.mark.parametrize("family", FAMILIES, ids=[f.__name__ for f in FAMILIES])
def test_mutated_exports_are_read_or_refused_with_a_reason(
    export: Export, family: Callable[[random.Random, Export], Mutation]
) -> None:
    failures = []
    for case in range(CASES):
        rng = random.Random(f"{family.__name__}-{case}")
        data, check = family(rng, export)
        result = read_report(data, f"HTSD_66_24175_2026-N-{case}.xlsx")
        if not _well_formed(result) or (check is not None and not check(result)):
            failures.append((case, result.reasons, [p.detail for p in result.problems][:2]))
    assert not failures, failures


def test_the_unchanged_export_reads_back_exactly(export: Export) -> None:
    result = read_report(export.data, "HTSD_66_24175_2026-N.xlsx")
    assert result.ok and result.values == export.values and not result.edited
    assert result.month_table is not None and len(result.month_table.months) == 12
