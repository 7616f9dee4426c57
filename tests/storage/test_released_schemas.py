"""A database of every released schema version opens in this program with its data intact.

The fixtures in tests/fixtures/ were written by ``tests/fixtures/make_fixtures.py``
with the first N schema steps only (see tests/fixtures/README.md). Each test
copies one, reads every table with plain sqlite3, opens it with the program
(which upgrades it), and reads the same tables again: the original columns must
hold the same rows. Steps added later may add tables and columns, never change
what was there.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.periods import parse_period
from desktop_app.services.reporting.period_values import indicator_values
from desktop_app.services.workspace import Workspace
from desktop_app.storage.database import open_database, pre_migration_dir, schema_version
from desktop_app.storage.integrity import check_integrity
from desktop_app.storage.migrations import SCHEMA_VERSION, step_names
from tests.fixtures.make_fixtures import FILLERS, fixture_path, released_steps

# Every schema version that went out in a release. Releasing a new version means: add its
# number here, add a filler to FILLERS in tests/fixtures/make_fixtures.py and run
# ``python -m tests.fixtures.make_fixtures N`` to write tests/fixtures/schema-N.sqlite3.
RELEASED = (1, 2)

FOLDER = Path(__file__).resolve().parents[1] / "fixtures"
MAX_FIXTURE_BYTES = 300_000
# Tables whose rows a later step may add to (never change): the record of applied
# steps, and the key/value settings (a new setting is a new key).
MAY_GROW = frozenset({"_sqlite_migrations", "settings"})

Rows = list[tuple[tuple[str, object], ...]]
Snapshot = dict[str, tuple[list[str], Rows]]


def _fixture_versions() -> list[int]:
    found = (re.fullmatch(r"schema-(\d+)\.sqlite3", p.name) for p in FOLDER.iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def _snapshot(path: Path, only: Snapshot | None = None) -> Snapshot:
    """Every table's columns and rows (each value with its type), rows sorted.

    With ``only``, read just those tables and columns (the data before an upgrade).
    """
    conn = sqlite3.connect(path)
    try:
        if only is None:
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
        else:
            columns = {t: cols for t, (cols, _rows) in only.items()}
        snapshot: Snapshot = {}
        for table, names in columns.items():
            listed = ", ".join(f'"{n}"' for n in names)
            rows = [
                tuple((type(v).__name__, v) for v in row)
                for row in conn.execute(f'SELECT {listed} FROM "{table}"')
            ]
            snapshot[table] = (names, sorted(rows, key=repr))
        return snapshot
    finally:
        conn.close()


def _copy(version: int, tmp_path: Path) -> Path:
    path = tmp_path / "commune.sqlite3"
    shutil.copyfile(fixture_path(version), path)
    return path


# -- the list of fixtures ------------------------------------------------------------------
def test_every_released_version_has_a_fixture_and_a_filler() -> None:
    assert tuple(range(1, len(RELEASED) + 1)) == RELEASED
    assert max(RELEASED) <= SCHEMA_VERSION
    assert _fixture_versions() == list(RELEASED)
    assert set(RELEASED) <= set(FILLERS)


@pytest.mark.parametrize("version", RELEASED)
def test_a_fixture_is_small_complete_and_of_its_version(version: int, tmp_path: Path) -> None:
    fixture = fixture_path(version)
    assert fixture.stat().st_size <= MAX_FIXTURE_BYTES
    assert not Path(f"{fixture}-wal").exists() and not Path(f"{fixture}-shm").exists()
    conn = sqlite3.connect(_copy(version, tmp_path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()
    assert applied == step_names()[:version]


def _schema(path: Path) -> dict[tuple[str, str], str]:
    """Our tables, indexes and triggers (not sqlite-utils' record of applied steps)."""
    conn = sqlite3.connect(path)
    try:
        return {
            (kind, name): sql
            for kind, name, sql in conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                "AND tbl_name != '_sqlite_migrations'"
            )
        }
    finally:
        conn.close()


@pytest.mark.parametrize("version", RELEASED)
def test_released_steps_still_build_the_released_schema(version: int, tmp_path: Path) -> None:
    """A released step may never be edited: today's first N steps build the fixture's schema."""
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh, steps=released_steps(version)).close()
    assert _schema(fresh) == _schema(_copy(version, tmp_path))


# -- the upgrade -----------------------------------------------------------------------------
@pytest.mark.parametrize("version", RELEASED)
def test_the_data_survives_the_upgrade_unchanged(version: int, tmp_path: Path) -> None:
    path = _copy(version, tmp_path)
    before = _snapshot(path)
    assert sum(len(rows) for _cols, rows in before.values()) > 10  # a fixture with data

    workspace = Workspace.open(path)
    try:
        assert schema_version(workspace.db) == SCHEMA_VERSION
        assert check_integrity(workspace.db).ok
    finally:
        workspace.close()

    after = _snapshot(path, only=before)
    for table, (columns, rows) in before.items():
        kept = after[table][1]
        if table in MAY_GROW:
            assert set(rows) <= set(kept), table
        else:
            assert kept == rows, f"{table} ({', '.join(columns)}) changed in the upgrade"

    copies = sorted(pre_migration_dir(path).glob("commune-before-schema-*.sqlite3"))
    if version < SCHEMA_VERSION:
        assert len(copies) == 1
        assert _snapshot(copies[0]) == before  # the copy is the file as it was
    else:
        assert copies == []  # nothing to upgrade, nothing copied


