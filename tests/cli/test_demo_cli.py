"""``demo``: a commune with a year of data in a new database; a database with data is refused."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store, import_store
from tests.cli.test_cli import htsd


def test_demo_builds_a_year_then_refuses_to_run_again(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    result = htsd("demo", "--db", str(db), "--years", "1", "--lang", "en", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
    assert "Xã Hòa Phú" in result.stdout and "8 facilities" in result.stdout

    workspace = Workspace.open(db, create=False)
    counts = import_store.count_rows(workspace.db)
    assert workspace.unit().commune_code == "24175"
    assert facility_store.count_facilities(workspace.db) == 8
    workspace.close()
    assert counts["visits"] > 1800 and counts["club_sessions"] > 300

    again = htsd("demo", "--db", str(db), "--years", "1", "--lang", "en", data_dir=data_dir)
    assert again.returncode == 2
    assert again.stdout == ""
    assert len(again.stderr.strip().splitlines()) == 1
    assert "already holds facilities or records" in again.stderr
    workspace = Workspace.open(db, create=False)
    assert import_store.count_rows(workspace.db) == counts
    workspace.close()


def test_demo_years_must_make_sense(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    for years in ("0", "abc"):
        result = htsd("demo", "--db", str(db), "--years", years, data_dir=data_dir)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1
    assert not db.exists()
