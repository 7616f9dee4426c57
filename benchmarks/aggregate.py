"""Aggregation benchmark: 300 commune workbooks in, one consolidated workbook out.

Data: 300 workbooks written by the program's own export (``build_unit_report``
on four demo communes of different seeds, then ``write_unit_workbook`` once per
commune, each with its own commune code), for the 168 communes of the largest
province (79, Hồ Chí Minh City) and, to reach 300 files, a second send from
132 of them (as a messy inbox holds). They are made once and kept in
``benchmarks/.cache/``.

Timed side by side in one run (medians):

- ours: ``python -m desktop_app aggregate`` in-process, reading, checking and
  writing the consolidated workbook. Target: at most 2 s; then its two halves
  apart: reading and checking every file (``aggregate``), and writing the
  consolidated workbook of one such result (``write_rollup``);
- ``pandas.read_excel(path, sheet_name=None)`` over the same files, the script a
  district IT person would write. Target: ours at least 5 times faster;
- the floor: ``zipfile`` and ``xml.etree`` reading the ``_meta`` and ``_data``
  sheets of every file, and nothing else.

Every figure is wall time; the process's CPU time is printed beside ours, and
that of the worker processes the aggregation starts to read files on the other
cores (``services/aggregation/file_reading.py``; their start is inside every timed run: a
fork here, as in the ``aggregate`` command on Linux; the window and Windows
start them afresh, about 0.25 s). Python's own start is not timed: each action runs once before
its timed runs, so every module it needs is imported (and, where bytecode is
not cached, as with PYTHONDONTWRITEBYTECODE=1, compiled) before the clock
starts, as it is in the frozen program; a module first imported during a timed
run is reported. Peak resident memory of ours is measured in a child process:
its own and its largest worker's, added up as if every worker peaked at once.

The national case: one workbook from every commune of the country (3,321, of the 34
provinces, made once into ``benchmarks/.cache/`` too) in one folder, aggregated for the
province with the most communes: every file is read and checked, the other provinces'
refused. Target: under 10 s and 300 MB (its own memory and its workers' added up).

    .venv/bin/python benchmarks/aggregate.py [--runs 3] [--pandas-runs 1] [--regenerate]
                                             [--national-runs 1]

``--pandas-runs 0`` leaves pandas out (it takes a minute); ``--national-runs 0`` the
national case (making its files takes minutes, once).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if sys.path and Path(sys.path[0] or ".").resolve() == HERE:
    sys.path[0] = str(HERE.parent)  # the project's root, not this folder
elif str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

import argparse  # noqa: E402
import contextlib  # noqa: E402
import io  # noqa: E402
import multiprocessing  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import zipfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import replace  # noqa: E402
from datetime import date, datetime, timedelta, timezone  # noqa: E402
from xml.etree import ElementTree  # noqa: E402

from desktop_app import __version__  # noqa: E402
from desktop_app.reports.model import FORMAT_VERSION  # noqa: E402

if __name__ == "__main__":
    # Only when run: the aggregation's worker processes start afresh and import this file
    # as their main module, as they import the program's small ``desktop_app.__main__``.
    from desktop_app import resources
    from desktop_app.cli.main import main as cli_main
    from desktop_app.domain.divisions import (
        communes_of,
        default_receiving_office,
        find_province,
    )
    from desktop_app.domain.periods import parse_period
    from desktop_app.reports.unit_workbook import write_unit_workbook
    from desktop_app.services.aggregation.aggregation import Aggregation, aggregate
    from desktop_app.services.aggregation.file_reading import worker_count
    from desktop_app.services.aggregation.rollup_export import write_rollup
    from desktop_app.services.demo import demo
    from desktop_app.services.reporting.report import build_unit_report
    from desktop_app.services.workspace import Workspace

FILES = 300
PROVINCE = "79"
PERIOD = "2025-N"
SEEDS = (1, 2, 3, 4)
TARGET_SECONDS = 2.0
TARGET_PANDAS_RATIO = 5.0
LAYOUT = 3  # what the generated files hold: 2 adds the month sheet (BieuDo), 3 the new codes
CACHE = (
    HERE
    / ".cache"
    / f"aggregate-{FILES}-{PROVINCE}-{PERIOD}-v{FORMAT_VERSION}-{__version__}-layout{LAYOUT}"
)
NATIONAL_CACHE = (
    HERE / ".cache" / f"aggregate-national-{PERIOD}-v{FORMAT_VERSION}-{__version__}-layout{LAYOUT}"
)
NATIONAL_TARGET_SECONDS = 10.0
NATIONAL_TARGET_MB = 300
PLUS7 = timezone(timedelta(hours=7))
MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CHILD = """
import multiprocessing, resource, sys
from desktop_app.cli.main import main
status = main(sys.argv[1:])
for child in multiprocessing.active_children():
    child.join()
