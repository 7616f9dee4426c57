"""Daily-logging benchmark: one visits cell, one facility-month, ten years of visits imported,
and one large file: 1,000,000 activities (a CSV of about 45 MB) imported by the command line.

Data: 10 years of daily visits for 6 facilities (about 22,000 rows), 50 clubs with
weekly sessions and 3,000 activities, built with the demo generator and the bulk
upserts. Targets (medians): committing one visits cell <= 15 ms (the service call
the visits grid makes), opening a facility-month <= 100 ms, importing the ten
years of visits from a CSV file <= 3 s (through the import use case); the large
file (an ``htsd import`` process, all or nothing) <= 60 s using <= 500 MB at
its peak (the process's maximum resident set). Baseline before streaming (issue
16): 144 s and 1.33 GB.

    .venv/bin/python benchmarks/data_entry.py [--runs 200] [--large-rows 1000000]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script: the project's root, not this folder, goes first on sys.path.
if sys.path and Path(sys.path[0] or ".").resolve() == HERE:
    sys.path[0] = str(HERE.parent)
elif str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

import argparse  # noqa: E402
import csv  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import replace  # noqa: E402
from datetime import date, timedelta  # noqa: E402

from desktop_app.domain.activities import TYPES, Activity, validated_activity  # noqa: E402
from desktop_app.domain.clubs import Club, validated_club, validated_session  # noqa: E402
from desktop_app.domain.facility import Facility  # noqa: E402
from desktop_app.domain.visits import VisitDay, validated_visit  # noqa: E402
from desktop_app.services import facilities, setup  # noqa: E402
from desktop_app.services.demo import demo  # noqa: E402
from desktop_app.services.demo import demo_calendar as cal  # noqa: E402
from desktop_app.services.importing import importing  # noqa: E402
from desktop_app.services.workspace import Workspace  # noqa: E402
from desktop_app.storage import (  # noqa: E402
    activities_store,
    clubs_store,
    import_store,
    visits_store,
)

CELL_TARGET_MS = 15.0
MONTH_TARGET_MS = 100.0
IMPORT_TARGET_S = 3.0
LARGE_TARGET_S = 60.0
LARGE_TARGET_MB = 500.0
LARGE_BASELINE = (144.0, 1330.0)  # seconds, MB: the figures before streaming
YEARS = 10
SPECS = demo.FACILITIES[:6]  # library, two reading rooms, culture centre, two culture houses

try:  # the visits grid's service (the lead's); fall back to storage when absent
    from desktop_app.services import visits as visits_service
except ImportError:  # pragma: no cover - only before the visits screen exists
    visits_service = None  # type: ignore[assignment]


def build(path: Path, today: date) -> tuple[Workspace, list[Facility], list[VisitDay]]:
    """Facilities, clubs, sessions and activities stored; the visits returned for the CSV."""
    workspace = Workspace.open(path)
    setup.configure_unit(workspace, setup.prepare_unit(province_code="66", commune_code="24175"))
    first, last = cal.span(YEARS, today)
    rng = random.Random(2026)
    added = [
        facilities.add_facility(
            workspace,
            Facility(s.code, s.type_code, s.name, opened_on=first - timedelta(days=400)),
            today,
        )
        for s in SPECS
    ]
    visits = []
    for spec, facility in zip(SPECS, added, strict=True):
        logged = {v.day: v for v in demo.visit_rows(rng, spec, facility.id or 0, first, last)}
        for day in cal.days(first, last):  # every day, so ~22,000 rows (closed days count 1)
            visits.append(logged.get(day) or VisitDay(facility.id or 0, day, total=1))
    clubs = [
        validated_club(
            Club(f"B{n:02d}", f"Câu lạc bộ số {n}", "clb", "van_nghe", added[n % 6].id or 0,
                 founded_on=first - timedelta(days=30), members=20 + n % 15),
            today,
        )
        for n in range(1, 51)
    ]  # fmt: skip
    ids = clubs_store.upsert_clubs(workspace.db, clubs)
    sessions = [
        validated_session(session, club, today)
        for club in (replace(c, id=ids[c.code]) for c in clubs)
        for session in demo.session_rows(rng, club, (club.id or 0) % 7, first, last)
    ]
    clubs_store.upsert_sessions(workspace.db, sessions)
    kinds = list(TYPES)
    activities = []
    for n in range(3000):
        day = first + timedelta(days=rng.randrange((last - first).days))
        facility = added[n % 6]
        activities.append(
            validated_activity(
                Activity(day, day, facility.id or 0, kinds[n % len(kinds)],
                         f"Hoạt động số {n}", participants=rng.randint(10, 300)),
                facility,
                today,
            )
        )  # fmt: skip
    activities_store.upsert_activities(workspace.db, activities)
    return workspace, added, visits


def write_visits_csv(path: Path, rows: list[VisitDay], codes: dict[int, str]) -> Path:
    """The visits layout of domain.md §9, dd/mm/yyyy, UTF-8 with BOM as Excel writes it."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["ngay", "ma_thiet_che", "tong_luot", "thieu_nhi", "cao_tuoi", "khuyet_tat",
             "dan_toc_thieu_so", "nu", "luu_dong", "luot_tai_lieu", "the_moi", "uoc_tinh"]
        )  # fmt: skip
        for v in rows:
            writer.writerow(
                [v.day.strftime("%d/%m/%Y"), codes[v.facility_id], v.total, v.children,
                 v.elderly, v.disabled, v.ethnic_minority, v.women, v.mobile, v.documents,
                 v.new_cards, int(v.estimated)]
            )  # fmt: skip
    return path


