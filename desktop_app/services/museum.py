"""The museum log (Biểu 04), kept only where a museum-type facility exists."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.digital import (
    MuseumRecord,
    check_museum_entry,
    combined_museum,
    validated_museum,
)
from desktop_app.domain.facility import Facility
from desktop_app.domain.facility_types import FacilityGroup, facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period
from desktop_app.services import facilities, locks
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store, museum_store


def is_museum(facility: Facility) -> bool:
    """Whether a facility is a museum, heritage house or exhibition room (type BT)."""
    kind = facility_type(facility.type_code)
    return kind is not None and kind.group == FacilityGroup.MUSEUM


def museum_facilities(workspace: Workspace) -> list[Facility]:
    """The commune's museum-type facilities, open ones first."""
    return [f for f in facility_store.list_facilities(workspace.db) if is_museum(f)]


def is_needed(workspace: Workspace) -> bool:
    """The museum log is kept only where a museum-type facility exists."""
    return bool(museum_facilities(workspace))


def rows(workspace: Workspace, facility_id: int, period: Period) -> list[MuseumRecord]:
    """A facility's rows in ``period``, newest first."""
    return museum_store.list_museum(workspace.db, facility_id, period.start, period.end)


def totals(workspace: Workspace, period: Period, facility_id: int | None = None) -> MuseumRecord:
    """The period's sums (one facility, or all) as one record dated the period's end."""
    sums = museum_store.museum_totals(workspace.db, period.start, period.end, facility_id)
    return MuseumRecord(day=period.end, facility_id=facility_id or 0, **sums)


def existing(workspace: Workspace, facility_id: int, day: date) -> MuseumRecord | None:
    """The row already stored for this facility and day."""
    return museum_store.find_museum(workspace.db, facility_id, day)


@announces(ChangeKind.MUSEUM)
def save(
    workspace: Workspace, record: MuseumRecord, today: date, *, add: bool = False
) -> MuseumRecord:
    """Check and store a row; return it as stored (with its id).

    ``record.id`` set: that row is rewritten (its day may change). Otherwise the
    row of the same facility and day is replaced, or with ``add`` the new
    figures are added to it.

    Raises:
        UserError: not a museum, a bad figure or day, learners above visitors, or
        a day inside a submitted period.
    """
    facility = facilities.get(workspace, record.facility_id)
    check_museum_entry(validated_museum(record, facility, today))
    db = workspace.db
    with db.atomic():
        if record.id is not None:
            old = museum_store.get_museum(db, record.id)
            if old is None:
                raise error(QT_TRANSLATE_NOOP("Errors", "The row no longer exists."))
            locks.ensure_open(workspace, old.day)
            locks.ensure_open(workspace, record.day)
            museum_store.update_museum(db, record)
            return record
        locks.ensure_open(workspace, record.day)
        current = museum_store.find_museum(db, record.facility_id, record.day)
        if add and current is not None:
            record = validated_museum(combined_museum(current, record), facility, today)
        museum_store.upsert_museum(db, [record])
        stored = museum_store.find_museum(db, record.facility_id, record.day)
    assert stored is not None
    return stored


@announces(ChangeKind.MUSEUM)
def delete(workspace: Workspace, record_id: int) -> None:
    """Remove a row, unless its day is inside a submitted period."""
    with workspace.db.atomic():
        record = museum_store.get_museum(workspace.db, record_id)
        if record is None:
            return
        locks.ensure_open(workspace, record.day)
        museum_store.delete_museum(workspace.db, record_id)
