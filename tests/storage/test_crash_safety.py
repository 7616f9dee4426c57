"""Kill the program with SIGKILL in the middle of saves and imports, many times, at random.

Two child programs (tests/storage/crash_child.py) run side by side on two
databases: one saves visits one day at a time, the other imports CSV files of
2,000 rows one file at a time. Each prints an acknowledgement after a write
returned. The parent kills both at seeded random moments (some while they are
still starting) and checks after every kill that every acknowledged write is
there with its value, that no import is partly there, that SQLite's
integrity_check passes and that the lock died with the program.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.facility import Facility
from desktop_app.services import facilities, instance, setup
from desktop_app.services.workspace import Workspace
from desktop_app.storage.instance_lock import acquire
from tests.conftest import TODAY
from tests.import_samples import write_csv
from tests.storage.crash_child import value

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261122
MIN_KILLS = 30
MAX_ROUNDS = 40
DAYS_PER_RUN = 1500
ROWS_PER_FILE = 2000
FIRST_DAY = date(2015, 3, 1)  # TV1 opened that day
IMPORT_FACILITIES = 10
IMPORT_START = date(2010, 1, 1)
IMPORT_SPANS = 3  # files per facility: 3 x 2,000 days from 2010 stay before today
ACKS_BEFORE_KILL = {"visits": 150, "import": 1}  # at most, before the random delay starts


def make_database(path: Path, codes: list[str]) -> dict[str, int]:
    workspace = Workspace.open(path)
    try:
        setup.configure_unit(
            workspace, setup.prepare_unit(province_code="66", commune_code="24175")
        )
        ids = {}
        for code in codes:
            kind, opened = ("TV_XA", FIRST_DAY) if code == "TV1" else ("NVH_THON", None)
            added = facilities.add_facility(
                workspace,
                Facility(code=code, type_code=kind, name=f"Thiết chế {code}", opened_on=opened),
                TODAY,
            )
            assert added.id is not None
            ids[code] = added.id
        return ids
    finally:
        workspace.close()


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(path), isolation_level=None)


def integrity(path: Path) -> list[str]:
    conn = connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@dataclass
class VisitsLog:
    """What the visits child was told to write and what it acknowledged."""

    db: Path
    facility_id: int
    # the values a day may hold now (None: absent); acknowledged days allow exactly one
    allowed: dict[date, set[int | None]] = field(default_factory=dict)
    cursor: int = 0  # the next run starts at FIRST_DAY + cursor days
    run: int = 0
    planned: list[date] = field(default_factory=list)  # the days of the current run, in order

    def args(self) -> list[str]:
        self.run += 1
        if FIRST_DAY + timedelta(days=self.cursor) >= TODAY:
            self.cursor = 0  # every day written: write them again, with other figures
        first = FIRST_DAY + timedelta(days=self.cursor)
        count = min(DAYS_PER_RUN, (TODAY - first).days + 1)
        self.planned = [first + timedelta(days=n) for n in range(count)]
        return [
            "visits",
            str(self.db),
            str(self.facility_id),
            str(self.run),
            first.isoformat(),
            str(count),
        ]

    def record(self, output: str) -> None:
        acked = [line.split() for line in output.splitlines() if line.startswith("ack ")]
        for index, (_ack, day_text, total_text) in enumerate(acked):
            day = date.fromisoformat(day_text)
            assert day == self.planned[index], "acknowledged in order"
            assert int(total_text) == value(self.run, day)
            self.allowed[day] = {int(total_text)}
        if len(acked) < len(self.planned):  # killed while saving this one: either is fine
            in_flight = self.planned[len(acked)]
            self.allowed.setdefault(in_flight, {None}).add(value(self.run, in_flight))
        self.cursor += len(acked)

    def verify(self) -> None:
        conn = connect(self.db)
        try:
            stored = {
                date.fromisoformat(day): total
                for day, total in conn.execute(
                    "SELECT day, total FROM visits WHERE facility_id = ?", [self.facility_id]
                )
            }
        finally:
            conn.close()
        for day in set(stored) | set(self.allowed):
            found = stored.get(day)
            assert found in self.allowed.get(day, {None}), (
                f"{day}: {found} not in {self.allowed.get(day)}"
            )
            self.allowed[day] = {found}  # what survived is now fixed


@dataclass
class ImportLog:
    """The files of the import child, and which were acknowledged."""

    db: Path
    files: dict[str, tuple[int, date, int]]  # name -> facility id, first day, rows
    acked: set[str] = field(default_factory=set)
    queue: list[str] = field(default_factory=list)

    def args(self) -> list[str]:
        if not self.queue:
            self.queue = list(self.files)  # all imported: import them all again
        return ["import", str(self.db), *self.queue]

    def record(self, output: str) -> None:
        done = [
            line.split(" ", 2)[2] for line in output.splitlines() if line.startswith("ack import ")
        ]
        assert done == self.queue[: len(done)], "acknowledged in order"
        self.acked.update(done)
        self.queue = self.queue[len(done) :]

    def verify(self) -> None:
        conn = connect(self.db)
        try:
            for name, (facility_id, first, rows) in self.files.items():
                last = first + timedelta(days=rows - 1)
                present = dict(
                    conn.execute(
                        "SELECT day, total FROM visits"
                        " WHERE facility_id = ? AND day BETWEEN ? AND ?",
                        [facility_id, first.isoformat(), last.isoformat()],
                    ).fetchall()
                )
                assert len(present) in (0, rows), (
                    f"{name} is partly imported: {len(present)} of {rows}"
                )
                if name in self.acked:
                    assert len(present) == rows, f"{name} was acknowledged but is missing"
                expected = {
                    (first + timedelta(days=n)).isoformat(): 1 + n % 97 for n in range(rows)
                }
                assert not present or present == expected, f"{name} holds other figures"
        finally:
            conn.close()


def import_files(folder: Path, ids: dict[str, int]) -> dict[str, tuple[int, date, int]]:
    files = {}
    for code, facility_id in ids.items():
        for span in range(IMPORT_SPANS):
            first = IMPORT_START + timedelta(days=span * ROWS_PER_FILE)
            rows = [
                [(first + timedelta(days=n)).isoformat(), code, str(1 + n % 97)]
                for n in range(ROWS_PER_FILE)
            ]
            path = write_csv(
                folder / f"{code}-{span}.csv", ["ngay", "ma_thiet_che", "tong_luot"], rows
            )
            files[str(path)] = (facility_id, first, ROWS_PER_FILE)
    return files


def finish(child: subprocess.Popen[str]) -> tuple[str, str]:
    """The rest of a dead or finished child's output, read through the same buffers.

    ``communicate()`` would read the pipes' file descriptors directly and lose
    whatever :func:`wait_for_acks`'s ``readline`` had already buffered.
    """
    assert child.stdout is not None and child.stderr is not None
    with child.stdout, child.stderr:
        output, errors = child.stdout.read(), child.stderr.read()
    child.wait()
    return output, errors


def wait_for_acks(child: subprocess.Popen[str], count: int) -> str:
    """Read the child's output until it is open and has acknowledged ``count`` writes."""
    assert child.stdout is not None
    lines = [child.stdout.readline()]
    assert lines[0] == "ready\n", lines[0] + finish(child)[1]
    while count > 0 and lines[-1]:
        lines.append(child.stdout.readline())
        count -= lines[-1].startswith("ack ")
    return "".join(lines)


