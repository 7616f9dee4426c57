"""A service point (thiết chế) and its dated profile, with the rules that keep them sane."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain.facility_types import facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.text import clean_text

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,19}$")
NAME_MAX = 200

# Upper bounds far above any commune's real figures: they catch typing slips
# (an extra zero key held down) without refusing a large district library.
LIMITS: dict[str, int] = {
    "area_m2": 1_000_000,
    "seats": 100_000,
    "computers": 10_000,
    "computers_internet": 10_000,
    "books": 100_000_000,
}


@dataclass(frozen=True)
class FacilityProfile:
    """What a facility has, in force from ``effective_from`` until the next profile."""

    effective_from: date
    area_m2: float | None = None
    seats: int | None = None
    computers: int | None = None
    computers_internet: int | None = None
    books: int | None = None
    library_software: bool = False
    digital_library: bool = False
    web_presence: bool = False
    id: int | None = None


@dataclass(frozen=True)
class Facility:
    """A service point of the commune. ``closed_on`` is the last day it served."""

    code: str
    type_code: str
    name: str
    opened_on: date | None = None
    closed_on: date | None = None
    id: int | None = None

    def is_open_on(self, day: date) -> bool:
        """Whether the facility served on ``day``."""
        if self.opened_on and day < self.opened_on:
            return False
        return not (self.closed_on and day > self.closed_on)


def normalise_code(text: str) -> str:
    """Facility codes are upper case without surrounding spaces: " tv1 " -> "TV1"."""
    return (text or "").strip().upper()


def validated_facility(facility: Facility, today: date) -> Facility:
    """Return ``facility`` cleaned (code upper case, name trimmed) or raise ``UserError``."""
    code = normalise_code(facility.code)
    if not code:
        raise error(QT_TRANSLATE_NOOP("Errors", "The facility code is empty."), "code")
    if not CODE_PATTERN.match(code):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The facility code \u201c{code}\u201d may hold only letters without accents, "
                "digits, \u201c_\u201d, \u201c-\u201d or \u201c.\u201d, at most 20 characters.",
            ),
            "code",
            code=code[:40],
        )
    if facility_type(facility.type_code) is None:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{type}\u201d is not a facility type."),
            "type_code",
            type=facility.type_code,
        )
    name = clean_text(facility.name, NAME_MAX, "name")
    if not name:
        raise error(QT_TRANSLATE_NOOP("Errors", "The facility name is empty."), "name")
    if facility.opened_on and facility.opened_on > today:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The opening date cannot be in the future."), "opened_on"
        )
    if facility.closed_on:
        if facility.closed_on > today:
            raise error(
                QT_TRANSLATE_NOOP("Errors", "The closing date cannot be in the future."),
                "closed_on",
            )
        if facility.opened_on and facility.closed_on < facility.opened_on:
            raise error(
                QT_TRANSLATE_NOOP("Errors", "The closing date is before the opening date."),
                "closed_on",
            )
    return replace(facility, code=code, name=name)


def validated_profile(profile: FacilityProfile, facility: Facility, today: date) -> FacilityProfile:
    """Check a profile against its facility; raise ``UserError`` naming the field."""
    if profile.effective_from > today:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The profile cannot take effect in the future."),
            "effective_from",
        )
    if facility.opened_on and profile.effective_from < facility.opened_on:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "The profile cannot take effect before the facility opened."
            ),
            "effective_from",
        )
    for field_name, limit in LIMITS.items():
        value = getattr(profile, field_name)
        if value is None:
            continue
        if field_name == "area_m2":
            if not _is_number(value, whole=False):
                raise error(QT_TRANSLATE_NOOP("Errors", "Type a number."), field_name)
        elif not _is_number(value, whole=True):
            raise error(QT_TRANSLATE_NOOP("Errors", "Type a whole number."), field_name)
        if value < 0:
            raise error(QT_TRANSLATE_NOOP("Errors", "A count cannot be negative."), field_name)
        if value > limit:
            raise error(
                QT_TRANSLATE_NOOP("Errors", "{value} is more than the highest plausible {limit}."),
                field_name,
                value=value,
                limit=limit,
            )
    if (profile.computers_internet or 0) > (profile.computers or 0):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Computers with Internet cannot outnumber the public computers.",
            ),
            "computers_internet",
        )
    return profile


def _is_number(value: object, *, whole: bool) -> bool:
    """A finite int (or, unless ``whole``, float); never a bool or text."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return not whole and isinstance(value, float) and math.isfinite(value)


def profile_in_force(profiles: Iterable[FacilityProfile], day: date) -> FacilityProfile | None:
    """The profile whose ``effective_from`` is the latest on or before ``day``."""
    best: FacilityProfile | None = None
    for profile in profiles:
        if profile.effective_from <= day and (
            best is None or profile.effective_from > best.effective_from
        ):
            best = profile
    return best