def write_activities_csv(path: Path, rows: int, codes: list[str], first: date) -> int:
    """``rows`` distinct activities over ten years, the columns a commune's log would have."""
    kinds = list(TYPES)
    span = YEARS * 365
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("ngay,ma_thiet_che,loai,ten,tong_nguoi\n")
        lines = []
        for n in range(rows):
            day = first + timedelta(days=n % span)
            lines.append(
                f"{day:%d/%m/%Y},{codes[n % len(codes)]},{kinds[n % len(kinds)]},"
                f"Hoạt động {n},{10 + n % 300}\n"
            )
            if len(lines) == 10_000:
                handle.writelines(lines)
                lines.clear()
        handle.writelines(lines)
    return path.stat().st_size


def large_import(folder: Path, rows: int, today: date) -> tuple[float, float, float, int]:
    """Seconds (wall clock and CPU) and peak MB of ``htsd import`` of ``rows`` activities
    into a fresh commune, and the CSV's size."""
    import os
    import resource
    import subprocess

    db_path = folder / "large.sqlite3"
    workspace = Workspace.open(db_path)
    setup.configure_unit(workspace, setup.prepare_unit(province_code="66", commune_code="24175"))
    first, _last = cal.span(YEARS, today)
    added = [
        facilities.add_facility(
            workspace,
            Facility(s.code, s.type_code, s.name, opened_on=first - timedelta(days=400)),
            today,
        )
        for s in SPECS
    ]
    workspace.close()
    csv_path = folder / "hoat-dong.csv"
    size = write_activities_csv(csv_path, rows, [f.code for f in added], first)
    env = {**os.environ, "HTSD_DATA_DIR": str(folder / "data")}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "import", "--db", str(db_path), str(csv_path)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the large import failed: {done.stderr.strip()}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss / 1024  # KB on Linux
    cpu = usage.ru_utime + usage.ru_stime  # what the process itself used, whatever the load
    check = Workspace.open(db_path)
    stored = import_store.count_rows(check.db)["activities"]
    check.close()
    assert stored == rows, f"{stored} activities stored of {rows}"
    return seconds, cpu, peak, size


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def commit_cell(workspace: Workspace, visit: VisitDay, today: date) -> None:
    """What the grid does when a cell is committed."""
    if visits_service is not None:
        visits_service.save_visit(workspace, visit, today)
        return
    from desktop_app.services.locks import ensure_open
    from desktop_app.storage.facility_store import get_facility

    validated_visit(visit, get_facility(workspace.db, visit.facility_id), today)
    ensure_open(workspace, visit.day)
    import_store.write_visit_days(workspace.db, [visit])


