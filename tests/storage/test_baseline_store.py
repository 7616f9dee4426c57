"""The baseline table: one value per period, convention and indicator."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.services.workspace import Workspace
from desktop_app.storage import baseline_store


def test_set_replace_and_clear(workspace: Workspace) -> None:
    db = workspace.db
    baseline_store.set_baseline(db, "2025-N", "calendar", "TV04", 12000)
    baseline_store.set_baseline(db, "2025-N", "calendar", "TV04", 12500)
    baseline_store.set_baseline(db, "2025-N", "nd09", "TV04", 12100)
    baseline_store.set_baseline(db, "2024-N", "calendar", "TV04", 11000)
    assert baseline_store.read_baseline(db, "2025-N", "calendar") == {"TV04": 12500.0}
    assert baseline_store.read_baseline(db, "2025-N", "nd09") == {"TV04": 12100.0}
    baseline_store.clear_baseline(db, "2025-N", "calendar", "TV04")
    assert baseline_store.read_baseline(db, "2025-N", "calendar") == {}
    assert baseline_store.baseline_periods(db) == [("2025-N", "nd09"), ("2024-N", "calendar")]


def test_many_values_at_once(workspace: Workspace) -> None:
    db = workspace.db
    baseline_store.upsert_baseline(db, "2025-N", "calendar", [("TV01", 3), ("TV04", 9000)])
    baseline_store.upsert_baseline(db, "2025-N", "calendar", [("TV04", 9100)])
    assert baseline_store.read_baseline(db, "2025-N", "calendar") == {"TV01": 3.0, "TV04": 9100.0}


def test_the_table_refuses_a_negative_value_and_a_bad_convention(workspace: Workspace) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        baseline_store.set_baseline(workspace.db, "2025-N", "calendar", "TV04", -1)
    with pytest.raises(sqlite3.IntegrityError):
        baseline_store.upsert_baseline(workspace.db, "2025-N", "lunar", [("TV01", 1), ("TV04", 2)])
    assert baseline_store.baseline_periods(workspace.db) == []
