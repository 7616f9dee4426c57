"""The indicator list of domain.md §4: codes, forms, units, labels, what takes a baseline."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop_app.domain import indicators as module
from desktop_app.domain.indicators import (
    FORMS,
    INDICATORS,
    PERCENTAGES,
    UNITS,
    baseline_indicator,
    baseline_indicators,
    check_baseline_parts,
    indicator,
    parse_baseline_text,
    parts_of,
)
from desktop_app.domain.messages import UserError
from desktop_app.i18n import DOCUMENT_LANGUAGE, translate_in

EXPECTED = {
    "01": "TV01 TV01a TV01b TV02 TV02a TV03 TV03a TV04 TV04a TV04b TV04c TV04d TV04e TV04f "
    "TV05 TV06 TV07 TV08 TV09 TV10",
    "02": "VH01 VH01a VH02 VH03 VH03a VH03b VH03c VH04 VH04a VH04b VH04c VH05 VH06 VH07 VH08 VH09",
    "03": "CS01 CS02 CS03 CS04 CS05 CS06 CS07 CS08 CS09 CS10",
    "04": "BT01 BT01a BT02 BT03 BT04 BT05",
}


def test_every_indicator_of_the_brief_in_the_forms_order() -> None:
    assert set(FORMS) == set(EXPECTED)
    for form, codes in EXPECTED.items():
        assert [i.code for i in INDICATORS if i.form == form] == codes.split()
    assert len({i.code for i in INDICATORS}) == len(INDICATORS)


def test_units_as_the_form_prints_them() -> None:
    printed = {i.code: translate_in(DOCUMENT_LANGUAGE, "Units", i.unit_label) for i in INDICATORS}
    assert printed["TV01"] == printed["CS10"] == "đơn vị"
    assert printed["TV04"] == printed["CS07"] == "lượt"
    assert (printed["TV06"], printed["TV07"], printed["VH03"], printed["VH04"]) == (
        "thẻ",
        "bản",
        "câu lạc bộ",
        "người",
    )
    assert (printed["CS01"], printed["CS05"], printed["CS08"], printed["TV10"]) == (
        "máy",
        "tài liệu",
        "buổi",
        "%",
    )
    assert all(i.unit in UNITS for i in INDICATORS)


def test_percentages_take_no_baseline_and_every_count_does() -> None:
    assert [i.code for i in INDICATORS if i.is_percentage] == ["TV10", "BT05"]
    assert [i.code for i in INDICATORS if not i.takes_baseline] == ["TV10", "BT05"]
    assert {"TV10", "BT05"} == PERCENTAGES
    assert len(baseline_indicators()) == len(INDICATORS) - 2
    with pytest.raises(UserError, match="percentage"):
        baseline_indicator("TV10")
    with pytest.raises(UserError, match="not an indicator"):
        baseline_indicator("XX99")


def test_of_which_rows_point_at_a_total_of_the_same_form_and_unit() -> None:
    for row in INDICATORS:
        if row.parent is None:
            continue
        total = indicator(row.parent)
        assert total is not None and total.form == row.form and total.unit == row.unit
    assert [p.code for p in parts_of("TV04")] == [f"TV04{c}" for c in "abcdef"]
    assert [p.code for p in parts_of("BT01")] == ["BT01a"]


def test_labels_are_literals_marked_for_translation() -> None:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    marked = {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and all(isinstance(a, ast.Constant) for a in node.args)
    }
    assert all(("Indicators", i.label) in marked for i in INDICATORS)
    assert all(("Indicators", title) in marked for title in FORMS.values())
    assert all(("Units", source) in marked for source, _max in UNITS.values())


@pytest.mark.parametrize(
    ("text", "value"), [("", None), ("   ", None), ("0", 0), ("12.345", 12345), ("4", 4)]
)
def test_baseline_text(text: str, value: int | None) -> None:
    assert parse_baseline_text(text, "TV04") == value


@pytest.mark.parametrize("text", ["abc", "-5", "1,5", "12 lượt"])
def test_baseline_letters_negatives_and_fractions_are_refused(text: str) -> None:
    with pytest.raises(UserError):
        parse_baseline_text(text, "TV04")


def test_an_absurd_baseline_is_refused() -> None:
    with pytest.raises(UserError, match="highest plausible"):
        parse_baseline_text("20000", "TV01")  # facilities
    assert parse_baseline_text("9000000", "TV04") == 9_000_000
    with pytest.raises(UserError, match="highest plausible"):
        parse_baseline_text("1000000000", "TV04")
    with pytest.raises(UserError, match="percentage"):
        parse_baseline_text("13", "TV10")


def test_an_of_which_baseline_may_not_pass_its_total() -> None:
    check_baseline_parts("TV04a", 100, {"TV04": 100})
    with pytest.raises(UserError, match=r"TV04a \(101\) cannot be above its total TV04 \(100\)"):
        check_baseline_parts("TV04a", 101, {"TV04": 100})
    with pytest.raises(UserError, match=r"TV04e \(80\) cannot be above its total TV04 \(50\)"):
        check_baseline_parts("TV04", 50, {"TV04a": 10, "TV04e": 80})
    check_baseline_parts("TV04", None, {"TV04a": 10})  # clearing a total is allowed
    check_baseline_parts("TV04a", 500, {})  # no total typed yet
