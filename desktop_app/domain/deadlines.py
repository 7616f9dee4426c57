"""Report deadlines per period kind (domain.md §3): defaults, a template's own, none.

A deadline belongs to a period kind (month, quarter, 6 months, 9 months, year),
not to the template as a whole. A rule is written in a template as:

- ``"MM-DD"``: that day of the period's year ("12-01": before 01/12);
- ``"DD"``: that day of the period's last month (month and quarter: "20");
- ``"+N"``: N days after the period's last day ("+15");
- ``null``: no deadline for that kind: nothing of it is ever late.

Defaults (Thông tư 14/2022/TT-BVHTTDL): under nd09, month and quarter before the
20th of the period's last month, 6 months before 20/06, 9 months before 20/09,
the year before 15/12; under the calendar convention, 15 days after the period ends.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from desktop_app.domain.periods import Period

KINDS = ("month", "quarter", "6_months", "9_months", "year")
_RULE = re.compile(r"^(?:(\d{2})-(\d{2})|(\d{1,2})|\+(\d{1,3}))$")
DEFAULTS: dict[str, dict[str, str | None]] = {
    "nd09": {
        "month": "20",
        "quarter": "20",
        "6_months": "06-20",
        "9_months": "09-20",
        "year": "12-15",
    },
    "calendar": dict.fromkeys(KINDS, "+15"),
}


def period_kind(period: Period) -> str:
    """The kind of ``period``: "month", "quarter", "6_months", "9_months" or "year"."""
    part = period.id[5:]
    if part == "N":
        return "year"
    if part == "S1":
        return "6_months"
    if part == "9T":
        return "9_months"
    return "quarter" if part.startswith("Q") else "month"


def valid_rule(rule: object) -> bool:
    """Whether ``rule`` is a deadline as a template may write it (None included)."""
    if rule is None:
        return True
    if not isinstance(rule, str):
        return False
    found = _RULE.match(rule)
    if not found:
        return False
    if found.group(1):
        return 1 <= int(found.group(1)) <= 12 and 1 <= int(found.group(2)) <= 31
    if found.group(3):
        return 1 <= int(found.group(3)) <= 31
    return True


def _day(year: int, month: int, day: int) -> date:
    """The day, or the month's last day when it has fewer (29/02 in a common year)."""
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def apply_rule(rule: str | None, period: Period) -> date | None:
    """The deadline ``rule`` gives ``period``; None for no deadline."""
    if rule is None:
        return None
    found = _RULE.match(rule)
    if not found:
        raise ValueError(f"not a deadline rule: {rule!r}")
    if found.group(1):
        return _day(period.year, int(found.group(1)), int(found.group(2)))
    if found.group(3):
        last = period.months()[-1]
        return _day(last[0], last[1], int(found.group(3)))
    return period.end + timedelta(days=int(found.group(4)))


def deadline_of(period: Period, own: Mapping[str, str | None] | None = None) -> date | None:
    """The deadline of ``period``: the template's own rule for its kind, else the default.

    ``own`` maps kinds to rules; a kind present with ``None`` has no deadline.
    """
    kind = period_kind(period)
    if own is not None and kind in own:
        return apply_rule(own[kind], period)
    return apply_rule(DEFAULTS[period.convention][kind], period)