# What make_fixtures.py typed, counted by hand for the first quarter of 2026 (calendar,
# 01/01-31/03/2026), previous year 2025-Q1 (baseline TV01 2, TV04 80, TV04a 30 only).
#
# Facilities open in the quarter: TV1 (TV_XA), PD1 (PD_THON), NVH1 (NVH_THON), BT1 (BT);
# TV2 (TV_CD) closed on 31/12/2025 and does not count.
#   TV01 libraries = TV1, PD1 = 2.   VH01 culture = NVH1 = 1.
#   Profiles in force on 31/03: TV1 from 01/02/2026 (6 computers, 6 with Internet, 3500
#   books, library software), PD1 (0 computers, 800 books), NVH1 (2 computers, 1 with
#   Internet), BT1 none.
#   TV07 = 3500 + 800 = 4300.  CS01 = 6 + 0 + 2 = 8.  CS02 = 6 + 1 = 7.  CS10 = TV1 = 1.
VERSION_1 = {"TV01": 2, "TV07": 4300, "VH01": 1, "CS01": 8, "CS02": 7, "CS10": 1}
# TV1 is the commune library (TV_XA) and NVH1 a village culture house: TV01a = VH01a = 1.
VERSION_1 |= {"TV01a": 1, "VH01a": 1}
#
# Version 2 adds the logs (rows outside the quarter: visits 10/01/2025 and 30/12/2025,
# activity 20/12/2025, CLB4's session 05/03/2025).
# Visits at libraries (total, children, elderly, disabled, ethnic, women, mobile, docs, cards):
#   TV1 05/01 20 8 3 0 1 11 0 25 2 | 06/01 15 5 2 1 0 7 0 18 0 | 10/02 30 12 4 0 2 16 10 40 3
#   TV1 15/03 25 9 5 0 0 13 0 30 1 | PD1 01/03 10 6 1 0 0 5 0 12 0
#   TV04 = 100, a = 40, b = 15, c = 1, d = 3, e = 52, f = 10; TV05 = 125; TV06 = 6.
#   TV10 = (100 - 80) / 80 x 100 = 25.0.   VH09 = NVH1's 60 + 45 = 105.
# Activities in the quarter: TV1 talk (lifelong learning, 40 people), TV1 display (120),
#   NVH1 performance (200), NVH1 digital-skills class 30/03-02/04 (lifelong learning, 25).
#   TV08 = 1 (the talk), TV09 = 40.  VH07 = 2 (NVH1's), VH08 = 200 + 25 = 225.
# Clubs (members, women, children, elderly; sessions in the quarter):
#   CLB1 clb at NVH1 (25, 20, 2, 6) met in Jan, Feb, Mar: 18 + 20 + 22 -> active.
#   CLB2 nhom_so_thich at TV1 (3, 2, 3, 0) met in Jan, Mar: 3 + 3 -> active (2 of 3 months).
#   CLB3 lop_nang_khieu at NVH1 (15, 5, 10, 0) met in Feb only: 12 -> not active.
#   CLB4 closed 30/06/2025.
#   VH03 = 2 (a clb 1, b lop 0, c nhom 1); VH04 = 28, a = 22, b = 5, c = 6.
#   VH05 = 3 + 2 + 1 = 6 sessions; VH06 = 60 + 6 + 12 = 78.
#   VH02: NVH1 hosts active CLB1 and held sessions or activities in Jan, Feb, Mar = 1.
# Digital: TV1 may_tinh 14, tai_nguyen_so 30, so_hoa 50, ky_nang_so 2 (18 people);
#   NVH1 truc_tuyen 1 (35 people). CS03..CS09 = 14, 30, 50, 1, 35, 2, 18.
#   TV02 = TV1 (talk, skills session, CLB2) = 1; TV03 = TV1 (Internet + digital rows) = 1.
# Museum BT1: 15/01 (40, 25, 5, 1, 0) + 08/03 (60, 30, 0, 2, 1):
#   BT01 = 100, BT01a = 55, BT02 = 5, BT03 = 3, BT04 = 1; BT05 empty (no BT01a last year).
VERSION_2 = {
    **VERSION_1,
    **{"TV02": 1, "TV02a": 1, "TV03": 1, "TV03a": 1, "TV04": 100, "TV04a": 40, "TV04b": 15},
    **{"TV04c": 1, "TV04d": 3},
    **{"TV04e": 52, "TV04f": 10, "TV05": 125, "TV06": 6, "TV08": 1, "TV09": 40, "TV10": 25.0},
    **{"VH02": 1, "VH03": 2, "VH03a": 1, "VH03b": 0, "VH03c": 1, "VH04": 28, "VH04a": 22},
    **{"VH04b": 5, "VH04c": 6, "VH05": 6, "VH06": 78, "VH07": 2, "VH08": 225, "VH09": 105},
    **{"CS03": 14, "CS04": 30, "CS05": 50, "CS06": 1, "CS07": 35, "CS08": 2, "CS09": 18},
    **{"BT01": 100, "BT01a": 55, "BT02": 5, "BT03": 3, "BT04": 1},
}
EXPECTED = {1: (VERSION_1, "none"), 2: (VERSION_2, "baseline")}
GROWTH = ("TV10", "BT05")  # empty without last year's figure, never 0


@pytest.mark.parametrize("version", RELEASED)
def test_the_upgraded_database_reports_the_hand_counted_values(
    version: int, tmp_path: Path
) -> None:
    expected, source = EXPECTED[version]
    workspace = Workspace.open(_copy(version, tmp_path))
    try:
        values = indicator_values(workspace, parse_period("2026-Q1", "calendar"))
    finally:
        workspace.close()
    wanted = {code: expected.get(code, None if code in GROWTH else 0) for code in values.current}
    assert values.current == wanted
    assert values.previous_source == source
    if version >= 2:
        assert (values.previous["TV04"], values.previous["TV04a"]) == (80, 30)
