"""Clubs use cases: the period's list with counts, a club and its roster, its sessions log."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from desktop_app import resources
from desktop_app.domain.clubs import (
    Club,
    ClubFigures,
    ClubMember,
    ClubSession,
    active_share,
    attendance_warning,
    figures_in_period,
    validated_club,
    validated_member,
    validated_session,
)
from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period
from desktop_app.domain.templates import Template
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.locks import ensure_open
from desktop_app.services.workspace import Workspace
from desktop_app.storage import clubs_store, facility_store
from desktop_app.storage.submissions_store import locked_periods_covering


@dataclass(frozen=True)
class ClubRow:
    """A club with its host facility and what it did in the period shown."""

    club: Club
    facility: Facility | None
    figures: ClubFigures


@dataclass(frozen=True)
class ClubsSummary:
    """The period's clubs in figures (the Biểu 06 list, added up)."""

    clubs: int
    active: int
    sessions: int
    attendance: int


@dataclass(frozen=True)
class SessionRow:
    """A session and whether its attendance is above the club's member count."""

    session: ClubSession
    warning: bool


# -- rules of the commune's template ---------------------------------------------------------
def _template(workspace: Workspace) -> Template | None:
    unit = workspace.unit()
    return resources.template(unit.template_id) if unit else None


def convention(workspace: Workspace) -> str:
    """The period convention of the commune's template (``calendar`` before set-up)."""
    template = _template(workspace)
    return template.period_convention if template else "calendar"


def min_month_share(workspace: Workspace) -> float:
    """The template's ``active_club_min_month_share`` (default 0.5)."""
    template = _template(workspace)
    return active_share(template.rules if template else None)


def facilities(workspace: Workspace) -> list[Facility]:
    """The facilities a club can be hosted by, open ones first."""
    return facility_store.list_facilities(workspace.db)


# -- the list --------------------------------------------------------------------------------
def list_rows(workspace: Workspace, period: Period) -> list[ClubRow]:
    """Every club with its sessions, attendance and activity in ``period``, by code."""
    share = min_month_share(workspace)
    by_club: dict[int, list[ClubSession]] = defaultdict(list)
    for session in clubs_store.sessions_between(workspace.db, period.start, period.end):
        by_club[session.club_id].append(session)
    hosts = {f.id: f for f in facility_store.list_facilities(workspace.db)}
    return [
        ClubRow(
            club,
            hosts.get(club.facility_id),
            figures_in_period(club, by_club.get(club.id or 0, []), period, share),
        )
        for club in clubs_store.list_clubs(workspace.db)
    ]


def summary(rows: Sequence[ClubRow]) -> ClubsSummary:
    """Add up a list of club rows."""
    return ClubsSummary(
        clubs=len(rows),
        active=sum(1 for r in rows if r.figures.active),
        sessions=sum(r.figures.sessions for r in rows),
        attendance=sum(r.figures.attendance for r in rows),
    )


# -- a club and its roster -------------------------------------------------------------------
def get(workspace: Workspace, club_id: int) -> Club:
    """One club; raise ``UserError`` when it no longer exists."""
    club = clubs_store.get_club(workspace.db, club_id)
    if club is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "The club no longer exists."))
    return club


def members(workspace: Workspace, club_id: int) -> list[ClubMember]:
    """A club's roster."""
    return clubs_store.list_members(workspace.db, club_id)


def _check_host(workspace: Workspace, club: Club) -> None:
    if facility_store.get_facility(workspace.db, club.facility_id) is None:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Choose the facility that hosts the club."), "facility_id"
        )


def _check_sessions_inside(workspace: Workspace, club: Club) -> None:
    """The founding and closing dates may not leave recorded sessions outside them."""
    span = clubs_store.session_day_range(workspace.db, club.id or 0)
    if span is None:
        return
    first, last = span
    if club.founded_on and first < club.founded_on:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "A session of this club is recorded on {day}, before the founding date."
            ),
            "founded_on",
            day=first.strftime("%d/%m/%Y"),
        )
    if club.closed_on and last > club.closed_on:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "A session of this club is recorded on {day}, after the closing date."
            ),
            "closed_on",
            day=last.strftime("%d/%m/%Y"),
        )


