"""Build the frozen program (dist/htsd/) and smoke-test it; exit 1 if anything fails.

    python installer/build.py            # what ``make installer`` runs
    python installer/build.py --no-smoke-test         # build only (``make windows``)
    python installer/build.py --smoke-test-only DIR   # test an installed copy in DIR

Steps: install PyInstaller into this interpreter if missing; write installer/version.iss
for the Inno Setup script; run PyInstaller on installer/htsd.spec; then, in a temporary
folder, drive the frozen program through its command line (--version, init, facility add,
import, export, check, and aggregate over 240 copies of the export so that worker processes
read some), check the exported workbook's TV04 figure with openpyxl, let the
frozen program upgrade a database of the first schema (a copy must land in backups/), and
start the window on Qt's offscreen platform for a few seconds. Prints the bundle size and
the frozen start times.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "htsd.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "htsd"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
# On Windows htsd.exe has no console (its output is lost); commands are tested through the
# console twin htsd-cli.exe, the same program. Elsewhere htsd itself is tested.
CLI = BUNDLE / (("htsd-cli" if sys.platform == "win32" else "htsd") + EXE_SUFFIX)
GUI = BUNDLE / ("htsd" + EXE_SUFFIX)
WINDOW_SECONDS = 4.0
PARALLEL_FILES = 240  # well over file_reading.PARALLEL_FROM: a failing worker is seen
VISITS = [("02/03/2026", "TV1", 40), ("03/03/2026", "TV1", 35), ("15/06/2026", "TV1", 27)]


class SmokeFailure(Exception):
    """A step of the smoke test failed; the message says which and why."""


def version() -> str:
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("build: no __version__ in desktop_app/__init__.py")
    return match.group(1)


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build: installing PyInstaller", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller"], check=True
        )


def write_version_iss(value: str) -> None:
    target = ROOT / "installer" / "version.iss"
    target.write_text(
        f"; Written by installer/build.py from desktop_app.__version__; do not edit.\n"
        f'#define AppVersion "{value}"\n',
        encoding="utf-8",
    )


def write_icon() -> Path:
    """build/htsd.ico, drawn from resources/icons/htsd.svg: the icon of htsd.exe and of the
    setup program (a single 256 px image; Windows scales it down)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    target = ROOT / "build" / "htsd.ico"
    target.parent.mkdir(exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(["build", "-platform", "offscreen"])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "htsd.svg")).render(painter)
    painter.end()
    if not image.save(str(target), "ICO"):
        raise SystemExit(f"build: could not write {target}")
    del app
    return target


