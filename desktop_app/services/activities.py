"""Activities use cases: the period's list and totals, add, change and delete one.

An activity belongs to the period that contains its first day; that day is what a
submitted period locks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop_app import resources
from desktop_app.domain.activities import Activity, ActivityTotals, validated_activity
from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.locks import ensure_open
from desktop_app.services.workspace import Workspace
from desktop_app.storage import activities_store, facility_store
from desktop_app.storage.activities_store import ActivityFilter


@dataclass(frozen=True)
class ActivityRow:
    """An activity with the facility that held it."""

    activity: Activity
    facility: Facility | None


def convention(workspace: Workspace) -> str:
    """The period convention of the commune's template (``calendar`` before set-up)."""
    unit = workspace.unit()
    template = resources.template(unit.template_id) if unit else None
    return template.period_convention if template else "calendar"


def facilities(workspace: Workspace) -> list[Facility]:
    """The facilities an activity can be held at, open ones first."""
    return facility_store.list_facilities(workspace.db)


def _filter(period: Period, facility_id: int | None, type_code: str | None) -> ActivityFilter:
    return ActivityFilter(period.start, period.end, facility_id, type_code)


def list_rows(
    workspace: Workspace,
    period: Period,
    facility_id: int | None = None,
    type_code: str | None = None,
) -> list[ActivityRow]:
    """The activities whose first day lies in ``period`` (optionally one facility, one type)."""
    hosts = {f.id: f for f in facility_store.list_facilities(workspace.db)}
    return [
        ActivityRow(a, hosts.get(a.facility_id))
        for a in activities_store.list_activities(
            workspace.db, _filter(period, facility_id, type_code)
        )
    ]


def totals(
    workspace: Workspace,
    period: Period,
    facility_id: int | None = None,
    type_code: str | None = None,
) -> ActivityTotals:
    """How many activities the period holds and how many took part in them."""
    count, people = activities_store.totals(workspace.db, _filter(period, facility_id, type_code))
    return ActivityTotals(count, people)


def get(workspace: Workspace, activity_id: int) -> Activity:
    """One activity; raise ``UserError`` when it no longer exists."""
    activity = activities_store.get_activity(workspace.db, activity_id)
    if activity is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "The activity no longer exists."))
    return activity


def _validated(workspace: Workspace, activity: Activity, today: date) -> Activity:
    facility = facility_store.get_facility(workspace.db, activity.facility_id)
    if facility is None:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Choose the facility that held the activity."),
            "facility_id",
        )
    return validated_activity(activity, facility, today)


@announces(ChangeKind.ACTIVITIES)
def add_activity(workspace: Workspace, activity: Activity, today: date) -> Activity:
    """Validate and record an activity, unless its first day is in a submitted period."""
    activity = _validated(workspace, activity, today)
    ensure_open(workspace, activity.start_day)
    activity_id = activities_store.insert_activity(workspace.db, activity)
    return replace(activity, id=activity_id)


@announces(ChangeKind.ACTIVITIES)
def update_activity(workspace: Workspace, activity: Activity, today: date) -> Activity:
    """Change an activity; its old and its new first day must both be in open periods."""
    if activity.id is None:
        raise ValueError("update_activity needs a stored activity")
    old = get(workspace, activity.id)
    activity = _validated(workspace, activity, today)
    ensure_open(workspace, old.start_day)
    ensure_open(workspace, activity.start_day)
    activities_store.update_activity(workspace.db, activity)
    return activity


@announces(ChangeKind.ACTIVITIES)
def delete_activity(workspace: Workspace, activity_id: int) -> None:
    """Remove an activity, unless its first day is in a submitted period."""
    activity = activities_store.get_activity(workspace.db, activity_id)
    if activity is None:
        return
    ensure_open(workspace, activity.start_day)
    activities_store.delete_activity(workspace.db, activity_id)


def between(
    workspace: Workspace, first: date, last: date, facility_id: int | None = None
) -> list[Activity]:
    """The activities that start from ``first`` to ``last``, of one facility or all."""
    return activities_store.list_activities(workspace.db, ActivityFilter(first, last, facility_id))
