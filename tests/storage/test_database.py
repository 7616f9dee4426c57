import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop_app.domain.messages import UserError
from desktop_app.storage import migrations as schema
from desktop_app.storage.database import open_database, pre_migration_dir, schema_version
from desktop_app.storage.integrity import check_integrity


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_creates_a_new_database_with_safe_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    db = open_database(path)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert schema_version(db) == schema.SCHEMA_VERSION == len(schema.step_names())
    assert {"settings", "facilities", "facility_profiles"} <= set(db.table_names())
    assert check_integrity(db).ok
    db.close()
    assert not pre_migration_dir(path).exists()  # nothing to copy for a new file


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO facility_profiles (facility_id, effective_from) VALUES (999, '2024-01-01')"
        )
    db.close()


def test_reopening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert not pre_migration_dir(path).exists()


def _longer_schema() -> Migrations:
    steps = Migrations(schema.MIGRATION_SET)
    for name in schema.step_names():
        steps(name=name)(lambda db: None)

    @steps(name="9999_test_step")
    def _extra(db: Database) -> None:
        db.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    return steps


def test_a_copy_is_taken_before_upgrading_and_data_survives(tmp_path: Path) -> None:
    path = tmp_path / "commune.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('unit_name', 'Xã Hòa Phú')")
    db.close()

    db = open_database(path, steps=_longer_schema())
    assert "extra" in db.table_names()
    assert db.execute("SELECT value FROM settings").fetchone()[0] == "Xã Hòa Phú"
    db.close()

    copies = list(pre_migration_dir(path).glob("commune-before-schema-*.sqlite3"))
    assert len(copies) == 1
    copy = Database(copies[0])
    assert "extra" not in copy.table_names()
    assert copy.execute("SELECT value FROM settings").fetchone()[0] == "Xã Hòa Phú"
    copy.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path, steps=_longer_schema()).close()
    before = _digest(path)
    with pytest.raises(UserError) as caught:
        open_database(path)
    assert "newer version" in caught.value.message.source()
    assert _digest(path) == before


def test_user_version_beyond_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    db = open_database(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(UserError, match="newer version"):
        open_database(path)


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 10, b"PK\x03\x04 an xlsx perhaps", b"\x00" * 512]
)
def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    with pytest.raises(UserError, match="not a database of this program"):
        open_database(path)
    assert path.read_bytes() == content


def test_someone_elses_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE songs (title TEXT)")
    other.commit()
    other.close()
    with pytest.raises(UserError, match="not a database of this program"):
        open_database(path)


def test_missing_file_is_refused_when_create_is_off(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        open_database(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is a folder"):
        open_database(tmp_path)


def test_migrate_false_leaves_an_old_schema_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    db = open_database(path, steps=_longer_schema(), migrate=False)
    assert "extra" not in db.table_names()
    db.close()


def _rollback_journal_db(path: Path, *, ours: bool, user_version: int = 0) -> None:
    conn = sqlite3.connect(path)
    if ours:
        conn.execute(
            "CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, "
            "name TEXT, applied_at TEXT)"
        )
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('htsd', '9999_from_the_future', 'x')"
        )
    else:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("ours", [True, False])
def test_refused_files_are_not_even_switched_to_wal(tmp_path: Path, ours: bool) -> None:
    path = tmp_path / "x.sqlite3"
    _rollback_journal_db(path, ours=ours)
    before = _digest(path)
    with pytest.raises(UserError):
        open_database(path)
    with pytest.raises(UserError):
        open_database(path, migrate=False)
    assert _digest(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_another_apps_migrations_table_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    other = Database(path)
    steps = Migrations("someone-else")
    steps(name="create")(lambda db: db.execute("CREATE TABLE t (x)"))
    steps.apply(other)
    other.close()
    with pytest.raises(UserError, match="not a database of this program"):
        open_database(path)


def test_a_damaged_file_is_reported_as_damaged(tmp_path: Path) -> None:
    from desktop_app.storage.database import DamagedDatabaseError

    path = tmp_path / "a.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    from desktop_app.storage.database import close_database

    close_database(db)
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page
    path.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        open_database(path)


def test_a_file_interrupted_before_its_first_step_opens(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    half = Database(path)
    schema.migrations.ensure_migrations_table(half)
    half.close()
    db = open_database(path)
    assert schema_version(db) == schema.SCHEMA_VERSION
    db.close()


def test_closing_folds_the_log_into_the_file(tmp_path: Path) -> None:
    from desktop_app.storage.database import close_database

    path = tmp_path / "a.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    close_database(db)
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copied-alone.sqlite3"
    copy.write_bytes(path.read_bytes())  # what a user copies to a USB stick
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone()[0] == "v"
    conn.close()


def test_user_version_is_the_number_of_steps(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    db.close()
