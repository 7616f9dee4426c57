"""Activities in SQLite: period, facility and type filters, totals, bulk upsert."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.messages import UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage import activities_store, facility_store
from desktop_app.storage.activities_store import ActivityFilter


def _ids(ws: Workspace) -> tuple[int, int]:
    tv = facility_store.find_facility_by_code(ws.db, "TV1")
    nvh = facility_store.find_facility_by_code(ws.db, "NVH1")
    return tv.id, nvh.id  # type: ignore[union-attr,return-value]


def _activity(facility_id: int, start: date, title: str = "Ngày sách", **kw: object) -> Activity:
    values: dict = dict(start_day=start, end_day=start, facility_id=facility_id, type="ngay_sach",
                        title=title, participants=50, children=30)  # fmt: skip
    return Activity(**{**values, **kw})


def test_round_trip_and_the_same_activity_twice_is_refused(configured: Workspace) -> None:
    tv, _ = _ids(configured)
    activity = _activity(tv, date(2026, 4, 21), end_day=date(2026, 4, 23), partners="Trường TH",
                         mode="luu_dong", lifelong_learning=True, elderly=5, women=20)  # fmt: skip
    activity_id = activities_store.insert_activity(configured.db, activity)
    assert activities_store.get_activity(configured.db, activity_id) == Activity(
        **{**activity.__dict__, "id": activity_id}
    )
    with pytest.raises(UserError) as caught:
        activities_store.insert_activity(configured.db, _activity(tv, date(2026, 4, 21)))
    assert caught.value.field_name == "title"


def test_filters_by_first_day_facility_and_type_with_totals(configured: Workspace) -> None:
    tv, nvh = _ids(configured)
    rows = [
        _activity(
            tv,
            date(2026, 9, 29),
            "Tuần lễ",
            end_day=date(2026, 10, 3),
            participants=100,
            children=0,
        ),
        _activity(tv, date(2026, 10, 1), "A", type="lop_hoc", participants=20, children=0),
        _activity(nvh, date(2026, 10, 2), "B", type="van_nghe", participants=300, children=0),
    ]
    for row in rows:
        activities_store.insert_activity(configured.db, row)
    q3 = ActivityFilter(date(2026, 7, 1), date(2026, 9, 30))
    q4 = ActivityFilter(date(2026, 10, 1), date(2026, 12, 31))
    assert [a.title for a in activities_store.list_activities(configured.db, q3)] == ["Tuần lễ"]
    assert activities_store.totals(configured.db, q3) == (1, 100)
    assert activities_store.totals(configured.db, q4) == (2, 320)
    only_tv = ActivityFilter(q4.first, q4.last, facility_id=tv)
    assert [a.title for a in activities_store.list_activities(configured.db, only_tv)] == ["A"]
    only_arts = ActivityFilter(q4.first, q4.last, type="van_nghe")
    assert activities_store.totals(configured.db, only_arts) == (1, 300)
    empty = ActivityFilter(date(2025, 1, 1), date(2025, 12, 31))
    assert activities_store.totals(configured.db, empty) == (0, 0)


def test_update_and_delete(configured: Workspace) -> None:
    tv, nvh = _ids(configured)
    first = activities_store.insert_activity(configured.db, _activity(tv, date(2026, 5, 1), "A"))
    second = activities_store.insert_activity(configured.db, _activity(tv, date(2026, 5, 1), "B"))
    activities_store.update_activity(
        configured.db,
        _activity(nvh, date(2026, 5, 2), "A mới", id=first, participants=7, children=7),
    )
    stored = activities_store.get_activity(configured.db, first)
    assert (stored.facility_id, stored.title, stored.participants) == (nvh, "A mới", 7)  # type: ignore[union-attr]
    with pytest.raises(UserError):  # now the same as the second one
        activities_store.update_activity(
            configured.db, _activity(tv, date(2026, 5, 1), "B", id=first)
        )
    activities_store.delete_activity(configured.db, second)
    assert activities_store.get_activity(configured.db, second) is None


def test_upsert_replaces_by_key_and_is_whole_or_nothing(configured: Workspace) -> None:
    tv, nvh = _ids(configured)
    rows = [
        _activity(tv if i % 2 else nvh, date(2026, 1, 1 + i % 28), f"Hoạt động {i}")
        for i in range(500)
    ]
    assert activities_store.upsert_activities(configured.db, rows) == 500
    changed = _activity(
        rows[0].facility_id, rows[0].start_day, rows[0].title, participants=9, children=1
    )
    activities_store.upsert_activities(configured.db, [changed])
    year = ActivityFilter(date(2026, 1, 1), date(2026, 12, 31))
    assert activities_store.totals(configured.db, year) == (500, 499 * 50 + 9)
    bad = [_activity(tv, date(2026, 3, 1), "ok"), _activity(tv, date(2026, 3, 2), "x", children=99)]
    with pytest.raises(sqlite3.IntegrityError):
        activities_store.upsert_activities(configured.db, bad)
    assert activities_store.totals(configured.db, year)[0] == 500
    assert not configured.db.conn.in_transaction
