"""How each indicator of domain.md §4 is counted, as a pure function of the period's facts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club, ClubSession, is_active
from desktop_app.domain.digital import DIGITAL_INDICATORS, MUSEUM_INDICATORS
from desktop_app.domain.facility import Facility, FacilityProfile, profile_in_force
from desktop_app.domain.facility_types import FacilityGroup, facility_type
from desktop_app.domain.periods import Period, month_of

DEFAULT_RULES = {"active_club_min_month_share": 0.5, "regular_activity_month_share": 0.75}
KIND_TO_CODE = {"clb": "VH03a", "lop_nang_khieu": "VH03b", "nhom_so_thich": "VH03c"}
VISIT_CODES = {
    "total": "TV04",
    "children": "TV04a",
    "elderly": "TV04b",
    "disabled": "TV04c",
    "ethnic_minority": "TV04d",
    "women": "TV04e",
    "mobile": "TV04f",
    "documents": "TV05",
    "new_cards": "TV06",
}
COMMUNE_LIBRARY = "TV_XA"  # TV01a-TV03a: the plans' targets are about these alone
COMMUNITY_LIBRARY = "TV_CD"  # TV01b
# VH01a and VH02: community learning centres (TTHTCD) belong to the education sector
CULTURE_HOUSES = frozenset({"TTVH_XA", "NVH_THON"})


@dataclass
class PeriodFacts:
    """Everything logged in one period, read from the database."""

    period: Period
    facilities: Sequence[Facility]
    profiles: Mapping[int, Sequence[FacilityProfile]]
    visits: Mapping[int, Mapping[str, int]]  # facility id -> column -> sum
    activities: Sequence[Activity]  # those whose first day lies in the period
    clubs: Sequence[Club]
    sessions: Sequence[ClubSession]
    digital: Mapping[tuple[int, str], tuple[int, int]]  # (facility id, kind) -> (qty, people)
    museum: Mapping[str, int]
    rules: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_RULES))


def _group(facility: Facility) -> FacilityGroup | None:
    kind = facility_type(facility.type_code)
    return kind.group if kind else None


def active_in(facility: Facility, period: Period) -> bool:
    """ "Đang hoạt động": open for at least one day of the period."""
    if facility.opened_on and facility.opened_on > period.end:
        return False
    return not (facility.closed_on and facility.closed_on < period.start)


def _sum(values: Iterable[int]) -> int:
    return int(sum(values))


def active_clubs(facts: PeriodFacts) -> list[Club]:
    """Clubs that met in at least the template's share of the period's months."""
    by_club: dict[int, list[ClubSession]] = defaultdict(list)
    for session in facts.sessions:
        by_club[session.club_id].append(session)
    share = facts.rules.get("active_club_min_month_share", 0.5)
    return [c for c in facts.clubs if is_active(c, by_club.get(c.id or 0, []), facts.period, share)]


def compute(facts: PeriodFacts) -> dict[str, float]:
    """Every count indicator of Biểu 01 to 04 for ``facts.period`` (not the growth rates)."""
    period = facts.period
    values: dict[str, float] = {}
    open_facilities = [f for f in facts.facilities if active_in(f, period)]
    libraries = [f for f in open_facilities if _group(f) == FacilityGroup.LIBRARY]
    culture = [f for f in open_facilities if _group(f) == FacilityGroup.CULTURE]
    at_end = {
        f.id: profile_in_force(facts.profiles.get(f.id or 0, ()), period.end)
        for f in open_facilities
    }
    clubs_by_id = {c.id: c for c in facts.clubs}
    digital = facts.digital.items()
    digital_facilities = {fid for (fid, _kind), (qty, people) in digital if qty or people}
    # TV02: a lifelong-learning activity, a club session or a digital-skills session.
    serving = {a.facility_id for a in facts.activities if a.lifelong_learning}
    serving |= {fid for (fid, kind), (qty, _p) in digital if kind == "ky_nang_so" and qty}
    serving |= {
        clubs_by_id[s.club_id].facility_id for s in facts.sessions if s.club_id in clubs_by_id
    }

    # Biểu 01 - libraries; the "a" rows over commune libraries (TV_XA) only, the targets' base
    commune_libraries = [f for f in libraries if f.type_code == COMMUNE_LIBRARY]
    applying_it = {
        f.id for f in libraries if f.id in digital_facilities and _uses_it(at_end.get(f.id))
    }
    values["TV01"] = len(libraries)
    values["TV01a"] = len(commune_libraries)
    values["TV01b"] = sum(1 for f in libraries if f.type_code == COMMUNITY_LIBRARY)
    values["TV02"] = sum(1 for f in libraries if f.id in serving)
    values["TV02a"] = sum(1 for f in commune_libraries if f.id in serving)
    values["TV03"] = len(applying_it)
    values["TV03a"] = sum(1 for f in commune_libraries if f.id in applying_it)
    for column, code in VISIT_CODES.items():
        values[code] = _sum(facts.visits.get(f.id or 0, {}).get(column, 0) for f in libraries)
    values["TV07"] = _sum((p.books or 0) for f in libraries if (p := at_end.get(f.id)) is not None)
    library_ids = {f.id for f in libraries}
    lll = [a for a in facts.activities if a.lifelong_learning and a.facility_id in library_ids]
    values["TV08"] = len(lll)
    values["TV09"] = _sum(a.participants for a in lll)

    # Biểu 02 - grassroots culture
    active = active_clubs(facts)
    culture_houses = [f for f in culture if f.type_code in CULTURE_HOUSES]
    values["VH01"] = len(culture)
    values["VH01a"] = len(culture_houses)
    values["VH02"] = sum(1 for f in culture_houses if _regular_culture_house(f, active, facts))
    values["VH03"] = len(active)
    for kind, code in KIND_TO_CODE.items():
        values[code] = sum(1 for c in active if c.kind == kind)
    values["VH04"] = _sum(c.members for c in active)
    values["VH04a"] = _sum(c.members_women for c in active)
    values["VH04b"] = _sum(c.members_children for c in active)
    values["VH04c"] = _sum(c.members_elderly for c in active)
    values["VH05"] = len(facts.sessions)
    values["VH06"] = _sum(s.attendance for s in facts.sessions)
    culture_ids = {f.id for f in culture}
    culture_activities = [a for a in facts.activities if a.facility_id in culture_ids]
    values["VH07"] = len(culture_activities)
    values["VH08"] = _sum(a.participants for a in culture_activities)
    values["VH09"] = _sum(facts.visits.get(f.id or 0, {}).get("total", 0) for f in culture)

    # Biểu 03 - digital transformation, every facility
    values["CS01"] = _sum((p.computers or 0) for p in at_end.values() if p is not None)
    values["CS02"] = _sum((p.computers_internet or 0) for p in at_end.values() if p is not None)
    for kind, (quantity_code, people_code) in DIGITAL_INDICATORS.items():
        rows = [v for (_fid, k), v in facts.digital.items() if k == kind]
        values[quantity_code] = _sum(q for q, _p in rows)
        if people_code:
            values[people_code] = _sum(p for _q, p in rows)
    values["CS10"] = sum(
        1 for p in at_end.values() if p is not None and (p.library_software or p.digital_library)
    )

    # Biểu 04 - museums
    for field_name, code in MUSEUM_INDICATORS.items():
        values[code] = facts.museum.get(field_name, 0)
    return values


def _uses_it(profile: FacilityProfile | None) -> bool:
    """TV03's profile half: computers with Internet, software, digital library or web site."""
    if profile is None:
        return False
    return bool(
        (profile.computers_internet or 0) > 0
        or profile.library_software
        or profile.digital_library
        or profile.web_presence
    )


def _regular_culture_house(facility: Facility, active: Sequence[Club], facts: PeriodFacts) -> bool:
    """VH02: hosts an active club, and held an activity or club session in at least
    three quarters of the period's months."""
    if not any(c.facility_id == facility.id for c in active):
        return False
    convention = facts.period.convention
    hosted = {c.id for c in facts.clubs if c.facility_id == facility.id}
    months = {month_of(s.day, convention) for s in facts.sessions if s.club_id in hosted}
    months |= {
        month_of(a.start_day, convention) for a in facts.activities if a.facility_id == facility.id
    }
    share = facts.rules.get("regular_activity_month_share", 0.75)
    return len(months) >= share * len(facts.period.months())


def growth(current: float | None, previous: float | None) -> float | None:
    """(this - last) / last x 100, one decimal; None without a figure for last year."""
    if current is None or not previous:
        return None
    return round((current - previous) / previous * 100, 1)


def ratio(current: float | None, previous: float | None) -> float | None:
    """Column 3 of the form: 2 / 1 x 100, one decimal; None when column 1 is empty or 0."""
    if current is None or not previous:
        return None
    return round(current / previous * 100, 1)
