"""Report benchmark: compute the indicators and write the yearly workbook, ten years of data.

Data: the logging benchmark's commune (6 facilities with ten years of daily visits, 50 clubs
with weekly sessions, 3,000 activities). Measured: ``services.report.build_unit_report`` for
the last full year plus ``reports.unit_workbook.write_unit_workbook``. Target: at most 1 s.

    .venv/bin/python benchmarks/report.py [--runs 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import argparse  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402

from benchmarks.data_entry import build  # noqa: E402
from desktop_app.reports.unit_workbook import write_unit_workbook  # noqa: E402
from desktop_app.services.reporting.report import build_unit_report  # noqa: E402
from desktop_app.storage import visits_store  # noqa: E402

TARGET_SECONDS = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    today = date(2026, 11, 22)
    with tempfile.TemporaryDirectory() as folder:
        workspace, _facilities, visits = build(Path(folder) / "commune.sqlite3", today)
        with workspace.db.atomic():
            visits_store.upsert_visits(workspace.db, visits)
        period = f"{today.year - 1}-N"
        compute, write, size = [], [], 0
        for _ in range(options.runs):
            started = time.perf_counter()
            report = build_unit_report(workspace, period, "calendar")
            built = time.perf_counter()
            data = write_unit_workbook(report)
            done = time.perf_counter()
            compute.append(built - started)
            write.append(done - built)
            size = len(data)
        workspace.close()
    total = [c + w for c, w in zip(compute, write, strict=True)]
    median = statistics.median(total)
    verdict = "OK" if median <= TARGET_SECONDS else "OVER TARGET"
    print(f"data: {len(visits)} visit days, 50 clubs, 3000 activities; report {period}; "
          f"runs: {options.runs}")  # fmt: skip
    print(f"compute indicators    median {statistics.median(compute) * 1000:6.0f} ms")
    print(
        f"write workbook        median {statistics.median(write) * 1000:6.0f} ms ({size:,} bytes)"
    )
    ratio = median / TARGET_SECONDS
    print(
        f"compute + write       median {median * 1000:6.0f} ms "
        f"(target <= {TARGET_SECONDS * 1000:.0f} ms, ratio {ratio:.2f}): {verdict}"
    )
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
