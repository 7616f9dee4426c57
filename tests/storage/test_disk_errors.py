"""A full disk, a read-only folder, a pulled-out stick, a damaged page: words, not half-writes."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.main import main
from desktop_app.domain.visits import VisitDay
from desktop_app.i18n import install_language
from desktop_app.services import instance, visits
from desktop_app.services.importing import importing
from desktop_app.services.workspace import Workspace
from desktop_app.storage import import_store, instance_lock, sqlite_errors
from desktop_app.storage.database import close_database, open_database, quick_check
from desktop_app.storage.facility_store import find_facility_by_code
from desktop_app.storage.sqlite_errors import DamagedDatabaseError, DiskError, as_user_error
from tests.conftest import TODAY
from tests.import_samples import write_csv

FULL, READ_ONLY, GONE = "is full", "read-only", "stopped answering"


def tv1(workspace: Workspace) -> int:
    facility = find_facility_by_code(workspace.db, "TV1")
    assert facility is not None and facility.id is not None
    return facility.id


def visit_count(workspace: Workspace) -> int:
    return int(next(workspace.db.query("SELECT count(*) AS n FROM visits"))["n"])


def leave_no_room(workspace: Workspace, spare_pages: int = 0) -> None:
    """The disk is full from now on: the file may not grow past its size (+ ``spare_pages``)."""
    pages = workspace.db.execute("PRAGMA page_count").fetchone()[0]
    workspace.db.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def visits_csv(path: Path, code: str, first: date, days: int, base: int = 10) -> Path:
    rows = [
        [(first + timedelta(days=n)).isoformat(), code, str(base + n % 50)] for n in range(days)
    ]
    return write_csv(path, ["ngay", "ma_thiet_che", "tong_luot"], rows)


# -- the mapping itself --------------------------------------------------------------------


def sqlite_failure(code: int, text: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("exc", "kind", "words"),
    [
        (sqlite_failure(13, "database or disk is full"), DiskError, FULL),
        (sqlite_failure(8, "attempt to write a readonly database"), DiskError, READ_ONLY),
        (sqlite_failure(10 | (3 << 8), "disk I/O error"), DiskError, GONE),  # SQLITE_IOERR_WRITE
        (sqlite_failure(14, "unable to open database file"), DiskError, "cannot be opened"),
        (sqlite_failure(5, "database is locked"), DiskError, "busy"),
        (sqlite_failure(11, "database disk image is malformed"), DamagedDatabaseError, "restore"),
        (sqlite3.OperationalError("disk I/O error"), DiskError, GONE),  # no code: by its text
        (OSError(errno.ENOSPC, "No space left on device"), DiskError, FULL),
        (OSError(errno.EROFS, "Read-only file system"), DiskError, READ_ONLY),
        (OSError(errno.EACCES, "Permission denied"), DiskError, READ_ONLY),
        (OSError(errno.ENOENT, "No such file or directory"), DiskError, "cannot be opened"),
        (OSError(errno.EIO, "Input/output error"), DiskError, GONE),
    ],
)
def test_each_disk_failure_says_what_happened_and_what_to_do(
    exc: Exception, kind: type[Exception], words: str
) -> None:
    mapped = as_user_error(exc, Path("/media/usb/htsd.sqlite3"))
    assert type(mapped) is kind
    assert words in str(mapped)
    assert "/media/usb/htsd.sqlite3" in str(mapped)


def test_the_damaged_message_names_both_ways_to_restore() -> None:
    text = str(sqlite_errors.damaged_error(Path("/data/htsd.sqlite3"), "page 7\nbroken"))
    assert "Restore from backup" in text
    assert 'htsd restore --db "/data/htsd.sqlite3"' in text
    assert "page 7 broken" in text  # on one line


def test_a_bug_is_not_dressed_up_as_a_disk_problem() -> None:
    assert as_user_error(sqlite3.OperationalError("no such table: visits"), None) is None
    assert as_user_error(sqlite3.IntegrityError("UNIQUE constraint failed"), None) is None
    assert as_user_error(ValueError("x"), None) is None
    assert as_user_error(OSError(errno.EINVAL, "Invalid argument"), None) is None


def test_another_file_than_the_database_is_named_as_a_file(tmp_path: Path) -> None:
    report = tmp_path / "bao-cao.xlsx"
    mapped = as_user_error(OSError(errno.EACCES, "Permission denied", str(report)), "/db.sqlite3")
    assert mapped is not None and str(report) in str(mapped)
    assert "database" not in str(mapped)


# -- a full disk ---------------------------------------------------------------------------


def test_a_full_disk_refuses_the_day_in_words_and_keeps_every_day_before(
    configured: Workspace,
) -> None:
    facility_id = tv1(configured)
    leave_no_room(configured)
    saved: list[date] = []
    day = date(2025, 1, 1)
    with pytest.raises(DiskError, match=FULL) as caught:
        for _ in range(2000):
            visits.save_visit(
                configured, VisitDay(facility_id, day, total=7, note="x" * 150), TODAY
            )
            saved.append(day)
            day += timedelta(days=1)
    assert "nothing was half-written" in str(caught.value)
    assert str(configured.path) in str(caught.value)
    assert visit_count(configured) == len(saved)  # the refused day is not there, the rest are
    assert saved and not any(v.day == day for v in _stored(configured, facility_id))
    configured.db.execute("PRAGMA max_page_count = 1073741823")  # space given back
    visits.save_visit(configured, VisitDay(facility_id, day, total=7), TODAY)
    assert visit_count(configured) == len(saved) + 1


def _stored(workspace: Workspace, facility_id: int) -> list[VisitDay]:
    from desktop_app.storage import visits_store

    return visits_store.visits_between(workspace.db, facility_id, date(2000, 1, 1), TODAY)


def test_a_pasted_block_on_a_full_disk_is_stored_whole_or_not_at_all(
    configured: Workspace,
) -> None:
    facility_id = tv1(configured)
    leave_no_room(configured)
    block = [
        VisitDay(facility_id, date(2025, 1, 1) + timedelta(days=n), total=n) for n in range(1, 366)
    ]
    with pytest.raises(DiskError, match=FULL):
        visits.save_visits(configured, block, TODAY)
    assert visit_count(configured) == 0


def test_an_import_on_a_full_disk_writes_nothing(configured: Workspace, tmp_path: Path) -> None:
    files = [
        visits_csv(tmp_path / "tv1.csv", "TV1", date(2020, 1, 1), 2500),
        visits_csv(tmp_path / "nvh1.csv", "NVH1", date(2020, 1, 1), 2500),
    ]
    before = import_store.count_rows(configured.db)
    leave_no_room(configured, spare_pages=10)  # the first chunk fits, the rest does not
    with pytest.raises(DiskError, match=FULL):
        importing.apply(configured, files, today=TODAY)
    assert import_store.count_rows(configured.db) == before
    configured.db.execute("PRAGMA max_page_count = 1073741823")
    summary = importing.apply(configured, files, today=TODAY)
    assert summary.counts == {"visits": 5000}


# -- a read-only folder --------------------------------------------------------------------


def test_a_read_only_database_refuses_the_day_in_words(configured: Workspace) -> None:
    configured.db.execute("PRAGMA query_only = 1")
    with pytest.raises(DiskError, match=READ_ONLY) as caught:
        visits.save_visit(configured, VisitDay(tv1(configured), date(2026, 3, 2), total=5), TODAY)
    assert "Copy the database into a folder you can write to" in str(caught.value)
    configured.db.execute("PRAGMA query_only = 0")
    assert visit_count(configured) == 0


def test_a_file_opened_read_only_refuses_an_import_in_words(
    configured: Workspace, tmp_path: Path
) -> None:
    path = configured.path
    configured.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    from sqlite_utils import Database

    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    readonly = Workspace(path=path, db=Database(conn))
    try:
        with pytest.raises(DiskError, match=READ_ONLY):
            importing.apply(
                readonly, [visits_csv(tmp_path / "v.csv", "TV1", date(2026, 1, 1), 30)], today=TODAY
            )
    finally:
        conn.close()
    assert visit_count(configured) == 0


# -- a USB stick pulled out in the middle of an import -------------------------------------


class PulledOut:
    """The connection of a stick pulled out after ``good`` bulk writes."""

    def __init__(self, conn: sqlite3.Connection, good: int) -> None:
        self._conn = conn
        self.left = good

    def executemany(self, sql: str, rows: Any) -> sqlite3.Cursor:
        if self.left == 0:
            raise sqlite3.OperationalError("disk I/O error")
        self.left -= 1
        return self._conn.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_stick_pulled_out_mid_import_leaves_no_partial_rows(
    configured: Workspace, tmp_path: Path
) -> None:
    files = [
        visits_csv(tmp_path / "tv1.csv", "TV1", date(2015, 3, 1), 4200),  # three chunks
        visits_csv(tmp_path / "nvh1.csv", "NVH1", date(2018, 1, 1), 3000),
    ]
    before = import_store.count_rows(configured.db)
    real = configured.db.conn
    stick = PulledOut(real, good=2)
    configured.db.conn = stick  # type: ignore[assignment]
    try:
        with pytest.raises(DiskError, match=GONE) as caught:
            importing.apply(configured, files, today=TODAY)
    finally:
        configured.db.conn = real
    assert stick.left == 0  # it failed in the middle, after two chunks were written
    assert "Plug the USB stick back in" in str(caught.value)
    assert import_store.count_rows(configured.db) == before
    assert not real.in_transaction


# -- a damaged page, found by the quick check at start -------------------------------------


def damaged_database(tmp_path: Path) -> Path:
    """A database whose header and schema are sound but a page of visits is garbage."""
    path = tmp_path / "commune.sqlite3"
    ws = Workspace.open(path)
    from desktop_app.services import setup

    setup.configure_unit(ws, setup.prepare_unit(province_code="66", commune_code="24175"))
    rows = [(n, "x" * 200) for n in range(3000)]
    ws.db.execute("CREATE TABLE bulk (n INTEGER PRIMARY KEY, t TEXT)")
    ws.db.conn.executemany("INSERT INTO bulk VALUES (?, ?)", rows)
    ws.db.conn.commit()
    page_size = ws.db.execute("PRAGMA page_size").fetchone()[0]
    pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
    ws.close()
    raw = bytearray(path.read_bytes())
    middle = (pages - 5) * page_size  # a leaf of the big table, far from the schema pages
    raw[middle : middle + page_size] = bytes((n * 37) % 256 for n in range(page_size))
    path.write_bytes(bytes(raw))
    return path


def test_a_sound_database_passes_the_quick_check(configured: Workspace) -> None:
    quick_check(configured.db, configured.path)


def test_a_damaged_page_is_found_at_start_and_names_the_way_out(tmp_path: Path) -> None:
    path = damaged_database(tmp_path)
    db = open_database(path)  # the header and schema still read: it opens
    try:
        with pytest.raises(DamagedDatabaseError) as caught:
            quick_check(db, path)
    finally:
        close_database(db)
    text = str(caught.value)
    assert "is damaged" in text and "Restore from backup" in text and "htsd restore" in text
    assert "Traceback" not in text


def test_opening_a_damaged_database_for_the_window_leaves_it_unlocked(tmp_path: Path) -> None:
    path = damaged_database(tmp_path)
    with pytest.raises(DamagedDatabaseError):
        instance.open_exclusive(path)
    instance_lock.acquire(path).release()  # nothing was left locked


def test_the_window_opens_a_sound_database_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    opened = instance.open_exclusive(path)
    try:
        assert opened.workspace.path == path
        with pytest.raises(instance.DatabaseInUseError):
            instance.open_exclusive(path)
        with pytest.raises(instance.DatabaseInUseError), instance.exclusive(path):
            pass
    finally:
        opened.close()
    with instance.exclusive(path) as lock:
        assert lock.held


def test_a_restore_in_the_window_reopens_the_file_and_keeps_it_locked(tmp_path: Path) -> None:
    path = tmp_path / "commune.sqlite3"
    opened = instance.open_exclusive(path)
    try:
        opened.workspace.close()
        replacement = damaged_database(tmp_path / "backup")  # what a bad restore would leave
        path.write_bytes(replacement.read_bytes())
        with pytest.raises(DamagedDatabaseError):
            opened.reopen()
        path.unlink()
        open_database(path).close()  # a sound file restored instead
        assert opened.reopen().path == path
        with pytest.raises(instance.DatabaseInUseError):
            instance_lock.acquire(path)
    finally:
        opened.close()


# -- the command line: one line, exit 1 -----------------------------------------------------


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """``main`` installs the language it is given: a QApplication first (GUI tests follow
    in the same process), and Vietnamese back afterwards."""
    yield
    install_language("vi")


def test_the_command_line_says_a_full_disk_in_one_line_with_status_1(
    english: None,
    configured: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def full(*_args: object) -> int:
        raise sqlite_failure(13, "database or disk is full")

    monkeypatch.setattr(importing, "_WRITERS", {**importing._WRITERS, "visits": full})
    csv = visits_csv(tmp_path / "v.csv", "TV1", date(2026, 1, 1), 20)
    status = main(["import", "--lang", "en", "--db", str(configured.path), str(csv)])
    err = capsys.readouterr().err
    assert status == 1
    assert len(err.strip().splitlines()) == 1 and FULL in err and "Traceback" not in err
    assert visit_count(configured) == 0


def test_the_command_line_maps_an_os_error_it_did_not_expect(
    english: None,
    configured: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def gone(*_args: object, **_kwargs: object) -> object:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(importing, "apply", gone)
    csv = visits_csv(tmp_path / "v.csv", "TV1", date(2026, 1, 1), 2)
    status = main(["import", "--lang", "en", "--db", str(configured.path), str(csv)])
    err = capsys.readouterr().err
    assert status == 1 and GONE in err and str(configured.path) in err
