"""Clubs, talent classes and interest groups, their members and sessions (domain.md §2)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain.counts import check_count, check_of_which
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period, month_of
from desktop_app.domain.text import clean_text

KINDS: dict[str, str] = {
    "clb": QT_TRANSLATE_NOOP("Clubs", "Club"),
    "lop_nang_khieu": QT_TRANSLATE_NOOP("Clubs", "Talent class"),
    "nhom_so_thich": QT_TRANSLATE_NOOP("Clubs", "Interest group"),
}
FIELDS: dict[str, str] = {
    "van_nghe": QT_TRANSLATE_NOOP("Clubs", "Performing arts"),
    "the_thao": QT_TRANSLATE_NOOP("Clubs", "Sports"),
    "doc_sach": QT_TRANSLATE_NOOP("Clubs", "Reading"),
    "ky_nang_so": QT_TRANSLATE_NOOP("Clubs", "Digital skills"),
    "ngoai_ngu": QT_TRANSLATE_NOOP("Clubs", "Foreign languages"),
    "khac": QT_TRANSLATE_NOOP("Clubs", "Other"),
}
CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,19}$")
MAX_MEMBERS = 10_000


@dataclass(frozen=True)
class Club:
    """A club of the commune, hosted by one facility."""

    code: str
    name: str
    kind: str
    field: str
    facility_id: int
    founded_on: date | None = None
    closed_on: date | None = None
    leader: str = ""
    members: int = 0
    members_women: int = 0
    members_children: int = 0
    members_elderly: int = 0
    id: int | None = None

    def exists_during(self, period: Period) -> bool:
        """Founded before the period ends and not closed before it starts."""
        if self.founded_on and self.founded_on > period.end:
            return False
        return not (self.closed_on and self.closed_on < period.start)


@dataclass(frozen=True)
class ClubSession:
    """One meeting of a club."""

    club_id: int
    day: date
    topic: str = ""
    attendance: int = 0
    id: int | None = None


@dataclass(frozen=True)
class ClubMember:
    """One person on a club's optional roster (personal data: never leaves the database)."""

    club_id: int
    name: str
    sex: str = ""  # "", "nam", "nu"
    birth_year: int | None = None
    phone: str = ""
    joined_on: date | None = None
    id: int | None = None


def validated_club(club: Club, today: date) -> Club:
    """Clean and check a club; raise ``UserError`` naming the field."""
    code = (club.code or "").strip().upper()
    if not CODE_PATTERN.match(code):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The club code \u201c{code}\u201d may hold only letters without accents, digits, "
                "\u201c_\u201d, \u201c-\u201d or \u201c.\u201d, 1 to 20 characters.",
            ),
            "code",
            code=code[:40],
        )
    name = clean_text(club.name, 200, "name")
    if not name:
        raise error(QT_TRANSLATE_NOOP("Errors", "The club name is empty."), "name")
    if club.kind not in KINDS:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a kind of club."),
            "kind",
            value=club.kind,
        )
    if club.field not in FIELDS:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a field of activity."),
            "field",
            value=club.field,
        )
    if club.founded_on and club.founded_on > today:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The founding date cannot be in the future."),
            "founded_on",
        )
    if club.closed_on and (
        club.closed_on > today or (club.founded_on and club.closed_on < club.founded_on)
    ):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "The closing date must lie between the founding date and today."
            ),
            "closed_on",
        )
    check_count(club.members, "members", MAX_MEMBERS)
    for name_ in ("members_women", "members_children", "members_elderly"):
        check_count(getattr(club, name_), name_, MAX_MEMBERS)
        check_of_which(getattr(club, name_), club.members, name_)
    return replace(club, code=code, name=name, leader=clean_text(club.leader, 100, "leader"))


def validated_session(session: ClubSession, club: Club, today: date) -> ClubSession:
    """Check a session against its club; raise ``UserError`` naming the field."""
    if session.day > today:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{day} is in the future."),
            "day",
            day=session.day.strftime("%d/%m/%Y"),
        )
    if (club.founded_on and session.day < club.founded_on) or (
        club.closed_on and session.day > club.closed_on
    ):
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The club did not exist on {day}."),
            "day",
            day=session.day.strftime("%d/%m/%Y"),
        )
    check_count(session.attendance, "attendance")
    return replace(session, topic=clean_text(session.topic, 200, "topic"))


