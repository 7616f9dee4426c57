"""Targets as the plans write them (domain.md §5): values per milestone, ranges, levels, kinds."""

from __future__ import annotations

import json

import pytest

from desktop_app import resources
from desktop_app.domain.messages import UserError
from desktop_app.domain.targets import check, check_all
from desktop_app.domain.templates import parse_template
from desktop_app.services.reporting.report_targets import judge_row, milestone_text, verdict_text

ANY: tuple[str, ...] = ()
YEAR = ("year",)
# template -> target id -> (numerator, denominator, {milestone: value as written}, level, periods)
SECTION_5 = {
    "qd1520": {
        "lll_libraries": ("TV02a", "TV01a", {2025: 40, 2030: 60}, "commune", ANY),
        "it_libraries": ("TV03a", "TV01a", {2025: 20}, "commune", ANY),
        "museum_learning_growth": ("BT05", None, {2025: 10}, "rollup", YEAR),
    },
    "phu-yen-2023": {
        "lll_libraries": ("TV02a", "TV01a", {2025: 40, 2030: 60}, "commune", ANY),
        "it_libraries": ("TV03a", "TV01a", {2025: 20, 2030: 30}, "commune", ANY),
        "visit_growth": ("TV10", None, {2025: 10, 2030: (10, 15)}, "commune", YEAR),
        "culture_houses_active": ("VH02", "VH01a", {2025: 70, 2030: 100}, "commune", ANY),
        "museum_learning_growth": ("BT05", None, {2025: 10, 2030: (10, 15)}, "rollup", YEAR),
    },
    "bac-giang-74-2023": {
        "lll_libraries": ("TV02a", "TV01a", {2025: 40, 2030: 60}, "commune", ANY),
        "it_libraries": ("TV03a", "TV01a", {2025: 15, 2030: 30}, "commune", ANY),
        "visit_growth": ("TV10", None, {2025: 8}, "commune", YEAR),  # nothing for 2030
        "culture_houses_active": ("VH02", "VH01a", {2030: 100}, "commune", ANY),
        "private_libraries": ("TV01b", None, {2025: (2, 4)}, "rollup", YEAR),
        "museum_visitors": ("BT01", None, {2025: (15000, 18000), 2030: 20000}, "rollup", YEAR),
        "museum_digitised": ("BT02", None, {2025: (50, 100)}, "rollup", YEAR),  # not "70%"
        "museum_collected": ("BT03", None, {2025: (80, 100)}, "rollup", YEAR),
        "museum_exhibitions": ("BT04", None, {2025: (2, 4)}, "rollup", YEAR),
    },
}


@pytest.mark.parametrize("template_id", sorted(SECTION_5))
def test_the_shipped_templates_hold_section_5_exactly(template_id: str) -> None:
    template = resources.templates()[template_id]
    found = {}
    for t in template.targets:
        written = {
            year: (value, t.upper_by_year[year]) if year in t.upper_by_year else value
            for year, value in t.by_year.items()
        }
        found[t.id] = (t.numerator, t.denominator, written, t.level, t.periods)
    assert found == SECTION_5[template_id]


@pytest.fixture
def phu_yen():
    return resources.templates()["phu-yen-2023"]


@pytest.mark.parametrize(
    ("growth", "met"), [(9.9, False), (10.0, True), (12.5, True), (16.0, True)]
)
def test_a_range_is_met_from_its_lower_bound(phu_yen, growth: float, met: bool) -> None:
    target = next(t for t in phu_yen.targets if t.id == "visit_growth")
    found = check(target, 2027, {"TV10": growth, "TV04": 110}, {"TV04": 100})
    assert found is not None
    assert (found.milestone, found.wanted, found.upper, found.met) == (2030, 10, 15, met)
    assert milestone_text(found) == "10-15% (mốc 2030)"  # printed as the plan writes it
    assert verdict_text(found) == ("Đạt" if met else "Chưa đạt")


