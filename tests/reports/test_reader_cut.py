"""Form sheets cut down to the cells the reader looks at: the same result as reading them whole.

python-calamine spends most of its time on a form's texts, so the guard hands it
a form sheet without them when the sheet is regular enough (``part_checks``).
Each test here reads a workbook twice, cut and whole (the cut switched off), and
expects the very same result, refusals included.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from desktop_app.reports import zip_guard
from desktop_app.reports.part_checks import (
    Kept,
    cells_of_columns,
    check_and_cut,
    check_cells,
    numbers_between,
)
from desktop_app.reports.reader import ReadResult, read_report
from desktop_app.reports.workbook_parts import sheet_parts
from desktop_app.reports.zip_guard import open_xlsx
from tests.reports.hostile_files import members_of, zipped

SHEET1 = "xl/worksheets/sheet1.xml"  # Bieu01: TV01 in E12 ... TV10 in E16
DATA = "xl/worksheets/sheet7.xml"  # _data
VALUES = Kept(frozenset({"D", "E"}), (12, 16))


def _summary(result: ReadResult) -> tuple[object, ...]:
    return (
        result.meta,
        result.values,
        result.data_values,
        result.addresses,
        result.previous,
        result.edited,
        result.edited_codes,
        [(found.reason, found.code, found.detail) for found in result.problems],
    )


def _read_whole(data: bytes, monkeypatch: pytest.MonkeyPatch) -> ReadResult:
    """``data`` read with every sheet handed over whole, as before the cut existed."""
    with monkeypatch.context() as patch:
        patch.setattr(
            zip_guard, "check_and_cut", lambda name, part, kept: (check_cells(name, part), None)
        )
        patch.setattr(zip_guard, "cells_of_columns", lambda part, kept: None)
        return read_report(data, "x.xlsx")


def _same_cut_or_whole(data: bytes, monkeypatch: pytest.MonkeyPatch) -> ReadResult:
    cut = read_report(data, "x.xlsx")
    assert _summary(cut) == _summary(_read_whole(data, monkeypatch))
    return cut


def _changed(data: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    members = members_of(data)
    members[name] = change(members[name])
    return zipped(members)


def test_the_parts_of_the_sample_are_where_the_tests_say(written: bytes) -> None:
    book = open_xlsx(written)
    assert book.sheets["Bieu01"] == [SHEET1] and book.sheets["_data"] == [DATA]
    assert book.named_cells["Bieu01"] == {("E", row) for row in range(12, 17)}


def test_a_genuine_export_is_cut_and_reads_as_when_whole(
    written: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    cuts = []

    def spy(name: str, part: bytes, kept: Kept) -> tuple[bytes, bytes | None]:
        checked, cut = check_and_cut(name, part, kept)
        cuts.append((name, len(part), cut))
        return checked, cut

    monkeypatch.setattr(zip_guard, "check_and_cut", spy)
    result = read_report(written, "x.xlsx")
    monkeypatch.undo()
    assert result.ok and not result.edited
    assert _summary(result) == _summary(_read_whole(written, monkeypatch))
    assert {name for name, _size, _cut in cuts} == {SHEET1, "xl/worksheets/sheet2.xml"}
    for _name, size, cut in cuts:
        assert cut is not None and len(cut) < size / 2


def test_the_cut_keeps_the_values_of_the_kept_cells_and_removes_the_rest(written: bytes) -> None:
    part = members_of(written)[SHEET1]
    cut = cells_of_columns(part, VALUES)
    assert cut is not None
    kept = dict(re.findall(rb'<c r="([A-Z]+[0-9]+)"(.*?)</c>', cut))
    assert {b"E12", b"E13", b"E14", b"E15", b"E16"} <= set(kept)  # the figures
    for ref, cell in kept.items():  # no label, unit, target, heading or signature
        assert (ref[:1] in b"DE" and 12 <= int(ref[1:]) <= 16) or b"=" in cell, ref
    assert b"<c r=" in part[: part.find(b'<c r="E12"')]  # the whole part had them
    # everything around the cells stays as it was
    assert cut[: cut.find(b"<sheetData>")] == part[: part.find(b"<sheetData>")]
    assert cut[cut.rfind(b"</sheetData>") :] == part[part.rfind(b"</sheetData>") :]
    assert re.findall(rb"<row [^>]*>", cut) == re.findall(rb"<row [^>]*>", part)


def test_a_sheet_saved_by_excel_or_libreoffice_is_cut_too(
    written: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Their sheets begin with an XML declaration and name more row and cell attributes."""

    def resaved(part: bytes) -> bytes:
        part = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + part
        part = re.sub(rb'<row r="(\d+)"', rb'<row r="\1" spans="1:8" x14ac:dyDescent="0.25"', part)
        return part.replace(b't="n"><v>', b"><v>")

    part = resaved(members_of(written)[SHEET1])
    assert cells_of_columns(part, VALUES) is not None
    result = _same_cut_or_whole(_changed(written, SHEET1, resaved), monkeypatch)
    assert result.ok and result.values["TV01"] == 4


