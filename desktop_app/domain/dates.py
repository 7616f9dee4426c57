"""Dates as commune staff write them: dd/mm/yyyy, or ISO yyyy-mm-dd."""

from __future__ import annotations

import re
from datetime import date

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

_VN = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str, field_name: str | None = None) -> date | None:
    """Parse ``dd/mm/yyyy`` or ``yyyy-mm-dd``; an empty text means no date.

    Raises:
        UserError: the text is not a real calendar date (31/02/2026, 1/13/2026, "abc").
    """
    if text is None or not text.strip():
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _VN.match(text)
        if not match:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors", "\u201c{text}\u201d is not a date; write it as dd/mm/yyyy."
                ),
                field_name,
                text=text.strip()[:40],
            )
        day, month, year = (int(g) for g in match.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{text} is not a day of the calendar."),
            field_name,
            text=text.strip()[:40],
        ) from None
    if value.year < 1900:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{text} is too far in the past."),
            field_name,
            text=text.strip()[:40],
        )
    return value


def format_date(value: date | None) -> str:
    """``date(2026, 4, 21)`` -> ``"21/04/2026"``; ``None`` -> ``""``."""
    return value.strftime("%d/%m/%Y") if value else ""


def iso(value: date | None) -> str | None:
    """The ISO text stored in the database, or ``None``."""
    return value.isoformat() if value else None


def from_iso(text: str | None) -> date | None:
    """Inverse of :func:`iso`."""
    return date.fromisoformat(text) if text else None
