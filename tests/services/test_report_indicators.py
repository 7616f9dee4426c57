"""Indicators against values worked out by hand for a small known commune (domain.md §3-§4).

The fixture, on top of ``configured`` (TV1 library opened 01/03/2015 with 4 computers, 2 on
the Internet and 3,200 books; NVH1 village culture house):

- PD1, a village reading room opened 01/07/2026 (mid-year);
- visits at TV1: 28/02/2026 10 (4 children), 14/12/2026 7, 15/12/2026 5, and 9 on the leap
  day 29/02/2024; at PD1 3 on 01/07/2026; at NVH1 20 on 10/03/2026;
- an activity at TV1 from 30/12/2026 to 02/01/2027, serving lifelong learning, 40 people;
- club CLB1 at NVH1 (20 members, 12 women) meeting once a month January to June 2026
  (6 of 12 months: exactly half, active), 15 people each time; club CLB2 at PD1 meeting
  July to November 2026 (5 months, not active), 8 people each time;
- 12 computer uses at TV1 on 05/05/2026.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club, ClubSession
from desktop_app.domain.digital import DigitalService
from desktop_app.domain.facility import Facility
from desktop_app.domain.periods import parse_period
from desktop_app.domain.visits import VisitDay
from desktop_app.reports.unit_workbook import write_unit_workbook
from desktop_app.services import facilities
from desktop_app.services.reporting.period_values import indicator_values
from desktop_app.services.reporting.report import build_unit_report
from desktop_app.services.workspace import Workspace
from desktop_app.storage import (
    activities_store,
    baseline_store,
    clubs_store,
    digital_store,
    visits_store,
)
from desktop_app.storage.facility_store import find_facility_by_code
from tests.conftest import TODAY

PLUS7 = timezone(timedelta(hours=7))
AFTER = datetime(2027, 1, 5, 9, 0, tzinfo=PLUS7)  # every period of 2026 has ended


@pytest.fixture
def commune(configured: Workspace) -> Workspace:
    db = configured.db
    today = date(2027, 1, 5)
    pd1 = facilities.add_facility(
        configured, Facility("PD1", "PD_THON", "Phòng đọc thôn", opened_on=date(2026, 7, 1)), TODAY
    )
    tv1 = find_facility_by_code(db, "TV1").id
    nvh1 = find_facility_by_code(db, "NVH1").id
    visits_store.upsert_visits(
        db,
        [
            VisitDay(tv1, date(2026, 2, 28), total=10, children=4),
            VisitDay(tv1, date(2026, 12, 14), total=7),
            VisitDay(tv1, date(2026, 12, 15), total=5),
            VisitDay(tv1, date(2024, 2, 29), total=9),
            VisitDay(pd1.id, date(2026, 7, 1), total=3),
            VisitDay(nvh1, date(2026, 3, 10), total=20),
        ],
    )
    activities_store.upsert_activities(
        db,
        [
            Activity(date(2026, 12, 30), date(2027, 1, 2), tv1, "luan_chuyen", "Luân chuyển sách",
                     lifelong_learning=True, participants=40),
        ],
    )  # fmt: skip
    clb1 = clubs_store.insert_club(
        db, Club("CLB1", "CLB Văn nghệ", "clb", "van_nghe", nvh1, date(2020, 1, 1),
                 members=20, members_women=12)
    )  # fmt: skip
    clb2 = clubs_store.insert_club(
        db, Club("CLB2", "Nhóm đọc sách", "nhom_so_thich", "doc_sach", pd1.id, date(2026, 7, 1),
                 members=10)
    )  # fmt: skip
    for month in range(1, 7):
        clubs_store.insert_session(db, ClubSession(clb1, date(2026, month, 10), attendance=15))
    for month in range(7, 12):
        clubs_store.insert_session(db, ClubSession(clb2, date(2026, month, 20), attendance=8))
    digital_store.upsert_digital(db, [DigitalService(date(2026, 5, 5), tv1, "may_tinh", 12)])
    del today
    return configured


def values(ws: Workspace, period_id: str, convention: str = "calendar") -> dict:
    return indicator_values(ws, parse_period(period_id, convention)).current


def test_calendar_year(commune: Workspace) -> None:
    v = values(commune, "2026-N")
    assert v["TV01"] == 2  # TV1, and PD1 opened mid-year
    assert v["TV01a"] == 1 and v["TV01b"] == 0  # TV1 is the commune library
    assert v["TV02"] == 2  # TV1: the lifelong-learning activity; PD1: CLB2's sessions
    assert v["TV02a"] == 1  # TV1 only
    assert v["TV03"] == v["TV03a"] == 1  # TV1: Internet computers and a digital-service record
    assert v["TV04"] == 10 + 7 + 5 + 3 and v["TV04a"] == 4
    assert v["TV07"] == 3200
    assert v["TV08"] == 1 and v["TV09"] == 40  # the activity starting 30/12 counts in 2026
    assert v["VH01"] == v["VH01a"] == 1 and v["VH09"] == 20
    assert v["VH03"] == 1 and v["VH03a"] == 1 and v["VH03c"] == 0  # CLB1 (6 of 12 months)
    assert v["VH04"] == 20 and v["VH04a"] == 12
    assert v["VH05"] == 11 and v["VH06"] == 6 * 15 + 5 * 8
    assert v["VH02"] == 0  # CLB1 is active but NVH1 was busy in only 6 of 12 months
    assert v["CS01"] == 4 and v["CS02"] == 2 and v["CS03"] == 12


def test_14_and_15_december_under_nd09(commune: Workspace) -> None:
    assert values(commune, "2026-N", "nd09")["TV04"] == 10 + 7 + 3  # 15/12/2026 is not in it
    assert values(commune, "2027-N", "nd09")["TV04"] == 5
    assert values(commune, "2026-M12", "nd09")["TV04"] == 7  # 15/11 to 14/12
    assert values(commune, "2027-M01", "nd09")["TV04"] == 5  # 15/12 to 14/01


def test_a_leap_day(commune: Workspace) -> None:
    assert values(commune, "2024-M02")["TV04"] == 9
    assert values(commune, "2024-Q1")["TV04"] == 9


def test_a_facility_opened_mid_period(commune: Workspace) -> None:
    assert values(commune, "2026-S1")["TV01"] == 1  # PD1 opened on 01/07
    assert values(commune, "2026-Q3")["TV01"] == 2


def test_a_club_active_in_exactly_half_the_months(commune: Workspace) -> None:
    assert values(commune, "2026-N")["VH03"] == 1  # CLB1: 6 of 12, CLB2: 5 of 12
    assert values(commune, "2026-S1")["VH03"] == 1  # CLB1 in all 6
    second_half = values(commune, "2026-Q3")  # CLB2 met in July, August, September
    assert second_half["VH03"] == 1 and second_half["VH03c"] == 1


def test_a_multi_day_activity_crossing_the_period_end(commune: Workspace) -> None:
    assert values(commune, "2026-Q4")["TV08"] == 1
    assert values(commune, "2027-Q1")["TV08"] == 0
    assert values(commune, "2027-N")["TV09"] == 0


def test_no_prior_year_leaves_growth_empty_then_the_baseline_fills_it(commune: Workspace) -> None:
    first = indicator_values(commune, parse_period("2026-N"))
    assert first.previous_source == "none"
    assert first.previous["TV04"] is None and first.current["TV10"] is None
    baseline_store.upsert_baseline(commune.db, "2025-N", "calendar", [("TV04", 20.0)])
    second = indicator_values(commune, parse_period("2026-N"))
    assert second.previous_source == "baseline"
    assert second.previous["TV04"] == 20
    assert second.current["TV10"] == 25.0  # (25 - 20) / 20 x 100


def test_last_year_from_the_log(commune: Workspace) -> None:
    later = indicator_values(commune, parse_period("2027-N"))
    assert later.previous_source == "log"
    assert later.previous["TV04"] == 25
    assert later.current["TV04"] == 0
    assert later.current["TV10"] == -100.0


def test_the_report_rows_ratio_target_and_verdict(commune: Workspace) -> None:
    baseline_store.upsert_baseline(commune.db, "2025-N", "calendar", [("TV04", 20.0)])
    report = build_unit_report(commune, "2026-N", "calendar", "qd1520", AFTER)
    lines = {line.code: line for form in report.forms for line in form.lines}
    assert (lines["TV04"].previous, lines["TV04"].current, lines["TV04"].ratio) == (20, 25, 125.0)
    # the targets sit on the commune-library rows: TV1 alone (PD1 is a reading room)
    assert lines["TV02"].target is None and lines["TV03"].target is None
    assert lines["TV02a"].target == "60% (mốc 2030)"  # 2026 is judged against 2030
    assert lines["TV02a"].verdict == "Đạt (1/1 = 100%)"
    assert lines["TV03a"].target == "20% (mốc 2025)"  # the national plan names no 2030 value
    assert lines["TV03a"].verdict == "Đạt (1/1 = 100%)"
    assert lines["TV04a"].is_part and not lines["TV04"].is_part
    assert lines["TV10"].current == 25.0 and lines["TV10"].ratio is None
    assert [f.number for f in report.forms] == ["01", "02", "03"]  # no museum: no Biểu 04
    assert report.file_name == "HTSD_66_24175_2026-N.xlsx"
    assert report.period_label == "Năm 2026"
    assert len(report.activities) == 1 and report.activities[0].lifelong_learning
    clubs = {c.code: c for c in report.clubs}
    assert clubs["CLB1"].active and not clubs["CLB2"].active
    assert clubs["CLB2"].sessions == 5 and clubs["CLB2"].attendance == 40


def test_bac_giang_judges_visit_growth_against_8_percent(commune: Workspace) -> None:
    baseline_store.upsert_baseline(commune.db, "2025-N", "calendar", [("TV04", 24.0)])
    report = build_unit_report(commune, "2026-N", "calendar", "bac-giang-74-2023", AFTER)
    tv10 = next(line for form in report.forms for line in form.lines if line.code == "TV10")
    assert tv10.current == 4.2 and tv10.target == "8% (mốc 2025)" and tv10.verdict == "Chưa đạt"


def test_the_deadline_of_the_period_kind_is_printed(commune: Workspace) -> None:
    def due(period_id: str, template: str, convention: str = "calendar") -> str:
        return build_unit_report(commune, period_id, convention, template, AFTER).due

    assert due("2026-N", "phu-yen-2023") == "trước ngày 01/12/2026"  # the plan's own date
    assert due("2026-N", "qd1520") == "trước ngày 15/01/2027"  # 15 days after 31/12
    assert due("2026-N", "qd1520", "nd09") == "trước ngày 15/12/2026"  # Thông tư 14
    # a monthly form carries the month's deadline, not the year's
    assert due("2026-M07", "phu-yen-2023") == "trước ngày 15/08/2026"
    assert due("2026-M07", "qd1520", "nd09") == "trước ngày 20/07/2026"
    assert due("2026-Q3", "bac-giang-74-2023", "nd09") == "trước ngày 20/09/2026"


def test_a_report_made_before_its_period_ends_covers_the_days_up_to_then(
    commune: Workspace,
) -> None:
    """Made on 06/12/2026 for 2026-N: TV1's 14/12 and 15/12 visits are not in it yet.

    By hand: 28/02 10 + PD1's 01/07 3 = 13 visits to 06/12. The form says so in its
    dates line and ``_meta`` carries ``data_until``.
    """
    made = datetime(2026, 12, 6, 10, 0, tzinfo=PLUS7)
    report = build_unit_report(commune, "2026-N", "calendar", "qd1520", made)
    assert report.data_until == date(2026, 12, 6)
    assert report.values["TV04"] == 10 + 3
    assert (report.period_start, report.period_end) == (date(2026, 1, 1), date(2026, 12, 31))
    complete = build_unit_report(commune, "2026-N", "calendar", "qd1520", AFTER)
    assert complete.data_until is None and complete.values["TV04"] == 25
    workbook = load_workbook(io.BytesIO(write_unit_workbook(report)))
    assert workbook["Bieu01"]["A8"].value == (
        "Số liệu tính từ ngày 01/01/2026 đến ngày 06/12/2026 (kỳ báo cáo chưa kết thúc), "
        "theo năm dương lịch"
    )
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(values_only=True)}
    assert meta["data_until"] == "2026-12-06" and meta["period_end"] == "2026-12-31"
    whole = load_workbook(io.BytesIO(write_unit_workbook(complete)))
    assert whole["Bieu01"]["A8"].value == (
        "Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026 (theo năm dương lịch)"
    )


def test_a_partly_logged_last_year_is_not_used_and_a_typed_total_wins(
    configured: Workspace,
) -> None:
    """First year of use: logging began in November of last year (the review's case)."""
    tv1 = find_facility_by_code(configured.db, "TV1").id
    visits_store.upsert_visits(
        configured.db,
        [VisitDay(tv1, date(2025, 11, 22), total=2017)]
        + [VisitDay(tv1, date(2026, 3, d), total=10) for d in range(1, 11)],
    )
    partial = indicator_values(configured, parse_period("2026-N"))
    assert partial.previous_source == "none"
    assert partial.previous["TV04"] is None and partial.current["TV10"] is None
    baseline_store.upsert_baseline(configured.db, "2025-N", "calendar", [("TV04", 18000.0)])
    typed = indicator_values(configured, parse_period("2026-N"))
    assert typed.previous_source == "baseline"
    assert typed.previous["TV04"] == 18000
    assert typed.current["TV10"] == round((100 - 18000) / 18000 * 100, 1)


def test_a_typed_total_wins_over_a_full_log(commune: Workspace) -> None:
    baseline_store.upsert_baseline(commune.db, "2026-N", "calendar", [("TV04", 30.0)])
    later = indicator_values(commune, parse_period("2027-N"))
    assert later.previous_source == "mixed"
    assert later.previous["TV04"] == 30  # typed
    assert later.previous["TV08"] == 1  # from the log
