"""The audit trail kept by triggers: one row per insert, change and delete of every table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from desktop_app.storage import audit_store
from desktop_app.storage.database import open_database
from desktop_app.storage.migrations import migrations, step_names

ACTOR = ("Nguyễn Thị Lan", "lan")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "commune.sqlite3")
    database.execute(
        "INSERT INTO facilities (id, code, type_code, name, created_at, updated_at) "
        "VALUES (1, 'TV1', 'TV_XA', 'Thư viện xã', 't0', 't0')"
    )
    database.execute(
        "INSERT INTO clubs (id, code, name, kind, field, facility_id) "
        "VALUES (1, 'B01', 'CLB đọc sách', 'clb', 'doc_sach', 1)"
    )
    audit_store.set_actor(database, *ACTOR)
    yield database
    database.close()


# table -> (values inserted, column changed, its new value, date column, owner column)
CASES: dict[str, tuple[dict[str, Any], str, Any, str | None, str | None]] = {
    "settings": ({"key": "unit_name", "value": "Xã Hòa Phú"}, "value", "Xã Phú Hòa", None, None),
    "facilities": (
        {"code": "NVH1", "type_code": "NVH_THON", "name": "Nhà văn hóa", "created_at": "t",
         "updated_at": "t"},
        "name", "Nhà văn hóa thôn", None, None,
    ),
    "facility_profiles": (
        {"facility_id": 1, "effective_from": "2026-01-01", "area_m2": 45.5, "books": 3200},
        "books", 3300, "effective_from", "facility_id",
    ),
    "visits": (
        {"facility_id": 1, "day": "2026-11-05", "total": 40, "children": 12, "note": "mưa",
         "updated_at": "t"},
        "total", 45, "day", "facility_id",
    ),
    "clubs": (
        {"code": "B02", "name": "CLB văn nghệ", "kind": "clb", "field": "van_nghe",
         "facility_id": 1, "members": 20},
        "members", 22, None, "facility_id",
    ),
    "club_members": ({"club_id": 1, "name": "Trần An", "sex": "nu"}, "phone", "0905", None,
                     "club_id"),
    "club_sessions": ({"club_id": 1, "day": "2026-11-06", "attendance": 18}, "attendance", 19,
                      "day", "club_id"),
    "activities": (
        {"start_day": "2026-04-21", "end_day": "2026-04-21", "facility_id": 1,
         "type": "ngay_sach", "title": "Ngày Sách", "participants": 300},
        "participants", 320, "start_day", "facility_id",
    ),
    "digital_services": (
        {"day": "2026-11-03", "facility_id": 1, "kind": "may_tinh", "quantity": 12},
        "quantity", 13, "day", "facility_id",
    ),
    "museum_records": ({"day": "2026-11-04", "facility_id": 1, "visitors": 40, "learners": 25},
                       "visitors", 41, "day", "facility_id"),
    "baseline": ({"period_id": "2025-N", "convention": "calendar", "indicator": "I.1",
                  "value": 1200.0}, "value", 1250.0, None, None),
    "submissions": (
        {"period_id": "2026-M10", "convention": "calendar", "start_day": "2026-10-01",
         "end_day": "2026-10-31", "submitted_at": "2026-11-02T09:00:00+07:00"},
        "reopen_reason", "Sửa số liệu", "start_day", None,
    ),
    "period_texts": ({"period_id": "2026-N", "convention": "calendar",
                      "assessment": "Hoàn thành kế hoạch."},
                     "proposals", "Cấp thêm sách", None, None),
}  # fmt: skip


def _log(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM audit_log ORDER BY id"))


def _row(db: Database, table: str, key: str, value: object) -> dict[str, Any]:
    return next(db.query(f"SELECT * FROM {table} WHERE {key} = ?", [value]))


def test_every_user_table_is_audited(db: Database) -> None:
    audited = {spec.name for spec in audit_store.audited_tables(db)}
    assert audited == set(CASES)
    user_tables = {t for t in db.table_names() if not t.startswith(("audit_", "_"))}
    assert user_tables == audited


@pytest.mark.parametrize("table", list(CASES))
def test_insert_update_delete_each_log_one_row_with_old_and_new(db: Database, table: str) -> None:
    values, column, new_value, day_column, parent_column = CASES[table]
    key = "key" if table == "settings" else "id"
    before = len(_log(db))
    names = ", ".join(values)
    cursor = db.execute(
        f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in values)})",
        list(values.values()),
    )
    row_id = values["key"] if table == "settings" else cursor.lastrowid
    inserted = _row(db, table, key, row_id)
    db.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", [new_value, row_id])
    updated = _row(db, table, key, row_id)
    db.execute(f"DELETE FROM {table} WHERE {key} = ?", [row_id])

    log = _log(db)[before:]
    assert [entry["action"] for entry in log] == ["insert", "update", "delete"]
    insert, update, delete = log
    assert (insert["old_json"], json.loads(insert["new_json"])) == (None, inserted)
    assert json.loads(update["old_json"]) == inserted
    assert json.loads(update["new_json"]) == updated
    assert updated[column] == new_value
    assert (json.loads(delete["old_json"]), delete["new_json"]) == (updated, None)
    for entry in log:
        assert (entry["actor"], entry["os_user"]) == ACTOR
        assert (entry["table_name"], entry["row_id"]) == (table, str(row_id))
        assert entry["day"] == (inserted[day_column] if day_column else None)
        assert entry["parent_id"] == (inserted[parent_column] if parent_column else None)
        assert entry["at"].endswith("Z") and entry["at"][:4].isdigit()


def test_an_update_that_changes_nothing_logs_nothing(db: Database) -> None:
    db.execute(
        "INSERT INTO visits (facility_id, day, total, updated_at) VALUES (1, '2026-11-05', 40, 'a')"
    )
    count = len(_log(db))
    db.execute("UPDATE visits SET total = 40")
    db.execute("UPDATE visits SET updated_at = 'b'")  # only the time of saving moved
    db.execute("UPDATE facilities SET name = name, updated_at = 'later'")
    assert len(_log(db)) == count
    db.execute("UPDATE visits SET note = 'x'")
    assert len(_log(db)) == count + 1


def test_a_rolled_back_transaction_leaves_no_audit_row(db: Database) -> None:
    count = len(_log(db))
    with pytest.raises(RuntimeError), db.atomic():
        db.execute(
            "INSERT INTO visits (facility_id, day, total, updated_at) "
            "VALUES (1, '2026-11-05', 40, 'a')"
        )
        assert len(_log(db)) == count + 1  # logged inside the transaction...
        raise RuntimeError("power cut")
    assert len(_log(db)) == count  # ...and gone with it
    assert not list(db.query("SELECT * FROM visits"))


def test_a_refused_write_leaves_no_audit_row(db: Database) -> None:
    count = len(_log(db))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO visits (facility_id, day, total, children, updated_at) "
            "VALUES (1, '2026-11-05', 4, 9, 'a')"
        )
    assert len(_log(db)) == count


def test_the_audit_log_refuses_update_and_delete(db: Database) -> None:
    assert _log(db)
    before = _log(db)
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(statement)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM _audit_actor")
    assert _log(db) == before


def test_a_club_deleted_logs_its_roster_and_sessions_too(db: Database) -> None:
    db.execute("INSERT INTO club_members (club_id, name) VALUES (1, 'An')")
    db.execute("INSERT INTO club_sessions (club_id, day) VALUES (1, '2026-11-06')")
    count = len(_log(db))
    db.execute("DELETE FROM clubs WHERE id = 1")  # ON DELETE CASCADE
    deleted = [(e["table_name"], e["action"]) for e in _log(db)[count:]]
    assert sorted(deleted) == [
        ("club_members", "delete"),
        ("club_sessions", "delete"),
        ("clubs", "delete"),
    ]


def test_storing_the_preparer_name_changes_who_is_named(db: Database) -> None:
    db.execute("INSERT INTO settings (key, value) VALUES ('preparer_name', 'Lê Văn Hùng')")
    assert audit_store.read_actor(db) == ("Lê Văn Hùng", "lan")
    db.execute("INSERT INTO settings (key, value) VALUES ('head_name', 'Trần Văn Minh')")
    assert _log(db)[-1]["actor"] == "Lê Văn Hùng"
    db.execute("UPDATE settings SET value = 'Phạm Thu' WHERE key = 'preparer_name'")
    assert audit_store.read_actor(db) == ("Phạm Thu", "lan")


def test_a_moved_record_is_found_in_the_days_it_left(db: Database) -> None:
    db.execute("INSERT INTO club_sessions (id, club_id, day) VALUES (7, 1, '2026-10-30')")
    db.execute("UPDATE club_sessions SET day = '2026-11-02' WHERE id = 7")
    october = audit_store.entries_between(db, date(2026, 10, 1), date(2026, 10, 31))
    november = audit_store.entries_between(db, date(2026, 11, 1), date(2026, 11, 30))
    assert [e.action for e in october] == ["insert", "update"]
    assert [e.action for e in november] == ["update"]
    assert november[0].old["day"] == "2026-10-30" and november[0].new["day"] == "2026-11-02"


def test_a_rows_history_follows_its_moves_and_outlives_it(db: Database) -> None:
    db.execute("INSERT INTO club_sessions (id, club_id, day) VALUES (7, 1, '2026-10-30')")
    db.execute("INSERT INTO club_sessions (id, club_id, day) VALUES (8, 1, '2026-10-31')")
    for day in ("2026-11-02", "2026-11-09", "2026-10-30", "2026-11-02"):
        db.execute("UPDATE club_sessions SET day = ? WHERE id = 7", [day])
    history = audit_store.entries_of_row(db, "club_sessions", 7)
    assert [(e.action, e.day) for e in history] == [
        ("insert", "2026-10-30"),
        ("update", "2026-11-02"),
        ("update", "2026-11-09"),
        ("update", "2026-10-30"),
        ("update", "2026-11-02"),
    ]
    db.execute("DELETE FROM club_sessions WHERE id = 7")
    gone = audit_store.entries_of_row(db, "club_sessions", 7)
    assert [e.action for e in gone] == [e.action for e in history] + ["delete"]
    assert [e.action for e in audit_store.entries_of_row(db, "clubs", 1)] == ["insert"]
    children = audit_store.entries_of_children(db, ["club_sessions", "club_members"], 1)
    assert {e.row_id for e in children} == {"7", "8"}


def test_triggers_recreated_after_a_later_step_adds_a_column(db: Database) -> None:
    db.execute("ALTER TABLE visits ADD COLUMN weather TEXT NOT NULL DEFAULT ''")
    audit_store.recreate_triggers(db, "visits")
    db.execute(
        "INSERT INTO visits (facility_id, day, total, updated_at) VALUES (1, '2026-11-05', 4, 'a')"
    )
    count = len(_log(db))
    db.execute("UPDATE visits SET weather = 'mưa'")  # only the new column changed
    log = _log(db)[count:]
    assert len(log) == 1 and json.loads(log[0]["new_json"])["weather"] == "mưa"
    with pytest.raises(ValueError):
        audit_store.recreate_triggers(db, "audit_log")


def _schema_two(path: Path) -> None:
    """A database as the program of schema 2 left it, with a row in every table."""
    db = Database(path)
    migrations.apply(db, stop_before="0003_audit")
    db.execute("PRAGMA user_version = 2")
    db.execute(
        "INSERT INTO facilities (id, code, type_code, name, created_at, updated_at) "
        "VALUES (1, 'TV1', 'TV_XA', 'Thư viện xã', 't0', 't0')"
    )
    db.execute(
        "INSERT INTO clubs (id, code, name, kind, field, facility_id) "
        "VALUES (1, 'B01', 'CLB đọc sách', 'clb', 'doc_sach', 1)"
    )
    for table, (values, *_rest) in CASES.items():
        if table not in db.table_names():  # a table of a later step (period_texts, 0004)
            continue
        db.execute(
            f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
            list(values.values()),
        )
    db.execute("INSERT INTO settings (key, value) VALUES ('preparer_name', 'Nguyễn Thị Lan')")
    db.close()


def _dump(db: Database, tables: list[str]) -> dict[str, list[dict[str, Any]]]:
    return {t: list(db.query(f"SELECT * FROM {t} ORDER BY rowid")) for t in tables}


def test_a_schema_two_database_is_upgraded_with_its_data_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _schema_two(path)
    old = Database(path)
    assert "audit_log" not in old.table_names()
    tables = [t for t in old.table_names() if t != "_sqlite_migrations"]
    before = _dump(old, tables)
    old.close()

    db = open_database(path)
    assert [m.name for m in migrations.applied(db)] == step_names()
    assert _dump(db, tables) == before
    assert _log(db) == []  # the trail starts with the upgrade; nothing is invented
    assert audit_store.read_actor(db) == ("Nguyễn Thị Lan", "")
    db.execute("UPDATE visits SET total = 41")
    assert [e["action"] for e in _log(db)] == ["update"]
    db.close()
