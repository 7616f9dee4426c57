"""The visits log: a facility's month, saved cell by cell or a pasted block at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from desktop_app.domain.facility import Facility
from desktop_app.domain.visits import (
    COUNTS,
    UNUSUAL_WINDOW_DAYS,
    VisitDay,
    is_unusual,
    validated_visit,
)
from desktop_app.services import facilities, locks
from desktop_app.services.changes import Change, ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.storage import submissions_store, visits_store
from desktop_app.storage.sqlite_errors import maps_disk_errors


@dataclass(frozen=True)
class VisitMonth:
    """What the month grid shows for one facility."""

    facility: Facility
    year: int
    month: int
    days: list[date]
    records: dict[date, VisitDay]
    unusual: set[date] = field(default_factory=set)
    locked: set[date] = field(default_factory=set)
    editable: set[date] = field(default_factory=set)

    @cached_property
    def month_totals(self) -> VisitDay:
        """:meth:`totals`, worked out once (the grid asks for it on every paint)."""
        return self.totals()

    def totals(self) -> VisitDay:
        """The month's sums (estimated when any day was)."""
        records = list(self.records.values())
        sums = {name: sum(getattr(r, name) for r in records) for name in COUNTS}
        return VisitDay(
            facility_id=self.facility.id or 0,
            day=self.days[0],
            estimated=any(r.estimated for r in records),
            **sums,
        )


def _month_days(year: int, month: int) -> list[date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return [first + timedelta(days=n) for n in range((following - first).days)]


def _unusual_days(history: dict[date, VisitDay], days: Sequence[date]) -> set[date]:
    flagged = set()
    for day in days:
        record = history.get(day)
        if record is None:
            continue
        same_weekday = [
            history[earlier].total
            for back in range(7, UNUSUAL_WINDOW_DAYS + 1, 7)
            if (earlier := day - timedelta(days=back)) in history
        ]
        if is_unusual(record.total, same_weekday):
            flagged.add(day)
    return flagged


def month(
    workspace: Workspace, facility_id: int, year: int, month_: int, today: date
) -> VisitMonth:
    """Read one facility-month: its rows, which days may be edited, which look unusual."""
    facility = facilities.get(workspace, facility_id)
    days = _month_days(year, month_)
    history = {
        v.day: v
        for v in visits_store.visits_between(
            workspace.db, facility_id, days[0] - timedelta(days=UNUSUAL_WINDOW_DAYS), days[-1]
        )
    }
    locked = {
        day
        for submission in submissions_store.locked_periods_covering(workspace.db, days[0], days[-1])
        for day in days
        if submission.start_day <= day <= submission.end_day
    }
    editable = {day for day in days if day <= today and facility.is_open_on(day)} - locked
    return VisitMonth(
        facility=facility,
        year=year,
        month=month_,
        days=days,
        records={day: history[day] for day in days if day in history},
        unusual=_unusual_days(history, days),
        locked=locked,
        editable=editable,
    )


@maps_disk_errors
def save_visits(workspace: Workspace, visits: Sequence[VisitDay], today: date) -> set[date]:
    """Validate and store days of visits, all or none; an empty day is removed.

    Returns the days whose total is unusual for the facility (stored all the same).

    Raises:
        UserError: the first bad value (nothing is stored).
        DiskError: the disk is full, read-only or gone (nothing is stored).
    """
    if not visits:
        return set()
    facility_ids = {v.facility_id for v in visits}
    checked: list[VisitDay] = []
    for facility_id in facility_ids:
        facility = facilities.get(workspace, facility_id)
        checked.extend(
            validated_visit(v, facility, today) for v in visits if v.facility_id == facility_id
        )
    first, last = min(v.day for v in checked), max(v.day for v in checked)
    locks.ensure_open(workspace, first, last)
    with workspace.db.atomic():
        visits_store.upsert_visits(workspace.db, [v for v in checked if not v.is_empty()])
        for facility_id in facility_ids:
            visits_store.delete_visits(
                workspace.db,
                facility_id,
                [v.day for v in checked if v.is_empty() and v.facility_id == facility_id],
            )
    workspace.changes.announce(
        *dict.fromkeys(
            Change(ChangeKind.VISITS, v.facility_id, v.day.year, v.day.month) for v in checked
        )
    )
    unusual: set[date] = set()
    for facility_id in facility_ids:
        mine = [v for v in checked if v.facility_id == facility_id and not v.is_empty()]
        if not mine:
            continue
        history = {
            v.day: v
            for v in visits_store.visits_between(
                workspace.db,
                facility_id,
                min(v.day for v in mine) - timedelta(days=UNUSUAL_WINDOW_DAYS),
                max(v.day for v in mine),
            )
        }
        unusual |= _unusual_days(history, [v.day for v in mine])
    return unusual


def save_visit(workspace: Workspace, visit: VisitDay, today: date) -> bool:
    """Validate and store one day; returns whether its total is unusual."""
    return visit.day in save_visits(workspace, [visit], today)


def between(workspace: Workspace, facility_id: int, first: date, last: date) -> list[VisitDay]:
    """The stored days of one facility from ``first`` to ``last``."""
    return visits_store.visits_between(workspace.db, facility_id, first, last)
