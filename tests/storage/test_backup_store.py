"""Backup files: names, consistent copies under writes, nothing half-written, reading one back."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.storage import backup_store
from desktop_app.storage.backup_store import (
    BEFORE_UPGRADE,
    CopyNotSoundError,
    backup_file_name,
    parse_backup_name,
    read_facts,
    write_copy,
)
from desktop_app.storage.database import close_database, open_database
from desktop_app.storage.settings_store import LAST_BACKUP_KEY, write_values

AT = datetime(2026, 11, 22, 8, 15)


def _db(path: Path, rows: int = 0) -> sqlite3.Connection:
    """A database of ours with ``rows`` settings rows, left open (WAL)."""
    db = open_database(path)
    with db.atomic():
        for n in range(rows):
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [f"k{n}", "v" * 200])
    return db.conn


def _count(path: Path, like: str = "k%") -> int:
    conn = backup_store.open_read_only(path)
    try:
        return conn.execute("SELECT count(*) FROM settings WHERE key LIKE ?", [like]).fetchone()[0]
    finally:
        conn.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_names_round_trip_and_other_names_are_not_ours(tmp_path: Path) -> None:
    name = backup_file_name("htsd", AT, "daily")
    assert name == "htsd-2026-11-22-0815-daily.sqlite3"
    parsed = parse_backup_name(tmp_path / name)
    assert (parsed.stem, parsed.taken_at, parsed.kind, parsed.seq) == ("htsd", AT, "daily", 1)
    second = parse_backup_name(tmp_path / backup_file_name("xa-hoa-phu", AT, "before-restore", 2))
    assert (second.stem, second.kind, second.seq) == ("xa-hoa-phu", "before-restore", 2)
    upgrade = parse_backup_name(tmp_path / "htsd-before-schema-3-20261122-081530.sqlite3")
    assert upgrade.kind == BEFORE_UPGRADE and upgrade.taken_at == AT.replace(second=30)
    for other in ("htsd.sqlite3", "htsd-2026-13-40-0815-daily.sqlite3", "notes-daily.sqlite3"):
        assert parse_backup_name(tmp_path / other) is None
    with pytest.raises(ValueError):
        backup_file_name("htsd", AT, "weekly")


def test_free_name_never_reuses_an_existing_file(tmp_path: Path) -> None:
    first = backup_store.free_name(tmp_path, "htsd", AT, "exit")
    first.write_bytes(b"x")
    second = backup_store.free_name(tmp_path, "htsd", AT, "exit")
    assert second.name == "htsd-2026-11-22-0815-exit-2.sqlite3"


def test_a_copy_is_one_sound_file_with_nothing_beside_it(tmp_path: Path) -> None:
    conn = _db(tmp_path / "a.sqlite3", rows=50)
    (tmp_path / "out").mkdir()
    target = write_copy(conn, tmp_path / "out" / "copy.sqlite3")
    conn.close()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["copy.sqlite3"]
    assert _count(target) == 50
    plain = sqlite3.connect(target)
    assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    plain.close()
    assert read_facts(target).problem is None
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["copy.sqlite3"]


def test_an_uncommitted_transaction_of_another_connection_is_not_copied(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    conn = _db(path, rows=10)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.executemany(
        "INSERT INTO settings (key, value) VALUES (?, 'x')", [(f"w{n}",) for n in range(300)]
    )
    target = write_copy(conn, tmp_path / "copy.sqlite3")
    writer.execute("COMMIT")
    writer.close()
    conn.close()
    assert _count(target, "w%") == 0 and _count(target) == 10


def test_a_commit_during_the_copy_is_all_in_or_all_out(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    conn = _db(path, rows=400)  # many pages: the copy takes several steps
    writer = sqlite3.connect(path, isolation_level=None)
    steps = []

    def commit_in_the_middle(_status: int, remaining: int, total: int) -> None:
        steps.append((remaining, total))
        if len(steps) == 2:  # part of the file is already copied
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("DELETE FROM settings WHERE key LIKE 'k%' AND rowid % 2 = 0")
            writer.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                [(f"w{n}", "y" * 300) for n in range(300)],
            )
            writer.execute("COMMIT")

    target = write_copy(conn, tmp_path / "copy.sqlite3", pages=2, progress=commit_in_the_middle)
    writer.close()
    conn.close()
    assert len(steps) > 2 and steps[0][1] > 4
    assert (_count(target), _count(target, "w%")) in ((400, 0), (200, 300))
    assert read_facts(target).problem is None


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.EROFS])
def test_a_failed_rename_leaves_nothing_with_any_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    conn = _db(tmp_path / "a.sqlite3", rows=5)
    out = tmp_path / "out"
    out.mkdir()

    def refuse(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(backup_store.os, "replace", refuse)
    with pytest.raises(OSError):
        write_copy(conn, out / "copy.sqlite3")
    conn.close()
    assert list(out.iterdir()) == []


def test_a_copy_that_does_not_read_back_is_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = _db(tmp_path / "a.sqlite3", rows=5)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(backup_store, "quick_check_problem", lambda _p: "page 3 is never used")
    with pytest.raises(CopyNotSoundError, match="page 3"):
        write_copy(conn, out / "copy.sqlite3")
    conn.close()
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_not_created(tmp_path: Path) -> None:
    conn = _db(tmp_path / "a.sqlite3")
    with pytest.raises(sqlite3.OperationalError):
        write_copy(conn, tmp_path / "gone" / "copy.sqlite3")
    conn.close()
    assert not (tmp_path / "gone").exists()


def _smash(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[4096 + 100 : 2 * 4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(raw))


def test_facts_of_sound_damaged_foreign_and_newer_files(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    conn = _db(tmp_path / "a.sqlite3", rows=3)
    write_copy(conn, good)
    conn.close()
    facts = read_facts(good)
    assert facts.problem is None and facts.counts["settings"] == 3 and facts.schema > 0

    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    songs = tmp_path / "songs.sqlite3"
    other = sqlite3.connect(songs)
    other.execute("CREATE TABLE songs (title TEXT)")
    other.commit()
    other.close()
    for path in (text, empty, songs):
        assert read_facts(path).problem == backup_store.FOREIGN

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    bump = sqlite3.connect(newer)
    bump.execute("PRAGMA user_version = 99")
    bump.commit()
    bump.close()
    assert read_facts(newer).problem == backup_store.NEWER
    assert read_facts(newer).schema == 99

    damaged = tmp_path / "damaged.sqlite3"
    filled = _db(tmp_path / "big.sqlite3", rows=200)
    write_copy(filled, damaged)
    filled.close()
    _smash(damaged)
    before = _sha(damaged)
    facts = read_facts(damaged)
    assert facts.problem == backup_store.DAMAGED and facts.detail
    assert _sha(damaged) == before
    assert read_facts(tmp_path / "missing.sqlite3").problem == backup_store.UNREADABLE
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert all(name.startswith(("a.", "big.")) for name in leftovers)


def test_digest_ignores_the_backup_time_but_not_the_data(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    write_values(db, {"unit_name": "Xã Hòa Phú"})
    before = backup_store.content_digest(db.conn)
    copy = write_copy(db.conn, tmp_path / "copy.sqlite3")
    assert backup_store.file_digest(copy) == before
    write_values(db, {LAST_BACKUP_KEY: "2026-11-22T08:15:00+07:00"})
    assert backup_store.content_digest(db.conn) == before
    write_values(db, {"unit_name": "Xã Hòa Phú mới"})
    assert backup_store.content_digest(db.conn) != before
    write_values(db, {"unit_name": "Xã Hòa Phú"})
    # Back to the same value: the settings are equal again; the audit trail, if any, is not.
    has_audit = "audit_log" in db.table_names()
    assert (backup_store.content_digest(db.conn) == before) is not has_audit
    close_database(db)
    assert backup_store.file_digest(tmp_path / "missing.sqlite3") is None


def test_digest_of_a_database_without_audit_trail_reads_the_rows(tmp_path: Path) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "schema-2.sqlite3"
    copy = tmp_path / "old.sqlite3"
    copy.write_bytes(fixture.read_bytes())
    conn = sqlite3.connect(copy)
    assert "audit_log" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    before = backup_store.content_digest(conn)
    conn.execute(
        "UPDATE visits SET total = total + 1 WHERE rowid = (SELECT min(rowid) FROM visits)"
    )
    conn.commit()
    assert backup_store.content_digest(conn) != before
    conn.close()


def test_copying_a_damaged_database_keeps_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    db = open_database(path)
    with db.atomic():
        for n in range(200):
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [f"k{n}", "v" * 200])
    close_database(db)
    path.write_bytes(b"\x00" * 100 + path.read_bytes()[100:])  # the header is gone
    target = backup_store.copy_database_file(path, tmp_path / "safety.sqlite3")
    assert target.read_bytes() == path.read_bytes()


def test_copying_a_database_that_was_not_closed_keeps_its_log(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    conn = _db(path, rows=3)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO settings (key, value) VALUES ('late', 'only in the log')")
    conn.commit()
    assert Path(f"{path}-wal").stat().st_size > 0
    target = backup_store.copy_database_file(path, tmp_path / "safety.sqlite3")
    conn.close()
    assert _count(target, "late") == 1 and _count(target) == 3
