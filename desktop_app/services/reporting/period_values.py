"""A period's indicator values and last year's, from the log and the typed baseline.

Shared by the report (``report.py``), the month series (``monthly.py``) and the
overview (``overview.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain.indicator_rules import PeriodFacts, compute, growth
from desktop_app.domain.indicators import INDICATORS, PERCENTAGES
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period
from desktop_app.domain.targets import GROWTH_OF
from desktop_app.domain.templates import Template
from desktop_app.services.reporting.period_facts import StandingFacts, period_facts, standing_facts
from desktop_app.services.setup import require_template
from desktop_app.services.workspace import Workspace
from desktop_app.storage import report_queries


@dataclass(frozen=True)
class IndicatorValues:
    """A period's values, last year's, and where last year's came from."""

    period: Period
    current: dict[str, float | None]
    previous: dict[str, float | None]
    previous_source: str  # "log", "baseline" or "none"


def unit_template(workspace: Workspace, template_id: str | None) -> Template:
    unit = workspace.unit()
    if unit is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "The commune has not been set up yet."), "commune")
    return require_template(template_id or unit.template_id)


def values_between(
    workspace: Workspace,
    period: Period,
    template: Template,
    standing: StandingFacts | None = None,
) -> dict[str, float]:
    """The count indicators of ``period`` from the log alone (any span, no last year)."""
    return dict(compute(period_facts(workspace, period, template, standing)))


def _with_growth(values: dict[str, float | None], last: dict[str, float | None]) -> None:
    for rate, basis in GROWTH_OF.items():
        values[rate] = growth(values.get(basis), last.get(basis))


def indicator_values(
    workspace: Workspace,
    period: Period,
    template: Template | None = None,
    facts: PeriodFacts | None = None,
    standing: StandingFacts | None = None,
    until: date | None = None,
) -> IndicatorValues:
    """Every indicator of the period, and of the same period a year earlier.

    For each indicator, last year is the total typed from the old paper report
    (baseline screen) when there is one; otherwise the log's figure when the log
    covers the whole of last year's period (logging began on or before its first
    day); otherwise it is left empty. A partly logged year would make growth
    absurd (+900 % in the first year of use). Growth rates (TV10, BT05) are left
    empty without a figure for last year. ``facts`` are the period's, when the
    caller has read them already.

    ``until``: a report made before its period ends covers the days up to
    ``until`` (``data_until``, domain.md §3), and the log's last year the same
    days a year earlier; a total typed from last year's paper report stays as typed.
    """
    template = template or unit_template(workspace, None)
    standing = standing or standing_facts(workspace)
    partial = until is not None and until < period.end
    covered = replace(period, end=max(until, period.start)) if partial and until else period
    facts = facts or period_facts(workspace, covered, template, standing)
    current: dict[str, float | None] = dict(compute(facts))
    earlier = period.previous_year()
    if partial:
        earlier = replace(earlier, end=max(year_ago(covered.end), earlier.start))
    typed = report_queries.baseline_values(workspace.db, earlier.id, earlier.convention)
    first = report_queries.first_log_day(workspace.db)
    log_covers = (
        first is not None
        and first <= earlier.start
        and report_queries.has_log_rows(workspace.db, earlier.start, earlier.end)
    )
    logged = (
        dict(compute(period_facts(workspace, earlier, template, standing))) if log_covers else {}
    )
    previous: dict[str, float | None] = {
        i.code: typed[i.code] if i.code in typed else logged.get(i.code) for i in INDICATORS
    }
    if typed and log_covers:
        source = "mixed"
    elif typed:
        source = "baseline"
    else:
        source = "log" if log_covers else "none"
    _with_growth(current, previous)
    for rate in PERCENTAGES:
        previous[rate] = None  # would need the year before last
    return IndicatorValues(period, current, previous, source)


def year_ago(day: date) -> date:
    """The same day a year earlier (29/02 becomes 28/02)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)
