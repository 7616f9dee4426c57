"""Digital services (domain.md §2) and the museum log."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain.counts import (
    MAX_DAILY_COUNT,
    check_count,
    check_day,
    check_of_which,
    parse_count,
)
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
    """Check a digital-service row, typed or imported; raise ``UserError`` naming the field.

    The quantity is above zero (a row of nothing is not recorded), and people
    taking part are counted only for online activities and digital-skills sessions.
    """
    check_day(service.day, facility, today)
    if service.kind not in DIGITAL_KINDS:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a kind of digital service."),
            "kind",
            value=service.kind,
        )
    check_count(service.quantity, "quantity")
    check_count(service.participants, "participants")
    if service.quantity <= 0:
        raise error(QT_TRANSLATE_NOOP("Errors", "Type how many (a number above zero)."), "quantity")
    if service.participants and service.kind not in WITH_PARTICIPANTS:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Participants are counted only for online activities and digital skills sessions.",
            ),
            "participants",
        )
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


# -- the digital and museum logs' helpers (entry screens, totals, bulk import) ----------

# Which Biểu 03 rows each kind adds up to: (quantity, participants) (domain.md §4).
DIGITAL_INDICATORS: dict[str, tuple[str, str | None]] = {
    "may_tinh": ("CS03", None),
    "tai_nguyen_so": ("CS04", None),
    "so_hoa": ("CS05", None),
    "truc_tuyen": ("CS06", "CS07"),
    "ky_nang_so": ("CS08", "CS09"),
}
# The museum log's counts, in the order of Biểu 04, with the row each adds up to.
MUSEUM_FIELDS: tuple[str, ...] = ("visitors", "learners", "digitised", "collected", "exhibitions")
MUSEUM_INDICATORS: dict[str, str] = {
    "visitors": "BT01",
    "learners": "BT01a",
    "digitised": "BT02",
    "collected": "BT03",
    "exhibitions": "BT04",
}
MUSEUM_LABELS: dict[str, str] = {
    "visitors": QT_TRANSLATE_NOOP("Museum", "Visitors"),
    "learners": QT_TRANSLATE_NOOP("Museum", "of which for research and learning"),
    "digitised": QT_TRANSLATE_NOOP("Museum", "Objects digitised"),
    "collected": QT_TRANSLATE_NOOP("Museum", "Objects and documents collected"),
    "exhibitions": QT_TRANSLATE_NOOP("Museum", "Thematic or travelling exhibitions"),
}


def parse_count_text(text: str | None, field_name: str, maximum: int = MAX_DAILY_COUNT) -> int:
    """A count as typed on a screen: empty is 0; "1.234", "1,234" and "1 234" are 1234.

    Raises:
        UserError: letters, a fraction, a negative number or one above ``maximum``.
    """
    return check_count(parse_count(text or "", field_name), field_name, maximum)


def check_museum_entry(record: MuseumRecord) -> MuseumRecord:
    """A typed museum row records something: not every figure is zero."""
    if not any(getattr(record, name) for name in MUSEUM_FIELDS):
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Every figure is empty; type at least one."), "visitors"
        )
    return record


def combined_digital(existing: DigitalService, added: DigitalService) -> DigitalService:
    """``added`` counted on top of the row already stored for the same day and kind."""
    return replace(
        existing,
        quantity=existing.quantity + added.quantity,
        participants=existing.participants + added.participants,
    )


def combined_museum(existing: MuseumRecord, added: MuseumRecord) -> MuseumRecord:
    """``added`` counted on top of the row already stored for the same day."""
    return replace(
        existing,
        **{name: getattr(existing, name) + getattr(added, name) for name in MUSEUM_FIELDS},
    )
