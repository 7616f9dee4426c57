"""A realistic demo commune (Xã Hòa Phú, 66-24175) with years of logs ending yesterday.

Rows are generated with a seeded random generator (the same seed, years and
day give the same database), checked with the domain rules and written with
the bulk upserts of the import, in one transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from desktop_app.domain.activities import validated_activity
from desktop_app.domain.clubs import Club, ClubSession, validated_club, validated_session
from desktop_app.domain.digital import DigitalService, validated_digital, validated_museum
from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.domain.facility_types import FacilityGroup, facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.visits import VisitDay, validated_visit
from desktop_app.services import commune_only, facilities, setup
from desktop_app.services.demo import demo_calendar as cal
from desktop_app.services.demo.demo_activities import activities_for, museum_for
from desktop_app.services.workspace import Workspace
from desktop_app.storage import (
    activities_store,
    clubs_store,
    digital_store,
    facility_store,
    import_store,
    museum_store,
)

DEFAULT_SEED = 1520
MAX_YEARS = 20
UNIT_NAME = "Xã Hòa Phú"


@dataclass(frozen=True)
class DemoFacility:
    """A facility of the demo commune and how busy it is on an ordinary day."""

    code: str
    type_code: str
    name: str
    daily: int  # visits on an ordinary weekday (0: no visit log, e.g. the museum room)
    computers: int = 0


FACILITIES = (
    DemoFacility("TV1", "TV_XA", "Thư viện xã Hòa Phú", 32, computers=6),
    DemoFacility("PD1", "PD_THON", "Phòng đọc thôn Phú Sen", 11, computers=1),
    DemoFacility("PD2", "PD_THON", "Tủ sách thôn Phú Lộc", 6),
    DemoFacility("VH1", "TTVH_XA", "Trung tâm Văn hóa - Thể thao xã Hòa Phú", 38, computers=2),
    DemoFacility("VH2", "NVH_THON", "Nhà văn hóa thôn Phú Sen", 16),
    DemoFacility("VH3", "NVH_THON", "Nhà văn hóa thôn Phú Lộc", 13),
    DemoFacility("HT1", "TTHTCD", "Trung tâm học tập cộng đồng xã Hòa Phú", 9, computers=4),
    DemoFacility("BT1", "BT", "Phòng trưng bày truyền thống xã Hòa Phú", 0),
)
# code, name, kind, field, host, weekday (0 = Monday), members, women, children, elderly
CLUBS = (
    ("CLB01", "CLB Văn nghệ thôn Phú Sen", "clb", "van_nghe", "VH2", 4, 26, 20, 3, 6),
    ("CLB02", "CLB Dưỡng sinh người cao tuổi", "clb", "the_thao", "VH1", 1, 42, 30, 0, 42),
    ("CLB03", "CLB Đọc sách thiếu nhi", "clb", "doc_sach", "TV1", 5, 30, 17, 30, 0),
    ("CLB04", "Lớp năng khiếu vẽ thiếu nhi", "lop_nang_khieu", "van_nghe", "VH1", 6, 18, 10, 18, 0),
    ("CLB05", "Nhóm kỹ năng số cho người cao tuổi", "nhom_so_thich", "ky_nang_so", "HT1", 2, 15,
     9, 0, 15),
    ("CLB06", "CLB Tiếng Anh thiếu nhi", "clb", "ngoai_ngu", "HT1", 3, 22, 12, 22, 0),
    ("CLB07", "CLB Bóng chuyền thôn Phú Lộc", "clb", "the_thao", "VH3", 5, 16, 4, 2, 0),
    ("CLB08", "CLB Khuyến học xã Hòa Phú", "clb", "khac", "VH1", 6, 30, 14, 0, 12),
)  # fmt: skip


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote."""

    unit_name: str
    first_day: date
    last_day: date
    facilities: int
    counts: dict[str, int]


def _part(rng: random.Random, total: int, share: float) -> int:
    """An "of which" count near ``share`` of ``total``, never above it."""
    return min(total, int(total * share * rng.uniform(0.85, 1.15) + rng.random()))