with open("/proc/self/status") as lines:
    own = next(line.split()[1] for line in lines if line.startswith("VmHWM:"))
print(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(status)
"""


def generate(folder: Path) -> None:
    """Write the 300 workbooks into ``folder`` (made empty first)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    province = find_province(PROVINCE)
    assert province is not None
    communes = communes_of(PROVINCE)
    reports = []
    with tempfile.TemporaryDirectory() as scratch:
        for seed in SEEDS:
            workspace = Workspace.open(Path(scratch) / f"demo-{seed}.sqlite3")
            try:
                demo.build_demo(workspace, years=2, today=date(2026, 11, 22), seed=seed)
                sent = datetime(2026, 1, 5, 9, 0, tzinfo=PLUS7)
                reports.append(build_unit_report(workspace, PERIOD, "calendar", now=sent))
            finally:
                workspace.close()
    started = time.perf_counter()
    for number in range(FILES):
        commune = communes[number % len(communes)]
        again = number >= len(communes)  # a second send, a day later
        report = replace(
            reports[number % len(reports)],
            province_code=PROVINCE,
            province_name=province.full_name,
            receiving_office=default_receiving_office(province),
            unit_code=commune.code,
            unit_name=commune.name,
            place=commune.name.split(" ", 1)[-1],
            generated_at=reports[0].generated_at + timedelta(days=1 if again else 0),
        )
        name = report.file_name.replace(".xlsx", " (1).xlsx") if again else report.file_name
        (folder / name).write_bytes(write_unit_workbook(report))
        if number % 50 == 49:
            print(f"  wrote {number + 1} workbooks ({time.perf_counter() - started:.0f} s)")
    (folder / ".complete").write_text("ok")


def generate_national(folder: Path) -> None:
    """One workbook from every commune of the country into ``folder`` (made empty first)."""
    from desktop_app.domain.divisions import provinces

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    reports = []
    with tempfile.TemporaryDirectory() as scratch:
        for seed in SEEDS:
            workspace = Workspace.open(Path(scratch) / f"demo-{seed}.sqlite3")
            try:
                demo.build_demo(workspace, years=2, today=date(2026, 11, 22), seed=seed)
                sent = datetime(2026, 1, 5, 9, 0, tzinfo=PLUS7)
                reports.append(build_unit_report(workspace, PERIOD, "calendar", now=sent))
            finally:
                workspace.close()
    started, number = time.perf_counter(), 0
    for province in provinces():
        for commune in communes_of(province.code):
            report = replace(
                reports[number % len(reports)],
                province_code=province.code,
                province_name=province.full_name,
                receiving_office=default_receiving_office(province),
                unit_code=commune.code,
                unit_name=commune.name,
                place=commune.name.split(" ", 1)[-1],
            )
            (folder / report.file_name).write_bytes(write_unit_workbook(report))
            number += 1
            if number % 500 == 0:
                print(f"  wrote {number} workbooks ({time.perf_counter() - started:.0f} s)")
    (folder / ".complete").write_text("ok")


def national(options: argparse.Namespace) -> bool:
    """Time the national case and measure its peak memory; whether both are within target."""
    if options.regenerate or not (NATIONAL_CACHE / ".complete").exists():
        print(f"writing the country's workbooks into {NATIONAL_CACHE} (once; minutes)")
        generate_national(NATIONAL_CACHE)
    count = len(files_of(NATIONAL_CACHE))
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "tong-hop.xlsx"
        ours(NATIONAL_CACHE, out)  # warm up, untimed: the file cache
        cpu: list[float] = []
        workers_cpu: list[float] = []
        times = timed(lambda: ours(NATIONAL_CACHE, out), options.national_runs, cpu, workers_cpu)
        peak = peak_mb(NATIONAL_CACHE, Path(scratch) / "peak.xlsx")
    seconds = statistics.median(times)
    fast = seconds <= NATIONAL_TARGET_SECONDS
    print(f"national: {count} workbooks, aggregate for {PROVINCE} median {seconds:.1f} s "
          f"({seconds / count * 1000:.2f} ms/file, {len(times)} run(s))  target <= "
          f"{NATIONAL_TARGET_SECONDS:.0f} s: {'OK' if fast else 'OVER TARGET'} (CPU "
          f"{statistics.median(cpu):.1f} s, and {statistics.median(workers_cpu):.1f} s in "
          f"the workers)")  # fmt: skip
    if peak is None:
        return fast
    own, worker = peak
    total = own + worker * worker_count()
    print(f"national: peak resident memory       {total:7.0f} MB at most (limit "
          f"{NATIONAL_TARGET_MB} MB): {own:.0f} MB, and {worker:.0f} MB in each of "
          f"{worker_count()} worker(s)")  # fmt: skip
    return fast and total <= NATIONAL_TARGET_MB


def files_of(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix == ".xlsx")


def ours(folder: Path, out: Path) -> None:
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        status = cli_main(
            [
                "aggregate",
                "--period",
                PERIOD,
                "--province",
                PROVINCE,
                "--out",
                str(out),
                str(folder),
            ]
        )
    if status != 0:
        raise SystemExit(f"aggregate failed ({status}): {sink.getvalue()[-2000:]}")


def ours_reading(folder: Path) -> Aggregation:
    """Reading and checking only (what pandas and the floor do): no consolidated workbook."""
    template = resources.template("qd1520")
    assert template is not None
    result = aggregate([folder], parse_period(PERIOD, "calendar"), template, PROVINCE)
    if not result.usable:
        raise SystemExit("nothing usable was read")
    return result


def ours_writing(result: Aggregation, out: Path) -> None:
    """Writing the consolidated workbook of an aggregation already read."""
    write_rollup(result, out, now=datetime(2026, 1, 20, 8, 0, tzinfo=PLUS7))


PANDAS_SCRIPT = """
import sys, time, warnings
import pandas
files, engine = sys.argv[2:], sys.argv[1] or None
warnings.simplefilter("ignore")  # "the default engine will change"
started = time.perf_counter()
for path in files:
    pandas.read_excel(path, sheet_name=None, engine=engine)
print(time.perf_counter() - started)
"""


def pandas_python() -> str:
    """The interpreter of ``.venv-bench`` (pandas lives there: in the program's own venv
    sqlite-utils would import it at every start, adding two seconds)."""
    python = HERE.parent / ".venv-bench" / "bin" / "python"
    if not python.exists():
        raise SystemExit("pandas is in .venv-bench: run `make bench` (it creates it) first")
    return str(python)


def with_pandas(files: list[Path], engine: str | None = None) -> float:
    """Seconds ``pandas.read_excel(sheet_name=None)`` takes over ``files`` (in .venv-bench)."""
    done = subprocess.run(
        [pandas_python(), "-c", PANDAS_SCRIPT, engine or "", *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


def floor(files: list[Path]) -> None:
    """zipfile + xml.etree: the _meta and _data sheets' XML of every file, parsed, nothing more."""
    for path in files:
        with zipfile.ZipFile(path) as archive:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            targets = {
                rel.get("Id"): rel.get("Target")
                for rel in rels.iter(f"{PACKAGE_REL_NS}Relationship")
            }
            for sheet in workbook.iter(f"{MAIN_NS}sheet"):
                if sheet.get("name") in ("_meta", "_data"):
                    target = targets[sheet.get(f"{REL_NS}id")].lstrip("/")
                    part = target if target.startswith("xl/") else f"xl/{target}"
                    rows = ElementTree.fromstring(archive.read(part)).iter(f"{MAIN_NS}row")
                    [
                        [
                            cell.findtext(f".//{MAIN_NS}t") or cell.findtext(f"{MAIN_NS}v")
                            for cell in row
                        ]
                        for row in rows
                    ]


def timed(
    action: Callable[[], object],
    runs: int,
    cpu: list[float] | None = None,
    workers_cpu: list[float] | None = None,
) -> list[float]:
    """Wall seconds of each of ``runs`` runs of ``action``; its CPU seconds added to ``cpu``,
    and those of the worker processes it started to ``workers_cpu`` (waited for untimed)."""
    times = []
    for _ in range(runs):
        before = _children_cpu()
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - started)
        if cpu is not None:
            cpu.append(time.process_time() - started_cpu)
        for child in multiprocessing.active_children():
            child.join()
        for thread in threading.enumerate():  # the worker pool's manager: as in a fresh command
            if thread is not threading.main_thread():
                thread.join(timeout=10)
        if workers_cpu is not None:
            workers_cpu.append(_children_cpu() - before)
    return times


def _children_cpu() -> float:
    """CPU seconds of the ended child processes (the aggregation's workers)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def peak_mb(folder: Path, out: Path) -> tuple[float, float] | None:
    """Peak resident memory (MB) of ``aggregate`` run in a fresh process, and the largest of
    its worker processes'; Linux only."""
    if not Path("/proc/self/status").exists():
        return None
    command = [
        "aggregate",
        "--period",
        PERIOD,
        "--province",
        PROVINCE,
        "--out",
        str(out),
        str(folder),
    ]
    child = subprocess.run(
        [sys.executable, "-c", CHILD, *command],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=HERE.parent,
        env={**os.environ, "PYTHONPATH": str(HERE.parent)},
    )
    if child.returncode != 0:
        raise SystemExit(f"aggregate failed in the child: {child.stderr[-2000:]}")
    own, worker = child.stdout.split()[-2:]
    return int(own) / 1024, int(worker) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pandas-runs", type=int, default=1)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--national-runs", type=int, default=1)
    options = parser.parse_args()
    if options.regenerate or not (CACHE / ".complete").exists():
        print(f"writing {FILES} workbooks into {CACHE} (once)")
        generate(CACHE)
    files = files_of(CACHE)
    size = sum(path.stat().st_size for path in files)
    print(f"data: {len(files)} workbooks of province {PROVINCE} for {PERIOD}, "
          f"{size / len(files) / 1024:.0f} KB each; runs: {options.runs}")  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "tong-hop.xlsx"
        # warm up, untimed: imports (and their compiling), templates, the file cache
        ours(CACHE, out)
        read = ours_reading(CACHE)
        ours_writing(read, out)
        floor(files)
        imported = set(sys.modules)
        cpu: list[float] = []
        workers_cpu: list[float] = []
        figures = {
            "ours": timed(lambda: ours(CACHE, out), options.runs, cpu, workers_cpu),
            "reading": timed(lambda: ours_reading(CACHE), options.runs),
            "writing": timed(lambda: ours_writing(read, out), options.runs),
            "floor": timed(lambda: floor(files), options.runs),
            "pandas": [with_pandas(files) for _ in range(options.pandas_runs)],
            "pandas+calamine": [
                with_pandas(files, "calamine")
                for _ in range(options.runs * bool(options.pandas_runs))
            ],
        }
        late = sorted(set(sys.modules) - imported)
        peak = peak_mb(CACHE, Path(scratch) / "peak.xlsx")
    median = {name: statistics.median(times) for name, times in figures.items() if times}
    count = len(files)

    def line(label: str, name: str, note: str = "") -> None:
        seconds = median[name]
        runs = len(figures[name])
        print(f"{label:34s} median {seconds * 1000:7.0f} ms  {seconds / count * 1000:6.2f} ms/file "
              f"({runs} run{'s' if runs > 1 else ''}){note}")  # fmt: skip

    fast = median["ours"] <= TARGET_SECONDS
    cpu_ms = statistics.median(cpu) * 1000
    workers_ms = statistics.median(workers_cpu) * 1000
    line("ours: aggregate (read, check, write)", "ours",
         f"  target <= {TARGET_SECONDS:.0f} s, ratio {median['ours'] / TARGET_SECONDS:.2f}: "
         f"{'OK' if fast else 'OVER TARGET'} (CPU {cpu_ms:.0f} ms, and {workers_ms:.0f} ms in "
         f"{worker_count()} worker process{'es' if worker_count() != 1 else ''})")  # fmt: skip
    line("  reading and checking the files", "reading")
    line("  writing the consolidated workbook", "writing")
    ratio = None
    if "pandas" in median:
        ratio = median["pandas"] / median["ours"]
        line("pandas.read_excel(sheet_name=None)", "pandas",
             f"  {ratio:.1f}x ours (target >= {TARGET_PANDAS_RATIO:.0f}x): "
             f"{'OK' if ratio >= TARGET_PANDAS_RATIO else 'UNDER TARGET'}; "
             f"{median['pandas'] / median['reading']:.1f}x our reading")  # fmt: skip
        line("  same, engine='calamine' (info)", "pandas+calamine",
             f"  {median['pandas+calamine'] / median['ours']:.1f}x ours")  # fmt: skip
    else:
        print("pandas.read_excel                  not measured (--pandas-runs 0)")
    line("floor: zipfile + xml.etree", "floor",
         f"  ours is {median['ours'] / median['floor']:.1f}x the floor")  # fmt: skip
    if late:
        print(f"imported during the timed runs (timed with them): {', '.join(late)}")
    total = None
    if peak is not None:
        own, worker = peak
        workers = worker_count()
        total = own + worker * workers  # at most: as if every worker peaked at once
        print(f"peak resident memory of aggregate   {total:7.0f} MB at most (limit 500 MB): "
              f"{own:.0f} MB, and {worker:.0f} MB in each of {workers} worker(s)")  # fmt: skip
    pandas_ok = ratio is None or ratio >= TARGET_PANDAS_RATIO
    national_ok = national(options) if options.national_runs > 0 else True
    return 0 if fast and pandas_ok and (total or 0) <= 500 and national_ok else 1


if __name__ == "__main__":
    sys.exit(main())