def test_sigkill_in_the_middle_of_saves_and_imports_loses_nothing_acknowledged(
    tmp_path: Path,
) -> None:
    visits_db, import_db = tmp_path / "visits.sqlite3", tmp_path / "import.sqlite3"
    visits_log = VisitsLog(visits_db, make_database(visits_db, ["TV1"])["TV1"])
    import_codes = [f"N{n}" for n in range(IMPORT_FACILITIES)]
    import_log = ImportLog(
        import_db, import_files(tmp_path, make_database(import_db, import_codes))
    )
    rng = random.Random(SEED)
    kills = {"visits": 0, "import": 0}
    rounds = 0
    started = time.monotonic()
    while sum(kills.values()) < MIN_KILLS and rounds < MAX_ROUNDS:
        rounds += 1
        logs = {"visits": visits_log, "import": import_log}
        children = {kind: spawn(*log.args()) for kind, log in logs.items()}
        deadline, read = {}, {}
        for kind, child in children.items():
            if rng.random() < 0.15:  # now and then, while it is still opening the database
                deadline[kind], read[kind] = time.monotonic() + rng.uniform(0.05, 0.4), ""
                continue
            # Then a random moment of the work: after a random number of acknowledgements
            # (so that a slow, busy machine still kills in the middle), plus a random delay.
            read[kind] = wait_for_acks(child, rng.randint(0, ACKS_BEFORE_KILL[kind]))
            deadline[kind] = time.monotonic() + rng.uniform(0.0, 0.25)
        for kind in sorted(deadline, key=deadline.__getitem__):
            time.sleep(max(0.0, deadline[kind] - time.monotonic()))
            child = children[kind]
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
                kills[kind] += 1
            output, errors = finish(child)
            assert "Traceback" not in errors, errors
            logs[kind].record(read[kind] + output)
        for log in logs.values():
            log.verify()
            assert integrity(log.db) == ["ok"]
            acquire(log.db).release()  # the lock died with the program
    elapsed = time.monotonic() - started
    assert sum(kills.values()) >= MIN_KILLS, (kills, rounds, elapsed)
    assert min(kills.values()) >= MIN_KILLS // 3, kills
    assert import_log.acked and len(visits_log.allowed) > 100  # real work was acknowledged
    for db in (visits_db, import_db):
        opened = instance.open_exclusive(db, create=False)  # lock free, quick check passes
        opened.close()
