"""Start-up benchmark: process start to the main window shown, against a bare PySide6 window.

Both are started as fresh processes, alternately, in one run; the figure is the
median wall time from just before the process is spawned to the moment its
window has been shown and the event loop has run once. Target: the program
within 3x the bare window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from datetime import date  # noqa: E402

from benchmarks.data_entry import build  # noqa: E402
from desktop_app.storage import visits_store  # noqa: E402

TARGET_RATIO = 3.0


def one_start(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(HERE / "startup_child.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout.split()
    return float(out[0]) - started, float(out[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "commune.sqlite3"
        workspace, _facilities, visits = build(db, date.today())
        with workspace.db.atomic():
            visits_store.upsert_visits(workspace.db, visits)
        workspace.close()
        env = {**os.environ, "HTSD_DATA_DIR": folder}
        # The installed program runs from compiled bytecode (PyInstaller ships .pyc files);
        # a shell that forbids writing bytecode would time the compiler at every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        one_start(["bare"], env)  # warm the file cache for both
        one_start(["app", str(db)], env)
        bare, app, bare_rss, app_rss = [], [], [], []
        for _ in range(options.runs):
            seconds, rss = one_start(["bare"], env)
            bare.append(seconds)
            bare_rss.append(rss)
            seconds, rss = one_start(["app", str(db)], env)
            app.append(seconds)
            app_rss.append(rss)
    floor, ours = statistics.median(bare), statistics.median(app)
    ratio = ours / floor
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER TARGET"
    platform = env["QT_QPA_PLATFORM"]
    print(
        f"platform: {platform}, runs: {options.runs}, database: 10 years of daily visits at "
        "6 facilities, 50 clubs with weekly sessions, 3,000 activities"
    )
    for label, times, rss in (
        ("bare PySide6 window", bare, bare_rss),
        ("htsd main window", app, app_rss),
    ):
        print(
            f"{label:<22}median {statistics.median(times) * 1000:6.0f} ms"
            f"  (min {min(times) * 1000:.0f})  peak RSS {statistics.median(rss):.0f} MB"
        )
    print(f"ratio htsd / bare     {ratio:.2f}  (target <= {TARGET_RATIO:.1f}): {verdict}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
