"""What the plan editor's fields hold, read into a template's JSON values (issue 20).

The editor's fields are text a person types: milestones ("2025: 40; 2030: 10-15"),
deadlines ("01/12", "+15", "20", "không"), the plan's number and date. Each reader
here refuses a bad text with a Vietnamese message naming the field; the whole
template is then checked by ``template_files.read_exchange`` like a received one.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from desktop_app.domain.dates import format_date, parse_date
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

_MILESTONE = re.compile(r"^\s*(\d{4})\s*:\s*(\d+(?:[.,]\d+)?)\s*(?:-\s*(\d+(?:[.,]\d+)?)\s*)?$")
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*$")
_PLAN = re.compile(r"^Kế hoạch số (\S+) ngày (\d{2}/\d{2}/\d{4})$")
NO_DEADLINE = "không"


def _number(text: str) -> float | int:
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else value


def parse_milestones(text: str, label: str) -> dict[str, Any]:
    """``{"2025": 40, "2030": "10-15"}`` from "2025: 40; 2030: 10-15".

    Raises:
        UserError: empty, not ``year: value``, or a range written upper bound first.
    """
    found: dict[str, Any] = {}
    parts = [part for part in text.split(";") if part.strip()]
    if not parts:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "The target \u201c{target}\u201d has no value: write e.g. 2025: 40."
            ),
            "milestones",
            target=label[:80],
        )
    for part in parts:
        match = _MILESTONE.match(part)
        if match is None or not 2000 <= int(match.group(1)) <= 2100:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The target \u201c{target}\u201d: \u201c{text}\u201d is not a year and a "
                    "value; write e.g. 2025: 40 or 2030: 10-15.",
                ),
                "milestones",
                target=label[:80],
                text=part.strip()[:40],
            )
        year, low, high = match.group(1), _number(match.group(2)), match.group(3)
        if year in found:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors", "The target \u201c{target}\u201d names the year {year} twice."
                ),
                "milestones",
                target=label[:80],
                year=year,
            )
        if high is None:
            found[year] = low
            continue
        upper = _number(high)
        if upper <= low:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The target \u201c{target}\u201d: the range {low}-{high} of {year} has its "
                    "ends swapped or equal; write the lower bound first.",
                ),
                "milestones",
                target=label[:80],
                low=match.group(2),
                high=high,
                year=year,
            )
        found[year] = f"{match.group(2).replace(',', '.')}-{high.replace(',', '.')}"
    return dict(sorted(found.items()))


def milestones_text(by_year: dict[str, Any]) -> str:
    """The editor's text for a target's ``by_year`` ("2025: 40; 2030: 10-15")."""
    return "; ".join(f"{year}: {value}" for year, value in by_year.items())


def parse_deadline(text: str, kind_label: str) -> tuple[bool, str | None]:
    """``(given, rule)``: empty text leaves the default (``given`` False); "không" is no
    deadline; "01/12" a day of the year; "20" a day of the period's last month; "+15"
    days after the period ends.

    Raises:
        UserError: a day that does not exist (31/02) or a text that is none of these.
    """
    value = text.strip().lower()
    if not value:
        return False, None
    if value == NO_DEADLINE:
        return True, None
    fixed = _DAY_MONTH.match(value)
    if fixed:
        day, month = int(fixed.group(1)), int(fixed.group(2))
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:
            raise error(
                QT_TRANSLATE_NOOP("Errors", "{kind}: {text} is not a day of the year (day/month)."),
                "deadlines",
                kind=kind_label,
                text=text.strip()[:20],
            )
        return True, f"{month:02d}-{day:02d}"
    if re.fullmatch(r"\d{1,2}", value) and 1 <= int(value) <= 31:
        return True, value
    if re.fullmatch(r"\+\d{1,3}", value):
        return True, value
    raise error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{kind}: \u201c{text}\u201d is not a deadline; write a day/month (01/12), a day of "
            "the period's last month (20), days after the period (+15), \u201ckhông\u201d, or "
            "leave it empty for the default.",
        ),
        "deadlines",
        kind=kind_label,
        text=text.strip()[:20],
    )


def deadline_input(rule: str | None) -> str:
    """The editor's text for a stored rule ("12-01" -> "01/12", None -> "không")."""
    if rule is None:
        return NO_DEADLINE
    if re.fullmatch(r"\d{2}-\d{2}", rule):
        month, day = rule.split("-")
        return f"{day}/{month}"
    return rule


def plan_text(number: str, issued_on: str) -> str:
    """The template's ``plan``: "Kế hoạch số 12/KH-UBND ngày 15/01/2026".

    Raises:
        UserError: the number is empty or the date is not a day of the calendar.
    """
    number = " ".join(number.split())
    if not number or " " in number:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "Type the plan's number as it is printed, e.g. 12/KH-UBND (no spaces)."
            ),
            "plan_number",
        )
    day = parse_date(issued_on, "plan_date")
    if day is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "Type the date of the plan."), "plan_date")
    return f"Kế hoạch số {number} ngày {format_date(day)}"


def split_plan(plan: str) -> tuple[str, str]:
    """The number and date of a ``plan`` written by :func:`plan_text`, else empty."""
    found = _PLAN.match(plan)
    return (found.group(1), found.group(2)) if found else ("", "")


def check_name(name: str) -> str:
    """The plan's name, its white space normalised.

    Raises:
        UserError: empty.
    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise error(QT_TRANSLATE_NOOP("Errors", "The plan's name is empty."), "name")
    return cleaned


def check_label(label: str, position: int) -> str:
    """A target's label.

    Raises:
        UserError: empty (naming the target's position).
    """
    cleaned = " ".join(label.split())
    if not cleaned:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Target {position} has no name."),
            "label",
            position=position,
        )
    return cleaned


# The template's counting rules (domain.md §4) and the value each takes when a template
# leaves it out: a share of the period's months, more than 0 and at most 1.
RULE_DEFAULTS = {"active_club_min_month_share": 0.5, "regular_activity_month_share": 0.75}


def rule_input(value: float) -> str:
    """The editor's text for a rule's share of months (0.75 -> "75")."""
    percent = round(value * 100, 1)
    return str(int(percent)) if percent.is_integer() else str(percent).replace(".", ",")


def parse_rule(text: str, rule_label: str) -> float:
    """A rule's share of months from the percentage typed ("75" or "75%" -> 0.75).

    Raises:
        UserError: empty, not a number, 0 or less, or above 100.
    """
    typed = text.strip().removesuffix("%").strip()
    found = re.fullmatch(r"\d{1,3}(?:[.,]\d)?", typed)
    value = float(typed.replace(",", ".")) if found else -1.0
    if not 0 < value <= 100:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{rule}: \u201c{text}\u201d is not a share of the period's months; write a "
                "percentage above 0 and at most 100, e.g. 50.",
            ),
            "rules",
            rule=rule_label,
            text=text.strip()[:20],
        )
    return round(value / 100, 3)