def freeze() -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    print("build: " + " ".join(command[2:]), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def clean_env() -> dict[str, str]:
    """The frozen program must not lean on this checkout or this virtualenv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(name: str, *args: str, env: dict[str, str], cwd: Path) -> tuple[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [str(CLI), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
    )
    elapsed = time.perf_counter() - started
    status = "ok" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
    print(f"  {name:<14} {status:<8} {elapsed:5.2f} s  {done.stdout.strip()[:110]}", flush=True)
    if done.returncode != 0:
        raise SmokeFailure(f"{name}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    return done.stdout, elapsed


def write_visits(path: Path) -> int:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ngay", "ma_thiet_che", "tong_luot", "thieu_nhi", "nu"])
        for day, facility, total in VISITS:
            writer.writerow([day, facility, total, "", ""])
    return sum(total for _day, _facility, total in VISITS)


def exported_tv04(folder: Path) -> float:
    import openpyxl

    files = sorted(folder.glob("*.xlsx"))
    if len(files) != 1:
        raise SmokeFailure(f"export: expected one .xlsx in {folder}, found {files}")
    book = openpyxl.load_workbook(files[0], data_only=True)
    name = book.defined_names.get("HTSD_TV04")
    if name is None:
        raise SmokeFailure("export: the workbook has no defined name HTSD_TV04")
    values = [book[sheet][cell.replace("$", "")].value for sheet, cell in name.destinations]
    if len(values) != 1:
        raise SmokeFailure(f"export: HTSD_TV04 points at {len(values)} cells")
    return values[0]


def previous_version_database(path: Path) -> int:
    """A database as the first release wrote it (schema step 1 only, one setting stored),
    built with this checkout's own migration code; returns the current schema version."""
    sys.path.insert(0, str(ROOT))
    from sqlite_utils.migrations import Migrations

    from desktop_app.storage import migrations
    from desktop_app.storage.database import close_database, open_database

    first = Migrations(migrations.MIGRATION_SET)
    first(name=migrations.step_names()[0])(migrations._unit_and_facilities)
    db = open_database(path, steps=first)
    db.execute("INSERT INTO settings (key, value) VALUES ('unit_name', 'Xã Hòa Phú')")
    close_database(db)
    return migrations.SCHEMA_VERSION


def user_version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


def upgrade_keeps_data(folder: Path, env: dict[str, str]) -> None:
    """The new build opens a database of the previous version: it upgrades it in place and
    keeps a copy of the old file in backups/ first."""
    old = folder / "upgrade" / "old.sqlite3"
    old.parent.mkdir()
    current = previous_version_database(old)
    run(
        "upgrade",
        "init",
        "--db",
        str(old),
        "--province",
        "66",
        "--commune",
        "24175",
        env=env,
        cwd=folder,
    )
    copies = sorted((old.parent / "backups").glob("old-before-schema-*.sqlite3"))
    if len(copies) != 1 or user_version(copies[0]) != 1:
        raise SmokeFailure(f"upgrade: expected one schema-1 copy in backups/, found {copies}")
    if user_version(old) != current:
        raise SmokeFailure(f"upgrade: schema {user_version(old)} after upgrade, not {current}")
    run("upgraded check", "check", "--db", str(old), env=env, cwd=folder)


def window_starts(db: Path, env: dict[str, str], cwd: Path) -> None:
    """Start the window offscreen; it must still be running after a few seconds."""
    process = subprocess.Popen(
        [str(GUI), "--db", str(db)],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )
    try:
        code = process.wait(timeout=WINDOW_SECONDS)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        print(f"  {'window':<14} {'ok':<8} still open after {WINDOW_SECONDS:.0f} s", flush=True)
        return
    output = process.stdout.read() if process.stdout else ""
    raise SmokeFailure(f"window: exited with {code} within {WINDOW_SECONDS:.0f} s\n{output}")


def aggregate_with_workers(reports: Path, folder: Path, env: dict[str, str]) -> None:
    """``aggregate`` over enough copies of the exported workbook that worker processes read
    some (a failing worker is written to the crash log, which the smoke test then finds)."""
    inbox = folder / "inbox"
    inbox.mkdir()
    (exported,) = reports.glob("*.xlsx")
    for number in range(PARALLEL_FILES):
        shutil.copyfile(exported, inbox / f"copy-{number:03d}.xlsx")
    out = folder / "tong-hop"
    out.mkdir()
    # started afresh as on Windows (on Linux the command line would fork them): the frozen
    # program must hand them over to multiprocessing (freeze_support), not start again
    spawn = {**env, "HTSD_WORKER_START": "spawn"}
    # qd1520 is no province's own template: the office names its province (Đắk Lắk)
    run("aggregate", "aggregate", "--period", "2026-N", "--province", "66",
        "--out", f"{out}{os.sep}", str(inbox), env=spawn, cwd=folder)  # fmt: skip
    if len(list(out.glob("*.xlsx"))) != 1:
        raise SmokeFailure(f"aggregate: expected one consolidated workbook in {out}")


def smoke_test(expected_version: str) -> None:
    env = clean_env()
    with tempfile.TemporaryDirectory(prefix="htsd-smoke-") as tmp:
        folder = Path(tmp)
        env["HTSD_DATA_DIR"] = str(folder / "data")  # crash logs, preferences: not the user's
        db = str(folder / "x.sqlite3")
        out, start = run("--version", "--version", env=env, cwd=folder)
        if out.strip() != f"htsd {expected_version}":
            raise SmokeFailure(f"--version printed {out.strip()!r}, not htsd {expected_version}")
        run(
            "init",
            "init",
            "--db",
            db,
            "--province",
            "66",
            "--commune",
            "24175",
            env=env,
            cwd=folder,
        )
        run(
            "facility add",
            "facility",
            "add",
            "--db",
            db,
            "--code",
            "TV1",
            "--type",
            "TV_XA",
            "--name",
            "Thư viện xã Hòa Phú",
            "--opened",
            "01/01/2020",
            env=env,
            cwd=folder,
        )
        visits = folder / "luot-ban-doc.csv"
        total = write_visits(visits)
        run("import", "import", "--db", db, str(visits), env=env, cwd=folder)
        reports = folder / "reports"
        reports.mkdir()
        run(
            "export",
            "export",
            "--db",
            db,
            "--period",
            "2026-N",
            "--out",
            f"{reports}{os.sep}",
            env=env,
            cwd=folder,
        )
        tv04 = exported_tv04(reports)
        if tv04 != total:
            raise SmokeFailure(f"export: TV04 = {tv04!r}, expected the imported {total}")
        print(f"  {'TV04':<14} {'ok':<8} {tv04} visits in the workbook", flush=True)
        _out, check = run("check", "check", "--db", db, env=env, cwd=folder)
        aggregate_with_workers(reports, folder, env)
        upgrade_keeps_data(folder, env)
        window_starts(Path(db), env, folder)
        crash_log = folder / "data" / "logs" / "htsd-errors.log"
        if crash_log.exists():
            raise SmokeFailure("the frozen program logged an error:\n" + crash_log.read_text())
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 1e6
    print(f"build: bundle {BUNDLE} = {size:.0f} MB", flush=True)
    print(f"build: frozen start, --version: {start:.2f} s; check: {check:.2f} s", flush=True)


def use_bundle(folder: Path) -> None:
    """Smoke-test the program in ``folder`` (an installed copy) instead of dist/htsd."""
    global BUNDLE, CLI, GUI
    BUNDLE = folder
    CLI = folder / CLI.name
    GUI = folder / GUI.name


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):  # a pipe on Windows is cp1252: no Vietnamese
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    value = version()
    if argv[:1] == ["--smoke-test-only"] and len(argv) == 2:
        use_bundle(Path(argv[1]).resolve())
    elif argv not in ([], ["--no-smoke-test"]):
        print(__doc__, file=sys.stderr)
        return 2
    else:
        ensure_pyinstaller()
        write_version_iss(value)
        write_icon()
        try:
            freeze()
        except subprocess.CalledProcessError as exc:
            print(f"build: PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
            return 1
        if argv == ["--no-smoke-test"]:
            return 0
    print(f"build: smoke test of {CLI}", flush=True)
    try:
        smoke_test(value)
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
        print(f"build: SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print("build: smoke test passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
