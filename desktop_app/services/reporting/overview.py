"""The overview: where the commune stands this year, at a glance (the first screen).

Everything is worked out from the log with the report's own rules: the months
(:mod:`desktop_app.services.reporting.monthly`), the year so far against the same days a
year earlier, each target of the commune's template judged on the year so far,
the days of the last 30 with no visits typed, and the next report deadline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop_app.domain.facility import Facility
from desktop_app.domain.facility_types import FacilityGroup, facility_type
from desktop_app.domain.indicator_rules import growth
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period, month_of, year_period
from desktop_app.domain.targets import GROWTH_OF, TargetCheck, check_all
from desktop_app.domain.templates import Template
from desktop_app.services import museum, submissions
from desktop_app.services.reporting import period_values
from desktop_app.services.reporting.monthly import SERIES, MonthlySeries, monthly_series
from desktop_app.services.reporting.period_facts import standing_facts
from desktop_app.services.setup import require_template
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store, report_queries
from desktop_app.storage.database import open_reader

GAP_DAYS = 30  # the days before today looked at for visits not typed yet
_LOGGED_GROUPS = (FacilityGroup.LIBRARY, FacilityGroup.CULTURE)  # the ones that log visits


@dataclass(frozen=True)
class LoggingGap:
    """A service point with days in the window that have no visits typed."""

    facility_id: int
    code: str
    name: str
    days: tuple[date, ...]


@dataclass(frozen=True)
class Deadline:
    """The next yearly report: its period, due date, days left (negative: late) and
    when it was submitted, if it was."""

    period_id: str
    due: date | None  # None: the template sets no deadline for the year
    days_left: int
    submitted_at: datetime | None


@dataclass(frozen=True)
class Overview:
    """The first screen's figures for ``today``."""

    today: date
    year: int
    template: Template
    months: MonthlySeries
    to_date: Period  # the first day of the year to today
    last_year_to_date: Period  # the same days a year earlier
    visits_to_date: int
    visits_last_year_to_date: int | None  # None: the log does not cover those days
    visits_growth: float | None
    targets: tuple[TargetCheck, ...]
    gap_window: tuple[date, date]
    gaps: tuple[LoggingGap, ...]
    logging_points: int  # how many service points keep a visits log
    deadline: Deadline

    @property
    def targets_met(self) -> int:
        """How many targets are met on the year so far."""
        return sum(1 for t in self.targets if t.met)

    @property
    def targets_judged(self) -> int:
        """How many targets have the figures to be judged."""
        return sum(1 for t in self.targets if t.met is not None)


def _year_ago(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29/02
        return day.replace(year=day.year - 1, day=28)


def _visits(values: dict[str, float] | None) -> int | None:
    if values is None:
        return None
    return int(sum(values.get(code) or 0 for code in SERIES["visits"]))


def _logging_points(workspace: Workspace) -> list[Facility]:
    """The service points that keep a visits log (libraries and culture houses)."""
    found = []
    for facility in facility_store.list_facilities(workspace.db):
        kind = facility_type(facility.type_code)
        if kind is not None and kind.group in _LOGGED_GROUPS and facility.id is not None:
            found.append(facility)
    return found


def _gaps(
    workspace: Workspace, points: list[Facility], first: date, last: date
) -> tuple[LoggingGap, ...]:
    logged = report_queries.days_logged(workspace.db, first, last)
    span = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    found = []
    for facility in points:
        assert facility.id is not None
        have = logged.get(facility.id, set())
        missing = tuple(d for d in span if facility.is_open_on(d) and d not in have)
        if missing:
            found.append(LoggingGap(facility.id, facility.code, facility.name, missing))
    return tuple(found)


def _deadline(workspace: Workspace, template: Template, year: int, today: date) -> Deadline:
    """This year's report, unless it is submitted and due already: then next year's."""
    convention = template.period_convention
    due = template.deadline_in(year)
    state = submissions.status(workspace, f"{year}-N", convention)
    if state is not None and due is not None and today > due:
        year += 1
        due = template.deadline_in(year)
        state = submissions.status(workspace, f"{year}-N", convention)
    submitted = state.submitted_at if state else None
    return Deadline(f"{year}-N", due, (due - today).days if due else 0, submitted)


def _targets(
    workspace: Workspace,
    template: Template,
    year: int,
    values: dict[str, float | None],
    last: dict[str, float] | None,
) -> tuple[TargetCheck, ...]:
    """The template's targets of a commune judged on the year so far (not the province's own,
    such as the provincial museum's); museum targets only with a museum."""
    checks = check_all(
        template, year, values, dict(last) if last else None, period_kind="year", commune=True
    )
    has_museum = museum.is_needed(workspace)
    return tuple(c for c in checks if has_museum or not c.target.numerator.startswith("BT"))


def build_overview(
    workspace: Workspace, today: date, is_cancelled: Callable[[], bool] = lambda: False
) -> Overview:
    """The overview of the commune's year as it stands on ``today``.

    Raises:
        UserError: the commune has not been set up.
        MonthlyCancelled: ``is_cancelled()`` said so (checked between months).
    """
    unit = workspace.unit()
    if unit is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "The commune has not been set up yet."), "commune")
    template = require_template(unit.template_id)
    convention = template.period_convention
    year = month_of(today, convention)[0]
    whole = year_period(year, convention)
    to_date = replace(whole, end=min(today, whole.end))
    earlier = replace(
        whole.previous_year(), start=_year_ago(to_date.start), end=_year_ago(to_date.end)
    )
    standing = standing_facts(workspace)
    values: dict[str, float | None] = dict(
        period_values.values_between(workspace, to_date, template, standing)
    )
    first_logged = report_queries.first_log_day(workspace.db)
    covered = first_logged is not None and first_logged <= earlier.start
    last = period_values.values_between(workspace, earlier, template, standing) if covered else None
    for rate, basis in GROWTH_OF.items():
        values[rate] = growth(values.get(basis), last.get(basis) if last else None)
    visits, visits_before = _visits(values), _visits(last)
    window = (today - timedelta(days=GAP_DAYS), today - timedelta(days=1))
    points = _logging_points(workspace)
    return Overview(
        today=today,
        year=year,
        template=template,
        months=monthly_series(workspace, whole, template, until=today, is_cancelled=is_cancelled),
        to_date=to_date,
        last_year_to_date=earlier,
        visits_to_date=visits or 0,
        visits_last_year_to_date=visits_before,
        visits_growth=growth(visits, visits_before),
        targets=_targets(workspace, template, year, values, last),
        gap_window=window,
        gaps=_gaps(workspace, points, *window),
        logging_points=len(points),
        deadline=_deadline(workspace, template, year, today),
    )


@contextmanager
def reading(path: Path) -> Iterator[Workspace]:
    """The open database seen through a read-only connection of its own (for a worker)."""
    workspace = Workspace(path=Path(path), db=open_reader(path))
    try:
        yield workspace
    finally:
        workspace.db.close()
