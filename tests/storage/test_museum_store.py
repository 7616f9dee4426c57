"""The museum table: bulk upsert by (facility, day), listing, totals."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from desktop_app.domain.digital import MuseumRecord
from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store, museum_store


@pytest.fixture
def museum_id(configured: Workspace) -> int:
    return facility_store.insert_facility(
        configured.db, Facility("BT1", "BT", "Nhà truyền thống xã", opened_on=date(2020, 1, 1))
    )


def _count(ws: Workspace) -> int:
    """Rows of every facility, any day."""
    return sum(
        len(museum_store.list_museum(ws.db, f.id, date(1900, 1, 1), date(2100, 1, 1)))
        for f in facility_store.list_facilities(ws.db)
    )


def test_upsert_replaces_the_row_of_the_same_day(configured: Workspace, museum_id: int) -> None:
    day = date(2026, 11, 2)
    museum_store.upsert_museum(
        configured.db,
        [MuseumRecord(day, museum_id, visitors=40, learners=12), MuseumRecord(day, museum_id, 5)],
    )
    stored = museum_store.find_museum(configured.db, museum_id, day)
    assert (stored.visitors, stored.learners) == (5, 0)  # the later row of the batch wins
    museum_store.upsert_museum(
        configured.db, [MuseumRecord(day, museum_id, 50, 20, digitised=3, exhibitions=1)]
    )
    assert museum_store.find_museum(configured.db, museum_id, day) == MuseumRecord(
        day, museum_id, 50, 20, 3, 0, 1, id=stored.id
    )
    assert _count(configured) == 1


def test_the_table_refuses_learners_above_visitors(configured: Workspace, museum_id: int) -> None:
    rows = [
        MuseumRecord(date(2026, 11, 1), museum_id, visitors=10),
        MuseumRecord(date(2026, 11, 2), museum_id, visitors=10, learners=11),
    ]
    with pytest.raises(sqlite3.IntegrityError):
        museum_store.upsert_museum(configured.db, rows)
    assert _count(configured) == 0


def test_many_days_at_once_and_the_period_totals(configured: Workspace, museum_id: int) -> None:
    rows = [
        MuseumRecord(date(2026, 1, 1) + timedelta(days=n), museum_id, 10, 4, 1, 0, 0)
        for n in range(365)
    ]
    museum_store.upsert_museum(configured.db, rows)
    assert _count(configured) == 365
    totals = museum_store.museum_totals(configured.db, date(2026, 11, 1), date(2026, 11, 30))
    assert totals == {
        "visitors": 300,
        "learners": 120,
        "digitised": 30,
        "collected": 0,
        "exhibitions": 0,
    }
    shown = museum_store.list_museum(configured.db, museum_id, date(2026, 11, 1), date(2026, 11, 3))
    assert [r.day.day for r in shown] == [3, 2, 1]
    empty = museum_store.museum_totals(configured.db, date(2025, 1, 1), date(2025, 1, 31), 99)
    assert set(empty.values()) == {0}


def test_update_moves_a_row_and_refuses_a_taken_day(configured: Workspace, museum_id: int) -> None:
    museum_store.upsert_museum(
        configured.db,
        [
            MuseumRecord(date(2026, 11, 1), museum_id, 10),
            MuseumRecord(date(2026, 11, 2), museum_id, 20),
        ],
    )
    row = museum_store.find_museum(configured.db, museum_id, date(2026, 11, 1))
    moved = MuseumRecord(date(2026, 11, 3), museum_id, 12, 2, id=row.id)
    museum_store.update_museum(configured.db, moved)
    assert museum_store.get_museum(configured.db, row.id) == moved
    with pytest.raises(UserError):
        museum_store.update_museum(
            configured.db, MuseumRecord(date(2026, 11, 2), museum_id, 1, id=row.id)
        )
    museum_store.delete_museum(configured.db, row.id)
    assert museum_store.get_museum(configured.db, row.id) is None
