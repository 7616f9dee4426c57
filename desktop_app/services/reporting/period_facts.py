"""What a period's indicators are computed from, read from the database."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.clubs import Club
from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.domain.indicator_rules import PeriodFacts
from desktop_app.domain.periods import Period
from desktop_app.domain.templates import Template
from desktop_app.services.workspace import Workspace
from desktop_app.storage import activities_store, clubs_store, facility_store, report_queries


@dataclass(frozen=True)
class StandingFacts:
    """What every period of one calculation shares: facilities, their profiles, the clubs.

    Read once with :func:`standing_facts` when many periods are worked out together
    (the months of a year), instead of once per period.
    """

    facilities: list[Facility]
    profiles: dict[int, list[FacilityProfile]]
    clubs: list[Club]


def standing_facts(workspace: Workspace) -> StandingFacts:
    """The facilities, their dated profiles and the clubs, as stored now."""
    db = workspace.db
    facilities = facility_store.list_facilities(db)
    return StandingFacts(
        facilities,
        {f.id or 0: facility_store.list_profiles(db, f.id or 0) for f in facilities},
        clubs_store.list_clubs(db),
    )


def period_facts(
    workspace: Workspace,
    period: Period,
    template: Template,
    standing: StandingFacts | None = None,
) -> PeriodFacts:
    """What the indicators of ``period`` are computed from (``standing`` when read already)."""
    db = workspace.db
    standing = standing or standing_facts(workspace)
    return PeriodFacts(
        period=period,
        facilities=standing.facilities,
        profiles=standing.profiles,
        visits=report_queries.visit_sums(db, period.start, period.end),
        activities=activities_store.activities_starting(db, period.start, period.end),
        clubs=standing.clubs,
        sessions=clubs_store.sessions_between(db, period.start, period.end),
        digital=report_queries.digital_sums(db, period.start, period.end),
        museum=report_queries.museum_sums(db, period.start, period.end),
        rules=template.rules,
    )
