"""The demo commune: its facilities, a year of logs ending yesterday, seasons, determinism."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.messages import UserError
from desktop_app.services import setup
from desktop_app.services.demo import demo
from desktop_app.services.demo.demo_calendar import span, tet
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store, import_store, visits_store
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    workspace = Workspace.open(path)
    demo.build_demo(workspace, years=1, today=TODAY)
    workspace.close()
    return path


@pytest.fixture
def built(demo_db: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(demo_db, create=False)
    yield workspace
    workspace.close()


def _daily_totals(workspace: Workspace, code: str) -> dict[date, int]:
    facility = facility_store.find_facility_by_code(workspace.db, code)
    rows = visits_store.visits_between(workspace.db, facility.id, date(2000, 1, 1), TODAY)
    return {row.day: row.total for row in rows}


def test_the_commune_and_its_facilities(built: Workspace) -> None:
    unit = built.unit()
    assert (unit.province_code, unit.commune_code, unit.unit_name) == ("66", "24175", "Xã Hòa Phú")
    types = sorted(f.type_code for f in facility_store.list_facilities(built.db))
    assert types == sorted(
        ["TV_XA", "PD_THON", "PD_THON", "TTVH_XA", "NVH_THON", "NVH_THON", "TTHTCD", "BT"]
    )


def test_one_year_of_data_ending_yesterday(built: Workspace) -> None:
    days = {day for code in ("TV1", "VH1", "PD1", "HT1") for day in _daily_totals(built, code)}
    assert max(days) == date(2026, 11, 21)
    assert min(days) == date(2025, 11, 22)
    assert span(1, TODAY) == (date(2025, 11, 22), date(2026, 11, 21))
    counts = import_store.count_rows(built.db)
    assert 6 * 300 < counts["visits"] < 7 * 366
    assert counts["clubs"] == len(demo.CLUBS)
    assert counts["club_sessions"] > len(demo.CLUBS) * 40  # weekly, less Tết and skips
    assert counts["museum_records"] > 80 and counts["digital_services"] > 300


def test_tet_weeks_dip_and_book_day_peaks(built: Workspace) -> None:
    totals = _daily_totals(built, "TV1")
    tet_day = tet(2026)
    lull = [v for d, v in totals.items() if abs((d - tet_day).days) <= 10]
    ordinary = [v for d, v in totals.items() if d.month == 3 and d.weekday() < 5]
    summer = [v for d, v in totals.items() if d.month in (6, 7, 8) and d.weekday() < 5]
    assert date(2026, 2, 17) not in totals  # closed on mùng 1 Tết
    assert statistics.mean(lull) < 0.5 * statistics.mean(ordinary)
    assert totals[date(2026, 4, 21)] > 2 * statistics.mean(ordinary)
    assert totals[date(2026, 4, 21)] > 5 * statistics.mean(lull)
    assert statistics.mean(summer) > 1.2 * statistics.mean(ordinary)


def test_closed_on_some_mondays(built: Workspace) -> None:
    totals = _daily_totals(built, "TV1")
    assert date(2026, 3, 2) not in totals and date(2026, 3, 9) in totals  # first Monday only
    village = _daily_totals(built, "PD1")
    mondays = [d for d in village if d.weekday() == 0]
    assert 10 < len(mondays) < 45  # about half the Mondays


def test_of_which_shares_are_realistic(built: Workspace) -> None:
    tv1 = facility_store.find_facility_by_code(built.db, "TV1")
    rows = visits_store.visits_between(built.db, tv1.id, date(2026, 1, 1), TODAY)
    total = sum(r.total for r in rows)
    assert 0.3 < sum(r.children for r in rows) / total < 0.5
    assert 0.5 < sum(r.women for r in rows) / total < 0.6
    assert sum(r.mobile for r in rows) > 0 and sum(r.documents for r in rows) > total
    assert all(r.children <= r.total and r.women <= r.total for r in rows)


def test_the_programme_days_are_there(built: Workspace) -> None:
    found = {
        (row["type"], row["start_day"], row["end_day"])
        for row in built.db.query("SELECT type, start_day, end_day FROM activities")
    }
    assert ("ngay_sach", "2026-04-21", "2026-04-21") in found
    assert ("tuan_le_htsd", "2026-10-01", "2026-10-07") in found
    kinds = {row["kind"] for row in built.db.query("SELECT kind FROM digital_services")}
    assert kinds == {"may_tinh", "tai_nguyen_so", "so_hoa", "truc_tuyen", "ky_nang_so"}


def test_the_same_seed_gives_the_same_commune(built: Workspace, tmp_path: Path) -> None:
    again = Workspace.open(tmp_path / "again.sqlite3")
    demo.build_demo(again, years=1, today=TODAY)
    assert _daily_totals(again, "TV1") == _daily_totals(built, "TV1")
    again.close()


def test_a_database_with_data_is_refused_and_left_alone(configured: Workspace) -> None:
    with pytest.raises(UserError, match="already holds facilities or records"):
        demo.build_demo(configured, years=1, today=TODAY)
    assert facility_store.count_facilities(configured.db) == 2


def test_a_set_up_but_empty_database_keeps_its_unit(workspace: Workspace) -> None:
    setup.configure_unit(
        workspace, setup.prepare_unit(province_code="66", commune_code="24175", unit_name="UBND")
    )
    summary = demo.build_demo(workspace, years=1, today=TODAY)
    assert summary.unit_name == "UBND" and workspace.unit().unit_name == "UBND"


@pytest.mark.parametrize("years", [0, demo.MAX_YEARS + 1])
def test_years_out_of_range(workspace: Workspace, years: int) -> None:
    with pytest.raises(UserError, match="1 to 20 years"):
        demo.build_demo(workspace, years=years, today=TODAY)
