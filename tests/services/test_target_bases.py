"""The plans' targets on the right base (domain.md §4, §5): commune libraries, culture houses.

The fixture, on top of ``configured`` (TV1, the commune library, TV_XA, opened 2015 with
2 Internet computers; NVH1, a village culture house):

- PD1 and PD2, two village reading rooms (PD_THON), and CD1, a private library serving the
  community (TV_CD), all open since 2020; PD1 has a profile with 1 Internet computer;
- PD1 alone is active in 2026: a lifelong-learning activity on 10/04/2026 (25 people) and
  5 computer uses on 11/04/2026; TV1, PD2 and CD1 log nothing;
- TT1, a community learning centre (TTHTCD), hosts club CLB9 meeting on the 5th of every
  month of 2026 (12 of 12 months, active); NVH1 hosts nothing.

By hand, for 2026 (calendar):
- TV01 = 4 (TV1, PD1, PD2, CD1); TV01a = 1 (TV1); TV01b = 1 (CD1);
- TV02 = 1 (PD1) but TV02a = 0; TV03 = 1 (PD1: Internet computer + digital record), TV03a = 0;
- the old base would judge TV02/TV01 = 1/4 = 25 %; the plans' base TV02a/TV01a = 0/1 = 0 %;
- VH01 = 2 (NVH1, TT1); VH01a = 1 (NVH1); VH02 = 0: TT1 would pass the rule (an active club,
  sessions in 12 of 12 months) but a community learning centre is not a culture house.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club, ClubSession
from desktop_app.domain.digital import DigitalService
from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.domain.periods import parse_period
from desktop_app.services import facilities
from desktop_app.services.reporting.period_values import indicator_values
from desktop_app.services.reporting.report import build_unit_report
from desktop_app.services.workspace import Workspace
from desktop_app.storage import activities_store, clubs_store, digital_store
from tests.conftest import TODAY

OPENED = date(2020, 1, 1)


@pytest.fixture
def commune(configured: Workspace) -> Workspace:
    db = configured.db
    pd1 = facilities.add_facility(
        configured,
        Facility("PD1", "PD_THON", "Phòng đọc thôn 1", opened_on=OPENED),
        TODAY,
        FacilityProfile(effective_from=OPENED, computers=1, computers_internet=1),
    )
    facilities.add_facility(
        configured, Facility("PD2", "PD_THON", "Tủ sách thôn 2", opened_on=OPENED), TODAY
    )
    facilities.add_facility(
        configured, Facility("CD1", "TV_CD", "Thư viện tư nhân Minh Tâm", opened_on=OPENED), TODAY
    )
    centre = Facility("TT1", "TTHTCD", "Trung tâm học tập cộng đồng", opened_on=OPENED)
    tt1 = facilities.add_facility(configured, centre, TODAY)
    activities_store.upsert_activities(
        db,
        [
            Activity(date(2026, 4, 10), date(2026, 4, 10), pd1.id, "noi_chuyen", "Nói chuyện",
                     lifelong_learning=True, participants=25),
        ],
    )  # fmt: skip
    digital_store.upsert_digital(db, [DigitalService(date(2026, 4, 11), pd1.id, "may_tinh", 5)])
    club = clubs_store.insert_club(
        db, Club("CLB9", "CLB Tin học", "clb", "ky_nang_so", tt1.id, OPENED, members=12)
    )
    for month in range(1, 13):
        clubs_store.insert_session(db, ClubSession(club, date(2026, month, 5), attendance=10))
    return configured


def test_the_commune_library_rows_count_the_commune_library_alone(commune: Workspace) -> None:
    v = indicator_values(commune, parse_period("2026-N")).current
    assert (v["TV01"], v["TV01a"], v["TV01b"]) == (4, 1, 1)
    assert (v["TV02"], v["TV02a"]) == (1, 0)
    assert (v["TV03"], v["TV03a"]) == (1, 0)


def test_a_learning_centre_with_clubs_is_no_culture_house(commune: Workspace) -> None:
    v = indicator_values(commune, parse_period("2026-N")).current
    assert (v["VH01"], v["VH01a"], v["VH02"]) == (2, 1, 0)
    assert v["VH03"] == 1 and v["VH05"] == 12  # the club itself still counts in Biểu 02


def test_the_targets_are_judged_on_the_plans_base(commune: Workspace) -> None:
    made = datetime(2027, 1, 5, 9, 0, tzinfo=timezone(timedelta(hours=7)))
    report = build_unit_report(commune, "2026-N", "calendar", "phu-yen-2023", made)
    lines = {line.code: line for form in report.forms for line in form.lines}
    # a reading room's activity no longer makes the commune's libraries reach 60 %
    assert lines["TV02a"].current == 0 and lines["TV02a"].verdict == "Chưa đạt (0/1 = 0%)"
    assert lines["TV03a"].current == 0 and lines["TV03a"].verdict == "Chưa đạt (0/1 = 0%)"
    assert lines["VH02"].current == 0 and lines["VH02"].verdict == "Chưa đạt (0/1 = 0%)"
    assert lines["TV02"].verdict is None and lines["VH01"].verdict is None
