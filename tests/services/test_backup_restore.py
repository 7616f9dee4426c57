"""Restoring a backup: the data comes back, the data before is kept, bad backups change nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import UserError
from desktop_app.services import facilities, setup
from desktop_app.services.backup import backup
from desktop_app.services.backup.backup_restore import restore
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store, migrations
from desktop_app.storage.backup_store import backups_dir
from desktop_app.storage.database import close_database, open_database, schema_version
from desktop_app.storage.integrity import check_integrity
from desktop_app.storage.migrations import step_names
from tests.conftest import TODAY
from tests.services.test_backup import log_visits, logged

NOW = datetime(2026, 11, 22, 8, 15, tzinfo=timezone(timedelta(hours=7)))


def make_commune(path: Path) -> Path:
    ws = Workspace.open(path)
    try:
        setup.configure_unit(ws, setup.prepare_unit(province_code="66", commune_code="24175"))
        facilities.add_facility(
            ws, Facility(code="TV1", type_code="TV_XA", name="Thư viện xã"), TODAY
        )
        log_visits(ws, date(2026, 11, 1), 4)
    finally:
        ws.close()
    return path


def take(path: Path, kind: str = "daily", now: datetime = NOW) -> Path:
    ws = Workspace.open(path, create=False)
    try:
        return backup.take_backup(ws, kind, now)
    finally:
        ws.close()


def state(path: Path) -> tuple[list[tuple[date, int]], str]:
    ws = Workspace.open(path, create=False)
    try:
        assert check_integrity(ws.db).ok
        return logged(ws), ws.unit().unit_name
    finally:
        ws.close()


def edit(path: Path, day: date, total: int, unit_name: str | None = None) -> None:
    ws = Workspace.open(path, create=False)
    try:
        log_visits(ws, day, total)
        if unit_name:
            ws.db.execute("UPDATE settings SET value = ? WHERE key = 'unit_name'", [unit_name])
    finally:
        ws.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def commune(tmp_path: Path) -> Path:
    return make_commune(tmp_path / "commune.sqlite3")


def test_round_trip_brings_back_the_data_and_keeps_the_data_before(commune: Path) -> None:
    at_backup = state(commune)
    copy = take(commune)
    edit(commune, date(2026, 11, 2), 9, unit_name="Đổi tên")
    before_restore = state(commune)
    assert before_restore != at_backup

    result = restore(commune, copy, NOW + timedelta(hours=1))

    assert result.restored_from == copy
    assert state(commune) == at_backup
    assert result.safety_copy is not None and result.safety_copy.name.endswith(
        "-before-restore.sqlite3"
    )
    assert state(result.safety_copy) == before_restore
    assert sorted(p.name for p in commune.parent.iterdir()) == ["backups", "commune.sqlite3"]
    ws = Workspace.open(commune, create=False)
    try:
        assert backup.days_since_last_backup(ws, NOW + timedelta(hours=1)) == 0
        # The newest backup is the one restored from: it holds exactly this data.
        assert not backup.has_changes_since_backup(ws)
    finally:
        ws.close()


def test_restoring_is_undone_by_restoring_the_safety_copy(commune: Path) -> None:
    copy = take(commune)
    edit(commune, date(2026, 11, 3), 7)
    edited = state(commune)
    take(commune, "exit", NOW + timedelta(days=1))  # a newer backup of the edited data
    safety = restore(commune, copy, NOW + timedelta(days=1, minutes=2)).safety_copy
    ws = Workspace.open(commune, create=False)
    try:
        assert backup.has_changes_since_backup(ws)  # older data than the newest backup
    finally:
        ws.close()
    restore(commune, safety, NOW + timedelta(days=1, minutes=3))
    assert state(commune) == edited


def _newer_backup(tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite3"
    steps = Migrations(migrations.MIGRATION_SET)
    for name in step_names():
        steps(name=name)(lambda db: None)
    steps(name="9999_future")(lambda db: db.execute("CREATE TABLE future (x)"))
    close_database(open_database(path, steps=steps))
    return path


def _damaged_backup(commune: Path, tmp_path: Path) -> Path:
    path = tmp_path / "damaged.sqlite3"
    raw = bytearray(take(commune, "manual").read_bytes())
    raw[4096 + 100 : 3 * 4096] = b"\xff" * (2 * 4096 - 100)
    path.write_bytes(bytes(raw))
    return path


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "songs.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda commune, tmp: _newer_backup(tmp), "newer version"),
        (_damaged_backup, "damaged"),
        (lambda commune, tmp: _foreign(tmp), "not a backup of this program"),
        (lambda commune, tmp: tmp / "missing.sqlite3", "does not exist"),
        (lambda commune, tmp: commune, "the database itself"),
    ],
)
def test_a_bad_backup_is_refused_and_nothing_changes(
    commune: Path, tmp_path: Path, make, words: str
) -> None:
    bad = make(commune, tmp_path)
    folder = backups_dir(commune)
    before = sha(commune), sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    with pytest.raises(UserError, match=words):
        restore(commune, bad, NOW)
    after = sha(commune), sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert after == before  # no safety copy either: nothing was about to change
    assert sorted(p.name for p in commune.parent.iterdir() if p.name.startswith("commune")) == [
        "commune.sqlite3"
    ]


def test_a_stale_log_of_the_old_database_is_not_replayed(commune: Path) -> None:
    copy = take(commune)
    original = state(commune)
    # A crash: changes committed to the log, never folded into the file.
    conn = sqlite3.connect(commune)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE settings SET value = 'only in the log' WHERE key = 'unit_name'")
    conn.execute("UPDATE visits SET total = 77")
    conn.commit()
    saved_file, saved_log = commune.read_bytes(), Path(f"{commune}-wal").read_bytes()
    conn.close()
    commune.write_bytes(saved_file)
    Path(f"{commune}-wal").write_bytes(saved_log)
    Path(f"{commune}-shm").unlink(missing_ok=True)
    peek = sqlite3.connect(f"{commune.as_uri()}?mode=ro", uri=True)
    assert peek.execute("SELECT value FROM settings WHERE key = 'unit_name'").fetchone()[0] == (
        "only in the log"
    )
    peek.close()

    result = restore(commune, copy, NOW)

    assert state(commune) == original
    assert not Path(f"{commune}-wal").exists() or Path(f"{commune}-wal").stat().st_size == 0
    assert state(result.safety_copy)[1] == "only in the log"  # the crashed data is kept
    assert state(result.safety_copy)[0] == [(date(2026, 11, 1), 77)]


def test_a_damaged_database_is_copied_byte_for_byte_before_it_is_replaced(
    commune: Path,
) -> None:
    copy = take(commune)
    raw = bytearray(commune.read_bytes())
    raw[:100] = b"\x00" * 100  # SQLite cannot even read it
    commune.write_bytes(bytes(raw))
    result = restore(commune, copy, NOW)
    assert result.safety_copy.read_bytes() == bytes(raw)
    assert state(commune)[0] == [(date(2026, 11, 1), 4)]


def test_an_older_backup_is_upgraded_when_restored(commune: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.sqlite3"
    first_steps = Migrations(migrations.MIGRATION_SET)
    for step in migrations.migrations.pending(Database(memory=True))[:2]:
        first_steps(name=step.name)(step.fn)
    db = open_database(older, steps=first_steps)
    db.execute("INSERT INTO settings (key, value) VALUES ('unit_name', 'Xã cũ')")
    db.execute("INSERT INTO settings (key, value) VALUES ('province_code', '66')")
    db.execute("INSERT INTO settings (key, value) VALUES ('commune_code', '24175')")
    close_database(db)

    restore(commune, older, NOW)

    ws = Workspace.open(commune, create=False, migrate=False)
    try:
        assert schema_version(ws.db) == len(step_names())
        assert ws.unit().unit_name == "Xã cũ"
    finally:
        ws.close()
    upgraded = [i for i in backup.list_backups(commune) if i.kind == "before-upgrade"]
    if len(step_names()) > 2:
        assert len(upgraded) == 1 and upgraded[0].schema == 2


def test_restore_into_a_place_with_no_database(commune: Path, tmp_path: Path) -> None:
    copy = take(commune)
    fresh = tmp_path / "elsewhere" / "new.sqlite3"
    fresh.parent.mkdir()
    result = restore(fresh, copy, NOW)
    assert result.safety_copy is None
    assert state(fresh) == state(commune)


def test_a_database_that_cannot_be_replaced_stays_as_it_was(
    commune: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = take(commune)
    edit(commune, date(2026, 11, 5), 3)
    before = sha(commune)
    real_replace = os.replace

    def in_use(src: object, dst: object) -> None:
        if Path(dst) == commune:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(backup_store.os, "replace", in_use)
    with pytest.raises(UserError, match="another window"):
        restore(commune, copy, NOW)
    assert sha(commune) == before
    assert not commune.with_name("commune.restoring").exists()