def test_a_share_prints_what_was_achieved(phu_yen) -> None:
    values = {"TV02a": 1, "TV01a": 3}
    target, verdict = judge_row(phu_yen, "TV02a", values, 2026, "quarter")
    assert (target, verdict) == ("60% (mốc 2030)", "Chưa đạt (1/3 = 33,3%)")
    target, verdict = judge_row(phu_yen, "TV02a", {"TV02a": 2, "TV01a": 2}, 2025, "year")
    assert (target, verdict) == ("40% (mốc 2025)", "Đạt (2/2 = 100%)")
    no_library = judge_row(phu_yen, "TV02a", {"TV02a": 0, "TV01a": 0}, 2025, "year")
    assert no_library == ("40% (mốc 2025)", "không đủ số liệu")


def test_the_provinces_targets_and_yearly_targets_on_a_communes_form() -> None:
    bac_giang = resources.templates()["bac-giang-74-2023"]
    museum = judge_row(bac_giang, "BT01", {"BT01": 1392}, 2026, "quarter")
    assert museum == ("—", "chỉ tiêu cấp tỉnh")  # never "1.392 of 15.000: Chưa đạt"
    assert judge_row(bac_giang, "TV01b", {"TV01b": 1}, 2025, "year") == ("—", "chỉ tiêu cấp tỉnh")
    quarter = judge_row(bac_giang, "TV10", {"TV10": 3.0}, 2025, "quarter")
    assert quarter == ("—", "chỉ tiêu năm")
    assert judge_row(bac_giang, "TV10", {"TV10": 9.0}, 2025, "year") == ("8% (mốc 2025)", "Đạt")


def test_the_consolidated_report_judges_the_provinces_targets() -> None:
    bac_giang = resources.templates()["bac-giang-74-2023"]
    values = {"BT01": 15000, "BT02": 49, "BT03": 100, "BT04": 5, "TV01b": 2}
    checks = {c.target.id: c for c in check_all(bac_giang, 2025, values, period_kind="year")}
    assert checks["museum_visitors"].met and checks["museum_visitors"].upper == 18000
    assert checks["museum_digitised"].met is False  # 49 is below 50-100
    assert checks["museum_collected"].met and checks["museum_exhibitions"].met
    assert checks["private_libraries"].met
    commune = check_all(bac_giang, 2025, values, period_kind="year", commune=True)
    assert {c.target.id for c in commune} == {
        "lll_libraries", "it_libraries", "visit_growth", "culture_houses_active",
    }  # fmt: skip
    quarter = check_all(bac_giang, 2025, values, period_kind="quarter", commune=True)
    assert {c.target.id for c in quarter} == {
        "lll_libraries", "it_libraries", "culture_houses_active",
    }  # fmt: skip


def _template_with(**changes) -> bytes:
    path = resources.resources_dir() / "templates" / "phu-yen-2023.json"
    data = json.loads(path.read_text("utf-8"))
    data["targets"][2].update(changes)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"by_year": {"2030": "15-10"}}, "targets[2].by_year.2030"),
        ({"by_year": {"2030": "about 10"}}, "targets[2].by_year.2030"),
        ({"by_year": {"năm 2030": 10}}, "targets[2].by_year"),
        ({"level": "district"}, "targets[2].level"),
        ({"periods": ["week"]}, "targets[2].periods"),
    ],
)
def test_a_target_not_as_a_plan_writes_it_is_refused(changes: dict, field: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_template(_template_with(**changes), "mine.json")
    assert field in caught.value.message.source()


def test_the_consolidated_forms_judge_the_provinces_own_targets() -> None:
    from desktop_app.domain.periods import parse_period
    from desktop_app.services.reporting.period_values import IndicatorValues
    from desktop_app.services.reporting.report import form_sheets

    bac_giang = resources.templates()["bac-giang-74-2023"]
    current = {"BT01": 16000.0, "BT02": 40.0, "TV01b": 3.0, "TV01": 10.0}

    def line(source: str, code: str):
        values = IndicatorValues(parse_period("2025-N"), current, {}, source)
        forms = form_sheets(bac_giang, values, True, ())
        return next((x.target, x.verdict) for f in forms for x in f.lines if x.code == code)

    assert line("rollup", "BT01") == ("15.000-18.000 (mốc 2025)", "Đạt")
    assert line("rollup", "BT02") == ("50-100 (mốc 2025)", "Chưa đạt")
    assert line("rollup", "TV01b") == ("2-4 (mốc 2025)", "Đạt")
    assert line("log", "BT01") == ("—", "chỉ tiêu cấp tỉnh")  # a commune's own form
