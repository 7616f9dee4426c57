"""Backups taken daily and on exit, kept 14 daily + 12 monthly, copied to a folder, listed."""

from __future__ import annotations

import errno
import os
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.domain.messages import UserError
from desktop_app.domain.visits import VisitDay
from desktop_app.services import visits
from desktop_app.services.backup import backup
from desktop_app.services.backup.backup import list_backups, retained
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store, settings_store
from desktop_app.storage.backup_store import BackupName, backups_dir
from desktop_app.storage.facility_store import find_facility_by_code
from desktop_app.storage.visits_store import visits_between
from tests.conftest import TODAY

ICT = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 22, 8, 15, tzinfo=ICT)


def log_visits(ws: Workspace, day: date, total: int) -> None:
    tv1 = find_facility_by_code(ws.db, "TV1").id
    visits.save_visit(ws, VisitDay(tv1, day, total=total), TODAY)


def logged(ws: Workspace) -> list[tuple[date, int]]:
    tv1 = find_facility_by_code(ws.db, "TV1").id
    return [(v.day, v.total) for v in visits_between(ws.db, tv1, date(2026, 1, 1), TODAY)]


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- taking ----------------------------------------------------------------------------------


def test_a_backup_is_named_checked_and_recorded(configured: Workspace) -> None:
    log_visits(configured, date(2026, 11, 20), 31)
    path = backup.take_backup(configured, "daily", NOW)
    assert path.parent == configured.path.parent / "backups"
    local = NOW.astimezone().strftime("%Y-%m-%d-%H%M")
    assert path.name == f"commune-{local}-daily.sqlite3"
    assert names(path.parent) == [path.name]  # no temporary file, no -wal beside it
    facts = backup_store.read_facts(path)
    assert facts.problem is None and facts.counts["visits"] == 1
    recorded = datetime.fromisoformat(configured.last_backup())
    assert recorded == NOW and recorded.utcoffset() is not None
    assert backup.days_since_last_backup(configured, NOW) == 0
    assert backup.days_since_last_backup(configured, NOW + timedelta(days=9)) == 9


def test_no_backup_means_no_days_since(configured: Workspace) -> None:
    assert backup.days_since_last_backup(configured, NOW) is None
    with pytest.raises(ValueError):
        backup.take_backup(configured, "weekly", NOW)


def test_the_daily_backup_is_taken_once_a_day(configured: Workspace) -> None:
    first = backup.backup_if_due(configured, NOW)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert backup.backup_if_due(configured, NOW + timedelta(hours=5)) is None
    tomorrow = backup.backup_if_due(configured, NOW + timedelta(days=1))
    assert tomorrow is not None and tomorrow != first
    assert len(names(first.parent)) == 2


def test_a_database_not_set_up_is_not_backed_up(workspace: Workspace) -> None:
    assert backup.backup_if_due(workspace, NOW) is None
    assert backup.backup_on_exit(workspace, NOW) is None
    assert not backups_dir(workspace.path).exists()


def test_on_exit_only_when_something_changed(configured: Workspace) -> None:
    assert backup.backup_on_exit(configured, NOW) is not None  # never backed up yet
    later = NOW + timedelta(hours=1)
    assert backup.backup_on_exit(configured, later) is None  # nothing changed since
    log_visits(configured, date(2026, 11, 21), 12)
    taken = backup.backup_on_exit(configured, later)
    assert taken is not None and taken.name.endswith("-exit.sqlite3")
    assert backup_store.read_facts(taken).counts["visits"] == 1
    assert backup.backup_on_exit(configured, later + timedelta(minutes=1)) is None


def test_on_exit_after_the_daily_backup_and_no_change_takes_nothing(
    configured: Workspace,
) -> None:
    assert backup.backup_if_due(configured, NOW) is not None
    assert backup.backup_on_exit(configured, NOW + timedelta(hours=8)) is None


def test_deleted_backups_are_taken_again_on_exit(configured: Workspace) -> None:
    taken = backup.take_backup(configured, "daily", NOW)
    taken.unlink()
    assert backup.backup_on_exit(configured, NOW) is not None


