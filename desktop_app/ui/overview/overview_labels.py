"""Words and numbers of the overview: verdicts, the deadline, targets, days not typed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.domain.dates import format_date
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.ui import theme
from desktop_app.ui.table_model import Column

if TYPE_CHECKING:
    from desktop_app.domain.targets import TargetCheck
    from desktop_app.services.reporting.overview import Deadline, LoggingGap, Overview

GREEN, AMBER, RED, GREY = theme.OK, theme.WARNING, theme.PROBLEM, theme.MUTED


def number(value: float | None, decimals: int = 0) -> str:
    """A number as the user's language writes it (43.403 / 12,5 in Vietnamese)."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def signed_percent(value: float) -> str:
    """+5,2% / −1,2%."""
    text = number(abs(value), 1)
    return f"+{text}%" if value >= 0 else f"\u2212{text}%"


def verdict(overview: Overview) -> tuple[str, str]:
    """The headline a leader reads first, and its colour."""
    met, judged, total = overview.targets_met, overview.targets_judged, len(overview.targets)
    if total == 0:
        return QCoreApplication.translate(
            "Overview", "The plan sets no targets for {year}."
        ).format(year=overview.year), GREY
    recorded = sum(overview.months.total(series) for series in ("visits", "activities", "sessions"))
    if overview.visits_to_date == 0 and recorded == 0:  # the first days of use: not "behind"
        return (
            QCoreApplication.translate(
                "Overview",
                "Nothing recorded for {year} yet: the {total} targets are judged as the "
                "figures come in.",
            ).format(total=total, year=overview.year),
            GREY,
        )
    if judged == 0:
        return (
            QCoreApplication.translate(
                "Overview", "Not enough figures yet to judge the {total} targets of {year}."
            ).format(total=total, year=overview.year),
            GREY,
        )
    if met == total:
        text = QCoreApplication.translate(
            "Overview", "On track: {met} of {total} targets of {year} met so far"
        )
        colour = GREEN
    elif met == 0:
        text = QCoreApplication.translate(
            "Overview", "Behind: none of the {total} targets of {year} met so far"
        )
        colour = RED
    else:
        text = QCoreApplication.translate(
            "Overview", "Partly on track: {met} of {total} targets of {year} met so far"
        )
        colour = AMBER
    return text.format(met=met, total=total, year=overview.year), colour


def visits_tile(overview: Overview) -> tuple[str, str, str]:
    """The visits so far this year, the comparison under it, and the comparison's colour."""
    head = number(overview.visits_to_date)
    if overview.visits_growth is None:
        return (
            head,
            QCoreApplication.translate("Overview", "no figures for the same days last year"),
            GREY,
        )
    detail = QCoreApplication.translate(
        "Overview", "{change} against the same days of {year}"
    ).format(change=signed_percent(overview.visits_growth), year=overview.year - 1)
    return head, detail, GREEN if overview.visits_growth >= 0 else RED


def deadline_text(deadline: Deadline) -> tuple[str, str, str]:
    """The report's deadline tile: headline, detail and colour."""
    head = QCoreApplication.translate("Overview", "Report {period}").format(
        period=deadline.period_id
    )
    if deadline.due is None:
        return head, QCoreApplication.translate("Overview", "The plan sets no deadline"), GREEN
    due = format_date(deadline.due)
    if deadline.submitted_at is not None:
        return (
            head,
            QCoreApplication.translate("Overview", "Submitted on {day} (due {due})").format(
                day=format_date(deadline.submitted_at.date()), due=due
            ),
            GREEN,
        )
    if deadline.days_left < 0:
        return (
            head,
            QCoreApplication.translate("Overview", "Late by {days} days (due {due})").format(
                days=-deadline.days_left, due=due
            ),
            RED,
        )
    if deadline.days_left == 0:
        return (
            head,
            QCoreApplication.translate("Overview", "Due today ({due})").format(due=due),
            RED,
        )
    colour = RED if deadline.days_left <= 7 else AMBER if deadline.days_left <= 30 else GREEN
    return (
        head,
        QCoreApplication.translate("Overview", "Due {due}: {days} days left").format(
            due=due, days=deadline.days_left
        ),
        colour,
    )


def target_progress(check: TargetCheck) -> int:
    """How far along the target is, 0..100 (a growth or share against what is wanted)."""
    if check.achieved is None or check.wanted <= 0:
        return 0
    return max(0, min(100, round(check.achieved / check.wanted * 100)))


def target_value(check: TargetCheck) -> str:
    """What was achieved, in the target's unit."""
    if check.achieved is None:
        return QCoreApplication.translate("Overview", "not enough figures")
    if check.target.kind == "amount":
        return number(check.achieved)
    if check.target.kind == "growth":
        return signed_percent(check.achieved)
    return f"{number(check.achieved, 1)}%"


def target_wanted(check: TargetCheck) -> str:
    """The target as the plan writes it and its milestone: "60% (2030)", "10-15% (2030)"."""
    bounds = [check.wanted] if check.upper is None else [check.wanted, check.upper]
    wanted = "-".join(number(value, 1 if value % 1 else 0) for value in bounds)
    if check.target.kind != "amount":
        wanted += "%"
    return QCoreApplication.translate("Overview", "{wanted} (milestone {year})").format(
        wanted=wanted, year=check.milestone
    )


def target_basis(check: TargetCheck) -> str:
    """The figures it was judged on: "3 of 4 libraries" style numerator / denominator."""
    if check.target.kind == "share" and check.numerator is not None and check.denominator:
        return f"{number(check.numerator)} / {number(check.denominator)}"
    if check.target.kind == "growth" and check.numerator is not None:
        before = number(check.denominator) if check.denominator is not None else "–"
        return f"{number(check.numerator)} ← {before}"
    return ""


def target_state(check: TargetCheck) -> tuple[str, str]:
    """Met / Not met / Not enough figures, with its colour."""
    if check.met is None:
        return QCoreApplication.translate("Overview", "Not enough figures"), GREY
    return (
        (QCoreApplication.translate("Overview", "Met"), GREEN)
        if check.met
        else (QCoreApplication.translate("Overview", "Not met"), RED)
    )


def _days(gap: LoggingGap) -> str:
    shown = ", ".join(f"{d:%d/%m}" for d in gap.days[:8])
    return shown + (" …" if len(gap.days) > 8 else "")


GAP_COLUMNS: tuple[Column[LoggingGap], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda g: g.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Service point"), lambda g: g.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Days"),
        lambda g: str(len(g.days)),
        lambda g: len(g.days),
        True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Days with no visits typed"), _days),
)


def gap_window_text(first: date, last: date, count: int, points: int) -> str:
    """The caption over the table of days not typed."""
    if points == 0:
        return QCoreApplication.translate(
            "Overview",
            "No library or culture house is listed yet: add them on the Facilities screen.",
        )
    if count == 0:
        return QCoreApplication.translate(
            "Overview", "Visits are typed for every open day from {first} to {last}."
        ).format(first=format_date(first), last=format_date(last))
    return QCoreApplication.translate(
        "Overview",
        "Days from {first} to {last} with no visits typed (Enter or double-click opens the day):",
    ).format(first=format_date(first), last=format_date(last))
