"""Shared checks for the counts typed into every log."""

from __future__ import annotations

import re
from datetime import date

from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

# A day's count above this is a typing slip (a key held down), not a real figure.
MAX_DAILY_COUNT = 100_000


def check_count(value: int, field_name: str, maximum: int = MAX_DAILY_COUNT) -> int:
    """A whole, non-negative, plausible count; raise ``UserError`` naming the field."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise error(QT_TRANSLATE_NOOP("Errors", "Type a whole number."), field_name)
    if value < 0:
        raise error(QT_TRANSLATE_NOOP("Errors", "A count cannot be negative."), field_name)
    if value > maximum:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{value} is more than the highest plausible {limit}."),
            field_name,
            value=value,
            limit=maximum,
        )
    return value


def check_of_which(part: int, total: int, field_name: str) -> None:
    """An "of which" count may not exceed its total."""
    if part > total:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "An \u201cof which\u201d count ({part}) is above the total ({total})."
            ),
            field_name,
            part=part,
            total=total,
        )


def check_day(day: date, facility: Facility, today: date, field_name: str = "day") -> None:
    """A record's day: not in the future, not before the facility opened or after it closed."""
    if day > today:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{day} is in the future."),
            field_name,
            day=day.strftime("%d/%m/%Y"),
        )
    if facility.opened_on and day < facility.opened_on:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{facility} opened on {opened}; {day} is before that."),
            field_name,
            facility=facility.name,
            opened=facility.opened_on.strftime("%d/%m/%Y"),
            day=day.strftime("%d/%m/%Y"),
        )
    if facility.closed_on and day > facility.closed_on:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{facility} closed on {closed}; {day} is after that."),
            field_name,
            facility=facility.name,
            closed=facility.closed_on.strftime("%d/%m/%Y"),
            day=day.strftime("%d/%m/%Y"),
        )


_GROUPED = re.compile(r"^\d{1,3}([.,\s]\d{3})+$")
# More digits than any count has (a pasted block of digits); Python refuses to
# convert more than 4,300 digits at all.
MAX_DIGITS = 15


def check_digits(text: str, field_name: str | None = None) -> None:
    """Refuse a count written with more digits than any plausible one (a pasted block).

    Raises:
        UserError: ``text`` holds more than :data:`MAX_DIGITS` digits.
    """
    if len(text) > MAX_DIGITS and sum(ch.isdigit() for ch in text) > MAX_DIGITS:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{text}\u201d has too many digits for a count."),
            field_name,
            text=text[:20] + "\u2026",
        )


def parse_count(text: str, field_name: str | None = None) -> int:
    """A count as typed or pasted: "" -> 0, "1234", "1.234" or "1 234" -> 1234.

    Raises:
        UserError: letters, decimals, negatives or anything else that is not a whole count.
    """
    value = (text or "").strip().replace("\u00a0", " ")
    if not value:
        return 0
    check_digits(value, field_name)
    if value.isascii() and value.isdigit():
        return int(value)
    if _GROUPED.match(value):
        return int(re.sub(r"[.,\s]", "", value))
    if re.fullmatch(r"-\s*\d+([.,]\d+)?", value):
        raise error(QT_TRANSLATE_NOOP("Errors", "A count cannot be negative."), field_name)
    raise error(
        QT_TRANSLATE_NOOP("Errors", "\u201c{text}\u201d is not a whole number."),
        field_name,
        text=value[:30],
    )
