"""The digital-services table: bulk upsert by (facility, day, kind), listing, totals."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from desktop_app.domain.digital import DIGITAL_KINDS, DigitalService
from desktop_app.domain.messages import UserError
from desktop_app.services.workspace import Workspace
from desktop_app.storage import digital_store, facility_store


def _ids(ws: Workspace) -> tuple[int, int]:
    tv1 = facility_store.find_facility_by_code(ws.db, "TV1")
    nvh1 = facility_store.find_facility_by_code(ws.db, "NVH1")
    return tv1.id, nvh1.id


def test_upsert_replaces_the_row_of_the_same_facility_day_and_kind(configured: Workspace) -> None:
    tv1, nvh1 = _ids(configured)
    day = date(2026, 11, 2)
    digital_store.upsert_digital(
        configured.db,
        [
            DigitalService(day, tv1, "may_tinh", 12),
            DigitalService(day, tv1, "truc_tuyen", 1, 30),
            DigitalService(day, nvh1, "may_tinh", 4),
        ],
    )
    digital_store.upsert_digital(configured.db, [DigitalService(day, tv1, "may_tinh", 15)])
    assert digital_store.count_digital(configured.db) == 3
    assert digital_store.find_digital(configured.db, tv1, day, "may_tinh").quantity == 15
    online = digital_store.find_digital(configured.db, tv1, day, "truc_tuyen")
    assert (online.quantity, online.participants) == (1, 30)
    assert digital_store.find_digital(configured.db, tv1, day, "so_hoa") is None


def test_a_bad_row_in_a_bulk_upsert_stores_none_of_them(configured: Workspace) -> None:
    tv1, _ = _ids(configured)
    rows = [
        DigitalService(date(2026, 11, 2), tv1, "may_tinh", 12),
        DigitalService(date(2026, 11, 3), tv1, "may_tinh", -1),  # the table's CHECK refuses it
    ]
    with pytest.raises(sqlite3.IntegrityError):
        digital_store.upsert_digital(configured.db, rows)
    assert digital_store.count_digital(configured.db) == 0


def test_bulk_upsert_replaces_rather_than_doubles(configured: Workspace) -> None:
    tv1, nvh1 = _ids(configured)
    start_day = date(2020, 1, 1)
    rows = [
        DigitalService(start_day + timedelta(days=n), facility, kind, n % 50 + 1)
        for n in range(1500)
        for facility in (tv1, nvh1)
        for kind in DIGITAL_KINDS
    ]
    digital_store.upsert_digital(configured.db, rows)
    digital_store.upsert_digital(configured.db, rows)  # again: replaced, not doubled
    assert digital_store.count_digital(configured.db) == len(rows) == 15_000


def test_listing_and_totals_of_a_period(configured: Workspace) -> None:
    tv1, nvh1 = _ids(configured)
    digital_store.upsert_digital(
        configured.db,
        [
            DigitalService(date(2026, 10, 31), tv1, "may_tinh", 100),  # before the period
            DigitalService(date(2026, 11, 1), tv1, "ky_nang_so", 1, 20),
            DigitalService(date(2026, 11, 1), tv1, "may_tinh", 10),
            DigitalService(date(2026, 11, 5), tv1, "may_tinh", 7),
            DigitalService(date(2026, 11, 5), tv1, "ky_nang_so", 2, 35),
            DigitalService(date(2026, 11, 5), nvh1, "may_tinh", 3),
        ],
    )
    first, last = date(2026, 11, 1), date(2026, 11, 30)
    shown = digital_store.list_digital(configured.db, tv1, first, last)
    assert [(r.day.day, r.kind) for r in shown] == [
        (5, "may_tinh"),
        (5, "ky_nang_so"),
        (1, "may_tinh"),
        (1, "ky_nang_so"),
    ]
    assert digital_store.digital_totals(configured.db, first, last, tv1) == {
        "may_tinh": (17, 0),
        "ky_nang_so": (3, 55),
    }
    assert digital_store.digital_totals(configured.db, first, last)["may_tinh"] == (20, 0)


def test_update_moves_a_row_and_refuses_to_overwrite_another(configured: Workspace) -> None:
    tv1, _ = _ids(configured)
    digital_store.upsert_digital(
        configured.db,
        [
            DigitalService(date(2026, 11, 1), tv1, "may_tinh", 10),
            DigitalService(date(2026, 11, 2), tv1, "may_tinh", 20),
        ],
    )
    row = digital_store.find_digital(configured.db, tv1, date(2026, 11, 1), "may_tinh")
    moved = DigitalService(date(2026, 11, 3), tv1, "so_hoa", 11, id=row.id)
    digital_store.update_digital(configured.db, moved)
    assert digital_store.get_digital(configured.db, row.id) == moved
    clash = DigitalService(date(2026, 11, 2), tv1, "may_tinh", 1, id=row.id)
    with pytest.raises(UserError):
        digital_store.update_digital(configured.db, clash)
    assert digital_store.get_digital(configured.db, row.id) == moved
    digital_store.delete_digital(configured.db, row.id)
    assert digital_store.get_digital(configured.db, row.id) is None
    assert digital_store.count_digital(configured.db) == 1
