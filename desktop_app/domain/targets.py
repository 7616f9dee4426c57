"""Judging indicator values against a plan's targets (domain.md §5): pure, no I/O.

A share target (TV02/TV01) is met when numerator / denominator x 100 reaches
it; a growth target (TV10) when the growth rate does; an amount target (BT01)
when the count does. A range ("10-15%") is met from its lower bound. A year is
judged against the first milestone on or after it (2026 against 2030), or the
last one when the plan has run out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.templates import Target, Template

# a growth rate -> the count it is worked out from
GROWTH_OF: dict[str, str] = {"TV10": "TV04", "BT05": "BT01a"}


@dataclass(frozen=True)
class TargetCheck:
    """One target judged: what was wanted, the figures it was judged on, and the verdict.

    ``numerator`` and ``denominator`` are the counts shown beside the result:
    for a share the two indicators, for a growth rate this period's and last
    year's count, for an amount the count alone. ``achieved`` is the share in
    %, the growth in % or the amount; ``met`` is None when it cannot be worked
    out (no denominator, no figure for last year).
    """

    target: Target
    milestone: int
    wanted: float
    numerator: float | None
    denominator: float | None
    achieved: float | None
    met: bool | None
    upper: float | None = None  # a range's upper bound ("10-15%"); met from ``wanted`` on


def milestone(target: Target, year: int) -> int:
    """The milestone year ``year`` is judged against."""
    years = sorted(target.by_year)
    return next((y for y in years if y >= year), years[-1])


def check(
    target: Target,
    year: int,
    values: Mapping[str, float | None],
    previous: Mapping[str, float | None] | None = None,
) -> TargetCheck | None:
    """``target`` judged on ``values`` (and last year's, for a growth target's basis)."""
    if not target.by_year:
        return None
    when = milestone(target, year)
    wanted = target.by_year[when]
    numerator = values.get(target.numerator)
    denominator: float | None = None
    achieved: float | None
    if target.kind == "share":
        denominator = values.get(target.denominator or "")
        achieved = (
            round(numerator / denominator * 100, 1)
            if numerator is not None and denominator
            else None
        )
    elif target.kind == "growth":
        achieved = numerator
        basis = GROWTH_OF.get(target.numerator)
        numerator = values.get(basis) if basis else None
        denominator = (previous or {}).get(basis) if basis else None
    else:
        achieved = numerator
    met = None if achieved is None else achieved >= wanted
    upper = target.upper_by_year.get(when)
    return TargetCheck(target, when, wanted, numerator, denominator, achieved, met, upper)


def check_all(
    template: Template,
    year: int,
    values: Mapping[str, float | None],
    previous: Mapping[str, float | None] | None = None,
    *,
    period_kind: str | None = None,
    commune: bool = False,
) -> list[TargetCheck]:
    """Every target of the template with a value for ``year``'s milestone, in the plan's order.

    ``period_kind`` ("year", "quarter"...) leaves out the targets not judged on
    that kind; ``commune`` those judged on the consolidated report only.
    """
    found = (
        check(target, year, values, previous)
        for target in template.targets
        if (period_kind is None or target.judged_on(period_kind))
        and (not commune or target.for_communes)
    )
    return [result for result in found if result is not None]


def check_code(
    template: Template, code: str, year: int, values: Mapping[str, float | None]
) -> TargetCheck | None:
    """The first target set on indicator ``code``, judged; None when the plan sets none."""
    found = target_of(template, code)
    return check(found, year, values) if found else None


def target_of(template: Template, code: str) -> Target | None:
    """The first target the plan sets on indicator ``code``, or None."""
    return next((t for t in template.targets if t.numerator == code and t.by_year), None)
