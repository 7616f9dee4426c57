"""Totals of earlier periods typed from old paper reports ("cùng kỳ năm trước" in year one).

Baseline values are not dated records, so a submitted period does not lock them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.counts import check_count
from desktop_app.domain.indicators import (
    MUSEUM_FORM,
    Indicator,
    baseline_indicator,
    baseline_indicators,
    check_baseline_parts,
    parse_baseline_text,
)
from desktop_app.domain.periods import Period, parse_period
from desktop_app.resources import template
from desktop_app.services import museum
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.workspace import Workspace
from desktop_app.storage import baseline_store

DEFAULT_CONVENTION = "calendar"
_MUSEUM_CODES = frozenset(i.code for i in baseline_indicators() if i.form == MUSEUM_FORM)


@dataclass(frozen=True)
class BaselineRow:
    """An indicator and the value typed for it (``None`` when none)."""

    indicator: Indicator
    value: float | None


def template_convention(workspace: Workspace) -> str:
    """The period convention of the commune's template (calendar before set-up)."""
    unit = workspace.unit()
    found = template(unit.template_id) if unit is not None else None
    return found.period_convention if found is not None else DEFAULT_CONVENTION


def period(period_id: str, convention: str) -> Period:
    """The baseline's period. Raises ``UserError`` for an unknown id or convention."""
    return parse_period(period_id, convention)


def values(workspace: Workspace, period_id: str, convention: str) -> dict[str, float]:
    """The values stored for one period: indicator code -> value."""
    return baseline_store.read_baseline(workspace.db, period_id, convention)


def rows(workspace: Workspace, period_id: str, convention: str) -> list[BaselineRow]:
    """Every indicator that takes a baseline, with its value for the period.

    The museum form's rows are left out where the commune has no museum-type
    facility and typed none.
    """
    stored = values(workspace, period_id, convention)
    show_museum = museum.is_needed(workspace) or any(code in _MUSEUM_CODES for code in stored)
    return [
        BaselineRow(indicator, stored.get(indicator.code))
        for indicator in baseline_indicators()
        if show_museum or indicator.form != MUSEUM_FORM
    ]


def set_text(
    workspace: Workspace, period_id: str, convention: str, code: str, text: str
) -> float | None:
    """Store the value typed for one indicator; empty text clears it. Returns what is stored.

    Raises:
        UserError: letters, a fraction, a negative or implausible number, a
        percentage indicator, or an "of which" above its total.
    """
    return set_value(workspace, period_id, convention, code, parse_baseline_text(text, code))


@announces(ChangeKind.BASELINE)
def set_value(
    workspace: Workspace, period_id: str, convention: str, code: str, value: int | None
) -> float | None:
    """Store (or with ``None`` clear) one indicator's value."""
    period(period_id, convention)
    found = baseline_indicator(code)
    if value is not None:
        check_count(value, "value", found.maximum)
    with workspace.db.atomic():
        others = values(workspace, period_id, convention)
        others.pop(code, None)
        check_baseline_parts(code, value, others)
        if value is None:
            baseline_store.clear_baseline(workspace.db, period_id, convention, code)
        else:
            baseline_store.set_baseline(workspace.db, period_id, convention, code, float(value))
    return None if value is None else float(value)


@announces(ChangeKind.BASELINE)
def store_values(
    workspace: Workspace, period_id: str, convention: str, typed: Mapping[str, int]
) -> None:
    """Store several values of one period at once (all or none)."""
    period(period_id, convention)
    for code, value in typed.items():
        check_count(value, "value", baseline_indicator(code).maximum)
    with workspace.db.atomic():
        merged = {**values(workspace, period_id, convention), **typed}
        for code, value in typed.items():
            others = {k: v for k, v in merged.items() if k != code}
            check_baseline_parts(code, value, others)
        baseline_store.upsert_baseline(
            workspace.db, period_id, convention, [(c, float(v)) for c, v in typed.items()]
        )