@pytest.mark.parametrize(
    ("where", "xml"),
    [
        ("head", b"<!-- a comment -->"),
        ("head", b"<!DOCTYPE x>"),
        ("head", b"<foo a='>'/>"),
        ("head", b"<x:sheetData/>"),
        ("inside", b'<![CDATA[<c r="E12"><v>5</v></c>]]>'),
        ("inside", b"<?pi x?>"),
        ("inside", b"junk"),
        ("cell", b'<c r="A12"><c r="E12"><v>99</v></c></c>'),
        ("cell", b'<c r="A12"><x:c r="E12"><v>99</v></x:c></c>'),
        ("cell", b'<c r="A12" r="XFD1048576"><v>1</v></c>'),
        ("cell", b'<c r="A12" foo="a>b"><v>1</v></c>'),
        ("cell", b"<c r='A12'><v>1</v></c>"),
        ("cell", b'<c r="a12"><v>1</v></c>'),
        ("cell", b'<c  r="A12"><v>1</v></c>'),
        ("cell", b"<c><v>7</v></c>"),
        ("cell", b'<c r="A12" t="n"></c >'),
        ("cell", b'<c r="A1048576"><v>1</v></c>'),
    ],
)
def test_an_irregular_sheet_is_handed_over_whole(written: bytes, where: str, xml: bytes) -> None:
    part = members_of(written)[SHEET1]
    if where == "head":
        part = part.replace(b"<sheetData>", xml + b"<sheetData>", 1)
    elif where == "inside":
        part = part.replace(b"<sheetData>", b"<sheetData>" + xml, 1)
    else:
        part = re.sub(rb'<c r="A12".*?</c>', xml.replace(b"\\", b"\\\\"), part, count=1)
    assert cells_of_columns(part, VALUES) is None


