"""The digital-services log (Biểu 03): rows by day and kind, totals, the profile in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.digital import (
    DIGITAL_INDICATORS,
    DIGITAL_KINDS,
    DigitalService,
    combined_digital,
    validated_digital,
)
from desktop_app.domain.facility import Facility, FacilityProfile, profile_in_force
from desktop_app.domain.facility_types import FacilityGroup, facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period
from desktop_app.services import facilities, locks
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.workspace import Workspace
from desktop_app.storage import digital_store, facility_store


@dataclass(frozen=True)
class KindTotal:
    """One kind's sums over a period, with the Biểu 03 rows they add up to."""

    kind: str
    quantity: int
    participants: int

    @property
    def quantity_code(self) -> str:
        """The indicator the quantity adds up to (CS03..CS08)."""
        return DIGITAL_INDICATORS[self.kind][0]

    @property
    def participants_code(self) -> str | None:
        """The indicator the participants add up to (CS07, CS09), if any."""
        return DIGITAL_INDICATORS[self.kind][1]


def all_facilities(workspace: Workspace) -> list[Facility]:
    """Every facility (digital services are logged at any of them), libraries first."""
    order = {group: index for index, group in enumerate(FacilityGroup)}

    def group_rank(facility: Facility) -> int:
        kind = facility_type(facility.type_code)
        return order[kind.group] if kind else len(order)

    # sorted() is stable: within a group, open ones first, then by code.
    return sorted(facility_store.list_facilities(workspace.db), key=group_rank)


def rows(workspace: Workspace, facility_id: int, period: Period) -> list[DigitalService]:
    """A facility's rows in ``period``, newest day first."""
    return digital_store.list_digital(workspace.db, facility_id, period.start, period.end)


def totals(workspace: Workspace, period: Period, facility_id: int | None = None) -> list[KindTotal]:
    """Every kind's sums over ``period`` (one facility, or all), zero where nothing was logged."""
    sums = digital_store.digital_totals(workspace.db, period.start, period.end, facility_id)
    return [KindTotal(kind, *sums.get(kind, (0, 0))) for kind in DIGITAL_KINDS]


def existing(workspace: Workspace, facility_id: int, day: date, kind: str) -> DigitalService | None:
    """The row already stored for this facility, day and kind."""
    return digital_store.find_digital(workspace.db, facility_id, day, kind)


@announces(ChangeKind.DIGITAL)
def save(
    workspace: Workspace, service: DigitalService, today: date, *, add: bool = False
) -> DigitalService:
    """Check and store a row; return it as stored (with its id).

    ``service.id`` set: that row is rewritten (its day or kind may change).
    Otherwise the row for the same facility, day and kind is replaced, or with
    ``add`` the new figures are added to it.

    Raises:
        UserError: a bad figure or day, or a day inside a submitted period.
    """
    facility = facilities.get(workspace, service.facility_id)
    validated_digital(service, facility, today)
    db = workspace.db
    with db.atomic():
        if service.id is not None:
            old = digital_store.get_digital(db, service.id)
            if old is None:
                raise error(QT_TRANSLATE_NOOP("Errors", "The row no longer exists."))
            locks.ensure_open(workspace, old.day)
            locks.ensure_open(workspace, service.day)
            digital_store.update_digital(db, service)
            return service
        locks.ensure_open(workspace, service.day)
        current = digital_store.find_digital(db, service.facility_id, service.day, service.kind)
        if add and current is not None:
            service = validated_digital(combined_digital(current, service), facility, today)
        digital_store.upsert_digital(db, [service])
        stored = digital_store.find_digital(db, service.facility_id, service.day, service.kind)
    assert stored is not None
    return stored


@announces(ChangeKind.DIGITAL)
def delete(workspace: Workspace, service_id: int) -> None:
    """Remove a row, unless its day is inside a submitted period."""
    with workspace.db.atomic():
        service = digital_store.get_digital(workspace.db, service_id)
        if service is None:
            return
        locks.ensure_open(workspace, service.day)
        digital_store.delete_digital(workspace.db, service_id)


def profile_at(workspace: Workspace, facility_id: int, day: date) -> FacilityProfile | None:
    """The facility's profile in force on ``day`` (CS01, CS02 and CS10 use the period's end)."""
    return profile_in_force(facility_store.list_profiles(workspace.db, facility_id), day)


def count(workspace: Workspace) -> int:
    """How many digital-service rows the commune has."""
    return digital_store.count_digital(workspace.db)