def _closed(facility: DemoFacility, day: date, rng: random.Random) -> bool:
    if cal.is_tet_holiday(day):
        return True
    group = facility_type(facility.type_code).group  # type: ignore[union-attr]
    if group == FacilityGroup.LIBRARY and cal.is_public_holiday(day):
        return True
    if facility.type_code == "TV_XA":
        return cal.first_monday(day)
    return day.weekday() == 0 and rng.random() < 0.5  # village rooms close some Mondays


def visit_rows(
    rng: random.Random, facility: DemoFacility, facility_id: int, first: date, last: date
) -> list[VisitDay]:
    """A facility's daily visits from ``first`` to ``last``, with seasons and closed days."""
    library = facility_type(facility.type_code).group == FacilityGroup.LIBRARY  # type: ignore[union-attr]
    rows = []
    for day in cal.days(first, last):
        if _closed(facility, day, rng):
            continue
        factor = cal.season_factor(day) * (1.3 if day.weekday() >= 5 else 1.0)
        total = max(0, round(facility.daily * factor * rng.gauss(1.0, 0.18)))
        mobile = 0
        if facility.type_code == "TV_XA" and day.weekday() == 3 and rng.random() < 0.5:
            mobile = rng.randint(15, 40)  # the mobile library visits a village school
            total += mobile
        summer = day.month in (6, 7, 8)
        rows.append(
            VisitDay(
                facility_id=facility_id,
                day=day,
                total=total,
                children=_part(rng, total, 0.5 if summer else 0.33),
                elderly=_part(rng, total, 0.14),
                disabled=_part(rng, total, 0.012),
                ethnic_minority=_part(rng, total, 0.05),
                women=_part(rng, total, 0.55),
                mobile=mobile,
                documents=round(total * rng.uniform(1.1, 1.6)) if library else 0,
                new_cards=rng.choices((0, 1, 2, 3), (55, 28, 12, 5))[0] if library else 0,
                estimated=rng.random() < 0.03,
            )
        )
    return rows


def session_rows(
    rng: random.Random, club: Club, weekday: int, first: date, last: date
) -> list[ClubSession]:
    """A club's weekly sessions (not in the Tết weeks; one in ten skipped)."""
    start = max(first, club.founded_on or first)
    return [
        ClubSession(
            club_id=club.id or 0,
            day=day,
            topic="",
            attendance=max(1, round(club.members * rng.uniform(0.55, 0.95))),
        )
        for day in cal.weekly(start, last, weekday)
        if not cal.in_tet_lull(day) and rng.random() > 0.1
    ]


def digital_rows(
    rng: random.Random, facility: DemoFacility, facility_id: int, first: date, last: date
) -> list[DigitalService]:
    """Computer use most open days, digital resources weekly, digitising and skills monthly."""
    if not facility.computers:
        return []
    rows = []
    for day in cal.days(first, last):
        if cal.is_tet_holiday(day) or day.weekday() == 0:
            continue
        if rng.random() < 0.7:
            quantity = max(1, round(facility.computers * 1.4 * cal.season_factor(day)))
            rows.append(DigitalService(day, facility_id, "may_tinh", quantity))
        if day.weekday() == 5:
            rows.append(DigitalService(day, facility_id, "tai_nguyen_so", rng.randint(8, 30)))
        if facility.type_code == "TV_XA" and day.day == 25:
            rows.append(DigitalService(day, facility_id, "so_hoa", rng.randint(15, 60)))
        if facility.type_code == "TTHTCD" and day.day in (10, 24):
            rows.append(DigitalService(day, facility_id, "ky_nang_so", 1, rng.randint(10, 25)))
        if facility.type_code == "TV_XA" and day.day == 15 and day.month % 3 == 0:
            rows.append(DigitalService(day, facility_id, "truc_tuyen", 1, rng.randint(40, 150)))
    return rows


def refuse_unless_empty(workspace: Workspace) -> None:
    """The demo goes only into a database that holds no facility and no record."""
    counts = import_store.count_rows(workspace.db)
    held = facility_store.count_facilities(workspace.db) + sum(counts.values())
    if held:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} already holds facilities or records; the demo commune "
                "is built only in a new, empty database.",
            ),
            None,
            path=str(workspace.path),
        )


def check_years(years: int) -> None:
    """The demo covers 1 to ``MAX_YEARS`` years; raise ``UserError`` otherwise."""
    if not 1 <= years <= MAX_YEARS:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The demo covers 1 to {max} years."), "years", max=MAX_YEARS
        )