def open_month(workspace: Workspace, facility_id: int, year: int, month: int, today: date) -> None:
    """What the grid reads when it shows a facility-month."""
    if visits_service is not None:
        visits_service.month(workspace, facility_id, year, month, today)
        return
    first = date(year, month, 1)
    visits_store.visits_between(workspace.db, facility_id, first, first + timedelta(days=30))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="cells committed, months opened")
    parser.add_argument(
        "--large-rows", type=int, default=1_000_000, help="activities in the large file (0: skip)"
    )
    options = parser.parse_args()
    today = date.today()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        workspace, added, visits = build(Path(folder) / "commune.sqlite3", today)
        codes = {f.id: f.code for f in added}
        csv_path = write_visits_csv(Path(folder) / "luot-ban-doc.csv", visits, codes)
        imports = [timed(lambda: importing.apply(workspace, [csv_path], today=today))]
        imports += [timed(lambda: importing.apply(workspace, [csv_path], today=today))
                    for _ in range(2)]  # fmt: skip  # re-imports replace, never double
        stored = import_store.count_rows(workspace.db)
        assert stored["visits"] == len(visits), "a re-import doubled the visits"
        cells = []
        for _ in range(options.runs):
            visit = rng.choice(visits)
            cells.append(timed(lambda v=visit: commit_cell(
                workspace, replace(v, total=v.total + 1, women=0), today)))  # fmt: skip
        months = []
        for _ in range(options.runs):
            facility = rng.choice(added)
            day = rng.choice(visits).day
            months.append(timed(lambda f=facility, d=day: open_month(
                workspace, f.id, d.year, d.month, today)))  # fmt: skip
        workspace.close()
        large = (
            large_import(Path(folder), options.large_rows, today) if options.large_rows else None
        )
    source = "services.visits" if visits_service is not None else "storage (no visits service)"
    print(
        f"data: {YEARS} years, {len(added)} facilities, {stored['visits']} visit days, "
        f"{stored['clubs']} clubs, {stored['club_sessions']} sessions, "
        f"{stored['activities']} activities; runs: {options.runs}; measured via {source}"
    )
    results = [
        ("commit one visits cell", statistics.median(cells) * 1000, CELL_TARGET_MS, "ms"),
        ("open a facility-month", statistics.median(months) * 1000, MONTH_TARGET_MS, "ms"),
        (f"import {len(visits)} visit rows", statistics.median(imports), IMPORT_TARGET_S, "s"),
    ]
    over = False
    for label, value, target, unit in results:
        ratio = value / target
        verdict = "OK" if ratio <= 1 else "OVER TARGET"
        over |= ratio > 1
        print(
            f"{label:<28}median {value:8.2f} {unit:<2} (target <= {target:g} {unit}, "
            f"ratio {ratio:.2f}): {verdict}"
        )
    print(
        f"import runs (first insert, then re-imports): {', '.join(f'{t:.2f}' for t in imports)} s"
    )
    if large is not None:
        seconds, cpu, peak, size = large
        print(
            f"large import: {options.large_rows} activity rows, {size / 1024 / 1024:.1f} MB CSV, "
            f"one htsd import process; CPU time {cpu:.1f} s (the wall clock below includes "
            f"waiting for a shared CPU)"
        )
        for label, value, target, base, unit in (
            ("  time", seconds, LARGE_TARGET_S, LARGE_BASELINE[0], "s"),
            ("  peak memory", peak, LARGE_TARGET_MB, LARGE_BASELINE[1], "MB"),
        ):
            ratio = value / target
            over |= ratio > 1
            print(
                f"{label:<28}{value:9.1f} {unit:<2} (target <= {target:g} {unit}, ratio "
                f"{ratio:.2f}; baseline {base:g} {unit}, {base / value:.1f}x better): "
                f"{'OK' if ratio <= 1 else 'OVER TARGET'}"
            )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
