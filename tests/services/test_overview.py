"""The overview's figures against values worked out by hand (issue #8).

On top of ``configured`` (TV1 library with Internet computers, NVH1 village culture
house), with the Phú Yên template (deadline 01/12), on TODAY = 22/11/2026:

- visits at TV1: 31/12/2024 5 (so the log covers 2025), 10/03/2025 40, 22/11/2025 100,
  01/12/2025 50; 05/03/2026 30; a row for every day from 23/10 to 21/11/2026, 22 on 21/11
  and 0 on the others; at NVH1: 06/03/2026 14, and a 0 for every day of the same 30
  days except 01/11 and 15/11;
- a lifelong-learning activity at TV1 on 10/04/2026 (25 people);
- club CLB1 at NVH1 meeting on 10/05 and 10/06/2026.

By hand, the year so far (01/01 to 22/11/2026): TV04 = 30 + 22 = 52, VH09 = 14, so the
visits are 66; the same days of 2025: TV04 = 40 + 100 = 140 (01/12/2025 is after them).
Visits growth (66 − 140) / 140 = −52.9%; TV10 = (52 − 140) / 140 = −62.9%.
Targets for 2026 (milestone 2030): TV02a/TV01a = 1/1 = 100% ≥ 60 met; TV03a/TV01a = 0/1
(no digital-service record) not met; TV10 −62.9 < 10 (of 10-15) not met; VH02/VH01a = 0/1
not met; the museum target is the province's own and left out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club, ClubSession
from desktop_app.domain.periods import month_period
from desktop_app.domain.visits import VisitDay
from desktop_app.services.reporting import overview, period_values
from desktop_app.services.reporting.monthly import monthly_series
from desktop_app.services.workspace import Workspace
from desktop_app.storage import (
    activities_store,
    clubs_store,
    settings_store,
    submissions_store,
    visits_store,
)
from desktop_app.storage.facility_store import find_facility_by_code
from tests.conftest import TODAY


@pytest.fixture
def commune(configured: Workspace) -> Workspace:
    db = configured.db
    tv1 = find_facility_by_code(db, "TV1").id
    nvh1 = find_facility_by_code(db, "NVH1").id
    window = [date(2026, 10, 23) + timedelta(days=n) for n in range(30)]
    days = [
        VisitDay(tv1, date(2024, 12, 31), total=5),
        VisitDay(tv1, date(2025, 3, 10), total=40),
        VisitDay(tv1, date(2025, 11, 22), total=100),
        VisitDay(tv1, date(2025, 12, 1), total=50),
        VisitDay(tv1, date(2026, 3, 5), total=30),
        VisitDay(nvh1, date(2026, 3, 6), total=14),
        *(VisitDay(tv1, d, total=22 if d == date(2026, 11, 21) else 0) for d in window),
        *(
            VisitDay(nvh1, d, total=0)
            for d in window
            if d not in (date(2026, 11, 1), date(2026, 11, 15))
        ),
    ]
    visits_store.upsert_visits(db, days)
    activities_store.upsert_activities(
        db,
        [Activity(date(2026, 4, 10), date(2026, 4, 10), tv1, "luan_chuyen", "Giới thiệu sách",
                  lifelong_learning=True, participants=25)],
    )  # fmt: skip
    club = clubs_store.insert_club(
        db, Club("CLB1", "CLB Văn nghệ", "clb", "van_nghe", nvh1, date(2020, 1, 1), members=12)
    )
    for month in (5, 6):
        clubs_store.insert_session(db, ClubSession(club, date(2026, month, 10), attendance=9))
    settings_store.write_values(db, {"template_id": "phu-yen-2023"})
    db.conn.commit()  # as every service does: the overview's own connection sees it
    return configured


def test_the_year_so_far_against_the_same_days_of_last_year(commune: Workspace) -> None:
    seen = overview.build_overview(commune, TODAY)
    assert seen.year == 2026
    assert (seen.to_date.start, seen.to_date.end) == (date(2026, 1, 1), TODAY)
    assert (seen.last_year_to_date.start, seen.last_year_to_date.end) == (
        date(2025, 1, 1),
        date(2025, 11, 22),
    )
    assert seen.visits_to_date == 66
    assert seen.visits_last_year_to_date == 140
    assert seen.visits_growth == -52.9


def test_targets_are_judged_on_the_year_so_far(commune: Workspace) -> None:
    seen = overview.build_overview(commune, TODAY)
    judged = {c.target.id: (c.milestone, c.wanted, c.achieved, c.met) for c in seen.targets}
    assert judged == {
        "lll_libraries": (2030, 60.0, 100.0, True),
        "it_libraries": (2030, 30.0, 0.0, False),
        "visit_growth": (2030, 10.0, -62.9, False),
        "culture_houses_active": (2030, 100.0, 0.0, False),
    }
    growth = next(c for c in seen.targets if c.target.id == "visit_growth")
    assert (growth.numerator, growth.denominator) == (52, 140)  # TV04 now and a year ago
    assert growth.upper == 15.0  # "10-15%" as the plan writes it
    assert (seen.targets_met, seen.targets_judged) == (1, 4)


def test_months_are_the_reports_month_figures(commune: Workspace) -> None:
    months = overview.build_overview(commune, TODAY).months
    visits = [m.visits for m in months.this_year]
    assert visits == [0, 0, 44, 0, 0, 0, 0, 0, 0, 0, 22, None]  # December has not begun
    assert [m.activities for m in months.this_year][3] == 1  # TV08 in April
    assert [m.sessions for m in months.this_year][4:6] == [1, 1]  # VH05 in May and June
    # Last year: only the months the log has rows in (as the report's "cùng kỳ").
    assert [m.visits for m in months.last_year] == [
        None, None, 40, None, None, None, None, None, None, None, 100, 50
    ]  # fmt: skip
    assert months.total("visits") == 66 and months.total("visits", last_year=True) == 190
    for figures in months.this_year[:11]:  # each month agrees with the report of that month
        values = period_values.indicator_values(commune, month_period(2026, figures.month)).current
        assert figures.visits == values["TV04"] + values["VH09"]
        assert figures.sessions == values["VH05"]


def test_days_with_no_visits_typed_in_the_last_30_days(commune: Workspace) -> None:
    seen = overview.build_overview(commune, TODAY)
    assert seen.gap_window == (date(2026, 10, 23), date(2026, 11, 21))
    assert [(g.code, g.days) for g in seen.gaps] == [
        ("NVH1", (date(2026, 11, 1), date(2026, 11, 15)))
    ]


def test_a_service_point_is_not_asked_for_days_before_it_opened(configured: Workspace) -> None:
    from desktop_app.domain.facility import Facility
    from desktop_app.services import facilities

    facilities.add_facility(
        configured, Facility("PD1", "PD_THON", "Phòng đọc", opened_on=date(2026, 11, 20)), TODAY
    )
    gaps = {g.code: g.days for g in overview.build_overview(configured, TODAY).gaps}
    assert gaps["PD1"] == (date(2026, 11, 20), date(2026, 11, 21))
    assert len(gaps["TV1"]) == 30 and len(gaps["NVH1"]) == 30


def test_the_next_deadline_late_and_submitted(commune: Workspace) -> None:
    due = overview.build_overview(commune, TODAY).deadline
    assert (due.period_id, due.due, due.days_left, due.submitted_at) == (
        "2026-N", date(2026, 12, 1), 9, None
    )  # fmt: skip
    late = overview.build_overview(commune, date(2026, 12, 5)).deadline
    assert (late.period_id, late.days_left) == ("2026-N", -4)
    submissions_store.insert_submission(
        commune.db, "2026-N", "calendar", date(2026, 1, 1), date(2026, 12, 31),
        "2026-12-03T09:00:00+07:00", "Lan",
    )  # fmt: skip
    after = overview.build_overview(commune, date(2026, 12, 5)).deadline
    assert (after.period_id, after.due, after.days_left) == ("2027-N", date(2027, 12, 1), 361)
    before = overview.build_overview(commune, date(2026, 11, 30)).deadline
    assert before.period_id == "2026-N" and before.submitted_at == datetime.fromisoformat(
        "2026-12-03T09:00:00+07:00"
    )


def test_no_figures_a_year_ago_leave_the_growth_empty(configured: Workspace) -> None:
    tv1 = find_facility_by_code(configured.db, "TV1").id
    visits_store.upsert_visits(configured.db, [VisitDay(tv1, date(2026, 2, 2), total=12)])
    settings_store.write_values(configured.db, {"template_id": "phu-yen-2023"})
    seen = overview.build_overview(configured, TODAY)
    assert seen.visits_to_date == 12
    assert seen.visits_last_year_to_date is None and seen.visits_growth is None
    growth = next(c for c in seen.targets if c.target.id == "visit_growth")
    assert growth.met is None  # "Chưa đủ số liệu", not "Chưa đạt"


def test_monthly_series_under_nd09(commune: Workspace) -> None:
    from desktop_app.domain.periods import year_period

    series = monthly_series(commune, year_period(2026, "nd09"), until=TODAY)
    # Under nd09 November runs 15/10 to 14/11: the 22 typed on 21/11 counts in December,
    # which has begun (15/11).
    assert [m.visits for m in series.this_year][10:] == [0, 22]
    assert series.this_year[11].start == date(2026, 11, 15)


def test_a_commune_not_set_up_has_no_overview(workspace: Workspace) -> None:
    from desktop_app.domain.messages import UserError

    with pytest.raises(UserError):
        overview.build_overview(workspace, TODAY)


def test_the_worker_reads_through_its_own_read_only_connection(commune: Workspace) -> None:
    import sqlite3

    with overview.reading(commune.path) as reader:
        assert overview.build_overview(reader, TODAY).visits_to_date == 66
        with pytest.raises(sqlite3.OperationalError):
            reader.db.execute("DELETE FROM visits")
    assert commune.db.execute("SELECT count(*) FROM visits").fetchone()[0] == 64


def test_working_out_stops_between_months_when_asked(commune: Workspace) -> None:
    from desktop_app.services.reporting.monthly import MonthlyCancelled

    asked = iter([False, False, False, True])
    with pytest.raises(MonthlyCancelled):
        overview.build_overview(commune, TODAY, is_cancelled=lambda: next(asked))