@pytest.mark.parametrize(
    "cell",
    [
        b'<c r="A12" t="inlineStr"><is><t>&foo;</t></is></c>',  # python-calamine refuses these
        b'<c r="A12" t="inlineStr"><is><t>&#0;</t></is></c>',
        b'<c r="A12" t="inlineStr"><is><t>&#55296;</t></is></c>',
        b'<c r="A12" t="inlineStr"><is><t>a & b</t></is></c>',
        b'<c r="A12" t="inlineStr"><is><t>\xff</t></is></c>',
        b'<c r="A12" t="n"><v>abc</v></c>',
        b'<c r="A12" t="s"><v>99</v></c>',
        b'<c r="A12" t="zz"><v>1</v></c>',
        b'<c r="A12"><v>1</v><extLst/></c>',
        b'<c r="A12" s="1" s="2" t="n"><v>1</v></c>',
        b'<c r="A12" t="inlineStr"><is><t>&#x41;&amp;</t></is></c>',  # these it reads
        b'<c r="A12" t="inlineStr"><is><r><t>rich</t></r></is></c>',
        b'<c r="A12" t="n"><v>1e5</v></c>',
        b'<c r="A12"><f>SUM(E12:E13)</f><v>3</v></c>',
        b'<c r="A12" t="inlineStr"><is><t>x:c y r=5</t></is></c>',
        b'<c r="A12"><c r="B12" t="n"><v>1</v></c></c>',  # a cell inside a cell: refused
        b'<c r="A12"><c r="B12"/></c>',
        b'<c r="A12" t="inlineStr"><is><t>x</t></is></x:c><c r="B12" t="n"><v>1</v></c></c>',
        b'<c r="A12" foo=\'<c r="B12"/>\'><v>1</v></c>',
        b'<c r="A12" t="inlineStr"><is><t>x</t><t></is></c>',  # left open: reaches further
        b'<c r="A12" t="inlineStr"><is><t>x</t></c>',
        b'<c r="A12" t="n"><v>1</c>',
        b'<c r="A12" t="inlineStr"><is><r><t>x</t></is></c>',
    ],
)
def test_a_label_python_calamine_may_fail_on_is_kept_and_read_as_when_whole(
    written: bytes, cell: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _changed(
        written, SHEET1, lambda part: re.sub(rb'<c r="A12".*?</c>', lambda _m: cell, part, count=1)
    )
    _same_cut_or_whole(data, monkeypatch)


@pytest.mark.parametrize("text", [b"x:c ", b"a r=5 ", b"a r =1"])
def test_a_far_cell_after_the_cells_is_still_refused_when_a_text_asks_for_the_exact_check(
    written: bytes, monkeypatch: pytest.MonkeyPatch, text: bytes
) -> None:
    """Text such as ":c " sends check_cells to its exact parse, which counts every cell."""

    def change(part: bytes) -> bytes:
        part = part.replace(b"<t>", b"<t>" + text, 1)
        return part.replace(b"</worksheet>", b'<x:c r="XFD1048576"/></worksheet>')

    result = _same_cut_or_whole(_changed(written, SHEET1, change), monkeypatch)
    assert result.reasons == ["too_large"]


def test_cells_data_points_at_beyond_the_named_ones_are_read_in_a_second_step(
    written: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TV01 moved to E9 and its name gone: read where _data says, from the sheet given again."""
    members = members_of(written)
    members[SHEET1] = members[SHEET1].replace(b'<c r="E12"', b'<c r="E9"', 1)
    members[DATA] = members[DATA].replace(b"<t>E12</t>", b"<t>E9</t>", 1)
    members["xl/workbook.xml"] = re.sub(
        rb'<definedName name="HTSD_TV01">[^<]*</definedName>', b"", members["xl/workbook.xml"]
    )
    result = _same_cut_or_whole(zipped(members), monkeypatch)
    assert result.ok and result.addresses["TV01"] == ("Bieu01", "E9")
    assert result.values["TV01"] == 4 and result.unnamed == ("TV01",)


# what a hand, a tool or an attacker may leave among the cells: cells, stray or unclosed tags
PIECES = (
    *(b"<", b">", b"&", b'"', b"'", b" ", b"\n", b"=", b"x", b":c ", b"r=1", b"\xff", b"\xc3\xa9"),
    *(b"</c>", b"<c>", b"</row>", b'<row r="5">', b"<row/>", b'<row r="0">', b"</x:c>", b"<x:c/>"),
    *(b"<v>", b"</v>", b"<v/>", b"<is>", b"</is>", b"<t>", b"</t>", b"<r>", b"</r>", b"<rPr>"),
    *(b"<f>", b"</f>", b"<extLst/>", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"&#0;", b"&foo;"),
    *(
        b'<c r="B3"/>',
        b'<c r="B3" t="n"><v>1</v></c>',
        b'<c r="B3" t="inlineStr"><is><t>x</t></is></c>',
    ),
    *(b'<c r="E12" t="n"><v>77</v></c>', b'<c r="E13"/>', b'<c r="D12" t="n"><v>5</v></c>'),
    *(b'<c r="XFD1"/>', b'<c r="B3" foo="', b'">', b'<x:c r="E12"><v>9</v></x:c>'),
)


def test_random_edits_among_the_cells_read_as_when_whole(
    written: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    part = members_of(written)[SHEET1]
    rng = random.Random("cut")
    for _ in range(150):
        changed = part
        for _ in range(rng.randint(1, 4)):
            low, high = changed.find(b"<sheetData>") + 11, changed.rfind(b"</sheetData>")
            tags = [at for at in range(low, high) if changed[at] == ord("<")]
            at = rng.choice(tags) if rng.random() < 0.7 else rng.randrange(low, high)
            changed = changed[:at] + rng.choice(PIECES) + changed[at:]
        data = _changed(written, SHEET1, lambda _part, changed=changed: changed)
        _same_cut_or_whole(data, monkeypatch)


def test_numbers_between_matches_those_numbers_only() -> None:
    rng = random.Random(7)
    spans = [(1, 1), (1, 999), (9, 10), (12, 45), (99, 100), (100, 999), (5, 250)]
    spans += [tuple(sorted(rng.sample(range(1, 1000), 2))) for _ in range(60)]
    for first, last in spans:
        pattern = re.compile(f"(?:{numbers_between(first, last)})")
        found = [n for n in range(0, 1200) if pattern.fullmatch(str(n))]
        assert found == list(range(first, last + 1)), (first, last)
        assert not pattern.fullmatch(f"0{first}")


def test_the_sheet_parts_of_one_workbook_are_remembered_but_never_shared(written: bytes) -> None:
    members = members_of(written)
    by_lower = {name.lower(): name for name in members}
    workbook, rels = members["xl/workbook.xml"], members["xl/_rels/workbook.xml.rels"]
    sheets, named = sheet_parts(workbook, rels, by_lower)
    sheets["Bieu01"].append("xl/worksheets/other.xml")
    named["Bieu01"].clear()
    again, named_again = sheet_parts(workbook, rels, by_lower)
    assert again["Bieu01"] == [SHEET1] and ("E", 12) in named_again["Bieu01"]
    renamed = workbook.replace(b'name="Bieu01"', b'name="Sheet A"')
    other, _ = sheet_parts(renamed, rels, by_lower)
    assert "Bieu01" not in other and other["Sheet A"] == [SHEET1]