def test_a_backup_is_consistent_while_another_connection_writes(configured: Workspace) -> None:
    import sqlite3

    log_visits(configured, date(2026, 11, 2), 5)
    configured.db.execute("PRAGMA busy_timeout = 50")  # the time cannot be noted meanwhile
    writer = sqlite3.connect(configured.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE visits SET total = 99")
    writer.execute("UPDATE settings SET value = 'half' WHERE key = 'unit_name'")
    path = backup.take_backup(configured, "manual", NOW)
    writer.execute("COMMIT")
    writer.close()
    copy = Workspace.open(path, create=False, migrate=False)
    try:
        assert logged(copy) == [(date(2026, 11, 2), 5)]
        assert copy.unit().unit_name != "half"
    finally:
        copy.close()


# --- keeping 14 daily and 12 monthly --------------------------------------------------------


def _synthetic(days: int, end: datetime, per_day: tuple[str, ...] = ("daily",)) -> list:
    found = []
    for back in range(days):
        day = end - timedelta(days=back)
        for n, kind in enumerate(per_day):
            at = day.replace(hour=8 + 9 * n, minute=0)
            found.append(BackupName(Path(f"{at:%Y%m%d%H%M}-{kind}"), "htsd", at, kind))
    return found


@pytest.mark.parametrize("end", [datetime(2026, 11, 22, 18), datetime(2026, 11, 5, 18)])
def test_400_days_of_backups_keep_14_daily_and_12_monthly(end: datetime) -> None:
    found = _synthetic(400, end, ("daily", "exit"))
    kept = retained(found, end)
    by_path = {b.path: b for b in found}
    kept_days = sorted({by_path[p].taken_at.date() for p in kept}, reverse=True)
    assert len(kept) == 26 == len(kept_days)  # one per kept day: the newest (the exit copy)
    assert all(by_path[p].kind == "exit" for p in kept)
    assert kept_days[:14] == [end.date() - timedelta(days=n) for n in range(14)]
    months = [(d.year, d.month) for d in kept_days[14:]]
    assert len(set(months)) == 12
    assert all(d.day == _last_day(d) for d in kept_days[14:])  # the newest of each month
    daily_months = {(d.year, d.month) for d in kept_days[:14]}
    assert not daily_months & set(months) or end.day >= 14


def _last_day(day: date) -> int:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return (following - timedelta(days=1)).day


def test_pre_upgrade_copies_are_kept_and_restore_copies_for_30_days() -> None:
    end = datetime(2026, 11, 22, 18)
    found = _synthetic(40, end)
    upgrade = BackupName(Path("upgrade"), "htsd", end - timedelta(days=900), "before-upgrade")
    fresh = BackupName(Path("fresh"), "htsd", end - timedelta(days=29), "before-restore")
    stale = BackupName(Path("stale"), "htsd", end - timedelta(days=31), "before-restore")
    kept = retained([*found, upgrade, fresh, stale], end)
    assert {Path("upgrade"), Path("fresh")} <= kept and Path("stale") not in kept
    assert len(kept) == 14 + 1 + 2  # 40 days reach back into one earlier month (October)


def test_prune_deletes_only_our_old_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    end = datetime(2026, 11, 22, 18)
    for back in range(30):
        at = end - timedelta(days=back)
        (folder / backup_store.backup_file_name("htsd", at, "daily")).write_bytes(b"x")
        (folder / backup_store.backup_file_name("other", at, "daily")).write_bytes(b"x")
    (folder / "htsd-before-schema-3-20200101-080000.sqlite3").write_bytes(b"x")
    (folder / "notes.sqlite3").write_bytes(b"x")
    (folder / "readme.txt").write_bytes(b"x")
    crashed, writing = folder / ".htsd-a.sqlite3.part", folder / ".htsd-b.sqlite3.part"
    crashed.write_bytes(b"half")
    writing.write_bytes(b"half")
    stamp = (end - timedelta(days=2)).timestamp()
    os.utime(crashed, (stamp, stamp))
    os.utime(writing, (end.timestamp(), end.timestamp()))
    oldest = folder / backup_store.backup_file_name("htsd", end - timedelta(days=29), "daily")
    deleted = backup.prune(folder, end, keep=(oldest,))
    left = names(folder)
    assert len([n for n in left if n.startswith("htsd-2026")]) == 14 + 1 + 1  # + Oct + kept one
    assert len([n for n in left if n.startswith("other-2026")]) == 14 + 1
    assert oldest.name in left and "notes.sqlite3" in left and "readme.txt" in left
    assert "htsd-before-schema-3-20200101-080000.sqlite3" in left
    assert writing.name in left and crashed.name not in left  # a crash's leftover only
    assert len(deleted) == 60 - 16 - 15


# --- copying to a folder (USB) --------------------------------------------------------------


def test_copy_to_a_folder_writes_a_checked_copy(configured: Workspace, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    log_visits(configured, date(2026, 11, 3), 8)
    path = backup.copy_to_folder(configured, usb, NOW)
    assert path.parent == usb and path.name.endswith("-manual.sqlite3")
    assert names(usb) == [path.name]
    assert backup_store.read_facts(path).counts["visits"] == 1
    assert backup.days_since_last_backup(configured, NOW) == 0


def test_a_copy_reports_its_pages_and_stops_when_cancelled(
    configured: Workspace, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    log_visits(configured, date(2026, 11, 3), 8)
    pages = configured.db.conn.execute("PRAGMA page_count").fetchone()[0]
    reports: list[tuple[int, int]] = []
    path = backup.copy_to_folder(configured, usb, NOW, progress=lambda d, t: reports.append((d, t)))
    assert reports[-1] == (pages, pages) and backup_store.read_facts(path).counts["visits"] == 1
    path.unlink()
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    with pytest.raises(backup.BackupCancelled):
        backup.copy_to_folder(configured, usb, NOW + timedelta(hours=1), is_cancelled=cancelled)
    assert asked == [True] and names(usb) == []  # no copy, no temporary file


def test_copy_to_a_missing_folder_or_a_file_is_refused(
    configured: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="not there"):
        backup.copy_to_folder(configured, tmp_path / "unplugged", NOW)
    assert not (tmp_path / "unplugged").exists()
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(UserError, match="is a file, not a folder"):
        backup.copy_to_folder(configured, a_file, NOW)
    assert configured.last_backup() is None


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "is full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "read-only"),
        (errno.EIO, "stopped answering"),
    ],
)
def test_a_disk_that_refuses_leaves_nothing_with_the_real_name(
    configured: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    words: str,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()

    def refuse(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(backup_store.os, "replace", refuse)
    with pytest.raises(UserError, match=words):
        backup.copy_to_folder(configured, usb, NOW)
    assert names(usb) == []
    assert configured.last_backup() is None


def test_a_full_disk_during_the_copy_itself(
    configured: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    usb = tmp_path / "usb"
    usb.mkdir()

    class FullDisk:
        def __init__(self, real: sqlite3.Connection) -> None:
            self.real = real

        def __getattr__(self, name: str) -> object:
            return getattr(self.real, name)

        def backup(self, target: sqlite3.Connection, **_kw: object) -> None:
            target.execute("CREATE TABLE half (x)")
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(configured.db, "conn", FullDisk(configured.db.conn))
    with pytest.raises(UserError, match="is full"):
        backup.copy_to_folder(configured, usb, NOW)
    assert names(usb) == []


def test_a_stick_pulled_out_during_the_copy(
    configured: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    real_fsync = backup_store._fsync

    def pulled_out(path: Path) -> None:
        real_fsync(path)
        shutil.rmtree(usb)
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup_store, "_fsync", pulled_out)
    with pytest.raises(UserError, match="USB stick"):
        backup.copy_to_folder(configured, usb, NOW)
    assert not usb.exists()


def test_a_local_backup_folder_that_cannot_be_made(configured: Workspace) -> None:
    backups_dir(configured.path).write_text("a file where the folder should be")
    with pytest.raises(UserError, match="is a file, not a folder"):
        backup.take_backup(configured, "daily", NOW)


# --- the list ---------------------------------------------------------------------------------


def test_the_list_is_newest_first_with_counts_and_bad_files_marked(
    configured: Workspace,
) -> None:
    log_visits(configured, date(2026, 11, 1), 4)
    older = backup.take_backup(configured, "daily", NOW - timedelta(days=2))
    log_visits(configured, date(2026, 11, 2), 6)
    newer = backup.take_backup(configured, "exit", NOW)
    folder = backups_dir(configured.path)
    photos_file = folder / "holiday-photos.sqlite3"
    photos_file.write_bytes(b"\x89PNG not a database")
    stamp = (NOW - timedelta(days=30)).timestamp()
    os.utime(photos_file, (stamp, stamp))  # a file not named by us is dated by its time
    damaged = folder / backup_store.backup_file_name(
        configured.path.stem, datetime(2026, 11, 21, 7, 0), "daily"
    )
    damaged.write_bytes(older.read_bytes()[:4096] + b"\xff" * (older.stat().st_size - 4096))
    infos = list_backups(configured.path)
    by_name = {i.path.name: i for i in infos}
    assert infos[0].path == newer and infos[0].kind == "exit" and infos[0].counts["visits"] == 2
    assert by_name[older.name].counts["visits"] == 1 and by_name[older.name].usable
    assert by_name[older.name].size == older.stat().st_size
    assert not by_name[damaged.name].usable
    assert "damaged" in by_name[damaged.name].problem.source()
    photos = by_name["holiday-photos.sqlite3"]
    assert photos.kind == "other" and not photos.usable
    assert "not a database" in photos.problem.source()
    assert [i.taken_at for i in infos] == sorted((i.taken_at for i in infos), reverse=True)
    assert backup.newest_good_backup(configured.path) == newer


def test_the_list_of_a_database_without_backups_is_empty(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "none.sqlite3") == []
    assert backup.newest_good_backup(tmp_path / "none.sqlite3") is None


def test_the_backup_time_written_in_settings_is_the_one_read(configured: Workspace) -> None:
    settings_store.write_values(configured.db, {settings_store.LAST_BACKUP_KEY: "garbage"})
    assert backup.days_since_last_backup(configured, NOW) is None
