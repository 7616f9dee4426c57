"""``make windows-check``: install, upgrade, run and uninstall the Windows setup under Wine.

    .venv/bin/python installer/windows_check.py

In a fresh Wine prefix (.cache/windows/prefix-check), as a commune's PC would see it:

1. the setup of ``make windows`` installs silently: the program in
   %LOCALAPPDATA%\\Programs\\HTSD, its Start-menu and desktop shortcuts;
2. a commune's database of the previous schema (tests/fixtures/schema-2.sqlite3) goes into
   the user's data folder %LOCALAPPDATA%\\HTSD, as a previous release left it;
3. the setup installs again over the installed program (an upgrade): program, shortcuts and
   data survive, the database is untouched, a stale file of the old build is gone;
4. the installed htsd-cli exports the first quarter of 2026 from that database: the program
   upgrades it, taking its copy in backups\\ first, keeps every row, and the workbook holds
   the values counted by hand in tests/storage/test_released_schemas.py;
5. installer/build.py's smoke test drives the installed htsd-cli (init, facility, import,
   export, check, aggregate of 240 files with spawned workers, a database of the first
   schema upgraded, the window started);
6. the installed window opens on that database under Xvfb (Wine's virtual desktop) and its
   picture is saved to docs/screenshots/windows.png;
7. the uninstaller runs silently: the program and its shortcuts go, the data folder stays.

Any failure exits 1. Wine 8 lacks three DLLs the program touches: stand-ins go into this
test prefix only (installer/wine/), never into the setup.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing, contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wine_prefix import CACHE, PYTHON_HOME, ROOT, Wine, WineFailure, say

sys.path.insert(0, str(ROOT))

OUTPUT = ROOT / "dist" / "windows"
FIXTURE = ROOT / "tests" / "fixtures" / "schema-2.sqlite3"
FIXTURE_SCHEMA = 2
SCREENSHOT = ROOT / "docs" / "screenshots" / "windows.png"
SCREEN = (1366, 768)  # an old office PC's screen
# First quarter of 2026 of the schema-2 fixture, counted by hand
# (tests/storage/test_released_schemas.py, VERSION_2): visits and of which children.
EXPECTED_Q1 = {"HTSD_TV04": 100, "HTSD_TV04a": 40}
SHORTCUTS = ("HTSD.lnk", "Gỡ cài đặt HTSD.lnk")
WINDOW_TIMEOUT = 120.0


def version() -> str:
    from desktop_app import __version__

    return __version__


def schema_version() -> int:
    from desktop_app.storage.migrations import SCHEMA_VERSION

    return SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def user_version(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


class Check:
    """The installed program as the prefix's user sees it."""

    def __init__(self, wine: Wine, setup: Path) -> None:
        self.wine = wine
        self.setup = setup
        local = wine.user_folder("LOCALAPPDATA")
        self.app = local / "Programs" / "HTSD"
        self.data = local / "HTSD"
        self.db = self.data / "htsd.sqlite3"
        self.start_menu = wine.user_folder("APPDATA") / "Microsoft/Windows/Start Menu/Programs"
        self.desktop = wine.user_folder("Desktop")

    def step(self, text: str) -> float:
        say(text)
        return time.monotonic()

    def install(self, log_name: str) -> None:
        log = self.wine.prefix / f"{log_name}.log"
        self.wine.run(
            [str(self.setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
             f"/LOG={self.wine.windows_path(log)}"],
            name=f"setup ({log_name})",
        )  # fmt: skip
        self.wine.wait()

    def expect_installed(self) -> None:
        for name in ("htsd.exe", "htsd-cli.exe", "unins000.exe", "_internal/python313.dll"):
            if not (self.app / name).is_file():
                raise WineFailure(f"installed program: {self.app / name} is missing")
        if (self.app / "unins001.exe").exists():
            raise WineFailure(
                "the upgrade installed a second copy (unins001.exe), not over the first"
            )
        for link in (*(self.start_menu / name for name in SHORTCUTS), self.desktop / "HTSD.lnk"):
            if not link.is_file():
                raise WineFailure(f"shortcut missing: {link}")

    def cli(self, *args: str, name: str) -> str:
        done = self.wine.run([str(self.app / "htsd-cli.exe"), *args], name=name, check=False)
        print(f"    {name}: exit {done.returncode}: {done.stdout.strip()[:160]}", flush=True)
        if done.returncode != 0:
            raise WineFailure(f"{name}: exit {done.returncode}\n{done.stdout}")
        return done.stdout

    def upgrade_by_the_program(self) -> None:
        """The installed program opens the old database: a copy first, then the upgrade."""
        import openpyxl

        with tempfile.TemporaryDirectory() as tmp:  # never open the fixture in place:
            fixture = Path(tmp) / FIXTURE.name  # a WAL database grows -wal and -shm files
            shutil.copyfile(FIXTURE, fixture)
            before = row_counts(fixture)
        with tempfile.TemporaryDirectory(dir=self.wine.prefix / "drive_c") as tmp:
            out = Path(tmp)
            self.cli("export", "--period", "2026-Q1", "--out", self.wine.windows_path(out) + "\\",
                     name="export from the old database")  # fmt: skip
            (workbook,) = out.glob("*.xlsx")
            book = openpyxl.load_workbook(workbook, data_only=True)
            for name, expected in EXPECTED_Q1.items():
                (sheet, cell), *rest = book.defined_names[name].destinations
                value = book[sheet][cell.replace("$", "")].value
                if rest or value != expected:
                    raise WineFailure(f"export: {name} = {value!r}, counted by hand {expected}")
            book.close()
        copies = sorted((self.data / "backups").glob("htsd-before-schema-*.sqlite3"))
        if len(copies) != 1 or user_version(copies[0]) != FIXTURE_SCHEMA:
            raise WineFailure(f"upgrade: expected one copy of schema {FIXTURE_SCHEMA}: {copies}")
        if row_counts(copies[0]) != before:
            raise WineFailure(f"upgrade: the copy {copies[0].name} lost rows")
        if user_version(self.db) != schema_version():
            raise WineFailure(f"upgrade: schema {user_version(self.db)}, not {schema_version()}")
        after = row_counts(self.db)
        lost = {
            t: (n, after.get(t))
            for t, n in before.items()
            if after.get(t) != n and t != "_sqlite_migrations"  # it gains the new steps
        }
        if lost:
            raise WineFailure(f"upgrade: rows changed (before, after): {lost}")
        say(f"  upgraded from schema {FIXTURE_SCHEMA} to {schema_version()}, "
            f"copy {copies[0].name} taken first, {sum(before.values())} rows kept")  # fmt: skip

    def smoke_test(self) -> None:
        done = self.wine.run(
            [str(PYTHON_HOME / "python.exe"), str(ROOT / "installer" / "build.py"),
             "--smoke-test-only", self.wine.windows_path(self.app)],
            name="smoke test", check=False, timeout=1200,
        )  # fmt: skip
        print(done.stdout.rstrip(), flush=True)
        if done.returncode != 0:
            raise WineFailure(f"smoke test of the installed program: exit {done.returncode}")

    def uninstall(self) -> None:
        self.wine.run([str(self.app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES",
                       "/NORESTART"], name="uninstall")  # fmt: skip
        self.wine.wait()
        for gone in (self.app / "htsd.exe", self.app / "_internal", self.desktop / "HTSD.lnk",
                     *(self.start_menu / name for name in SHORTCUTS)):  # fmt: skip
            if gone.exists():
                raise WineFailure(f"uninstall left {gone}")
        if not self.db.is_file() or user_version(self.db) != schema_version():
            raise WineFailure(f"uninstall: the data folder lost {self.db}")
        if not list((self.data / "backups").glob("htsd-before-schema-*.sqlite3")):
            raise WineFailure("uninstall: the data folder lost its backups")


@contextmanager
def xvfb():
    """A private X display; yields its name (":N")."""
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten",
         "tcp"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        number = server.stdout.readline().strip()
        if not number.isdigit():
            raise WineFailure("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["grab", "-platform", "xcb"])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1], "PNG")
corner = image.pixel(0, 0)
step = 7
other = sum(1 for y in range(0, image.height(), step) for x in range(0, image.width(), step)
            if image.pixel(x, y) != corner)
print(other / ((image.height() // step + 1) * (image.width() // step + 1)))
"""


def grab(display: str, target: Path) -> float:
    """The screen saved to ``target``; returns the share of it not of the background colour."""
    done = subprocess.run(
        [sys.executable, "-c", GRAB, str(target)],
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if done.returncode != 0:
        raise WineFailure(f"screenshot: {done.stderr[-2000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def screenshot(check: Check) -> None:
    """The installed window on Wine's virtual desktop, once its picture stops changing."""
    display = check.wine.env["DISPLAY"]
    with tempfile.TemporaryDirectory() as tmp:
        env = check.wine.env
        width, height = SCREEN
        window = subprocess.Popen(
            ["wine", "explorer", f"/desktop=HTSD,{width}x{height}", str(check.app / "htsd.exe")],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            started = time.monotonic()
            previous, stable = "", 0
            shot = Path(tmp) / "shot.png"
            while True:
                if window.poll() is not None:
                    raise WineFailure(f"the window closed by itself (exit {window.returncode})")
                if time.monotonic() - started > WINDOW_TIMEOUT:
                    raise WineFailure(f"the window did not settle in {WINDOW_TIMEOUT:.0f} s")
                covered = grab(display, shot)
                now = digest(shot)
                stable = stable + 1 if now == previous and covered > 0.5 else 0
                previous = now
                if stable >= 3:  # the same picture three grabs running, most of it drawn
                    break
                time.sleep(1.0)
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, SCREENSHOT)
            say(f"  window drawn in {time.monotonic() - started:.0f} s: "
                f"{SCREENSHOT.relative_to(ROOT)}")  # fmt: skip
        finally:
            check.wine.stop()  # ends the window and the desktop
            try:
                window.wait(timeout=30)
            except subprocess.TimeoutExpired:
                window.kill()
    crash_log = check.data / "logs" / "htsd-errors.log"
    if crash_log.exists():
        raise WineFailure("the installed window logged an error:\n" + crash_log.read_text())


def main() -> int:
    started = time.monotonic()
    setup = OUTPUT / f"HTSD-Setup-{version()}.exe"
    if not setup.exists():
        print(f"windows-check: {setup} is missing: run make windows", file=sys.stderr)
        return 1
    wine = Wine(CACHE / "prefix-check")
    check = Check(wine, setup)
    # Inno's setup makes its (hidden) wizard even when silent: Wine needs a display for it
    with xvfb() as display:
        wine.env["DISPLAY"] = display
        return checks(wine, check, setup, started)


def checks(wine: Wine, check: Check, setup: Path, started: float) -> int:
    try:
        t = check.step("a fresh Wine prefix")
        wine.create(fresh=True)
        t = check.step(f"install {setup.name} silently")
        check.install("install")
        check.expect_installed()
        if check.data.exists():
            raise WineFailure(f"the setup wrote the user's data folder {check.data}")
        say(f"  installed in {time.monotonic() - t:.0f} s: {check.app}")
        check.data.mkdir(parents=True)
        shutil.copyfile(FIXTURE, check.db)
        stale = check.app / "_internal" / "stale-from-an-older-build.dll"
        stale.write_bytes(b"old")
        kept = digest(check.db)
        t = check.step("install again over it (an upgrade), with a schema-2 database in its data")
        check.install("upgrade")
        check.expect_installed()
        if stale.exists():
            raise WineFailure("the upgrade left a file of the older build in _internal")
        if digest(check.db) != kept:
            raise WineFailure("the upgrade changed the user's database")
        say(f"  upgraded in {time.monotonic() - t:.0f} s; program, shortcuts and data kept")
        t = check.step("the installed htsd-cli opens the old database")
        check.upgrade_by_the_program()
        t = check.step("smoke test of the installed htsd-cli (installer/build.py)")
        check.smoke_test()
        say(f"  smoke test in {time.monotonic() - t:.0f} s")
        t = check.step("the installed window under Xvfb")
        screenshot(check)
        t = check.step("uninstall silently")
        check.uninstall()
        say(f"  uninstalled in {time.monotonic() - t:.0f} s; the data folder is kept")
    except (WineFailure, subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        print(f"windows-check: FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        wine.stop()
    say(f"windows-check passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