def _check(rows: list[Any], rule: Callable[[Any], Any]) -> list[Any]:
    return [rule(row) for row in rows]


def build_demo(
    workspace: Workspace,
    years: int = 3,
    today: date | None = None,
    seed: int = DEFAULT_SEED,
) -> DemoSummary:
    """Fill an empty database with a commune and ``years`` of logs ending yesterday.

    Raises:
        UserError: the database already holds data or is the office's, or ``years`` is out
        of range.
    """
    check_years(years)
    today = today or date.today()
    commune_only.refuse_office(workspace, commune_only.DEMO)
    refuse_unless_empty(workspace)
    rng = random.Random(f"{seed}-{years}-{today.isoformat()}")
    first, last = cal.span(years, today)
    opened = date(first.year - 2, 1, 1)
    with workspace.db.atomic():
        unit = workspace.unit()
        if unit is None:
            unit = setup.configure_unit(
                workspace,
                setup.prepare_unit(
                    province_code="66",
                    commune_code="24175",
                    unit_name=UNIT_NAME,
                    preparer_name="Nguyễn Thị Lan",
                    head_name="Trần Văn Minh",
                ),
            )
        stored: dict[str, Facility] = {}
        for spec in FACILITIES:
            stored[spec.code] = facilities.add_facility(
                workspace,
                Facility(spec.code, spec.type_code, spec.name, opened_on=opened),
                today,
                FacilityProfile(
                    effective_from=opened,
                    area_m2=40.0 + 8 * spec.daily,
                    seats=max(10, spec.daily),
                    computers=spec.computers,
                    computers_internet=spec.computers,
                    books=4500 if spec.type_code == "TV_XA" else 300 + 40 * spec.daily,
                    library_software=spec.type_code == "TV_XA",
                    digital_library=spec.type_code == "TV_XA",
                    web_presence=spec.type_code in ("TV_XA", "TTVH_XA"),
                ),
            )
        _write_logs(workspace, rng, stored, first, last, today)
    return DemoSummary(
        unit.unit_name, first, last, len(FACILITIES), import_store.count_rows(workspace.db)
    )


def _write_logs(
    workspace: Workspace,
    rng: random.Random,
    stored: dict[str, Facility],
    first: date,
    last: date,
    today: date,
) -> None:
    db = workspace.db
    for spec in FACILITIES:
        facility = stored[spec.code]
        fid = facility.id or 0
        if spec.daily:
            rows = visit_rows(rng, spec, fid, first, last)
            import_store.write_visit_days(
                db, _check(rows, lambda v, f=facility: validated_visit(v, f, today))
            )
        digital = digital_rows(rng, spec, fid, first, last)
        digital_store.upsert_digital(
            db, _check(digital, lambda d, f=facility: validated_digital(d, f, today))
        )
    clubs = [
        validated_club(
            Club(
                code, name, kind, field_, stored[host].id or 0,
                founded_on=first - timedelta(days=200 + 30 * index),
                leader=("Lê Thị Hoa", "Phạm Văn Sơn", "Võ Thị Mai")[index % 3],
                members=members, members_women=women, members_children=children,
                members_elderly=elderly,
            ),
            today,
        )
        for index, (code, name, kind, field_, host, _wd, members, women, children, elderly)
        in enumerate(CLUBS)
    ]  # fmt: skip
    ids = clubs_store.upsert_clubs(db, clubs)
    for club, spec in zip(clubs, CLUBS, strict=True):
        club = replace(club, id=ids[club.code])
        sessions = session_rows(rng, club, spec[5], first, last)
        clubs_store.upsert_sessions(
            db, _check(sessions, lambda s, c=club: validated_session(s, c, today))
        )
    by_id = {f.id: f for f in stored.values()}
    activities = activities_for(rng, {c: f.id or 0 for c, f in stored.items()}, first, last)
    activities_store.upsert_activities(
        db, [validated_activity(a, by_id[a.facility_id], today) for a in activities]
    )
    museum = stored["BT1"]
    records = museum_for(rng, museum.id or 0, first, last)
    museum_store.upsert_museum(db, [validated_museum(r, museum, today) for r in records])
