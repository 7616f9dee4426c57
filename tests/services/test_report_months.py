"""The months of the commune's report (``BieuDo``), worked out by hand for a small log.

On top of ``configured`` (TV1 library, NVH1 village culture house):

- visits at TV1: 05/03/2026 10, 20/03/2026 7, 02/04/2026 12; at NVH1: 15/04/2026 5;
- activities: at NVH1 on 12/03/2026 (VH07); at TV1 on 10/04/2026 serving lifelong
  learning (TV08) and at TV1 on 11/04/2026 not serving it (neither);
- club CLB1 at NVH1 meets on 10/03, 24/03 and 08/05/2026 (VH05).

The report is made on 22/11/2026: December has no figure yet; the log begins in 2026,
so last year's months are empty unless typed.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import openpyxl
import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club, ClubSession
from desktop_app.domain.templates import Template
from desktop_app.domain.visits import VisitDay
from desktop_app.reports.model import UnitReport
from desktop_app.reports.month_charts import CHART_SHEET
from desktop_app.reports.reader import read_report
from desktop_app.reports.unit_workbook import write_unit_workbook
from desktop_app.services.reporting import report
from desktop_app.services.reporting.report import build_unit_report
from desktop_app.services.workspace import Workspace
from desktop_app.storage import activities_store, baseline_store, clubs_store, visits_store
from desktop_app.storage.facility_store import find_facility_by_code

NOW = datetime(2026, 11, 22, 9, 30)
EMPTY = (None, None, None, None)


@pytest.fixture
def logged(configured: Workspace) -> Workspace:
    db = configured.db
    tv1 = find_facility_by_code(db, "TV1").id
    nvh1 = find_facility_by_code(db, "NVH1").id
    visits_store.upsert_visits(
        db,
        [
            VisitDay(tv1, date(2026, 3, 5), total=10),
            VisitDay(tv1, date(2026, 3, 20), total=7),
            VisitDay(tv1, date(2026, 4, 2), total=12),
            VisitDay(nvh1, date(2026, 4, 15), total=5),
        ],
    )
    activities_store.upsert_activities(
        db,
        [
            Activity(date(2026, 3, 12), date(2026, 3, 12), nvh1, "van_nghe", "Đêm văn nghệ"),
            Activity(date(2026, 4, 10), date(2026, 4, 10), tv1, "ngay_sach", "Ngày Sách",
                     lifelong_learning=True),
            Activity(date(2026, 4, 11), date(2026, 4, 11), tv1, "khac", "Họp thôn"),
        ],
    )  # fmt: skip
    club = clubs_store.insert_club(
        db, Club("CLB1", "CLB Văn nghệ", "clb", "van_nghe", nvh1, date(2020, 1, 1), members=20)
    )
    for day in (date(2026, 3, 10), date(2026, 3, 24), date(2026, 5, 8)):
        clubs_store.insert_session(db, ClubSession(club, day, attendance=12))
    return configured


def _rows(made: UnitReport) -> dict[str, tuple[int | None, ...]]:
    """label -> (visits, last year's visits, activities, sessions)."""
    return {m.label: (m.visits, m.visits_last_year, m.activities, m.sessions) for m in made.months}


def test_each_month_of_the_year_comes_from_the_log(logged: Workspace) -> None:
    made = build_unit_report(logged, "2026-N", "calendar", "qd1520", now=NOW)
    assert made.charts == ("visits_by_month", "activities_by_month", "visits_by_unit")
    rows = _rows(made)
    assert list(rows) == [f"T{n}" for n in range(1, 13)]
    assert rows["T1"] == rows["T2"] == (0, None, 0, 0)  # begun, nothing logged: 0
    assert rows["T3"] == (17, None, 1, 2)  # 10 + 7 at TV1; NVH1's evening; two sessions
    assert rows["T4"] == (17, None, 1, 0)  # 12 at TV1 + 5 at NVH1; only the TV08 activity
    assert rows["T5"] == (0, None, 0, 1)
    assert rows["T12"] == EMPTY  # December has not begun on 22/11/2026
    march = made.months[2]
    assert (march.start, march.end) == (date(2026, 3, 1), date(2026, 3, 31))


def test_nd09_months_run_from_the_15th(logged: Workspace) -> None:
    made = build_unit_report(logged, "2026-N", "nd09", "qd1520", now=NOW)
    rows = _rows(made)
    # T3 = 15/02-14/03: the visit of 05/03, the evening of 12/03, the session of 10/03.
    assert rows["T3"] == (10, None, 1, 1)
    # T4 = 15/03-14/04: 7 + 12 at TV1 (the 15/04 visit is May's), the TV08 activity, 24/03.
    assert rows["T4"] == (19, None, 1, 1)
    assert rows["T5"] == (5, None, 0, 1)
    assert rows["T12"] == (0, None, 0, 0)  # 15/11-14/12 has begun on 22/11
    first = made.months[0]
    assert (first.start, first.end) == (date(2025, 12, 15), date(2026, 1, 14))


def test_last_year_comes_from_the_log_or_a_typed_month(logged: Workspace) -> None:
    tv1 = find_facility_by_code(logged.db, "TV1").id
    visits_store.upsert_visits(logged.db, [VisitDay(tv1, date(2025, 3, 1), total=8)])
    baseline_store.upsert_baseline(logged.db, "2025-M04", "calendar", [("TV04", 30.0)])
    rows = _rows(build_unit_report(logged, "2026-N", "calendar", "qd1520", now=NOW))
    assert rows["T2"][1] is None  # the log begins on 01/03/2025
    assert rows["T3"][1] == 8  # logged, from the month's first day
    assert rows["T4"][1] == 30  # typed from the old report (the log has nothing that month)
    assert rows["T5"][1] is None and rows["T12"][1] is None


def test_the_exported_workbook_shows_the_months_and_reads_back(logged: Workspace) -> None:
    made = build_unit_report(logged, "2026-N", "calendar", "qd1520", now=NOW)
    data = write_unit_workbook(made)
    sheet = openpyxl.load_workbook(io.BytesIO(data))[CHART_SHEET]
    by_label = {sheet.cell(r, 1).value: r for r in range(7, 20)}
    march, december, total = by_label["T3"], by_label["T12"], by_label["Tổng cộng"]
    assert [sheet.cell(march, c).value for c in range(2, 6)] == [17, None, 1, 2]
    assert [sheet.cell(december, c).value for c in range(2, 6)] == [None] * 4
    assert [sheet.cell(total, c).value for c in range(2, 6)] == [34, None, 2, 3]
    assert len(sheet._charts) == 2
    result = read_report(data, made.file_name)
    assert result.problems == [] and not result.edited
    assert result.values == {line.code: line.current for f in made.forms for line in f.lines}


def test_a_template_without_monthly_charts_reads_no_months(
    logged: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = report.unit_template

    def no_charts(workspace: Workspace, template_id: str | None) -> Template:
        return replace(real(workspace, template_id), charts=())

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the months were read for no chart")

    monkeypatch.setattr(report, "unit_template", no_charts)
    monkeypatch.setattr(report, "monthly_series", never)
    made = build_unit_report(logged, "2026-N", "calendar", "qd1520", now=NOW)
    assert made.charts == () and made.months == ()
    workbook = openpyxl.load_workbook(io.BytesIO(write_unit_workbook(made)))
    assert CHART_SHEET not in workbook.sheetnames
