"""Add, change, close and profile the commune's facilities."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain.dates import from_iso
from desktop_app.domain.facility import (
    Facility,
    FacilityProfile,
    profile_in_force,
    validated_facility,
    validated_profile,
)
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.services import locks
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store


@dataclass(frozen=True)
class FacilityRow:
    """A facility with the profile in force on the day the list was made."""

    facility: Facility
    profile: FacilityProfile | None


def list_rows(workspace: Workspace, today: date) -> list[FacilityRow]:
    """Every facility with its current profile, open ones first."""
    return [
        FacilityRow(f, profile_in_force(facility_store.list_profiles(workspace.db, f.id), today))
        for f in facility_store.list_facilities(workspace.db)
    ]


def list_rows_facilities(workspace: Workspace) -> list[Facility]:
    """Every facility, open ones first, then by code."""
    return facility_store.list_facilities(workspace.db)


def get(workspace: Workspace, facility_id: int) -> Facility:
    """One facility; raise ``UserError`` when it no longer exists."""
    facility = facility_store.get_facility(workspace.db, facility_id)
    if facility is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "The facility no longer exists."))
    return facility


def profiles(workspace: Workspace, facility_id: int) -> list[FacilityProfile]:
    """A facility's dated profiles, newest first."""
    return facility_store.list_profiles(workspace.db, facility_id)


@announces(ChangeKind.FACILITIES)
def add_facility(
    workspace: Workspace,
    facility: Facility,
    today: date,
    profile: FacilityProfile | None = None,
) -> Facility:
    """Validate and add a facility, with its first profile if given, in one transaction."""
    facility = validated_facility(facility, today)
    if profile is not None:
        validated_profile(profile, facility, today)
    with workspace.db.atomic():
        facility_id = facility_store.insert_facility(workspace.db, facility)
        if profile is not None:
            facility_store.upsert_profile(workspace.db, facility_id, profile)
    return replace(facility, id=facility_id)


@announces(ChangeKind.FACILITIES)
def update_facility(
    workspace: Workspace,
    facility: Facility,
    today: date,
    profile: FacilityProfile | None = None,
) -> Facility:
    """Change a facility (and store ``profile`` for its date), in one transaction."""
    if facility.id is None:
        raise ValueError("update_facility needs a stored facility")
    stored = get(workspace, facility.id)
    facility = validated_facility(facility, today)
    _check_dates_against_log(workspace, stored, facility)
    earliest = from_iso(facility_store.earliest_profile_date(workspace.db, facility.id))
    if facility.opened_on and earliest and earliest < facility.opened_on:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A profile of this facility takes effect on {day}, before the new opening date.",
            ),
            "opened_on",
            day=earliest.strftime("%d/%m/%Y"),
        )
    if profile is not None:
        validated_profile(profile, facility, today)
        _ensure_profile_open(workspace, profile.effective_from)
    with workspace.db.atomic():
        facility_store.update_facility(workspace.db, facility)
        if profile is not None:
            facility_store.upsert_profile(workspace.db, facility.id, profile)
    return facility


@announces(ChangeKind.FACILITIES)
def close_facility(
    workspace: Workspace, facility_id: int, closed_on: date, today: date
) -> Facility:
    """Record the last day a facility served. Its records are kept."""
    facility = get(workspace, facility_id)
    return update_facility(workspace, replace(facility, closed_on=closed_on), today)


@announces(ChangeKind.FACILITIES)
def reopen_facility(workspace: Workspace, facility_id: int, today: date) -> Facility:
    """Clear a facility's closing date."""
    facility = get(workspace, facility_id)
    return update_facility(workspace, replace(facility, closed_on=None), today)


@announces(ChangeKind.FACILITIES)
def save_profile(
    workspace: Workspace, facility_id: int, profile: FacilityProfile, today: date
) -> None:
    """Store a dated profile; one already on that date is replaced."""
    facility = get(workspace, facility_id)
    validated_profile(profile, facility, today)
    _ensure_profile_open(workspace, profile.effective_from)
    facility_store.upsert_profile(workspace.db, facility_id, profile)


@announces(ChangeKind.FACILITIES)
def delete_profile(workspace: Workspace, facility_id: int, profile_id: int) -> None:
    """Remove one dated profile."""
    for profile in facility_store.list_profiles(workspace.db, facility_id):
        if profile.id == profile_id:
            _ensure_profile_open(workspace, profile.effective_from)
    facility_store.delete_profile(workspace.db, facility_id, profile_id)


def _ensure_profile_open(workspace: Workspace, effective_from: date) -> None:
    """A profile counts at the end of every period from its date on (computers, books,
    software): refuse it while a submitted period ends on or after that date."""
    locks.ensure_open(workspace, effective_from, date.max)


def _span(old: date | None, new: date | None, unbounded: date) -> tuple[date, date] | None:
    """The days whose "open" state changes when a date moves from ``old`` to ``new``."""
    if old == new:
        return None
    first = min(d for d in (old, new, unbounded) if d is not None)
    last = max(d for d in (old, new, unbounded) if d is not None)
    if old is not None and new is not None:
        first, last = min(old, new), max(old, new)
    return first, last


def _check_dates_against_log(workspace: Workspace, stored: Facility, changed: Facility) -> None:
    """Moving the opening or closing date may neither change a submitted period nor leave
    logged records outside the days the facility served."""
    for span in (
        _span(stored.opened_on, changed.opened_on, date.min),
        _span(stored.closed_on, changed.closed_on, date.max),
    ):
        if span is not None:
            locks.ensure_open(workspace, *span)
    logged = facility_store.record_day_range(workspace.db, changed.id or 0)
    if logged is None:
        return
    first, last = logged
    if changed.opened_on and first < changed.opened_on:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Records of this facility are logged from {day}, before the opening date.",
            ),
            "opened_on",
            day=first.strftime("%d/%m/%Y"),
        )
    if changed.closed_on and last > changed.closed_on:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Records of this facility are logged until {day}, after the closing date.",
            ),
            "closed_on",
            day=last.strftime("%d/%m/%Y"),
        )


def by_code(workspace: Workspace, code: str) -> Facility | None:
    """The facility with ``code`` (as the commune typed it), or ``None``."""
    return facility_store.find_facility_by_code(workspace.db, code)


def count(workspace: Workspace) -> int:
    """How many facilities the commune has, open or closed."""
    return facility_store.count_facilities(workspace.db)
