"""Digital services (domain.md §2) and the museum log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.counts import check_count, check_day, check_of_which
from desktop_app.domain.facility import Facility
from desktop_app.domain.facility_types import FacilityGroup, facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

DIGITAL_KINDS: dict[str, str] = {
    "may_tinh": QT_TRANSLATE_NOOP("Digital", "Computer and Internet use (visits)"),
    "tai_nguyen_so": QT_TRANSLATE_NOOP("Digital", "Digital resources accessed (visits)"),
    "so_hoa": QT_TRANSLATE_NOOP("Digital", "Documents digitised"),
    "truc_tuyen": QT_TRANSLATE_NOOP("Digital", "Online activities"),
    "ky_nang_so": QT_TRANSLATE_NOOP("Digital", "Digital skills sessions"),
}
# Kinds whose rows also carry the number of people taking part (CS07, CS09).
WITH_PARTICIPANTS = ("truc_tuyen", "ky_nang_so")


@dataclass(frozen=True)
class DigitalService:
    """A day's count of one kind of digital service at one facility."""

    day: date
    facility_id: int
    kind: str
    quantity: int = 0
    participants: int = 0
    id: int | None = None


@dataclass(frozen=True)
class MuseumRecord:
    """A day's museum figures at one museum-type facility."""

    day: date
    facility_id: int
    visitors: int = 0
    learners: int = 0
    digitised: int = 0
    collected: int = 0
    exhibitions: int = 0
    id: int | None = None


def validated_digital(service: DigitalService, facility: Facility, today: date) -> DigitalService:
    """Check a digital-service row; raise ``UserError`` naming the field."""
    check_day(service.day, facility, today)
    if service.kind not in DIGITAL_KINDS:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a kind of digital service."),
            "kind",
            value=service.kind,
        )
    check_count(service.quantity, "quantity")
    check_count(service.participants, "participants")
    return service


def validated_museum(record: MuseumRecord, facility: Facility, today: date) -> MuseumRecord:
    """Check a museum row: only at a museum-type facility, learners within visitors."""
    kind = facility_type(facility.type_code)
    if kind is None or kind.group != FacilityGroup.MUSEUM:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "{facility} is not a museum, heritage house or exhibition room."
            ),
            "facility",
            facility=facility.name,
        )
    check_day(record.day, facility, today)
    for name in ("visitors", "learners", "digitised", "collected", "exhibitions"):
        check_count(getattr(record, name), name)
    check_of_which(record.learners, record.visitors, "learners")
    return record
