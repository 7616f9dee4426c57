"""Biểu 05 and 06 of a commune's report, the named days and the unit's own words.

The names of types, modes, kinds and fields are the catalogue's, rendered in Vietnamese
(:data:`desktop_app.i18n.DOCUMENT_LANGUAGE`) whatever the screen's language: the same
entries the screen shows.
"""

from __future__ import annotations

from desktop_app.domain.activities import MODES, NAMED_DAYS, TYPES
from desktop_app.domain.clubs import FIELDS as CLUB_FIELDS
from desktop_app.domain.clubs import KINDS
from desktop_app.domain.indicator_rules import PeriodFacts, active_clubs
from desktop_app.domain.period_texts import FIELDS, HEADINGS
from desktop_app.domain.periods import Period
from desktop_app.i18n import DOCUMENT_LANGUAGE, name_of
from desktop_app.reports.model import ActivityLine, ClubLine, NamedDayLine
from desktop_app.services.reporting import period_texts
from desktop_app.services.workspace import Workspace


def lists(facts: PeriodFacts) -> tuple[tuple[ActivityLine, ...], tuple[ClubLine, ...]]:
    """Biểu 05's activities and Biểu 06's clubs of the period, in the form's words."""
    period = facts.period
    names = {f.id: f"{f.code} - {f.name}" for f in facts.facilities}
    activities = tuple(
        ActivityLine(
            start=a.start_day,
            end=a.end_day or a.start_day,
            facility=names.get(a.facility_id, ""),
            type=_type(a.type),
            title=a.title,
            partners=a.partners,
            mode=_mode(a.mode),
            lifelong_learning=a.lifelong_learning,
            participants=a.participants,
            children=a.children,
            elderly=a.elderly,
            women=a.women,
        )
        for a in facts.activities
    )
    active_ids = {c.id for c in active_clubs(facts)}
    clubs = []
    for club in facts.clubs:
        if not club.exists_during(period):
            continue
        mine = [s for s in facts.sessions if s.club_id == club.id]
        clubs.append(
            ClubLine(
                code=club.code,
                name=club.name,
                kind=_kind(club.kind),
                field=_field(club.field),
                facility=names.get(club.facility_id, ""),
                members=club.members,
                women=club.members_women,
                children=club.members_children,
                elderly=club.members_elderly,
                sessions=len(mine),
                attendance=sum(s.attendance for s in mine),
                active=club.id in active_ids,
            )
        )
    return activities, tuple(clubs)


def named_days(facts: PeriodFacts) -> tuple[NamedDayLine, ...]:
    """Biểu 05's opening table: each named day or week, its activities and participants."""
    return tuple(
        NamedDayLine(
            _type(code),
            sum(1 for a in facts.activities if a.type == code),
            sum(a.participants for a in facts.activities if a.type == code),
        )
        for code in NAMED_DAYS
    )


def texts(workspace: Workspace, period: Period) -> tuple[tuple[str, str], ...]:
    stored = period_texts.read(workspace, period)
    return tuple((HEADINGS[name], getattr(stored, name)) for name in FIELDS)


def _type(code: str) -> str:
    return name_of("Activities", TYPES, code, DOCUMENT_LANGUAGE)


def _mode(code: str) -> str:
    return name_of("Activities", MODES, code, DOCUMENT_LANGUAGE)


def _kind(code: str) -> str:
    return name_of("Clubs", KINDS, code, DOCUMENT_LANGUAGE)


def _field(code: str) -> str:
    return name_of("Clubs", CLUB_FIELDS, code, DOCUMENT_LANGUAGE)