def validated_member(member: ClubMember, today: date) -> ClubMember:
    """Check one roster entry."""
    name = clean_text(member.name, 100, "name")
    if not name:
        raise error(QT_TRANSLATE_NOOP("Errors", "The member's name is empty."), "name")
    if member.sex not in ("", "nam", "nu"):
        raise error(QT_TRANSLATE_NOOP("Errors", "Sex must be nam, nu or empty."), "sex")
    year = member.birth_year
    if year is not None and (
        isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= today.year
    ):
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{year} is not a plausible year of birth."),
            "birth_year",
            year=str(year)[:20],
        )
    return replace(member, name=name, phone=clean_text(member.phone, 20, "phone"))


def attendance_warning(session: ClubSession, club: Club) -> bool:
    """Attendance above the member count is allowed (guests come) but worth a look."""
    return club.members > 0 and session.attendance > club.members


def months_with_sessions(sessions: Iterable[ClubSession], period: Period) -> set[tuple[int, int]]:
    """The months of ``period`` in which at least one of ``sessions`` took place."""
    return {month_of(s.day, period.convention) for s in sessions if period.contains(s.day)}


def is_active(
    club: Club, sessions: Iterable[ClubSession], period: Period, min_share: float = 0.5
) -> bool:
    """Domain.md §4: a club is active when it met in at least half of the period's months."""
    if not club.exists_during(period):
        return False
    months = period.months()
    return len(months_with_sessions(sessions, period)) >= min_share * len(months)


# -- figures for a period ---------------------------------------------------------------------

ACTIVE_SHARE_RULE = "active_club_min_month_share"
DEFAULT_ACTIVE_SHARE = 0.5
CHILD_AGE_BELOW = 16  # thiếu nhi: under 16 (domain.md §2)
ELDERLY_AGE_FROM = 60  # người cao tuổi: 60 and over


def active_share(rules: dict[str, float] | None) -> float:
    """The template's minimum share of months with sessions, or the default 0.5."""
    value = (rules or {}).get(ACTIVE_SHARE_RULE)
    return float(value) if value is not None and 0 < value <= 1 else DEFAULT_ACTIVE_SHARE


@dataclass(frozen=True)
class ClubFigures:
    """What one club did in one period."""

    sessions: int
    attendance: int
    active: bool


def figures_in_period(
    club: Club, sessions: Iterable[ClubSession], period: Period, min_share: float = 0.5
) -> ClubFigures:
    """Sessions and attendance inside ``period``, and whether the club was active in it."""
    inside = [s for s in sessions if period.contains(s.day)]
    return ClubFigures(
        sessions=len(inside),
        attendance=sum(s.attendance for s in inside),
        active=is_active(club, inside, period, min_share),
    )


@dataclass(frozen=True)
class RosterCounts:
    """Member counts derived from a roster."""

    members: int
    women: int
    children: int
    elderly: int


def roster_counts(members: Iterable[ClubMember], year: int) -> RosterCounts:
    """Count a roster by sex and age group in ``year``; unknown birth years count in neither."""
    people = list(members)
    ages = [year - m.birth_year for m in people if m.birth_year is not None]
    return RosterCounts(
        members=len(people),
        women=sum(1 for m in people if m.sex == "nu"),
        children=sum(1 for age in ages if age < CHILD_AGE_BELOW),
        elderly=sum(1 for age in ages if age >= ELDERLY_AGE_FROM),
    )


def required_date(value: date | None, field_name: str) -> date:
    """A date the form must have (a session's day)."""
    if value is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "Type the date."), field_name)
    return value


def required_attendance(value: int | None, field_name: str = "attendance") -> int:
    """A session's attendance must be typed, even when it is 0."""
    if value is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "Type how many attended."), field_name)
    return value
