"""Columns 4 and 5 of a form: the plan's target as written and the verdict (domain.md §5).

Column 4 prints the milestone's value as the plan writes it, a range as a range,
and names the milestone: "60% (mốc 2030)", "10-15% (mốc 2030)". Column 5 prints
"Đạt" / "Chưa đạt", with the achieved share beside a share target:
"Đạt (1/1 = 100%)". A target judged on the consolidated report only shows "—"
and "chỉ tiêu cấp tỉnh" on a commune's form; a yearly target on a shorter period
shows "—" and "chỉ tiêu năm". The words are the Vietnamese form's (data, not
interface strings).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.domain.targets import TargetCheck, check, target_of
from desktop_app.domain.templates import Template

MET, NOT_MET = "Đạt", "Chưa đạt"
NOT_ENOUGH = "không đủ số liệu"
PROVINCE_LEVEL = "chỉ tiêu cấp tỉnh"
YEARLY = "chỉ tiêu năm"
NOT_JUDGED = "—"


def number_vi(value: float, decimals: int = 1) -> str:
    """A number as a Vietnamese form writes it: "15.000", "33,3", "100"."""
    if float(value).is_integer():
        return f"{value:,.0f}".replace(",", ".")
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def wanted_text(kind: str, wanted: float, upper: float | None = None) -> str:
    """The target's value as written: "40%", "10-15%", "15.000-18.000", "50"."""
    shown = number_vi(wanted) if upper is None else f"{number_vi(wanted)}-{number_vi(upper)}"
    return shown if kind == "amount" else f"{shown}%"


def milestone_text(found: TargetCheck) -> str:
    """Column 4: "60% (mốc 2030)"."""
    wanted = wanted_text(found.target.kind, found.wanted, found.upper)
    return f"{wanted} (mốc {found.milestone})"


def share_text(found: TargetCheck) -> str:
    """The achieved share: "1/1 = 100%", "1/3 = 33,3%"; empty without a denominator."""
    if found.target.kind != "share" or found.numerator is None or not found.denominator:
        return ""
    share = number_vi(round(found.numerator / found.denominator * 100, 1))
    return f"{number_vi(found.numerator)}/{number_vi(found.denominator)} = {share}%"


def verdict_text(found: TargetCheck) -> str:
    """Column 5: "Đạt (1/1 = 100%)", "Chưa đạt", "không đủ số liệu"."""
    if found.met is None:
        return NOT_ENOUGH
    verdict = MET if found.met else NOT_MET
    share = share_text(found)
    return f"{verdict} ({share})" if share else verdict


def judge_row(
    template: Template,
    code: str,
    values: Mapping[str, float | None],
    year: int,
    period_kind: str,
    previous: Mapping[str, float | None] | None = None,
    *,
    rollup: bool = False,
) -> tuple[str | None, str | None]:
    """Columns 4 and 5 of the row of ``code`` on a commune's form (``rollup``: on the
    consolidated report's); (None, None) without a target."""
    target = target_of(template, code)
    if target is None:
        return None, None
    if not target.for_communes and not rollup:
        return NOT_JUDGED, PROVINCE_LEVEL
    if not target.judged_on(period_kind):
        return NOT_JUDGED, YEARLY
    found = check(target, year, values, previous)
    if found is None:
        return None, None
    return milestone_text(found), verdict_text(found)