def _roster(roster: Sequence[ClubMember] | None, today: date) -> list[ClubMember] | None:
    return None if roster is None else [validated_member(m, today) for m in roster]


@announces(ChangeKind.CLUBS)
def add_club(
    workspace: Workspace, club: Club, today: date, roster: Sequence[ClubMember] | None = None
) -> Club:
    """Validate and add a club with its roster, in one transaction."""
    club = validated_club(club, today)
    _check_host(workspace, club)
    people = _roster(roster, today)
    with workspace.db.atomic():
        club_id = clubs_store.insert_club(workspace.db, club)
        if people:
            clubs_store.replace_members(workspace.db, club_id, people)
    return replace(club, id=club_id)


@announces(ChangeKind.CLUBS)
def update_club(
    workspace: Workspace, club: Club, today: date, roster: Sequence[ClubMember] | None = None
) -> Club:
    """Change a club (and replace its roster when given), in one transaction.

    A club is not a dated record: what a submitted period counted of it are its
    sessions, which are locked, and which its dates may not leave outside them.
    """
    if club.id is None:
        raise ValueError("update_club needs a stored club")
    get(workspace, club.id)
    club = validated_club(club, today)
    _check_host(workspace, club)
    _check_sessions_inside(workspace, club)
    people = _roster(roster, today)
    with workspace.db.atomic():
        clubs_store.update_club(workspace.db, club)
        if people is not None:
            clubs_store.replace_members(workspace.db, club.id, people)
    return club


@announces(ChangeKind.CLUBS)
def delete_club(workspace: Workspace, club_id: int) -> None:
    """Remove a club with its roster and sessions, unless a session is in a submitted period."""
    span = clubs_store.session_day_range(workspace.db, club_id)
    if span is not None and locked_periods_covering(workspace.db, *span):
        for session in clubs_store.list_sessions(workspace.db, club_id):
            ensure_open(workspace, session.day)
    clubs_store.delete_club(workspace.db, club_id)


# -- sessions --------------------------------------------------------------------------------
def sessions(workspace: Workspace, club_id: int) -> list[SessionRow]:
    """A club's sessions, newest first, each with its attendance warning."""
    club = get(workspace, club_id)
    return [
        SessionRow(s, attendance_warning(s, club))
        for s in clubs_store.list_sessions(workspace.db, club_id)
    ]


@announces(ChangeKind.CLUBS)
def add_session(workspace: Workspace, session: ClubSession, today: date) -> SessionRow:
    """Validate and log a session. Attendance above the member count is a warning only."""
    club = get(workspace, session.club_id)
    session = validated_session(session, club, today)
    ensure_open(workspace, session.day)
    session_id = clubs_store.insert_session(workspace.db, session)
    session = replace(session, id=session_id)
    return SessionRow(session, attendance_warning(session, club))


@announces(ChangeKind.CLUBS)
def update_session(workspace: Workspace, session: ClubSession, today: date) -> SessionRow:
    """Change a logged session; both its old and its new day must be in open periods."""
    if session.id is None:
        raise ValueError("update_session needs a stored session")
    old = clubs_store.get_session(workspace.db, session.id)
    if old is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "The session no longer exists."))
    club = get(workspace, old.club_id)
    session = validated_session(replace(session, club_id=old.club_id), club, today)
    ensure_open(workspace, old.day)
    ensure_open(workspace, session.day)
    clubs_store.update_session(workspace.db, session)
    return SessionRow(session, attendance_warning(session, club))


@announces(ChangeKind.CLUBS)
def delete_session(workspace: Workspace, session_id: int) -> None:
    """Remove a logged session, unless its day is in a submitted period."""
    session = clubs_store.get_session(workspace.db, session_id)
    if session is None:
        return
    ensure_open(workspace, session.day)
    clubs_store.delete_session(workspace.db, session_id)


def by_code(workspace: Workspace, code: str) -> Club | None:
    """The club with ``code``, or ``None``."""
    return clubs_store.find_club_by_code(workspace.db, code)


def all_clubs(workspace: Workspace) -> list[Club]:
    """Every club of the commune, whatever its dates."""
    return clubs_store.list_clubs(workspace.db)
