"""A day's visits to one facility, as tallied in the paper log book (domain.md §2)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.counts import check_count, check_day, check_of_which
from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.domain.text import clean_text

OF_WHICH = ("children", "elderly", "disabled", "ethnic_minority", "women", "mobile")
COUNTS = ("total", *OF_WHICH, "documents", "new_cards")

# Column labels (English source; the Vietnamese catalogue holds the log book's words).
LABELS: dict[str, str] = {
    "total": QT_TRANSLATE_NOOP("Visits", "Visits"),
    "children": QT_TRANSLATE_NOOP("Visits", "Children (under 16)"),
    "elderly": QT_TRANSLATE_NOOP("Visits", "Elderly (60+)"),
    "disabled": QT_TRANSLATE_NOOP("Visits", "With disability"),
    "ethnic_minority": QT_TRANSLATE_NOOP("Visits", "Ethnic minority"),
    "women": QT_TRANSLATE_NOOP("Visits", "Women"),
    "mobile": QT_TRANSLATE_NOOP("Visits", "Mobile service"),
    "documents": QT_TRANSLATE_NOOP("Visits", "Documents served"),
    "new_cards": QT_TRANSLATE_NOOP("Visits", "New reader cards"),
    "estimated": QT_TRANSLATE_NOOP("Visits", "Estimated"),
    "note": QT_TRANSLATE_NOOP("Visits", "Note"),
}
NOTE_MAX = 200
UNUSUAL_FACTOR = 3
UNUSUAL_WINDOW_DAYS = 90
UNUSUAL_MIN_SAMPLES = 4


@dataclass(frozen=True)
class VisitDay:
    """One facility's visits on one day. Every "of which" is at most ``total``."""

    facility_id: int
    day: date
    total: int = 0
    children: int = 0
    elderly: int = 0
    disabled: int = 0
    ethnic_minority: int = 0
    women: int = 0
    mobile: int = 0
    documents: int = 0
    new_cards: int = 0
    estimated: bool = False
    note: str = ""

    def is_empty(self) -> bool:
        """True when nothing was recorded (every count zero, no note)."""
        return not any(getattr(self, name) for name in COUNTS) and not self.note


def validated_visit(visit: VisitDay, facility: Facility, today: date) -> VisitDay:
    """Check a day's visits; raise ``UserError`` naming the first bad field."""
    check_day(visit.day, facility, today)
    for name in COUNTS:
        check_count(getattr(visit, name), name)
    for name in OF_WHICH:
        check_of_which(getattr(visit, name), visit.total, name)
    note = clean_text(visit.note, NOTE_MAX, "note")
    return visit if note == visit.note else VisitDay(**{**visit.__dict__, "note": note})


def is_unusual(total: int, same_weekday_history: Sequence[int]) -> bool:
    """Far outside the facility's own history: above 3x the median of the same weekday.

    ``same_weekday_history`` holds the totals recorded on the same weekday in
    the last 90 days. With fewer than four of them nothing is unusual yet.
    """
    if len(same_weekday_history) < UNUSUAL_MIN_SAMPLES or total <= 0:
        return False
    median = statistics.median(same_weekday_history)
    return total > UNUSUAL_FACTOR * max(median, 1)
